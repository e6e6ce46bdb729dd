"""The Tax section of Settings: the shop's VAT registration (number, legal names, address), whether catalogue
prices include tax, the rates by name with the default one and the rate of shipping."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.errors import InvalidInput
from shopdesk.services.tax.records import TaxSettings
from shopdesk.services.tax.rules import KINDS, TaxRate

if TYPE_CHECKING:
    from shopdesk.services.tax.service import TaxService

_CODE, _NAME, _PERCENT, _KIND = range(4)


class TaxSettingsView(QWidget):
    tax_settings_saved = Signal(object)  # TaxSettings

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tax: TaxService | None = None
        self.registration_box = QGroupBox()
        self.registered = QCheckBox()
        self.vat_number = QLineEdit()
        self.vat_number.setObjectName("taxVatNumber")
        self.legal_name_ar = QLineEdit()
        self.legal_name_en = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(60)
        form = QFormLayout(self.registration_box)
        self._labels = [QLabel() for _ in range(4)]
        form.addRow(self.registered)
        for label, field in zip(
            self._labels, (self.vat_number, self.legal_name_ar, self.legal_name_en, self.address), strict=True
        ):
            form.addRow(label, field)

        self.pricing_box = QGroupBox()
        self.prices_include = QCheckBox()
        self.rates = QTableWidget(0, 4)
        self.rates.setObjectName("taxRates")
        self.rates.verticalHeader().hide()
        self.rates.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_rate = QPushButton()
        self.remove_rate = QPushButton()
        self.default_rate = QComboBox()
        self.shipping_rate = QComboBox()
        self._rate_labels = [QLabel(), QLabel()]
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_rate)
        buttons.addWidget(self.remove_rate)
        buttons.addStretch(1)
        pricing = QFormLayout(self.pricing_box)
        pricing.addRow(self.prices_include)
        pricing.addRow(self.rates)
        pricing.addRow(buttons)
        pricing.addRow(self._rate_labels[0], self.default_rate)
        pricing.addRow(self._rate_labels[1], self.shipping_rate)

        self.save_button = QPushButton()
        self.save_button.setObjectName("saveTaxSettings")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.registration_box)
        layout.addWidget(self.pricing_box)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.setEnabled(False)

        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.add_rate.clicked.connect(self._on_add_rate_clicked)
        self.remove_rate.clicked.connect(self._on_remove_rate_clicked)
        self.registered.toggled.connect(self._on_registered_toggled)
        self._retranslate()

    def attach(self, tax: TaxService) -> None:
        self._tax = tax
        self.show_settings(tax.settings())
        self.setEnabled(True)

    def show_settings(self, settings: TaxSettings) -> None:
        self.registered.setChecked(settings.registered)
        self.vat_number.setText(settings.vat_number)
        self.legal_name_ar.setText(settings.legal_name_ar)
        self.legal_name_en.setText(settings.legal_name_en)
        self.address.setPlainText(settings.address)
        self.prices_include.setChecked(settings.prices_include_tax)
        self.rates.setRowCount(0)
        for rate in settings.rates:
            self._add_row(rate)
        self._fill_rate_combos(settings.default_rate, settings.shipping_rate)
        self._on_registered_toggled(settings.registered)

    def typed(self) -> TaxSettings:
        """What is on the screen; a percent that is not a number raises ``InvalidInput``."""
        rates = []
        for row in range(self.rates.rowCount()):
            kind = self.rates.cellWidget(row, _KIND).currentData()
            percent_text = (self.rates.item(row, _PERCENT).text() if self.rates.item(row, _PERCENT) else "").strip()
            points = 0
            if kind == "standard":
                points = _basis_points(percent_text, f"tax.rates[{row}].percent")
            rates.append(
                TaxRate(
                    code=self.rates.item(row, _CODE).text() if self.rates.item(row, _CODE) else "",
                    basis_points=points,
                    kind=kind,
                    name=self.rates.item(row, _NAME).text() if self.rates.item(row, _NAME) else "",
                )
            )
        return TaxSettings(
            registered=self.registered.isChecked(),
            vat_number=self.vat_number.text(),
            legal_name_ar=self.legal_name_ar.text(),
            legal_name_en=self.legal_name_en.text(),
            address=self.address.toPlainText(),
            prices_include_tax=self.prices_include.isChecked(),
            rates=tuple(rates),
            default_rate=self.default_rate.currentData() or "",
            shipping_rate=self.shipping_rate.currentData() or "",
        )

    # --- slots ------------------------------------------------------------------------------------------------
    def _on_save_button_clicked(self) -> None:
        if self._tax is None:
            return
        try:
            saved = self._tax.save_settings(self.typed())
        except InvalidInput as exc:
            self.message.setText(self._reason_text(exc))
            return
        self.show_settings(saved)
        self.message.setText(self.tr("Tax settings saved. Orders placed from now on follow them."))
        self.tax_settings_saved.emit(saved)

    def _on_add_rate_clicked(self) -> None:
        self._add_row(TaxRate("", 0, "standard"))
        self._fill_rate_combos(self.default_rate.currentData(), self.shipping_rate.currentData())

    def _on_remove_rate_clicked(self) -> None:
        row = self.rates.currentRow()
        if row >= 0 and self.rates.rowCount() > 1:
            self.rates.removeRow(row)
            self._fill_rate_combos(self.default_rate.currentData(), self.shipping_rate.currentData())

    def _on_registered_toggled(self, on: bool) -> None:
        for widget in (self.vat_number, self.legal_name_ar, self.legal_name_en, self.address, self.pricing_box):
            widget.setEnabled(on)

    # --- helpers ----------------------------------------------------------------------------------------------
    def _add_row(self, rate: TaxRate) -> None:
        row = self.rates.rowCount()
        self.rates.insertRow(row)
        self.rates.setItem(row, _CODE, QTableWidgetItem(rate.code))
        self.rates.setItem(row, _NAME, QTableWidgetItem(rate.name))
        percent = f"{rate.basis_points // 100}" + (
            f".{rate.basis_points % 100:02d}".rstrip("0") if rate.basis_points % 100 else ""
        )
        self.rates.setItem(row, _PERCENT, QTableWidgetItem(percent))
        kind = QComboBox()
        for value in KINDS:
            kind.addItem(self._kind_text(value), value)
        kind.setCurrentIndex(KINDS.index(rate.kind))
        self.rates.setCellWidget(row, _KIND, kind)

    def _fill_rate_combos(self, default: str | None, shipping: str | None) -> None:
        codes = [self.rates.item(r, _CODE).text() for r in range(self.rates.rowCount()) if self.rates.item(r, _CODE)]
        for combo, chosen, with_default in ((self.default_rate, default, False), (self.shipping_rate, shipping, True)):
            combo.clear()
            if with_default:
                combo.addItem(self.tr("The default rate"), "")
            for code in codes:
                combo.addItem(code, code)
            combo.setCurrentIndex(max(0, combo.findData(chosen or "")))

    def _kind_text(self, kind: str) -> str:
        return {"standard": self.tr("Standard"), "zero": self.tr("Zero-rated"), "exempt": self.tr("Exempt")}[kind]

    def _reason_text(self, exc: InvalidInput) -> str:
        if exc.field == "tax.vat_number" and exc.reason.startswith("not a VAT number"):
            return self.tr(
                "This is not a VAT number of the shop's country (Saudi Arabia: 15 digits beginning and ending with 3)."
            )
        reasons = {
            "required": self.tr("Fill in the VAT number, a legal name and at least one rate."),
            "not a percent": self.tr("A standard rate's percent is a number above 0 and below 100."),
            "the same code twice": self.tr("Two rates have the same code."),
            "not a code (letters, digits, - and _)": self.tr("A rate's code is lower-case letters, digits, - and _."),
            "unknown": self.tr("Choose the default rate and the shipping rate among the rates."),
            "too long": self.tr("A text is too long."),
        }
        return reasons.get(exc.reason, exc.reason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.note.setText(
            self.tr("A shop that is not registered for VAT charges no tax: its receipts and invoices show none.")
        )
        self.registration_box.setTitle(self.tr("VAT registration"))
        self.registered.setText(self.tr("The shop is registered for VAT"))
        for label, text in zip(
            self._labels,
            (
                self.tr("VAT number"),
                self.tr("Legal name in Arabic"),
                self.tr("Legal name in English"),
                self.tr("Address"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.pricing_box.setTitle(self.tr("Prices and rates"))
        self.prices_include.setText(self.tr("Catalogue prices include VAT"))
        self.rates.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Percent"), self.tr("Kind")])
        self.add_rate.setText(self.tr("Add a rate"))
        self.remove_rate.setText(self.tr("Remove the rate"))
        self._rate_labels[0].setText(self.tr("Default rate (products without their own)"))
        self._rate_labels[1].setText(self.tr("Shipping is taxed at"))
        self.save_button.setText(self.tr("Save tax settings"))
        for row in range(self.rates.rowCount()):
            combo = self.rates.cellWidget(row, _KIND)
            for index, value in enumerate(KINDS):
                combo.setItemText(index, self._kind_text(value))
        if self.shipping_rate.count():
            self.shipping_rate.setItemText(0, self.tr("The default rate"))


def _basis_points(text: str, field: str) -> int:
    """A percent as typed (any digits, up to two decimals) in hundredths of a percent."""
    from shopdesk.services.numbers import ascii_digits

    text = ascii_digits(text).replace("٫", ".")
    whole, _, fraction = text.partition(".")
    if not whole.isdigit() or (fraction and (not fraction.isdigit() or len(fraction) > 2)):
        raise InvalidInput(field, "not a percent", text)
    return int(whole) * 100 + int((fraction or "0").ljust(2, "0"))
