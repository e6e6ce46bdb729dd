"""Record a payment on an order: the amount (what is left to pay, ready to accept with Enter or to type over),
how it was paid, a note. More than the balance is refused with both amounts, and nothing typed is lost."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.errors import DatabaseBusy, InvalidInput, NotFound, OverPayment
from shopdesk.services.money import minor_digits
from shopdesk.services.numbers import parse_money
from shopdesk.services.payment_records import METHODS
from shopdesk.views.busy import refused_text
from shopdesk.views.input_errors import input_error_text
from shopdesk.views.labels import payment_text
from shopdesk.views.widgets import EditingDialog, FieldError, NumberLineEdit, desk_user, fill_combo, stacked

if TYPE_CHECKING:
    from shopdesk.services.payment_records import OrderMoney, PaymentRecorded
    from shopdesk.services.payments import PaymentService
    from shopdesk.views.locale_format import Formatter


class RecordPaymentDialog(EditingDialog):
    """Accepted once the payment is recorded (``recorded`` says what it did)."""

    def __init__(
        self, *, payments: PaymentService, money: OrderMoney, formatter: Formatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordPayment")
        self._payments = payments
        self._money = money
        self._formatter = formatter
        self.recorded: PaymentRecorded | None = None
        self._error: InvalidInput | None = None
        self.due = QLabel()
        self.due.setTextFormat(Qt.TextFormat.PlainText)
        self.due.setStyleSheet("font-weight: bold;")
        self.amount = NumberLineEdit()
        self.amount.setObjectName("paymentAmount")
        self.amount.setText(formatter.amount(money.balance_minor, money.currency))
        self.amount_error = FieldError()
        self.method = QComboBox()
        self.method.setObjectName("paymentMethod")
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self._labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        form.addRow(self._labels[0], stacked(self.amount, self.amount_error))
        form.addRow(self._labels[1], self.method)
        form.addRow(self._labels[2], self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton()
        self.save_button.setObjectName("savePayment")
        self.save_button.setDefault(True)  # Enter records what is shown: the balance, by the order's method
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.due)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)  # the refusal names two amounts: it wraps within the dialog, never cut off
        self._retranslate()
        # the order's own way to pay comes first (cash on delivery: the courier's money), else cash
        wanted = money.payment_method if money.payment_method in METHODS else "cash"
        self.method.setCurrentIndex(max(0, self.method.findData(wanted)))
        self.amount.selectAll()
        self.amount.setFocus()

    def save(self) -> PaymentRecorded | None:
        self._show_error(None)
        try:
            amount = parse_money(self.amount.text(), minor_digits=minor_digits(self._money.currency), field="amount")
            self.recorded = self._payments.record_payment(
                self._money.order_id,
                amount,
                self.method.currentData(),
                actor=desk_user(),
                note=self.note.text(),
            )
        except (InvalidInput, NotFound) as exc:
            self._show_error(exc if isinstance(exc, InvalidInput) else InvalidInput("amount", "not found"))
            return None
        except DatabaseBusy as exc:
            self.amount_error.show_message(refused_text(exc))
            return None
        self.accept()
        return self.recorded

    def _show_error(self, exc: InvalidInput | None) -> None:
        self._error = exc
        self.amount_error.show_message(self._error_text(exc) if exc is not None else "")
        self.adjustSize()

    def _error_text(self, exc: InvalidInput) -> str:
        f, currency = self._formatter, self._money.currency
        if isinstance(exc, OverPayment):
            return (
                self.tr("%1 is more than the %2 left to pay.")
                .replace("%1", "\u2068" + f.money(exc.amount_minor, currency) + "\u2069")
                .replace("%2", "\u2068" + f.money(exc.balance_minor, currency) + "\u2069")
            )
        if exc.reason == "must be positive":
            return self.tr("Type an amount above zero.")
        if exc.reason == "cancelled":
            return self.tr("A cancelled order takes no payment.")
        return input_error_text(exc)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        f, money = self._formatter, self._money
        self.setWindowTitle(self.tr("Record a payment"))
        self.due.setText(
            self.tr("Order %1: %2 left to pay")
            .replace("%1", f.plain_digits(money.number))
            .replace("%2", "\u2068" + f.money(money.balance_minor, money.currency) + "\u2069")
        )
        for label, text in zip(self._labels, (self.tr("Amount"), self.tr("Paid by"), self.tr("Note")), strict=True):
            label.setText(text)
        fill_combo(self.method, METHODS, payment_text)
        self.save_button.setText(self.tr("Record payment"))
        if self._error is not None:
            self.amount_error.show_message(self._error_text(self._error))
