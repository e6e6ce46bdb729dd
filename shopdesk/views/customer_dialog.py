"""Adding or editing a customer: any digits in the phone, messages next to the field, nothing lost. A shop
registered for VAT also keeps a business customer's VAT number (checked by the country's rule: in Saudi Arabia 15
digits beginning and ending with 3), printed on their tax invoices.

The referrer is typed as a phone (any digits) or a customer number and looked up on save.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.addresses import BookEntry
from shopdesk.services.customer_records import CustomerDraft, CustomerProfile
from shopdesk.services.errors import DuplicatePhone, InvalidInput
from shopdesk.services.tax.records import clean_vat_number, valid_vat_number
from shopdesk.services.text import safe_single_line
from shopdesk.views.address_fields import AddressDialog, country_name
from shopdesk.views.input_errors import input_error_text
from shopdesk.views.labels import in_ui_direction
from shopdesk.views.locale_format import Formatter
from shopdesk.views.widgets import (
    EditingDialog,
    FieldError,
    ask_yes_no,
    fill_language_combo,
    side_by_side,
    stacked,
)

if TYPE_CHECKING:
    from shopdesk.services.address_book import AddressBookService
    from shopdesk.services.customers import CustomerService
    from shopdesk.services.tax.service import TaxService


class CustomerDialog(EditingDialog):
    customer_saved = Signal(int)

    def __init__(
        self,
        *,
        customers: CustomerService,
        formatter: Formatter,
        profile: CustomerProfile | None = None,
        addresses: AddressBookService | None = None,
        tax: TaxService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``tax``: the VAT number field, shown while the shop is registered for VAT."""
        super().__init__(parent)
        self.setObjectName("customerDialog")
        self._tax = tax if tax is not None and tax.settings().registered else None
        self._tax_country = self._tax.country() if self._tax is not None else ""
        self._saved_vat = self._tax.buyer_vat(profile.id) if self._tax is not None and profile is not None else ""
        self._customers = customers
        self._addresses = addresses  # None: no address book here (shown only when given)
        self._profile = profile
        self._created_id: int | None = None  # saved as new already, when its address book could not be
        self._errors_shown: dict[str, InvalidInput | DuplicatePhone] = {}
        self.name = QLineEdit()
        self.name.setObjectName("customerName")
        self.phone = QLineEdit()
        self.phone.setObjectName("customerPhone")
        self.email = QLineEdit()
        self.has_birthday = QCheckBox()
        self.birthday = QDateEdit()
        self.birthday.setCalendarPopup(True)
        self.birthday.setCalendar(formatter.calendar)
        self.birthday.setLocale(formatter.locale)
        self.birthday.setDate(QDate(1990, 1, 1))
        self.birthday.setEnabled(False)
        self.has_birthday.toggled.connect(self.birthday.setEnabled)
        self.referred_by = QLineEdit()
        self.referred_by.setObjectName("customerReferredBy")
        self.referrer_name = QLabel()  # who the number typed stands for, while it is the one saved
        self.referrer_name.setObjectName("referrerName")
        self.referrer_name.setTextFormat(Qt.TextFormat.PlainText)
        self.referrer_name.hide()
        self._referrer_typed = ""  # the text that stands for the saved referrer
        self._warned_phone = ""  # an unverified phone the desk was warned about (a second Save keeps it)
        self.referred_by.textChanged.connect(self._on_referred_by_text_changed)
        self.language = QComboBox()
        fill_language_combo(self.language, formatter.prefs.language)
        self.marketing_consent = QCheckBox()
        self.tags = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(80)
        self.vat_number = QLineEdit(self._saved_vat)
        self.vat_number.setObjectName("customerVatNumber")
        self.errors = {
            key: FieldError()
            for key in ("name", "phone", "email", "birthday", "referred_by", "tags", "notes", "vat_number")
        }
        self._labels = [QLabel() for _ in range(8)]
        form = QFormLayout()
        rows = [
            stacked(self.name, self.errors["name"]),
            stacked(self.phone, self.errors["phone"]),
            stacked(self.email, self.errors["email"]),
            stacked(side_by_side(self.has_birthday, self.birthday), self.errors["birthday"]),
            stacked(self.referred_by, self.referrer_name, self.errors["referred_by"]),
            self.language,
            stacked(self.tags, self.errors["tags"]),
            stacked(self.notes, self.errors["notes"]),
        ]
        for label, field in zip(self._labels, rows, strict=True):
            form.addRow(label, field)
        self.vat_label = QLabel()
        form.insertRow(3, self.vat_label, stacked(self.vat_number, self.errors["vat_number"]))  # after the e-mail
        form.setRowVisible(3, self._tax is not None)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveCustomer")
        self.cancel_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        # --- the address book: changed here, written with Save ---------------------------------------------------
        self.book: list[BookEntry] = [
            BookEntry(a.address, a.label, a.is_default, a.id) for a in (profile.addresses if profile else ())
        ]
        self._book_changed = False
        self._country = addresses.default_country() if addresses is not None else ""
        self.address_list = QListWidget()
        self.address_list.setObjectName("addressBook")
        self.address_list.setMaximumHeight(110)
        self.add_address_button = QPushButton()
        self.add_address_button.setObjectName("addAddress")
        self.edit_address_button = QPushButton()
        self.delete_address_button = QPushButton()
        self.default_address_button = QPushButton()
        self.address_error = FieldError()
        address_buttons = QHBoxLayout()
        for button in (
            self.add_address_button,
            self.edit_address_button,
            self.delete_address_button,
            self.default_address_button,
        ):
            address_buttons.addWidget(button)
        address_buttons.addStretch(1)
        self._addresses_label = QLabel()
        self.address_book = stacked(self._addresses_label, self.address_list, self.address_error)
        self.address_book.layout().addLayout(address_buttons)
        self.address_book.setVisible(addresses is not None)
        self.add_address_button.clicked.connect(self.add_address)
        self.edit_address_button.clicked.connect(self.edit_address)
        self.delete_address_button.clicked.connect(self.delete_address)
        self.default_address_button.clicked.connect(self.make_default_address)
        self.address_list.itemActivated.connect(lambda _item: self.edit_address())
        self.address_list.currentRowChanged.connect(self._enable_address_buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.marketing_consent)
        layout.addWidget(self.address_book)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        if profile is not None:
            self._fill(profile)
        self._retranslate()
        self.resize(560, 620 if addresses is not None else 460)

    def _fill(self, profile: CustomerProfile) -> None:
        self.name.setText(profile.name)
        self.phone.setText(profile.phone)
        self.email.setText(profile.email)
        if profile.birthday is not None:
            self.has_birthday.setChecked(True)
            self.birthday.setDate(QDate(profile.birthday))
        if profile.referred_by_id is not None:
            self._referrer_typed = profile.referred_by_phone or str(profile.referred_by_id)
            self.referrer_name.setText(in_ui_direction(safe_single_line(profile.referred_by_name)))
            self.referred_by.setText(self._referrer_typed)
        self.language.setCurrentIndex(self.language.findData(profile.language))
        self.marketing_consent.setChecked(profile.marketing_consent)
        self.tags.setText(", ".join(profile.tags))
        self.notes.setPlainText(profile.notes)

    def draft(self) -> CustomerDraft:
        """What is typed; the referrer is looked up (``InvalidInput`` when no customer has that phone or number)."""
        birthday = None
        if self.has_birthday.isChecked():
            birthday = self.birthday.date().toPython()
        return CustomerDraft(
            name=self.name.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            birthday=birthday,
            language=self.language.currentData(),
            marketing_consent=self.marketing_consent.isChecked(),
            notes=self.notes.toPlainText(),
            tags=self.tags.text(),
            referred_by_id=self._referrer_id(),
        )

    def _referrer_id(self) -> int | None:
        """The customer the referrer field names, ``None`` when empty; raises ``InvalidInput`` for an unknown one."""
        typed = self.referred_by.text().strip()
        if not typed:
            return None
        found = self._customers.find_by_phone_or_id(typed)
        if found is None:
            raise InvalidInput("referred_by", "not found", typed)
        return found

    def _on_referred_by_text_changed(self, text: str) -> None:
        self.referrer_name.setVisible(bool(self._referrer_typed) and text.strip() == self._referrer_typed)

    def save(self) -> int | None:
        self._errors_shown.clear()
        for error in self.errors.values():
            error.show_message("")
        self.address_error.show_message("")
        try:
            draft = self.draft()
            vat = self._typed_vat()
            if not self._unverified_phone_accepted(draft.phone):
                return None
            if self._profile is None and self._created_id is None:
                customer_id = self._customers.create_customer(draft)
                self._created_id = customer_id  # a failure below and Save again: this one is updated
            else:
                customer_id = self._profile.id if self._profile is not None else self._created_id
                self._customers.update_customer(customer_id, draft)
            if self._addresses is not None and self._book_changed:
                self._addresses.save_book(customer_id, self.book)
            if self._tax is not None and vat != self._saved_vat:
                self._saved_vat = self._tax.set_buyer_vat(customer_id, vat)
        except (InvalidInput, DuplicatePhone) as exc:
            if exc.field.startswith("addresses["):  # checked when typed; changed meanwhile at another desk
                self.address_error.show_message(input_error_text(exc))
                return None
            key = exc.field if exc.field in self.errors else "name"
            self._errors_shown[key] = exc
            self.errors[key].show_message(self._error_text(exc))
            if key == "referred_by":
                self.referred_by.setFocus()
            return None
        self.customer_saved.emit(customer_id)
        self.accept()
        return customer_id

    def _typed_vat(self) -> str:
        """The VAT number typed (any digits, spaces or dashes), checked before anything is saved."""
        if self._tax is None:
            return ""
        vat = clean_vat_number(self.vat_number.text())
        if vat and not valid_vat_number(self._tax_country, vat):
            raise InvalidInput("vat_number", "not a VAT number", vat)
        return vat

    def _unverified_phone_accepted(self, typed: str) -> bool:
        """A phone the phone library does not know as valid is kept as typed, marked unverified — once the desk has
        seen the warning: the first Save shows it, a second Save of the same number keeps it. Raises
        ``InvalidInput`` for what cannot be a phone."""
        phone = self._customers.check_phone(typed)
        if phone is None or phone.verified or typed == self._warned_phone:
            return True
        if self._profile is not None and self._profile.phone == phone.e164 and not self._profile.phone_verified:
            return True  # kept unverified before: no new warning
        self._warned_phone = typed
        self.errors["phone"].show_message(
            self.tr("This number is not known to be in use. Check it; Save again keeps it as typed, unverified.")
        )
        return False

    def _error_text(self, exc: InvalidInput | DuplicatePhone) -> str:
        if exc.field == "vat_number":
            if self._tax_country.upper() == "SA":
                return self.tr("A Saudi VAT number has 15 digits and begins and ends with 3.")
            return self.tr("This is not a VAT number of the shop's country.")
        return input_error_text(exc)

    def has_unsaved_changes(self) -> bool:
        # the address book is kept in the dialog until Save: an address added, edited or deleted counts
        return self._book_changed or super().has_unsaved_changes()

    # --- the address book -----------------------------------------------------------------------------------------
    def add_address(self) -> None:
        entry = self.ask_address(None)
        if entry is None:
            return
        book = [*self.book, entry]
        first_or_chosen = len(book) == 1 or entry.is_default  # the first address is the default
        self._set_book(book, default=len(book) - 1 if first_or_chosen else None)

    def edit_address(self) -> None:
        row = self.address_list.currentRow()
        if not 0 <= row < len(self.book):
            return
        entry = self.ask_address(self.book[row])
        if entry is None:
            return
        book = list(self.book)
        book[row] = entry
        self._set_book(book, default=row if entry.is_default else None)

    def delete_address(self) -> None:
        row = self.address_list.currentRow()
        if not 0 <= row < len(self.book):
            return
        text = self._one_line(self.book[row])
        if not self.confirm(self.tr("Delete this address?\n%1").replace("%1", text)):
            return
        book = [entry for index, entry in enumerate(self.book) if index != row]
        if self.book[row].is_default and book:  # the oldest one left becomes the default, as the services do
            book[0] = BookEntry(book[0].address, book[0].label, True, book[0].id)
        self._set_book(book)

    def make_default_address(self) -> None:
        row = self.address_list.currentRow()
        if 0 <= row < len(self.book):
            self._set_book(list(self.book), default=row)

    def ask_address(self, entry: BookEntry | None) -> BookEntry | None:
        """The address dialog (patched in tests)."""
        return AddressDialog.ask(self, entry=entry, country=self._country)

    def confirm(self, question: str) -> bool:
        """Ask before deleting (patched in tests)."""
        return ask_yes_no(self, self.tr("Delete address"), question)

    def _set_book(self, book: list[BookEntry], *, default: int | None = None) -> None:
        if default is not None:
            book = [BookEntry(e.address, e.label, index == default, e.id) for index, e in enumerate(book)]
        self.book = book
        self._book_changed = True
        self._show_book()

    def _show_book(self) -> None:
        row = max(0, self.address_list.currentRow())
        self.address_list.clear()
        for entry in self.book:
            item = QListWidgetItem(self._one_line(entry))
            self.address_list.addItem(item)
        if self.book:
            self.address_list.setCurrentRow(min(row, len(self.book) - 1))
        self._enable_address_buttons()

    def _one_line(self, entry: BookEntry) -> str:
        """The label, the street and city lines of the address, and whether it is the default, on one line."""
        a = entry.address
        parts = [entry.label, a.recipient, a.line1 or a.short_code, a.district, a.city, country_name(a.country)]
        if entry.is_default:
            parts.append(self.tr("(default)"))
        return in_ui_direction(" · ".join("\u2068" + safe_single_line(p) + "\u2069" for p in parts if p))

    def _enable_address_buttons(self, *_args) -> None:  # noqa: ANN002
        chosen = 0 <= self.address_list.currentRow() < len(self.book)
        for button in (self.edit_address_button, self.delete_address_button, self.default_address_button):
            button.setEnabled(chosen)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New customer") if self._profile is None else self.tr("Edit customer"))
        texts = (
            self.tr("Name"),
            self.tr("Phone"),
            self.tr("E-mail"),
            self.tr("Birthday"),
            self.tr("Referred by"),
            self.tr("Language for notes"),
            self.tr("Tags"),
            self.tr("Notes"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.vat_label.setText(self.tr("VAT number"))
        self.vat_number.setPlaceholderText(self.tr("Business customers: printed on their tax invoices"))
        self.has_birthday.setText(self.tr("Known"))
        self.referred_by.setPlaceholderText(self.tr("Their phone or customer number"))
        self.tags.setPlaceholderText(self.tr("e.g. vip, wholesale"))
        self.marketing_consent.setText(self.tr("Agrees to receive offers and news"))
        self.save_button.setText(self.tr("Save (Ctrl+S)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._addresses_label.setText(self.tr("Addresses"))
        self.add_address_button.setText(self.tr("Add address…"))
        self.edit_address_button.setText(self.tr("Edit…"))
        self.delete_address_button.setText(self.tr("Delete…"))
        self.default_address_button.setText(self.tr("Make default"))
        self._show_book()
        for key, exc in self._errors_shown.items():
            self.errors[key].show_message(self._error_text(exc))
