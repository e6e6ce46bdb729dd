"""The catalogue, edited in a table: SKU, names and care tips in three languages, price, returnable, how many days a
consumable usually lasts (for reorder reminders), active; and, for a shop registered for VAT, the rate each product
is sold at (``TaxService.set_product_rate``; the shop's default rate unless chosen).

Changed rows are saved one by one; a row that cannot be saved is marked with the reason and keeps what was typed,
the others are saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.errors import InvalidInput
from shopdesk.services.money import minor_digits
from shopdesk.services.numbers import parse_money
from shopdesk.services.product_records import ProductRow, parse_reorder_days
from shopdesk.views.locale_format import Formatter
from shopdesk.views.roles import OwnerGuard, record, require_owner
from shopdesk.views.widgets import EditingDialog, IsolatingDelegate

if TYPE_CHECKING:
    from shopdesk.services.products import ProductService
    from shopdesk.services.tax.service import TaxService

SKU, NAME_EN, NAME_AR, NAME_FA, PRICE, RETURNABLE, CARE_EN, CARE_AR, CARE_FA, REORDER, ACTIVE, VAT_RATE = range(12)
CARE = CARE_EN
_ERROR_BRUSH = QBrush(QColor("#fde2e4"))


class ProductsDialog(EditingDialog):
    catalogue_changed = Signal()

    def __init__(
        self,
        *,
        products: ProductService,
        formatter: Formatter,
        currency: str,
        guard: OwnerGuard | None = None,
        tax: TaxService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``tax``: each product's VAT rate is a column while the shop is registered for VAT."""
        super().__init__(parent)
        self.setObjectName("productsDialog")
        self._tax = tax
        self._tax_settings = tax.settings() if tax is not None else None
        self.rates_shown = self._tax_settings is not None and self._tax_settings.registered
        self._rates: dict[int, str] = tax.product_rates() if self.rates_shown else {}  # as saved, by product id
        self._guard = guard  # prices and the catalogue need the owner once the shop has accounts
        self._products = products
        self._formatter = formatter
        self._currency = currency
        self._ids: list[int | None] = []
        self._dirty: set[int] = set()
        self._row_errors: dict[int, InvalidInput] = {}
        self.table = QTableWidget(0, 12)
        self.table.setObjectName("productsTable")
        self.table.verticalHeader().hide()
        self.table.setItemDelegate(IsolatingDelegate(self.table))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (CARE_EN, CARE_AR, CARE_FA):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(VAT_RATE, not self.rates_shown)
        self.table.horizontalHeader().setSectionResizeMode(VAT_RATE, QHeaderView.ResizeMode.ResizeToContents)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.add_button = QPushButton()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveProducts")
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self._retranslate()
        self._load()
        self.resize(1320 if self.rates_shown else 1200, 560)

    def _load(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self._ids = []
        for product in self._products.list_products(include_inactive=True):
            self._append(product)
        self.table.blockSignals(False)
        self._dirty.clear()

    def _append(self, product: ProductRow) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._ids.append(product.id)
        price = self._formatter.amount(product.price_minor, self._currency) if product.id else ""
        reorder = self._formatter.integer(product.reorder_days) if product.reorder_days else ""
        for column, text in (
            (SKU, product.sku),
            (NAME_EN, product.name_en),
            (NAME_AR, product.name_ar),
            (NAME_FA, product.name_fa),
            (PRICE, price),
            (CARE_EN, product.care_tip_en),
            (CARE_AR, product.care_tip_ar),
            (CARE_FA, product.care_tip_fa),
            (REORDER, reorder),
        ):
            self.table.setItem(row, column, QTableWidgetItem(text))
        for column, value in ((RETURNABLE, product.returnable), (ACTIVE, product.active)):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            self.table.setItem(row, column, item)
        self.table.setItem(row, VAT_RATE, QTableWidgetItem())  # under the rate's list (every cell has an item)
        if self.rates_shown:
            combo = QComboBox()
            self._fill_rates(combo)
            combo.setCurrentIndex(max(0, combo.findData(self._rates.get(product.id, "") if product.id else "")))
            combo.currentIndexChanged.connect(lambda _index, row=row: self._dirty.add(row))
            self.table.setCellWidget(row, VAT_RATE, combo)
        return row

    def rate_combo(self, row: int) -> QComboBox | None:
        """The VAT rate chosen for a row (None while the shop is not registered)."""
        return self.table.cellWidget(row, VAT_RATE)

    def _fill_rates(self, combo: QComboBox) -> None:
        """The shop's rates by name and percent, the default one first (a product without its own rate)."""
        settings = self._tax_settings
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Default (%1)").replace("%1", self._rate_text(settings.rate(""))), "")
        for rate in settings.rates:
            combo.addItem(self._rate_text(rate), rate.code)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _rate_text(self, rate) -> str:  # noqa: ANN001 - a tax.rules.TaxRate
        """ "15%", "Zero-rated", "Exempt", or the rate's own name with its percent or kind (short: a table cell)."""
        kinds = {"zero": self.tr("Zero-rated"), "exempt": self.tr("Exempt")}
        share = kinds.get(rate.kind) or self._formatter.basis_points(rate.basis_points)
        return f"{rate.name} · {share}" if rate.name else share

    def _on_close_button_clicked(self) -> None:
        """Closing saves what was changed; a row that cannot be saved keeps the dialog open, marked."""
        if self._dirty:
            self.save()
        if not self._row_errors:
            self.accept()

    def has_unsaved_changes(self) -> bool:
        return bool(self._dirty)  # rows changed or added and not saved yet (rows that could not be saved stay)

    def add_row(self) -> int:
        self.table.blockSignals(True)
        row = self._append(ProductRow(id=None, sku="", name_en=""))
        self.table.blockSignals(False)
        self._dirty.add(row)
        self.table.setCurrentCell(row, SKU)
        self.table.editItem(self.table.item(row, SKU))
        return row

    def set_cell(self, row: int, column: int, text: str) -> None:
        """Type into a cell (used by tests)."""
        self.table.item(row, column).setText(text)

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        self._dirty.add(item.row())

    def _product(self, row: int) -> ProductRow:
        def text(column: int) -> str:
            return self.table.item(row, column).text()

        return ProductRow(
            id=self._ids[row],
            sku=text(SKU),
            name_en=text(NAME_EN),
            name_ar=text(NAME_AR),
            name_fa=text(NAME_FA),
            price_minor=parse_money(text(PRICE) or "0", minor_digits=minor_digits(self._currency), field="price"),
            returnable=self.table.item(row, RETURNABLE).checkState() == Qt.CheckState.Checked,
            care_tip_en=text(CARE_EN),
            care_tip_ar=text(CARE_AR),
            care_tip_fa=text(CARE_FA),
            active=self.table.item(row, ACTIVE).checkState() == Qt.CheckState.Checked,
            reorder_days=parse_reorder_days(text(REORDER)),
        )

    def save(self) -> int:
        """Save every changed row; returns how many were saved. Rows that cannot be saved stay marked."""
        saved = 0
        if self._dirty and not require_owner(self._guard, self, "catalogue.edit", audit=False):
            return 0
        self._row_errors.clear()
        skus = []
        for row in sorted(self._dirty):
            try:
                product = self._product(row)
                self._ids[row] = self._products.save_product(product)
                self._save_rate(row)
                skus.append(product.sku)
                saved += 1
            except InvalidInput as exc:
                self._row_errors[row] = exc
        self._dirty = set(self._row_errors)
        self._paint_errors()
        if saved:
            record(self._guard, "catalogue.edit", {"products": skus})
            self.catalogue_changed.emit()
        return saved

    def _save_rate(self, row: int) -> None:
        combo = self.rate_combo(row)
        product_id = self._ids[row]
        if combo is None or product_id is None or combo.currentData() == self._rates.get(product_id, ""):
            return
        self._tax.set_product_rate(product_id, combo.currentData())
        self._rates[product_id] = combo.currentData()

    def _paint_errors(self) -> None:
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                item.setBackground(_ERROR_BRUSH if row in self._row_errors else QBrush())
        self.table.blockSignals(False)
        lines = [
            self.tr("Row %1: %2").replace("%1", self._formatter.integer(row + 1)).replace("%2", self._reason(exc))
            for row, exc in sorted(self._row_errors.items())
        ]
        self.message.setText("\n".join(lines) if lines else self.tr("Saved."))
        self.message.setStyleSheet("color: #b00020;" if lines else "")

    def _reason(self, exc: InvalidInput) -> str:
        reasons = {
            ("sku", "required"): self.tr("the SKU is required."),
            ("sku", "already used"): self.tr("this SKU is already used by another product."),
            ("sku", "no spaces, at most 64 characters"): self.tr(
                "the SKU may not have spaces (at most 64 characters)."
            ),
            ("name_en", "required"): self.tr("give the product a name in at least one language."),
            ("price", "not a number"): self.tr("the price is not a number."),
            ("price", "ambiguous separator"): self.tr("use a point for decimals in the price."),
            ("price", "too many decimals"): self.tr("the price has too many decimals for this currency."),
            ("price", "out of range"): self.tr("the price is not possible."),
            ("tax_rate", "unknown"): self.tr("this VAT rate is no longer among the rates in Settings → Tax."),
            ("reorder_days", "not a number of days"): self.tr(
                "reorder every: a whole number of days from 1 to 3650, or blank for a product that is not a consumable."
            ),
        }
        return reasons.get((exc.field, exc.reason), exc.reason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Catalogue"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("SKU"),
                self.tr("Name (English)"),
                self.tr("Name (Arabic)"),
                self.tr("Name (Persian)"),
                self.tr("Price"),
                self.tr("Returnable"),
                self.tr("Care tip (English)"),
                self.tr("Care tip (Arabic)"),
                self.tr("Care tip (Persian)"),
                self.tr("Reorder every (days)"),
                self.tr("Active"),
                self.tr("VAT rate"),
            ]
        )
        if self.rates_shown:
            for row in range(self.table.rowCount()):
                self._fill_rates(self.rate_combo(row))
        self.table.horizontalHeaderItem(REORDER).setToolTip(
            self.tr(
                "How many days a consumable usually lasts; its buyers get a reorder reminder in Follow-ups. "
                "Blank: not a consumable."
            )
        )
        self.add_button.setText(self.tr("Add product"))
        self.save_button.setText(self.tr("Save changes (Ctrl+S)"))
        self.close_button.setText(self.tr("Close"))
        if self._row_errors:
            self._paint_errors()
