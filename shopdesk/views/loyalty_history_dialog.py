"""A customer's loyalty history across programs (the ledger, newest first), with adjustments by hand: stamps or
points added or taken with a reason, kept with who did it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.errors import InvalidInput
from shopdesk.services.text import isolate_ltr, safe_single_line
from shopdesk.views.roles import OwnerGuard, record, require_owner
from shopdesk.views.widgets import EditingDialog, FieldError, desk_user

if TYPE_CHECKING:
    from shopdesk.services.loyalty import LoyaltyService
    from shopdesk.views.locale_format import Formatter

COLUMNS = 6  # when, program, what, amount, order, who and why


class LoyaltyHistoryDialog(EditingDialog):
    changed = Signal()

    def __init__(
        self,
        *,
        loyalty: LoyaltyService,
        customer_id: int,
        customer_name: str,
        formatter: Formatter,
        guard: OwnerGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loyaltyHistoryDialog")
        self._guard = guard  # adjustments by hand need the owner once the shop has accounts
        self._loyalty = loyalty
        self._customer_id = customer_id
        self._formatter = formatter
        self.setWindowTitle(self.tr("Loyalty history of %1").replace("%1", safe_single_line(customer_name)))
        self.table = QTableWidget(0, COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Program"), self.tr("What"), self.tr("Amount"), self.tr("Order"), self.tr("Note")]
        )

        self.adjust_box = QGroupBox(self.tr("Adjust by hand"))
        self.program = QComboBox()
        self.amount = QSpinBox()
        self.amount.setRange(-1_000_000, 1_000_000)
        self.amount.setLocale(formatter.locale)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why, e.g. card from the old paper system"))
        self.error = FieldError()
        self.adjust_button = QPushButton(self.tr("Adjust"))
        form = QFormLayout(self.adjust_box)
        form.addRow(self.tr("Program"), self.program)
        form.addRow(self.tr("Stamps or points (minus takes away)"), self.amount)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.error)
        form.addRow(self.adjust_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.adjust_box)
        layout.addWidget(buttons)
        self.adjust_button.clicked.connect(self.adjust)
        self.resize(820, 520)

        for program in loyalty.programs():
            if program.kind in ("punch", "points"):
                self.program.addItem(program.name, program.id)
        self.adjust_box.setVisible(self.program.count() > 0)
        self.refresh()

    def kind_text(self, kind: str) -> str:
        return {
            "earned": self.tr("earned"),
            "rewarded": self.tr("reward issued"),
            "redeemed": self.tr("points used"),
            "expired": self.tr("expired"),
            "reversed": self.tr("taken back"),
            "adjusted": self.tr("adjusted"),
            "tier": self.tr("tier changed"),
        }.get(kind, kind)

    def refresh(self) -> None:
        f = self._formatter
        entries = self._loyalty.history(self._customer_id)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            note = " · ".join(part for part in (entry.actor, entry.note) if part)
            if entry.kind in ("rewarded", "redeemed"):
                note = isolate_ltr(entry.note)  # the code
            amount = "" if entry.kind == "tier" or not entry.stamps else f.integer(entry.stamps)
            if entry.stamps > 0 and entry.kind != "tier":
                amount = f.locale.positiveSign() + amount  # with the language's own marks, as its minus has
            values = (
                f.datetime(entry.at),
                entry.program_name,
                self.kind_text(entry.kind) + (f" — {entry.note}" if entry.kind == "tier" and entry.note else ""),
                amount,
                f.plain_digits(entry.order_number) if entry.order_number else "",
                safe_single_line(note),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)

    def adjust(self) -> bool:
        program_id = self.program.currentData()
        if not require_owner(self._guard, self, "loyalty.adjust", audit=False):
            return False
        try:
            self._loyalty.adjust(
                self._customer_id, program_id, self.amount.value(), self.reason.text(), actor=desk_user()
            )
        except InvalidInput as exc:
            self.error.show_message(
                self.tr("Say why the card changes.")
                if exc.field == "reason"
                else self.tr("Choose how many stamps or points to add (or, with a minus, to take away).")
            )
            return False
        details = {"customer_id": self._customer_id, "program_id": program_id, "amount": self.amount.value()}
        record(self._guard, "loyalty.adjust", details | {"reason": self.reason.text()})
        self.error.show_message("")
        self.amount.setValue(0)
        self.reason.clear()
        self.remember_entries()  # saved: closing now loses nothing
        self.refresh()
        self.changed.emit()
        return True
