"""The new-order form: keyboard first, totals as you type, nothing typed is lost when something is wrong.

Pick the customer by typing a name or phone (any digits, Arabic or Persian spellings alike) or create one
inline; add product lines or one-off lines; Ctrl+S saves. A field that cannot be used gets its message right
next to it, and every other field keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.addresses import BookAddress
from shopdesk.services.customer_records import CustomerDraft, CustomerSummary, validate_customer
from shopdesk.services.errors import DatabaseBusy, DuplicatePhone, InvalidInput, NotFound
from shopdesk.services.money import minor_digits
from shopdesk.services.numbers import parse_decimal, parse_discount, parse_money, percent_basis_points
from shopdesk.services.order_rows import (
    CHANNELS,
    PAYMENT_METHODS,
    LineDraft,
    OrderDraft,
    resolve_percents,
    validate_order,
)
from shopdesk.services.product_records import ProductRow
from shopdesk.services.text import isolate_ltr, safe_single_line
from shopdesk.views.address_fields import AddressFields, country_name
from shopdesk.views.busy import waiting_text
from shopdesk.views.input_errors import input_error_text
from shopdesk.views.labels import channel_text, payment_text
from shopdesk.views.locale_format import Formatter
from shopdesk.views.widgets import (
    EditingDialog,
    FieldError,
    IsolatingDelegate,
    NumberLineEdit,
    desk_user,
    fill_combo,
    fill_language_combo,
    side_by_side,
    stacked,
)

if TYPE_CHECKING:
    from shopdesk.services.address_book import AddressBookService
    from shopdesk.services.customers import CustomerService
    from shopdesk.services.loyalty import LoyaltyService
    from shopdesk.services.order_edits import OrderEditService
    from shopdesk.services.order_rows import OrderDetail, Totals
    from shopdesk.services.orders import OrderService
    from shopdesk.services.tax.service import TaxService
    from shopdesk.views.order_edit_form import OrderEditMode

ITEM, QTY, PRICE, DISCOUNT, TOTAL = range(5)
PAID_IN_FULL_KEY = "F8"  # one key: a sale at the counter paid in full on save, or not


class OrderFormDialog(EditingDialog):
    order_placed = Signal(int, int)  # order id, order number
    order_edited = Signal(int)  # order id: in edit mode
    RETRY_MS = 1500  # while a save waits for another desk's import: how often it looks whether it may save now
    TRY_ANYWAY = 5  # ... and every so many looks it tries even if the import still says it is writing

    def __init__(
        self,
        *,
        orders: OrderService,
        customers: CustomerService,
        products: list[ProductRow],
        formatter: Formatter,
        currency: str,
        credit_balance: Callable[[int], int] | None = None,
        loyalty: LoyaltyService | None = None,
        addresses: AddressBookService | None = None,
        edits: OrderEditService | None = None,
        detail: OrderDetail | None = None,
        tax: TaxService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """With ``edits`` and ``detail``, the form edits that saved order (``order_edit_form.OrderEditMode``).
        ``tax``: the shop's VAT, added to the running total (and to what "Paid in full" pays) when prices exclude
        it."""
        super().__init__(parent)
        self._tax = tax
        self.setObjectName("orderForm")
        self.edit_mode: OrderEditMode | None = None
        self._addresses = addresses  # the customer's address book, to ship to
        self._loyalty = loyalty  # reward codes and what this order will earn
        self._credit_balance = credit_balance  # customer id -> store credit in this currency
        self._orders = orders
        self._customers = customers
        self._products = products
        self._formatter = formatter
        self._currency = currency
        self._digits = minor_digits(currency)
        self._customer: CustomerSummary | None = None
        self._usable_points = None
        self._tier_level = None
        self._tier_off = 0  # what the tier's discount and a reward code each put in the order discount
        self._tier_customer_id: int | None = None
        self._reward_off = 0
        self._errors_shown: dict[str, InvalidInput | DuplicatePhone] = {}
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self._waiting_for: object | None = None  # who a save waits for (DatabaseBusy.holder), while it waits
        self._looks = 0
        self._retry_timer = QTimer(self, interval=self.RETRY_MS)
        self._retry_timer.timeout.connect(self._on_retry_timer_timeout)

        # --- customer -------------------------------------------------------------------------------------------
        self.customer_box = QGroupBox()
        self.customer_search = QLineEdit()
        self.customer_search.setObjectName("customerSearch")
        self.customer_search.setClearButtonEnabled(True)
        self.customer_results = QListWidget()
        self.customer_results.setObjectName("customerResults")
        self.customer_results.hide()
        self.customer_chosen = QLabel()
        self.customer_chosen.setObjectName("customerChosen")
        self.customer_chosen.setTextFormat(Qt.TextFormat.PlainText)
        self.new_customer_button = QPushButton()
        self.new_customer = QWidget()
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newCustomerName")
        self.new_phone = QLineEdit()
        self.new_phone.setObjectName("newCustomerPhone")
        self.new_language = QComboBox()
        fill_language_combo(self.new_language, formatter.prefs.language)
        self.use_existing_button = QPushButton()
        self.use_existing_button.hide()
        self.errors = {
            key: FieldError()
            for key in (
                "customer",
                "name",
                "phone",
                "lines",
                "order_discount",
                "discount_code",
                "shipping",
                "paid",
                "carrier",
                "tracking_number",
                "store_credit",
                "gift_message",
                "notes",
            )
        }
        self._new_labels = [QLabel() for _ in range(3)]
        new_form = QFormLayout(self.new_customer)
        new_form.setContentsMargins(0, 0, 0, 0)
        new_form.addRow(self._new_labels[0], stacked(self.new_name, self.errors["name"]))
        new_form.addRow(self._new_labels[1], stacked(self.new_phone, self.errors["phone"], self.use_existing_button))
        new_form.addRow(self._new_labels[2], self.new_language)
        self.new_customer.hide()
        search_row = QHBoxLayout()
        search_row.addWidget(self.customer_search, 1)
        search_row.addWidget(self.new_customer_button)
        customer_layout = QVBoxLayout(self.customer_box)
        customer_layout.addLayout(search_row)
        customer_layout.addWidget(self.customer_results)
        customer_layout.addWidget(self.customer_chosen)
        # What the customer's loyalty offers at the counter: points to use, the tier's standing discount.
        self.loyalty_offer = QLabel()
        self.loyalty_offer.setObjectName("loyaltyOffer")
        self.loyalty_offer.setTextFormat(Qt.TextFormat.PlainText)
        self.use_points_button = QPushButton()
        self.tier_discount_button = QPushButton()
        offer_row = QHBoxLayout()
        offer_row.addWidget(self.loyalty_offer, 1)
        offer_row.addWidget(self.use_points_button)
        offer_row.addWidget(self.tier_discount_button)
        customer_layout.addLayout(offer_row)
        customer_layout.addWidget(self.errors["customer"])
        customer_layout.addWidget(self.new_customer)

        # --- lines ----------------------------------------------------------------------------------------------
        self.lines_box = QGroupBox()
        self.lines = QTableWidget(0, 5)
        self.lines.setObjectName("orderLines")
        self.lines.verticalHeader().hide()
        self.lines.setItemDelegate(IsolatingDelegate(self.lines))
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.lines.horizontalHeader().setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        # a percent discount's line total says what it came to: "33.75 SAR (−3.75)"
        self.lines.horizontalHeader().setSectionResizeMode(TOTAL, QHeaderView.ResizeMode.ResizeToContents)
        self.add_line_button = QPushButton()
        self.remove_line_button = QPushButton()
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_line_button)
        line_buttons.addWidget(self.remove_line_button)
        line_buttons.addStretch(1)
        lines_layout = QVBoxLayout(self.lines_box)
        lines_layout.addWidget(self.lines)
        lines_layout.addWidget(self.errors["lines"])
        lines_layout.addLayout(line_buttons)
        self.lines.setItemDelegateForColumn(
            ITEM,
            _ProductCompleterDelegate(
                [p.name(formatter.prefs.language) for p in products] + [p.sku for p in products], self.lines
            ),
        )

        # --- order details --------------------------------------------------------------------------------------
        self.details_box = QGroupBox()
        self.order_discount = NumberLineEdit()
        self.order_discount.setObjectName("orderDiscount")
        self.order_discount_amount = QLabel()  # what a percent comes to
        self.order_discount_amount.setObjectName("orderDiscountAmount")
        self.discount_code = QLineEdit()
        self.reward_note = QLabel()
        self.reward_note.setObjectName("rewardNote")
        self.reward_note.setTextFormat(Qt.TextFormat.PlainText)
        self.reward_note.setWordWrap(True)
        self.shipping = NumberLineEdit()
        self.shipping.setObjectName("shipping")
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        self.payment_method = QComboBox()
        self.paid = NumberLineEdit()
        self.paid.setObjectName("paid")
        # A sale at the counter is paid in full as it is saved (F8 changes it); then Paid is not typed at all.
        self.paid_in_full = QCheckBox()
        self.paid_in_full.setObjectName("paidInFull")
        self.paid_in_full.setChecked(True)
        self._paid_chosen_by_hand = False
        self.paid.hide()
        self.carrier = QLineEdit()
        self.tracking_number = QLineEdit()
        self.tracking_number.setObjectName("trackingNumber")
        self.has_expected_delivery = QCheckBox()
        self.expected_delivery = QDateEdit()
        self.expected_delivery.setCalendarPopup(True)
        self.expected_delivery.setCalendar(formatter.calendar)
        self.expected_delivery.setLocale(formatter.locale)
        today = date.today()
        self.expected_delivery.setDate(QDate(today).addDays(3))
        self.expected_delivery.setEnabled(False)
        self.gift_message = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self._detail_labels = [QLabel() for _ in range(10)]
        details = QGridLayout(self.details_box)
        cells = [
            (side_by_side(self.order_discount, self.order_discount_amount), "order_discount"),
            (self.discount_code, "discount_code"),
            (self.shipping, "shipping"),
            (self.channel, None),
            (self.payment_method, None),
            (side_by_side(self.paid_in_full, self.paid), "paid"),
            (self.carrier, "carrier"),
            (self.tracking_number, "tracking_number"),
            (side_by_side(self.has_expected_delivery, self.expected_delivery), None),
            (self.gift_message, "gift_message"),
        ]
        for index, (label, (field, error)) in enumerate(zip(self._detail_labels, cells, strict=True)):
            row, column = divmod(index, 2)
            details.addWidget(label, row, column * 2)
            details.addWidget(stacked(field, self.errors[error]) if error else field, row, column * 2 + 1)
        self._notes_label = QLabel()
        details.addWidget(self._notes_label, 5, 0)
        details.addWidget(stacked(self.notes, self.errors["notes"]), 5, 1, 1, 3)
        self.store_credit = NumberLineEdit()
        self.store_credit.setObjectName("storeCredit")
        self.store_credit_note = QLabel()
        self._credit_label = QLabel()
        self.credit_row = stacked(side_by_side(self.store_credit, self.store_credit_note), self.errors["store_credit"])
        details.addWidget(self._credit_label, 6, 0)
        details.addWidget(self.credit_row, 6, 1, 1, 3)
        self._credit_label.hide()
        self.credit_row.hide()

        # --- totals and buttons ---------------------------------------------------------------------------------
        self.totals = QLabel()
        self.totals.setObjectName("orderTotals")
        self.totals.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveOrder")
        self.cancel_button = QPushButton()
        self.waiting_note = QLabel()  # "An import is being written on TILL-2… your order will be saved when…"
        self.waiting_note.setObjectName("waitingNote")
        self.waiting_note.setTextFormat(Qt.TextFormat.PlainText)
        self.waiting_note.setWordWrap(True)
        self.waiting_note.setStyleSheet("color: #8a5300; font-weight: bold;")
        self.waiting_note.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.totals, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.save_button)

        # --- ship to (built last: the keys of a sale at the counter never pass through it) ---------------------
        country = addresses.default_country() if addresses is not None else ""
        self.ship_check = QCheckBox()
        self.ship_check.setObjectName("shipTo")
        self._ship_chosen_by_hand = False
        self.address_box = QGroupBox()
        self.book_combo = QComboBox()
        self.book_combo.setObjectName("addressBookChoice")
        self._book: list[BookAddress] = []
        self.ship_fields = AddressFields(field="ship_to", country=country)
        self.bill_check = QCheckBox()
        self.bill_check.setObjectName("billToDiffers")
        self.bill_fields = AddressFields(field="bill_to", country=country)
        self.bill_fields.hide()
        self._book_label = QLabel()
        book_row = QHBoxLayout()
        book_row.addWidget(self._book_label)
        book_row.addWidget(self.book_combo, 1)
        address_layout = QVBoxLayout(self.address_box)
        address_layout.addLayout(book_row)
        address_layout.addWidget(self.ship_fields)
        address_layout.addWidget(self.bill_check)
        address_layout.addWidget(self.bill_fields)
        self.address_box.hide()

        # The form's body scrolls inside the dialog: matches, new lines, the address, messages beside the fields
        # all make it taller, and the dialog keeps the size it was given (the lines table takes what room is left).
        body = QWidget()
        body.setObjectName("orderFormBody")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.customer_box)
        body_layout.addWidget(self.lines_box, 1)
        body_layout.addWidget(self.ship_check)
        body_layout.addWidget(self.address_box)
        body_layout.addWidget(self.details_box)
        self.body = QScrollArea()
        self.body.setObjectName("orderFormScroll")
        self.body.setWidget(body)
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        # below the body, always in view with the totals and Save however far the body is scrolled
        layout.addWidget(self.reward_note)  # its own line: it is read out at the counter
        layout.addWidget(self.waiting_note)
        layout.addLayout(bottom)
        self.resize(920, 780)

        # --- behaviour ------------------------------------------------------------------------------------------
        self.customer_search.textEdited.connect(lambda _text: self._search_timer.start())
        # Enter, Up and Down in the search box act on the suggestions, and Enter goes no further: the dialog's
        # default button (New customer) must not undo the choice just made.
        self.customer_search.installEventFilter(self)
        # No button is the default: Enter in any field never clicks "New customer" (which would drop the chosen
        # customer) or anything else behind the user's back.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.customer_results.itemActivated.connect(self._on_customer_results_item_activated)
        self.customer_results.itemClicked.connect(self._on_customer_results_item_activated)
        self.new_customer_button.clicked.connect(self._on_new_customer_button_clicked)
        self.use_existing_button.clicked.connect(self._on_use_existing_button_clicked)
        self.add_line_button.clicked.connect(self.add_line)
        self.remove_line_button.clicked.connect(self._on_remove_line_button_clicked)
        self.lines.itemChanged.connect(self._on_lines_item_changed)
        self.has_expected_delivery.toggled.connect(self.expected_delivery.setEnabled)
        for edit in (self.order_discount, self.shipping, self.paid, self.store_credit):
            edit.textChanged.connect(self._update_totals)
        self.paid_in_full.toggled.connect(self._on_paid_in_full_toggled)
        self.paid_in_full.clicked.connect(self._on_paid_in_full_clicked)
        self.ship_check.toggled.connect(self._on_ship_check_toggled)
        self.ship_check.clicked.connect(self._on_ship_check_clicked)
        self.bill_check.toggled.connect(self._on_bill_check_toggled)
        self.channel.currentIndexChanged.connect(self._on_channel_current_index_changed)
        self.book_combo.activated.connect(self._on_book_combo_activated)
        self.discount_code.editingFinished.connect(self.apply_reward_code)
        self.use_points_button.clicked.connect(self.use_points)
        self.tier_discount_button.clicked.connect(self.apply_tier_discount)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save)
        line_shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        line_shortcut.activated.connect(self.add_line)
        paid_shortcut = QShortcut(QKeySequence(PAID_IN_FULL_KEY), self)
        paid_shortcut.activated.connect(self.paid_in_full.click)
        self._retranslate()
        self.add_line()
        self.customer_search.setFocus()
        if edits is not None and detail is not None:
            from shopdesk.views.order_edit_form import OrderEditMode

            self.edit_mode = OrderEditMode(self, edits, detail)
            self._retranslate()

    def has_unsaved_changes(self) -> bool:
        # The customer chosen counts even when the search box was emptied afterwards (the form opens with none).
        if self.edit_mode is not None:
            return self.edit_mode.customer_changed() or super().has_unsaved_changes()
        return self._customer is not None or super().has_unsaved_changes()

    # --- customer ---------------------------------------------------------------------------------------------------
    def _on_search_timer_timeout(self) -> None:
        text = self.customer_search.text()
        self.customer_results.clear()
        found = self._customers.find_customers(text, limit=8) if text.strip() else []
        for customer in found:
            item = QListWidgetItem(_customer_line(customer))
            item.setData(Qt.ItemDataRole.UserRole, customer)
            self.customer_results.addItem(item)
        self.customer_results.setVisible(bool(found))
        if found:
            self.customer_results.setCurrentRow(0)
            self._fit_results()

    def _fit_results(self) -> None:
        """The suggestion list is as tall as its rows, up to five, so no row is cut off whatever the script's
        font; more than five scroll whole rows."""
        results = self.customer_results
        shown = min(results.count(), 5)
        rows = sum(results.sizeHintForRow(row) for row in range(shown))
        results.setFixedHeight(rows + 2 * results.frameWidth())

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001
        if watched is self.customer_search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose_highlighted_customer()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.customer_results.isVisible():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = self.customer_results.currentRow() + step
                self.customer_results.setCurrentRow(max(0, min(row, self.customer_results.count() - 1)))
                return True
        return super().eventFilter(watched, event)

    def _choose_highlighted_customer(self) -> None:
        """Enter chooses the highlighted suggestion; when nobody matches it opens the new customer's fields with
        what was typed; pressed again once a customer is chosen, it changes nothing."""
        results = self.customer_results
        if self._search_timer.isActive():  # typed since the list was last filled
            self._search_timer.stop()
            self._on_search_timer_timeout()
        if results.isVisible() and results.currentItem() is not None:
            self._on_customer_results_item_activated(results.currentItem())
        elif results.count() == 0 and self.customer_search.text().strip():
            self._on_new_customer_button_clicked()

    def _on_customer_results_item_activated(self, item: QListWidgetItem) -> None:
        self.choose_customer(item.data(Qt.ItemDataRole.UserRole))

    def choose_customer(self, customer: CustomerSummary | None) -> None:
        self._customer = customer
        self._load_book()
        self.customer_results.hide()
        self.new_customer.setVisible(False)
        self._forget_error("customer")
        self._show_customer()

    def _on_new_customer_button_clicked(self) -> None:
        self._customer = None
        self._load_book()
        self._show_customer()
        self.new_customer.show()
        typed = self.customer_search.text().strip()
        if typed and not self.new_name.text() and not self.new_phone.text():
            digits = typed.replace(" ", "").lstrip("+")
            if digits.isdigit():
                self.new_phone.setText(typed)
            else:
                self.new_name.setText(typed)
        self.new_name.setFocus()

    def _on_use_existing_button_clicked(self) -> None:
        exc = self._errors_shown.get("phone")
        if isinstance(exc, DuplicatePhone):
            self.choose_customer(
                CustomerSummary(id=exc.existing_id, name=exc.existing_name, phone=exc.phone, email="", language="en")
            )

    def _show_customer(self) -> None:
        if self._customer is None:
            self.customer_chosen.setText(self.tr("No customer chosen (a walk-in sale)."))
        else:
            self.customer_chosen.setText(self.tr("Customer: %1").replace("%1", _customer_line(self._customer)))
        self._show_store_credit()
        self._show_loyalty_offer()

    def _show_loyalty_offer(self) -> None:
        """Points the customer can use now and the tier's standing discount, each with its button."""
        self._usable_points = None
        self._tier_level = None
        customer_id = self._customer.id if self._customer is not None else None
        if self._tier_off and customer_id != self._tier_customer_id:  # another customer: the tier does not follow
            self._tier_off = 0
            self.order_discount.setText(self._money_text(self._reward_off) if self._reward_off else "")
        parts = []
        if self._customer is not None and self._loyalty is not None:
            f = self._formatter
            try:
                points, tier = self._loyalty.points(self._customer.id), self._loyalty.tier(self._customer.id)
            except NotFound:  # merged away at another desk meanwhile: saving will say so next to the field
                points, tier = [], None
            self._usable_points = next((p for p in points if p.redeemable), None)
            if self._usable_points is not None:
                parts.append(
                    self.tr("%Ln point(s) worth %1", "", self._usable_points.balance).replace(
                        "%1", f.money(self._usable_points.value_minor, self._currency)
                    )
                )
            if tier is not None and tier.level is not None:
                self._tier_level = tier.level
                text = self.tr("Tier: %1").replace("%1", "\u2068" + tier.level.name + "\u2069")
                if tier.level.discount_percent:
                    text += " · " + self.tr("%1% off every order").replace("%1", f.integer(tier.level.discount_percent))
                parts.append(text)
        self.loyalty_offer.setText(" · ".join(parts))
        self.loyalty_offer.setVisible(bool(parts))
        self.use_points_button.setVisible(self._usable_points is not None)
        self.tier_discount_button.setVisible(bool(self._tier_level and self._tier_level.discount_percent))

    def use_points(self) -> None:
        """Turn the customer's points into a reward code and apply it to this order, as a code typed by hand."""
        state = self._usable_points
        if state is None or self._customer is None:
            return
        # Never more points than the order can take off: a fixed reward is capped at the order's value.
        most = min(state.balance, max(0, (self._lines_subtotal() or 0) - self._tier_off) // state.point_value_minor)
        if most < state.min_redeem:
            self.reward_note.setText(
                self.tr("Add items first: this order is too small for %1 points.").replace(
                    "%1", self._formatter.integer(state.min_redeem)
                )
            )
            return
        points = self.ask_points(state, most)
        if points is None:
            return
        try:
            reward = self._loyalty.redeem_points(self._customer.id, state.program_id, points, actor=desk_user())
        except (InvalidInput, NotFound):
            self._show_loyalty_offer()  # spent or ended meanwhile at another desk: show what is left
            return
        self.discount_code.setText(reward.code)
        self.apply_reward_code()
        self._show_loyalty_offer()

    def ask_points(self, state, most: int) -> int | None:  # noqa: ANN001
        """How many points to use, at most ``most`` (None: the user changed their mind); tests answer it."""
        from shopdesk.views.loyalty_view import ask_points

        prompt = self.tr("Points to use on this order (at least %1):")
        prompt = prompt.replace("%1", self._formatter.integer(state.min_redeem))
        return ask_points(self, self.tr("Use points"), prompt, state.min_redeem, most)

    def apply_tier_discount(self) -> None:
        """The tier's standing discount on the subtotal, as the order discount."""
        if self._tier_level is None or not self._tier_level.discount_percent:
            return
        subtotal = self._lines_subtotal()
        if subtotal is None:
            return
        self._tier_off = max(0, subtotal) * self._tier_level.discount_percent // 100
        self._tier_customer_id = self._customer.id if self._customer is not None else None
        # Added to a reward already applied: a Gold customer using a reward code gets both.
        self.order_discount.setText(self._money_text(self._tier_off + self._reward_off))

    def _lines_subtotal(self) -> int | None:
        """What the lines come to after their own discounts (None while a line cannot be read)."""
        try:
            return sum(line.total_minor for line in resolve_percents(self.draft()).lines)
        except InvalidInput:
            return None

    def _show_store_credit(self) -> None:
        """The store credit row appears for a customer who has credit, saying how much."""
        available = 0
        editing = getattr(self, "edit_mode", None) is not None  # what was paid, credit included, is not edited
        if self._customer is not None and self._credit_balance is not None and not editing:
            available = self._credit_balance(self._customer.id)
        self.available_credit = available
        self._credit_label.setVisible(available > 0)
        self.credit_row.setVisible(available > 0)
        if available > 0:
            self.store_credit_note.setText(
                self.tr("available: %1").replace("%1", self._formatter.money(available, self._currency))
            )
        elif self.store_credit.text():
            self.store_credit.clear()

    # --- ship to ----------------------------------------------------------------------------------------------------
    def _load_book(self) -> None:
        """The chosen customer's address book in the choice above the fields; the default is filled in."""
        self._book = []
        if self._customer is not None and self._addresses is not None:
            try:
                self._book = self._addresses.addresses(self._customer.id)
            except NotFound:
                self._book = []
        self._fill_book_combo()
        if self._book:
            self.book_combo.setCurrentIndex(0)  # the default comes first
            self.ship_fields.set_address(self._book[0].address)
        else:
            self.book_combo.setCurrentIndex(self.book_combo.count() - 1)

    def _fill_book_combo(self) -> None:
        current = self.book_combo.currentIndex()
        self.book_combo.blockSignals(True)
        self.book_combo.clear()
        for entry in self._book:
            a = entry.address
            parts = [entry.label, a.line1 or a.short_code, a.district, a.city, country_name(a.country)]
            text = " · ".join("\u2068" + safe_single_line(p) + "\u2069" for p in parts if p)
            if entry.is_default:
                text += " " + self.tr("(default)")
            self.book_combo.addItem(text, entry.id)
        self.book_combo.addItem(self.tr("Type an address"), None)
        self.book_combo.setCurrentIndex(min(max(current, 0), self.book_combo.count() - 1))
        self.book_combo.blockSignals(False)
        self.book_combo.setVisible(bool(self._book))
        self._book_label.setVisible(bool(self._book))

    def _on_book_combo_activated(self, index: int) -> None:
        if 0 <= index < len(self._book):
            self.ship_fields.set_address(self._book[index].address)  # a copy: what is typed next is this order's
        else:
            self.ship_fields.set_address(replace(self.ship_fields.address(), **dict.fromkeys(_TYPED, "")))
        self.ship_fields.clear_errors()

    def _on_ship_check_clicked(self) -> None:
        self._ship_chosen_by_hand = True

    def _on_ship_check_toggled(self, checked: bool) -> None:
        self.address_box.setVisible(checked)

    def _on_bill_check_toggled(self, checked: bool) -> None:
        self.bill_fields.setVisible(checked)

    def _on_channel_current_index_changed(self, _index: int) -> None:
        """An order to ship (any channel but the counter) shows the address, unless the user said otherwise; a sale
        at the counter is paid in full on save, an order to ship waits for its payment (cash on delivery too)."""
        at_counter = self.channel.currentData() in (None, "in_store")
        if not self._ship_chosen_by_hand:
            self.ship_check.setChecked(not at_counter)
        if not self._paid_chosen_by_hand:
            self.paid_in_full.setChecked(at_counter)

    def _on_paid_in_full_clicked(self) -> None:
        self._paid_chosen_by_hand = True

    def _on_paid_in_full_toggled(self, checked: bool) -> None:
        self.paid.setVisible(not checked)
        if not checked:
            self.paid.setFocus()
        self._update_totals()

    # --- lines ------------------------------------------------------------------------------------------------------
    def add_line(self) -> int:
        row = self.lines.rowCount()
        self.lines.blockSignals(True)
        self.lines.insertRow(row)
        for column, text in ((ITEM, ""), (QTY, self._formatter.integer(1)), (PRICE, ""), (DISCOUNT, ""), (TOTAL, "")):
            item = QTableWidgetItem(text)
            if column == TOTAL:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if column != ITEM:
                item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            self.lines.setItem(row, column, item)
        self.lines.blockSignals(False)
        self.lines.setCurrentCell(row, ITEM)
        return row

    def set_line(self, row: int, *, item: str = "", quantity: str = "", price: str = "", discount: str = "") -> None:
        """Fill a line as if typed (used by tests and by picking a product)."""
        for column, text in ((ITEM, item), (QTY, quantity), (PRICE, price), (DISCOUNT, discount)):
            if text:
                self.lines.item(row, column).setText(text)

    def _fit_lines_table(self) -> None:
        """The table has room for its header and four lines in the script's font; it takes whatever room the
        dialog has beyond that, and more lines scroll inside it."""
        table = self.lines
        rows = 4 * table.verticalHeader().defaultSectionSize()
        table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth())

    def _on_remove_line_button_clicked(self) -> None:
        row = self.lines.currentRow()
        if row >= 0:
            self.lines.removeRow(row)
            self._update_totals()

    def _on_lines_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == ITEM:
            product = self._product_named(item.text())
            price_item = self.lines.item(item.row(), PRICE)
            item.setData(Qt.ItemDataRole.UserRole, product.id if product else None)
            if product is not None and item.text().strip().casefold() == product.sku.casefold():
                self.lines.blockSignals(True)  # picked by its SKU: the line shows (and keeps) the product's name
                item.setText(product.name(self._formatter.prefs.language) or product.sku)
                self.lines.blockSignals(False)
            if product is not None and price_item is not None and not price_item.text().strip():
                price_item.setText(self._money_text(product.price_minor))
        if self._tier_off and item.column() != TOTAL:  # the tier's percentage follows the lines
            self.apply_tier_discount()
        self._update_totals()

    def _product_named(self, text: str) -> ProductRow | None:
        wanted = text.strip().casefold()
        for product in self._products:
            names = {
                product.sku.casefold(),
                product.name_en.casefold(),
                product.name_ar.casefold(),
                product.name_fa.casefold(),
            }
            if wanted and wanted in names:
                return product
        return None

    # --- building the draft ---------------------------------------------------------------------------------------
    def draft(self, problems: list[InvalidInput] | None = None) -> OrderDraft:
        """The order as typed; raises ``InvalidInput`` naming the field (``lines[i].price`` for a cell). Given
        ``problems``, every field that cannot be read is added to it instead (and counts as empty), so all of
        them can be shown at once."""

        def read(parse: Callable[[], object], fallback: object) -> object:
            if problems is None:
                return parse()
            try:
                return parse()
            except InvalidInput as exc:
                problems.append(exc)
                return fallback

        lines = []
        self._draft_rows = []  # which table row each draft line came from, for messages and the cursor
        for row in range(self.lines.rowCount()):
            texts = [self.lines.item(row, column).text().strip() for column in (ITEM, QTY, PRICE, DISCOUNT)]
            if not any(texts[i] for i in (0, 2, 3)):
                continue  # an untouched line
            # Fields are named by the draft line's index, as the services name them; _table_row maps back.
            where = f"lines[{len(lines)}]"
            self._draft_rows.append(row)
            product_id = self.lines.item(row, ITEM).data(Qt.ItemDataRole.UserRole)
            quantity = read(lambda t=texts[1], w=where: _whole_quantity(t, w), 1)
            unreadable = object()
            points = read(lambda t=texts[3], w=where: percent_basis_points(t, field=f"{w}.discount"), unreadable)
            if points is unreadable:
                points, discount = None, 0
            elif points is not None:  # 10%, ١٠٪, ۱۰٪
                discount = 0
            else:
                discount = read(lambda t=texts[3], w=where: self._money(t or "0", f"{w}.discount"), 0)
            lines.append(
                LineDraft(
                    description=texts[0],
                    quantity=quantity,
                    unit_price_minor=read(lambda t=texts[2], w=where: self._money(t or "0", f"{w}.unit_price"), 0),
                    discount_minor=discount,
                    product_id=product_id,
                    discount_basis_points=points,
                )
            )
        expected = None
        if self.has_expected_delivery.isChecked():
            expected = self.expected_delivery.date().toPython()
        credit = 0
        if self.credit_row.isVisibleTo(self):
            credit = read(lambda: self._money(self.store_credit.text() or "0", "store_credit"), 0)
        unreadable = object()
        order_points = read(
            lambda: percent_basis_points(self.order_discount.text(), field="order_discount"), unreadable
        )
        if order_points is unreadable:
            order_points, order_discount = None, 0
        elif order_points is not None:
            order_discount = 0
        else:
            order_discount = read(lambda: self._money(self.order_discount.text() or "0", "order_discount"), 0)
        ship_to = bill_to = None
        if self.ship_check.isChecked():
            ship_to = self.ship_fields.address()
            if self.bill_check.isChecked():
                bill_to = self.bill_fields.address()
        draft = OrderDraft(
            lines=tuple(lines),
            customer_id=self._customer.id if self._customer else None,
            order_discount_minor=order_discount,
            order_discount_basis_points=order_points,
            ship_to=ship_to,
            bill_to=bill_to,
            language=self._formatter.prefs.language,
            discount_code=self.discount_code.text().strip(),
            shipping_minor=read(lambda: self._money(self.shipping.text() or "0", "shipping"), 0),
            channel=self.channel.currentData(),
            payment_method=self.payment_method.currentData(),
            paid_minor=credit if self.paid_in_full.isChecked() else read(self._typed_paid, 0) + credit,
            store_credit_minor=credit,
            carrier=self.carrier.text(),
            tracking_number=self.tracking_number.text(),
            expected_delivery=expected,
            gift_message=self.gift_message.text(),
            notes=self.notes.toPlainText(),
            actor=desk_user(),
        )
        if self.paid_in_full.isChecked():  # the whole total, whatever it comes to (store credit included)
            try:
                unpaid = replace(draft, paid_minor=0, store_credit_minor=0, ship_to=None, bill_to=None)
                draft = replace(draft, paid_minor=max(credit, self._validate(unpaid).total_minor))
            except InvalidInput:
                pass  # the total cannot be known yet: the field at fault is named, and paid follows once it is right
        return draft

    def _taxed(self, draft: OrderDraft):  # noqa: ANN202 - an OrderTax or None
        """The VAT the order would carry as typed (None: no tax, or the draft is not valid yet); an edited order
        is taxed as its edit will be (kept lines keep their rates)."""
        if self._tax is None:
            return None
        draft = replace(draft, paid_minor=0, store_credit_minor=0)  # paid is checked against the gross after
        try:
            validate_order(draft)
        except InvalidInput:
            return None
        order_id = self.edit_mode.detail.row.id if self.edit_mode is not None else None
        return self._tax.preview(draft, order_id=order_id)

    def _validate(self, draft: OrderDraft) -> Totals:
        """``validate_order`` with the VAT added on top when prices exclude it: the total is then the gross."""
        taxed = self._taxed(draft)
        return validate_order(draft, added_tax_minor=taxed.added_minor if taxed is not None else 0)

    def _typed_paid(self) -> int:
        return self._money(self.paid.text() or "0", "paid")

    def problems(self) -> list[InvalidInput]:
        """Everything wrong with the form, one problem per field at most, in the order of the form: the new
        customer's name and phone, the lines, then the order's fields (checked by the same rules as the save)."""
        found: list[InvalidInput] = []
        if self._customer is None and self.new_customer.isVisible():
            customer = CustomerDraft(
                name=self.new_name.text(), phone=self.new_phone.text(), language=self.new_language.currentData()
            )
            try:
                validate_customer(customer)
            except InvalidInput as exc:
                found.append(exc)
            if not any(exc.field == "phone" for exc in found):
                try:
                    self._customers.check_phone(customer.phone)
                except InvalidInput as exc:
                    found.append(exc)
        draft = self.draft(found)
        if self.edit_mode is not None:  # what was paid is not edited: the edit says if the total drops below it
            draft = replace(draft, paid_minor=0, store_credit_minor=0)
        unread = {_error_key(exc.field) for exc in found if exc.field not in ("name", "phone")}
        if "lines" in unread:
            draft = _set_aside(draft, "lines")
        if unread & {"shipping", "order_discount"}:  # counted as 0, the total is not known: paid waits
            draft = replace(draft, paid_minor=0, store_credit_minor=0)
        for _ in range(40):  # each round sets the field found aside, so the next check reaches the fields after it
            try:
                self._validate(draft)
                break
            except InvalidInput as exc:
                found.append(exc)
                draft = _set_aside(draft, exc.field)
                if draft is None:
                    break
        shown: dict[str, InvalidInput] = {}
        for exc in found:
            address = exc.field.startswith(("ship_to.", "bill_to."))
            shown.setdefault(exc.field.split(".", 1)[0] if address else _error_key(exc.field), exc)
        return list(shown.values())

    def _money(self, text: str, field: str) -> int:
        return parse_money(text, minor_digits=self._digits, field=field)

    def _money_text(self, amount_minor: int) -> str:
        return self._formatter.amount(amount_minor, self._currency)

    def apply_reward_code(self) -> None:
        """A loyalty reward code (R-…) sets the order discount to what the reward takes off; a code that is used,
        someone else's or unknown is said next to the field. Other codes are ordinary discount codes."""
        code = "".join(self.discount_code.text().split()).upper()
        self._reward_applied = False
        self._reward_off = 0
        if self._loyalty is None or not code.startswith("R-"):
            return
        self._forget_error("discount_code")
        try:
            draft = resolve_percents(self.draft())
            lines = [(line.quantity, line.unit_price_minor, line.discount_minor) for line in draft.lines]
            off = self._loyalty.reward_off(code, self._customer.id if self._customer else None, lines)
        except InvalidInput as exc:
            if exc.field == "discount_code":
                self._show_error("discount_code", exc)
            return
        self._reward_applied = True
        self._reward_off = off
        self.order_discount.setText(self._money_text(off + self._tier_off))
        self.reward_note.setText(
            self.tr("Reward %1: %2 off")
            .replace("%1", isolate_ltr(code))
            .replace("%2", self._formatter.money(off, self._currency))
        )

    def _show_earning(self, total_minor: int) -> None:
        """What this order will earn on the customer's cards, so staff can say it at the counter."""
        if self._loyalty is None or self._customer is None or getattr(self, "_reward_applied", False):
            return
        from shopdesk.services.loyalty_rules import points_for, stamps_for

        programs = self._programs()
        stamps = sum(stamps_for(p.rules, total_minor) for p in programs if p.kind == "punch")
        points = sum(points_for(p.rules, total_minor) for p in programs if p.kind == "points")
        parts = [self.tr("Earns %Ln stamp(s)", "", stamps)] if stamps else []
        if points:
            parts.append(self.tr("Earns %Ln point(s)", "", points))
        self.reward_note.setText(" · ".join(parts))

    def _programs(self):  # noqa: ANN202
        if not hasattr(self, "_active_programs"):
            self._active_programs = self._loyalty.programs(active_only=True)
        return self._active_programs

    def _update_totals(self) -> None:
        for row in range(self.lines.rowCount()):
            self._show_line_total(row)
        self.order_discount_amount.setText("")
        try:
            # the address is checked on Save: typing one never blanks the totals; what was paid does not change the
            # total either: while it is more than the total, the total still shows
            draft = replace(self.draft(), ship_to=None, bill_to=None)
            unpaid = replace(draft, paid_minor=0, store_credit_minor=0)
            taxed = self._taxed(unpaid)
            totals = validate_order(unpaid, added_tax_minor=taxed.added_minor if taxed is not None else 0)
        except InvalidInput as exc:
            # said now, not only on Save: "Total: —" alone left people guessing what was wrong (a form with no
            # line yet has nothing wrong to say)
            why = "" if exc.reason == "no lines" else "  " + self._error_text(exc)
            self.totals.setText(self.tr("Total: —") + why)
            return
        money = self._formatter.money
        if draft.order_discount_basis_points is not None:  # the percent and what it comes to
            self.order_discount_amount.setText("= " + money(totals.discount_minor, self._currency))
        self._show_earning(totals.total_minor)
        vat = ""  # after the subtotal: added on top (prices before tax) or included in it
        if taxed is not None and taxed.prices_include_tax:
            vat = " · " + self.tr("incl. VAT %1").replace("%1", money(taxed.tax_minor, self._currency))
        elif taxed is not None:
            vat = " · " + self.tr("VAT %1").replace("%1", money(taxed.tax_minor, self._currency))
        self.totals.setText(
            self.tr("Subtotal %1 · Total %2 · Balance due %3")
            .replace("%1", money(totals.subtotal_minor, self._currency) + vat)
            .replace("%2", money(totals.total_minor, self._currency))
            .replace("%3", money(totals.total_minor - draft.paid_minor, self._currency))
        )

    def _show_line_total(self, row: int) -> None:
        try:
            quantity = int(parse_decimal(self.lines.item(row, QTY).text() or "1"))
            price = self._money(self.lines.item(row, PRICE).text() or "0", "price")
            typed = self.lines.item(row, DISCOUNT).text() or "0"
            discount, points = parse_discount(typed, quantity * price, minor_digits=self._digits)
            text = self._formatter.money(quantity * price - discount, self._currency)
            if points is not None:  # the percent and what it came to
                text += " (−" + self._formatter.amount(discount, self._currency) + ")"
        except InvalidInput:
            text = "—"
        self.lines.blockSignals(True)
        self.lines.item(row, TOTAL).setText(text)
        self.lines.blockSignals(False)

    # --- saving -----------------------------------------------------------------------------------------------------
    def save(self) -> int | None:
        """Validate, create the new customer if one is being typed, place the order; returns its number."""
        self._clear_errors()
        problems = self.problems()
        if problems:
            self._stop_waiting()
            self._show_problems(problems)
            return None
        try:
            draft = self.draft()
            if self.edit_mode is None:
                self._validate(draft)
            if self._customer is None and self.new_customer.isVisible():
                customer_draft = CustomerDraft(
                    name=self.new_name.text(), phone=self.new_phone.text(), language=self.new_language.currentData()
                )
                customer_id = self._customers.create_customer(customer_draft)
                self.choose_customer(
                    CustomerSummary(
                        id=customer_id,
                        name=customer_draft.name.strip(),
                        phone="",
                        email="",
                        language=customer_draft.language,
                    )
                )
                draft = self.draft()
                new_customer_id = customer_id
            else:
                new_customer_id = None
            placed = self._submit(draft)
        except DatabaseBusy as exc:  # nothing was saved; everything typed stays, and it saves by itself later
            self._wait_for(exc.holder)
            return None
        except DuplicatePhone as exc:
            self._stop_waiting()
            self._show_error("phone", exc)
            return None
        except InvalidInput as exc:
            self._stop_waiting()
            if self.ship_fields.show_error(exc) or self.bill_fields.show_error(exc):
                self.ship_check.setChecked(True)
                return None
            self._show_error(_error_key(exc.field), exc)
            if exc.field.startswith("lines["):
                self._focus_cell(exc.field)
            return None
        self._stop_waiting()
        if placed is None:  # refused, and said why (an edit: the order changed meanwhile)
            return None
        if new_customer_id is not None and draft.ship_to is not None and self._addresses is not None:
            # a customer made here starts their address book with where this order went (checked just now)
            self._addresses.add_address(new_customer_id, draft.ship_to)
        self._saved(placed)
        self.accept()
        return placed.number

    def _submit(self, draft: OrderDraft):  # noqa: ANN202 - PlacedOrder, EditedOrder, or None when refused
        if self.edit_mode is not None:
            return self.edit_mode.submit(draft)
        return self._orders.place_order(draft)

    def _saved(self, placed) -> None:  # noqa: ANN001
        if self.edit_mode is not None:
            self.order_edited.emit(placed.id)
        else:
            self.order_placed.emit(placed.id, placed.number)

    @property
    def waiting(self) -> bool:
        """Whether a save is waiting for another desk (it will be tried again by itself)."""
        return self._retry_timer.isActive()

    def _wait_for(self, writer: object) -> None:
        self._waiting_for = writer
        self.waiting_note.setText(waiting_text(writer))
        self.waiting_note.show()
        if not self._retry_timer.isActive():
            self._looks = 0
            self._retry_timer.start()

    def _stop_waiting(self) -> None:
        self._retry_timer.stop()
        self._waiting_for = None
        self.waiting_note.hide()

    def _on_retry_timer_timeout(self) -> None:
        """Save now, unless the import it waits for still says it is writing (trying would only wait again, with
        the window frozen meanwhile); every few looks it is tried anyway, whatever the note says."""
        self._looks += 1
        try:
            writer = self._orders.long_writer()
        except DatabaseBusy:
            writer = self._waiting_for
        if writer is not None and self._looks % self.TRY_ANYWAY:
            self._wait_for(writer)
            return
        self.save()

    def done(self, result: int) -> None:
        self._stop_waiting()  # cancelled or saved: nothing is tried any more
        super().done(result)

    def _table_row(self, field: str) -> int:
        """The table row a ``lines[i]…`` field names (i counts only the lines that were filled in)."""
        index = int(field[len("lines[") : field.index("]")])
        rows = getattr(self, "_draft_rows", [])
        return rows[index] if index < len(rows) else index

    def _focus_cell(self, field: str) -> None:
        row = self._table_row(field)
        column = {"quantity": QTY, "unit_price": PRICE, "discount": DISCOUNT}.get(field.rsplit(".", 1)[-1], ITEM)
        if row < self.lines.rowCount():
            self.lines.setCurrentCell(row, column)

    def _show_problems(self, problems: list[InvalidInput]) -> None:
        """Each problem beside its field; the cursor goes to the first."""
        for exc in reversed(problems):  # the first one shown last, so it keeps the focus
            if self.ship_fields.show_error(exc) or self.bill_fields.show_error(exc):
                self.ship_check.setChecked(True)
                continue
            self._show_error(_error_key(exc.field), exc)
            if exc.field.startswith("lines["):
                self._focus_cell(exc.field)
        focused = self.focusWidget()
        if focused is not None and self.body.isAncestorOf(focused):  # the body scrolls to where the cursor went
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # where the messages just shown put it
            self.body.ensureWidgetVisible(focused)

    def _show_error(self, key: str, exc: InvalidInput | DuplicatePhone) -> None:
        self._errors_shown[key] = exc
        self.errors[key].show_message(self._error_text(exc))
        self.use_existing_button.setVisible(isinstance(exc, DuplicatePhone))

    def _forget_error(self, key: str) -> None:
        self._errors_shown.pop(key, None)
        self.errors[key].show_message("")

    def _clear_errors(self) -> None:
        self.ship_fields.clear_errors()
        self.bill_fields.clear_errors()
        for key in list(self._errors_shown):
            self._forget_error(key)
        self.use_existing_button.hide()

    def _error_text(self, exc: InvalidInput | DuplicatePhone) -> str:
        text = input_error_text(exc)
        if exc.field.startswith("lines["):
            row = self._table_row(exc.field)
            text = self.tr("Line %1: %2").replace("%1", self._formatter.integer(row + 1)).replace("%2", text)
        return text

    # --- language -----------------------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New order"))
        self.customer_box.setTitle(self.tr("Customer"))
        self.customer_search.setPlaceholderText(self.tr("Type a name or phone number…"))
        self.new_customer_button.setText(self.tr("New customer"))
        self.use_existing_button.setText(self.tr("Use that customer"))
        self.use_points_button.setText(self.tr("Use points…"))
        self.tier_discount_button.setText(self.tr("Apply tier discount"))
        for label, text in zip(
            self._new_labels, (self.tr("Name"), self.tr("Phone"), self.tr("Language for notes")), strict=True
        ):
            label.setText(text)
        self.lines_box.setTitle(self.tr("Items"))
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Quantity"), self.tr("Unit price"), self.tr("Discount"), self.tr("Total")]
        )
        self._fit_lines_table()
        self.add_line_button.setText(self.tr("Add line (Ctrl+L)"))
        self.remove_line_button.setText(self.tr("Remove line"))
        self.details_box.setTitle(self.tr("Order"))
        labels = (
            self.tr("Order discount"),
            self.tr("Discount code"),
            self.tr("Shipping"),
            self.tr("Channel"),
            self.tr("Payment"),
            self.tr("Paid"),
            self.tr("Carrier"),
            self.tr("Tracking number"),
            self.tr("Expected delivery"),
            self.tr("Gift message"),
        )
        for label, text in zip(self._detail_labels, labels, strict=True):
            label.setText(text)
        self._notes_label.setText(self.tr("Internal notes"))
        self._credit_label.setText(self.tr("Paid with store credit"))
        fill_combo(self.channel, CHANNELS, channel_text)
        fill_combo(self.payment_method, PAYMENT_METHODS, payment_text)
        self.paid_in_full.setText(self.tr("Paid in full on save (%1)").replace("%1", PAID_IN_FULL_KEY))
        self.ship_check.setText(self.tr("Ship to an address"))
        self.address_box.setTitle(self.tr("Ship to"))
        self._book_label.setText(self.tr("From the address book"))
        self.bill_check.setText(self.tr("Bill to a different address"))
        self._fill_book_combo()
        self.save_button.setText(self.tr("Save order (Ctrl+S)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_customer()
        for key, exc in self._errors_shown.items():
            self.errors[key].show_message(self._error_text(exc))
        if self.waiting:
            self.waiting_note.setText(waiting_text(self._waiting_for))
        self._update_totals()
        if getattr(self, "edit_mode", None) is not None:
            self.edit_mode.retranslate()


class _ProductCompleterDelegate(IsolatingDelegate):
    """The item cell's editor offers the catalogue's names and SKUs as you type (any part of the name)."""

    def __init__(self, names: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self._names = names

    def createEditor(self, parent: QWidget, option, index):  # noqa: ANN001, ANN201
        editor = QLineEdit(parent)
        completer = QCompleter(self._names, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor


_TYPED = ("recipient", "phone", "line1", "line2", "district", "city", "region", "postal_code", "short_code")


def _whole_quantity(text: str, where: str) -> int:
    quantity = parse_decimal(text or "1", field=f"{where}.quantity")
    if quantity != quantity.to_integral_value():
        raise InvalidInput(f"{where}.quantity", "whole numbers only", text)
    return int(quantity)


# What a field is set to so the order's other fields can still be checked (validate_order stops at the first).
_ASIDE = {
    "order_discount": {"order_discount_minor": 0, "order_discount_basis_points": None},
    "shipping": {"shipping_minor": 0},
    "gift_message": {"gift_message": ""},
    "notes": {"notes": ""},
    "carrier": {"carrier": ""},
    "discount_code": {"discount_code": ""},
    "tracking_number": {"tracking_number": ""},
    "ship_to": {"ship_to": None},
    "bill_to": {"bill_to": None},
}


def _set_aside(draft: OrderDraft, field: str) -> OrderDraft | None:
    """The draft without the field a problem named; ``None`` when it cannot be set aside (stop checking)."""
    name = field.split(".", 1)[0].split("[", 1)[0]
    if name == "lines":
        # no line (or a bad one): what depends on the total (discount, paid, credit) waits until the lines are right
        return replace(
            draft,
            lines=(LineDraft("-", 1, 0),),
            order_discount_minor=0,
            order_discount_basis_points=None,
            paid_minor=0,
            store_credit_minor=0,
        )
    if name == "paid":
        return replace(draft, paid_minor=draft.store_credit_minor)
    if name == "store_credit":
        return replace(draft, paid_minor=draft.paid_minor - draft.store_credit_minor, store_credit_minor=0)
    if name in _ASIDE:
        return replace(draft, **_ASIDE[name])
    return None


def _error_key(field: str) -> str:
    if field.startswith("lines"):
        return "lines"
    known = (
        "customer",
        "name",
        "phone",
        "order_discount",
        "discount_code",
        "shipping",
        "paid",
        "carrier",
        "tracking_number",
        "store_credit",
        "gift_message",
        "notes",
    )
    return field if field in known else "lines"


def _customer_line(customer: CustomerSummary) -> str:
    phone = "  " + isolate_ltr(customer.phone) if customer.phone else ""
    return safe_single_line(customer.name) + phone
