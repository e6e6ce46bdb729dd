"""The order form's edit mode: "Edit…" on an order's page opens the same form as a new order
(``OrderFormDialog(edits=…, detail=…)``), filled with what the order holds by ``OrderEditMode``, which saves an edit
(``OrderEditService.edit_order``) instead of a new order. Payment fields show what was paid and are not edited here.

Two desks: the edit names the version it was made on. When another desk saved a change meanwhile, nothing is
written and nothing typed is lost: the form says which fields the other desk changed and offers to keep this edit
(the next Save writes it over the other) or to load the order as it is saved now. An order packed meanwhile is
refused with the reason, the typed edit still on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from shopdesk.services.customer_records import CustomerSummary
from shopdesk.services.errors import OrderChangedMeanwhile, OrderNotEditable
from shopdesk.services.order_rows import OrderDetail, changed_fields, draft_from_detail
from shopdesk.views.order_form import DISCOUNT, ITEM, PRICE, QTY
from shopdesk.views.order_history_texts import field_text, not_editable_text
from shopdesk.views.widgets import desk_user

if TYPE_CHECKING:
    from shopdesk.services.order_edits import OrderEditService
    from shopdesk.views.order_form import OrderFormDialog


class OrderEditMode(QObject):
    """What makes the order form an edit of ``detail``: filling it, saving the edit, the other desk's change."""

    def __init__(self, form: OrderFormDialog, edits: OrderEditService, detail: OrderDetail) -> None:
        super().__init__(form)
        self.form = form
        self._edits = edits
        self.detail = detail  # the version being edited
        self.conflict = QWidget()
        self.conflict.setObjectName("editConflict")
        self.conflict_note = QLabel()
        self.conflict_note.setObjectName("conflictNote")
        self.conflict_note.setTextFormat(Qt.TextFormat.PlainText)
        self.conflict_note.setWordWrap(True)
        self.conflict_note.setStyleSheet("color: #b00020; font-weight: bold;")
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("keepMyEdit")
        self.keep_button.setAutoDefault(False)
        self.keep_button.clicked.connect(self.keep_my_edit)
        self.reload_button = QPushButton()
        self.reload_button.setObjectName("loadSaved")
        self.reload_button.setAutoDefault(False)
        self.reload_button.clicked.connect(self.load_saved)
        row = QHBoxLayout(self.conflict)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.conflict_note, 1)
        row.addWidget(self.keep_button)
        row.addWidget(self.reload_button)
        self.conflict.hide()
        layout = form.layout()
        layout.insertWidget(layout.count() - 1, self.conflict)  # above the totals and buttons
        self._latest: OrderDetail | None = None  # the order as another desk saved it, after a refused save
        self._changed_meanwhile: tuple[str, ...] = ()
        self._refusal: OrderNotEditable | None = None
        for widget in (form.paid, form.payment_method):
            widget.setEnabled(False)
        form.setObjectName("orderEditForm")
        self.fill(detail)

    # --- filling --------------------------------------------------------------------------------------------------
    def fill(self, detail: OrderDetail) -> None:
        """Put the order's content in the form, as if typed."""
        form, f = self.form, self.form._formatter
        money = form._money_text
        row = detail.row
        customer = None
        if row.customer_id is not None:
            customer = CustomerSummary(row.customer_id, row.customer_name, row.customer_phone, "", "")
        form.choose_customer(customer)  # before the address: it fills the customer's default in
        form.customer_search.clear()
        form.new_customer.hide()
        form.lines.setRowCount(0)
        for line in detail.lines:
            index = form.add_line()
            form.lines.blockSignals(True)
            discount = ""
            if line.discount_basis_points is not None:
                discount = f.basis_points(line.discount_basis_points)
            elif line.discount_minor:
                discount = money(line.discount_minor)
            cells = (
                (ITEM, line.description),
                (QTY, f.integer(line.quantity)),
                (PRICE, money(line.unit_price_minor)),
                (DISCOUNT, discount),
            )
            for column, text in cells:
                form.lines.item(index, column).setText(text)
            form.lines.item(index, ITEM).setData(Qt.ItemDataRole.UserRole, line.product_id)
            form.lines.blockSignals(False)
        form.channel.setCurrentIndex(max(0, form.channel.findData(row.channel)))
        form.payment_method.setCurrentIndex(max(0, form.payment_method.findData(detail.payment_method)))
        form.paid.setText(money(detail.paid_minor) if detail.paid_minor else "")
        form._ship_chosen_by_hand = True
        form.ship_check.setChecked(detail.ship_to is not None)
        if detail.ship_to is not None:
            form.ship_fields.set_address(detail.ship_to)
        form.bill_check.setChecked(detail.bill_to is not None)
        if detail.bill_to is not None:
            form.bill_fields.set_address(detail.bill_to)
        if detail.discount_basis_points is not None:
            form.order_discount.setText(f.basis_points(detail.discount_basis_points))
        else:
            form.order_discount.setText(money(detail.discount_minor) if detail.discount_minor else "")
        form.discount_code.setText(detail.discount_code)
        form.shipping.setText(money(detail.shipping_minor) if detail.shipping_minor else "")
        form.carrier.setText(detail.carrier)
        form.tracking_number.setText(row.tracking_number)
        form.has_expected_delivery.setChecked(detail.expected_delivery is not None)
        if detail.expected_delivery is not None:
            form.expected_delivery.setDate(QDate(detail.expected_delivery))
        form.gift_message.setText(detail.gift_message)
        form.notes.setPlainText(detail.notes)
        form._update_totals()

    def customer_changed(self) -> bool:
        chosen = self.form._customer.id if self.form._customer is not None else None
        return chosen != self.detail.row.customer_id

    # --- saving ---------------------------------------------------------------------------------------------------
    def submit(self, draft):  # noqa: ANN001, ANN201 - the EditedOrder, or None when refused (and said why)
        try:
            return self._edits.edit_order(self.detail.row.id, self.detail.version, draft, by=desk_user())
        except OrderChangedMeanwhile:
            self._latest = self.form._orders.get_order(self.detail.row.id)
            self._changed_meanwhile = changed_fields(draft_from_detail(self.detail), draft_from_detail(self._latest))
            self._refusal = None
        except OrderNotEditable as exc:
            self._latest, self._refusal = None, exc
        self._show_conflict()
        return None

    def keep_my_edit(self) -> None:
        """Write this edit over what the other desk saved: the next Save is made on the version saved now."""
        if self._latest is not None:
            self.detail = self._latest
        self._latest = None
        self.conflict.hide()

    def load_saved(self) -> None:
        """Drop what was typed and show the order as it is saved now."""
        if self._latest is not None:
            self.detail = self._latest
            self.fill(self.detail)
            self.form.remember_entries()
        self._latest = None
        self.conflict.hide()

    def _show_conflict(self) -> None:
        self.conflict.show()
        if self._refusal is not None:
            self.conflict_note.setText(
                not_editable_text(self._refusal.reason) + " " + self.tr("What you typed is still here.")
            )
            self.keep_button.hide()
            self.reload_button.hide()
            return
        rtl = self.form.layoutDirection() == Qt.LayoutDirection.RightToLeft
        names = dict.fromkeys(field_text(name) for name in self._changed_meanwhile)  # words, not user data
        changed = ("، " if rtl else ", ").join(names) or self.tr("its status")
        self.conflict_note.setText(
            self.tr(
                "Another desk changed this order while you were editing it (%1). What you typed is still here."
            ).replace("%1", changed)
        )
        self.keep_button.show()
        self.reload_button.show()

    # --- language -------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        form = self.form
        form.setWindowTitle(
            self.tr("Edit order %1").replace("%1", form._formatter.plain_digits(self.detail.row.number))
        )
        form.save_button.setText(self.tr("Save changes (Ctrl+S)"))
        form.paid.setToolTip(self.tr("What was paid is not changed by an edit."))
        self.keep_button.setText(self.tr("Keep my changes"))
        self.reload_button.setText(self.tr("Load the saved order"))
        if self.conflict.isVisible() or self._refusal is not None or self._latest is not None:
            self._show_conflict()
