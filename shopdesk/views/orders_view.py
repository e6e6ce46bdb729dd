"""The Orders area: a lazily filled, sortable, filterable table of orders, bulk status changes, new orders."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.order_rows import CHANNELS, STATUSES, OrderQuery, OrderRow
from shopdesk.services.text import safe_single_line
from shopdesk.views.labels import channel_text, status_text
from shopdesk.views.locale_format import Formatter
from shopdesk.views.roles import OwnerGuard, require_owner
from shopdesk.views.widgets import fill_combo, fit_menu_button, open_owned

if TYPE_CHECKING:
    from collections.abc import Callable

    from shopdesk.services.address_book import AddressBookService
    from shopdesk.services.customers import CustomerService
    from shopdesk.services.exports import ExportService
    from shopdesk.services.feedback import FeedbackService
    from shopdesk.services.imports import ImportService
    from shopdesk.services.loyalty import LoyaltyService
    from shopdesk.services.order_edits import OrderEditService
    from shopdesk.services.order_rows import OrderDetail
    from shopdesk.services.orders import OrderService
    from shopdesk.services.payments import PaymentService
    from shopdesk.services.print_studio import PrintService
    from shopdesk.services.products import ProductService
    from shopdesk.services.tax.printing import TaxPrintService
    from shopdesk.services.tax.service import TaxService
    from shopdesk.views.jobs import JobRunner
    from shopdesk.views.preferences import DisplayPreferences

    # Only for annotations: evaluating a union of Qt types at import loads shiboken's signature machinery (50 ms).
    _ModelIndex = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200


class OrdersTableModel(QAbstractTableModel):
    """Rows arrive a page at a time (``canFetchMore``/``fetchMore``), paged by the last key, never OFFSET.
    Sorting a column asks the database again in that order."""

    COLUMNS = ("number", "created_at", "customer", "status", "channel", "total")

    def __init__(self, *, orders: OrderService, formatter: Formatter, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._orders = orders
        self._formatter = formatter
        self._rows: list[OrderRow] = []
        self._exhausted = False
        self.query = OrderQuery()
        self._pages = iter(())

    def set_formatter(self, formatter: Formatter) -> None:
        self._formatter = formatter
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    def set_query(self, query: OrderQuery) -> None:
        self.query = query
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._pages = self._orders.pages(self.query, size=PAGE_SIZE)
        self._exhausted = False
        self.endResetModel()
        if self.canFetchMore():
            self.fetchMore()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.set_query(replace(self.query, sort=self.COLUMNS[column], descending=order == Qt.SortOrder.DescendingOrder))

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: _ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = next(self._pages, None)
        if page is None:
            self._exhausted = True
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def row(self, index: int) -> OrderRow:
        return self._rows[index]

    def row_of_order(self, order_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == order_id), None)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Order"),
            self.tr("Date"),
            self.tr("Customer"),
            self.tr("Status"),
            self.tr("Channel"),
            self.tr("Total"),
        )
        return titles[section]

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            f = self._formatter
            if column == "number":
                return f.plain_digits(row.number)
            if column == "created_at":
                return f.datetime(row.created_at)
            if column == "customer":
                return safe_single_line(row.customer_name) if row.customer_name else "—"
            if column == "status":
                return status_text(row.status)
            if column == "channel":
                return channel_text(row.channel)
            if column == "total":
                return f.money(row.total_minor, row.currency)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "total":
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "customer":
            return row.customer_name
        return None


class OrdersView(QWidget):
    """The list of orders with its filters. ``first_rows_shown`` fires once the first page is on screen;
    ``orders_changed`` after this view placed or moved orders."""

    first_rows_shown = Signal(int)
    orders_changed = Signal()
    status_message = Signal(str)
    return_asked = Signal(int)  # order id

    def __init__(
        self,
        *,
        orders: OrderService,
        formatter: Formatter,
        customers: CustomerService | None = None,
        products: ProductService | None = None,
        shop_currency: Callable[[], str] | None = None,
        credit_balance: Callable[[int], int] | None = None,
        loyalty: LoyaltyService | None = None,
        feedback: FeedbackService | None = None,
        exports: ExportService | None = None,
        jobs: JobRunner | None = None,
        imports: ImportService | None = None,
        backup_first: Callable[[], object] | None = None,
        guard: OwnerGuard | None = None,
        addresses: AddressBookService | None = None,
        prints: PrintService | None = None,
        payments: PaymentService | None = None,
        display_for: Callable[[str], DisplayPreferences] | None = None,
        order_edits: OrderEditService | None = None,
        tax: TaxService | None = None,
        tax_prints: TaxPrintService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``prints`` and ``display_for``: an order's page offers "Print insert…" with them; ``order_edits``:
        "Edit…"."""
        super().__init__(parent)
        self._order_edits = order_edits
        self._tax = tax  # the catalogue's VAT rates, the order form's VAT, the order page's tax lines
        self._tax_prints = tax_prints  # the order page's "Print receipt…" and "Print invoice…"
        self._addresses = addresses  # the order form ships to the customer's addresses
        self._guard = guard
        self._imports = imports
        self._jobs = jobs
        self._backup_first = backup_first
        self.import_dialog = None
        self._feedback = feedback
        self._prints = prints
        self._payments = payments  # the order page's payments
        self._display_for = display_for
        self._credit_balance = credit_balance
        self._loyalty = loyalty
        self._orders = orders
        self._customers = customers
        self._products = products
        self._shop_currency = shop_currency or (lambda: "USD")
        self._formatter = formatter
        self._match_count: int | None = None  # counted when the list loads, re-worded on a language change
        self.model = OrdersTableModel(orders=orders, formatter=formatter, parent=self)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")

        self.new_order_button = QPushButton()
        self.new_order_button.setObjectName("newOrder")
        self.new_order_button.setEnabled(customers is not None and products is not None)
        self.catalogue_button = QPushButton()
        self.catalogue_button.setObjectName("catalogue")
        self.catalogue_button.setEnabled(products is not None)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportOrders")
        self.csv_export = None
        if exports is not None and jobs is not None:
            from shopdesk.views.csv_export import CsvExport

            self.csv_export = CsvExport(kind="orders", work=exports.export_orders, jobs=jobs, parent=self, guard=guard)
            self.csv_export.said.connect(self.status_message)
            self.csv_export.running_changed.connect(lambda running: self.export_button.setDisabled(running))
            self.export_button.clicked.connect(lambda: self.csv_export.start())
        self.export_button.setEnabled(self.csv_export is not None)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importOrders")
        self.import_button.setEnabled(imports is not None and jobs is not None)
        self.import_button.clicked.connect(self.open_import)
        self.search = QLineEdit()
        self.search.setObjectName("orderSearch")
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.channel_filter = QComboBox()
        self.channel_filter.setObjectName("channelFilter")
        self.use_dates = QCheckBox()
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
        today = QDate.currentDate()
        self.date_from.setDate(today.addDays(-30))
        self.date_to.setDate(today)
        self.change_status_button = QPushButton()
        self.change_status_button.setObjectName("changeStatus")
        self.status_menu = QMenu(self)
        self.change_status_button.setMenu(self.status_menu)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_order_button)
        top.addWidget(self.catalogue_button)
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.channel_filter)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.date_from)
        filters.addWidget(self.date_to)
        filters.addStretch(1)
        filters.addWidget(self.change_status_button)

        self.table = QTableView()
        self.table.setObjectName("ordersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.table.activated.connect(self._on_table_activated)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.count_label = QLabel()

        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.import_button)
        heading.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.search.installEventFilter(self)  # Down: into the list
        self.status_filter.activated.connect(lambda _i: self.apply_filters())
        self.channel_filter.activated.connect(lambda _i: self.apply_filters())
        self.use_dates.toggled.connect(self._on_use_dates_toggled)
        self.date_from.dateChanged.connect(lambda _d: self.apply_filters())
        self.date_to.dateChanged.connect(lambda _d: self.apply_filters())
        self.new_order_button.clicked.connect(self.open_order_form)
        self.catalogue_button.clicked.connect(self.open_catalogue)
        # Ctrl+N and Ctrl+F are the main window's (from any focus, the side bar included): main_window.py
        self._retranslate()
        self.set_formatter(formatter)

    # --- loading and filtering ----------------------------------------------------------------------------------
    def load(self) -> int:
        """Show the orders for the current filters; returns how many rows are on screen."""
        self.model.reload()
        for column, width in ((0, 80), (1, 150), (3, 100), (4, 110), (5, 120)):
            self.table.setColumnWidth(column, width)
        count = self.model.rowCount()
        self._show_count()
        self.first_rows_shown.emit(count)
        return count

    def query(self) -> OrderQuery:
        status = self.status_filter.currentData()
        channel = self.channel_filter.currentData()
        date_from = date_to = None
        if self.use_dates.isChecked():
            date_from = self.date_from.date().toPython()
            date_to = self.date_to.date().toPython()
        return replace(
            self.model.query,
            statuses=(status,) if status else (),
            channels=(channel,) if channel else (),
            date_from=date_from,
            date_to=date_to,
            search=self.search.text(),
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.query())
        self._show_count()

    def _on_search_return_pressed(self) -> None:
        """Enter: search now; a single match opens its page."""
        self.apply_filters()
        if self.model.rowCount() == 1:
            self.open_order(self.model.row(0).id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            if self._search_timer.isActive():
                self.apply_filters()
            if self.model.rowCount():
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    def _on_use_dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filters()

    def _on_header_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        self.model.sort(column, order)

    def _show_count(self) -> None:
        """Count the orders matching the filters again (after the list or the orders changed)."""
        self._match_count = self._orders.count(self.model.query)
        self._render_count()

    def _render_count(self) -> None:
        """Word the last count in the current language and digits, without asking the database again."""
        if self._match_count is not None:
            self.count_label.setText(self.tr("%Ln order(s) match", "", self._match_count))

    # --- actions ------------------------------------------------------------------------------------------------
    def selected_order_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row(r).id for r in rows]

    def change_status(self, status: str) -> None:
        ids = self.selected_order_ids()
        if not ids:
            self.status_message.emit(self.tr("Select the orders to change first."))
            return
        result = self._orders.change_status(ids, status)
        message = self.tr("%Ln order(s) marked %1.", "", len(result.changed)).replace("%1", status_text(status))
        if result.skipped:
            message += " " + self.tr(
                "%Ln order(s) left as they were (already there, final, or a step back).", "", len(result.skipped)
            )
        self.status_message.emit(message)
        self.model.reload()
        self._show_count()
        self.orders_changed.emit()

    def _on_table_activated(self, index) -> None:  # noqa: ANN001
        if index.isValid():
            self.open_order(self.model.row(index.row()).id)

    def open_order(self, order_id: int) -> None:
        """Show one order's page (lines, details, history), where it can also be moved on."""
        if getattr(self, "order_page", None) is not None:
            return  # one open at a time; activated and doubleClicked may both fire
        from shopdesk.views.order_detail import OrderDetailDialog

        dialog = OrderDetailDialog(
            orders=self._orders,
            order_id=order_id,
            formatter=self._formatter,
            feedback=self._feedback,
            prints=self._prints,
            payments=self._payments,
            tax=self._tax,
            display_for=self._display_for,
            edit_form=self.edit_form if self._order_edits is not None and self._customers is not None else None,
            tax_prints=self._tax_prints,
            parent=self,
        )
        dialog.status_changed.connect(lambda _id: (self.model.reload(), self._show_count(), self.orders_changed.emit()))
        dialog.return_asked.connect(self.return_asked)
        open_owned(self, "order_page", dialog)

    def open_import(self) -> None:
        """Import… : another shop's orders export, checked before anything is written."""
        if self._imports is None or self._jobs is None:
            return
        if not require_owner(self._guard, self, "import.orders"):
            return
        from shopdesk.views.import_dialog import ImportDialog
        from shopdesk.views.widgets import open_owned

        dialog = ImportDialog(
            imports=self._imports,
            jobs=self._jobs,
            formatter=lambda: self._formatter,
            before_write=self._backup_first,
            parent=self,
        )
        dialog.imported.connect(self._on_import_dialog_imported)
        open_owned(self, "import_dialog", dialog)

    def _on_import_dialog_imported(self, report) -> None:  # noqa: ANN001
        self.apply_filters()
        self.orders_changed.emit()
        self.status_message.emit(self.tr("%Ln order(s) imported.", "", report.orders_new))

    def open_catalogue(self) -> None:
        if self._products is None:
            return
        from shopdesk.views.products_dialog import ProductsDialog

        dialog = ProductsDialog(
            products=self._products,
            formatter=self._formatter,
            currency=self._shop_currency(),
            guard=self._guard,
            tax=self._tax,
            parent=self,
        )
        open_owned(self, "catalogue", dialog)

    def _form_arguments(self, parent: QWidget) -> dict:
        return {
            "orders": self._orders,
            "customers": self._customers,
            "products": self._products.list_products() if self._products is not None else [],
            "formatter": self._formatter,
            "currency": self._shop_currency(),
            "credit_balance": self._credit_balance,
            "loyalty": self._loyalty,
            "addresses": self._addresses,
            "tax": self._tax,
            "parent": parent,
        }

    def edit_form(self, detail: OrderDetail, parent: QWidget):  # noqa: ANN201 - an OrderFormDialog
        """The order form filled with ``detail``, saving an edit (an order's page opens it)."""
        from shopdesk.views.order_form import OrderFormDialog

        return OrderFormDialog(edits=self._order_edits, detail=detail, **self._form_arguments(parent))

    def open_order_form(self) -> None:
        if self._customers is None or self._products is None:
            return
        from shopdesk.views.order_form import OrderFormDialog

        dialog = OrderFormDialog(**self._form_arguments(self))
        dialog.order_placed.connect(self._on_order_form_order_placed)
        open_owned(self, "order_form", dialog)

    def _on_order_form_order_placed(self, order_id: int, number: int) -> None:
        self.model.reload()
        self._show_count()
        row = self.model.row_of_order(order_id)
        if row is not None:
            self.table.selectRow(row)
        self.status_message.emit(self.tr("Order %1 saved.").replace("%1", self._formatter.plain_digits(number)))
        self.orders_changed.emit()

    # --- language -------------------------------------------------------------------------------------------------
    def set_formatter(self, formatter: Formatter) -> None:
        self._formatter = formatter
        self.model.set_formatter(formatter)
        for edit in (self.date_from, self.date_to):
            formatter.dress_date_edit(edit)
        self._render_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Orders"))
        self.new_order_button.setText(self.tr("New order (Ctrl+N)"))
        self.catalogue_button.setText(self.tr("Catalogue…"))
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Bring in orders from another shop's CSV export (Shopify, WooCommerce…)"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save every order as a CSV file for a spreadsheet, one row per item"))
        self.search.setPlaceholderText(self.tr("Search: order number, tracking number, name or phone (Ctrl+F)"))
        self.use_dates.setText(self.tr("Dates"))
        self.change_status_button.setText(self.tr("Mark selected as…"))
        fit_menu_button(self.change_status_button)
        fill_combo(self.status_filter, STATUSES, status_text, everything=self.tr("All statuses"))
        fill_combo(self.channel_filter, CHANNELS, channel_text, everything=self.tr("All channels"))
        self.status_menu.clear()
        for status in STATUSES:
            action = self.status_menu.addAction(status_text(status))
            action.setData(status)
            action.triggered.connect(lambda _checked=False, s=status: self.change_status(s))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(OrdersTableModel.COLUMNS) - 1)
        self._render_count()
