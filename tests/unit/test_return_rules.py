"""Return arithmetic: discounts shared out exactly, refunds that add up to what was paid and never more."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shopdesk.services.errors import InvalidInput
from shopdesk.services.return_rules import (
    amount_to_give,
    can_step,
    check_give_back,
    paid_per_line,
    restocking_fee,
    share_discount,
    units_value,
    window_closes,
)

nets = st.lists(st.integers(min_value=0, max_value=10_000_000), min_size=1, max_size=12)


@given(nets, st.integers(min_value=0, max_value=20_000_000))
def test_an_order_discount_is_shared_out_exactly_and_never_below_zero(values, discount):
    shares = share_discount(values, discount)
    assert sum(shares) == (min(discount, sum(values)) if sum(values) > 0 else 0)
    assert all(0 <= share <= value for share, value in zip(shares, values, strict=True))
    assert sum(paid_per_line(values, discount)) == sum(values) - sum(shares)


@given(
    st.integers(min_value=0, max_value=10_000_000),
    st.integers(min_value=1, max_value=50),
    st.lists(st.integers(min_value=1, max_value=60), max_size=20),
)
def test_returning_a_line_in_any_steps_never_gives_back_more_than_was_paid(paid, bought, steps):
    returned = 0
    given_back = 0
    for step in steps:
        given_back += units_value(paid, bought, returned, step)
        returned = min(bought, returned + step)
    assert 0 <= given_back <= paid
    if returned == bought:
        assert given_back == paid  # every unit back: exactly what was paid


def test_a_discount_goes_to_lines_in_proportion_worked_by_hand():
    # lines 30.00 and 10.00 with 4.00 off the order: 3.00 and 1.00 of it
    assert share_discount([3000, 1000], 400) == [300, 100]
    assert paid_per_line([3000, 1000], 400) == [2700, 900]
    # 1.00 over three equal lines: 34 + 33 + 33 cents, the first line taking the odd cent
    assert share_discount([500, 500, 500], 100) == [34, 33, 33]
    # one unit of three bought for 10.00 is worth 3.33; all three 10.00
    assert units_value(1000, 3, 0, 1) == 333
    assert units_value(1000, 3, 1, 2) == 667


def test_restocking_fees_round_in_the_customers_favour():
    assert restocking_fee(999, 10) == 99
    assert restocking_fee(1000, 0) == 0
    assert restocking_fee(1000, 150) == 1000


def test_the_window_closes_after_the_given_days_or_never():
    assert window_closes(date(2026, 12, 1), 15) == date(2026, 12, 16)
    assert window_closes(date(2026, 12, 1), 0) is None


def test_steps_follow_the_pipeline():
    assert can_step("requested", "approved") and can_step("requested", "rejected")
    assert can_step("inspected", "refunded") and can_step("refunded", "closed")
    assert not can_step("requested", "refunded") and not can_step("closed", "approved")


@given(
    st.integers(min_value=0, max_value=10_000_000),
    st.integers(min_value=0, max_value=100),
    st.integers(min_value=0, max_value=10_000_000),
    st.integers(min_value=0, max_value=10_000_000),
)
def test_what_a_return_gives_back_is_never_more_than_the_order_has_left_paid(value, percent, paid, given_before):
    amount = amount_to_give(value, restocking_fee(value, percent), paid, given_before)
    assert 0 <= amount <= value
    assert amount <= max(0, paid - given_before)


def test_an_order_never_paid_gives_nothing_back():
    assert amount_to_give(1098, 0, 0, 0) == 0


def test_giving_back_nothing_needs_a_reason_and_the_amount_must_be_the_one_confirmed():
    with pytest.raises(InvalidInput) as silent:
        check_give_back(0, "  ")
    assert silent.value.field == "zero_reason"
    assert check_give_back(0, "  Never   paid ") == "Never paid"
    assert check_give_back(1250, "") == ""
    with pytest.raises(InvalidInput) as changed:
        check_give_back(0, "Never paid", expected=1250)
    assert changed.value.field == "amount"
