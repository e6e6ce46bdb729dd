"""The Customers area: find a customer as you type, see their profile, figures and order history, merge
duplicates."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.customer_records import CustomerProfile, CustomerSummary
from shopdesk.services.errors import InvalidInput, NotFound
from shopdesk.services.order_rows import OrderQuery
from shopdesk.services.text import isolate_ltr, safe_single_line
from shopdesk.views.customer_table import CustomerTable
from shopdesk.views.labels import LANGUAGE_NAMES, in_ui_direction
from shopdesk.views.locale_format import Formatter
from shopdesk.views.loyalty_cards import LoyaltyPanel
from shopdesk.views.orders_view import OrdersTableModel
from shopdesk.views.roles import OwnerGuard
from shopdesk.views.widgets import ask_yes_no, desk_user, open_owned

if TYPE_CHECKING:
    from collections.abc import Callable

    from shopdesk.services.address_book import AddressBookService
    from shopdesk.services.customers import CustomerService
    from shopdesk.services.exports import ExportService
    from shopdesk.services.loyalty import LoyaltyService
    from shopdesk.services.orders import OrderService
    from shopdesk.services.payments import PaymentService
    from shopdesk.services.print_studio import PrintService
    from shopdesk.services.returns import ReturnService
    from shopdesk.services.tax.service import TaxService
    from shopdesk.views.jobs import JobRunner
    from shopdesk.views.preferences import DisplayPreferences

LIST_SIZE = 200


class CustomersView(QWidget):
    customers_changed = Signal()
    status_message = Signal(str)

    def __init__(
        self,
        *,
        customers: CustomerService,
        orders: OrderService,
        formatter: Formatter,
        returns: ReturnService | None = None,
        loyalty: LoyaltyService | None = None,
        exports: ExportService | None = None,
        jobs: JobRunner | None = None,
        guard: OwnerGuard | None = None,
        addresses: AddressBookService | None = None,
        prints: PrintService | None = None,
        payments: PaymentService | None = None,
        display_for: Callable[[str], DisplayPreferences] | None = None,
        edit_form: Callable | None = None,
        tax: TaxService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``prints`` and ``display_for``: an order's page (from the history) offers "Print insert…" with them;
        ``edit_form(detail, parent)`` (the Orders area's order form in edit mode): "Edit…"; ``tax``: its VAT lines."""
        super().__init__(parent)
        self._edit_form = edit_form
        self._tax = tax
        self._prints = prints
        self._payments = payments  # the order page's payments
        self._display_for = display_for
        self._tax = tax  # a business customer's VAT number, in the customer form
        self._addresses = addresses  # the customer dialog's address book
        self._guard = guard
        self._returns = returns
        self._loyalty = loyalty
        self._customers = customers
        self._orders = orders
        self._formatter = formatter
        self.profile: CustomerProfile | None = None
        self.loyalty_history_dialog = None
        self._points: list = []

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportCustomers")
        self.csv_export = None
        if exports is not None and jobs is not None:
            from shopdesk.views.csv_export import CsvExport

            self.csv_export = CsvExport(
                kind="customers", work=exports.export_customers, jobs=jobs, parent=self, guard=guard
            )
            self.csv_export.said.connect(self.status_message)
            self.csv_export.running_changed.connect(lambda running: self.export_button.setDisabled(running))
            self.export_button.clicked.connect(lambda: self.csv_export.start())
        self.export_button.setEnabled(self.csv_export is not None)
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton()
        self.results = CustomerTable()
        self.results.setObjectName("customerList")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.new_button)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.results)

        self.name = QLabel()
        self.name.setObjectName("customerName")
        self.name.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QLabel()
        self.details.setObjectName("customerDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.edit_button = QPushButton()
        self.credit = QLabel()
        self.credit.setTextFormat(Qt.TextFormat.PlainText)
        self.cards = LoyaltyPanel()
        self.cards.setObjectName("loyaltyCards")
        self.expire_credit_button = QPushButton()
        self.expire_credit_button.clicked.connect(self._on_expire_credit_button_clicked)
        self.use_points_button = QPushButton()
        self.use_points_button.clicked.connect(self._on_use_points_button_clicked)
        self.loyalty_history_button = QPushButton()
        self.loyalty_history_button.clicked.connect(self.open_loyalty_history)
        self.figures_box = QGroupBox()
        self.figure_labels = {
            key: (QLabel(), QLabel()) for key in ("orders", "total", "average", "first", "last", "since", "ltv")
        }
        grid = QGridLayout(self.figures_box)
        for index, (caption, value) in enumerate(self.figure_labels.values()):
            value.setObjectName("figure")
            value.setStyleSheet("font-weight: bold;")
            row, column = divmod(index, 4)
            grid.addWidget(caption, row * 2, column)
            grid.addWidget(value, row * 2 + 1, column)
        self.history_model = OrdersTableModel(orders=orders, formatter=formatter, parent=self)
        self.history = QTableView()
        self.history.setObjectName("customerHistory")
        self.history.setModel(self.history_model)
        self.history.verticalHeader().hide()
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.history.doubleClicked.connect(self._on_history_double_clicked)

        self.merge_box = QGroupBox()
        self.merge_search = QLineEdit()
        self.merge_results = QListWidget()
        self.merge_results.setMaximumHeight(90)
        self.merge_results.hide()
        self.merge_button = QPushButton()
        merge_layout = QVBoxLayout(self.merge_box)
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.merge_search, 1)
        merge_row.addWidget(self.merge_button)
        merge_layout.addLayout(merge_row)
        merge_layout.addWidget(self.merge_results)

        self.profile_panel = QWidget()
        profile_layout = QVBoxLayout(self.profile_panel)
        header = QHBoxLayout()
        header.addWidget(self.name, 1)
        header.addWidget(self.edit_button)
        profile_layout.addLayout(header)
        profile_layout.addWidget(self.details)
        credit_row = QHBoxLayout()  # store credit, then the loyalty buttons at the trailing end
        credit_row.addWidget(self.credit)
        credit_row.addWidget(self.expire_credit_button)
        credit_row.addStretch(1)
        credit_row.addWidget(self.use_points_button)
        credit_row.addWidget(self.loyalty_history_button)
        profile_layout.addLayout(credit_row)
        profile_layout.addWidget(self.cards)
        profile_layout.addWidget(self.figures_box)
        profile_layout.addWidget(self.history, 1)
        profile_layout.addWidget(self.merge_box)
        self.empty_note = QLabel()
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty_note)
        # The profile scrolls as a whole when its cards, figures and history need more height than the window
        # has, instead of squeezing the order history to a row.
        self.profile_scroll = QScrollArea()
        self.profile_scroll.setObjectName("profileScroll")
        self.profile_scroll.setWidgetResizable(True)
        self.profile_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.profile_scroll.setWidget(self.profile_panel)
        self.history.setMinimumHeight(170)  # a header and about five orders
        right_layout.addWidget(self.profile_scroll)
        self.profile_scroll.hide()

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 560])
        self._splitter = splitter
        self._splitter_moved = False  # once the person drags it, their split stays
        splitter.splitterMoved.connect(self._on_splitter_splitter_moved)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(splitter, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self.refresh_list)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.search.installEventFilter(self)  # Down: into the list
        self.results.currentItemChanged.connect(self._on_results_current_item_changed)
        self.new_button.clicked.connect(self.open_new_customer)
        self.edit_button.clicked.connect(self.open_edit_customer)
        self._merge_timer = QTimer(self, singleShot=True, interval=200)
        self._merge_timer.timeout.connect(self._on_merge_timer_timeout)
        self.merge_search.textEdited.connect(lambda _t: self._merge_timer.start())
        self.merge_button.clicked.connect(self._on_merge_button_clicked)
        self._retranslate()
        self.refresh_list()

    # --- list -----------------------------------------------------------------------------------------------------
    def refresh_list(self) -> None:
        self._search_timer.stop()
        text = self.search.text()
        found = (
            self._customers.find_customers(text, limit=LIST_SIZE)
            if text.strip()
            else self._customers.newest_customers(limit=LIST_SIZE)
        )
        current = self.profile.id if self.profile else None
        self.results.blockSignals(True)
        self.results.show_customers(found, self._customers.list_figures([c.id for c in found]), self._formatter)
        self.results.blockSignals(False)
        for row in range(self.results.count()):
            if self.results.item(row).data(Qt.ItemDataRole.UserRole).id == current:
                self.results.setCurrentRow(row)
        self._fit_list()

    def _fit_list(self) -> None:
        """Give the list the width that shows names whole (the name column takes what the other columns leave),
        up to a little over half the page, so the profile keeps room; a split the person dragged stays."""
        total = self._splitter.width() - self._splitter.handleWidth()
        if self._splitter_moved or total <= 0 or not self.isVisible():
            return
        margins = self.results.parentWidget().width() - self.results.width()
        left = min(self.results.wanted_width() + max(0, margins), int(total * 0.56))
        self._splitter.setSizes([left, total - left])

    def _on_splitter_splitter_moved(self, _position: int, _index: int) -> None:
        self._splitter_moved = True

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self._fit_list()

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self._fit_list()

    def _on_search_return_pressed(self) -> None:
        """Enter: search now; a single match is shown."""
        self.refresh_list()
        if self.results.count() == 1:
            self.results.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            if self._search_timer.isActive():
                self.refresh_list()
            if self.results.count():
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                if self.results.currentRow() < 0:
                    self.results.setCurrentRow(0)
                return True
        return super().eventFilter(watched, event)

    def _on_results_current_item_changed(self, item, _previous) -> None:  # noqa: ANN001
        if item is not None and (self.profile is None or item.data(Qt.ItemDataRole.UserRole).id != self.profile.id):
            self.show_customer(item.data(Qt.ItemDataRole.UserRole).id)

    # --- profile --------------------------------------------------------------------------------------------------
    def show_customer(self, customer_id: int) -> None:
        try:
            self.profile = self._customers.get_profile(customer_id, history=0)
        except NotFound:
            self.profile = None
        self._show_profile()

    def _show_profile(self) -> None:
        profile = self.profile
        self.profile_scroll.setVisible(profile is not None)
        self.empty_note.setVisible(profile is None)
        if profile is None:
            return
        f = self._formatter
        self.name.setText(in_ui_direction(safe_single_line(profile.name)))
        phone = f.phone(profile.phone) if profile.phone else self.tr("no phone")
        if profile.phone and not profile.phone_verified:  # kept as typed; the phone library does not know it
            phone += " " + self.tr("(unverified)")
        parts = [
            phone,
            profile.email or self.tr("no e-mail"),
            self.tr("Birthday: %1").replace("%1", f.long_date(profile.birthday)) if profile.birthday else "",
            self.tr("Notes in: %1").replace("%1", LANGUAGE_NAMES.get(profile.language, profile.language)),
            self.tr("Agrees to offers") if profile.marketing_consent else self.tr("No offers"),
            ", ".join(profile.tags),
            self.tr("Referred by %1").replace("%1", safe_single_line(profile.referred_by_name))
            if profile.referred_by_id
            else "",
            self.tr("Customer since %1").replace("%1", f.date(profile.created_at.astimezone().date())),
        ]
        if profile.addresses:  # the default first
            home = profile.addresses[0]
            where = ", ".join(x for x in (home.address.line1, home.address.district, home.address.city) if x)
            parts.append(self.tr("Ships to %1").replace("%1", safe_single_line(where)))
            if len(profile.addresses) > 1:
                parts.append(self.tr("%Ln address(es)", "", len(profile.addresses)))
        # Each part is isolated so a date or an address keeps its own order inside the line.
        details = " · ".join("\u2068" + p + "\u2069" for p in parts if p)
        if profile.notes:
            details += "\n" + profile.notes
        self.details.setText(in_ui_direction(details))
        figures = profile.figures
        money = lambda amount: f.money(amount, profile.currency)  # noqa: E731
        values = {
            "orders": f.integer(figures.orders),
            "total": money(figures.total_spent_minor),
            "average": money(figures.average_order_minor),
            "first": f.date(figures.first_order_at.astimezone().date()) if figures.first_order_at else "—",
            "last": f.date(figures.last_order_at.astimezone().date()) if figures.last_order_at else "—",
            "since": (
                self.tr("%Ln day(s)", "", figures.days_since_last_order)
                if figures.days_since_last_order is not None
                else "—"
            ),
            "ltv": money(figures.lifetime_value_minor),
        }
        for key, value in values.items():  # "SAR" or digits alone would align a value as left-to-right text
            self.figure_labels[key][1].setText(in_ui_direction(value))
        if figures.orders_in_other_currencies:
            self.figures_box.setTitle(
                self.tr(
                    "Figures (orders not cancelled, in %1; %Ln order(s) in other currencies not counted)",
                    "",
                    figures.orders_in_other_currencies,
                ).replace("%1", profile.currency)
            )
        else:
            self.figures_box.setTitle(self.tr("Figures (orders not cancelled)"))
        self._show_credit()
        self._show_cards()
        self.history_model.set_query(replace(OrderQuery(), customer_id=profile.id))
        self.merge_search.clear()
        self.merge_results.clear()
        self.merge_results.hide()

    def _show_credit(self) -> None:
        """Store credit from returns, with a way to end what remains (an owner's decision, kept in the ledger)."""
        balance = 0
        if self.profile is not None and self._returns is not None:
            balance = self._returns.credit_balance(self.profile.id, self.profile.currency)
        self.credit.setVisible(balance > 0)
        self.expire_credit_button.setVisible(balance > 0)
        if balance > 0:
            amount = self._formatter.money(balance, self.profile.currency)
            self.credit.setText(self.tr("Store credit: %1").replace("%1", amount))

    def _show_cards(self) -> None:
        """The customer's loyalty as cards: punch cards with their stamps drawn, points and what they are worth,
        the tier and what reaches the next, and every reward waiting to be used."""
        self._points = []
        shown = False
        if self.profile is not None and self._loyalty is not None:
            self._points = self._loyalty.points(self.profile.id)
            shown = self.cards.show_loyalty(
                cards=self._loyalty.cards(self.profile.id),
                programs=self._loyalty.programs(),
                points=self._points,
                tier=self._loyalty.tier(self.profile.id),
                rewards=self._loyalty.rewards(self.profile.id),
                formatter=self._formatter,
                currency=self.profile.currency,
            )
        self.cards.setVisible(shown)
        self.use_points_button.setVisible(any(state.redeemable for state in self._points))
        self.loyalty_history_button.setVisible(shown)

    def _on_use_points_button_clicked(self) -> None:
        state = next((p for p in self._points if p.redeemable), None)
        if state is None or self.profile is None:
            return
        points = self.ask_points(state)
        if points is None:
            return
        try:
            reward = self._loyalty.redeem_points(self.profile.id, state.program_id, points, actor=desk_user())
        except (InvalidInput, NotFound):
            self._show_cards()  # the balance changed meanwhile (another desk): show what is there now
            return
        self.status_message.emit(
            self.tr("Points turned into reward code %1 (%2): type it in the order form.")
            .replace("%1", isolate_ltr(reward.code))
            .replace("%2", self._formatter.money(reward.value, self.profile.currency))
        )
        self._show_cards()

    def ask_points(self, state) -> int | None:  # noqa: ANN001
        """How many points to use (None: the user changed their mind)."""
        from shopdesk.views.loyalty_view import ask_points

        prompt = self.tr("Points to turn into a reward code (at least %1):")
        f = self._formatter
        return ask_points(
            self,
            self.tr("Use points"),
            prompt.replace("%1", f.integer(state.min_redeem)),
            state.min_redeem,
            state.balance,
        )

    def open_loyalty_history(self) -> None:
        from shopdesk.views.loyalty_history_dialog import LoyaltyHistoryDialog

        if self.profile is None or self._loyalty is None:
            return
        dialog = LoyaltyHistoryDialog(
            loyalty=self._loyalty,
            customer_id=self.profile.id,
            customer_name=self.profile.name,
            formatter=self._formatter,
            guard=self._guard,
            parent=self,
        )
        dialog.changed.connect(self._show_cards)
        open_owned(self, "loyalty_history_dialog", dialog)

    def _on_expire_credit_button_clicked(self) -> None:
        if self.profile is None or self._returns is None:
            return
        note = self.ask_expire_note()
        if note is None:
            return
        ended = self._returns.expire_credit(self.profile.id, self.profile.currency, note=note, actor=desk_user())
        self.status_message.emit(
            self.tr("Store credit of %1 ended.").replace("%1", self._formatter.money(ended, self.profile.currency))
        )
        self._show_credit()

    def ask_expire_note(self) -> str | None:
        """Why the credit ends (None: the user changed their mind)."""
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(
            self, self.tr("End store credit"), self.tr("Why does the remaining store credit end?")
        )
        return text.strip() if ok else None

    def _on_history_double_clicked(self, index) -> None:  # noqa: ANN001
        if not index.isValid():
            return
        from shopdesk.views.order_detail import OrderDetailDialog

        dialog = OrderDetailDialog(
            orders=self._orders,
            order_id=self.history_model.row(index.row()).id,
            formatter=self._formatter,
            prints=self._prints,
            payments=self._payments,
            display_for=self._display_for,
            edit_form=self._edit_form,
            tax=self._tax,
            parent=self,
        )
        dialog.status_changed.connect(self._on_order_page_status_changed)
        open_owned(self, "order_page", dialog)

    def _on_order_page_status_changed(self, _order_id: int) -> None:
        """An order moved, was paid or edited from the customer's history: their figures and the orders list."""
        if self.profile is not None:
            self.show_customer(self.profile.id)
        self.customers_changed.emit()

    # --- edit, new, merge -----------------------------------------------------------------------------------------
    def open_new_customer(self) -> None:
        self._open_dialog(None)

    def open_edit_customer(self) -> None:
        if self.profile is not None:
            self._open_dialog(self.profile)

    def _open_dialog(self, profile: CustomerProfile | None) -> None:
        from shopdesk.views.customer_dialog import CustomerDialog

        dialog = CustomerDialog(
            customers=self._customers,
            formatter=self._formatter,
            profile=profile,
            addresses=self._addresses,
            tax=self._tax,
            parent=self,
        )
        dialog.customer_saved.connect(self._on_dialog_customer_saved)
        open_owned(self, "dialog", dialog)

    def _on_dialog_customer_saved(self, customer_id: int) -> None:
        self.show_customer(customer_id)
        self.refresh_list()
        self.customers_changed.emit()

    def _on_merge_timer_timeout(self) -> None:
        self.merge_results.clear()
        if self.profile is None or not self.merge_search.text().strip():
            return
        for customer in self._customers.find_customers(self.merge_search.text(), limit=10):
            if customer.id != self.profile.id:
                self.merge_results.addItem(_item(customer))
        self.merge_results.setVisible(self.merge_results.count() > 0)
        if self.merge_results.count():
            self.merge_results.setCurrentRow(0)

    def _on_merge_button_clicked(self) -> None:
        item = self.merge_results.currentItem()
        if self.profile is None or item is None:
            self.status_message.emit(self.tr("Find the duplicate to merge first."))
            return
        duplicate: CustomerSummary = item.data(Qt.ItemDataRole.UserRole)
        question = self.tr("Move every order and detail of %1 to %2? %1 will no longer be listed.")
        question = question.replace("%1", safe_single_line(duplicate.name)).replace(
            "%2", safe_single_line(self.profile.name)
        )
        if not self.confirm(question):
            return
        self._customers.merge_customers(keep_id=self.profile.id, duplicate_id=duplicate.id)
        self.status_message.emit(self.tr("Customers merged."))
        self.show_customer(self.profile.id)
        self.refresh_list()
        self.customers_changed.emit()

    def confirm(self, question: str) -> bool:
        """Ask before an action that cannot be undone from the screen (patched in tests)."""
        return ask_yes_no(self, self.tr("Merge customers"), question)

    # --- language -------------------------------------------------------------------------------------------------
    def set_formatter(self, formatter: Formatter) -> None:
        self._formatter = formatter
        self.history_model.set_formatter(formatter)
        self.refresh_list()
        self._show_profile()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Customers"))
        self.search.setPlaceholderText(self.tr("Find by name or phone…"))
        self.new_button.setText(self.tr("New customer"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save every customer, with their orders and spend, as a CSV file"))
        self.edit_button.setText(self.tr("Edit…"))
        self.expire_credit_button.setText(self.tr("End store credit…"))
        self.use_points_button.setText(self.tr("Use points…"))
        self.loyalty_history_button.setText(self.tr("Loyalty history…"))
        self.figures_box.setTitle(self.tr("Figures (orders not cancelled)"))
        captions = {
            "orders": self.tr("Orders"),
            "total": self.tr("Total spent"),
            "average": self.tr("Average order"),
            "first": self.tr("First order"),
            "last": self.tr("Last order"),
            "since": self.tr("Since last order"),
            "ltv": self.tr("Lifetime value"),
        }
        for key, text in captions.items():
            self.figure_labels[key][0].setText(text)
        self.merge_box.setTitle(self.tr("Merge a duplicate into this customer"))
        self.merge_search.setPlaceholderText(self.tr("Find the duplicate by name or phone…"))
        self.merge_button.setText(self.tr("Merge"))
        self.empty_note.setText(self.tr("Choose a customer on the list, or add a new one."))
        self._show_profile()


def _item(customer: CustomerSummary) -> QListWidgetItem:
    text = safe_single_line(customer.name)
    if customer.phone:  # one line: Qt elides two-line right-to-left items badly
        text += "   " + isolate_ltr(customer.phone)
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, customer)
    return item
