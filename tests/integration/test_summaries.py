"""Every summary figure on a small shop whose answers are worked out here by hand."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest
from sqlalchemy import update

from shopdesk.db.models import LoyaltyEntry, Order, ReturnRequest
from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.loyalty_rules import PunchCard
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from shopdesk.services.return_records import ReturnDraft
from shopdesk.services.settings import ShopSettings
from shopdesk.services.summaries import SummaryService


def _at(day: date):
    return datetime.combine(day, time(12)).astimezone()


@pytest.fixture
def shop(database):
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR"))
    return services, database, SummaryService(database.unit_of_work)


def _order(services, database, customer, amount, day, *, status="paid", currency=None):
    placed = services.orders.place_order(
        OrderDraft(lines=(LineDraft("Item", 1, amount),), customer_id=customer, paid_minor=amount, status="new")
    )
    if status != "new":
        services.orders.change_status([placed.id], status)
    values = {"created_at": _at(day)}
    if currency:
        values["currency"] = currency
    with database.engine.begin() as connection:  # backdated around the services
        connection.execute(update(Order.__table__).where(Order.__table__.c.id == placed.id).values(**values))
    return placed.id


def test_a_month_worked_out_by_hand(shop):
    services, database, summaries = shop
    a = services.customers.create_customer(CustomerDraft(name="A"))
    b = services.customers.create_customer(CustomerDraft(name="B"))
    c = services.customers.create_customer(CustomerDraft(name="C"))
    _order(services, database, a, 10000, date(2026, 10, 15))  # the month before
    _order(services, database, a, 5000, date(2026, 11, 3))
    b_order = _order(services, database, b, 3000, date(2026, 11, 10))
    _order(services, database, b, 2000, date(2026, 11, 12), status="cancelled")  # never counts
    _order(services, database, None, 4000, date(2026, 11, 20))  # a walk-in sale: an order, not a customer
    _order(services, database, c, 6000, date(2026, 11, 25), currency="USD")  # another currency: counted apart
    _order(services, database, b, 1000, date(2026, 12, 1))  # after the month
    line = services.returns.returnable(b_order).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(b_order, {line: 1}, "damaged"), today=date(2026, 11, 15))
    for step in ("approve", "receive"):
        getattr(services.returns, step)(return_id)
    services.returns.inspect(return_id, "as_new")
    services.returns.resolve(return_id, "refund")
    program = services.loyalty.save_program("Card", PunchCard(stamps_to_fill=6))
    services.loyalty.adjust(a, program, 2, "paper card")
    with database.engine.begin() as connection:
        connection.execute(update(ReturnRequest.__table__).values(created_at=_at(date(2026, 11, 15))))
        connection.execute(update(LoyaltyEntry.__table__).values(at=_at(date(2026, 11, 5))))

    summary = summaries.summary(date(2026, 11, 1), date(2026, 11, 30))
    now = summary.current
    # orders 2, 3 and 5: 50 + 30 + 40
    assert (now.orders, now.revenue_minor, now.average_order_minor) == (3, 12000, 4000)
    assert now.orders_in_other_currencies == 1
    # customers A and B; A has two orders up to the end of the month, B one (the other was cancelled)
    assert (now.customers, now.repeat_customers, now.repeat_purchase_rate) == (2, 1, Decimal("0.5"))
    # order 3 was returned: one of three orders; 30 given back
    assert (now.returned_orders, now.return_rate, now.refunds_minor) == (1, Decimal("0.3333"), 3000)
    assert now.top_reasons == (("damaged", 1),)
    # A spent 100 + 50, B 30 and got 30 back: (150 + 0) / 2 customers
    assert now.average_lifetime_value_minor == 7500
    assert (now.active_cards, now.rewards_issued, now.rewards_redeemed) == (1, 0, 0)
    before = summary.previous
    assert (before.start, before.end) == (date(2026, 10, 2), date(2026, 11, 1))
    assert (before.orders, before.revenue_minor, before.customers, before.repeat_customers) == (1, 10000, 1, 0)
    assert before.average_lifetime_value_minor == 10000 and before.return_rate == Decimal("0")
    # Up to 14 November (orders came after it: the customers are read from the period's orders and their chains):
    # A's first order in it had one before it (repeat), B's is B's first. Lifetime value counts what they kept of
    # the orders placed by then: B's return came on the 15th, but it gave B's order back, so A 100 + 50, B 30 - 30
    to_14th = summaries.figures(date(2026, 11, 1), date(2026, 11, 15))
    assert (to_14th.customers, to_14th.repeat_customers, to_14th.average_lifetime_value_minor) == (2, 1, 7500)
    # 1 October to 10 November: A ordered twice inside it (a repeat customer by its second order), B once
    autumn = summaries.figures(date(2026, 10, 1), date(2026, 11, 11))
    assert (autumn.orders, autumn.revenue_minor, autumn.customers, autumn.repeat_customers) == (3, 18000, 2, 1)
    assert autumn.average_lifetime_value_minor == (10000 + 5000 + 3000 - 3000) // 2
    # 4 to 10 November: only B's order, all given back; from the 3rd, A's order too, with 100 kept before it
    week = summaries.figures(date(2026, 11, 4), date(2026, 11, 11))
    assert (week.customers, week.repeat_customers, week.average_lifetime_value_minor) == (1, 0, 0)
    week = summaries.figures(date(2026, 11, 3), date(2026, 11, 11))
    assert (week.customers, week.repeat_customers, week.average_lifetime_value_minor) == (2, 1, 7500)
    # Up to the last order (nothing after it: the customers are read from their roll-up, not from the orders):
    # orders 2, 3, 5 and 7; A and B both have two orders now; A spent 150, B 30 + 10 less 30 back
    to_last = summaries.figures(date(2026, 11, 1), date(2026, 12, 2))
    assert (to_last.orders, to_last.revenue_minor, to_last.customers, to_last.repeat_customers) == (4, 13000, 2, 2)
    assert to_last.average_lifetime_value_minor == (15000 + 1000) // 2


def test_a_period_without_orders_has_zeros_and_no_rates(shop):
    _services, _database, summaries = shop
    now = summaries.summary(date(2026, 1, 1), date(2026, 1, 31)).current
    assert (now.orders, now.revenue_minor, now.average_order_minor, now.customers) == (0, 0, 0, 0)
    assert now.repeat_purchase_rate is None and now.return_rate is None and now.top_reasons == ()


def test_one_customer_whose_only_order_came_back(shop):
    services, database, summaries = shop
    a = services.customers.create_customer(CustomerDraft(name="A"))
    order_id = _order(services, database, a, 2500, date(2026, 11, 3))
    line = services.returns.returnable(order_id).lines[0].line_id
    return_id = services.returns.request_return(
        ReturnDraft(order_id, {line: 1}, "changed_mind"), today=date(2026, 11, 4)
    )
    for step in ("approve", "receive"):
        getattr(services.returns, step)(return_id)
    services.returns.inspect(return_id, "as_new")
    services.returns.resolve(return_id, "credit")
    with database.engine.begin() as connection:
        connection.execute(update(ReturnRequest.__table__).values(created_at=_at(date(2026, 11, 4))))
    now = summaries.summary(date(2026, 11, 1), date(2026, 11, 30)).current
    assert (now.orders, now.returned_orders, now.return_rate) == (1, 1, Decimal("1"))
    assert now.average_lifetime_value_minor == 0 and now.refunds_minor == 2500


def test_the_end_must_not_come_before_the_start(shop):
    from shopdesk.services.errors import InvalidInput

    _services, _database, summaries = shop
    with pytest.raises(InvalidInput):
        summaries.summary(date(2026, 11, 30), date(2026, 11, 1))


def test_nps_csat_and_reviews_per_insert_worked_out_by_hand(shop):
    from shopdesk.db.models import Feedback, OrderPrint
    from shopdesk.services.errors import InvalidInput
    from shopdesk.services.print_requests import PrintRequest

    services, database, summaries = shop
    a = services.customers.create_customer(CustomerDraft(name="A"))
    orders = [_order(services, database, a, 1000, date(2026, 11, 3)) for _ in range(5)]
    # NPS answers 10, 9, 8, 3, 0: two promoters, two detractors of five -> 0; a 10 more -> (3 - 2) / 6 = 16.7
    for order_id, nps in zip(orders, (10, 9, 8, 3, 0), strict=True):
        services.feedback.record(order_id, nps=nps)
    services.feedback.record(orders[0], nps=10, csat=5, review_site="Google")
    services.feedback.record(orders[1], csat=3, comment="slow delivery")
    services.feedback.record(orders[2], csat=4, review_site="Instagram")
    services.prints.record_printed(orders[:4], PrintRequest())
    services.prints.record_printed(orders[:2], PrintRequest())  # reprinted
    with pytest.raises(InvalidInput):
        services.feedback.record(orders[0], nps=11)
    with pytest.raises(InvalidInput):
        services.feedback.record(orders[0])
    with database.engine.begin() as connection:
        connection.execute(update(Feedback.__table__).values(at=_at(date(2026, 11, 10))))
        prints = OrderPrint.__table__
        connection.execute(update(prints).values(at=_at(date(2026, 11, 4))))
        connection.execute(update(prints).where(prints.c.id == 1).values(at=_at(date(2026, 10, 20))))
        connection.execute(update(prints).where(prints.c.id > 4).values(at=_at(date(2026, 11, 12))))
    # inserts printed: orders 1-4 in November (order 1 first in October, reprinted with order 2 on the 12th)
    assert summaries.figures(date(2026, 10, 1), date(2026, 11, 1)).inserts_printed == 1
    assert summaries.figures(date(2026, 11, 5), date(2026, 12, 1)).inserts_printed == 2
    now = summaries.summary(date(2026, 11, 1), date(2026, 11, 30)).current
    assert (now.nps_responses, now.promoters, now.detractors, now.nps) == (6, 3, 2, Decimal("16.7"))
    assert (now.csat_responses, now.satisfied, now.csat) == (3, 2, Decimal("0.6667"))
    assert (now.reviews, now.inserts_printed) == (2, 4)
    assert services.feedback.for_order(orders[1])[-1].comment == "slow delivery"
    empty = summaries.summary(date(2026, 1, 1), date(2026, 1, 31)).current
    assert empty.nps is None and empty.csat is None


def test_revenue_by_day_and_orders_by_channel_for_the_charts(shop):
    services, database, summaries = shop
    a = services.customers.create_customer(CustomerDraft(name="A"))
    _order(services, database, a, 1000, date(2026, 11, 2))
    _order(services, database, a, 500, date(2026, 11, 2))
    _order(services, database, a, 700, date(2026, 11, 4), status="cancelled")
    _order(services, database, None, 300, date(2026, 11, 4))
    days = summaries.revenue_by_day(date(2026, 11, 1), date(2026, 11, 4))
    assert days == [(date(2026, 11, 1), 0), (date(2026, 11, 2), 1500), (date(2026, 11, 3), 0), (date(2026, 11, 4), 300)]
    assert summaries.orders_by_channel(date(2026, 11, 1), date(2026, 11, 30)) == [("in_store", 3)]


def test_the_summary_report_is_written_as_pdf_and_csv_in_the_chosen_language(shop, tmp_path):
    import subprocess

    from shopdesk.views.locale_format import Formatter
    from shopdesk.views.preferences import DisplayPreferences
    from shopdesk.views.summary_texts import export_summary

    services, database, summaries = shop
    a = services.customers.create_customer(CustomerDraft(name="A"))
    _order(services, database, a, 5000, date(2026, 11, 3))
    summary = summaries.summary(date(2026, 11, 1), date(2026, 11, 30))
    english = Formatter(DisplayPreferences(language="en"))
    csv_file = export_summary(summary, english, "=Golnar", tmp_path / "summary.csv")
    text = csv_file.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "Figure,This period,Period before"
    assert "Revenue,50.00 SAR,0.00 SAR" in text
    pdf = export_summary(summary, Formatter(DisplayPreferences(language="ar")), "Golnar", tmp_path / "summary.pdf")
    words = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    assert "Golnar" in words and "SAR" in words
    with pytest.raises(ValueError):
        export_summary(summary, english, "Golnar", tmp_path / "summary.txt")


def test_csv_cells_a_spreadsheet_would_run_are_neutralized():
    from shopdesk.services.printing.summary_report import safe_cell

    assert [safe_cell(v) for v in ("=1+1", "+9", "-2", "@x", "\tA", "ok")] == [
        "'=1+1",
        "'+9",
        "'-2",
        "'@x",
        "'\tA",
        "ok",
    ]


def test_active_cards_count_each_card_that_gained_in_the_period_once(shop):
    services, database, summaries = shop
    a, b, c = (services.customers.create_customer(CustomerDraft(name=name)) for name in "ABC")
    program = services.loyalty.save_program("Card", PunchCard(stamps_to_fill=6))
    gains = [(a, date(2026, 11, 5)), (a, date(2026, 11, 20)), (b, date(2026, 10, 20)), (b, date(2026, 11, 10))]
    gains.append((c, date(2026, 10, 25)))
    for customer, _day in gains:
        services.loyalty.adjust(customer, program, 1, "paper card")
    with database.engine.begin() as connection:  # backdated around the services
        for entry_id, (_customer, day) in enumerate(gains, start=1):
            connection.execute(
                update(LoyaltyEntry.__table__).where(LoyaltyEntry.__table__.c.id == entry_id).values(at=_at(day))
            )
    # November: A's card twice (counted once) and B's, which had gained in October too; C's did not gain
    assert summaries.figures(date(2026, 11, 1), date(2026, 12, 1)).active_cards == 2
    # October: B's and C's; from 6 to 9 November none
    assert summaries.figures(date(2026, 10, 1), date(2026, 11, 1)).active_cards == 2
    assert summaries.figures(date(2026, 11, 6), date(2026, 11, 10)).active_cards == 0


def test_tier_changes_are_not_card_gains_and_a_paused_programs_gains_still_count(shop):
    from shopdesk.services.loyalty_rules import Tier, Tiers

    services, database, summaries = shop
    a, b = (services.customers.create_customer(CustomerDraft(name=name)) for name in "AB")
    services.loyalty.save_program("Levels", Tiers(levels=(Tier("Silver", 1000), Tier("Gold", 5000))))
    _order(services, database, a, 6000, date(2026, 11, 3))  # Gold: a tier change, not a card
    assert [h.kind for h in services.loyalty.history(a)] == ["tier"]
    with database.engine.begin() as connection:
        connection.execute(update(LoyaltyEntry.__table__).values(at=_at(date(2026, 11, 5))))
    assert summaries.figures(date(2026, 11, 1), date(2026, 12, 1)).active_cards == 0  # a tiers-only shop
    card = services.loyalty.save_program("Card", PunchCard(stamps_to_fill=6))
    services.loyalty.adjust(b, card, 1, "paper card")
    services.loyalty.save_program("Card", PunchCard(stamps_to_fill=6), active=False, program_id=card)  # paused
    with database.engine.begin() as connection:  # backdated around the services
        connection.execute(update(LoyaltyEntry.__table__).values(at=_at(date(2026, 11, 5))))
    # November: B's card gained (its program paused since); A only changed tier
    assert summaries.figures(date(2026, 11, 1), date(2026, 12, 1)).active_cards == 1
    assert summaries.figures(date(2026, 11, 4), date(2026, 11, 8)).active_cards == 1  # read from the rows too
