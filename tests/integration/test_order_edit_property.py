"""An edited order ends as if it had been placed that way from the start: whatever sequence of edits (lines,
quantities, prices, discounts, shipping) and whenever it was paid (in full or in part) in between, its status,
balance, stamps, points and its customer's figures equal those of a second customer's order placed with the final
content and what the first was paid, and the summaries' roll-ups equal a full recomputation (hypothesis, on SQLite
and PostgreSQL). An edit below what was paid is refused and changes nothing."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from shopdesk.db.models import LoyaltyEntry
from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.errors import InvalidInput
from shopdesk.services.loyalty_rules import Points, PunchCard
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings

LINES = st.lists(
    st.builds(
        lambda name, quantity, price, off: LineDraft(name, quantity, price, min(off, quantity * price)),
        st.sampled_from(["Coffee", "Tea", "Cake"]),
        st.integers(1, 6),
        st.integers(0, 4000),
        st.integers(0, 1500),
    ),
    min_size=1,
    max_size=3,
)
CONTENT = st.fixed_dictionaries(
    {
        "lines": LINES.map(tuple),
        "order_discount_minor": st.integers(0, 3000),
        "shipping_minor": st.sampled_from([0, 500, 1500]),
        "channel": st.sampled_from(["in_store", "website"]),
    }
)
STEPS = st.lists(st.one_of(CONTENT, st.just("pay"), st.just("pay part")), min_size=1, max_size=6)


def _fits(content: dict) -> dict:
    """The order discount at most the lines (the form refuses more)."""
    lines_total = sum(line.total_minor for line in content["lines"])
    return {**content, "order_discount_minor": min(content["order_discount_minor"], lines_total)}


def _held(database, customer_id: int) -> dict[int, int]:
    """What the customer's orders earned, per program (earned less reversed; rewards made are not counted off)."""
    with database.engine.connect() as connection:
        rows = connection.execute(
            select(LoyaltyEntry.program_id, func.sum(LoyaltyEntry.stamps))
            .where(LoyaltyEntry.customer_id == customer_id, LoyaltyEntry.kind.in_(("earned", "reversed")))
            .group_by(LoyaltyEntry.program_id)
        )
        return {program: int(total) for program, total in rows if total}


def _figures(services, customer_id: int) -> tuple:
    figures = services.customers.get_profile(customer_id).figures
    return figures.orders, figures.total_spent_minor, figures.average_order_minor, figures.lifetime_value_minor


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=CONTENT, steps=STEPS)
def test_an_edited_order_earns_and_counts_as_if_placed_that_way_from_the_start(database, first, steps):
    services = build_services(database.unit_of_work)
    if not services.loyalty.programs():
        services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR"))
        services.loyalty.save_program("Card", PunchCard(stamps_to_fill=4, per_amount_minor=1500))
        services.loyalty.save_program("Points", Points(per_amount_minor=300, points=2))
    edited = services.customers.create_customer(CustomerDraft(name="Edited"))
    placed_so = services.customers.create_customer(CustomerDraft(name="Placed"))

    order = services.orders.place_order(OrderDraft(customer_id=edited, **_fits(first)))
    content = _fits(first)
    for step in steps:
        money = services.payments.money(order.id)
        if step in ("pay", "pay part"):
            balance = money.total_minor - money.paid_minor
            amount = balance if step == "pay" else balance // 2
            if amount > 0:
                services.payments.record_payment(order.id, amount, "cash")
            continue
        version = services.orders.get_order(order.id).version
        draft = OrderDraft(customer_id=edited, **_fits(step))
        try:
            services.order_edits.edit_order(order.id, version, draft, by="desk")
        except InvalidInput as refused:  # below what was paid: a return or a cancellation gives money back
            assert refused.reason == "less than paid"
            assert services.orders.get_order(order.id).version == version  # nothing written
            continue
        content = _fits(step)
    paid = services.payments.money(order.id).paid_minor

    direct = services.orders.place_order(
        OrderDraft(customer_id=placed_so, paid_minor=paid, payment_method="cash", **content)
    )

    edited_row, direct_row = services.orders.get_order(order.id).row, services.orders.get_order(direct.id).row
    assert edited_row.status == direct_row.status
    assert edited_row.total_minor - edited_row.paid_minor == direct_row.total_minor - direct_row.paid_minor
    assert services.orders.get_order(order.id).row.total_minor == services.orders.get_order(direct.id).row.total_minor
    assert _held(database, edited) == _held(database, placed_so)
    assert [p.balance for p in services.loyalty.points(edited)] == [
        p.balance for p in services.loyalty.points(placed_so)
    ]
    assert _figures(services, edited) == _figures(services, placed_so)
