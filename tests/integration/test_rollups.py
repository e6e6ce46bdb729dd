"""The summaries' roll-up tables always equal a full recomputation from the orders and returns, whatever happened:
orders placed (with and without a customer, in several channels and currencies), cancelled, refunded, exchanged,
customers merged."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shopdesk.db import rollups
from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.loyalty_rules import PunchCard
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from shopdesk.services.return_records import ReturnDraft
from shopdesk.services.settings import ShopSettings

CHANNELS = ("in_store", "website", "instagram")
ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["buy", "buy", "buy_walk_in", "cancel", "merge", "currency", "exchange", "refund", "stamp"]),
        st.integers(0, 3),  # which customer / order
        st.integers(1, 90_000),  # an amount
    ),
    min_size=1,
    max_size=14,
)


def _assert_rollups_equal_a_recomputation(database) -> None:
    with database.engine.connect() as connection:
        assert rollups.stored(connection) == rollups.recompute(connection)


@pytest.fixture
def shop(database):
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR"))
    return services, database


@pytest.fixture
def card_shop(shop):
    """A shop whose orders earn stamps on a punch card (the summaries count cards that gained)."""
    services, _database = shop
    program = services.loyalty.save_program("Card", PunchCard(stamps_to_fill=3))
    return (*shop, program)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=ACTIONS)
def test_rollups_always_equal_a_full_recomputation(card_shop, actions):
    services, database, program = card_shop
    customers = [services.customers.create_customer(CustomerDraft(name=f"C{i}")) for i in range(4)]
    orders: list[int] = []
    for action, which, amount in actions:
        if action in ("buy", "buy_walk_in"):
            customer = customers[which] if action == "buy" else None
            placed = services.orders.place_order(
                OrderDraft(
                    lines=(LineDraft("Item", 1, amount),),
                    customer_id=customer,
                    channel=CHANNELS[amount % 3],
                    status=("paid", "delivered")[amount % 2],
                    paid_minor=amount,
                )
            )
            orders.append(placed.id)
        elif action == "cancel" and orders:
            services.orders.change_status([orders[which % len(orders)]], "cancelled")
        elif action == "merge" and which and customers[which] != customers[0]:
            services.customers.merge_customers(keep_id=customers[0], duplicate_id=customers[which])
            customers[which] = customers[0]  # later orders of the merged customer go to the kept one
        elif action == "stamp":  # stamps given by hand (a paper card brought in)
            services.loyalty.adjust(customers[which], program, 1 + amount % 2, "paper card")
        elif action == "currency":  # the shop changes its currency: earlier orders keep theirs
            services.settings.save(ShopSettings(shop_name="Golnar", currency=("USD", "SAR")[amount % 2]))
        elif action in ("exchange", "refund") and orders:
            order_id = orders[which % len(orders)]
            returnable = services.returns.returnable(order_id)
            line = returnable.lines[0]
            if returnable.status == "delivered" and returnable.customer_id and line.available:
                return_id = services.returns.request_return(ReturnDraft(order_id, {line.line_id: 1}, "wrong_size"))
                services.returns.approve(return_id)
                services.returns.receive(return_id)
                services.returns.inspect(return_id, "as_new")
                if action == "refund":
                    services.returns.resolve(return_id, "refund")
                else:
                    exchange = services.returns.exchange(return_id, [LineDraft("Other item", 1, amount)])
                    orders.append(exchange.order_id)
        _assert_rollups_equal_a_recomputation(database)


def test_rebuild_writes_the_recomputation_and_summaries_read_it(shop):
    services, database = shop
    customer = services.customers.create_customer(CustomerDraft(name="A"))
    for amount in (1000, 2500):
        services.orders.place_order(OrderDraft(lines=(LineDraft("Item", 1, amount),), customer_id=customer))
    with database.engine.begin() as connection:  # a bulk load that went around the services
        connection.exec_driver_sql("DELETE FROM sales_day")
        connection.exec_driver_sql("DELETE FROM customer_sales")
    with database.engine.connect() as connection:
        assert rollups.stored(connection) != rollups.recompute(connection)
    with database.engine.begin() as connection:
        rollups.rebuild(connection)
    _assert_rollups_equal_a_recomputation(database)
    with database.engine.connect() as connection:
        days, customers, chains, _returns, _cards, _prints, _cells = rollups.stored(connection)
    assert sum(n for n, _revenue in days.values()) == 2
    assert [(n, spent, back, months) for n, spent, back, _first, _last, months, _jalali in customers.values()] == [
        (2, 3500, 0, 1)
    ]
    assert sorted((seq, kept) for _prev, seq, kept in chains.values()) == [(1, 0), (2, 1000)]


def test_two_desks_refreshing_one_customer_at_once_both_commit(shop):
    """Two desks cancelling (or refunding) orders of the same customer at the same moment: the second desk's
    recomputation waits for the first and then replaces what it wrote, instead of colliding with it."""
    import threading
    import time

    services, database = shop
    customer = services.customers.create_customer(CustomerDraft(name="A"))
    for amount in (1000, 2500):
        services.orders.place_order(OrderDraft(lines=(LineDraft("Item", 1, amount),), customer_id=customer))
    outcome = {}

    def other_desk():
        try:
            with database.unit_of_work() as uow:
                rollups.refresh_customers(uow.session, [customer])
                uow.commit()
            outcome["other"] = "committed"
        except Exception as exc:  # noqa: BLE001 - the failure is what the test reports
            outcome["other"] = repr(exc)

    with database.unit_of_work() as uow:
        rollups.refresh_customers(uow.session, [customer])
        thread = threading.Thread(target=other_desk)
        thread.start()
        time.sleep(0.5)  # the other desk is now waiting on this one
        uow.commit()
    thread.join(30)
    assert outcome == {"other": "committed"}
    _assert_rollups_equal_a_recomputation(database)


def test_an_order_saved_with_an_earlier_time_than_the_customers_last_goes_into_its_place_in_the_chain(
    shop, monkeypatch
):
    """A desk whose clock is behind another's saves an order "before" the customer's last one: the chain after it
    moves (the order after it now has it as its previous one, and one more order kept before it)."""
    from datetime import timedelta

    from shopdesk.db.types import utcnow
    from shopdesk.services import orders as orders_module

    services, database = shop
    customer = services.customers.create_customer(CustomerDraft(name="A"))

    def buy(amount: int) -> int:
        return services.orders.place_order(
            OrderDraft(lines=(LineDraft("Item", 1, amount),), customer_id=customer, paid_minor=amount)
        ).id

    first, second = buy(1000), buy(2000)
    monkeypatch.setattr(orders_module, "utcnow", lambda: utcnow() - timedelta(hours=1))
    earlier = buy(500)
    _assert_rollups_equal_a_recomputation(database)
    with database.engine.connect() as connection:
        _days, _customers, chains, _returns, _cards, _prints, _cells = rollups.stored(connection)
    assert {order: (seq, kept) for order, (_prev, seq, kept) in chains.items()} == {
        earlier: (1, 0),
        first: (2, 500),
        second: (3, 1500),
    }


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_upgrading_to_the_order_chains_fills_them_and_the_given_back(shop):
    """Migrations 0016-0018 on a shop with orders, a cancellation and a refund: the chains, the customers' months,
    the customer roll-up's "given back" and the returns' order times they fill are what the upkeep would have
    kept."""
    from alembic import command
    from sqlalchemy import text

    from shopdesk.db import migrate
    from shopdesk.db.engine import make_engine
    from shopdesk.services.database import open_database

    services, database = shop
    customer = services.customers.create_customer(CustomerDraft(name="A"))
    placed = [
        services.orders.place_order(
            OrderDraft(lines=(LineDraft("Item", 1, amount),), customer_id=customer, status="paid", paid_minor=amount)
        ).id
        for amount in (1000, 2000, 4000)
    ]
    assert services.orders.change_status([placed[1]], "cancelled").changed == (placed[1],)
    services.orders.change_status([placed[2]], "delivered")
    line = services.returns.returnable(placed[2]).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(placed[2], {line: 1}, "damaged"))
    for step in ("approve", "receive"):
        getattr(services.returns, step)(return_id)
    services.returns.inspect(return_id, "as_new")
    services.returns.resolve(return_id, "refund")
    with database.engine.connect() as connection:
        before = rollups.stored(connection)
    url = database.engine.url.render_as_string(hide_password=False)
    config = migrate.alembic_config()
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    database.close()
    command.downgrade(config, "0015_one_owner")
    old = make_engine(url)
    with old.begin() as connection:  # what 0015's roll-up may hold: given back counted another way
        connection.execute(text("UPDATE customer_sales SET given_back_minor = 0"))
    old.dispose()
    reopened = open_database(url)
    try:
        assert reopened.migration.from_revision == "0015_one_owner"
        with reopened.engine.connect() as connection:
            assert rollups.stored(connection) == rollups.recompute(connection) == before
        _days, customers, chains, returns, _cards, _prints, _cells = before
        assert [(at is not None, counted) for at, counted in returns.values()] == [(True, True)]
        assert [back for _n, _spent, back, *_times_and_months in customers.values()] == [4000]
        assert sorted((seq, kept) for _prev, seq, kept in chains.values()) == [(1, 0), (2, 1000)]
    finally:
        reopened.close()


def test_orders_saved_in_different_months_are_kept_as_the_customers_months(shop, monkeypatch):
    from datetime import UTC, datetime

    from shopdesk.services import orders as orders_module

    services, database = shop
    customer = services.customers.create_customer(CustomerDraft(name="A"))
    for moment in (datetime(2026, 3, 10, 9, tzinfo=UTC), datetime(2026, 3, 25, 9, tzinfo=UTC)) + (
        datetime(2026, 5, 2, 9, tzinfo=UTC),  # two months after March
        datetime(2026, 2, 14, 9, tzinfo=UTC),  # before the first: every month moves one along
    ):
        monkeypatch.setattr(orders_module, "utcnow", lambda moment=moment: moment)
        services.orders.place_order(OrderDraft(lines=(LineDraft("Item", 1, 1000),), customer_id=customer))
        _assert_rollups_equal_a_recomputation(database)
    with database.engine.connect() as connection:
        _days, customers, _chains, _returns, _cards, _prints, _cells = rollups.stored(connection)
    # February, March, May: bits 0, 1 and 3; in Jalali months Bahman, Esfand, Farvardin, Ordibehesht
    ((_n, _spent, _back, _first, _last, gregorian, jalali),) = customers.values()
    assert gregorian == 0b1011
    assert jalali == 0b1111


def test_a_return_on_an_order_cancelled_afterwards_stops_counting_with_it(shop):
    services, database = shop
    customer = services.customers.create_customer(CustomerDraft(name="A"))
    order_id = services.orders.place_order(
        OrderDraft(lines=(LineDraft("Item", 1, 3000),), customer_id=customer, status="shipped", paid_minor=3000)
    ).id
    line = services.returns.returnable(order_id).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(order_id, {line: 1}, "wrong_item"))
    with database.engine.connect() as connection:
        assert rollups.stored(connection)[3][return_id][1]
    assert services.orders.change_status([order_id], "cancelled").changed == (order_id,)
    _assert_rollups_equal_a_recomputation(database)
    with database.engine.connect() as connection:
        assert not rollups.stored(connection)[3][return_id][1]


def test_reprints_are_chained_to_the_printing_before_them(shop):
    from shopdesk.services.print_requests import PrintRequest

    services, database = shop
    orders = [
        services.orders.place_order(OrderDraft(lines=(LineDraft("Item", 1, 1000),), customer_id=None)).id
        for _ in range(3)
    ]
    services.prints.record_printed(orders, PrintRequest())
    services.prints.record_printed(orders[:1], PrintRequest())
    services.prints.record_printed(orders[:1], PrintRequest(document="notes"))  # another document: its own chain
    _assert_rollups_equal_a_recomputation(database)
    with database.engine.connect() as connection:
        *_rest, prints, _cells = rollups.stored(connection)
    assert len(prints) == 1  # only the reprint of the first order's insert has a printing before it
