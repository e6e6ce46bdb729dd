"""The follow-up queue: promises with an owner and a deadline, overdue first, made items never doubled."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import update

from shopdesk.db.models import Order
from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.errors import InvalidInput
from shopdesk.services.loyalty_rules import PunchCard
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.product_records import ProductRow
from shopdesk.services.registry import build_services
from shopdesk.services.return_records import ReturnDraft


@pytest.fixture
def shop(database):
    services = build_services(database.unit_of_work)
    return services, database


def test_promises_keep_their_owner_and_deadline_and_overdue_ones_come_first(shop):
    services, _db = shop
    customer = services.customers.create_customer(CustomerDraft(name="Sara"))
    now = datetime.now(UTC)
    later = services.follow_ups.promise(
        what="Replacement within 7 working days", owner="Ali", due=now + timedelta(days=9), customer_id=customer
    )
    late = services.follow_ups.promise(what="Call back about the size", owner="Sara", due=now - timedelta(hours=2))
    queue = services.follow_ups.queue()
    assert [item.id for item in queue] == [late, later]
    assert queue[0].overdue(now) and not queue[1].overdue(now)
    assert (queue[1].owner, queue[1].customer_name) == ("Ali", "Sara")
    services.follow_ups.done(late, by="Sara")
    assert [item.id for item in services.follow_ups.queue()] == [later]
    done = [item for item in services.follow_ups.queue(include_done=True) if item.id == late][0]
    assert done.done_by == "Sara" and done.done_at is not None
    with pytest.raises(InvalidInput):
        services.follow_ups.promise(what="x", owner=" ", due=now)
    with pytest.raises(InvalidInput):
        services.follow_ups.promise(what=" ", owner="Ali", due=now)


def test_check_ins_birthdays_nudges_and_waiting_returns_are_made_once(shop):
    services, database = shop
    today = date(2026, 12, 1)
    sara = services.customers.create_customer(CustomerDraft(name="Sara", birthday=date(1990, 12, 14)))
    services.customers.create_customer(CustomerDraft(name="Ali", birthday=date(1990, 5, 2)))
    placed = services.orders.place_order(
        OrderDraft(lines=(LineDraft("Soap", 1, 1000),), customer_id=sara, paid_minor=1000)
    )
    services.orders.change_status([placed.id], "delivered")
    with database.engine.begin() as connection:  # delivered five days ago
        connection.execute(update(Order.__table__).values(delivered_at=datetime(2026, 11, 26, 10, tzinfo=UTC)))
    line = services.returns.returnable(placed.id).lines[0].line_id
    services.returns.request_return(ReturnDraft(placed.id, {line: 1}, "damaged"))
    program = services.loyalty.save_program("Card", PunchCard(stamps_to_fill=3))
    services.loyalty.adjust(sara, program, 2, "paper card")
    assert services.follow_ups.generate(today, check_in_days=3) == 4
    kinds = sorted(item.kind for item in services.follow_ups.queue())
    assert kinds == ["birthday", "check_in", "nudge", "return"]
    assert services.follow_ups.generate(today, check_in_days=3) == 0  # nothing doubled


def _order(services, customer, product, *, at, status="paid"):
    placed = services.orders.place_order(
        OrderDraft(lines=(LineDraft("Rose soap", 1, 1000, product_id=product),), customer_id=customer, paid_minor=1000)
    )
    if status != "paid":
        services.orders.change_status([placed.id], status)
    return placed


def _backdate(database, order_id, at):
    with database.engine.begin() as connection:
        connection.execute(update(Order.__table__).where(Order.__table__.c.id == order_id).values(created_at=at))


def test_reorder_reminders_come_when_a_consumable_is_due_again_and_not_bought_since(shop):
    services, database = shop
    today = date(2026, 12, 1)
    soap = services.products.save_product(
        ProductRow(
            id=None, sku="SOAP", name_en="Rose soap", name_ar="صابون الورد", name_fa="صابون گل رز", reorder_days=45
        )
    )
    mug = services.products.save_product(ProductRow(id=None, sku="MUG", name_en="Mug"))  # not a consumable
    due = services.customers.create_customer(CustomerDraft(name="Sara", language="fa"))
    bought_again = services.customers.create_customer(CustomerDraft(name="Ali"))
    cancelled_since = services.customers.create_customer(CustomerDraft(name="Omar"))
    too_soon = services.customers.create_customer(CustomerDraft(name="Mina"))
    long_ago = services.customers.create_customer(CustomerDraft(name="Reza"))
    only_cancelled = services.customers.create_customer(CustomerDraft(name="Hadi"))
    fifty_days_ago = datetime(2026, 10, 12, 11, tzinfo=UTC)
    for customer in (due, bought_again, cancelled_since, only_cancelled):
        status = "cancelled" if customer == only_cancelled else "paid"
        _backdate(database, _order(services, customer, soap, at=None, status=status).id, fifty_days_ago)
    _backdate(database, _order(services, bought_again, soap, at=None).id, datetime(2026, 11, 20, tzinfo=UTC))
    _backdate(
        database,
        _order(services, cancelled_since, soap, at=None, status="cancelled").id,
        datetime(2026, 11, 20, tzinfo=UTC),
    )  # a cancelled order is no purchase: still due
    _backdate(database, _order(services, too_soon, soap, at=None).id, datetime(2026, 10, 20, tzinfo=UTC))  # 42 days
    _backdate(database, _order(services, long_ago, soap, at=None).id, datetime(2026, 8, 1, tzinfo=UTC))  # 122 days
    _backdate(database, _order(services, due, mug, at=None).id, datetime(2026, 9, 1, tzinfo=UTC))
    assert services.follow_ups.generate(today) == 2
    queue = services.follow_ups.queue()
    assert sorted(item.customer_name for item in queue) == ["Omar", "Sara"]
    sara = next(item for item in queue if item.customer_name == "Sara")
    assert (sara.kind, sara.product_id, sara.customer_language) == ("reorder", soap, "fa")
    assert sara.product_name("fa") == "صابون گل رز" and sara.product_name("en") == "Rose soap"
    assert sara.order_number is not None
    assert services.follow_ups.generate(today) == 0  # once per customer, product and purchase
    services.follow_ups.done(sara.id, by="Ali")
    assert services.follow_ups.generate(date(2026, 12, 3)) == 0  # done stays done for that purchase
    assert services.follow_ups.generate(date(2026, 12, 20)) == 1  # Mina's 45 days are up (Sara and Omar: made)


def test_exactly_the_reorder_interval_is_due_and_one_day_less_is_not(shop):
    services, database = shop
    soap = services.products.save_product(ProductRow(id=None, sku="SOAP", name_en="Soap", reorder_days=45))
    sara = services.customers.create_customer(CustomerDraft(name="Sara"))
    _backdate(database, _order(services, sara, soap, at=None).id, datetime(2026, 10, 17, 12, tzinfo=UTC))
    assert services.follow_ups.generate(date(2026, 11, 30)) == 0  # 44 days
    assert services.follow_ups.generate(date(2026, 12, 1)) == 1  # 45 days


def test_a_promise_with_a_channel_and_no_deadline_is_due_by_the_channels_target(shop):
    services, _db = shop
    assert services.follow_ups.targets().minutes["chat"] == 15
    assert services.follow_ups.targets().minutes["email"] == 24 * 60
    assert services.follow_ups.targets().minutes["ticket"] == 48 * 60
    before = datetime.now(UTC)
    chat = services.follow_ups.promise(what="Send the size chart", owner="Ali", channel="chat")
    row = next(item for item in services.follow_ups.queue() if item.id == chat)
    assert before + timedelta(minutes=15) <= row.due_at <= datetime.now(UTC) + timedelta(minutes=15)
    assert row.target_minutes == 15
    assert timedelta(minutes=14) < row.time_left(datetime.now(UTC)) <= timedelta(minutes=15)
    assert row.time_left(row.created_at + timedelta(minutes=20)) == timedelta(minutes=-5)  # five minutes late
    with pytest.raises(InvalidInput):  # no channel, no deadline
        services.follow_ups.promise(what="Call back", owner="Ali")


def test_the_shop_sets_its_own_targets_and_a_channel_without_one(shop):
    services, _db = shop
    services.follow_ups.save_targets({"chat": 5, "email": 8 * 60, "ticket": None}, weekend=(5, 6))
    targets = services.follow_ups.targets()
    assert (targets.minutes["chat"], targets.minutes["email"], targets.minutes["ticket"]) == (5, 480, None)
    assert targets.minutes["phone"] is None  # not given: no target
    assert targets.weekend == (5, 6)
    ticket = services.follow_ups.promise(
        what="Refund", owner="Sara", channel="ticket", due=datetime.now(UTC) + timedelta(days=2)
    )
    assert next(item for item in services.follow_ups.queue() if item.id == ticket).time_left(datetime.now(UTC)) is None
    with pytest.raises(InvalidInput) as error:
        services.follow_ups.save_targets({"chat": 0}, weekend=())
    assert error.value.field == "target.chat"
    assert services.follow_ups.targets().minutes["chat"] == 5  # nothing stored


@pytest.mark.parametrize(("country", "weekend"), [("", (6, 7)), ("SA", (5, 6)), ("IR", (5,)), ("AE", (6, 7))])
def test_the_weekend_follows_the_shops_country_until_the_shop_sets_it(shop, country, weekend):
    services, _db = shop
    services.settings.save(replace(services.settings.load(), country=country))
    assert services.follow_ups.targets().weekend == weekend


def test_within_n_working_days_skips_the_shops_weekend(shop):
    services, _db = shop
    services.settings.save(replace(services.settings.load(), country="SA"))  # Friday and Saturday off
    thursday = date(2026, 12, 3)
    promise = services.follow_ups.promise(
        what="A replacement", owner="Ali", working_days=7, today=thursday, channel="chat"
    )  # working days win over the chat target
    row = next(item for item in services.follow_ups.queue() if item.id == promise)
    assert row.due_at.astimezone().date() == date(2026, 12, 14)  # Sun-Thu, Sun-Mon
    services.follow_ups.save_targets({}, weekend=(6, 7))
    promise = services.follow_ups.promise(what="A replacement", owner="Ali", working_days=7, today=thursday)
    row = next(item for item in services.follow_ups.queue() if item.id == promise)
    assert row.due_at.astimezone().date() == date(2026, 12, 14)  # Fri Mon-Fri Mon: the same day by chance
    promise = services.follow_ups.promise(what="Call back", owner="Ali", working_days=1, today=date(2026, 12, 4))
    row = next(item for item in services.follow_ups.queue() if item.id == promise)
    assert row.due_at.astimezone().date() == date(2026, 12, 7)  # Friday + 1 working day: Monday


def test_message_templates_are_kept_per_kind_and_language_and_checked(shop):
    services, _db = shop
    assert services.follow_ups.message_template("reorder", "fa") is None  # the default
    saved = services.follow_ups.save_message_template("reorder", "fa", "  سلام $first_name، $product تمام شد؟  ")
    assert saved == "سلام $first_name، $product تمام شد؟"
    assert services.follow_ups.message_template("reorder", "fa") == saved
    assert services.follow_ups.message_template("reorder", "ar") is None
    with pytest.raises(InvalidInput) as error:
        services.follow_ups.save_message_template("birthday", "en", "Happy birthday! Your $product")
    assert (error.value.reason, error.value.value) == ("unknown placeholder", "$product")  # not a birthday detail
    with pytest.raises(InvalidInput):
        services.follow_ups.save_message_template("check_in", "en", "Costs $5")
    services.follow_ups.save_message_template("reorder", "fa", "")
    assert services.follow_ups.message_template("reorder", "fa") is None


def test_a_first_check_on_the_demo_brings_nothing_already_late_and_no_old_returns(tmp_path):
    """On an old shop a first "Check for new" is a day's work: what fell due in the last 30 days, due today (by
    tomorrow evening when checked after hours), not a backlog of overdue items."""
    from shopdesk.services.database import open_database
    from shopdesk.services.demo import build_demo

    database = open_database("sqlite:///" + str(tmp_path / "demo.sqlite3"))
    try:
        build_demo(database.engine, customers=60, orders=400, seed=3)
        services = build_services(database.unit_of_work)
        promised = {row.id for row in services.follow_ups.queue()}
        evening = datetime.combine(date.today(), time(21)).astimezone()
        assert services.follow_ups.generate(now=evening) > 0
        made = [row for row in services.follow_ups.queue(limit=5000) if row.id not in promised]
        assert made and not [row for row in made if row.overdue(evening)]
        assert {row.kind for row in made} >= {"check_in"}
        from sqlalchemy import select

        from shopdesk.db.models import ReturnRequest

        with database.engine.connect() as connection:
            old_open = set(
                connection.execute(
                    select(ReturnRequest.__table__.c.order_id).where(
                        ReturnRequest.__table__.c.status.in_(("requested", "received", "inspected")),
                        ReturnRequest.__table__.c.created_at < evening - timedelta(days=31),
                    )
                ).scalars()
            )
        assert not {row.order_id for row in made if row.kind == "return"} & old_open
    finally:
        database.close()
