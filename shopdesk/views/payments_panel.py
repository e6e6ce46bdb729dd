"""The order page's money: total, paid, given back and what is still due, the history of payments and refunds
(returns' refunds, store credit and exchanges among them), and "Record payment…" while something is due."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.text import safe_single_line
from shopdesk.views.labels import payment_text
from shopdesk.views.widgets import IsolatingDelegate, open_owned

if TYPE_CHECKING:
    from shopdesk.services.payment_records import MoneyEntry, OrderMoney
    from shopdesk.services.payments import PaymentService
    from shopdesk.views.locale_format import Formatter

WHEN, WHAT, METHOD, AMOUNT, BY = range(5)


class PaymentsPanel(QWidget):
    paid = Signal(int)  # order id: a payment was recorded (its status may have moved to paid)

    def __init__(self, *, payments: PaymentService, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentsPanel")
        self._payments = payments
        self._formatter = formatter
        self.money: OrderMoney | None = None
        self.record_dialog = None
        self.title = QLabel()
        self.figures = QLabel()
        self.figures.setObjectName("moneyFigures")
        self.figures.setTextFormat(Qt.TextFormat.PlainText)
        self.figures.setStyleSheet("font-weight: bold;")
        self.figures.setWordWrap(True)
        self.record_button = QPushButton()
        self.record_button.setObjectName("recordPayment")
        self.record_button.clicked.connect(self.open_record)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("moneyHistory")
        self.table.verticalHeader().hide()
        self.table.setItemDelegate(IsolatingDelegate(self.table))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMaximumHeight(120)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(METHOD, QHeaderView.ResizeMode.Stretch)
        for column in (WHEN, WHAT, AMOUNT, BY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.figures, 1)
        top.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def load(self, order_id: int) -> None:
        self.money = self._payments.money(order_id)
        self._retranslate()

    def open_record(self, _checked: bool = False) -> None:
        """Record a payment (the balance by the order's method, ready for Enter)."""
        if self.money is None or not self.money.balance_minor:
            return
        from shopdesk.views.record_payment_dialog import RecordPaymentDialog

        dialog = RecordPaymentDialog(payments=self._payments, money=self.money, formatter=self._formatter, parent=self)
        dialog.accepted.connect(self._on_recorded)
        open_owned(self, "record_dialog", dialog)

    def _on_recorded(self) -> None:
        order_id = self.money.order_id
        self.load(order_id)
        self.paid.emit(order_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.money is not None:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        money, f = self.money, self._formatter
        self.title.setText(self.tr("Payments"))
        self.record_button.setText(self.tr("Record payment…"))
        if money is None:
            return
        amount = lambda value: f.money(value, money.currency)  # noqa: E731
        parts = [self.tr("Paid %1").replace("%1", amount(money.paid_minor))]
        if money.refunded_minor:
            parts.append(self.tr("Given back %1").replace("%1", amount(money.refunded_minor)))
        if money.status != "cancelled":
            parts.append(self.tr("Balance due %1").replace("%1", amount(money.balance_minor)))
        self.figures.setText(" · ".join(parts))
        self.figures.setStyleSheet("font-weight: bold;" + (" color: #8a5300;" if money.balance_minor else ""))
        self.record_button.setVisible(money.balance_minor > 0)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("How"), self.tr("Amount"), self.tr("By")]
        )
        self.table.setRowCount(len(money.entries))
        for row, entry in enumerate(money.entries):
            sign = "" if entry.kind == "payment" else "−"
            cells = (
                f.datetime(entry.at),
                self._what(entry),
                self._how(entry),
                sign + amount(entry.amount_minor),
                safe_single_line(entry.actor),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == AMOUNT:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(money.entries))

    def _what(self, entry: MoneyEntry) -> str:
        if entry.kind == "payment":
            return self.tr("Payment")
        if entry.return_number is not None:
            return self.tr("Return %1").replace("%1", self._formatter.plain_digits(entry.return_number))
        return self.tr("Refund")

    def _how(self, entry: MoneyEntry) -> str:
        if entry.method == "exchange":
            text = self.tr("Exchange: order %1").replace("%1", self._formatter.plain_digits(entry.order_number or 0))
        elif entry.method == "":
            text = self.tr("Refunded the way it was paid")
        else:
            text = payment_text(entry.method)
        if entry.note == "marked paid":  # written by the upgrade for orders marked paid before payments were kept
            text += " · " + self.tr("marked paid before payments were recorded")
        elif entry.note:
            text += " · " + "\u2068" + safe_single_line(entry.note) + "\u2069"
        return text
