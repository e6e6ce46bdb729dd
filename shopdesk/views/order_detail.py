"""One order's page: its customer, lines, totals, shipping details and its whole history (status moves, edits with
who and what, prints). "Edit…" opens the order form filled with the order, until it is packed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.addresses import Address, address_lines
from shopdesk.services.order_rows import EDITABLE_STATUSES, STATUSES, OrderDetail
from shopdesk.services.text import isolate_ltr, safe_single_line
from shopdesk.views.address_fields import country_name
from shopdesk.views.labels import channel_text, in_ui_direction, payment_text, status_text
from shopdesk.views.locale_format import Formatter
from shopdesk.views.order_history_texts import change_text, not_editable_text
from shopdesk.views.widgets import IsolatingDelegate, fit_menu_button, open_owned

if TYPE_CHECKING:
    from collections.abc import Callable

    from shopdesk.services.feedback import FeedbackService
    from shopdesk.services.orders import OrderService
    from shopdesk.services.payments import PaymentService
    from shopdesk.services.print_studio import PrintService
    from shopdesk.services.tax.printing import TaxPrintService
    from shopdesk.services.tax.service import TaxService
    from shopdesk.views.preferences import DisplayPreferences


class OrderDetailDialog(QDialog):
    status_changed = Signal(int)  # order id
    return_asked = Signal(int)  # order id: start a return of this order

    def __init__(
        self,
        *,
        orders: OrderService,
        order_id: int,
        formatter: Formatter,
        feedback: FeedbackService | None = None,
        prints: PrintService | None = None,
        display_for: Callable[[str], DisplayPreferences] | None = None,
        payments: PaymentService | None = None,
        edit_form: Callable[[OrderDetail, QWidget], QDialog] | None = None,
        tax_prints: TaxPrintService | None = None,
        tax: TaxService | None = None,
        parent: QWidget | None = None,
    ):
        """``prints`` and ``display_for`` (the desk's display for a language): "Print insert…" is offered with them.
        ``edit_form(detail, parent)``: the order form in edit mode (``OrderEditDialog``); "Edit…" is offered with
        it. ``tax``: an order carrying VAT shows its net, VAT by rate, gross and invoice number."""
        super().__init__(parent)
        self._tax = tax
        self.tax_view = None  # the order's tax (services/tax/records.OrderTaxView) or None
        self._edit_form = edit_form
        self.edit_dialog = None
        self._feedback = feedback
        self._prints = prints
        self._display_for = display_for
        self.setObjectName("orderDetail")
        self._orders = orders
        self._order_id = order_id
        self._formatter = formatter
        self.detail: OrderDetail | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.mark_button = QPushButton()
        self.mark_menu = QMenu(self)
        self.mark_button.setMenu(self.mark_menu)
        self.facts = QFormLayout()
        self._fact_labels = [(QLabel(), QLabel()) for _ in range(10)]
        for caption, value in self._fact_labels:
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            self.facts.addRow(caption, value)
        self.lines = QTableWidget(0, 5)
        self.lines.verticalHeader().hide()
        self.lines.setMinimumHeight(130)
        self.lines.setItemDelegate(IsolatingDelegate(self.lines))
        self.lines.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel()
        self.totals.setStyleSheet("font-weight: bold;")
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.tax_lines = QLabel()  # net, VAT by rate, gross, the invoice in force
        self.tax_lines.setObjectName("orderTaxLines")
        self.tax_lines.setTextFormat(Qt.TextFormat.PlainText)
        self.tax_lines.setWordWrap(True)
        self.refused = QLabel()
        self.refused.setObjectName("refusedMove")
        self.refused.setStyleSheet("color: #b00020;")
        self.payments_panel = None  # the money: paid, balance, payments and refunds (views/payments_panel)
        if payments is not None:
            from shopdesk.views.payments_panel import PaymentsPanel

            self.payments_panel = PaymentsPanel(payments=payments, formatter=formatter)
            self.payments_panel.paid.connect(self._on_payments_panel_paid)
        self.history_title = QLabel()
        self.history = QListWidget()
        self.history.setObjectName("orderHistory")
        self.history.setMaximumHeight(220)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editOrder")
        self.edit_button.clicked.connect(self.open_edit)
        self.edit_button.setVisible(edit_form is not None)
        self.edit_note = QLabel()  # why it cannot be edited any more
        self.edit_note.setObjectName("editNote")
        self.edit_note.setWordWrap(True)
        self.edit_note.setStyleSheet("color: palette(placeholder-text);")
        self.return_button = QPushButton()
        self.return_button.clicked.connect(self._on_return_button_clicked)
        self.feedback_button = QPushButton()
        self.feedback_button.clicked.connect(self.open_feedback)
        self.feedback_button.setVisible(feedback is not None)
        self.feedback_dialog = None
        self.print_button = QPushButton()  # the order's packing insert, saved as a PDF the way the Print area does
        self.print_button.setObjectName("printInsert")
        self.print_button.clicked.connect(self.print_insert)
        self.print_button.setVisible(prints is not None and display_for is not None)
        self.print_note = QLabel()
        self.print_note.setObjectName("printNote")
        self.print_note.setTextFormat(Qt.TextFormat.PlainText)
        self.print_note.setWordWrap(True)
        from shopdesk.views.tax_print_buttons import TaxPrintButtons  # "Print receipt…", "Print invoice…"

        self.tax_print = TaxPrintButtons(
            tax_prints=tax_prints, order_id=order_id, display_for=display_for, note=self.print_note
        )
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.mark_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.return_button)
        bottom.addWidget(self.feedback_button)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.tax_print)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.refused)
        layout.addWidget(self.edit_note)
        layout.addLayout(self.facts)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.tax_lines)
        if self.payments_panel is not None:
            layout.addWidget(self.payments_panel)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history)
        layout.addWidget(self.print_note)
        layout.addLayout(bottom)
        self.resize(780, 700)
        self.reload()

    def reload(self) -> None:
        self.detail = self._orders.get_order(self._order_id)
        self.tax_view = self._tax.order_tax(self._order_id) if self._tax is not None else None
        if self.payments_panel is not None:
            self.payments_panel.load(self._order_id)
        self._retranslate()

    def _on_payments_panel_paid(self, order_id: int) -> None:
        self.status_changed.emit(order_id)  # paid and balance (and maybe the status) changed in the lists
        self.reload()

    def open_edit(self, _checked: bool = False) -> None:
        """The order form filled with this order; saved, the page shows the order as edited."""
        if self._edit_form is None or self.detail is None or self.detail.row.status not in EDITABLE_STATUSES:
            return
        dialog = self._edit_form(self.detail, self)
        dialog.order_edited.connect(self._on_edit_dialog_order_edited)
        open_owned(self, "edit_dialog", dialog)

    def _on_edit_dialog_order_edited(self, order_id: int) -> None:
        self.reload()
        self.status_changed.emit(order_id)  # lists and figures showing it refresh as after a move

    def mark(self, status: str) -> None:
        result = self._orders.change_status([self._order_id], status)
        if result.changed:
            self.status_changed.emit(self._order_id)
        self.reload()
        reason = result.skipped.get(self._order_id)
        reasons = {
            "already there": self.tr("The order is already %1.").replace("%1", status_text(status)),
            "final": self.tr("A delivered or cancelled order does not move any more."),
            "backwards": self.tr("An order does not move back to an earlier step."),
            "changed meanwhile": self.tr("Another desk changed this order just now; look again."),
        }
        self.refused.setText(reasons.get(reason, reason or ""))

    def open_feedback(self) -> None:
        from shopdesk.views.feedback_dialog import FeedbackDialog

        dialog = FeedbackDialog(
            feedback=self._feedback, order_id=self._order_id, formatter=self._formatter, parent=self
        )
        open_owned(self, "feedback_dialog", dialog)

    def print_insert(self, _checked: bool = False) -> None:
        """Save this order's packing insert as a PDF (asked where) and note on the order that it was printed."""
        if self._prints is None or self._display_for is None or self.detail is None:
            return
        target = self._ask_save_path(f"insert-{self.detail.row.number}.pdf")
        if not target:
            return
        from shopdesk.services.errors import DatabaseBusy
        from shopdesk.services.print_requests import LANGUAGES, PrintRequest
        from shopdesk.views.busy import refused_text
        from shopdesk.views.print_texts import document_text

        request = PrintRequest(document="inserts")
        # as the Print area makes them: each language's words from this desk's display for it
        made = {language: document_text(self._display_for(language)) for language in LANGUAGES}
        try:
            for _progress in self._prints.write_pdf([self._order_id], request, made.__getitem__, Path(target)):
                pass
            self._prints.record_printed([self._order_id], request)
        except DatabaseBusy as exc:
            self.print_note.setText(refused_text(exc))
            return
        except OSError as exc:
            self.print_note.setText(self.tr("The PDF could not be saved: %1").replace("%1", exc.strerror or str(exc)))
            return
        self.print_note.setText(self.tr("The insert is saved in %1.").replace("%1", isolate_ltr(target)))

    def _ask_save_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), suggested, "PDF (*.pdf)")
        return path

    def _on_return_button_clicked(self) -> None:
        self.return_asked.emit(self._order_id)
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.detail is not None:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        detail, f = self.detail, self._formatter
        assert detail is not None
        row, currency = detail.row, detail.row.currency
        self.setWindowTitle(self.tr("Order %1").replace("%1", f.plain_digits(row.number)))
        self.heading.setText(
            self.tr("Order %1 · %2").replace("%1", f.plain_digits(row.number)).replace("%2", status_text(row.status))
        )
        self.mark_button.setText(self.tr("Mark as…"))
        self.edit_button.setText(self.tr("Edit…"))
        editable = row.status in EDITABLE_STATUSES
        self.edit_button.setEnabled(editable)
        self.edit_note.setText("" if editable else not_editable_text(row.status))
        self.edit_note.setVisible(not editable and self._edit_form is not None)
        fit_menu_button(self.mark_button)
        self.print_button.setText(self.tr("Print insert…"))
        self.print_button.setToolTip(self.tr("Save this order's packing insert as a PDF, to print"))
        self.mark_menu.clear()
        for status in STATUSES:
            action = self.mark_menu.addAction(status_text(status))
            action.triggered.connect(lambda _checked=False, s=status: self.mark(s))
        customer = safe_single_line(row.customer_name) if row.customer_name else self.tr("Walk-in sale")
        if row.customer_phone:
            customer += "  " + self._formatter.phone(row.customer_phone)
        facts = [
            (self.tr("Customer"), customer),
            (self.tr("Placed"), f.datetime(row.created_at)),
            (self.tr("Channel"), channel_text(row.channel)),
            (
                self.tr("Payment"),
                payment_text(detail.payment_method)
                + " · "
                + self.tr("paid %1").replace("%1", f.money(detail.paid_minor, currency)),
            ),
            (
                self.tr("Shipping"),
                " · ".join(
                    p for p in (detail.carrier, isolate_ltr(row.tracking_number) if row.tracking_number else "") if p
                )
                or "—",
            ),
            (self.tr("Expected delivery"), f.long_date(detail.expected_delivery) if detail.expected_delivery else "—"),
            (self.tr("Gift message"), detail.gift_message or "—"),
            (self.tr("Internal notes"), detail.notes or "—"),
            (self.tr("Ship to"), self._address_text(detail.ship_to) if detail.ship_to else "—"),
            (self.tr("Bill to"), self._address_text(detail.bill_to) if detail.bill_to else self.tr("Same as ship to")),
        ]
        for (caption, value), (caption_text, value_text) in zip(self._fact_labels, facts, strict=True):
            caption.setText(caption_text)
            value.setText(in_ui_direction(value_text))
        bill = self._fact_labels[-1]
        for label in bill:  # a bill-to only when the order has an address
            label.setVisible(detail.ship_to is not None or detail.bill_to is not None)
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Quantity"), self.tr("Unit price"), self.tr("Discount"), self.tr("Total")]
        )
        self.lines.setRowCount(len(detail.lines))
        for index, line in enumerate(detail.lines):
            discount = f.money(line.discount_minor, currency) if line.discount_minor else ""
            if line.discount_basis_points is not None:  # the percent typed and what it came to
                discount = f.basis_points(line.discount_basis_points) + " = " + f.money(line.discount_minor, currency)
            name = safe_single_line(line.description)
            if line.sku and line.sku.casefold() != line.description.casefold():
                name += "  \u2066" + safe_single_line(line.sku) + "\u2069"
            cells = (
                name,
                f.integer(line.quantity),
                f.money(line.unit_price_minor, currency),
                discount,
                f.money(line.total_minor, currency),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
                self.lines.setItem(index, column, item)
        discount = ""
        if detail.discount_minor:
            amount = f.money(detail.discount_minor, currency)
            if detail.discount_basis_points is not None:
                amount = f.basis_points(detail.discount_basis_points) + " = " + amount
            discount = self.tr("Discount %1").replace("%1", amount)
            if detail.discount_code:
                discount += " (" + isolate_ltr(detail.discount_code) + ")"
            discount += " · "
        self.totals.setText(
            self.tr("Subtotal %1").replace("%1", f.money(detail.subtotal_minor, currency))
            + " · "
            + discount
            + self.tr("Shipping %1").replace("%1", f.money(detail.shipping_minor, currency))
            + " · "
            + self._vat_in_total(currency)
            + self.tr("Total %1").replace("%1", f.money(row.total_minor, currency))
        )
        self.tax_lines.setVisible(self.tax_view is not None)
        self.tax_lines.setText(self._tax_text(currency) if self.tax_view is not None else "")
        self.history_title.setText(self.tr("History"))
        self.history.clear()
        steps = []  # status changes and prints, in the order they happened
        for event in detail.history:
            step = status_text(event.to_status)
            if event.from_status:  # the arrow points the way the line reads
                arrow = " ← " if f.locale.textDirection() == Qt.LayoutDirection.RightToLeft else " → "
                step = status_text(event.from_status) + arrow + step
            steps.append((event.at, step))
        arrow = " ← " if f.locale.textDirection() == Qt.LayoutDirection.RightToLeft else " → "
        for change in detail.changes:
            who = (safe_single_line(change.actor) + ": ") if change.actor else ""
            steps.append((change.at, who + change_text(change, f, arrow, currency)))
        printed = {"inserts": self.tr("Packing insert printed (%1)"), "notes": self.tr("Thank-you note printed (%1)")}
        for entry in detail.prints:
            steps.append((entry.at, printed.get(entry.document, entry.document).replace("%1", entry.size.upper())))
        for at, step in sorted(steps, key=lambda pair: pair[0]):
            self.history.addItem(f"\u2068{f.datetime(at)}\u2069  {step}")
        self.close_button.setText(self.tr("Close"))
        self.return_button.setText(self.tr("Start a return…"))
        self.feedback_button.setText(self.tr("Record feedback…"))

    def _vat_in_total(self, currency: str) -> str:
        """The VAT in the totals line: added on top (prices before tax), or included in the total."""
        tax = self.tax_view
        if tax is None:
            return ""
        amount = self._formatter.money(tax.tax_minor, currency)
        if tax.prices_include_tax:
            return self.tr("incl. VAT %1").replace("%1", amount) + " · "
        return self.tr("VAT %1").replace("%1", amount) + " · "

    def _tax_text(self, currency: str) -> str:
        """Net, the VAT of each rate, gross, and the invoice in force (and credit notes) of a taxed order."""
        tax, f = self.tax_view, self._formatter
        parts = [self.tr("Net %1").replace("%1", f.money(tax.net_minor, currency))]
        for rate in tax.by_rate:
            if rate.kind == "standard":
                name = self.tr("VAT %1").replace("%1", f.basis_points(rate.basis_points))
            elif rate.kind == "zero":
                name = self.tr("Zero-rated")
            else:
                name = self.tr("Exempt")
            parts.append(name + " " + f.money(rate.tax_minor, currency) if rate.kind == "standard" else name)
        parts.append(self.tr("Gross %1").replace("%1", f.money(tax.gross_minor, currency)))
        text = " · ".join(parts)
        if tax.invoice_number is not None:
            text += "\n" + self.tr("Invoice %1").replace("%1", f.plain_digits(tax.invoice_number))
            if tax.credit_notes:
                numbers = (
                    "، ".join(f.plain_digits(n) for n in tax.credit_notes)
                    if f.locale.textDirection() == (Qt.LayoutDirection.RightToLeft)
                    else ", ".join(f.plain_digits(n) for n in tax.credit_notes)
                )
                text += " · " + self.tr("Credit notes %1").replace("%1", numbers)
        return in_ui_direction(text)

    def _address_text(self, address: Address) -> str:
        """The address as it will be printed: the country's order, this window's direction and words."""
        rtl = self._formatter.locale.textDirection() == Qt.LayoutDirection.RightToLeft
        lines = address_lines(address, rtl=rtl, country_name=country_name(address.country))
        return "\n".join(safe_single_line(line) for line in lines)
