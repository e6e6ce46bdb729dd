"""What services refuse, and say why, on SQLite and PostgreSQL: text no database keeps, sizes past a field's limit,
paid over the total, days off the calendar. Nothing is written when they refuse."""

from datetime import date

import pytest
from sqlalchemy import text

from shopdesk.services.customer_records import MAX_NOTES as CUSTOMER_NOTES
from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.customers import CustomerService
from shopdesk.services.errors import InvalidInput
from shopdesk.services.order_rows import MAX_DESCRIPTION, MAX_GIFT_MESSAGE, MAX_NOTES, LineDraft, OrderDraft, OrderQuery
from shopdesk.services.orders import OrderService
from shopdesk.services.settings import SettingsService, ShopSettings
from shopdesk.services.summaries import SummaryService

SURROGATE = "\udcff"  # what a file name's undecodable byte becomes in Python, or half an emoji pasted


@pytest.fixture
def orders(database):
    SettingsService(database.unit_of_work).save(ShopSettings(shop_name="Golnar", currency="SAR", country="IR"))
    return OrderService(database.unit_of_work)


@pytest.fixture
def customers(database, orders):
    return CustomerService(database.unit_of_work, orders=orders)


def _count(database, table):
    with database.engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()


@pytest.mark.parametrize(
    ("draft", "field", "reason"),
    [
        (CustomerDraft(name=f"Sara {SURROGATE}"), "name", "broken character"),
        (CustomerDraft(name="Sara", notes=f"likes {SURROGATE}"), "notes", "broken character"),
        (CustomerDraft(name="Sara", tags=f"vip, {SURROGATE}"), "tags", "broken character"),
        (CustomerDraft(name="Sara", email=f"sara{SURROGATE}@example.com"), "email", "broken character"),
        (CustomerDraft(name="Sara", notes="n" * (CUSTOMER_NOTES + 1)), "notes", "too long"),
        (CustomerDraft(name="Sara", notes="n" * 5_000_000), "notes", "too long"),
        (CustomerDraft(name="Sara", tags="t" * 501), "tags", "too long"),
    ],
)
def test_a_customer_with_text_no_database_keeps_or_too_much_of_it_is_refused_naming_the_field(
    customers, database, draft, field, reason
):
    with pytest.raises(InvalidInput) as caught:
        customers.create_customer(draft)
    assert (caught.value.field, caught.value.reason) == (field, reason)
    assert _count(database, "customer") == 0


def test_a_customer_refusal_for_size_says_how_much_the_field_takes(customers):
    with pytest.raises(InvalidInput) as caught:
        customers.create_customer(CustomerDraft(name="Sara", notes="n" * (CUSTOMER_NOTES + 1)))
    assert caught.value.limit == CUSTOMER_NOTES == 10_000
    kept = customers.create_customer(CustomerDraft(name="Sara", notes="n" * CUSTOMER_NOTES))
    assert len(customers.get_profile(kept).notes) == CUSTOMER_NOTES
    with pytest.raises(InvalidInput) as caught:
        customers.update_customer(kept, CustomerDraft(name=f"Sara {SURROGATE}"))
    assert caught.value.field == "name"
    assert customers.get_profile(kept).name == "Sara"


def _draft(**changes):
    base = dict(lines=(LineDraft("Rose soap", 1, 100),))
    base.update(changes)
    return OrderDraft(**base)


@pytest.mark.parametrize(
    ("draft", "field", "reason"),
    [
        (
            _draft(lines=(LineDraft("Mug", 1, 100), LineDraft(f"Soap {SURROGATE}", 1, 100))),
            "lines[1].description",
            "broken character",
        ),
        (_draft(lines=(LineDraft("d" * 1_000_000, 1, 100),)), "lines[0].description", "too long"),
        (_draft(lines=(LineDraft("d" * (MAX_DESCRIPTION + 1), 1, 100),)), "lines[0].description", "too long"),
        (_draft(notes="n" * (MAX_NOTES + 1)), "notes", "too long"),
        (_draft(notes=f"call {SURROGATE}"), "notes", "broken character"),
        (_draft(gift_message="g" * (MAX_GIFT_MESSAGE + 1)), "gift_message", "too long"),
        (_draft(carrier=f"DHL {SURROGATE}"), "carrier", "broken character"),
        (_draft(tracking_number=f"1Z{SURROGATE}"), "tracking_number", "broken character"),
        (_draft(discount_code=f"EID{SURROGATE}"), "discount_code", "broken character"),
        (_draft(paid_minor=10**12), "paid", "more than the total"),
        (_draft(paid_minor=101), "paid", "more than the total"),
    ],
)
def test_an_order_with_text_no_database_keeps_too_much_text_or_paid_over_its_total_is_refused(
    orders, database, draft, field, reason
):
    with pytest.raises(InvalidInput) as caught:
        orders.place_order(draft)
    assert (caught.value.field, caught.value.reason) == (field, reason)
    assert _count(database, "shop_order") == 0


def test_an_order_at_its_limits_is_kept_whole(orders):
    placed = orders.place_order(
        _draft(
            lines=(LineDraft("d" * MAX_DESCRIPTION, 2, 100),),
            notes="n" * MAX_NOTES,
            gift_message="g" * MAX_GIFT_MESSAGE,
            paid_minor=200,
        )
    )
    detail = orders.get_order(placed.id)
    assert (len(detail.lines[0].description), len(detail.notes), len(detail.gift_message)) == (500, 10_000, 500)
    assert (detail.paid_minor, placed.totals.balance_due_minor) == (200, 0)


def test_a_search_holding_a_broken_character_finds_nothing_instead_of_failing(orders, customers):
    sara = customers.create_customer(CustomerDraft(name="Sara", phone="09121234567"))
    orders.place_order(_draft(customer_id=sara))
    assert orders.page(OrderQuery(search=f"Sara {SURROGATE}"), limit=10) == []
    assert orders.page(OrderQuery(search=SURROGATE), limit=10) == []
    assert customers.find_customers(f"Sa{SURROGATE}") == []
    assert customers.find_by_phone_or_id(f"0912{SURROGATE}") is None
    assert [row.customer_id for row in orders.page(OrderQuery(search="Sara"), limit=10)] == [sara]


def test_the_orders_list_from_the_first_day_to_the_last_the_calendar_has_shows_every_order(orders):
    placed = orders.place_order(_draft())
    whole = OrderQuery(date_from=date.min, date_to=date.max)
    assert [row.id for row in orders.page(whole, limit=10)] == [placed.id]
    assert orders.count(whole) == 1
    assert orders.page(OrderQuery(date_from=date.max), limit=10) == []
    assert orders.page(OrderQuery(date_to=date.min), limit=10) == []


def test_a_summary_of_days_off_the_calendar_is_refused_naming_the_day(database, orders):
    summaries = SummaryService(database.unit_of_work)
    with pytest.raises(InvalidInput) as caught:
        summaries.summary(date(1, 1, 1), date(9999, 12, 31))
    assert (caught.value.field, caught.value.reason) == ("from", "out of range")
    with pytest.raises(InvalidInput) as caught:
        summaries.summary(date(2025, 1, 1), date(9999, 12, 31))
    assert (caught.value.field, caught.value.reason) == ("to", "out of range")
    orders.place_order(_draft())
    widest = summaries.summary(date(1900, 1, 1), date(2999, 12, 31))
    assert widest.current.orders == 1
