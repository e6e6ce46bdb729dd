"""The VAT report in the Summaries area: the tab of a shop registered for VAT, its figures those of
``shopdesk report tax`` for the same period, in the desk's language and calendar, exported as PDF or CSV."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings
from shopdesk.services.tax.records import TaxSettings, default_rates
from shopdesk.views.summary_texts import month_label


def _register(services) -> None:  # noqa: ANN001
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    services.tax.save_settings(
        TaxSettings(
            registered=True,
            vat_number="300000000000003",
            legal_name_ar="متجر جلنار",
            legal_name_en="Golnar Store",
            rates=default_rates("SA"),
        )
    )


def _sell(services) -> None:  # noqa: ANN001
    """115.00 with 15% VAT included (100.00 + 15.00), and 23.00 of it cancelled (a credit note of 3.00 VAT)."""
    sara = services.customers.create_customer(CustomerDraft(name="Sara"))
    services.orders.place_order(OrderDraft(lines=(LineDraft("Soap", 4, 2300),), customer_id=sara))
    cancelled = services.orders.place_order(OrderDraft(lines=(LineDraft("Tea", 1, 2300),), customer_id=sara))
    services.orders.change_status([cancelled.id], "cancelled")


def test_the_vat_tab_is_hidden_while_the_shop_is_not_registered(make_window, fresh_shop, qtbot):
    _sell(build_services(fresh_shop.unit_of_work))
    window = make_window("en", fresh_shop)
    window.show_area("summaries")
    page = window.page("summaries")
    assert page.wait()
    assert not page.tabs.isTabVisible(1) and not page.tabs.tabBar().isVisible()
    assert page.tax_report is None and not page.show_tax_report()


@pytest.mark.parametrize(
    ("language", "taxable", "output_tax", "given_back", "due"),
    [
        ("en", "100.00 SAR", "15.00 SAR", "3.00 SAR", "12.00 SAR"),
        ("ar", "١٠٠٫٠٠ SAR", "١٥٫٠٠ SAR", "٣٫٠٠ SAR", "١٢٫٠٠ SAR"),
        ("fa", "۱۰۰٫۰۰ SAR", "۱۵٫۰۰ SAR", "۳٫۰۰ SAR", "۱۲٫۰۰ SAR"),
    ],
)
def test_a_registered_shop_sees_the_vat_report_of_the_period_as_the_command_line_writes_it(
    make_window, fresh_shop, qtbot, tmp_path, language, taxable, output_tax, given_back, due
):
    services = build_services(fresh_shop.unit_of_work)
    _register(services)
    _sell(services)
    window = make_window(language, fresh_shop)
    window.show_area("summaries")
    page = window.page("summaries")
    page.period.setCurrentIndex(page.period.findData("this_year"))
    assert page.wait()
    assert page.tabs.isTabVisible(1) and page.show_tax_report()
    figures = [row[1] for row in page.tax_panel.cells(0)]
    assert figures[:2] == [taxable, output_tax]
    assert figures[5:7] == [given_back, due]  # VAT given back through the credit note, net VAT due
    month_row = page.tax_panel.cells(2)[-1]  # this month, the orders placed today
    f = window.formatter
    today = f.calendar.partsFromDate(date.today())
    first_day = f.calendar.dateFromParts(today.year, today.month, 1).toPython()  # 1 Dey 1405 on a Persian desk
    assert page.tax_report.months[-1].first_day == first_day
    assert month_row[0] == month_label(first_day, f)
    assert month_row[1:] == [output_tax, given_back, due]
    assert (window.formatter.calendar.name() == "Jalali") == (language == "fa")
    window.resize(1000, 640)
    window.grab().save(str(tmp_path / f"main_summaries_tax_{language}.png"))

    # Export… on this tab writes the VAT report, exactly as `shopdesk report tax --out` does for the same period
    start, end = page.tax_report.date_from, page.tax_report.date_to
    ours = tmp_path / "ours.csv"
    page.ask_export_path = lambda: str(ours)
    assert page.export()
    theirs = tmp_path / "theirs.csv"
    done = subprocess.run(
        [sys.executable, "-m", "shopdesk", "--db", str(fresh_shop.sqlite_path), "report", "tax"]
        + ["--from", start.isoformat(), "--to", end.isoformat(), "--lang", language, "--out", str(theirs)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert ours.read_text(encoding="utf-8-sig") == theirs.read_text(encoding="utf-8-sig")
    pdf = tmp_path / "vat.pdf"
    page.ask_export_path = lambda: str(pdf)
    assert page.export() and pdf.read_bytes().startswith(b"%PDF")
