"""The summary as rows of words and numbers in one language (captions translated, digits and money as the
language writes them), for the PDF report and the CSV export. QtCore only: the command line uses it too."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from shopdesk.services.summary_records import PeriodFigures, Summary
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


def export_summary(summary: Summary, formatter: Formatter, shop_name: str, out) -> object:  # noqa: ANN001
    """Write the summary as PDF or CSV (by the file's extension) in the formatter's language; returns the path."""
    from pathlib import Path

    from shopdesk.services.printing.summary_report import write_csv, write_pdf

    out = Path(out)
    language = formatter.prefs.language
    rows = summary_rows(summary, formatter)
    header = (caption(language, "figure"), caption(language, "period"), caption(language, "previous"))
    now = summary.current
    last_day = now.end.toordinal() - 1
    from datetime import date

    period = f"{formatter.date(now.start)} – {formatter.date(date.fromordinal(last_day))}"
    if out.suffix.lower() == ".csv":
        return write_csv([header, *rows], out)
    if out.suffix.lower() != ".pdf":
        raise ValueError("the report is written as .pdf or .csv")
    title = f"{caption(language, 'title')} · \u2068{shop_name}\u2069"
    return write_pdf(title, period, header, rows, language, out)
