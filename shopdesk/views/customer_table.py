"""The Customers area's list: a table of name, phone, orders, spent and last order, sorted by any column as its
values sort (names by the language's collation, money by amount, dates by date), not as text."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCollator, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from shopdesk.services.customer_records import CustomerListFigures, CustomerSummary
from shopdesk.services.text import safe_single_line
from shopdesk.views.locale_format import Formatter

SORT_KEY = Qt.ItemDataRole.UserRole + 1


class _Cell(QTableWidgetItem):
    """A cell sorted by its value (``SORT_KEY``), names by the table's collator."""

    collator: QCollator | None = None

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_KEY), other.data(SORT_KEY)
        if isinstance(mine, str) and isinstance(theirs, str) and self.collator is not None:
            return self.collator.compare(mine, theirs) < 0
        if mine is None or theirs is None:  # no order yet: before every date
            return mine is None and theirs is not None
        return mine < theirs


class CustomerTable(QTableWidget):
    """One customer a row; each cell carries the ``CustomerSummary`` (``UserRole``) so any cell names its row."""

    COLUMNS = ("name", "phone", "orders", "spent", "last")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(self.COLUMNS), parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # even rows
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # newest customers first until a header is clicked
        self._retranslate()

    # the list's words, for callers and tests written against a list
    def count(self) -> int:
        return self.rowCount()

    def item(self, row: int, column: int = 0) -> QTableWidgetItem | None:  # type: ignore[override]
        return super().item(row, column)

    def setCurrentRow(self, row: int) -> None:  # noqa: N802
        self.setCurrentCell(row, 0)

    def wanted_width(self, *, longest_name: int = 260) -> int:
        """The width that shows every column whole: the names as wide as the widest shown (up to ``longest_name``
        pixels, so one very long name does not take the page), the other columns as their contents and headers."""
        header = self.horizontalHeader()
        widths = [max(header.sectionSizeHint(c), self.sizeHintForColumn(c)) for c in range(len(self.COLUMNS))]
        widths[0] = min(widths[0], longest_name)
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        return sum(widths) + scroll_bar + 2 * self.frameWidth()

    def show_customers(
        self, customers: list[CustomerSummary], figures: dict[int, CustomerListFigures], formatter: Formatter
    ) -> None:
        _Cell.collator = QCollator(formatter.locale)
        self.setCurrentIndex(QModelIndex())  # a new list: nobody chosen yet (the caller chooses again)
        self.setSortingEnabled(False)  # filled in the service's order, then sorted once by the chosen column
        self.setRowCount(len(customers))
        for row, customer in enumerate(customers):
            shown = figures.get(customer.id)
            last = shown.last_order_at if shown else None
            cells = (
                (safe_single_line(customer.name), customer.name),
                (formatter.phone(customer.phone) if customer.phone else "", customer.phone),
                (formatter.integer(shown.orders) if shown else "", shown.orders if shown else 0),
                (_money(formatter, shown), shown.spent_minor if shown else 0),
                (formatter.date(last.astimezone().date()) if last else "—", _timestamp(last)),
            )
            for column, (text, key) in enumerate(cells):
                cell = _Cell(text)
                cell.setData(Qt.ItemDataRole.UserRole, customer)
                cell.setData(SORT_KEY, key)
                if column >= 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
                super().setItem(row, column, cell)
        self.setSortingEnabled(True)  # by the header the person clicked; until then, the service's order

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("CustomerTable", "Name"),
                QCoreApplication.translate("CustomerTable", "Phone"),
                QCoreApplication.translate("CustomerTable", "Orders"),
                QCoreApplication.translate("CustomerTable", "Spent"),
                QCoreApplication.translate("CustomerTable", "Last order"),
            ]
        )


def _money(formatter: Formatter, shown: CustomerListFigures | None) -> str:
    return formatter.money(shown.spent_minor, shown.currency) if shown else ""


def _timestamp(moment: datetime | None) -> float | None:
    return moment.timestamp() if moment is not None else None
