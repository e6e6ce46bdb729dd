"""Customer retention by first-purchase month, on a small shop whose answers are worked out here by hand."""

from __future__ import annotations

import time as clock
from datetime import date, datetime, time
from decimal import Decimal

import pytest
from sqlalchemy import update

from shopdesk.db.models import Order
from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.errors import InvalidInput
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings
from shopdesk.services.summaries import SummaryService


@pytest.fixture
def tehran(monkeypatch):
    """Local time in Tehran (UTC+3:30), so a month's first half hour is still the month before in UTC."""
    monkeypatch.setenv("TZ", "Asia/Tehran")
    clock.tzset()
    yield
    monkeypatch.undo()
    clock.tzset()


@pytest.fixture
def shop(database, tehran):
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", time_zone="Asia/Tehran"))
    return services, database, SummaryService(database.unit_of_work)


def _order(shop, customer, day: date, *, at: time = time(12), status="paid", currency=None):
    services, database, _summaries = shop
    placed = services.orders.place_order(
        OrderDraft(lines=(LineDraft("Soap", 1, 1000),), customer_id=customer, paid_minor=1000, status="new")
    )
    if status != "new":
        services.orders.change_status([placed.id], status)
    values = {"created_at": datetime.combine(day, at).astimezone()}
    if currency:
        values["currency"] = currency
    with database.engine.begin() as connection:
        connection.execute(update(Order.__table__).where(Order.__table__.c.id == placed.id).values(**values))
    return placed.id


def _customer(shop, name):
    return shop[0].customers.create_customer(CustomerDraft(name=name))


def test_cohorts_of_twelve_months_worked_out_by_hand(shop):
    a, b, c, d, e, f, g, h = (_customer(shop, name) for name in "ABCDEFGH")
    _order(shop, a, date(2025, 11, 10))  # A's first purchase is before the twelve months: in no cohort
    _order(shop, a, date(2026, 1, 5))
    _order(shop, b, date(2026, 1, 3))  # B: January; two orders that month count once
    _order(shop, b, date(2026, 1, 20))
    _order(shop, b, date(2026, 3, 2))  # two months after
    _order(shop, c, date(2025, 12, 20), status="cancelled")  # never counts: C's first purchase is in January
    _order(shop, c, date(2026, 1, 15))
    _order(shop, c, date(2026, 2, 10))  # one month after
    _order(shop, d, date(2026, 1, 10), currency="USD")  # another currency never counts: D's first is February
    _order(shop, d, date(2026, 2, 1))
    _order(shop, d, date(2026, 11, 19))  # nine months after
    _order(shop, d, date(2026, 11, 25))  # after the end: not seen
    # E has no orders; F only one in another currency; G's first comes after the end; a walk-in has no customer
    _order(shop, f, date(2026, 4, 4), currency="USD")
    _order(shop, g, date(2026, 11, 21))
    _order(shop, None, date(2026, 1, 7))
    # H: the first half hour of December in Tehran (still 30 November in UTC) and the last of the end day
    _order(shop, h, date(2025, 12, 1), at=time(0, 30))
    _order(shop, h, date(2026, 11, 20), at=time(23, 30))
    assert e  # a customer without orders is in no cohort

    table = shop[2].cohorts(date(2026, 11, 20))

    assert (table.currency, table.end, table.months) == ("SAR", date(2026, 11, 20), 12)
    months = [(cohort.first_day, cohort.last_day) for cohort in table.cohorts]
    assert months[0] == (date(2025, 12, 1), date(2025, 12, 31))
    assert months[2] == (date(2026, 2, 1), date(2026, 2, 28))
    assert months[-1] == (date(2026, 11, 1), date(2026, 11, 30))
    december, january, february, *later = table.cohorts
    # December: H alone, back in November, eleven months after
    assert december.customers == 1 and december.active == (1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)
    # January: B and C; C came back in February (1 month after), B in March (2 months after)
    assert january.customers == 2 and january.active == (2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0)
    assert january.shares[:3] == (Decimal("1"), Decimal("0.5"), Decimal("0.5"))
    # February: D, back in November (nine months after); the table's months end there
    assert february.customers == 1 and february.active == (1, 0, 0, 0, 0, 0, 0, 0, 0, 1)
    # March to November: no first purchases (G's came after the end), every cell zero and no share
    assert [len(cohort.active) for cohort in later] == list(range(9, 0, -1))
    assert all(cohort.customers == 0 and not any(cohort.active) for cohort in later)
    assert later[-1].shares == (None,)


def test_cohorts_follow_the_months_they_are_given_such_as_jalali_months(shop):
    j, k = _customer(shop, "J"), _customer(shop, "K")
    _order(shop, j, date(2026, 11, 21))  # 30 Aban 1405
    _order(shop, j, date(2026, 11, 22))  # 1 Azar 1405: the next Jalali month, the same Gregorian month
    _order(shop, k, date(2026, 11, 30))
    aban, azar, dey = date(2026, 10, 23), date(2026, 11, 22), date(2026, 12, 22)

    jalali = shop[2].cohorts(date(2026, 12, 1), 2, month_starts=[aban, azar, dey])

    assert [(c.first_day, c.last_day, c.customers, c.active) for c in jalali.cohorts] == [
        (aban, date(2026, 11, 21), 1, (1, 1)),
        (azar, date(2026, 12, 21), 1, (1,)),
    ]
    gregorian = shop[2].cohorts(date(2026, 12, 1), 2)
    assert [(c.first_day, c.customers, c.active) for c in gregorian.cohorts] == [
        (date(2026, 11, 1), 2, (2, 0)),
        (date(2026, 12, 1), 0, (0,)),
    ]


def test_a_shop_without_orders_has_empty_cohorts(shop):
    table = shop[2].cohorts(date(2026, 1, 31), 3)
    assert [(c.first_day, c.customers, c.active) for c in table.cohorts] == [
        (date(2025, 11, 1), 0, (0, 0, 0)),
        (date(2025, 12, 1), 0, (0, 0)),
        (date(2026, 1, 1), 0, (0,)),
    ]
    assert shop[2].cohorts(date(2026, 1, 31), 1).cohorts[0].active == (0,)


def test_month_starts_must_be_consecutive_and_hold_the_end(shop):
    summaries = shop[2]
    with pytest.raises(InvalidInput):
        summaries.cohorts(date(2026, 1, 31), 2, month_starts=[date(2026, 1, 1), date(2026, 2, 1)])
    with pytest.raises(InvalidInput):
        summaries.cohorts(date(2026, 3, 5), 2, month_starts=[date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)])


def test_report_summary_json_gives_the_cohorts(tmp_path):
    """On the command line the months are Gregorian, up to the one holding --to: B first in October and back in
    November, C first in November; B's cancelled December order and C's in dollars do not count."""
    import json
    import subprocess
    import sys

    from shopdesk.services.database import open_database

    path = tmp_path / "shop.sqlite3"
    database = open_database("sqlite:///" + str(path))
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", time_zone="Asia/Tehran"))
    shop = (services, database, None)
    b, c = _customer(shop, "B"), _customer(shop, "C")
    _order(shop, b, date(2026, 10, 2))
    _order(shop, b, date(2026, 11, 3))
    _order(shop, b, date(2026, 12, 1), status="cancelled")
    _order(shop, c, date(2026, 11, 9))
    _order(shop, c, date(2026, 12, 9), currency="USD")
    database.close()
    done = subprocess.run(
        [sys.executable, "-m", "shopdesk", "--db", str(path), "report", "summary"]
        + ["--from", "2026-12-01", "--to", "2026-12-31", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    cohorts = json.loads(done.stdout)["cohorts"]
    assert [cohort["month"] for cohort in cohorts] == [f"2026-{m:02d}" for m in range(1, 13)]
    assert cohorts[0] == {
        "month": "2026-01",
        "from": "2026-01-01",
        "to": "2026-01-31",
        "customers": 0,
        "active": [0] * 12,
        "retention": [None] * 12,
    }
    october, november, december = cohorts[9:]
    assert (october["customers"], october["active"], october["retention"]) == (
        1,
        [1, 1, 0],
        ["1.0000", "1.0000", "0.0000"],
    )
    assert (november["customers"], november["active"], november["retention"]) == (1, [1, 0], ["1.0000", "0.0000"])
    assert (december["customers"], december["active"], december["retention"]) == (0, [0], [None])


def test_the_report_carries_the_reasons_and_the_cohorts_in_pdf_and_csv(shop, tmp_path):
    import subprocess

    from shopdesk.services.return_records import ReturnDraft
    from shopdesk.views.locale_format import Formatter
    from shopdesk.views.preferences import DisplayPreferences
    from shopdesk.views.summary_texts import export_summary, month_starts

    services, _database, summaries = shop
    b, c = _customer(shop, "B"), _customer(shop, "C")
    _order(shop, b, date(2026, 10, 2))
    returned = _order(shop, b, date(2026, 11, 3))
    _order(shop, c, date(2026, 11, 9))
    line = services.returns.returnable(returned).lines[0].line_id
    services.returns.request_return(ReturnDraft(returned, {line: 1}, "wrong_size"), today=date(2026, 11, 5))
    summary = summaries.summary(date(2026, 11, 1), date(2026, 11, 30))
    english = Formatter(DisplayPreferences(language="en"))
    cohorts = summaries.cohorts(date(2026, 11, 30), month_starts=month_starts(date(2026, 11, 30), english))
    text = export_summary(summary, english, "Golnar", tmp_path / "s.csv", cohorts=cohorts).read_text("utf-8-sig")
    lines = text.splitlines()
    reasons = lines.index("Reason,Returns")
    assert lines[reasons + 1 : reasons + 3] == ["Wrong size,1", ""]
    assert "Customer retention by month of first purchase" in lines
    header = lines.index("Customer retention by month of first purchase") + 1
    assert lines[header] == "First purchase,Customers," + ",".join(f"Month {k}" for k in range(12))
    # October: B, back in November; November: C
    assert lines[header + 11] == "Oct 2026,1,100.0% (1),100.0% (1)" + "," * 10
    assert lines[header + 12] == "Nov 2026,1,100.0% (1)" + "," * 11
    persian = Formatter(DisplayPreferences(language="fa", calendar="jalali"))
    jalali = summaries.cohorts(date(2026, 11, 30), month_starts=month_starts(date(2026, 11, 30), persian))
    pdf = export_summary(summary, persian, "Golnar", tmp_path / "s.pdf", cohorts=jalali)
    words = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Golnar" in words and "۱۴۰۵" in words  # Jalali months in Persian digits
