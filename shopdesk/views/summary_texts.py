"""The summary as rows of words and numbers in one language (captions translated, digits and money as the
language writes them), for the PDF report and the CSV export. QtCore only: the command line uses it too."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale

from shopdesk.services.cohort_records import CohortTable
from shopdesk.services.summary_records import PeriodFigures, Summary
from shopdesk.views.labels import REASON_SOURCES
from shopdesk.views.locale_format import Formatter
from shopdesk.views.print_texts import _translate_in

_CONTEXT = "SummaryReport"
CAPTIONS = {
    "title": QT_TRANSLATE_NOOP("SummaryReport", "Summary"),
    "figure": QT_TRANSLATE_NOOP("SummaryReport", "Figure"),
    "period": QT_TRANSLATE_NOOP("SummaryReport", "This period"),
    "previous": QT_TRANSLATE_NOOP("SummaryReport", "Period before"),
    "revenue": QT_TRANSLATE_NOOP("SummaryReport", "Revenue"),
    "orders": QT_TRANSLATE_NOOP("SummaryReport", "Orders"),
    "average_order": QT_TRANSLATE_NOOP("SummaryReport", "Average order value"),
    "customers": QT_TRANSLATE_NOOP("SummaryReport", "Customers"),
    "repeat_rate": QT_TRANSLATE_NOOP("SummaryReport", "Repeat-purchase rate"),
    "return_rate": QT_TRANSLATE_NOOP("SummaryReport", "Return rate"),
    "refunds": QT_TRANSLATE_NOOP("SummaryReport", "Given back"),
    "lifetime_value": QT_TRANSLATE_NOOP("SummaryReport", "Average lifetime value"),
    "cards": QT_TRANSLATE_NOOP("SummaryReport", "Active loyalty cards"),
    "issued": QT_TRANSLATE_NOOP("SummaryReport", "Rewards issued"),
    "redeemed": QT_TRANSLATE_NOOP("SummaryReport", "Rewards redeemed"),
    "nps": QT_TRANSLATE_NOOP("SummaryReport", "NPS (responses)"),
    "csat": QT_TRANSLATE_NOOP("SummaryReport", "CSAT 4-5 (responses)"),
    "reviews": QT_TRANSLATE_NOOP("SummaryReport", "Reviews / inserts printed"),
    "reasons": QT_TRANSLATE_NOOP("SummaryReport", "Return reasons"),
    "reason": QT_TRANSLATE_NOOP("SummaryReport", "Reason"),
    "returns": QT_TRANSLATE_NOOP("SummaryReport", "Returns"),
    "no_returns": QT_TRANSLATE_NOOP("SummaryReport", "No returns in this period."),
    "cohorts": QT_TRANSLATE_NOOP("SummaryReport", "Customer retention by month of first purchase"),
    "cohorts_note": QT_TRANSLATE_NOOP(
        "SummaryReport",
        "Each row: the customers whose first order fell in that month. Month n: the share of them who ordered "
        "again n months later. Cancelled orders and other currencies do not count.",
    ),
    "first_purchase": QT_TRANSLATE_NOOP("SummaryReport", "First purchase"),
    "month_n": QT_TRANSLATE_NOOP("SummaryReport", "Month %1"),
}


def caption(language: str, key: str) -> str:
    return _translate_in(language, _CONTEXT, CAPTIONS[key])


def _values(figures: PeriodFigures, f: Formatter) -> dict[str, str]:
    money = lambda amount: f.money(amount, figures.currency)  # noqa: E731
    rate = lambda value: "—" if value is None else f.percent(value)  # noqa: E731
    nps = "—" if figures.nps is None else f.decimal(figures.nps, 1)
    return {
        "revenue": money(figures.revenue_minor),
        "orders": f.integer(figures.orders),
        "average_order": money(figures.average_order_minor),
        "customers": f.integer(figures.customers),
        "repeat_rate": rate(figures.repeat_purchase_rate),
        "return_rate": rate(figures.return_rate),
        "refunds": money(figures.refunds_minor),
        "lifetime_value": money(figures.average_lifetime_value_minor),
        "cards": f.integer(figures.active_cards),
        "issued": f.integer(figures.rewards_issued),
        "redeemed": f.integer(figures.rewards_redeemed),
        "nps": f"{nps} ({f.integer(figures.nps_responses)})",
        "csat": f"{rate(figures.csat)} ({f.integer(figures.csat_responses)})",
        "reviews": f"{f.integer(figures.reviews)} / {f.integer(figures.inserts_printed)}",
    }


def summary_rows(summary: Summary, formatter: Formatter) -> list[tuple[str, str, str]]:
    """(caption, this period, the period before) for every figure, in the formatter's language."""
    language = formatter.prefs.language
    now, before = _values(summary.current, formatter), _values(summary.previous, formatter)
    return [(caption(language, key), now[key], before[key]) for key in now]


def reason_name(reason: str, language: str) -> str:
    """A return reason's name in ``language`` (the report may be in another language than the desk)."""
    source = REASON_SOURCES.get(reason)
    return _translate_in(language, "ReturnReason", source) if source else reason


def month_starts(end: date, formatter: Formatter, months: int = 12) -> list[date]:
    """The first days of the ``months`` months of the formatter's calendar up to the one holding ``end``, and of
    the month after (what ``SummaryService.cohorts`` takes: a Persian desk's cohorts are Jalali months)."""
    calendar = formatter.calendar
    parts = calendar.partsFromDate(QDate(end))
    year, month = parts.year, parts.month
    for _ in range(months - 1):
        year, month = (year, month - 1) if month > 1 else (year - 1, calendar.monthsInYear(year - 1))
    starts = []
    for _ in range(months + 1):
        starts.append(calendar.dateFromParts(year, month, 1).toPython())
        year, month = (year, month + 1) if month < calendar.monthsInYear(year) else (year + 1, 1)
    return starts


def month_label(first_day: date, formatter: Formatter) -> str:
    """A month of the formatter's calendar by its short name and year (``Azar 1405`` in Persian digits)."""
    parts = formatter.calendar.partsFromDate(QDate(first_day))
    name = formatter.calendar.monthName(formatter.locale, parts.month, parts.year, QLocale.FormatType.ShortFormat)
    return f"{name} {formatter.plain_digits(parts.year)}"


def cohort_header(formatter: Formatter, months: int) -> list[str]:
    language = formatter.prefs.language
    month_n = caption(language, "month_n")
    return [
        caption(language, "first_purchase"),
        caption(language, "customers"),
        *(month_n.replace("%1", formatter.integer(k)) for k in range(months)),
    ]


def cohort_cells(table: CohortTable, formatter: Formatter, *, counts: bool) -> list[list[str]]:
    """Per cohort: its month, its customers, then each month's share (with the count when ``counts``); months
    the table does not reach yet are empty."""
    rows = []
    for cohort in table.cohorts:
        cells = [month_label(cohort.first_day, formatter), formatter.integer(cohort.customers)]
        for share, active in zip(cohort.shares, cohort.active, strict=True):
            text = "" if share is None else formatter.percent(share)
            cells.append(f"{text} ({formatter.integer(active)})" if counts and share is not None else text)
        rows.append(cells + [""] * (table.months - len(cohort.active)))
    return rows


def export_summary(summary: Summary, formatter: Formatter, shop_name: str, out, *, cohorts=None) -> object:  # noqa: ANN001
    """Write the summary as PDF or CSV (by the file's extension) in the formatter's language, with the return
    reasons and, when given, the cohort table (``CohortTable``); returns the path."""
    from pathlib import Path

    from shopdesk.services.printing.summary_report import ReportBars, ReportTable, write_csv, write_pdf

    out = Path(out)
    language = formatter.prefs.language
    rows = summary_rows(summary, formatter)
    header = (caption(language, "figure"), caption(language, "period"), caption(language, "previous"))
    now = summary.current
    period = f"{formatter.date(now.start)} – {formatter.date(date.fromordinal(now.end.toordinal() - 1))}"
    reasons = [(reason_name(reason, language), formatter.integer(n), n) for reason, n in now.top_reasons]
    if out.suffix.lower() == ".csv":
        lines = [header, *rows, [], [caption(language, "reason"), caption(language, "returns")]]
        lines += [[name, text] for name, text, _n in reasons]
        if cohorts is not None:
            lines += [[], [caption(language, "cohorts")], cohort_header(formatter, cohorts.months)]
            lines += cohort_cells(cohorts, formatter, counts=True)
        return write_csv(lines, out)
    if out.suffix.lower() != ".pdf":
        raise ValueError("the report is written as .pdf or .csv")
    title = f"{caption(language, 'title')} · \u2068{shop_name}\u2069"
    blocks: list = [ReportTable("", header, rows, (0.5, 0.25, 0.25))]
    blocks.append(ReportBars(caption(language, "reasons"), reasons, caption(language, "no_returns")))
    if cohorts is not None and cohorts.months:
        # the month's name and its customers, then the twelve shares (counts are in the CSV and the JSON)
        months = cohorts.months
        label, number = 0.12, 0.1
        widths = (label, number, *((1 - label - number) / months for _ in range(months)))
        shades = [[None, None, *c.shares, *[None] * (months - len(c.shares))] for c in cohorts.cohorts]
        blocks.append(
            ReportTable(
                caption(language, "cohorts"),
                cohort_header(formatter, months),
                cohort_cells(cohorts, formatter, counts=False),
                widths,
                shades=shades,
                note=caption(language, "cohorts_note"),
                size=7.5,
            )
        )
    return write_pdf(title, period, blocks, language, out)
