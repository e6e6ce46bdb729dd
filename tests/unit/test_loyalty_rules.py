"""Punch card arithmetic: stamps per order or per amount, daily limits, what a reward takes off, expiry."""

from hypothesis import given
from hypothesis import strategies as st

from shopdesk.services.loyalty_rules import (
    PunchCard,
    expired_due,
    reached,
    reward_discount,
    stamps_for,
    within_daily_limit,
)


def test_a_stamp_per_order_over_the_minimum_or_one_per_amount_spent():
    assert stamps_for(PunchCard(min_order_minor=500), 499) == 0
    assert stamps_for(PunchCard(min_order_minor=500), 500) == 1
    assert stamps_for(PunchCard(per_amount_minor=1000), 3999) == 3
    assert stamps_for(PunchCard(), 0) == 0


def test_the_daily_limit_caps_what_is_left_of_the_day():
    card = PunchCard(daily_limit=2)
    assert within_daily_limit(card, 3, 0) == 2
    assert within_daily_limit(card, 1, 2) == 0
    assert within_daily_limit(PunchCard(), 5, 100) == 5


def test_rewards_take_off_what_they_say_and_never_more_than_the_order():
    lines = [(2, 1500, 0), (1, 800, 0)]
    assert reward_discount("free_item", 0, lines) == 800  # the cheapest item
    assert reward_discount("fixed", 500, lines) == 500
    assert reward_discount("fixed", 99999, lines) == 3800
    assert reward_discount("percent", 10, lines) == 380


def test_statuses_past_the_earning_one_count_as_reached():
    assert reached("packed", "paid") and not reached("new", "paid") and not reached("cancelled", "paid")


@given(st.integers(0, 100), st.integers(0, 100), st.integers(0, 100))
def test_expiry_never_takes_stamps_already_used_or_expired(old, consumed, expired):
    due = expired_due(old, consumed, expired)
    assert due >= 0 and due + consumed + expired >= old


@given(
    st.lists(st.tuples(st.integers(1, 5), st.integers(0, 10000), st.integers(0, 0)), min_size=1),
    st.sampled_from(["free_item", "fixed", "percent"]),
    st.integers(0, 100000),
)
def test_a_reward_never_takes_off_more_than_the_order(lines, reward, value):
    subtotal = sum(q * p for q, p, _ in lines)
    assert 0 <= reward_discount(reward, value, lines) <= subtotal
