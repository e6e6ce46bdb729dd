"""The follow-up queue: promises with an owner and a deadline, overdue first, made items never doubled."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import update

from shopdesk.db.models import Order
from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.errors import InvalidInput
from shopdesk.services.loyalty_rules import PunchCard
from shopdesk.services.order_rows import LineDraft, OrderDraft
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
