"""Punch cards through the services on a real database: earning at the chosen status, daily limits, rewards as
single-use codes (also from two desks), reversals after a cancellation or a return, expiry, adjustments."""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from shopdesk.db.models import LoyaltyEntry, RewardCode
from shopdesk.db.types import utcnow
from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.errors import InvalidInput
from shopdesk.services.loyalty_rules import PunchCard
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from shopdesk.services.return_records import ReturnDraft
from shopdesk.services.settings import ShopSettings


@pytest.fixture
def shop(database):
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR"))
    customer = services.customers.create_customer(CustomerDraft(name="مهسا", language="fa"))
    return services, customer, database


def _card(services, **rules):
    return services.loyalty.save_program("Coffee card", PunchCard(**{"stamps_to_fill": 3, **rules}))


def _buy(services, customer, amount=1000, status="paid", code="", discount=0):
    placed = services.orders.place_order(
        OrderDraft(
            lines=(LineDraft("Coffee", 1, amount),),
            customer_id=customer,
            status="new",
            discount_code=code,
            order_discount_minor=discount,
            paid_minor=0 if status == "new" else amount - discount,  # paid in full, it would be paid at once
        )
    )
    if status != "new":
        services.orders.change_status([placed.id], status)
    return placed.id


def _stamps(services, customer):
    (card,) = services.loyalty.cards(customer)
    return card


def test_an_order_earns_a_stamp_when_it_reaches_the_chosen_status_and_only_once(shop):
    services, customer, _db = shop
    _card(services, earn_on="paid")
    order_id = _buy(services, customer, status="new")
    assert _stamps(services, customer).stamps == 0
    services.orders.change_status([order_id], "paid")
    services.orders.change_status([order_id], "packed")
    services.orders.change_status([order_id], "delivered")
    assert _stamps(services, customer).stamps == 1


def test_an_order_skipping_straight_past_the_status_still_earns(shop):
    services, customer, _db = shop
    _card(services, earn_on="paid")
    _buy(services, customer, status="packed")
    assert _stamps(services, customer).stamps == 1


def test_a_full_card_becomes_a_single_use_reward_code_and_starts_again(shop):
    services, customer, _db = shop
    _card(services, reward="fixed", reward_value=500)
    for _ in range(4):
        _buy(services, customer)
    card = _stamps(services, customer)
    assert card.stamps == 1 and len(card.rewards) == 1
    code = card.rewards[0].code
    assert services.loyalty.reward_off(code, customer, [(1, 2000, 0)]) == 500
    order_id = _buy(services, customer, amount=2000, status="new", code=code.lower(), discount=500)
    assert services.loyalty.reward(code).redeemed_order_id == order_id
    with pytest.raises(InvalidInput) as again:
        _buy(services, customer, amount=2000, status="new", code=code, discount=500)
    assert again.value.reason == "already used"


def test_a_reward_code_cannot_be_redeemed_twice_from_two_desks_at_once(shop, db_url):
    import threading

    from shopdesk.services.database import open_database

    services, customer, _db = shop
    _card(services, reward="percent", reward_value=10)
    for _ in range(3):
        _buy(services, customer)
    code = _stamps(services, customer).rewards[0].code
    barrier = threading.Barrier(2)
    outcomes = []

    def desk():
        database = open_database(db_url)
        try:
            other = build_services(database.unit_of_work)
            barrier.wait()
            _buy(other, customer, amount=2000, status="new", code=code, discount=200)
            outcomes.append("ok")
        except InvalidInput as exc:
            outcomes.append(exc.reason)
        finally:
            database.close()

    threads = [threading.Thread(target=desk) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(outcomes) == ["already used", "ok"]


def test_someone_elses_or_an_unknown_code_is_refused_and_the_order_not_saved(shop):
    services, customer, _db = shop
    _card(services, reward="fixed", reward_value=300)
    for _ in range(3):
        _buy(services, customer)
    code = _stamps(services, customer).rewards[0].code
    other = services.customers.create_customer(CustomerDraft(name="Sara"))
    before = services.orders.count()
    with pytest.raises(InvalidInput) as theirs:
        _buy(services, other, status="new", code=code, discount=300)
    assert theirs.value.reason == "another customer's reward"
    with pytest.raises(InvalidInput):
        _buy(services, customer, status="new", code="R-NOPE22", discount=300)
    with pytest.raises(InvalidInput) as too_little:
        _buy(services, customer, status="new", code=code, discount=0)
    assert too_little.value.field == "order_discount"
    assert services.orders.count() == before
    _buy(services, customer, status="new", code="SUMMER10", discount=100)  # an ordinary discount code still works


def test_cancelling_an_order_reverses_its_stamp_visibly_even_after_the_reward(shop):
    services, customer, _db = shop
    _card(services)
    orders = [_buy(services, customer) for _ in range(3)]  # the third fills the card: a reward is issued
    assert _stamps(services, customer).stamps == 0
    services.orders.change_status([orders[2]], "cancelled")
    card = _stamps(services, customer)
    assert card.stamps == -1  # shown as owed, never silently dropped
    assert [h.kind for h in card.history][-1] == "reversed"


def test_returned_items_reverse_what_they_earned(shop):
    services, customer, _db = shop
    _card(services, per_amount_minor=1000, stamps_to_fill=10)
    order_id = _buy(services, customer, amount=3000)
    assert _stamps(services, customer).stamps == 3
    placed_line = services.returns.returnable(order_id).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(order_id, {placed_line: 1}, "damaged"))
    for step in ("approve", "receive"):
        getattr(services.returns, step)(return_id)
    services.returns.inspect(return_id, "as_new")
    services.returns.resolve(return_id, "refund")
    assert _stamps(services, customer).stamps == 0


def test_the_daily_limit_and_the_minimum_order(shop):
    services, customer, _db = shop
    _card(services, daily_limit=2, min_order_minor=500, stamps_to_fill=10)
    for _ in range(3):
        _buy(services, customer)
    _buy(services, customer, amount=400)  # below the minimum
    assert _stamps(services, customer).stamps == 2


def test_old_stamps_expire_oldest_first(shop):
    services, customer, database = shop
    program = _card(services, expiry_days=30, stamps_to_fill=10)
    _buy(services, customer)
    _buy(services, customer)
    with database.engine.begin() as connection:  # the first two stamps are 40 days old
        connection.execute(update(LoyaltyEntry.__table__).values(at=utcnow() - timedelta(days=40)))
    _buy(services, customer)  # earning looks at the card: the two old stamps expire
    card = _stamps(services, customer)
    assert card.stamps == 1
    assert [h.kind for h in card.history].count("expired") == 1
    assert program


def test_stamps_can_be_adjusted_by_hand_with_a_reason(shop):
    services, customer, _db = shop
    program = _card(services)
    with pytest.raises(InvalidInput):
        services.loyalty.adjust(customer, program, 2, " ")
    services.loyalty.adjust(customer, program, 3, "Card from the old paper system", actor="Owner")
    card = _stamps(services, customer)
    assert card.stamps == 0 and len(card.rewards) == 1
    assert card.history[0].note == "Card from the old paper system" and card.history[0].actor == "Owner"


def test_customers_one_stamp_away_are_listed_for_the_follow_ups(shop):
    services, customer, _db = shop
    program = _card(services)
    _buy(services, customer)
    _buy(services, customer)
    assert services.loyalty.close_to_reward(missing=1) == [(customer, program, 1)]


def test_a_program_with_impossible_rules_is_refused(shop):
    services, _customer, _db = shop
    for rules in ({"stamps_to_fill": 1}, {"reward": "percent", "reward_value": 150}, {"earn_on": "shipped"}):
        with pytest.raises(InvalidInput):
            services.loyalty.save_program("Card", PunchCard(**rules))
    with pytest.raises(InvalidInput):
        services.loyalty.save_program("  ", PunchCard())


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=st.lists(st.sampled_from(["buy", "cancel", "buy_big"]), min_size=1, max_size=12))
def test_the_card_always_equals_its_ledger_and_rewards_match_full_cards(shop, actions):
    services, _customer, _db = shop
    if not services.loyalty.programs():
        _card(services)
    customer = services.customers.create_customer(CustomerDraft(name="Test"))
    orders = []
    for action in actions:
        if action == "cancel" and orders:
            services.orders.change_status([orders.pop()], "cancelled")
        elif action != "cancel":
            orders.append(_buy(services, customer, amount=5000 if action == "buy_big" else 1000))
    (card,) = services.loyalty.cards(customer)
    assert card.stamps == sum(h.stamps for h in card.history)
    earned = sum(h.stamps for h in card.history if h.kind in ("earned", "reversed"))
    assert earned == len(orders)  # every kept order holds exactly its one stamp
    assert len(card.rewards) * card.size == -sum(h.stamps for h in card.history if h.kind == "rewarded")


def test_the_insert_draws_the_card_with_this_orders_stamp_and_offers_an_open_reward(shop, tmp_path):
    import subprocess

    from shopdesk.services.print_requests import PrintRequest
    from shopdesk.views.print_texts import texts_for

    services, customer, _db = shop
    program = _card(services, stamps_to_fill=4)
    services.loyalty.adjust(customer, program, 4, "paper card")  # a reward waits to be used
    order_id = _buy(services, customer)
    services.prints.save_message_template("inserts", "en", "$stamps_to_reward more for a reward; use $discount_code")
    (document,) = services.prints.documents([order_id], PrintRequest(language="en"), texts_for())
    assert (document.loyalty.stamps, document.loyalty.size, document.loyalty.highlighted) == (1, 4, 1)
    code = services.loyalty.cards(customer)[0].rewards[0].code
    assert document.discount_code == code
    assert document.message == f"\u20683\u2069 more for a reward; use \u2068{code}\u2069"
    out = tmp_path / "insert.pdf"
    for _ in services.prints.write_pdf([order_id], PrintRequest(language="en"), texts_for(), out):
        pass
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split())
    assert "Your loyalty card" in text and code in text
    (note,) = services.prints.documents([order_id], PrintRequest(document="notes", language="en"), texts_for())
    assert note.loyalty is None and note.discount_code == ""


def test_merging_customers_moves_their_cards_rewards_feedback_and_promises(shop):
    services, keep, _db = shop
    _card(services)
    duplicate = services.customers.create_customer(CustomerDraft(name="مهسا ۲", language="fa"))
    older = services.customers.create_customer(CustomerDraft(name="Mahsa"))
    order_id = _buy(services, older)
    services.customers.merge_customers(keep_id=duplicate, duplicate_id=older)  # merged once already
    for _ in range(3):
        _buy(services, duplicate)
    services.feedback.record(order_id, nps=9)
    services.follow_ups.promise(what="Call back", owner="Sara", due=utcnow(), customer_id=duplicate)
    reward = _stamps(services, duplicate).rewards[0].code

    services.customers.merge_customers(keep_id=keep, duplicate_id=duplicate)

    card = _stamps(services, keep)
    assert card.stamps == 1 and [r.code for r in card.rewards] == [reward]
    left = _stamps(services, duplicate)
    assert (left.stamps, left.rewards, left.history) == (0, (), ())
    assert [f.nps for f in services.feedback.for_order(order_id)] == [9]
    assert [item.customer_id for item in services.follow_ups.queue()] == [keep]
    assert services.customers.get_profile(older).id == keep  # the earlier duplicate points at the kept one
    _buy(services, keep, code=reward, discount=1000)  # the moved reward is the kept customer's to use


# --- points, tiers, referral, birthday ------------------------------------------------------------------------------
def _set(database, customer, **values):
    from shopdesk.db.models import Customer

    with database.engine.begin() as connection:
        connection.execute(update(Customer.__table__).where(Customer.__table__.c.id == customer).values(**values))


def _points(services, customer):
    (state,) = services.loyalty.points(customer)
    return state


def _return_all(services, order_id, quantity):
    line_id = services.returns.returnable(order_id).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(order_id, {line_id: quantity}, "damaged"))
    for step in ("approve", "receive"):
        getattr(services.returns, step)(return_id)
    services.returns.inspect(return_id, "as_new")
    services.returns.resolve(return_id, "refund")


def test_points_are_earned_at_the_status_reversed_on_cancel_and_turned_into_a_single_use_code(shop):
    from shopdesk.services.loyalty_rules import Points

    services, customer, _db = shop
    program = services.loyalty.save_program(
        "Points", Points(per_amount_minor=100, points=1, point_value_minor=10, min_redeem=50)
    )
    first = _buy(services, customer, amount=4000, status="new")
    assert _points(services, customer).balance == 0
    services.orders.change_status([first], "paid")
    assert _points(services, customer).balance == 40
    cancelled = _buy(services, customer, amount=2000)
    services.orders.change_status([cancelled], "cancelled")
    state = _points(services, customer)
    assert (state.balance, state.value_minor, state.redeemable) == (40, 400, False)
    with pytest.raises(InvalidInput) as below:
        services.loyalty.redeem_points(customer, program, 40)
    assert below.value.reason == "below the minimum"
    _buy(services, customer, amount=1500)
    with pytest.raises(InvalidInput) as above:
        services.loyalty.redeem_points(customer, program, 60)
    assert above.value.reason == "more than the balance"
    reward = services.loyalty.redeem_points(customer, program, 50, actor="Sara")
    assert (reward.reward, reward.value, _points(services, customer).balance) == ("fixed", 500, 5)
    assert services.loyalty.reward_off(reward.code, customer, [(1, 3000, 0)]) == 500
    _buy(services, customer, amount=3000, code=reward.code, discount=500)
    with pytest.raises(InvalidInput):
        _buy(services, customer, amount=3000, status="new", code=reward.code, discount=500)
    kinds = [(h.kind, h.stamps) for h in services.loyalty.history(customer) if h.program_id == program]
    assert ("redeemed", -50) in kinds and ("reversed", -20) in kinds
    assert _points(services, customer).balance == 5 + 25  # the order paid with points earns on what was paid


def test_returned_items_take_back_points_in_proportion_to_the_value_returned(shop):
    from shopdesk.services.loyalty_rules import Points

    services, customer, _db = shop
    services.loyalty.save_program("Points", Points(per_amount_minor=100, points=1))
    placed = services.orders.place_order(
        OrderDraft(lines=(LineDraft("Cup", 4, 1000),), customer_id=customer, status="paid", paid_minor=4000)
    )
    assert _points(services, customer).balance == 40
    _return_all(services, placed.id, 1)
    assert _points(services, customer).balance == 30


def test_tiers_follow_spend_with_their_perks_and_drop_after_a_refund(shop):
    from shopdesk.services.loyalty_rules import Points, Tier, Tiers

    services, customer, _db = shop
    services.loyalty.save_program(
        "Levels",
        Tiers(levels=(Tier("Silver", 5000, extra_stamps=1, points_bonus_percent=100), Tier("Gold", 20000))),
    )
    _card(services, stamps_to_fill=10)
    services.loyalty.save_program("Points", Points(per_amount_minor=100, points=1))
    assert services.loyalty.tier(customer).level is None
    _buy(services, customer, amount=4000)
    assert (_stamps(services, customer).stamps, _points(services, customer).balance) == (1, 40)
    big = _buy(services, customer, amount=3000)  # 7,000 spent: Silver, whose perks apply to this order
    state = services.loyalty.tier(customer)
    assert (state.level.name, state.spend_minor, state.next_level.name, state.missing_minor) == (
        "Silver",
        7000,
        "Gold",
        13000,
    )
    assert (_stamps(services, customer).stamps, _points(services, customer).balance) == (1 + 2, 40 + 60)
    _return_all(services, big, 1)  # refunded: back to 4,000, below Silver
    assert services.loyalty.tier(customer).level is None
    tiers = [(h.stamps, h.note) for h in services.loyalty.history(customer) if h.kind == "tier"]
    assert tiers == [(0, ""), (1, "Silver")]  # newest first: reached Silver, then fell back
    assert _stamps(services, customer).stamps == 1  # the stamp and its tier extra went back with the items
    with pytest.raises(InvalidInput) as second:
        services.loyalty.save_program("Other levels", Tiers(levels=(Tier("VIP", 0),)))
    assert second.value.reason == "one tiers program at a time"


def test_a_referred_customers_first_order_rewards_both_sides_once(shop):
    from shopdesk.services.loyalty_rules import Referral

    services, referrer, database = shop
    services.loyalty.save_program(
        "Bring a friend",
        Referral(referrer_reward="fixed", referrer_value=1000, friend_reward="percent", friend_value=10),
    )
    friend = services.customers.create_customer(CustomerDraft(name="Nima"))
    _set(database, friend, referred_by_id=referrer)
    first = _buy(services, friend, status="new")
    assert services.loyalty.rewards(friend) == []  # not yet: the program earns when paid
    services.orders.change_status([first], "paid")
    _buy(services, friend)  # a second order rewards nobody
    (mine,) = services.loyalty.rewards(referrer)
    (theirs,) = services.loyalty.rewards(friend)
    assert (mine.reward, mine.value, theirs.reward, theirs.value) == ("fixed", 1000, "percent", 10)
    assert mine.program_kind == "referral"
    walk_in = services.customers.create_customer(CustomerDraft(name="Not referred"))
    _buy(services, walk_in)
    assert services.loyalty.rewards(walk_in) == []


def test_cancelling_a_referral_order_voids_unused_rewards_and_says_so_of_used_ones(shop):
    from shopdesk.services.loyalty_rules import Referral

    services, referrer, database = shop
    services.loyalty.save_program("Bring a friend", Referral(referrer_value=1000, referrer_reward="fixed"))
    friend = services.customers.create_customer(CustomerDraft(name="Nima"))
    _set(database, friend, referred_by_id=referrer)
    first = _buy(services, friend)
    (mine,) = services.loyalty.rewards(referrer)
    _buy(services, referrer, amount=3000, code=mine.code, discount=1000)  # the referrer used it already
    services.orders.change_status([first], "cancelled")
    (theirs,) = services.loyalty.rewards(friend)
    assert theirs.voided_at is not None and not theirs.open(utcnow())
    with pytest.raises(InvalidInput) as voided:
        _buy(services, friend, status="new", code=theirs.code, discount=100)
    assert voided.value.reason == "voided"
    notes = [h.note for h in services.loyalty.history(referrer) if h.kind == "reversed"]
    assert len(notes) == 1 and "already used" in notes[0]  # visible, not silent


def test_birthday_rewards_come_in_the_month_once_wait_30_days_after_a_change_and_expire(shop):
    from datetime import date, datetime

    from shopdesk.services.loyalty_rules import Birthday

    services, customer, database = shop
    services.loyalty.save_program("Birthday", Birthday(reward="percent", reward_value=15))
    today = date(2026, 12, 1)
    _set(database, customer, birthday=date(1991, 12, 24), birthday_set_at=datetime(2026, 6, 1, tzinfo=UTC))
    fresh = services.customers.create_customer(CustomerDraft(name="New"))
    _set(database, fresh, birthday=date(1995, 12, 2), birthday_set_at=datetime(2026, 11, 20, tzinfo=UTC))
    other_month = services.customers.create_customer(CustomerDraft(name="June"))
    _set(database, other_month, birthday=date(1995, 6, 2), birthday_set_at=datetime(2020, 1, 1, tzinfo=UTC))
    assert services.loyalty.grant_birthday_rewards(today) == 1
    assert services.loyalty.grant_birthday_rewards(date(2026, 12, 15)) == 0  # once a year; the new one waits
    (gift,) = services.loyalty.rewards(customer)
    assert (gift.reward, gift.value, gift.program_kind) == ("percent", 15, "birthday")
    assert gift.expires_at.astimezone().date() == date(2026, 12, 31)
    assert services.loyalty.rewards(fresh) == [] and services.loyalty.rewards(other_month) == []
    assert services.loyalty.grant_birthday_rewards(date(2026, 12, 20)) == 1  # 30 days after it was entered
    assert len(services.loyalty.rewards(fresh)) == 1
    with database.engine.begin() as connection:  # the month is over
        connection.execute(update(RewardCode.__table__).values(expires_at=utcnow() - timedelta(days=1)))
    with pytest.raises(InvalidInput) as late:
        _buy(services, customer, status="new", code=gift.code, discount=150)
    assert late.value.reason == "expired"
    assert services.loyalty.grant_birthday_rewards(date(2027, 12, 3)) == 2  # next year, both again


@example(actions=[("buy", 20), ("return", 1), ("return", 1)])  # two returns of one order: nothing taken twice
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    actions=st.lists(
        st.tuples(st.sampled_from(["buy", "cancel", "return", "redeem"]), st.integers(1, 40)), min_size=1, max_size=10
    )
)
def test_points_always_equal_their_ledger_and_what_kept_orders_earned_less_what_was_used(shop, actions):
    from shopdesk.services.loyalty_rules import Points

    services, _customer, _db = shop
    program = next((p.id for p in services.loyalty.programs() if p.kind == "points"), None)
    if program is None:
        program = services.loyalty.save_program("Points", Points(per_amount_minor=100, min_redeem=10))
    customer = services.customers.create_customer(CustomerDraft(name="Test"))
    kept: dict[int, tuple[int, int]] = {}  # order id -> (units kept, unit price); each order buys 3 units
    used = 0
    for action, amount in actions:
        if action == "buy":
            placed = services.orders.place_order(
                OrderDraft(
                    lines=(LineDraft("Cup", 3, amount * 70),),
                    customer_id=customer,
                    status="paid",
                    paid_minor=amount * 210,
                )
            )
            kept[placed.id] = (3, amount * 70)
        elif action == "cancel" and kept:
            order_id = next(iter(kept))
            services.orders.change_status([order_id], "cancelled")
            del kept[order_id]
        elif action == "return" and kept:
            order_id = next(reversed(kept))
            units, price = kept[order_id]
            if units:
                _return_all(services, order_id, 1)
                kept[order_id] = (units - 1, price)
        elif action == "redeem":
            balance = _points(services, customer).balance
            if balance >= 10:
                services.loyalty.redeem_points(customer, program, min(balance, 10 + amount))
                used += min(balance, 10 + amount)
            else:
                with pytest.raises(InvalidInput):
                    services.loyalty.redeem_points(customer, program, 10)
    state = _points(services, customer)
    history = [h for h in services.loyalty.history(customer) if h.program_id == program]
    assert state.balance == sum(h.stamps for h in history)
    # Each order keeps what it earned (3 units' worth) in proportion to the units it kept, rounded down.
    expected = sum((3 * price // 100) * units * price // (3 * price) for units, price in kept.values())
    assert state.balance == expected - used


def test_a_cancellation_takes_back_points_of_a_paused_program_and_held_points_can_still_be_used(shop):
    from shopdesk.services.loyalty_rules import Points

    services, customer, _db = shop
    rules = Points(per_amount_minor=100, min_redeem=10)
    program = services.loyalty.save_program("Points", rules)
    kept, cancelled = _buy(services, customer, amount=3000), _buy(services, customer, amount=5000)
    services.loyalty.save_program("Points", rules, active=False, program_id=program)
    services.orders.change_status([cancelled], "cancelled")
    assert _points(services, customer).balance == 30
    _buy(services, customer, amount=5000)  # a paused program earns nothing
    assert _points(services, customer).balance == 30
    assert services.loyalty.redeem_points(customer, program, 30).value == 30
    assert kept


def test_a_reward_used_on_an_order_that_is_cancelled_can_be_used_again(shop):
    services, customer, _db = shop
    _card(services, reward="fixed", reward_value=500)
    for _ in range(3):
        _buy(services, customer)
    code = _stamps(services, customer).rewards[0].code
    order_id = _buy(services, customer, amount=2000, status="new", code=code, discount=500)
    services.orders.change_status([order_id], "cancelled")
    assert services.loyalty.reward(code).redeemed_order_id is None
    assert "restored" in [h.kind for h in services.loyalty.history(customer)]
    again = _buy(services, customer, amount=2000, status="new", code=code, discount=500)
    assert services.loyalty.reward(code).redeemed_order_id == again


def test_a_referrer_still_gets_their_own_welcome_reward_and_only_a_full_refund_takes_a_referral_back(shop):
    from shopdesk.services.loyalty_rules import Referral

    services, first, database = shop
    services.loyalty.save_program("Bring a friend", Referral(referrer_reward="fixed", referrer_value=1000))
    second = services.customers.create_customer(CustomerDraft(name="Nima", referred_by_id=first))
    third = services.customers.create_customer(CustomerDraft(name="Sara", referred_by_id=second))
    placed = services.orders.place_order(  # with shipping: the return gives back the items, not the shipping
        OrderDraft(
            lines=(LineDraft("Cup", 2, 1000),), customer_id=third, status="paid", shipping_minor=300, paid_minor=2300
        )
    )
    _buy(services, second)  # Nima referred Sara first, then ordered: still a new customer's first order
    assert len(services.loyalty.rewards(second)) == 2  # one as a referrer, one as a new customer
    assert len(services.loyalty.rewards(first)) == 1
    _return_all(services, placed.id, 1)  # half back: the referral stands
    assert all(r.voided_at is None for r in services.loyalty.rewards(third))
    _return_all(services, placed.id, 1)  # everything back
    (theirs,) = services.loyalty.rewards(third)
    assert theirs.voided_at is not None
    assert database


def test_tier_spend_keeps_the_restocking_fee_the_shop_kept(shop):
    """Tier spend is what was spent less what returns gave back: a 10% restocking fee stays counted."""
    from shopdesk.services.loyalty_rules import Tier, Tiers
    from shopdesk.services.return_rules import ReturnPolicy

    services, customer, _db = shop
    services.returns.save_policy(ReturnPolicy(restocking_percent={"changed_mind": 10}))
    services.loyalty.save_program("Levels", Tiers(levels=(Tier("Silver", 5000),)))
    order_id = _buy(services, customer, amount=6000)
    line_id = services.returns.returnable(order_id).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "changed_mind"))
    for step in ("approve", "receive"):
        getattr(services.returns, step)(return_id)
    services.returns.inspect(return_id, "as_new")
    assert services.returns.resolve(return_id, "refund") == 5400  # 600 kept as the fee
    assert services.loyalty.tier(customer).spend_minor == 600
