"""Payments on SQLite and PostgreSQL: partial payments, the balance, paid following a zero balance through the same
move as "Mark as paid" (loyalty and figures follow), over-payment refused with the amount, cash on delivery, store
credit, refunds of returns in the same money history, and the migration of orders paid before payments existed."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.errors import InvalidInput, OverPayment
from shopdesk.services.loyalty_rules import PunchCard
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from shopdesk.services.return_records import ReturnDraft
from shopdesk.services.settings import ShopSettings


@pytest.fixture
def shop(database):
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    return services


def _order(services, total=10000, **changes):
    draft = OrderDraft(lines=(LineDraft("Rose soap", 1, total),), **changes)
    return services.orders.place_order(draft)


def test_partial_payments_leave_a_balance_and_the_last_one_marks_the_order_paid(shop):
    placed = _order(shop, 10000, channel="website")
    first = shop.payments.record_payment(placed.id, 4000, "bank_transfer", actor="mina", note="first half")
    assert (first.paid_minor, first.balance_minor, first.status, first.settled) == (4000, 6000, "new", False)
    last = shop.payments.record_payment(placed.id, 6000, "card", actor="sara")
    assert (last.paid_minor, last.balance_minor, last.status, last.settled) == (10000, 0, "paid", True)
    money = shop.payments.money(placed.id)
    assert [(e.kind, e.method, e.amount_minor, e.actor, e.note) for e in money.entries] == [
        ("payment", "bank_transfer", 4000, "mina", "first half"),
        ("payment", "card", 6000, "sara", ""),
    ]
    assert (money.paid_minor, money.balance_minor, money.refunded_minor) == (10000, 0, 0)
    history = shop.orders.history(placed.id)
    assert [(e.from_status, e.to_status) for e in history] == [(None, "new"), ("new", "paid")]
    detail = shop.orders.get_order(placed.id)
    assert (detail.paid_minor, detail.row.paid_minor, detail.row.balance_minor) == (10000, 10000, 0)


def test_over_payment_is_refused_with_the_amount_and_what_is_left(shop):
    placed = _order(shop, 5000)
    shop.payments.record_payment(placed.id, 2000, "cash")
    with pytest.raises(OverPayment) as refused:
        shop.payments.record_payment(placed.id, 3001, "cash")
    assert (refused.value.amount_minor, refused.value.balance_minor, refused.value.currency) == (3001, 3000, "SAR")
    assert refused.value.field == "amount" and "3001" in str(refused.value) and "3000" in str(refused.value)
    assert shop.payments.money(placed.id).paid_minor == 2000  # nothing was written


@pytest.mark.parametrize(("amount", "method"), [(0, "cash"), (-5, "cash"), (100, "cheque")])
def test_a_payment_that_is_not_positive_or_by_an_unknown_method_is_refused(shop, amount, method):
    placed = _order(shop, 5000)
    with pytest.raises(InvalidInput):
        shop.payments.record_payment(placed.id, amount, method)
    assert shop.payments.money(placed.id).entries == ()


def test_a_cancelled_order_takes_no_payment_and_owes_nothing(shop):
    placed = _order(shop, 5000)
    shop.orders.change_status([placed.id], "cancelled")
    with pytest.raises(InvalidInput):
        shop.payments.record_payment(placed.id, 100, "cash")
    assert shop.payments.money(placed.id).balance_minor == 0


def test_an_order_paid_in_full_as_it_is_placed_is_paid_with_its_payment_recorded(shop):
    placed = _order(shop, 7500, paid_minor=7500, payment_method="cash", actor="mina")
    money = shop.payments.money(placed.id)
    assert (money.status, money.paid_minor, money.balance_minor) == ("paid", 7500, 0)
    assert [(e.kind, e.method, e.amount_minor, e.actor) for e in money.entries] == [("payment", "cash", 7500, "mina")]


def test_cash_on_delivery_owes_until_the_couriers_money_is_recorded(shop):
    placed = _order(shop, 12000, channel="whatsapp", payment_method="cash_on_delivery")
    shop.orders.change_status([placed.id], "shipped")  # goes out unpaid
    money = shop.payments.money(placed.id)
    assert (money.status, money.balance_minor, money.payment_method) == ("shipped", 12000, "cash_on_delivery")
    paid = shop.payments.record_payment(placed.id, 12000, "cash_on_delivery", actor="courier desk")
    assert (paid.balance_minor, paid.status, paid.settled) == (0, "shipped", False)  # paid, and still on its way


def test_the_payment_that_settles_an_order_earns_its_stamp_as_marking_it_paid_does(shop):
    shop.loyalty.save_program("Card", PunchCard(stamps_to_fill=6, earn_on="paid"))
    leila = shop.customers.create_customer(CustomerDraft(name="Leila", phone="0501234567"))
    placed = _order(shop, 9000, customer_id=leila)
    shop.payments.record_payment(placed.id, 5000, "cash")
    assert shop.loyalty.cards(leila)[0].stamps == 0
    shop.payments.record_payment(placed.id, 4000, "card")
    assert shop.loyalty.cards(leila)[0].stamps == 1
    at_once = _order(shop, 3000, customer_id=leila, paid_minor=3000)  # paid as it was placed
    assert shop.orders.get_order(at_once.id).row.status == "paid"
    assert shop.loyalty.cards(leila)[0].stamps == 2


def test_store_credit_is_taken_from_the_ledger_as_the_payment_is_recorded(shop, database):
    leila = shop.customers.create_customer(CustomerDraft(name="Leila", phone="0501234567"))
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO store_credit_entry (customer_id, kind, amount_minor, currency, at, actor, note) "
                "VALUES (:c, 'issued', 2500, 'SAR', :at, '', '')"
            ),
            {"c": leila, "at": "2026-01-01 00:00:00.000000" if conn.dialect.name == "sqlite" else "2026-01-01Z"},
        )
    placed = _order(shop, 6000, customer_id=leila)
    with pytest.raises(InvalidInput):
        shop.payments.record_payment(placed.id, 3000, "store_credit")  # more than the credit
    shop.payments.record_payment(placed.id, 2500, "store_credit")
    assert shop.returns.credit_balance(leila, "SAR") == 0
    walk_in = _order(shop, 1000)
    with pytest.raises(InvalidInput):
        shop.payments.record_payment(walk_in.id, 100, "store_credit")


def test_a_returns_refund_and_store_credit_appear_in_the_orders_money_history(shop):
    leila = shop.customers.create_customer(CustomerDraft(name="Leila", phone="0501234567"))
    placed = shop.orders.place_order(
        OrderDraft(lines=(LineDraft("Soap", 2, 3000), LineDraft("Mug", 1, 4000)), customer_id=leila, paid_minor=10000)
    )
    lines = shop.returns.returnable(placed.id).lines
    for line, resolution in ((lines[0], "refund"), (lines[1], "credit")):
        return_id = shop.returns.request_return(
            ReturnDraft(order_id=placed.id, quantities={line.line_id: 1}, reason="damaged", actor="mina")
        )
        for step in (shop.returns.approve, shop.returns.receive):
            step(return_id, actor="mina")
        shop.returns.inspect(return_id, "as_new", actor="mina")
        shop.returns.resolve(return_id, resolution, actor="sara")
    money = shop.payments.money(placed.id)
    assert [(e.kind, e.method, e.amount_minor, e.return_number) for e in money.entries] == [
        ("payment", "cash", 10000, None),
        ("refund", "", 3000, 1),
        ("refund", "store_credit", 4000, 2),
    ]
    assert money.entries[1].actor == "sara"
    assert (money.paid_minor, money.refunded_minor, money.net_minor, money.balance_minor) == (10000, 7000, 3000, 0)


def test_a_refund_outside_returns_is_capped_and_lowers_what_a_return_can_give_back(shop):
    placed = _order(shop, 10000, paid_minor=10000)
    with pytest.raises(OverPayment):
        shop.payments.record_refund(placed.id, 10001, "card")
    shop.payments.record_refund(placed.id, 9000, "card", note="imported")
    line = shop.returns.returnable(placed.id).lines[0]
    return_id = shop.returns.request_return(
        ReturnDraft(order_id=placed.id, quantities={line.line_id: 1}, reason="damaged")
    )
    shop.returns.approve(return_id)
    shop.returns.receive(return_id)
    shop.returns.inspect(return_id, "as_new")
    assert shop.returns.give_back(return_id).amount_minor == 1000  # 10,000 paid, 9,000 already went back
    money = shop.payments.money(placed.id)
    assert (money.refunded_minor, money.balance_minor) == (9000, 0)


def test_a_customers_paid_and_balance_add_up_their_orders(shop):
    leila = shop.customers.create_customer(CustomerDraft(name="Leila", phone="0501234567"))
    _order(shop, 3000, customer_id=leila, paid_minor=3000)
    second = _order(shop, 5000, customer_id=leila, paid_minor=1000)
    cancelled = _order(shop, 9000, customer_id=leila)
    shop.orders.change_status([cancelled.id], "cancelled")
    assert shop.payments.customer_balance(leila, "SAR") == (4000, 4000)
    shop.payments.record_payment(second.id, 4000, "cash")
    assert shop.payments.customer_balance(leila, "SAR") == (8000, 0)


def test_orders_paid_before_payments_existed_get_their_payments_when_upgraded(db_url):
    from shopdesk.services.database import open_database
    from tests.integration.test_migrations import _downgrade

    database = open_database(db_url)
    try:
        shop = build_services(database.unit_of_work)
        shop.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
        leila = shop.customers.create_customer(CustomerDraft(name="Leila", phone="0501234567"))
        typed = _order(shop, 5000, paid_minor=2000, payment_method="card")  # part typed as Paid, still new
        marked = _order(shop, 8000, channel="website")
        unpaid = _order(shop, 3000)
        credit = _order(shop, 4000, customer_id=leila, status="paid")
        _downgrade(database.engine, "0026_addresses")
        with database.engine.begin() as conn:  # as versions before 0027 left them
            conn.execute(
                text("UPDATE shop_order SET status = 'shipped', paid_minor = 0 WHERE id = :id"), {"id": marked.id}
            )
            conn.execute(
                text("INSERT INTO order_event (order_id, from_status, to_status, at, note) "
                     "SELECT id, 'new', 'paid', created_at, '' FROM shop_order WHERE id = :id"),
                {"id": marked.id},
            )  # fmt: skip
            conn.execute(text("UPDATE shop_order SET paid_minor = 1500 WHERE id = :id"), {"id": credit.id})
            conn.execute(
                text("INSERT INTO store_credit_entry (customer_id, kind, amount_minor, currency, order_id, at, actor, "
                     "note) SELECT :c, 'used', -1500, 'SAR', id, created_at, '', '' FROM shop_order WHERE id = :id"),
                {"c": leila, "id": credit.id},
            )  # fmt: skip
    finally:
        database.close()
    database = open_database(db_url)  # migrated again: 0027
    try:
        shop = build_services(database.unit_of_work)
        money = {placed.id: shop.payments.money(placed.id) for placed in (typed, marked, unpaid, credit)}
        entries = {k: [(e.method, e.amount_minor, e.note) for e in m.entries] for k, m in money.items()}
        assert entries[typed.id] == [("card", 2000, "")]
        assert entries[marked.id] == [("other", 8000, "marked paid")]
        assert entries[unpaid.id] == []
        assert sorted(entries[credit.id]) == [("other", 2500, "marked paid"), ("store_credit", 1500, "")]
        assert [(m.paid_minor, m.balance_minor) for m in money.values()] == [
            (2000, 3000),
            (8000, 0),
            (0, 3000),
            (4000, 0),
        ]
    finally:
        database.close()
