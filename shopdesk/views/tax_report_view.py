"""The VAT report of the Summaries area: the period's taxable sales and tax by rate, zero-rated and exempt sales, the
tax given back through credit notes and the net tax due, in the desk's language, digits and calendar (months of
the Jalali calendar on a Persian desk). Its figures come from the service ``shopdesk report tax`` reads
(``TaxReportService``) and its tables are the command line's (``tax_report_texts.tax_report_tables``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopdesk.views.tax_report_texts import caption, export_tax_report, tax_report_tables

if TYPE_CHECKING:
    from shopdesk.services.tax.report_records import TaxReport
    from shopdesk.views.locale_format import Formatter


class TaxReportPanel(QWidget):
    """Shows one ``TaxReport`` as the tables of the printed report; ``export`` writes it as PDF or CSV."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taxReport")
        self.report: TaxReport | None = None
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.tables: list[tuple[QLabel, QTableWidget]] = []
        content = QWidget()
        self._body = QVBoxLayout(content)
        self._body.setContentsMargins(0, 0, 0, 0)
        self._body.addWidget(self.title)
        self._body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def show_report(self, report: TaxReport, f: Formatter) -> None:
        """Lay out the report's tables (the figures, by rate, by month) in the formatter's words and digits."""
        self.report = report
        self.title.setText(caption(f.prefs.language, "title"))
        for name, table in self.tables:
            name.deleteLater()
            table.deleteLater()
        self.tables = []
        for index, (name, header, rows) in enumerate(tax_report_tables(report, f)):
            label = QLabel(name)
            label.setStyleSheet("font-weight: bold;")
            label.setVisible(bool(name))
            table = _table(header, rows)
            # after the title (and the tables before): the stretch stays last
            self._body.insertWidget(1 + 2 * index, label)
            self._body.insertWidget(2 + 2 * index, table)
            self.tables.append((label, table))

    def cells(self, table: int) -> list[list[str]]:
        """The texts of a table's rows (tests read what is shown)."""
        grid = self.tables[table][1]
        return [[grid.item(r, c).text() for c in range(grid.columnCount())] for r in range(grid.rowCount())]

    def export(self, f: Formatter, shop_name: str, target: Path) -> Path:
        """The report shown, as PDF or CSV by the file's extension (as ``shopdesk report tax --out``)."""
        if self.report is None:
            raise ValueError("no report read yet")
        return export_tax_report(self.report, f, shop_name, target)


def _table(header: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(header))
    table.setHorizontalHeaderLabels(header)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            # the names at the reading start, the amounts at its end
            item.setTextAlignment(
                (Qt.AlignmentFlag.AlignLeading if c == 0 else Qt.AlignmentFlag.AlignTrailing)
                | Qt.AlignmentFlag.AlignVCenter
            )
            table.setItem(r, c, item)
    table.resizeRowsToContents()
    height = table.horizontalHeader().sizeHint().height() + sum(table.rowHeight(r) for r in range(len(rows)))
    table.setFixedHeight(height + 2 * table.frameWidth())
    return table
