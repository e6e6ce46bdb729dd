"""The Summaries area: the period's figures next to the period before, months in the desk's calendar."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from shopdesk.views.locale_format import Formatter
from shopdesk.views.preferences import DisplayPreferences
from shopdesk.views.summaries_view import period_dates


def test_this_month_is_the_jalali_month_on_a_persian_desk():
    persian = Formatter(DisplayPreferences(language="fa", calendar="jalali"))
    english = Formatter(DisplayPreferences(language="en"))
    today = date(2026, 12, 1)  # 10 Azar 1405
    assert period_dates("this_month", today, persian) == (date(2026, 11, 22), today)  # 1 Azar 1405
    assert period_dates("this_month", today, english) == (date(2026, 12, 1), today)
    assert period_dates("this_quarter", today, english) == (date(2026, 10, 1), today)
    assert period_dates("this_year", today, persian) == (date(2026, 3, 21), today)  # 1 Farvardin 1405
    assert period_dates("last_30_days", today, english) == (date(2026, 11, 2), today)


@pytest.mark.parametrize(("language", "revenue", "orders"), [("en", "37.50 SAR", "2"), ("ar", "٣٧٫٥٠ SAR", "٢")])
def test_the_dashboard_shows_the_periods_figures(make_window, fresh_shop, qtbot, language, revenue, orders):
    services = build_services(fresh_shop.unit_of_work)
    customer = services.customers.create_customer(CustomerDraft(name="Sara"))
    for amount in (1250, 2500):
        services.orders.place_order(
            OrderDraft(lines=(LineDraft("Soap", 1, amount),), customer_id=customer, paid_minor=amount)
        )
    window = make_window(language, fresh_shop)
    window.show_area("summaries")
    page = window.page("summaries")
    page.period.setCurrentIndex(page.period.findData("last_30_days"))
    assert page.tiles["revenue"][1].text() == revenue
    assert page.tiles["orders"][1].text() == orders
    assert page.summary.current.repeat_customers == 1
    revenue = page.revenue_chart.chart()
    (series,) = revenue.series()
    assert sum(series.barSets()[0].at(i) for i in range(series.barSets()[0].count())) == 37.5
    (axis_x,) = revenue.axes(Qt.Orientation.Horizontal)
    days = axis_x.categories()
    today_label = window.formatter.integer(window.formatter.calendar.partsFromDate(QDate.currentDate()).day)
    assert (days[0] if language == "ar" else days[-1]) == today_label  # the latest day at the reading end
    window.grab().save(str(fresh_shop.sqlite_path.parent / f"summaries_{language}.png"))


def test_feedback_recorded_on_an_order_shows_in_the_nps_tile_with_a_warning(make_window, fresh_shop, qtbot):
    services = build_services(fresh_shop.unit_of_work)
    customer = services.customers.create_customer(CustomerDraft(name="Sara"))
    placed = services.orders.place_order(
        OrderDraft(lines=(LineDraft("Soap", 1, 1250),), customer_id=customer, paid_minor=1250)
    )
    window = make_window("en", fresh_shop)
    window.orders_view.open_order(placed.id)
    page = window.orders_view.order_page
    page.feedback_button.click()
    dialog = page.feedback_dialog
    assert not dialog.save()  # nothing chosen: said, nothing saved
    assert dialog.error.text().startswith("Choose a score")
    dialog.nps.setCurrentIndex(dialog.nps.findData(10))
    dialog.csat.setCurrentIndex(dialog.csat.findData(4))
    dialog.review_site.setText("Google")
    assert dialog.save()
    assert services.feedback.for_order(placed.id)[0].nps == 10
    page.accept()
    window.show_area("summaries")
    summaries = window.page("summaries")
    summaries.period.setCurrentIndex(summaries.period.findData("last_30_days"))
    assert summaries.tiles["nps"][1].text() == "100.0"
    assert "1 response" in summaries.tiles["nps"][2].text() and "Fewer than 30" in summaries.tiles["nps"][2].text()
    assert summaries.tiles["csat"][1].text() == "100.0%"
    assert summaries.tiles["reviews"][1].text() == "1 of 0"


def test_the_summary_is_exported_as_a_pdf_from_the_dashboard(make_window, fresh_shop, qtbot, tmp_path):
    window = make_window("fa", fresh_shop)
    window.show_area("summaries")
    page = window.page("summaries")
    target = tmp_path / "out" / "summary.pdf"
    target.parent.mkdir()
    page.ask_export_path = lambda: str(target)
    assert page.export()
    assert target.read_bytes().startswith(b"%PDF")
