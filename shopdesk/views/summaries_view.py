"""Summaries: the shop's figures for a period next to the period before, in the desk's language, digits and
calendar (a Persian desk's "this month" is the Jalali month); and, for a shop registered for VAT, the VAT report of
the same period on its own tab (``tax_report_view``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.money import minor_digits
from shopdesk.services.text import isolate_ltr
from shopdesk.views.jobs import Job
from shopdesk.views.labels import channel_text, in_ui_direction, reason_text
from shopdesk.views.summary_charts import bar_chart, reasons_chart
from shopdesk.views.summary_texts import month_label, month_starts
from shopdesk.views.widgets import fill_combo

if TYPE_CHECKING:
    from shopdesk.services.cohort_records import CohortTable
    from shopdesk.services.summaries import SummaryService
    from shopdesk.services.summary_records import PeriodFigures, Summary
    from shopdesk.services.tax.report import TaxReportService
    from shopdesk.services.tax.report_records import TaxReport
    from shopdesk.services.tax.service import TaxService
    from shopdesk.views.locale_format import Formatter

PERIODS = ("this_month", "last_30_days", "this_quarter", "this_year")
TILES = (
    "revenue",
    "orders",
    "average_order",
    "repeat_rate",
    "return_rate",
    "lifetime_value",
    "cards",
    "redeemed",
    "nps",
    "csat",
    "reviews",
)
FEW_RESPONSES = 30  # below this, a score says little: the tile says so
COHORT_MONTHS = 12
_BLUE = QColor("#209fdf")  # the charts' bars


def period_dates(period: str, today: date, formatter: Formatter) -> tuple[date, date]:
    """First and last day of a period, months and years counted in the desk's calendar."""
    if period == "last_30_days":
        return today - timedelta(days=29), today
    calendar = formatter.calendar
    parts = calendar.partsFromDate(QDate(today))
    if period == "this_month":
        first_month = parts.month
    elif period == "this_quarter":
        first_month = (parts.month - 1) // 3 * 3 + 1
    else:
        first_month = 1
    start = calendar.dateFromParts(parts.year, first_month, 1)
    return start.toPython(), today


class SummariesView(QWidget):
    status_message = Signal(str)  # for the window's status bar: the report was saved, and where

    def __init__(
        self,
        *,
        summaries: SummaryService,
        formatter: Callable[[], Formatter],
        shop_name: Callable[[], str] = lambda: "",
        tax: TaxService | None = None,
        tax_report: TaxReportService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``tax`` and ``tax_report``: the VAT report tab, shown while the shop is registered for VAT."""
        super().__init__(parent)
        self._tax = tax
        self._tax_report = tax_report
        self.tax_report: TaxReport | None = None
        self._shop_name = shop_name
        self._summaries = summaries
        self._formatter = formatter
        self.summary: Summary | None = None
        self.cohorts: CohortTable | None = None
        self.busy = False  # figures being read
        self._generation = 0
        self._jobs: list[Job] = []  # held until they report
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.period = QComboBox()
        self.range = QLabel()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(lambda: self.export())
        self.tiles: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        grid = QGridLayout()
        for index, key in enumerate(TILES):
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            caption, value, change = QLabel(), QLabel(), QLabel()
            value.setObjectName("tileValue")
            value.setStyleSheet("font-size: 18pt; font-weight: bold;")
            change.setObjectName("tileChange")
            box = QVBoxLayout(frame)
            for label in (caption, value, change):
                label.setTextFormat(Qt.TextFormat.PlainText)
                box.addWidget(label)
            self.tiles[key] = (caption, value, change)
            grid.addWidget(frame, index // 4, index % 4)
            change.setWordWrap(True)
        self.revenue_chart = QChartView()
        self.channel_chart = QChartView()
        self.reasons_chart = QChartView()
        for view in (self.revenue_chart, self.channel_chart, self.reasons_chart):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(240)
        self.cohorts_title = QLabel()
        self.cohorts_title.setObjectName("sectionTitle")
        self.cohorts_title.setStyleSheet("font-weight: bold;")
        self.cohorts_note = QLabel()
        self.cohorts_note.setWordWrap(True)
        self.cohort_table = QTableWidget(COHORT_MONTHS, COHORT_MONTHS + 1)
        self.cohort_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cohort_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.cohort_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cohort_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.cohort_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.cohort_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.range)
        top.addWidget(self.period)
        top.addWidget(self.export_button)
        # the figures, charts and cohort table are taller than a window: they scroll under the period picker
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(grid)
        body.addWidget(self.revenue_chart)
        charts = QHBoxLayout()
        charts.addWidget(self.channel_chart, 1)
        charts.addWidget(self.reasons_chart, 1)
        body.addLayout(charts)
        body.addWidget(self.cohorts_title)
        body.addWidget(self.cohorts_note)
        body.addWidget(self.cohort_table)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        from shopdesk.views.tax_report_view import TaxReportPanel

        self.tax_panel = TaxReportPanel()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.scroll, "")
        self.tabs.addTab(self.tax_panel, "")
        self._show_tax_tab(False)  # until the figures say the shop is registered
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self._retranslate()  # the figures are read when the page is shown (showEvent), not twice

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self.refresh()  # orders may have changed since it was last shown

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Summaries"))
        self.export_button.setText(self.tr("Export…"))
        self.tabs.setTabText(0, self.tr("Overview"))
        self.tabs.setTabText(1, self.tr("VAT report"))
        names = {
            "this_month": self.tr("This month"),
            "last_30_days": self.tr("Last 30 days"),
            "this_quarter": self.tr("This quarter"),
            "this_year": self.tr("This year"),
        }
        self.period.blockSignals(True)  # refilling the names is not a change of period
        fill_combo(self.period, PERIODS, names.__getitem__)
        self.period.blockSignals(False)
        captions = {
            "revenue": self.tr("Revenue"),
            "orders": self.tr("Orders"),
            "average_order": self.tr("Average order"),
            "repeat_rate": self.tr("Repeat customers"),
            "return_rate": self.tr("Return rate"),
            "lifetime_value": self.tr("Average lifetime value"),
            "cards": self.tr("Active loyalty cards"),
            "redeemed": self.tr("Rewards redeemed"),
            "nps": self.tr("NPS"),
            "csat": self.tr("Satisfied (CSAT 4-5)"),
            "reviews": self.tr("Reviews per inserts printed"),
        }
        for key, (caption, _value, _change) in self.tiles.items():
            caption.setText(in_ui_direction(captions[key]))  # "NPS", "CSAT…" open some: still right to left
        self.cohorts_title.setText(self.tr("Customer retention by month of first purchase"))
        self.cohorts_note.setText(
            self.tr(
                "Each row: the customers whose first order fell in that month. Month n: the share of them who "
                "ordered again n months later (and how many). Cancelled orders and other currencies do not count."
            )
        )

    def refresh(self) -> None:
        """Read the figures for the chosen period off the GUI thread (a year on a large shop takes a moment): the
        page stays usable, shows that it is reading, and only the newest request's figures are shown."""
        f = self._formatter()
        period = self.period.currentData() or "this_month"
        from shopdesk.views.tax_report_texts import report_months

        self._generation += 1
        generation, summaries, tax, tax_report = self._generation, self._summaries, self._tax, self._tax_report

        def work(_cancel):  # noqa: ANN001, ANN202 - runs on the pool's thread: services only, no widgets
            try:
                # today in the shop's time zone, whichever zone this desk is in
                start, end = period_dates(period, summaries.today(), f)
                # cohorts by the desk's calendar months (Jalali on a Persian desk), up to the period's end
                starts = month_starts(end, f, COHORT_MONTHS)
                tax_months = report_months(start, end, f)  # the VAT report by the desk's calendar months too
                return (
                    generation,
                    start,
                    end,
                    summaries.summary(start, end),
                    summaries.revenue_by_day(start, end),
                    summaries.orders_by_channel(start, end),
                    summaries.cohorts(end, COHORT_MONTHS, month_starts=starts),
                    tax_report.report(start, end, month_starts=tax_months)
                    if tax is not None and tax_report is not None and tax.settings().registered
                    else None,
                )
            except Exception as exc:
                exc.generation = generation  # which request failed: a newer one may be on its way
                raise
            yield  # a generator for Job, which reports no progress here

        job = Job(work)
        job.signals.finished.connect(self._show_figures)  # a bound slot: queued to the GUI thread
        job.signals.failed.connect(self._reading_failed)
        if self._pool.activeThreadCount() == 0:  # jobs are let go only once none is running
            self._jobs.clear()
        self._jobs.append(job)
        self.busy = True
        self.range.setText(self.tr("Reading…"))
        self._pool.start(job)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for the figures being read (tests, exports and screenshots use it) and show them."""
        done = self._pool.waitForDone(msecs)
        QCoreApplication.sendPostedEvents(self)  # the reader's signals were queued to this thread
        QCoreApplication.processEvents()
        return done and not self.busy

    def _show_figures(self, result: tuple) -> None:
        generation, start, end, summary, days, channels, cohorts, tax_report = result
        if generation != self._generation:  # the period changed meanwhile: a newer reading is on its way
            return
        self.busy = False
        f = self._formatter()
        self.summary = summary
        self.range.setText(f"\u2068{f.date(start)}\u2069 – \u2068{f.date(end)}\u2069")
        now, before = self.summary.current, self.summary.previous
        for key, (_caption, value, change) in self.tiles.items():
            current, previous = self._value(now, key, f), self._value(before, key, f)
            value.setText(current[0])
            # isolated: after the Arabic letters of "before:" a percent's sign would move to the number's other side
            earlier = "\u2068" + previous[0] + "\u2069"
            text = self.tr("before: %1").replace("%1", earlier) + self._arrow(current[1], previous[1])
            responses = {"nps": now.nps_responses, "csat": now.csat_responses}.get(key)
            if responses is not None:
                text = self.tr("%Ln response(s)", "", responses) + " · " + text
                if responses < FEW_RESPONSES:
                    text += "\n" + self.tr("Fewer than 30 answers: read with care.")
            change.setText(text)
        self._draw_charts(days, channels, f)
        self.cohorts = cohorts
        self._fill_cohorts(self.cohorts, f)
        self.tax_report = tax_report
        if tax_report is not None:
            self.tax_panel.show_report(tax_report, f)
        self._show_tax_tab(tax_report is not None)

    def _show_tax_tab(self, shown: bool) -> None:
        """The VAT report only for a shop registered for VAT; with no second tab, no tab bar either."""
        if not shown:
            self.tabs.setCurrentIndex(0)
        self.tabs.setTabVisible(1, shown)
        self.tabs.tabBar().setVisible(shown)

    def show_tax_report(self) -> bool:
        """Bring the VAT report's tab forward (when the shop is registered); False when there is none."""
        if self.tax_report is None:
            return False
        self.tabs.setCurrentWidget(self.tax_panel)
        return True

    def _reading_failed(self, error: Exception) -> None:
        if getattr(error, "generation", self._generation) != self._generation:
            return
        self.busy = False
        reason = getattr(error, "orig", None) or error  # the database's own words, not the statement sent
        self.range.setText(self.tr("The figures could not be read: %1").replace("%1", str(reason)))

    def export(self) -> bool:
        """The summary (or, on its tab, the VAT report) as a PDF report or a CSV file, in this desk's language."""
        from shopdesk.views.summary_texts import export_summary

        tax = self.tabs.currentWidget() is self.tax_panel
        target = self.ask_export_path()
        if self.busy:
            self.wait()  # the report is of the period chosen, not of the one shown before it
        if not target or self.summary is None or (tax and self.tax_report is None):
            return False
        try:
            if tax:
                self.tax_panel.export(self._formatter(), self._shop_name(), target)
            else:
                export_summary(self.summary, self._formatter(), self._shop_name(), target, cohorts=self.cohorts)
        except (OSError, ValueError) as exc:
            self.range.setText(self.tr("The report could not be written: %1").replace("%1", str(exc)))
            return False
        self.status_message.emit(self.tr("Summary saved to %1.").replace("%1", isolate_ltr(str(target))))
        return True

    def ask_export_path(self) -> str:
        from PySide6.QtWidgets import QFileDialog

        tax = self.tabs.currentWidget() is self.tax_panel
        title = self.tr("Export the VAT report") if tax else self.tr("Export the summary")
        suggested = "vat-report.pdf" if tax else "summary.pdf"
        path, _filter = QFileDialog.getSaveFileName(self, title, suggested, "PDF (*.pdf);;CSV (*.csv)")
        return path

    def _draw_charts(self, days: list[tuple[date, int]], channels: list[tuple[str, int]], f: Formatter) -> None:
        """Revenue over the period (by day, or by month of the desk's calendar for long periods) and orders by
        channel; numbers and dates in the desk's language, right to left where it reads so."""
        rtl = f.locale.textDirection() == Qt.LayoutDirection.RightToLeft
        currency = self.summary.current.currency
        digits = minor_digits(currency)
        if len(days) > 62:
            months: dict[tuple[int, int], int] = {}
            for day, amount in days:
                parts = f.calendar.partsFromDate(QDate(day))
                months[(parts.year, parts.month)] = months.get((parts.year, parts.month), 0) + amount
            labels = [
                f.calendar.monthName(f.locale, month, year, QLocale.FormatType.ShortFormat) for year, month in months
            ]
            values = list(months.values())
        else:
            labels = [f.integer(f.calendar.partsFromDate(QDate(day)).day) for day, _ in days]
            values = [amount for _, amount in days]
        title = self.tr("Revenue (%1)").replace("%1", currency)
        # Chart bars need plain numbers; money stays integer minor units everywhere else.
        self.revenue_chart.setChart(bar_chart(title, labels, [v / 10**digits for v in values], f, rtl))
        # bars beside their names, as the return reasons: under upright bars a channel's name got a bar's width
        # and was cut ("حضو…")
        ranked = sorted(channels, key=lambda pair: -pair[1])
        self.channel_chart.setChart(
            reasons_chart(
                self.tr("Orders by channel"),
                [channel_text(channel) for channel, _ in ranked],
                [count for _, count in ranked],
                f,
                rtl,
            )
        )
        self.channel_chart.setMinimumHeight(max(240, 110 + 46 * len(ranked)))
        reasons = self.summary.current.top_reasons
        title = self.tr("Top return reasons") if reasons else self.tr("No returns in this period.")
        self.reasons_chart.setChart(
            reasons_chart(title, [reason_text(reason) for reason, _ in reasons], [n for _, n in reasons], f, rtl)
        )
        # a name taller than its band is cut to "…": Arabic script lines are tall, so each reason gets room
        self.reasons_chart.setMinimumHeight(max(240, 110 + 46 * len(reasons)))

    def _fill_cohorts(self, table: CohortTable, f: Formatter) -> None:
        """One row per first-purchase month; each cell the share who ordered again that many months later and
        how many, shaded deeper the larger the share; months not reached yet stay empty."""
        grid = self.cohort_table
        grid.clearContents()
        grid.setRowCount(len(table.cohorts))
        grid.setColumnCount(table.months + 1)
        month_n = self.tr("Month %1")
        grid.setHorizontalHeaderLabels(
            [self.tr("Customers"), *(month_n.replace("%1", f.integer(k)) for k in range(table.months))]
        )
        grid.setVerticalHeaderLabels([month_label(cohort.first_day, f) for cohort in table.cohorts])
        center = Qt.AlignmentFlag.AlignCenter
        for row, cohort in enumerate(table.cohorts):
            size = QTableWidgetItem(f.integer(cohort.customers))
            size.setTextAlignment(center)
            grid.setItem(row, 0, size)
            for month, (share, active) in enumerate(zip(cohort.shares, cohort.active, strict=True)):
                if share is None:
                    continue  # no first purchases that month: nothing to share out
                item = QTableWidgetItem(f"{f.percent(share)}\n{f.integer(active)}")
                item.setTextAlignment(center)
                # the colour, not a figure: a float is fine here
                depth = 0.8 * float(share)
                item.setBackground(
                    QColor.fromRgbF(*(1 - depth * (1 - c) for c in (_BLUE.redF(), _BLUE.greenF(), _BLUE.blueF())))
                )
                item.setForeground(QColor("black"))
                grid.setItem(row, month + 1, item)
        grid.resizeRowsToContents()
        height = grid.horizontalHeader().height() + sum(grid.rowHeight(r) for r in range(grid.rowCount()))
        grid.setFixedHeight(height + 2 * grid.frameWidth())

    def _value(self, figures: PeriodFigures, key: str, f: Formatter) -> tuple[str, Decimal | None]:
        """The text of a tile and the number to compare."""
        money = lambda amount: f.money(amount, figures.currency)  # noqa: E731
        if key == "revenue":
            return money(figures.revenue_minor), Decimal(figures.revenue_minor)
        if key == "orders":
            return f.integer(figures.orders), Decimal(figures.orders)
        if key == "average_order":
            return money(figures.average_order_minor), Decimal(figures.average_order_minor)
        if key == "lifetime_value":
            return money(figures.average_lifetime_value_minor), Decimal(figures.average_lifetime_value_minor)
        if key == "cards":
            return f.integer(figures.active_cards), Decimal(figures.active_cards)
        if key == "redeemed":
            return f.integer(figures.rewards_redeemed), Decimal(figures.rewards_redeemed)
        if key == "nps":
            score = figures.nps
            return ("—", None) if score is None else (f.decimal(score, 1), score)
        if key == "reviews":
            text = (
                self.tr("%1 of %2")
                .replace("%1", f.integer(figures.reviews))
                .replace("%2", f.integer(figures.inserts_printed))
            )
            return text, Decimal(figures.reviews)
        rate = {"repeat_rate": figures.repeat_purchase_rate, "csat": figures.csat}.get(key, figures.return_rate)
        if rate is None:
            return "—", None
        return f.percent(rate), rate

    def _arrow(self, now: Decimal | None, before: Decimal | None) -> str:
        if now is None or before is None or now == before:
            return ""
        return "  ↑" if now > before else "  ↓"
