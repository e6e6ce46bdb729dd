"""Placing orders, their numbers, the status pipeline and the orders list, on SQLite and PostgreSQL."""

import multiprocessing
from datetime import timedelta

import pytest
from sqlalchemy import text

from shopdesk.db.types import utcnow
from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.customers import CustomerService
from shopdesk.services.database import open_database
from shopdesk.services.errors import InvalidInput
from shopdesk.services.order_rows import LineDraft, OrderDraft, OrderQuery
from shopdesk.services.orders import OrderService
from shopdesk.services.settings import SettingsService, ShopSettings


def _draft(**changes):
    base = dict(lines=(LineDraft("Rose soap", 2, 1200, 200), LineDraft("Mug", 1, 2200)), shipping_minor=500)
    base.update(changes)
    return OrderDraft(**base)


@pytest.fixture
def orders(database):
    SettingsService(database.unit_of_work).save(ShopSettings(shop_name="Golnar", currency="SAR", country="IR"))
    return OrderService(database.unit_of_work)


@pytest.fixture
def customers(database, orders):
    return CustomerService(database.unit_of_work, orders=orders)


def test_an_order_is_saved_with_its_totals_number_and_first_history_step(orders):
    placed = orders.place_order(_draft(order_discount_minor=300, paid_minor=1000))
    assert placed.number == 1001
    assert placed.totals.subtotal_minor == 2 * 1200 - 200 + 2200
    assert placed.totals.total_minor == 4400 - 300 + 500
    assert placed.totals.balance_due_minor == 4600 - 1000
    [row] = orders.page(OrderQuery(), limit=10)
    assert (row.number, row.total_minor, row.currency, row.status) == (1001, 4600, "SAR", "new")
    [event] = orders.history(placed.id)
    assert (event.from_status, event.to_status) == (None, "new")
    detail = orders.get_order(placed.id)
    assert [(line.description, line.quantity, line.total_minor) for line in detail.lines] == [
        ("Rose soap", 2, 2200),
        ("Mug", 1, 2200),
    ]
    assert (detail.discount_minor, detail.shipping_minor, detail.paid_minor) == (300, 500, 1000)
    assert detail.history == (event,)


def test_the_discount_code_and_the_order_details_are_kept(orders):
    placed = orders.place_order(
        _draft(
            discount_code=" next-7q2k ", carrier="DHL", gift_message="عيد سعيد", notes="fragile", payment_method="card"
        )
    )
    detail = orders.get_order(placed.id)
    assert (detail.discount_code, detail.carrier, detail.gift_message, detail.notes, detail.payment_method) == (
        "NEXT-7Q2K",
        "DHL",
        "عيد سعيد",
        "fragile",
        "card",
    )


def test_order_numbers_are_sequential_and_a_refused_order_uses_none(orders):
    assert orders.place_order(_draft()).number == 1001
    with pytest.raises(InvalidInput) as caught:
        orders.place_order(_draft(lines=(LineDraft("Soap", 0, 1200),)))
    assert caught.value.field == "lines[0].quantity"
    assert orders.place_order(_draft()).number == 1002
    assert orders.count() == 2


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        (dict(lines=()), "lines"),
        (dict(lines=(LineDraft("Soap", -1, 1200),)), "lines[0].quantity"),
        (dict(lines=(LineDraft("Soap", 1, 1200), LineDraft("  ", 1, 100))), "lines[1].description"),
        (dict(lines=(LineDraft("Soap", 2, 1000, 2001),)), "lines[0].discount"),
        (dict(lines=(LineDraft("Soap", 1, -5),)), "lines[0].unit_price"),
        (dict(order_discount_minor=999_999), "order_discount"),
        (dict(channel="telegraph"), "channel"),
        (dict(customer_id=424242), "customer"),
    ],
)
def test_bad_orders_are_refused_naming_the_field_and_nothing_is_saved(orders, changes, field):
    with pytest.raises(InvalidInput) as caught:
        orders.place_order(_draft(**changes))
    assert caught.value.field == field
    assert orders.count() == 0


def test_the_first_order_continues_after_numbers_already_used(orders, database):
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO shop_order (number, status, channel, currency, subtotal_minor, discount_minor,"
                " shipping_minor, total_minor, paid_minor, payment_method, carrier, tracking_number,"
                " gift_message, notes, created_at) VALUES (5000, 'delivered', 'website', 'SAR', 0, 0, 0,"
                " 0, 0, 'cash', '', '', '', '', '2026-01-01 00:00:00')"
            )
        )
    assert orders.place_order(_draft()).number == 5001


def _place_many(url: str, count: int, queue) -> None:  # runs in a child process: its own engine
    database = open_database(url)
    service = OrderService(database.unit_of_work)
    queue.put([service.place_order(_draft()).number for _ in range(count)])
    database.close()


def test_two_desks_saving_at_once_never_get_the_same_number(orders, db_url):
    orders.place_order(_draft())  # the counter exists; both desks now race on it
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    desks = [context.Process(target=_place_many, args=(db_url, 25, queue)) for _ in range(2)]
    for desk in desks:
        desk.start()
    numbers = queue.get(timeout=120) + queue.get(timeout=120)
    for desk in desks:
        desk.join(timeout=60)
        assert desk.exitcode == 0
    assert sorted(numbers) == list(range(1002, 1052))
    assert orders.count() == 51


def test_orders_move_forward_through_the_pipeline_with_every_step_timestamped(orders):
    order_id = orders.place_order(_draft()).id
    assert orders.change_status([order_id], "paid").changed == (order_id,)
    assert orders.change_status([order_id], "shipped").changed == (order_id,)  # skipping packed is allowed
    backwards = orders.change_status([order_id], "paid")
    assert backwards.changed == () and backwards.skipped == {order_id: "backwards"}
    orders.change_status([order_id], "delivered")
    assert orders.change_status([order_id], "cancelled").skipped == {order_id: "final"}
    steps = orders.history(order_id)
    assert [(s.from_status, s.to_status) for s in steps] == [
        (None, "new"),
        ("new", "paid"),
        ("paid", "shipped"),
        ("shipped", "delivered"),
    ]
    assert all(s.at.tzinfo is not None for s in steps)
    assert steps[0].at <= steps[-1].at


def test_forty_orders_are_marked_packed_at_once(orders):
    ids = [orders.place_order(_draft()).id for _ in range(40)]
    cancelled = ids[0]
    orders.change_status([cancelled], "cancelled")
    result = orders.change_status(ids, "packed")
    assert len(result.changed) == 39 and result.skipped == {cancelled: "final"}
    assert orders.count(OrderQuery(statuses=("packed",))) == 39


def test_the_list_filters_by_status_channel_and_dates(orders):
    orders.place_order(_draft(channel="instagram"))
    paid = orders.place_order(_draft(channel="website")).id
    orders.change_status([paid], "paid")
    assert [r.id for r in orders.page(OrderQuery(statuses=("paid",)), limit=10)] == [paid]
    assert orders.count(OrderQuery(channels=("instagram",))) == 1
    today = utcnow().astimezone().date()
    assert orders.count(OrderQuery(date_from=today, date_to=today)) == 2
    assert orders.count(OrderQuery(date_from=today + timedelta(days=1))) == 0


def test_search_finds_orders_the_way_people_type(orders, customers):
    ali = customers.create_customer(CustomerDraft(name="علی رضایی", phone="۰۹۱۲ ۱۲۳ ۴۵۶۷", language="fa"))
    sara = customers.create_customer(CustomerDraft(name="Sara Smith", phone="+44 7911 123456"))
    first = orders.place_order(_draft(customer_id=ali, tracking_number="1z 999 aa1"))
    second = orders.place_order(_draft(customer_id=sara))

    def found(text):
        return [r.number for r in orders.page(OrderQuery(search=text), limit=10)]

    assert found("علي") == [first.number]  # Arabic yeh finds Persian yeh
    assert found("رضائی") == [first.number]  # the hamza spelling of the same family name
    assert found("رضوی") == []
    assert found("رضا") == [first.number]  # word prefix
    assert found("۱۰۰۱") == [1001]
    assert found("١٠٠٢") == [1002]
    assert found("1Z999AA1") == [first.number]
    assert found("0912 123") == [first.number]
    assert found("sara") == [second.number]
    assert found("smi sa") == [second.number]
    assert found("nobody") == []


def test_pages_in_any_sort_order_cover_every_order_once(orders):
    for price in (500, 300, 300, 900, 100, 300, 700):
        orders.place_order(_draft(lines=(LineDraft("Item", 1, price),), shipping_minor=0))
    for sort in ("total", "number", "created_at", "status", "customer"):
        for descending in (True, False):
            query = OrderQuery(sort=sort, descending=descending)
            seen, after = [], None
            while page := orders.page(query, limit=3, after=after):
                seen += page
                after = (page[-1].sort_value(sort) if sort != "customer" else page[-1].customer_name, page[-1].id)
            assert sorted(r.id for r in seen) == sorted({r.id for r in seen}) and len(seen) == 7, (sort, descending)
            values = [r.sort_value(sort) for r in seen]
            assert values == sorted(values, reverse=descending), (sort, descending)


def test_a_line_for_a_catalogue_product_keeps_the_product_and_its_name(orders, database):
    from shopdesk.services.product_records import ProductRow
    from shopdesk.services.products import ProductService

    products = ProductService(database.unit_of_work)
    soap = products.save_product(
        ProductRow(id=None, sku="soap-1", name_en="Rose soap", name_fa="صابون", price_minor=900)
    )
    placed = orders.place_order(OrderDraft(lines=(LineDraft("", 1, 900, product_id=soap),)))
    [line] = orders.get_order(placed.id).lines
    assert (line.product_id, line.description) == (soap, "Rose soap")
    with pytest.raises(InvalidInput) as caught:
        orders.place_order(OrderDraft(lines=(LineDraft("Ghost", 1, 900, product_id=soap + 99),)))
    assert caught.value.field == "lines[0].product"


def test_a_move_made_by_another_desk_in_between_is_not_overwritten(orders, database, monkeypatch):
    from shopdesk.services import orders as orders_module

    order_id = orders.place_order(_draft()).id
    real_can_move = orders_module.can_move

    def other_desk_cancels_first(current, target):
        with database.engine.begin() as conn:  # another desk, another connection, commits in between
            conn.execute(text("UPDATE shop_order SET status = 'cancelled' WHERE id = :i"), {"i": order_id})
        monkeypatch.setattr(orders_module, "can_move", real_can_move)
        return real_can_move(current, target)

    monkeypatch.setattr(orders_module, "can_move", other_desk_cancels_first)
    result = orders.change_status([order_id], "delivered")
    assert result.changed == () and result.skipped == {order_id: "changed meanwhile"}
    assert orders.get_order(order_id).row.status == "cancelled"
    assert [e.to_status for e in orders.history(order_id)] == ["new"]


def test_totals_that_would_overflow_are_refused(orders):
    with pytest.raises(InvalidInput) as caught:
        orders.place_order(OrderDraft(lines=(LineDraft("Gold", 100_000, 10**15),)))
    assert caught.value.field == "lines[0].unit_price"
    with pytest.raises(InvalidInput):
        orders.place_order(OrderDraft(lines=(LineDraft("Gold", 1, 10**15), LineDraft("More", 1, 10**15))))
    assert orders.count() == 0


def test_text_a_database_cannot_keep_is_refused_with_the_field_named(orders):
    for changes, field in (
        (dict(carrier="x" * 65), "carrier"),
        (dict(notes="a\x00b"), "notes"),
        (dict(lines=(LineDraft("So\x00ap", 1, 100),)), "lines[0].description"),
    ):
        with pytest.raises(InvalidInput) as caught:
            orders.place_order(_draft(**changes))
        assert caught.value.field == field
    assert orders.count() == 0


def test_paging_never_repeats_an_order_whose_time_was_stored_in_another_format(orders, database):
    if database.engine.dialect.name != "sqlite":
        pytest.skip("only SQLite keeps times as text")
    for _ in range(5):
        orders.place_order(_draft())
    with database.engine.begin() as conn:  # as another program might write it: no microseconds
        conn.execute(text("UPDATE shop_order SET created_at = '2026-01-01 10:00:00' WHERE number = 1003"))
    import json
    import subprocess
    import sys

    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "shopdesk",
            "--db",
            str(database.sqlite_path),
            "orders",
            "list",
            "--limit",
            "0",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    numbers = [order["number"] for order in json.loads(done.stdout)]
    assert sorted(numbers) == [1001, 1002, 1003, 1004, 1005]  # every order once, and the listing ends
