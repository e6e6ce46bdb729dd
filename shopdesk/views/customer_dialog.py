"""Adding or editing a customer: any digits in the phone, messages next to the field, nothing lost."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
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
from shopdesk.views.input_errors import input_error_text
from shopdesk.views.locale_format import Formatter
from shopdesk.views.widgets import FieldError, fill_language_combo, side_by_side, stacked

if TYPE_CHECKING:
    from shopdesk.services.customers import CustomerService


class CustomerDialog(QDialog):
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
        self.language = QComboBox()
        fill_language_combo(self.language, formatter.prefs.language)
        self.marketing_consent = QCheckBox()
        self.tags = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(80)
        self.errors = {key: FieldError() for key in ("name", "phone", "email", "birthday")}
        self._labels = [QLabel() for _ in range(7)]
        form = QFormLayout()
        rows = [
            stacked(self.name, self.errors["name"]),
            stacked(self.phone, self.errors["phone"]),
            stacked(self.email, self.errors["email"]),
            stacked(side_by_side(self.has_birthday, self.birthday), self.errors["birthday"]),
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
        self.resize(520, 420)

    def _fill(self, profile: CustomerProfile) -> None:
        self.name.setText(profile.name)
        self.phone.setText(profile.phone)
        self.email.setText(profile.email)
        if profile.birthday is not None:
            self.has_birthday.setChecked(True)
            self.birthday.setDate(QDate(profile.birthday))
        self.language.setCurrentIndex(self.language.findData(profile.language))
        self.marketing_consent.setChecked(profile.marketing_consent)
        self.tags.setText(", ".join(profile.tags))
        self.notes.setPlainText(profile.notes)

    def draft(self) -> CustomerDraft:
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
        )

    def save(self) -> int | None:
        self._errors_shown.clear()
        for error in self.errors.values():
            error.show_message("")
        try:
            if self._profile is None:
                customer_id = self._customers.create_customer(self.draft())
            else:
                customer_id = self._profile.id
                self._customers.update_customer(customer_id, self.draft())
        except (InvalidInput, DuplicatePhone) as exc:
            key = exc.field if exc.field in self.errors else "name"
            self._errors_shown[key] = exc
            self.errors[key].show_message(self._error_text(exc))
            return None
        self.customer_saved.emit(customer_id)
        self.accept()
        return customer_id

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
            self.tr("Language for notes"),
            self.tr("Tags"),
            self.tr("Notes"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.has_birthday.setText(self.tr("Known"))
        self.tags.setPlaceholderText(self.tr("e.g. vip, wholesale"))
        self.marketing_consent.setText(self.tr("Agrees to receive offers and news"))
        self.save_button.setText(self.tr("Save (Ctrl+S)"))
        self.cancel_button.setText(self.tr("Cancel"))
        for key, exc in self._errors_shown.items():
            self.errors[key].show_message(self._error_text(exc))
