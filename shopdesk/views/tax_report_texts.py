"""The tax report in words: its tables for the Summaries area, the PDF and the CSV, in the formatter's language,
digits and calendar (a Persian report by Jalali months)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate

from shopdesk.services.tax.report_records import TaxReport
from shopdesk.views.locale_format import Formatter
from shopdesk.views.print_texts import translated
from shopdesk.views.summary_texts import month_label

_CONTEXT = "TaxReport"
CAPTIONS = {
    "title": QT_TRANSLATE_NOOP("TaxReport", "VAT report"),
    "figure": QT_TRANSLATE_NOOP("TaxReport", "Figure"),
    "amount": QT_TRANSLATE_NOOP("TaxReport", "Amount"),
    "taxable": QT_TRANSLATE_NOOP("TaxReport", "Taxable sales (standard rates)"),
    "output_tax": QT_TRANSLATE_NOOP("TaxReport", "VAT charged"),
    "zero": QT_TRANSLATE_NOOP("TaxReport", "Zero-rated sales"),
    "exempt": QT_TRANSLATE_NOOP("TaxReport", "Exempt sales"),
    "credited_net": QT_TRANSLATE_NOOP("TaxReport", "Sales given back (credit notes)"),
    "credited_tax": QT_TRANSLATE_NOOP("TaxReport", "VAT given back (credit notes)"),
    "due": QT_TRANSLATE_NOOP("TaxReport", "Net VAT due"),
    "invoices": QT_TRANSLATE_NOOP("TaxReport", "Invoices"),
    "credit_notes": QT_TRANSLATE_NOOP("TaxReport", "Credit notes"),
    "by_rate": QT_TRANSLATE_NOOP("TaxReport", "By rate"),
    "rate": QT_TRANSLATE_NOOP("TaxReport", "Rate"),
    "sales": QT_TRANSLATE_NOOP("TaxReport", "Sales"),
    "vat": QT_TRANSLATE_NOOP("TaxReport", "VAT"),
    "returned": QT_TRANSLATE_NOOP("TaxReport", "Given back"),
    "vat_returned": QT_TRANSLATE_NOOP("TaxReport", "VAT given back"),
    "by_month": QT_TRANSLATE_NOOP("TaxReport", "By month"),
    "month": QT_TRANSLATE_NOOP("TaxReport", "Month"),
    "zero_rated": QT_TRANSLATE_NOOP("TaxReport", "Zero-rated"),
    "exempt_rate": QT_TRANSLATE_NOOP("TaxReport", "Exempt"),
}


def caption(language: str, key: str) -> str:
    return translated(language, _CONTEXT, CAPTIONS[key])


def report_months(date_from: date, date_to: date, f: Formatter) -> list[date]:
    """The first days of the months of the formatter's calendar (Jalali in Persian) from the one holding
    ``date_from`` to the one holding ``date_to``, and of the month after."""
    calendar = f.calendar
    parts = calendar.partsFromDate(QDate(date_from))
    year, month = parts.year, parts.month
    starts = []
    while True:
        first = calendar.dateFromParts(year, month, 1).toPython()
        starts.append(first)
        if first > date_to:
            return starts
        year, month = (year, month + 1) if month < calendar.monthsInYear(year) else (year + 1, 1)


def _rate_name(rate, f: Formatter, language: str) -> str:  # noqa: ANN001
    if rate.kind == "zero":
        return caption(language, "zero_rated")
    if rate.kind == "exempt":
        return caption(language, "exempt_rate")
    return f.basis_points(rate.basis_points)


def tax_report_tables(report: TaxReport, f: Formatter) -> list[tuple[str, list[str], list[list[str]]]]:
    """(title, header, rows) of each table: the figures, by rate, by month."""
    language = f.prefs.language
    money = lambda amount: f.money(amount, report.currency)  # noqa: E731
    c = lambda key: caption(language, key)  # noqa: E731
    figures = [
        [c("taxable"), money(report.taxable_sales_minor)],
        [c("output_tax"), money(report.output_tax_minor)],
        [c("zero"), money(report.zero_rated_sales_minor)],
        [c("exempt"), money(report.exempt_sales_minor)],
        [c("credited_net"), money(report.credited_net_minor)],
        [c("credited_tax"), money(report.credited_tax_minor)],
        [c("due"), money(report.net_tax_due_minor)],
        [c("invoices"), f.integer(report.invoices)],
        [c("credit_notes"), f.integer(report.credit_notes)],
    ]
    rates = [
        [
            _rate_name(r, f, language),
            money(r.sales_net_minor),
            money(r.sales_tax_minor),
            money(r.credited_net_minor),
            money(r.credited_tax_minor),
        ]
        for r in report.rates
    ]
    months = [
        [month_label(m.first_day, f), money(m.output_tax_minor), money(m.credited_tax_minor), money(m.due_minor)]
        for m in report.months
    ]
    tables = [
        ("", [c("figure"), c("amount")], figures),
        (c("by_rate"), [c("rate"), c("sales"), c("vat"), c("returned"), c("vat_returned")], rates),
    ]
    if months:
        tables.append((c("by_month"), [c("month"), c("vat"), c("vat_returned"), c("due")], months))
    return tables


def export_tax_report(report: TaxReport, f: Formatter, shop_name: str, out: Path) -> Path:
    """The report as PDF or CSV (by the file's extension) in the formatter's language."""
    from shopdesk.services.printing.summary_report import ReportTable, write_csv, write_pdf
    from shopdesk.services.printing.templates import isolate

    out = Path(out)
    language = f.prefs.language
    tables = tax_report_tables(report, f)
    title = f"{caption(language, 'title')} — {shop_name}"
    period = f"{f.date(report.date_from)} – {f.date(report.date_to)}"
    if out.suffix.lower() == ".csv":
        lines: list[list[str]] = [[title], [period]]
        for name, header, rows in tables:
            lines += [[], *([[name]] if name else []), header, *rows]
        return write_csv(lines, out)
    if out.suffix.lower() != ".pdf":
        raise ValueError(f"{out.name}: the report is written as .pdf or .csv")
    widths = {2: (0.6, 0.4), 4: (0.25, 0.25, 0.25, 0.25), 5: (0.2, 0.2, 0.2, 0.2, 0.2)}
    blocks = [ReportTable(name, header, rows, widths[len(header)]) for name, header, rows in tables]
    # On the page the shop's name keeps its own direction: "Golnar & Co." ends with its full stop on a Persian page.
    page_title = f"{caption(language, 'title')} — {isolate(shop_name)}"
    return write_pdf(page_title, period, blocks, language, out)
