"""The question asked before a return gives anything back: a refund or store credit names its amount and the
customer and waits for a yes; when there is nothing to give back (an order never paid, say) it says why and offers
to close the return without a refund, with the reason written. Nothing is given back on a single click."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from shopdesk.services.return_records import GiveBack
    from shopdesk.views.locale_format import Formatter


def _isolated(text: str) -> str:
    """User data and amounts inside a sentence keep their own direction (a Latin currency in Arabic text)."""
    return "\u2068" + text + "\u2069"


class GiveBackDialog(QDialog):
    """Confirms ``quote`` for ``resolution`` ("refund" or "credit"). With an amount: Accepted means give it. With
    nothing to give back: Accepted means close without a refund, for ``reason()``."""

    def __init__(self, quote: GiveBack, resolution: str, *, formatter: Formatter, parent: QWidget | None = None):
        super().__init__(parent)
        self.quote = quote
        self.resolution = resolution
        self._formatter = formatter
        self.question = QLabel()
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        bold = QFont(self.question.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.25)
        self.question.setFont(bold)
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.reason_label = QLabel()
        self.reason = QLineEdit()
        self.reason.setMaxLength(2000)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = QPushButton()
        self.confirm.setObjectName("confirmGiveBack")
        self.buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # Enter never gives money; with nothing to give back, Enter after the reason closes the return (the button
        # stays disabled, and Enter does nothing, until a reason is written).
        nothing = quote.amount_minor == 0
        cancel.setAutoDefault(False)
        self.confirm.setAutoDefault(False)
        (self.confirm if nothing else cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._on_reason_text_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.details)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason_label.setVisible(nothing)
        self.reason.setVisible(nothing)
        self._retranslate()
        self._on_reason_text_changed()
        self.setMinimumWidth(460)

    @property
    def nothing_to_give(self) -> bool:
        return self.quote.amount_minor == 0

    def reason_text(self) -> str:
        return " ".join(self.reason.text().split())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_reason_text_changed(self, *_args: object) -> None:
        self.confirm.setEnabled(not self.nothing_to_give or bool(self.reason_text()))

    def _retranslate(self) -> None:
        f = self._formatter
        q = self.quote
        amount = _isolated(f.money(q.amount_minor, q.currency))
        order = f.plain_digits(q.order_number)
        customer = _isolated(q.customer_name) if q.customer_name else ""
        facts = [
            self.tr("Return %1 of order %2").replace("%1", f.plain_digits(q.number)).replace("%2", order),
            self.tr("Paid for these items: %1").replace("%1", _isolated(f.money(q.paid_minor, q.currency))),
        ]
        if q.fee_minor:
            facts.append(self.tr("Restocking fee: %1").replace("%1", _isolated(f.money(q.fee_minor, q.currency))))
        if self.nothing_to_give:
            self.setWindowTitle(self.tr("Nothing to give back"))
            self.question.setText(self.tr("There is nothing to give back: %1.").replace("%1", amount))
            why = {
                "not paid": self.tr("Order %1 was not paid, so nothing was paid for these items."),
                "given back": self.tr("The other returns of order %1 already gave back all it was paid."),
                "fee": self.tr("The restocking fee takes all that was paid for these items."),
                "worth nothing": self.tr("Nothing was paid for these items in order %1."),
            }[q.why_nothing]
            facts.insert(0, why.replace("%1", order))
            self.reason_label.setText(self.tr("Why is the return closed with nothing given back? (required)"))
            self.reason.setPlaceholderText(self.tr("e.g. never paid: cash on delivery refused"))
            self.confirm.setText(self.tr("Close without refund"))
        elif self.resolution == "credit":
            self.setWindowTitle(self.tr("Give store credit"))
            # store credit always has its customer (a walk-in sale's return is refunded instead)
            self.question.setText(
                self.tr("Give %1 of store credit to %2?").replace("%1", amount).replace("%2", customer)
            )
            self.confirm.setText(self.tr("Give %1 of store credit").replace("%1", amount))
        else:
            self.setWindowTitle(self.tr("Refund"))
            if customer:
                text = self.tr("Refund %1 to %2?").replace("%1", amount).replace("%2", customer)
            else:
                text = self.tr("Refund %1 for order %2?").replace("%1", amount).replace("%2", order)
            self.question.setText(text)
            self.confirm.setText(self.tr("Refund %1").replace("%1", amount))
        if not self.nothing_to_give:
            facts.append(self.tr("This is recorded on the return and cannot be undone."))
        self.details.setText("\n".join(facts))
