"""Starting a return from an order: which units come back, why, and — when the policy says no — the owner's
written reason to allow it anyway. Nothing typed is lost when something is refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.errors import InvalidInput, NotFound
from shopdesk.services.numbers import ascii_digits, order_number
from shopdesk.services.return_records import ReturnableOrder, ReturnBlocked, ReturnDraft
from shopdesk.views.labels import reason_text
from shopdesk.views.roles import OwnerGuard, record, require_owner
from shopdesk.views.widgets import EditingDialog, FieldError, IsolatingDelegate, fill_combo

if TYPE_CHECKING:
    from shopdesk.services.returns import ReturnService
    from shopdesk.views.locale_format import Formatter


class ReturnDialog(EditingDialog):
    return_started = Signal(int)  # return id

    def __init__(
        self,
        *,
        returns: ReturnService,
        order_id_for: Callable[[int], int | None],
        formatter: Formatter,
        actor: str,
        order_id: int | None = None,
        guard: OwnerGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._returns = returns
        self._guard = guard  # allowing a return outside the policy needs the owner once the shop has accounts
        self._order_id_for = order_id_for  # order number -> id, or None
        self._formatter = formatter
        self._actor = actor
        self.order: ReturnableOrder | None = None
        self.order_number = QLineEdit()
        self.order_error = FieldError()
        self.order_summary = QLabel()
        self.order_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.lines = QTableWidget(0, 4)
        self.lines.setItemDelegate(IsolatingDelegate(self.lines))
        self.lines.verticalHeader().hide()
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.quantity_error = FieldError()
        self.reason = QComboBox()
        self.reason_text = QLineEdit()
        self.reason_error = FieldError()
        self.note = QLineEdit()
        self.blocked = FieldError()
        self.override_label = QLabel()
        self.override = QLineEdit()
        self.override_label.hide()
        self.override.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self._labels = [QLabel() for _ in range(4)]
        self.form.addRow(self._labels[0], self.order_number)
        self.form.addRow(self.order_error)
        self.form.addRow(self.order_summary)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.lines)
        layout.addWidget(self.quantity_error)
        details = QFormLayout()
        details.addRow(self._labels[1], self.reason)
        details.addRow(self._labels[2], self.reason_text)
        details.addRow(self.reason_error)
        details.addRow(self._labels[3], self.note)
        details.addRow(self.blocked)
        details.addRow(self.override_label, self.override)
        layout.addLayout(details)
        layout.addWidget(self.buttons)

        self.order_number.editingFinished.connect(self._on_order_number_editing_finished)
        self.reason.currentIndexChanged.connect(self._on_reason_changed)
        self._retranslate()
        self.resize(640, 520)
        if order_id is not None:
            self.load_order(order_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Start a return"))
        self._labels[0].setText(self.tr("Order number"))
        self._labels[1].setText(self.tr("Reason"))
        self._labels[2].setText(self.tr("Details"))
        self._labels[3].setText(self.tr("Note"))
        self.override_label.setText(self.tr("Allow anyway, because (owner)"))
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Bought"), self.tr("Returned before"), self.tr("Coming back")]
        )
        fill_combo(self.reason, self._returns.policy().reasons, reason_text)
        self._on_reason_changed()

    def _on_reason_changed(self, *_args: object) -> None:
        self.reason_text.setEnabled(True)
        self.reason_text.setPlaceholderText(
            self.tr("Required for “Other”") if self.reason.currentData() == "other" else ""
        )

    def _on_order_number_editing_finished(self) -> None:
        text = ascii_digits(self.order_number.text()).strip().lstrip("#")
        if not text:
            return
        number = order_number(text)
        order_id = self._order_id_for(number) if number is not None else None
        if order_id is None:
            self._forget_order()  # never save against the order shown before
            self.order_error.show_message(self.tr("There is no order %1.").replace("%1", self.order_number.text()))
            return
        self.load_order(order_id)

    def _forget_order(self) -> None:
        self.order = None
        self.order_summary.setText("")
        self.lines.setRowCount(0)
        self._clear_block()

    def _clear_block(self) -> None:
        """An override belongs to the order it was written for: loading another order clears it."""
        self.blocked.show_message("")
        self.override.clear()
        self.override.hide()
        self.override_label.hide()

    def load_order(self, order_id: int) -> None:
        try:
            order = self._returns.returnable(order_id)
        except NotFound:
            self.order_error.show_message(self.tr("There is no order %1.").replace("%1", str(order_id)))
            return
        self.order = order
        f = self._formatter
        self._clear_block()
        self.order_error.show_message("")
        self.order_number.setText(f.plain_digits(order.number))
        summary = self.tr("Order %1").replace("%1", f.plain_digits(order.number))
        if order.customer_name:
            summary += " · " + order.customer_name
        if order.window_closes is not None:
            summary += " · " + self.tr("returns until %1").replace("%1", f.date(order.window_closes))
        self.order_summary.setText(summary)
        self.lines.setRowCount(len(order.lines))
        for row, line in enumerate(order.lines):
            name = line.description + ("" if line.returnable else "  " + self.tr("(not returnable)"))
            for column, text in enumerate((name, f.integer(line.bought), f.integer(line.returned))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.lines.setItem(row, column, item)
            spin = QSpinBox()
            spin.setRange(0, line.available)
            spin.setLocale(f.locale)
            self.lines.setCellWidget(row, 3, spin)

    def quantities(self) -> dict[int, int]:
        if self.order is None:
            return {}
        return {
            line.line_id: self.lines.cellWidget(row, 3).value()
            for row, line in enumerate(self.order.lines)
            if self.lines.cellWidget(row, 3).value()
        }

    def set_quantity(self, row: int, quantity: int) -> None:
        self.lines.cellWidget(row, 3).setValue(quantity)

    def save(self) -> int | None:
        for error in (self.order_error, self.quantity_error, self.reason_error):
            error.show_message("")
        if self.order is None:
            self.order_error.show_message(self.tr("Type the number of the order that comes back."))
            return None
        draft = ReturnDraft(
            order_id=self.order.order_id,
            quantities=self.quantities(),
            reason=self.reason.currentData(),
            reason_text=self.reason_text.text(),
            note=self.note.text(),
            override_reason=self.override.text() if self.override.isVisible() else "",
            actor=self._actor,
        )
        if draft.override_reason.strip() and not require_owner(self._guard, self, "return.override", audit=False):
            return None
        try:
            return_id = self._returns.request_return(draft)
        except ReturnBlocked as exc:
            self._show_blocked(exc)
            return None
        except InvalidInput as exc:
            self._show_invalid(exc)
            return None
        if draft.override_reason.strip():
            record(
                self._guard,
                "return.override",
                {"order": self.order.number, "return_id": return_id, "reason": draft.override_reason},
            )
        self.return_started.emit(return_id)
        self.accept()
        return return_id

    def _show_blocked(self, exc: ReturnBlocked) -> None:
        reasons = []
        if exc.closed_on is not None:
            reasons.append(
                self.tr("Outside the return window: it closed on %1.").replace(
                    "%1", self._formatter.date(exc.closed_on)
                )
            )
        if exc.items:
            separator = "، " if self._formatter.prefs.language in ("ar", "fa") else ", "
            names = separator.join("\u2068" + item + "\u2069" for item in exc.items)
            reasons.append(self.tr("Not returnable under your policy: %1.").replace("%1", names))
        text = " ".join(reasons) + " " + self.tr("To allow it anyway, write why below and save again.")
        self.blocked.show_message(text)
        self.override_label.show()
        self.override.show()
        self.override.setFocus()

    def _show_invalid(self, exc: InvalidInput) -> None:
        if exc.field == "quantity":
            self.quantity_error.show_message(self.tr("Choose how many of each item come back."))
        elif exc.field == "reason_text":
            self.reason_error.show_message(self.tr("Say what the reason is."))
        elif exc.field == "order":
            self.order_error.show_message(self.tr("A cancelled order cannot be returned."))
        else:
            self.reason_error.show_message(self.tr("This cannot be saved: %1").replace("%1", exc.reason))
