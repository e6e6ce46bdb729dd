"""Returns page: the list of returns with a status filter, a return's page with its history, and the steps a
return takes (approve or reject, received, inspected, refund or store credit, close), each with who and when."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.errors import InvalidInput
from shopdesk.services.numbers import ascii_digits, order_number
from shopdesk.services.return_rules import CONDITIONS, NEXT_STEPS, RESOLUTION_STATUS, STATUSES
from shopdesk.views.labels import condition_text, reason_text, return_status_text
from shopdesk.views.roles import OwnerGuard, record, require_owner
from shopdesk.views.widgets import IsolatingDelegate, desk_user, fill_combo, open_owned

if TYPE_CHECKING:
    from shopdesk.services.print_studio import PrintService
    from shopdesk.services.product_records import ProductRow
    from shopdesk.services.return_records import ReturnDetail
    from shopdesk.services.returns import ReturnService
    from shopdesk.views.locale_format import Formatter
    from shopdesk.views.preferences import DisplayPreferences


class ReturnsView(QWidget):
    returns_changed = Signal()
    status_message = Signal(str)

    def __init__(
        self,
        *,
        returns: ReturnService,
        order_id_for: Callable[[int], int | None],
        formatter: Callable[[], Formatter],
        prints: PrintService | None = None,
        display_for: Callable[[str], DisplayPreferences] | None = None,
        products: Callable[[], list[ProductRow]] | None = None,
        guard: OwnerGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._returns = returns
        self._guard = guard  # refunds, store credit and the policy need the owner once the shop has accounts
        self._prints = prints
        self._display_for = display_for
        self._products = products
        self.exchange_dialog = None
        self._order_id_for = order_id_for
        self._formatter = formatter
        self.actor = desk_user()
        self.rows = []
        self.detail: ReturnDetail | None = None
        self.return_dialog = None
        self.give_back_dialog = None  # the refund / store credit question while it is open

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.status_filter = QComboBox()
        self.order_filter = QLineEdit()
        self.order_filter.setClearButtonEnabled(True)
        self.order_filter.setMaximumWidth(160)
        self.new_button = QPushButton()
        self.policy_button = QPushButton()
        self.policy_dialog = None
        self.table = QTableWidget(0, 6)
        self.table.setItemDelegate(IsolatingDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.heading = QLabel()
        self.heading.setObjectName("returnHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.facts = QLabel()
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setWordWrap(True)
        self.history = QListWidget()
        self.step_buttons: dict[str, QPushButton] = {}
        for step in ("approved", "rejected", "received", "inspected", "refunded", "credited", "exchanged", "closed"):
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, s=step: self.take_step(s))
            self.step_buttons[step] = button
        self.condition = QComboBox()
        self.slip_button = QPushButton()
        self.slip_button.clicked.connect(lambda: self.save_slip())

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.order_filter)
        top.addWidget(self.status_filter)
        top.addWidget(self.policy_button)
        top.addWidget(self.new_button)
        steps = QHBoxLayout()
        steps.addWidget(self.condition)
        for button in self.step_buttons.values():
            steps.addWidget(button)
        steps.addStretch(1)
        steps.addWidget(self.slip_button)
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.addWidget(self.heading)
        panel_layout.addWidget(self.facts)
        panel_layout.addLayout(steps)
        panel_layout.addWidget(self.history, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.order_filter.textChanged.connect(lambda _t: self.refresh())
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.new_button.clicked.connect(lambda: self.start_return())
        self.policy_button.clicked.connect(self.open_policy)
        self._retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Returns"))
        self.new_button.setText(self.tr("Start a return…"))
        self.order_filter.setPlaceholderText(self.tr("Order number"))
        self.slip_button.setText(self.tr("Return slip (PDF)…"))
        self.policy_button.setText(self.tr("Return policy…"))
        fill_combo(self.status_filter, STATUSES, return_status_text, everything=self.tr("All returns"))
        fill_combo(self.condition, CONDITIONS, condition_text)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("RMA"),
                self.tr("Order"),
                self.tr("Customer"),
                self.tr("Status"),
                self.tr("Reason"),
                self.tr("Refund"),
            ]
        )
        words = {
            "approved": self.tr("Approve"),
            "rejected": self.tr("Reject…"),
            "received": self.tr("Mark received"),
            "inspected": self.tr("Inspected"),
            "refunded": self.tr("Refund"),
            "credited": self.tr("Give store credit"),
            "exchanged": self.tr("Exchange…"),
            "closed": self.tr("Close"),
        }
        for step, button in self.step_buttons.items():
            button.setText(words[step])

    # --- the list ---------------------------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else (self.detail.row.id if self.detail else None)
        status = self.status_filter.currentData()
        number = order_number(ascii_digits(self.order_filter.text()).strip().lstrip("#"))
        self.rows = self._returns.list_returns(statuses=(status,) if status else (), order_number=number)
        f = self._formatter()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = (
                f.plain_digits(row.number),
                f.plain_digits(row.order_number),
                row.customer_name,
                return_status_text(row.status),
                reason_text(row.reason),
                f.money(row.refund_minor, row.currency) if row.refund_minor else "",
            )
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.blockSignals(False)
        ids = [row.id for row in self.rows]
        if current in ids:
            self.table.selectRow(ids.index(current))
            self.show_return(current)
        elif self.detail is not None and current is not None:
            self.show_return(current)
        else:
            self._show_nothing()

    def _on_table_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.show_return(self.rows[rows[0].row()].id)

    # --- one return -------------------------------------------------------------------------------------------
    def show_return(self, return_id: int) -> None:
        detail = self._returns.get_return(return_id)
        self.detail = detail
        f = self._formatter()
        row = detail.row
        heading = self.tr("Return %1 · order %2").replace("%1", f.plain_digits(row.number))
        heading = heading.replace("%2", f.plain_digits(row.order_number))
        if row.customer_name:
            heading += " · " + row.customer_name
        self.heading.setText(heading + " · " + return_status_text(row.status))
        separator = "، " if f.prefs.language in ("ar", "fa") else ", "
        items = separator.join(f"{f.integer(line.quantity)} × \u2068{line.description}\u2069" for line in detail.lines)
        facts = [
            self.tr("Items: %1").replace("%1", items),
            self.tr("Reason: %1").replace(
                "%1", reason_text(row.reason) + (f" ({detail.reason_text})" if detail.reason_text else "")
            ),
        ]
        quote = detail.give_back
        if quote is not None and quote.order_paid_minor <= 0:
            facts.append(
                self.tr("Paid for these items: %1 — order %2 was not paid.")
                .replace("%1", f.money(0, row.currency))
                .replace("%2", f.plain_digits(row.order_number))
            )
        else:
            paid = quote.paid_minor if quote is not None else row.value_minor
            facts.append(self.tr("Paid for these items: %1").replace("%1", f.money(paid, row.currency)))
        if detail.fee_minor:
            facts.append(self.tr("Restocking fee: %1").replace("%1", f.money(detail.fee_minor, row.currency)))
        if detail.override_reason:
            facts.append(self.tr("Allowed outside the policy because: %1").replace("%1", detail.override_reason))
        if detail.rejection_reason:
            facts.append(self.tr("Rejected because: %1").replace("%1", detail.rejection_reason))
        if detail.condition:
            facts.append(self.tr("Condition: %1").replace("%1", condition_text(detail.condition)))
        if row.refund_minor or row.status in ("refunded", "credited"):
            facts.append(self.tr("Given back: %1").replace("%1", f.money(row.refund_minor, row.currency)))
        elif row.status == "inspected" and quote is not None:
            facts.append(self.tr("To give back: %1").replace("%1", f.money(quote.amount_minor, row.currency)))
        if detail.resolution == "none":
            facts.append(self.tr("Closed without refund because: %1").replace("%1", detail.nothing_back_reason))
        elif detail.nothing_back_reason:
            facts.append(self.tr("Nothing given back because: %1").replace("%1", detail.nothing_back_reason))
        if detail.replacement_order_number is not None:
            facts.append(
                self.tr("Exchanged for order %1").replace("%1", f.plain_digits(detail.replacement_order_number))
            )
        if detail.note:
            facts.append(self.tr("Note: %1").replace("%1", detail.note))
        self.facts.setText("\n".join(facts))
        self.history.clear()
        for event in detail.history:
            text = f"\u2068{f.datetime(event.at)}\u2069  {return_status_text(event.to_status)}"
            if event.actor:
                text += " · " + event.actor
            if event.note:
                text += " · " + event.note
            self.history.addItem(text)
        allowed = set(NEXT_STEPS.get(row.status, ()))
        offered = self._returns.policy().resolutions
        allowed -= {RESOLUTION_STATUS[r] for r in RESOLUTION_STATUS if r not in offered}
        if self._products is None:
            allowed.discard("exchanged")
        if detail.customer_id is None:
            allowed.discard("credited")  # a walk-in sale: no customer to hold store credit
        if row.status == "inspected" and (quote is None or quote.amount_minor):
            allowed.discard("closed")  # closing an inspected return gives nothing: only when nothing is owed
        for step, button in self.step_buttons.items():
            button.setVisible(step in allowed)
        self.step_buttons["closed"].setText(
            self.tr("Close without refund") if row.status == "inspected" else self.tr("Close")
        )
        self.condition.setVisible("inspected" in allowed)
        self.slip_button.setVisible(self._prints is not None)

    def _show_nothing(self) -> None:
        self.detail = None
        self.heading.setText(self.tr("Choose a return, or start one from an order."))
        self.facts.setText("")
        self.history.clear()
        for button in self.step_buttons.values():
            button.hide()
        self.condition.hide()
        self.slip_button.hide()

    def take_step(self, step: str) -> bool:
        if self.detail is None:
            return False
        return_id = self.detail.row.id
        try:
            if step == "approved":
                self._returns.approve(return_id, actor=self.actor)
            elif step == "rejected":
                reason = self.ask_rejection_reason()
                if not reason:
                    return False
                self._returns.reject(return_id, reason, actor=self.actor)
            elif step == "received":
                self._returns.receive(return_id, actor=self.actor)
            elif step == "inspected":
                self._returns.inspect(return_id, self.condition.currentData(), actor=self.actor)
            elif step in ("refunded", "credited") or (step == "closed" and self.detail.row.status == "inspected"):
                return self._give_back(step)
            elif step == "exchanged":
                line = self.ask_exchange_line()
                if line is None:
                    return False
                done = self._returns.exchange(return_id, [line], actor=self.actor)
                f = self._formatter()
                text = self.tr("Replacement order %1 placed.").replace("%1", f.plain_digits(done.order_number))
                if done.due_minor:
                    text += " " + self.tr("Left to pay: %1.").replace(
                        "%1", f.money(done.due_minor, self.detail.row.currency)
                    )
                if done.credit_minor:
                    text += " " + self.tr("Store credit: %1.").replace(
                        "%1", f.money(done.credit_minor, self.detail.row.currency)
                    )
                self.status_message.emit(text)
            elif step == "closed":
                self._returns.close(return_id, actor=self.actor)
        except InvalidInput as exc:
            self._refused(return_id, exc)
            return False
        self.refresh(return_id)
        self.returns_changed.emit()
        return True

    def _give_back(self, step: str) -> bool:
        """Refund, store credit, or closing an inspected return with nothing to give back: the owner's PIN (once
        the shop has accounts), then the amount and the customer confirmed, or the reason nothing goes back."""
        row = self.detail.row
        resolution = "credit" if step == "credited" else "refund"
        action = "return.credit" if step == "credited" else "return.refund"
        if not require_owner(self._guard, self, action, audit=False):
            return False
        try:
            quote = self._returns.give_back(row.id)
            answer = self.confirm_give_back(quote, resolution)
            if answer is None:
                return False
            if quote.amount_minor == 0:
                self._returns.close(row.id, actor=self.actor, reason=answer)
            else:
                self._returns.resolve(row.id, resolution, actor=self.actor, expected_minor=quote.amount_minor)
        except InvalidInput as exc:
            self._refused(row.id, exc)
            return False
        details = {"return": row.number, "amount_minor": quote.amount_minor, "currency": row.currency}
        if quote.amount_minor == 0:
            details["closed_without_refund"] = answer
        record(self._guard, action, details)
        f = self._formatter()
        if quote.amount_minor == 0:
            self.status_message.emit(
                self.tr("Return %1 closed without refund.").replace("%1", f.plain_digits(row.number))
            )
        else:
            self.status_message.emit(self.tr("Give back %1.").replace("%1", f.money(quote.amount_minor, row.currency)))
        self.refresh(row.id)
        self.returns_changed.emit()
        return True

    def confirm_give_back(self, quote, resolution: str) -> str | None:  # noqa: ANN001
        """Ask before anything is given back (a modal dialog): None when cancelled; "" to give ``quote``'s amount;
        the reason written, to close with nothing given back."""
        from shopdesk.views.give_back_dialog import GiveBackDialog

        dialog = GiveBackDialog(quote, resolution, formatter=self._formatter(), parent=self)
        self.give_back_dialog = dialog
        try:
            if dialog.exec() != GiveBackDialog.DialogCode.Accepted:
                return None
            return dialog.reason_text() if dialog.nothing_to_give else ""
        finally:
            self.give_back_dialog = None
            dialog.deleteLater()

    def _refused(self, return_id: int, exc: InvalidInput) -> None:
        f = self._formatter()
        if exc.field == "amount":
            text = self.tr("Nothing was given back: another desk changed what this return gives back. It is now %1.")
            text = text.replace("%1", f.money(int(exc.value or 0), self.detail.row.currency))
        elif exc.field == "zero_reason":
            text = self.tr("Nothing is given back without a reason: write why.")
        elif exc.field == "resolution" and exc.reason == "something to give back":
            text = self.tr("This return still has money to give back: refund it, give store credit or reject it.")
        else:
            text = self.tr("This step cannot be taken now: %1").replace("%1", exc.reason)
        self.status_message.emit(text)
        self.refresh(return_id)

    def save_slip(self) -> bool:
        """Write the return slip for the parcel as a PDF where the user chooses."""
        if self.detail is None or self._prints is None:
            return False
        from shopdesk.views.print_texts import texts_for

        row = self.detail.row
        target = self.ask_slip_path(f"return-{row.number}.pdf")
        if not target:
            return False
        try:
            self._prints.write_return_slip(row.id, texts_for(self._display_for), target)
        except OSError as exc:
            self.status_message.emit(self.tr("The slip could not be saved: %1").replace("%1", exc.strerror or str(exc)))
            return False
        self.status_message.emit(self.tr("Return slip saved to %1.").replace("%1", str(target)))
        return True

    def ask_slip_path(self, suggested: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Return slip"), suggested, "PDF (*.pdf)")
        return path

    def ask_exchange_line(self):  # noqa: ANN201
        """The item that goes out instead (a modal dialog; tests replace this method)."""
        from shopdesk.services.money import minor_digits
        from shopdesk.views.exchange_dialog import ExchangeDialog

        dialog = ExchangeDialog(
            products=self._products() if self._products else [],
            formatter=self._formatter(),
            currency_digits=minor_digits(self.detail.row.currency),
            parent=self,
        )
        return dialog.line if dialog.exec() == ExchangeDialog.DialogCode.Accepted else None

    def ask_rejection_reason(self) -> str:
        text, ok = QInputDialog.getText(self, self.tr("Reject the return"), self.tr("Why is it rejected?"))
        return text.strip() if ok else ""

    def open_policy(self) -> None:
        from shopdesk.views.return_policy_dialog import ReturnPolicyDialog

        if not require_owner(self._guard, self, "returns.policy"):
            return
        open_owned(
            self, "policy_dialog", ReturnPolicyDialog(returns=self._returns, formatter=self._formatter(), parent=self)
        )

    def start_return(self, order_id: int | None = None) -> None:
        from shopdesk.views.return_dialog import ReturnDialog

        dialog = ReturnDialog(
            returns=self._returns,
            order_id_for=self._order_id_for,
            formatter=self._formatter(),
            actor=self.actor,
            order_id=order_id,
            guard=self._guard,
            parent=self,
        )
        dialog.return_started.connect(self._on_return_started)
        open_owned(self, "return_dialog", dialog)

    def _on_return_started(self, return_id: int) -> None:
        self.status_filter.setCurrentIndex(0)
        self.refresh(return_id)
        self.returns_changed.emit()
