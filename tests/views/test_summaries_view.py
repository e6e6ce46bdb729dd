"""The Summaries area: the period's figures next to the period before, months in the desk's calendar."""

from __future__ import annotations

from datetime import date, timedelta

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
    assert page.range.text() == {"en": "Reading…", "ar": "جارٍ القراءة…"}[language] and page.busy  # off the GUI thread
    assert page.wait()
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
    assert summaries.wait()
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
    # the window says it is done, and where (the path kept left to right in the Persian sentence)
    assert "\u2066" + str(target) + "\u2069" in window.statusBar().currentMessage()


def _placed_on(database, services, customer, day, *, status="paid"):
    from datetime import datetime, time

    from sqlalchemy import update

    from shopdesk.db.models import Order

    placed = services.orders.place_order(
        OrderDraft(lines=(LineDraft("Soap", 1, 1250),), customer_id=customer, paid_minor=1250, status="new")
    )
    if status != "new":
        services.orders.change_status([placed.id], status)
    with database.engine.begin() as connection:
        connection.execute(
            update(Order.__table__)
            .where(Order.__table__.c.id == placed.id)
            .values(created_at=datetime.combine(day, time(12)).astimezone())
        )
    return placed.id


@pytest.mark.parametrize("language", ["en", "fa"])
def test_the_cohort_table_and_the_reasons_chart_follow_the_desks_months_and_digits(
    make_window, fresh_shop, qtbot, monkeypatch, language
):
    """Worked out by hand, today being 1 December 2026 (10 Azar 1405):
    A ordered on 10 October (18 Mehr) and 25 November (4 Azar); B on 15 October (23 Mehr) and on 5 November
    (14 Aban) an order that was cancelled; C first on 23 November (2 Azar). A's November order came back damaged.
    Gregorian months: October's cohort is A and B, A back in November (month 1); November's is C.
    Jalali months: Mehr's cohort is A and B, nobody in Aban (B's order was cancelled), A back in Azar (month 2);
    Azar's is C."""
    from shopdesk.services.return_records import ReturnDraft
    from shopdesk.views import summaries_view

    class December(date):
        @classmethod
        def today(cls):  # noqa: ANN206
            return date(2026, 12, 1)

    monkeypatch.setattr(summaries_view, "date", December)
    services = build_services(fresh_shop.unit_of_work)
    a, b, c = (services.customers.create_customer(CustomerDraft(name=name)) for name in "ABC")
    _placed_on(fresh_shop, services, a, date(2026, 10, 10))
    back = _placed_on(fresh_shop, services, a, date(2026, 11, 25))
    _placed_on(fresh_shop, services, b, date(2026, 10, 15))
    _placed_on(fresh_shop, services, b, date(2026, 11, 5), status="cancelled")
    _placed_on(fresh_shop, services, c, date(2026, 11, 23))
    _placed_on(fresh_shop, services, None, date(2026, 11, 24))  # a walk-in: no customer, no cohort
    line = services.returns.returnable(back).lines[0].line_id
    services.returns.request_return(ReturnDraft(back, {line: 1}, "damaged"), today=date(2026, 11, 26))

    window = make_window(language, fresh_shop)
    window.show_area("summaries")
    page = window.page("summaries")
    page.period.setCurrentIndex(page.period.findData("last_30_days"))
    assert page.wait()
    grid = page.cohort_table
    assert (grid.rowCount(), grid.columnCount()) == (12, 13)
    months = [grid.verticalHeaderItem(row).text() for row in range(12)]
    cells = lambda row: [grid.item(row, col).text() if grid.item(row, col) else "" for col in range(5)]  # noqa: E731
    if language == "en":
        assert months[0] == "Jan 2026" and months[9:] == ["Oct 2026", "Nov 2026", "Dec 2026"]
        assert cells(9) == ["2", "100.0%\n2", "50.0%\n1", "0.0%\n0", ""]
        assert cells(10) == ["1", "100.0%\n1", "0.0%\n0", "", ""]
        assert cells(11) == ["0", "", "", "", ""]
        assert grid.horizontalHeaderItem(3).text() == "Month 2"
    else:
        assert months[0] == "دی ۱۴۰۴" and months[10:] == ["آبان ۱۴۰۵", "آذر ۱۴۰۵"]
        assert cells(9) == ["۲", "۱۰۰٫۰٪\n۲", "۰٫۰٪\n۰", "۵۰٫۰٪\n۱", ""]
        assert cells(11) == ["۱", "۱۰۰٫۰٪\n۱", "", "", ""]
        assert grid.horizontalHeaderItem(3).text().endswith("۲")
        assert grid.isRightToLeft()
    # the deeper the share, the deeper the shade
    assert (
        grid.item(9, 1).background().color().lightness()
        < grid.item(9, 3 if language == "fa" else 2).background().color().lightness()
    )
    (series,) = page.reasons_chart.chart().series()
    assert series.barSets()[0].at(0) == 1
    (names,) = page.reasons_chart.chart().axes(Qt.Orientation.Vertical)
    assert names.categories() == [{"en": "Damaged on arrival", "fa": "آسیب‌دیده رسید"}[language]]
    page.scroll.widget().grab().save(str(fresh_shop.sqlite_path.parent / f"summaries_cohorts_{language}.png"))


def test_a_shop_without_returns_says_so_above_the_reasons_chart(make_window, fresh_shop, qtbot):
    window = make_window("en", fresh_shop)
    window.show_area("summaries")
    page = window.page("summaries")
    assert page.wait()
    assert page.reasons_chart.chart().title() == "No returns in this period."
    assert page.cohort_table.rowCount() == 12 and page.cohorts.cohorts[-1].customers == 0


def test_when_the_figures_cannot_be_read_the_page_says_so_and_keeps_working(make_window, fresh_shop, qtbot):
    from sqlalchemy.exc import OperationalError

    window = make_window("en", fresh_shop)
    window.show_area("summaries")
    page = window.page("summaries")
    assert page.wait()
    shown = page.tiles["orders"][1].text()
    reading = page._summaries.summary

    def unreadable(*_args):  # noqa: ANN002, ANN202 - e.g. the database file went away under the desk
        raise OperationalError("SELECT", {}, Exception("disk I/O error"))

    page._summaries.summary = unreadable
    page.period.setCurrentIndex(page.period.findData("this_year"))
    page.wait()
    assert not page.busy
    assert page.range.text() == "The figures could not be read: disk I/O error"
    assert page.tiles["orders"][1].text() == shown  # what was shown stays until figures can be read
    page._summaries.summary = reading
    page.period.setCurrentIndex(page.period.findData("this_month"))
    assert page.wait() and not page.range.text().startswith("The figures")


def test_only_the_newest_periods_figures_are_shown_when_the_period_changes_while_reading(
    make_window, fresh_shop, qtbot
):
    window = make_window("en", fresh_shop)
    window.show_area("summaries")
    page = window.page("summaries")
    assert page.wait()
    drawn = []
    draw = page._draw_charts
    page._draw_charts = lambda *args: (drawn.append(args), draw(*args))
    page.period.setCurrentIndex(page.period.findData("this_year"))
    page.period.setCurrentIndex(page.period.findData("this_month"))  # before the year's figures came back
    assert page.wait()
    assert len(drawn) == 1  # the year's figures, read first, were not shown on their way out
    start, end = period_dates("this_month", date.today(), window.formatter)
    assert (page.summary.current.start, page.summary.current.end) == (start, end + timedelta(days=1))
    assert page.range.text() == f"\u2068{window.formatter.date(start)}\u2069 – \u2068{window.formatter.date(end)}\u2069"


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_the_period_befores_percent_reads_like_this_periods(make_window, sqlite_demo, language):
    """«قبلاً: ۹۶٫۰٪» showed as «٪۹۶٫۰» beside «۹۵٫۰٪»: after Arabic letters the sign moved to the other side."""
    from bidi import get_display

    window = make_window(language, sqlite_demo)
    window.show_area("summaries")
    page = window.page("summaries")
    page.period.setCurrentIndex(page.period.findData("this_year"))
    assert page.wait()
    shown = lambda text: get_display(text, base_dir="R").replace("\u2068", "").replace("\u2069", "")  # noqa: E731
    percents = 0
    for key, (_caption, _value, change) in page.tiles.items():
        previous = page._value(page.summary.previous, key, window.formatter)[0]
        if window.formatter.locale.percent() in previous:
            percents += 1
            assert shown(previous) in shown(change.text()), key
    assert percents >= 2  # the repeat rate and the return rate at least


def test_channel_names_stand_beside_their_bars_whole(make_window, sqlite_demo):
    """Under upright bars each name had a bar's width and was cut («حضو…»): the bars lie beside whole names."""
    from PySide6.QtCharts import QHorizontalBarSeries

    window = make_window("fa", sqlite_demo)
    window.show_area("summaries")
    page = window.page("summaries")
    page.period.setCurrentIndex(page.period.findData("this_year"))
    assert page.wait()
    chart = page.channel_chart.chart()
    (series,) = chart.series()
    assert isinstance(series, QHorizontalBarSeries)
    (names,) = chart.axes(Qt.Orientation.Vertical)
    assert "حضوری" in names.categories()
