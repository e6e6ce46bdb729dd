"""The Orders area: a lazily filled table of orders, newest first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from shopdesk.services.order_rows import OrderRow
from shopdesk.services.text import safe_single_line
from shopdesk.views.locale_format import Formatter

if TYPE_CHECKING:
    from shopdesk.services.orders import OrderService

PAGE_SIZE = 200

if TYPE_CHECKING:
    # Only for annotations: evaluating a union of Qt types at import loads shiboken's signature machinery (50 ms).
    _ModelIndex = QModelIndex | QPersistentModelIndex


def status_text(status: str) -> str:
    names = {
        "new": QCoreApplication.translate("Status", "New"),
        "paid": QCoreApplication.translate("Status", "Paid"),
        "packed": QCoreApplication.translate("Status", "Packed"),
        "shipped": QCoreApplication.translate("Status", "Shipped"),
        "delivered": QCoreApplication.translate("Status", "Delivered"),
        "cancelled": QCoreApplication.translate("Status", "Cancelled"),
    }
    return names.get(status, status)


def channel_text(channel: str) -> str:
    names = {
        "in_store": QCoreApplication.translate("Channel", "In store"),
        "website": QCoreApplication.translate("Channel", "Website"),
        "instagram": QCoreApplication.translate("Channel", "Instagram"),
        "whatsapp": QCoreApplication.translate("Channel", "WhatsApp"),
        "marketplace": QCoreApplication.translate("Channel", "Marketplace"),
        "other": QCoreApplication.translate("Channel", "Other"),
    }
    return names.get(channel, channel)


class OrdersTableModel(QAbstractTableModel):
    """Rows arrive a page at a time (``canFetchMore``/``fetchMore``), paged by the last key, never OFFSET."""

    COLUMNS = ("number", "date", "customer", "status", "channel", "total")

    def __init__(self, *, orders: OrderService, formatter: Formatter, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._orders = orders
        self._formatter = formatter
        self._rows: list[OrderRow] = []
        self._exhausted = False

    def set_formatter(self, formatter: Formatter) -> None:
        self._formatter = formatter
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.endResetModel()

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: _ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        after = self._rows[-1].page_key if self._rows else None
        page = self._orders.newest_page(limit=PAGE_SIZE, after=after)
        if len(page) < PAGE_SIZE:
            self._exhausted = True
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def row(self, index: int) -> OrderRow:
        return self._rows[index]

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
            if column == "date":
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
    """The list of orders. ``first_rows_shown`` fires once the first page is on screen."""

    first_rows_shown = Signal(int)

    def __init__(self, *, orders: OrderService, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._orders = orders
        self.model = OrdersTableModel(orders=orders, formatter=formatter, parent=self)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.table = QTableView()
        self.table.setObjectName("ordersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self._retranslate()

    def load(self) -> int:
        """Show the newest orders; returns how many rows are on screen."""
        self.model.reload()
        if self.model.canFetchMore():
            self.model.fetchMore()
        for column, width in ((0, 80), (1, 150), (3, 100), (4, 110), (5, 120)):
            self.table.setColumnWidth(column, width)
        count = self.model.rowCount()
        self.first_rows_shown.emit(count)
        return count

    def set_formatter(self, formatter: Formatter) -> None:
        self.model.set_formatter(formatter)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Orders"))
