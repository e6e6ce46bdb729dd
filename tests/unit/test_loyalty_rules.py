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


# --- points, tiers, referral, birthday ------------------------------------------------------------------------------
def test_points_per_amount_spent_with_a_tiers_bonus_rounded_down():
    from shopdesk.services.loyalty_rules import Points, points_for

    rules = Points(per_amount_minor=1000, points=5)
    assert points_for(rules, 999) == 0
    assert points_for(rules, 3500) == 15  # three whole amounts, five points each
    assert points_for(rules, 3500, bonus_percent=50) == 22  # 22.5 rounded down
    assert points_for(rules, -100) == 0


def test_the_tier_is_the_highest_level_reached_and_the_next_says_what_is_missing():
    from shopdesk.services.loyalty_rules import Tier, Tiers, next_tier, tier_for

    rules = Tiers(levels=(Tier("Bronze", 0), Tier("Silver", 50_000), Tier("Gold", 200_000)))
    assert tier_for(rules, 0).name == "Bronze"
    assert tier_for(rules, 49_999).name == "Bronze"
    assert tier_for(rules, 50_000).name == "Silver"
    assert tier_for(rules, 10**9).name == "Gold"
    assert next_tier(rules, 49_000) == (rules.levels[1], 1_000)
    assert next_tier(rules, 300_000) is None
    assert tier_for(Tiers(levels=(Tier("Silver", 100),)), 50) is None


def test_tiers_must_grow_with_spend_and_have_distinct_names():
    import pytest

    from shopdesk.services.errors import InvalidInput
    from shopdesk.services.loyalty_rules import Tier, Tiers, validate_tiers

    for levels in (
        (),
        (Tier("Gold", 500), Tier("Silver", 100)),
        (Tier("Gold", 100), Tier(" gold ", 500)),
        (Tier("", 0),),
        (Tier("Gold", 0, discount_percent=120),),
    ):
        with pytest.raises(InvalidInput):
            validate_tiers(Tiers(levels=levels))
    cleaned = validate_tiers(Tiers(levels=(Tier("  Gold   VIP ", 0),)))
    assert cleaned.levels[0].name == "Gold VIP"


def test_the_window_is_calendar_months_back_with_the_day_clamped():
    from datetime import UTC, datetime

    from shopdesk.services.loyalty_rules import window_start

    assert window_start(datetime(2026, 12, 1, 10, tzinfo=UTC), 12) == datetime(2025, 12, 1, 10, tzinfo=UTC)
    assert window_start(datetime(2026, 3, 31, tzinfo=UTC), 1) == datetime(2026, 2, 28, tzinfo=UTC)
    assert window_start(datetime(2024, 1, 15, tzinfo=UTC), 13) == datetime(2022, 12, 15, tzinfo=UTC)


def test_a_birthday_reward_is_due_in_the_month_once_and_not_right_after_the_birthday_was_set():
    from datetime import date

    from shopdesk.services.loyalty_rules import birthday_due, month_end

    born = date(1990, 12, 20)
    today = date(2026, 12, 1)
    assert birthday_due(born, None, today, granted_this_year=False)
    assert not birthday_due(born, None, today, granted_this_year=True)
    assert not birthday_due(date(1990, 11, 20), None, today, granted_this_year=False)
    assert not birthday_due(born, date(2026, 11, 5), today, granted_this_year=False)  # 26 days ago
    assert birthday_due(born, date(2026, 11, 1), today, granted_this_year=False)  # 30 days ago
    assert not birthday_due(None, None, today, granted_this_year=False)
    assert month_end(date(2028, 2, 3)) == date(2028, 2, 29)


def test_every_kind_of_rules_survives_its_json_and_bad_rewards_are_refused():
    import pytest

    from shopdesk.services.errors import InvalidInput
    from shopdesk.services.loyalty_rules import (
        Birthday,
        Points,
        Referral,
        Tier,
        Tiers,
        kind_of,
        rules_from_json,
        validate_rules,
    )

    for rules in (
        PunchCard(stamps_to_fill=7),
        Points(per_amount_minor=250, points=2),
        Tiers(levels=(Tier("Silver", 0, extra_stamps=1), Tier("Gold", 9000, discount_percent=5)), months=6),
        Referral(referrer_value=500),
        Birthday(reward="fixed", reward_value=1000),
    ):
        assert rules_from_json(kind_of(rules), rules.to_json()) == rules
    for bad in (Referral(referrer_reward="fixed", referrer_value=0), Birthday(reward="percent", reward_value=0)):
        with pytest.raises(InvalidInput):
            validate_rules(bad)
    with pytest.raises(InvalidInput):
        rules_from_json("lottery", "{}")
