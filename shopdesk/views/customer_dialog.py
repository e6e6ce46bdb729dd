"""Adding or editing a customer: any digits in the phone, messages next to the field, nothing lost.

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
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.customer_records import CustomerDraft, CustomerProfile
from shopdesk.services.errors import DuplicatePhone, InvalidInput
from shopdesk.services.text import safe_single_line
from shopdesk.views.input_errors import input_error_text
from shopdesk.views.labels import in_ui_direction
from shopdesk.views.locale_format import Formatter
from shopdesk.views.widgets import EditingDialog, FieldError, fill_language_combo, side_by_side, stacked

if TYPE_CHECKING:
    from shopdesk.services.customers import CustomerService


class CustomerDialog(EditingDialog):
    customer_saved = Signal(int)

    def __init__(
        self,
        *,
        customers: CustomerService,
        formatter: Formatter,
        profile: CustomerProfile | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerDialog")
        self._customers = customers
        self._profile = profile
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
        self.errors = {key: FieldError() for key in ("name", "phone", "email", "birthday", "referred_by")}
        self._labels = [QLabel() for _ in range(8)]
        form = QFormLayout()
        rows = [
            stacked(self.name, self.errors["name"]),
            stacked(self.phone, self.errors["phone"]),
            stacked(self.email, self.errors["email"]),
            stacked(side_by_side(self.has_birthday, self.birthday), self.errors["birthday"]),
            stacked(self.referred_by, self.referrer_name, self.errors["referred_by"]),
            self.language,
            self.tags,
            self.notes,
        ]
        for label, field in zip(self._labels, rows, strict=True):
            form.addRow(label, field)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveCustomer")
        self.cancel_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.marketing_consent)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        if profile is not None:
            self._fill(profile)
        self._retranslate()
        self.resize(520, 460)

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
        try:
            draft = self.draft()
            if not self._unverified_phone_accepted(draft.phone):
                return None
            if self._profile is None:
                customer_id = self._customers.create_customer(draft)
            else:
                customer_id = self._profile.id
                self._customers.update_customer(customer_id, draft)
        except (InvalidInput, DuplicatePhone) as exc:
            key = exc.field if exc.field in self.errors else "name"
            self._errors_shown[key] = exc
            self.errors[key].show_message(self._error_text(exc))
            if key == "referred_by":
                self.referred_by.setFocus()
            return None
        self.customer_saved.emit(customer_id)
        self.accept()
        return customer_id

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
        return input_error_text(exc)

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
        self.has_birthday.setText(self.tr("Known"))
        self.referred_by.setPlaceholderText(self.tr("Their phone or customer number"))
        self.tags.setPlaceholderText(self.tr("e.g. vip, wholesale"))
        self.marketing_consent.setText(self.tr("Agrees to receive offers and news"))
        self.save_button.setText(self.tr("Save (Ctrl+S)"))
        self.cancel_button.setText(self.tr("Cancel"))
        for key, exc in self._errors_shown.items():
            self.errors[key].show_message(self._error_text(exc))
