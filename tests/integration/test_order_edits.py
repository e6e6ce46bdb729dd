"""Editing a saved order through the services on a real database (SQLite and PostgreSQL): what may change until it
is packed, its history, two desks at once, and loyalty, figures, store credit, reward codes and follow-ups
following the edit in the same transaction."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from sqlalchemy import func, select, text

from shopdesk.db.models import LoyaltyEntry, OrderChange
from shopdesk.services.addresses import Address
from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.errors import InvalidInput, OrderChangedMeanwhile, OrderNotEditable
from shopdesk.services.loyalty_rules import Points, PunchCard
from shopdesk.services.order_rows import LineDraft, OrderDraft, OrderQuery, draft_from_detail
from shopdesk.services.registry import build_services
from shopdesk.services.return_records import ReturnDraft
from shopdesk.services.settings import ShopSettings


@pytest.fixture
def shop(database):
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR"))
    return services, database


def _customer(services, name="مهسا"):
    return services.customers.create_customer(CustomerDraft(name=name, language="fa"))


def _draft(customer=None, *lines, **changes):
    lines = lines or (LineDraft("Coffee", 2, 1000),)
    return OrderDraft(lines=tuple(lines), customer_id=customer, **changes)


def _edit(services, order_id, **changes):
    """Edit the order as the form would: its saved content, with ``changes``."""
    detail = services.orders.get_order(order_id)
    draft = draft_from_detail(detail)
    return services.order_edits.edit_order(order_id, detail.version, replace(draft, **changes), by="Sara")


def _figures_read_the_orders_as_edited(services, database) -> bool:
    """Today's summary counts every order as it is now: the figures are plain SQL over the orders, with nothing
    derived that an edit could leave behind."""
    today = services.summaries.today()
    figures = services.summaries.summary(today, today).current
    with database.engine.connect() as connection:
        wanted = connection.execute(
            text("SELECT count(*), coalesce(sum(total_minor), 0) FROM shop_order WHERE status <> 'cancelled'")
        ).one()
    assert (figures.orders, figures.revenue_minor) == tuple(wanted)
    return True


def test_an_edited_quantity_changes_the_totals_and_the_history_keeps_who_when_before_and_after(shop):
    services, _db = shop
    placed = services.orders.place_order(_draft(None, LineDraft("Coffee", 2, 1000), shipping_minor=500))
    edited = _edit(services, placed.id, lines=(LineDraft("Coffee", 3, 1000),), notes="call first")
    assert edited.totals.total_minor == 3500
    assert edited.version == 1
    assert edited.changed == ("line", "notes", "total")
    detail = services.orders.get_order(placed.id)
    assert (detail.row.total_minor, detail.subtotal_minor, detail.version) == (3500, 3000, 1)
    assert [(c.field, c.actor) for c in detail.changes] == [("line", "Sara"), ("notes", "Sara"), ("total", "Sara")]
    line = detail.changes[0]
    assert (line.before["quantity"], line.after["quantity"], line.after["name"]) == (2, 3, "Coffee")
    assert (detail.changes[1].before, detail.changes[1].after) == ("", "call first")
    assert (detail.changes[2].before, detail.changes[2].after) == (2500, 3500)
    assert line.at.tzinfo is not None


def test_lines_can_be_added_and_removed_and_a_walk_in_sale_gets_its_customer(shop):
    services, database = shop
    customer = _customer(services)
    placed = services.orders.place_order(_draft(None, LineDraft("Coffee", 1, 1000), LineDraft("Tea", 1, 700)))
    _edit(services, placed.id, customer_id=customer, lines=(LineDraft("Cake", 2, 450),))
    detail = services.orders.get_order(placed.id)
    assert [(line.description, line.quantity) for line in detail.lines] == [("Cake", 2)]
    assert detail.row.customer_id == customer
    fields = [(c.field, c.before, c.after) for c in detail.changes]
    assert fields[0] == ("customer", None, {"id": customer, "name": "مهسا"})
    assert [f for f, before, after in fields if f == "line" and after is None] == ["line"]  # Tea removed
    assert services.customers.get_profile(customer).figures.total_spent_minor == 900
    assert _figures_read_the_orders_as_edited(services, database)


def test_an_edit_of_an_order_already_packed_is_refused_with_the_reason_and_nothing_changes(shop):
    services, _db = shop
    placed = services.orders.place_order(_draft())
    services.orders.change_status([placed.id], "packed")
    with pytest.raises(OrderNotEditable) as refused:
        _edit(services, placed.id, lines=(LineDraft("Coffee", 5, 1000),))
    assert (refused.value.reason, refused.value.status, refused.value.number) == ("packed", "packed", placed.number)
    detail = services.orders.get_order(placed.id)
    assert (detail.row.total_minor, detail.version, detail.changes) == (2000, 0, ())


def test_a_cancelled_order_and_one_with_a_return_are_not_edited(shop):
    services, _db = shop
    cancelled = services.orders.place_order(_draft())
    services.orders.change_status([cancelled.id], "cancelled")
    with pytest.raises(OrderNotEditable) as refused:
        _edit(services, cancelled.id, notes="x")
    assert refused.value.reason == "cancelled"
    returned = services.orders.place_order(_draft(_customer(services), paid_minor=2000, status="paid"))
    (line,) = services.returns.returnable(returned.id).lines
    services.returns.request_return(ReturnDraft(order_id=returned.id, quantities={line.line_id: 1}, reason="damaged"))
    with pytest.raises(OrderNotEditable) as refused:
        _edit(services, returned.id, notes="x")
    assert refused.value.reason == "returned"


def test_an_edit_made_on_an_older_version_is_refused_and_writes_nothing(shop):
    services, _db = shop
    placed = services.orders.place_order(_draft())
    first_desk = services.orders.get_order(placed.id)
    second_desk = services.orders.get_order(placed.id)
    services.order_edits.edit_order(
        placed.id, first_desk.version, replace(draft_from_detail(first_desk), notes="A"), by="A"
    )
    typed = replace(draft_from_detail(second_desk), lines=(LineDraft("Coffee", 9, 1000),))
    with pytest.raises(OrderChangedMeanwhile) as refused:
        services.order_edits.edit_order(placed.id, second_desk.version, typed, by="B")
    assert (refused.value.expected, refused.value.current) == (0, 1)
    detail = services.orders.get_order(placed.id)
    assert (detail.notes, detail.lines[0].quantity, [c.actor for c in detail.changes]) == ("A", 2, ["A"])
    again = services.order_edits.edit_order(placed.id, detail.version, replace(typed, notes="A"), by="B")
    assert again.version == 2  # typed again on the version now saved, it goes through


def test_two_desks_editing_one_order_at_once_the_second_is_told_it_changed_meanwhile(shop):
    services, database = shop
    placed = services.orders.place_order(_draft())
    version = services.orders.get_order(placed.id).version
    second = build_services(database.unit_of_work)  # the other desk: its own services, its own connection
    inside, second_started = threading.Event(), threading.Event()
    outcome = {}

    def hold_until_the_second_desk_starts(_session, _order_id, _before):
        inside.set()
        assert second_started.wait(30)

    services.order_edits.edit_hooks.append(hold_until_the_second_desk_starts)

    def second_desk():
        assert inside.wait(30)
        second_started.set()
        try:
            second.order_edits.edit_order(placed.id, version, _draft(notes="B"), by="B")
        except OrderChangedMeanwhile as exc:
            outcome["refused"] = exc

    thread = threading.Thread(target=second_desk)
    thread.start()
    services.order_edits.edit_order(placed.id, version, _draft(notes="A"), by="A")
    thread.join(60)
    assert isinstance(outcome.get("refused"), OrderChangedMeanwhile)
    assert services.orders.get_order(placed.id).notes == "A"


def test_stamps_follow_an_edit_down_and_up_as_if_the_order_had_been_placed_that_way(shop):
    services, database = shop
    services.loyalty.save_program("Card", PunchCard(stamps_to_fill=5, per_amount_minor=1000))
    customer = _customer(services)
    placed = services.orders.place_order(_draft(customer, LineDraft("Coffee", 4, 1000)))
    services.payments.record_payment(placed.id, 1000, "cash")  # 10 of 40 paid: not yet earning
    _edit(services, placed.id, lines=(LineDraft("Coffee", 1, 1000),))  # down to what was paid: settled
    assert services.orders.get_order(placed.id).row.status == "paid"
    assert services.loyalty.cards(customer)[0].stamps == 1
    _edit(services, placed.id, lines=(LineDraft("Coffee", 7, 1000),))  # re-opened: 60 due, earns when paid
    assert services.loyalty.cards(customer)[0].stamps == 0
    services.payments.record_payment(placed.id, 6000, "card")
    (card,) = services.loyalty.cards(customer)
    assert (card.stamps, len(card.rewards)) == (2, 1)  # 7 stamps: a full card became a reward, 2 left
    assert [(e.kind, e.stamps, e.note) for e in card.history if e.note == "order edited"] == [
        ("earned", 1, "order edited"),
        ("earned", -1, "order edited"),
    ]
    assert _figures_read_the_orders_as_edited(services, database)


def test_an_edit_that_raises_a_paid_orders_total_reopens_its_balance_and_the_rest_settles_it(shop):
    services, database = shop
    customer = _customer(services)
    placed = services.orders.place_order(_draft(customer, LineDraft("Coffee", 2, 1000), status="paid"))
    assert services.payments.money(placed.id).paid_minor == 2000
    edited = _edit(services, placed.id, lines=(LineDraft("Coffee", 3, 1000),))
    assert edited.totals.balance_due_minor == 1000
    detail = services.orders.get_order(placed.id)
    assert (detail.row.status, detail.row.paid_minor, detail.row.balance_minor) == ("new", 2000, 1000)
    assert [(e.from_status, e.to_status, e.note) for e in detail.history][-1] == ("paid", "new", "edited")
    money = services.payments.money(placed.id)
    assert (money.total_minor, money.paid_minor) == (3000, 2000)  # what was paid stays; the rest is due
    [row] = list(services.orders.pages(OrderQuery(), size=10))[0]
    assert row.balance_minor == 1000
    settled = services.payments.record_payment(placed.id, 1000, "card")
    assert (settled.balance_minor, settled.status, settled.settled) == (0, "paid", True)
    assert services.payments.customer_balance(customer, "SAR") == (3000, 0)
    assert _figures_read_the_orders_as_edited(services, database)


def test_an_edit_that_leaves_a_paid_orders_total_as_it_was_keeps_it_paid(shop):
    services, _db = shop
    placed = services.orders.place_order(_draft(None, LineDraft("Coffee", 2, 1000), status="paid"))
    _edit(services, placed.id, notes="ring twice", lines=(LineDraft("Tea", 2, 1000),))
    detail = services.orders.get_order(placed.id)
    assert (detail.row.status, detail.row.balance_minor) == ("paid", 0)
    assert [e.to_status for e in detail.history] == ["paid"]  # no move written


def test_an_order_not_yet_at_its_earning_status_earns_nothing_by_an_edit(shop):
    services, _db = shop
    services.loyalty.save_program("Card", PunchCard(stamps_to_fill=5, per_amount_minor=1000))
    customer = _customer(services)
    placed = services.orders.place_order(_draft(customer))
    _edit(services, placed.id, lines=(LineDraft("Coffee", 4, 1000),))
    assert services.loyalty.cards(customer)[0].stamps == 0
    services.orders.change_status([placed.id], "paid")
    assert services.loyalty.cards(customer)[0].stamps == 4


def test_a_changed_customer_takes_the_stamps_points_and_figures_with_the_order(shop):
    services, database = shop
    services.loyalty.save_program("Card", PunchCard(stamps_to_fill=9, per_amount_minor=1000))
    services.loyalty.save_program("Points", Points(per_amount_minor=100, points=1))
    first, second = _customer(services, "Ali"), _customer(services, "Reza")
    placed = services.orders.place_order(_draft(first, LineDraft("Coffee", 3, 1000), status="paid"))
    services.follow_ups.promise(what="Call back", owner="Sara", working_days=2, customer_id=first, order_id=placed.id)
    _edit(services, placed.id, customer_id=second)
    assert services.loyalty.cards(first)[0].stamps == 0
    assert services.loyalty.cards(second)[0].stamps == 3
    assert [p.balance for p in services.loyalty.points(first)] == [0]
    assert [p.balance for p in services.loyalty.points(second)] == [30]
    assert services.customers.get_profile(first).figures.orders == 0
    assert services.customers.get_profile(second).figures.total_spent_minor == 3000
    assert [item.customer_id for item in services.follow_ups.queue()] == [second]
    assert _figures_read_the_orders_as_edited(services, database)


def test_the_total_may_not_go_below_what_was_paid(shop):
    services, _db = shop
    placed = services.orders.place_order(_draft(paid_minor=2000, status="paid"))
    with pytest.raises(InvalidInput) as refused:
        _edit(services, placed.id, lines=(LineDraft("Coffee", 1, 1000),))
    assert (refused.value.field, refused.value.reason) == ("lines", "less than paid")
    assert _edit(services, placed.id, lines=(LineDraft("Coffee", 3, 1000),)).totals.balance_due_minor == 1000
    assert services.orders.get_order(placed.id).row.status == "new"  # re-opened: 10 left to pay


def test_an_order_paid_with_store_credit_keeps_its_customer(shop, database):
    services, _db = shop
    customer = _customer(services)
    from shopdesk.services import store_credit

    with database.unit_of_work() as uow:
        store_credit.add_entry(uow.session, customer, "issued", 5000, "SAR", note="goodwill")
        uow.commit()
    placed = services.orders.place_order(_draft(customer, paid_minor=2000, store_credit_minor=2000, status="paid"))
    with pytest.raises(InvalidInput) as refused:
        _edit(services, placed.id, customer_id=_customer(services, "Other"))
    assert (refused.value.field, refused.value.reason) == ("customer", "store credit used")
    _edit(services, placed.id, notes="the credit stays")  # other edits keep the credit as it was spent
    with database.unit_of_work() as uow:
        assert store_credit.balance(uow.session, customer, "SAR") == 3000


def test_a_reward_code_taken_off_the_order_is_given_back_and_one_kept_must_still_fit(shop):
    services, _db = shop
    services.loyalty.save_program("Card", PunchCard(stamps_to_fill=2, reward="fixed", reward_value=500))
    customer = _customer(services)
    for _ in range(2):
        services.orders.place_order(_draft(customer, status="paid"))
    (reward,) = services.loyalty.cards(customer)[0].rewards
    placed = services.orders.place_order(_draft(customer, discount_code=reward.code, order_discount_minor=500))
    with pytest.raises(InvalidInput) as refused:
        _edit(services, placed.id, order_discount_minor=100)
    assert (refused.value.field, refused.value.reason) == ("order_discount", "less than the reward")
    with pytest.raises(InvalidInput) as refused:
        _edit(services, placed.id, customer_id=_customer(services, "Other"))
    assert (refused.value.field, refused.value.reason) == ("customer", "reward code used")
    _edit(services, placed.id, discount_code="", order_discount_minor=0)
    assert services.loyalty.reward(reward.code).redeemed_order_id is None  # usable again
    _edit(services, placed.id, discount_code=reward.code, order_discount_minor=500)  # and used by an edit
    assert services.loyalty.reward(reward.code).redeemed_order_id == placed.id


def test_addresses_and_details_are_edited_on_the_order_only(shop):
    services, _db = shop
    home = Address(recipient="Sara", line1="12 Olaya St", city="Riyadh", country="SA", postal_code="12211")
    placed = services.orders.place_order(_draft(ship_to=home))
    moved = replace(home, city="Jeddah", postal_code="21411")
    _edit(services, placed.id, ship_to=moved, shipping_minor=1500, channel="website", carrier="Aramex")
    detail = services.orders.get_order(placed.id)
    assert (detail.ship_to.city, detail.shipping_minor, detail.row.channel) == ("Jeddah", 1500, "website")
    changed = {c.field: (c.before, c.after) for c in detail.changes}
    assert changed["ship_to"][0]["city"] == "Riyadh" and changed["ship_to"][1]["city"] == "Jeddah"
    assert set(changed) == {"ship_to", "shipping", "channel", "carrier", "total"}


def test_an_edit_that_changes_nothing_records_nothing(shop, database):
    services, _db = shop
    placed = services.orders.place_order(_draft())
    edited = _edit(services, placed.id)
    assert edited.changed == ()
    with database.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(OrderChange)).scalar() == 0
        assert connection.execute(select(func.count()).select_from(LoyaltyEntry)).scalar() == 0


def test_a_product_line_added_by_an_edit_is_named_in_the_customers_language_and_kept_lines_keep_theirs(shop):
    from shopdesk.services.product_records import ProductRow

    services, _db = shop
    for sku, en, fa in (("SOAP", "Rose soap", "صابون گل رز"), ("MUG", "Mug", "ماگ")):
        services.products.save_product(ProductRow(id=None, sku=sku, name_en=en, name_fa=fa, price_minor=1000))
    soap, mug = sorted(services.products.list_products(), key=lambda product: product.sku != "SOAP")
    customer = _customer(services)  # speaks Persian
    placed = services.orders.place_order(_draft(customer, LineDraft("Rose soap", 1, 1000, product_id=soap.id)))
    kept = services.orders.get_order(placed.id).lines[0]
    assert kept.description == "صابون گل رز"
    _edit(services, placed.id, lines=(LineDraft(kept.description, 2, 1000, product_id=soap.id),
                                      LineDraft("MUG", 1, 1000, product_id=mug.id)))  # fmt: skip
    lines = services.orders.get_order(placed.id).lines
    assert [(line.description, line.sku) for line in lines] == [("صابون گل رز", "SOAP"), ("ماگ", "MUG")]


def test_a_reorder_reminder_goes_when_its_product_is_taken_off_the_order(shop):
    from datetime import date, timedelta

    from shopdesk.services.product_records import ProductRow

    services, _db = shop
    services.products.save_product(ProductRow(id=None, sku="BEANS", name_en="Beans", price_minor=1000, reorder_days=30))
    (beans,) = services.products.list_products()
    customer = _customer(services)
    placed = services.orders.place_order(_draft(customer, LineDraft("Beans", 1, 1000, product_id=beans.id)))
    later = date.today() + timedelta(days=31)
    assert services.follow_ups.generate(later) == 1
    assert [item.kind for item in services.follow_ups.queue()] == ["reorder"]
    _edit(services, placed.id, lines=(LineDraft("Gift wrap", 1, 500),))
    assert services.follow_ups.queue() == []
    assert services.follow_ups.generate(later) == 0  # and it is not made again
