"""The fields of one address, as the order form and the customer's address book show them, each with its message
under it; and the dialog that adds or edits an address of the book. Nothing typed is lost when a field is refused.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.addresses import ADDRESS_FIELDS, COUNTRIES, Address, BookEntry, validate_address, validate_label
from shopdesk.services.errors import InvalidInput
from shopdesk.views.input_errors import input_error_text
from shopdesk.views.widgets import EditingDialog, FieldError, stacked

COUNTRY_NAMES = {
    "SA": QT_TRANSLATE_NOOP("Countries", "Saudi Arabia"),
    "AE": QT_TRANSLATE_NOOP("Countries", "United Arab Emirates"),
    "IR": QT_TRANSLATE_NOOP("Countries", "Iran"),
    "KW": QT_TRANSLATE_NOOP("Countries", "Kuwait"),
    "QA": QT_TRANSLATE_NOOP("Countries", "Qatar"),
    "BH": QT_TRANSLATE_NOOP("Countries", "Bahrain"),
    "OM": QT_TRANSLATE_NOOP("Countries", "Oman"),
    "IQ": QT_TRANSLATE_NOOP("Countries", "Iraq"),
    "JO": QT_TRANSLATE_NOOP("Countries", "Jordan"),
    "EG": QT_TRANSLATE_NOOP("Countries", "Egypt"),
    "TR": QT_TRANSLATE_NOOP("Countries", "Turkey"),
    "GB": QT_TRANSLATE_NOOP("Countries", "United Kingdom"),
    "US": QT_TRANSLATE_NOOP("Countries", "United States"),
    "DE": QT_TRANSLATE_NOOP("Countries", "Germany"),
    "FR": QT_TRANSLATE_NOOP("Countries", "France"),
    "CA": QT_TRANSLATE_NOOP("Countries", "Canada"),
}
assert set(COUNTRY_NAMES) == set(COUNTRIES)


def country_name(code: str) -> str:
    """The country in the window's language; its ISO code when shopdesk has no name for it."""
    source = COUNTRY_NAMES.get(code)
    return QCoreApplication.translate("Countries", source) if source else code


class AddressFields(QWidget):
    """Recipient, phone, two lines, district, city, region, postal code, country, and the Saudi short code (shown
    for Saudi Arabia only). ``field`` is how the services name these fields (``ship_to``: ``ship_to.city``)."""

    changed = Signal()

    def __init__(self, *, field: str = "address", country: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.edits: dict[str, QLineEdit] = {}
        for name in ADDRESS_FIELDS:
            if name == "country":
                continue
            edit = QLineEdit()
            edit.setObjectName(f"{field}_{name}")
            edit.textEdited.connect(lambda _text: self.changed.emit())
            self.edits[name] = edit
        self.country = QComboBox()
        self.country.setObjectName(f"{field}_country")
        self.country.setEditable(True)  # a country not in the list: its two-letter code
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._default_country = country
        self.errors = {name: FieldError() for name in ADDRESS_FIELDS}
        self._labels = {name: QLabel() for name in ADDRESS_FIELDS}
        self._errors_shown: dict[str, InvalidInput] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        order = (
            ("recipient", "phone"),
            ("line1", "line2"),
            ("district", "city"),
            ("region", "postal_code"),
            ("country", "short_code"),
        )
        for row, pair in enumerate(order):
            for column, name in enumerate(pair):
                widget = self.country if name == "country" else self.edits[name]
                grid.addWidget(self._labels[name], row, column * 2)
                grid.addWidget(stacked(widget, self.errors[name]), row, column * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.country.currentIndexChanged.connect(self._show_short_code)
        self.country.editTextChanged.connect(self._show_short_code)
        self._retranslate()
        self.set_address(Address(country=country))

    # --- values ---------------------------------------------------------------------------------------------------
    def country_code(self) -> str:
        index = self.country.findText(self.country.currentText())
        if index >= 0 and self.country.itemData(index):
            return self.country.itemData(index)
        return self.country.currentText().strip().upper()

    def address(self) -> Address:
        values = {name: edit.text() for name, edit in self.edits.items()}
        if not self.edits["short_code"].isVisibleTo(self):
            values["short_code"] = ""
        return Address(country=self.country_code(), **values)

    def set_address(self, address: Address) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(address, name))
        self._select_country(address.country or self._default_country)

    def is_blank(self) -> bool:
        """Nothing typed (the country alone, preset, is not an address)."""
        return not any(edit.text().strip() for edit in self.edits.values())

    def checked(self) -> Address:
        """The address cleaned by the services' rules; ``InvalidInput`` is shown next to its field and raised."""
        self.clear_errors()
        try:
            return validate_address(self.address(), field=self.field)
        except InvalidInput as exc:
            self.show_error(exc)
            raise

    # --- messages -------------------------------------------------------------------------------------------------
    def show_error(self, exc: InvalidInput) -> bool:
        """Show a message the services gave for one of these fields; False when it names another field."""
        prefix = self.field + "."
        if not exc.field.startswith(prefix) or exc.field[len(prefix) :] not in self.errors:
            return False
        name = exc.field[len(prefix) :]
        self._errors_shown[name] = exc
        self.errors[name].show_message(input_error_text(exc))
        widget = self.country if name == "country" else self.edits[name]
        widget.setFocus()
        return True

    def clear_errors(self) -> None:
        self._errors_shown.clear()
        for error in self.errors.values():
            error.show_message("")

    def _select_country(self, code: str) -> None:
        index = self.country.findData(code) if code else -1
        if index >= 0:
            self.country.setCurrentIndex(index)
        else:
            self.country.setEditText(code)
        self._show_short_code()

    def _show_short_code(self, *_args) -> None:  # noqa: ANN002
        saudi = self.country_code() == "SA"
        self._labels["short_code"].setVisible(saudi)
        self.edits["short_code"].setVisible(saudi)

    # --- language -------------------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        texts = {
            "recipient": self.tr("Recipient"),
            "phone": self.tr("Phone"),
            "line1": self.tr("Address line 1"),
            "line2": self.tr("Address line 2"),
            "district": self.tr("District"),
            "city": self.tr("City"),
            "region": self.tr("Region / province"),
            "postal_code": self.tr("Postal code"),
            "country": self.tr("Country"),
            "short_code": self.tr("Short address"),
        }
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.edits["line1"].setPlaceholderText(self.tr("Building, street"))
        self.edits["short_code"].setPlaceholderText("RRRD2929")
        code = self.country_code()
        self.country.blockSignals(True)
        self.country.clear()
        for country in COUNTRIES:
            self.country.addItem(country_name(country), country)
        self.country.blockSignals(False)
        self._select_country(code)
        for name, exc in self._errors_shown.items():
            self.errors[name].show_message(input_error_text(exc))


class AddressDialog(EditingDialog):
    """Add or edit one address of a customer's address book: a label (home, work…), the fields, and whether it is
    the default. ``AddressDialog.ask(parent, …)`` returns the entry, or None when cancelled."""

    def __init__(self, *, entry: BookEntry | None = None, country: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addressDialog")
        self._entry = entry
        self.label = QLineEdit()
        self.label.setObjectName("addressLabel")
        self.label_error = FieldError()
        self.fields = AddressFields(field="address", country=country)
        self.is_default = QCheckBox()
        self._label_label = QLabel()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveAddress")
        self.cancel_button = QPushButton()
        label_row = QHBoxLayout()
        label_row.addWidget(self._label_label)
        label_row.addWidget(stacked(self.label, self.label_error), 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.is_default)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(label_row)
        layout.addWidget(self.fields)
        layout.addLayout(buttons)
        if entry is not None:
            self.label.setText(entry.label)
            self.fields.set_address(entry.address)
            self.is_default.setChecked(entry.is_default)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        self.result_entry: BookEntry | None = None
        self._retranslate()
        self.resize(640, 300)

    def save(self) -> BookEntry | None:
        self.label_error.show_message("")
        try:
            label = validate_label(self.label.text())
        except InvalidInput as exc:
            self.label_error.show_message(input_error_text(exc))
            return None
        try:
            address = self.fields.checked()
        except InvalidInput:
            return None
        self.result_entry = BookEntry(
            address=address,
            label=label,
            is_default=self.is_default.isChecked(),
            id=self._entry.id if self._entry is not None else None,
        )
        self.accept()
        return self.result_entry

    @classmethod
    def ask(cls, parent: QWidget, *, entry: BookEntry | None = None, country: str = "") -> BookEntry | None:
        dialog = cls(entry=entry, country=country, parent=parent)
        return dialog.result_entry if dialog.exec() == QDialog.DialogCode.Accepted else None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New address") if self._entry is None else self.tr("Edit address"))
        self._label_label.setText(self.tr("Label"))
        self.label.setPlaceholderText(self.tr("e.g. home, work"))
        self.is_default.setText(self.tr("Default address"))
        self.save_button.setText(self.tr("Save (Ctrl+S)"))
        self.cancel_button.setText(self.tr("Cancel"))
