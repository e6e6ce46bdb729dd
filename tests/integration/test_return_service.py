"""Returns through the service on a real database: quantities, the policy's window and its override, refunds
from what was paid, the store credit ledger, the loyalty hook, and figures for the summaries."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.errors import InvalidInput
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.product_records import ProductRow
from shopdesk.services.registry import build_services
from shopdesk.services.return_records import ReturnBlocked, ReturnDraft
from shopdesk.services.return_rules import ReturnPolicy
from shopdesk.services.settings import ShopSettings


@pytest.fixture
def shop(database):
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", return_days=15))
    customer = services.customers.create_customer(CustomerDraft(name="خالد", language="ar"))
    return services, customer


def _order(services, customer, lines, *, discount=0, paid=None, product_id=None):
    drafts = tuple(
        LineDraft(f"Item {i}", qty, price, line_discount, product_id=product_id if i == 0 else None)
        for i, (qty, price, line_discount) in enumerate(lines)
    )
    total = sum(q * p - d for q, p, d in lines) - discount
    placed = services.orders.place_order(
        OrderDraft(
            lines=drafts,
            customer_id=customer,
            order_discount_minor=discount,
            paid_minor=total if paid is None else paid,
        )
    )
    return placed.id


def _walk_to_inspected(returns, return_id):
    returns.approve(return_id, actor="Sara")
    returns.receive(return_id, actor="Sara")
    returns.inspect(return_id, "as_new", actor="Sara")


def test_a_return_is_refunded_from_what_was_paid_with_the_order_discount_shared_out(shop):
    services, customer = shop
    # 2 × 30.00 and 1 × 10.00 (1.00 off that line), 6.90 off the order: paid 62.10
    order_id = _order(services, customer, [(2, 3000, 0), (1, 1000, 100)], discount=690)
    order = services.returns.returnable(order_id)
    assert [line.paid_minor for line in order.lines] == [5400, 810]
    line = order.lines[0]
    return_id = services.returns.request_return(ReturnDraft(order_id, {line.line_id: 1}, "damaged", actor="Sara"))
    _walk_to_inspected(services.returns, return_id)
    assert services.returns.resolve(return_id, "refund", actor="Sara") == 2700
    detail = services.returns.get_return(return_id)
    assert detail.row.status == "refunded" and detail.row.refund_minor == 2700
    assert [(e.from_status, e.to_status, e.actor) for e in detail.history] == [
        (None, "requested", "Sara"),
        ("requested", "approved", "Sara"),
        ("approved", "received", "Sara"),
        ("received", "inspected", "Sara"),
        ("inspected", "refunded", "Sara"),
    ]
    assert detail.row.number == 1 and detail.row.order_number == 1001


def test_more_than_was_bought_less_what_came_back_is_refused(shop):
    services, customer = shop
    order_id = _order(services, customer, [(2, 1000, 0)])
    line_id = services.returns.returnable(order_id).lines[0].line_id
    services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "wrong_size"))
    with pytest.raises(InvalidInput) as too_many:
        services.returns.request_return(ReturnDraft(order_id, {line_id: 2}, "wrong_size"))
    assert too_many.value.field == "quantity"
    with pytest.raises(InvalidInput):
        services.returns.request_return(ReturnDraft(order_id, {line_id: -1}, "wrong_size"))
    with pytest.raises(InvalidInput):
        services.returns.request_return(ReturnDraft(order_id, {}, "wrong_size"))
    with pytest.raises(InvalidInput) as other:
        services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "other"))
    assert other.value.field == "reason_text"
    assert services.returns.returnable(order_id).lines[0].available == 1


def test_a_rejected_return_gives_its_units_back_to_what_may_return(shop):
    services, customer = shop
    order_id = _order(services, customer, [(1, 1000, 0)])
    line_id = services.returns.returnable(order_id).lines[0].line_id
    first = services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "changed_mind"))
    with pytest.raises(InvalidInput):
        services.returns.reject(first, "  ")  # a rejection says why
    services.returns.reject(first, "Used and without its box")
    assert services.returns.get_return(first).rejection_reason == "Used and without its box"
    assert services.returns.returnable(order_id).lines[0].available == 1


def test_outside_the_window_a_return_is_blocked_until_the_owner_writes_why(shop):
    services, customer = shop
    order_id = _order(services, customer, [(1, 1000, 0)])
    line_id = services.returns.returnable(order_id).lines[0].line_id
    ordered_on = services.returns.returnable(order_id).window_start
    late = ordered_on + timedelta(days=16)
    with pytest.raises(ReturnBlocked) as blocked:
        services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "changed_mind"), today=late)
    assert blocked.value.why == "window closed" and blocked.value.closed_on == ordered_on + timedelta(days=15)
    return_id = services.returns.request_return(
        ReturnDraft(order_id, {line_id: 1}, "changed_mind", override_reason="Loyal customer, was travelling"),
        today=late,
    )
    detail = services.returns.get_return(return_id)
    assert detail.override_reason == "Loyal customer, was travelling"
    assert "override" in detail.history[0].note
    # On the last day it is still open.
    order2 = _order(services, customer, [(1, 1000, 0)])
    line2 = services.returns.returnable(order2).lines[0].line_id
    start = services.returns.returnable(order2).window_start
    services.returns.request_return(ReturnDraft(order2, {line2: 1}, "changed_mind"), today=start + timedelta(days=15))


def test_a_product_marked_not_returnable_is_blocked_with_its_name(shop):
    services, customer = shop
    product = services.products.save_product(
        ProductRow(id=None, sku="EAR", name_en="Earrings", price_minor=900, returnable=False)
    )
    order_id = _order(services, customer, [(1, 900, 0)], product_id=product)
    line_id = services.returns.returnable(order_id).lines[0].line_id
    with pytest.raises(ReturnBlocked) as blocked:
        services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "changed_mind"))
    assert blocked.value.why == "not returnable" and blocked.value.items == ("Item 0",)


def test_the_restocking_fee_depends_on_the_reason(shop):
    services, customer = shop
    services.returns.save_policy(ReturnPolicy(restocking_percent={"changed_mind": 10, "damaged": 0}))
    order_id = _order(services, customer, [(2, 1000, 0)])
    line_id = services.returns.returnable(order_id).lines[0].line_id
    mind = services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "changed_mind"))
    damaged = services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "damaged"))
    for return_id in (mind, damaged):
        _walk_to_inspected(services.returns, return_id)
    assert services.returns.resolve(mind, "refund") == 900
    assert services.returns.resolve(damaged, "refund") == 1000
    with pytest.raises(InvalidInput):
        services.returns.save_policy(ReturnPolicy(restocking_percent={"damaged": 120}))


def test_refunds_never_exceed_what_the_order_was_paid(shop):
    services, customer = shop
    order_id = _order(services, customer, [(2, 1000, 0)], paid=1500)  # half paid on delivery, say
    line_id = services.returns.returnable(order_id).lines[0].line_id
    first = services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "damaged"))
    second = services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "damaged"))
    for return_id in (first, second):
        _walk_to_inspected(services.returns, return_id)
    assert services.returns.resolve(first, "refund") == 1000
    assert services.returns.resolve(second, "refund") == 500


def test_store_credit_is_issued_used_and_never_overdrawn(shop):
    services, customer = shop
    order_id = _order(services, customer, [(1, 2500, 0)])
    line_id = services.returns.returnable(order_id).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "wrong_size"))
    _walk_to_inspected(services.returns, return_id)
    assert services.returns.resolve(return_id, "credit", actor="Sara") == 2500
    assert services.returns.credit_balance(customer, "SAR") == 2500
    assert services.returns.use_credit(customer, 1000, "SAR", order_id=order_id) == 1500
    with pytest.raises(InvalidInput):
        services.returns.use_credit(customer, 1501, "SAR")
    ledger = services.returns.credit_ledger(customer)
    assert [(e.kind, e.amount_minor) for e in ledger] == [("issued", 2500), ("used", -1000)]
    assert services.returns.credit_balance(customer, "SAR") == sum(e.amount_minor for e in ledger)


def test_the_loyalty_hook_hears_of_units_back_for_good(shop):
    services, customer = shop
    heard = []
    services.returns.on_units_returned.append(lambda _session, units: heard.append(units))
    order_id = _order(services, customer, [(3, 1000, 0)])
    line_id = services.returns.returnable(order_id).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(order_id, {line_id: 2}, "damaged"))
    _walk_to_inspected(services.returns, return_id)
    assert heard == []  # nothing is undone before the units are back for good
    services.returns.resolve(return_id, "refund")
    assert [(h.order_id, h.customer_id, h.quantities, h.value_minor) for h in heard] == [
        (order_id, customer, {line_id: 2}, 2000)
    ]


def test_steps_out_of_order_are_refused(shop):
    services, customer = shop
    order_id = _order(services, customer, [(1, 1000, 0)])
    line_id = services.returns.returnable(order_id).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "damaged"))
    with pytest.raises(InvalidInput):
        services.returns.resolve(return_id, "refund")
    with pytest.raises(InvalidInput):
        services.returns.inspect(return_id, "as_new")
    services.returns.approve(return_id)
    with pytest.raises(InvalidInput):
        services.returns.approve(return_id)


def test_return_rate_and_top_reasons_for_the_summaries(shop):
    services, customer = shop
    orders = [_order(services, customer, [(1, 1000, 0)]) for _ in range(4)]
    lines = [services.returns.returnable(o).lines[0].line_id for o in orders]
    services.returns.request_return(ReturnDraft(orders[0], {lines[0]: 1}, "damaged"))
    services.returns.request_return(ReturnDraft(orders[1], {lines[1]: 1}, "damaged"))
    rejected = services.returns.request_return(ReturnDraft(orders[2], {lines[2]: 1}, "wrong_size"))
    services.returns.reject(rejected, "No receipt")
    services.orders.change_status([orders[3]], "cancelled")
    now = datetime.now(UTC)
    start, end = now - timedelta(days=1), now + timedelta(days=1)
    assert services.returns.return_rate(start, end) == (2, 3)  # two of the three orders not cancelled
    assert services.returns.top_reasons(start, end) == [("damaged", 2)]


# --- properties over random orders and return sequences ----------------------------------------------------------

line_strategy = st.tuples(
    st.integers(min_value=1, max_value=5),
    st.integers(min_value=0, max_value=50_000),
    st.integers(min_value=0, max_value=100),
)
step_strategy = st.tuples(
    st.integers(min_value=0, max_value=4),  # which line
    st.integers(min_value=1, max_value=6),  # how many units
    st.sampled_from(["refund", "credit", "reject"]),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    lines=st.lists(line_strategy, min_size=1, max_size=4),
    discount_percent=st.integers(min_value=0, max_value=100),
    paid_percent=st.integers(min_value=0, max_value=100),
    steps=st.lists(step_strategy, max_size=8),
)
def test_random_return_sequences_keep_every_promise(shop, lines, discount_percent, paid_percent, steps):
    services, customer = shop
    lines = [(q, p, min(d, q * p)) for q, p, d in lines]
    subtotal = sum(q * p - d for q, p, d in lines)
    discount = subtotal * discount_percent // 100
    paid = (subtotal - discount) * paid_percent // 100
    order_id = _order(services, customer, lines, discount=discount, paid=paid)
    order_lines = services.returns.returnable(order_id).lines
    refunded = 0
    for which, units, outcome in steps:
        line = order_lines[which % len(order_lines)]
        available = services.returns.returnable(order_id).lines[which % len(order_lines)].available
        draft = ReturnDraft(order_id, {line.line_id: units}, "damaged")
        if units > available:
            with pytest.raises(InvalidInput):
                services.returns.request_return(draft)
            continue
        return_id = services.returns.request_return(draft)
        if outcome == "reject":
            services.returns.reject(return_id, "no")
            continue
        _walk_to_inspected(services.returns, return_id)
        quote = services.returns.give_back(return_id)
        assert quote.amount_minor <= quote.paid_minor <= quote.value_minor
        if quote.amount_minor == 0:  # nothing to give back is never silent
            with pytest.raises(InvalidInput) as silent:
                services.returns.resolve(return_id, outcome)
            assert silent.value.field == "zero_reason"
        reason = "nothing left to give back" if quote.amount_minor == 0 else ""
        refunded += services.returns.resolve(return_id, outcome, expected_minor=quote.amount_minor, reason=reason)
    after = services.returns.returnable(order_id)
    assert refunded <= paid  # never more than was paid
    assert all(0 <= line.returned <= line.bought for line in after.lines)  # never more than was bought
    ledger = services.returns.credit_ledger(customer)
    assert services.returns.credit_balance(customer, "SAR") == sum(
        e.amount_minor for e in ledger if e.currency == "SAR"
    )
    assert all(e.amount_minor >= 0 for e in ledger if e.kind == "issued")


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("zbarimg")), reason="poppler and zbar needed")
@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_the_return_slip_carries_the_return_number_as_a_barcode_and_the_policy(shop, tmp_path, language):
    from shopdesk.views.print_texts import texts_for

    services, customer = shop
    order_id = _order(services, customer, [(2, 1000, 0)])
    line_id = services.returns.returnable(order_id).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "wrong_size"))
    out = services.prints.write_return_slip(return_id, texts_for(), tmp_path / "slip.pdf", language=language)
    subprocess.run(["pdftoppm", "-png", "-r", "200", str(out), str(tmp_path / "slip")], check=True)
    (page,) = tmp_path.glob("slip*.png")
    found = subprocess.run(
        ["zbarimg", "-q", "--raw", "-Sdisable", "-Scode128.enable", str(page)], capture_output=True, text=True
    ).stdout.split()
    assert found == ["RMA1"]
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split())
    if language == "en":
        assert "Return slip" in text and "Return number: 1" in text and "Wrong size" in text
        assert "within 15 days of delivery" in text


def test_the_shops_own_policy_words_go_on_the_slip(shop, tmp_path):
    from shopdesk.views.print_texts import texts_for

    services, customer = shop
    services.returns.save_policy(
        ReturnPolicy(texts={"en": "Bring it back within 15 days, receipt please."}, condition="unused, with tags")
    )
    order_id = _order(services, customer, [(1, 1000, 0)])
    line_id = services.returns.returnable(order_id).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "damaged"))
    out = services.prints.write_return_slip(return_id, texts_for(), tmp_path / "slip.pdf", language="en")
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split())
    assert "Bring it back within 15 days, receipt please." in text
    assert "Items must be: unused, with tags" in text


def test_an_exchange_places_a_linked_order_paid_by_the_return_and_credits_a_cheaper_difference(shop):
    from shopdesk.services.order_rows import LineDraft

    services, customer = shop
    heard = []
    services.returns.on_units_returned.append(lambda _session, units: heard.append(units))
    order_id = _order(services, customer, [(1, 3000, 0)])
    line_id = services.returns.returnable(order_id).lines[0].line_id
    cheaper = services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "wrong_size"))
    _walk_to_inspected(services.returns, cheaper)
    done = services.returns.exchange(cheaper, [LineDraft("Item 0, size M", 1, 2500)], actor="Sara")
    assert (done.paid_minor, done.due_minor, done.credit_minor) == (2500, 0, 500)
    replacement = services.orders.get_order(done.order_id)
    assert replacement.row.status == "paid" and replacement.row.customer_id == customer
    assert "RMA 1" in replacement.notes
    detail = services.returns.get_return(cheaper)
    assert detail.row.status == "exchanged" and detail.replacement_order_number == done.order_number
    assert services.returns.credit_balance(customer, "SAR") == 500
    assert len(heard) == 1


def test_a_dearer_exchange_leaves_the_difference_to_pay(shop):
    from shopdesk.services.order_rows import LineDraft

    services, customer = shop
    order_id = _order(services, customer, [(1, 2000, 0)])
    line_id = services.returns.returnable(order_id).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "wrong_item"))
    _walk_to_inspected(services.returns, return_id)
    done = services.returns.exchange(return_id, [LineDraft("Bigger one", 1, 3500)])
    assert (done.paid_minor, done.due_minor, done.credit_minor) == (2000, 1500, 0)
    assert services.orders.get_order(done.order_id).row.status == "new"
    assert services.returns.credit_balance(customer, "SAR") == 0


def test_an_exchange_the_policy_does_not_offer_is_refused_and_places_nothing(shop):
    from shopdesk.services.order_rows import LineDraft

    services, customer = shop
    services.returns.save_policy(ReturnPolicy(resolutions=("refund",)))
    order_id = _order(services, customer, [(1, 2000, 0)])
    line_id = services.returns.returnable(order_id).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "wrong_item"))
    _walk_to_inspected(services.returns, return_id)
    before = services.orders.count()
    with pytest.raises(InvalidInput):
        services.returns.exchange(return_id, [LineDraft("Other", 1, 2000)])
    with pytest.raises(InvalidInput):
        services.returns.resolve(return_id, "credit")
    assert services.orders.count() == before


def test_store_credit_pays_part_of_a_new_order_in_the_same_transaction(shop):
    from shopdesk.services.order_rows import LineDraft, OrderDraft

    services, customer = shop
    order_id = _order(services, customer, [(1, 2500, 0)])
    line_id = services.returns.returnable(order_id).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "wrong_size"))
    _walk_to_inspected(services.returns, return_id)
    services.returns.resolve(return_id, "credit")
    placed = services.orders.place_order(
        OrderDraft(lines=(LineDraft("Tea", 1, 4000),), customer_id=customer, paid_minor=4000, store_credit_minor=2500)
    )
    assert services.returns.credit_balance(customer, "SAR") == 0
    assert services.orders.get_order(placed.id).paid_minor == 4000
    assert [(e.kind, e.amount_minor, e.order_id) for e in services.returns.credit_ledger(customer)][-1] == (
        "used",
        -2500,
        placed.id,
    )
    before = services.orders.count()
    with pytest.raises(InvalidInput) as overdrawn:  # nothing left: the order is not saved either
        services.orders.place_order(
            OrderDraft(lines=(LineDraft("Tea", 1, 100),), customer_id=customer, paid_minor=100, store_credit_minor=100)
        )
    assert overdrawn.value.field == "store_credit"
    assert services.orders.count() == before
    with pytest.raises(InvalidInput):
        services.orders.place_order(
            OrderDraft(lines=(LineDraft("Tea", 1, 100),), paid_minor=100, store_credit_minor=100)
        )


def test_remaining_store_credit_can_be_expired_and_the_ledger_says_so(shop):
    services, customer = shop
    order_id = _order(services, customer, [(1, 2500, 0)])
    line_id = services.returns.returnable(order_id).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "wrong_size"))
    _walk_to_inspected(services.returns, return_id)
    services.returns.resolve(return_id, "credit")
    services.returns.use_credit(customer, 1000, "SAR")
    assert services.returns.expire_credit(customer, "SAR", actor="Owner", note="valid 6 months") == 1500
    assert services.returns.credit_balance(customer, "SAR") == 0
    assert [(e.kind, e.amount_minor) for e in services.returns.credit_ledger(customer)] == [
        ("issued", 2500),
        ("used", -1000),
        ("expired", -1500),
    ]
    assert services.returns.expire_credit(customer, "SAR") == 0  # nothing left: nothing written
    assert len(services.returns.credit_ledger(customer)) == 3


def test_the_policy_in_plain_words_is_printed_on_packing_inserts_in_the_customers_language(shop, tmp_path):
    from shopdesk.services.print_requests import PrintRequest
    from shopdesk.views.print_texts import texts_for

    services, customer = shop
    services.returns.save_policy(
        ReturnPolicy(texts={"ar": "يمكنك الإرجاع خلال $return_days يوماً.", "en": "Return within $return_days days."})
    )
    order_id = _order(services, customer, [(1, 1000, 0)])  # the customer reads Arabic
    (arabic,) = services.prints.documents([order_id], PrintRequest(), texts_for())
    assert arabic.policy_text == "يمكنك الإرجاع خلال \u2068١٥\u2069 يوماً."
    (english,) = services.prints.documents([order_id], PrintRequest(language="en"), texts_for())
    assert english.policy_text == "Return within \u206815\u2069 days."
    (note,) = services.prints.documents([order_id], PrintRequest(document="notes"), texts_for())
    assert note.policy_text == ""  # thank-you notes stay a thank-you
    out = tmp_path / "insert.pdf"
    for _ in services.prints.write_pdf([order_id], PrintRequest(language="en"), texts_for(), out):
        pass
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split())
    assert "Return within 15 days." in text


# --- found by review: races, exchanges, merges, rejections --------------------------------------------------------


def _two_desks(db_url, work_a, work_b):
    """Run two callables at once, each on its own connection to the same database; returns their outcomes."""
    import threading

    from shopdesk.services.database import open_database

    barrier = threading.Barrier(2)
    outcomes = [None, None]

    def run(index, work):
        database = open_database(db_url)
        try:
            services = build_services(database.unit_of_work)
            barrier.wait()
            outcomes[index] = ("ok", work(services))
        except Exception as exc:  # noqa: BLE001 (the outcome is what the test checks)
            outcomes[index] = ("error", exc)
        finally:
            database.close()

    threads = [threading.Thread(target=run, args=(i, w)) for i, w in enumerate((work_a, work_b))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return outcomes


def test_two_desks_returning_the_last_unit_at_once_cannot_both_succeed(shop, db_url):
    services, customer = shop
    for _ in range(3):
        order_id = _order(services, customer, [(1, 1000, 0)])
        line_id = services.returns.returnable(order_id).lines[0].line_id

        def ask(desk, order_id=order_id, line_id=line_id):
            return desk.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "damaged"))

        outcomes = _two_desks(db_url, ask, ask)
        assert sorted(kind for kind, _ in outcomes) == ["error", "ok"], outcomes
        assert services.returns.returnable(order_id).lines[0].returned == 1


def test_two_returns_resolved_at_once_never_give_back_more_than_was_paid(shop, db_url):
    services, customer = shop
    order_id = _order(services, customer, [(2, 1000, 0)], paid=1000)
    line_id = services.returns.returnable(order_id).lines[0].line_id
    ids = [services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "damaged")) for _ in range(2)]
    for return_id in ids:
        _walk_to_inspected(services.returns, return_id)
    assert [services.returns.give_back(i).amount_minor for i in ids] == [1000, 1000]  # what each desk confirms

    def refund(index):
        return lambda desk: desk.returns.resolve(ids[index], "refund", expected_minor=1000)

    outcomes = _two_desks(db_url, refund(0), refund(1))
    # One desk gives the 10.00 back; the other finds nothing left of what it confirmed and does nothing.
    assert sorted(kind for kind, _ in outcomes) == ["error", "ok"], outcomes
    (error,) = [value for kind, value in outcomes if kind == "error"]
    assert isinstance(error, InvalidInput) and error.field == "amount"
    assert sum(value for kind, value in outcomes if kind == "ok") == 1000
    assert sorted(services.returns.get_return(i).row.status for i in ids) == ["inspected", "refunded"]


def test_an_unpaid_orders_return_says_it_was_not_paid_and_gives_nothing_back_without_a_reason(shop):
    services, customer = shop
    order_id = _order(services, customer, [(2, 549, 0)], paid=0)  # saved unpaid, 10.98 at its prices
    line_id = services.returns.returnable(order_id).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(order_id, {line_id: 2}, "damaged"))
    _walk_to_inspected(services.returns, return_id)
    quote = services.returns.give_back(return_id)
    assert (quote.value_minor, quote.paid_minor, quote.amount_minor, quote.why_nothing) == (1098, 0, 0, "not paid")
    assert services.returns.get_return(return_id).give_back == quote  # what the return's page shows
    for resolution in ("refund", "credit"):
        with pytest.raises(InvalidInput) as silent:
            services.returns.resolve(return_id, resolution)
        assert silent.value.field == "zero_reason"
    with pytest.raises(InvalidInput) as closing:
        services.returns.close(return_id, reason="   ")
    assert closing.value.field == "zero_reason"
    assert services.returns.get_return(return_id).row.status == "inspected"  # nothing half-done
    services.returns.close(return_id, actor="Sara", reason="Never paid: cash on delivery refused")
    detail = services.returns.get_return(return_id)
    assert (detail.row.status, detail.resolution, detail.row.refund_minor) == ("closed", "none", 0)
    assert detail.nothing_back_reason == "Never paid: cash on delivery refused"
    assert (detail.history[-1].from_status, detail.history[-1].actor) == ("inspected", "Sara")
    assert services.returns.returnable(order_id).lines[0].available == 0  # the units are back


def test_a_zero_refund_with_its_reason_is_kept_and_closing_without_refund_is_refused_when_money_is_owed(shop):
    services, customer = shop
    unpaid = _order(services, customer, [(1, 700, 0)], paid=0)
    line_id = services.returns.returnable(unpaid).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(unpaid, {line_id: 1}, "wrong_size"))
    _walk_to_inspected(services.returns, return_id)
    assert services.returns.resolve(return_id, "refund", expected_minor=0, reason="Not paid yet") == 0
    assert services.returns.get_return(return_id).nothing_back_reason == "Not paid yet"
    paid = _order(services, customer, [(1, 700, 0)])
    line_id = services.returns.returnable(paid).lines[0].line_id
    owed = services.returns.request_return(ReturnDraft(paid, {line_id: 1}, "wrong_size"))
    _walk_to_inspected(services.returns, owed)
    with pytest.raises(InvalidInput) as keeps_money:
        services.returns.close(owed, reason="Customer gone")
    assert keeps_money.value.field == "resolution"
    with pytest.raises(InvalidInput) as other_amount:
        services.returns.resolve(owed, "credit", expected_minor=500)  # the screen showed another amount
    assert other_amount.value.field == "amount"
    assert services.returns.get_return(owed).row.status == "inspected"
    assert services.returns.resolve(owed, "credit", expected_minor=700) == 700
    assert services.returns.credit_balance(customer, "SAR") == 700


def test_an_exchange_that_fails_half_way_leaves_no_replacement_order(shop, monkeypatch):
    from shopdesk.services.order_rows import LineDraft

    services, customer = shop
    order_id = _order(services, customer, [(1, 3000, 0)])
    line_id = services.returns.returnable(order_id).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "wrong_size"))
    _walk_to_inspected(services.returns, return_id)
    before = services.orders.count()

    def killed(*args, **kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(services.returns, "_move", killed)
    with pytest.raises(RuntimeError):
        services.returns.exchange(return_id, [LineDraft("Other size", 1, 3000)])
    assert services.orders.count() == before
    assert services.returns.get_return(return_id).row.status == "inspected"


def test_a_walk_in_exchange_gives_the_difference_back_instead_of_credit_nobody_holds(shop):
    from shopdesk.services.order_rows import LineDraft, OrderDraft

    services, _customer = shop
    placed = services.orders.place_order(OrderDraft(lines=(LineDraft("Scarf", 1, 3000),), paid_minor=3000))
    line_id = services.returns.returnable(placed.id).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(placed.id, {line_id: 1}, "wrong_item"))
    _walk_to_inspected(services.returns, return_id)
    done = services.returns.exchange(return_id, [LineDraft("Cheaper scarf", 1, 2000)])
    assert (done.credit_minor, done.refund_minor) == (0, 1000)


def test_a_walk_in_sales_return_is_refunded_never_credited_to_nobody(shop):
    from shopdesk.services.order_rows import LineDraft, OrderDraft

    services, _customer = shop
    placed = services.orders.place_order(OrderDraft(lines=(LineDraft("Scarf", 1, 3000),), paid_minor=3000))
    line_id = services.returns.returnable(placed.id).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(placed.id, {line_id: 1}, "wrong_item"))
    _walk_to_inspected(services.returns, return_id)
    with pytest.raises(InvalidInput) as nobody:
        services.returns.resolve(return_id, "credit")
    assert nobody.value.field == "resolution"
    assert services.returns.get_return(return_id).row.status == "inspected"
    assert services.returns.resolve(return_id, "refund", expected_minor=3000) == 3000


def test_merging_customers_moves_their_returns_and_store_credit(shop):
    services, keep = shop
    duplicate = services.customers.create_customer(CustomerDraft(name="خالد (2)", language="ar"))
    order_id = _order(services, duplicate, [(1, 2500, 0)])
    line_id = services.returns.returnable(order_id).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "damaged"))
    _walk_to_inspected(services.returns, return_id)
    services.returns.resolve(return_id, "credit")
    services.customers.merge_customers(keep_id=keep, duplicate_id=duplicate)
    assert services.returns.credit_balance(keep, "SAR") == 2500
    assert services.returns.credit_balance(duplicate, "SAR") == 0
    assert services.returns.get_return(return_id).customer_id == keep


def test_a_rejected_return_that_is_closed_still_frees_its_units_and_is_not_counted(shop):
    services, customer = shop
    order_id = _order(services, customer, [(1, 1000, 0)])
    line_id = services.returns.returnable(order_id).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "damaged"))
    services.returns.reject(return_id, "No receipt")
    services.returns.close(return_id)
    assert services.returns.returnable(order_id).lines[0].available == 1
    now = datetime.now(UTC)
    assert services.returns.return_rate(now - timedelta(days=1), now + timedelta(days=1))[0] == 0


def test_the_window_never_closes_before_the_date_printed_on_the_insert(shop):
    from shopdesk.services.order_rows import LineDraft, OrderDraft

    services, customer = shop
    later = datetime.now(UTC).date() + timedelta(days=10)
    placed = services.orders.place_order(
        OrderDraft(lines=(LineDraft("Soap", 1, 500),), customer_id=customer, paid_minor=500, expected_delivery=later)
    )
    services.orders.change_status([placed.id], "delivered")  # delivered early, today
    order = services.returns.returnable(placed.id)
    assert order.window_closes == later + timedelta(days=15)


def test_a_cancelled_orders_return_gives_nothing_back(shop):
    services, customer = shop
    order_id = _order(services, customer, [(1, 1000, 0)])
    line_id = services.returns.returnable(order_id).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "damaged"))
    _walk_to_inspected(services.returns, return_id)
    services.orders.change_status([order_id], "cancelled")
    with pytest.raises(InvalidInput):
        services.returns.resolve(return_id, "refund")


def test_one_block_names_every_reason_so_an_override_is_never_blind(shop):
    services, customer = shop
    product = services.products.save_product(
        ProductRow(id=None, sku="EAR2", name_en="Earrings", price_minor=900, returnable=False)
    )
    order_id = _order(services, customer, [(1, 900, 0)], product_id=product)
    line_id = services.returns.returnable(order_id).lines[0].line_id
    late = services.returns.returnable(order_id).window_start + timedelta(days=30)
    with pytest.raises(ReturnBlocked) as blocked:
        services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "changed_mind"), today=late)
    assert blocked.value.closed_on is not None and blocked.value.items == ("Item 0",)


def test_a_rejection_in_between_cannot_make_a_line_give_back_more_than_it_was_paid(shop):
    services, customer = shop
    # line A: 3 units paid 10 (minor units) in all, so its units are worth 3, 3 and 4; line B pays enough that
    # the order's cap cannot hide a mistake on line A
    order_id = _order(services, customer, [(3, 4, 2), (1, 100000, 0)])
    a = services.returns.returnable(order_id).lines[0]
    assert a.paid_minor == 10
    first, second, third = (
        services.returns.request_return(ReturnDraft(order_id, {a.line_id: 1}, "damaged")) for _ in range(3)
    )
    services.returns.reject(first, "no")
    fourth = services.returns.request_return(ReturnDraft(order_id, {a.line_id: 1}, "damaged"))
    given = 0
    for return_id in (second, third, fourth):
        _walk_to_inspected(services.returns, return_id)
        given += services.returns.resolve(return_id, "refund")
    assert given == 10


def test_a_customers_lifetime_value_is_what_they_spent_less_what_returns_gave_back(shop):
    services, customer = shop
    order_id = _order(services, customer, [(2, 1000, 0)])
    _order(services, customer, [(1, 500, 0)])
    line_id = services.returns.returnable(order_id).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "damaged"))
    _walk_to_inspected(services.returns, return_id)
    assert services.returns.resolve(return_id, "refund") == 1000
    figures = services.customers.get_profile(customer).figures
    assert (figures.total_spent_minor, figures.lifetime_value_minor) == (2500, 1500)
    today = datetime.now(UTC).astimezone().date()
    summary = services.summaries.summary(today.replace(day=1), today)
    assert summary.current.average_lifetime_value_minor == figures.lifetime_value_minor  # one customer: the same figure


def test_an_exchange_with_prices_before_tax_pays_the_new_order_with_tax_from_the_returns_gross(shop):
    from shopdesk.services.tax.records import TaxSettings, default_rates

    services, customer = shop
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA", return_days=15))
    services.tax.save_settings(
        TaxSettings(
            registered=True,
            vat_number="300000000000003",
            legal_name_ar="متجر جلنار",
            prices_include_tax=False,
            rates=default_rates("SA"),
        )
    )
    placed = services.orders.place_order(
        OrderDraft(lines=(LineDraft("Oud", 2, 10000),), customer_id=customer, paid_minor=23000)
    )
    assert placed.totals.total_minor == 23000  # 2 × 100.00 and 15% on top
    line_id = services.returns.returnable(placed.id).lines[0].line_id
    # the same price: the returned unit's 115.00 pays the new order's 100.00 and its 15.00 VAT, nothing left over
    even = services.returns.request_return(ReturnDraft(placed.id, {line_id: 1}, "wrong_size"))
    _walk_to_inspected(services.returns, even)
    done = services.returns.exchange(even, [LineDraft("Oud, other size", 1, 10000)])
    assert (done.paid_minor, done.due_minor, done.credit_minor, done.refund_minor) == (11500, 0, 0, 0)
    replacement = services.orders.get_order(done.order_id).row
    assert (replacement.total_minor, replacement.paid_minor, replacement.balance_minor) == (11500, 11500, 0)
    assert replacement.status == "paid"
    # cheaper: 80.00 and 12.00 VAT paid, the rest of the 115.00 becomes store credit
    cheaper = services.returns.request_return(ReturnDraft(placed.id, {line_id: 1}, "wrong_size"))
    _walk_to_inspected(services.returns, cheaper)
    done = services.returns.exchange(cheaper, [LineDraft("Small oud", 1, 8000)])
    assert (done.paid_minor, done.due_minor, done.credit_minor) == (9200, 0, 2300)
    assert services.returns.credit_balance(customer, "SAR") == 2300
    assert services.orders.get_order(done.order_id).row.balance_minor == 0
