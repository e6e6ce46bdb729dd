"""Working-day deadlines, the weekend a shop starts with, targets and follow-up messages: rules without a database."""

from datetime import date

import pytest

from shopdesk.services.errors import InvalidInput
from shopdesk.services.follow_up_rules import (
    add_working_days,
    default_weekend,
    validate_message,
    validate_targets,
)
from shopdesk.services.numbers import parse_whole
from shopdesk.services.product_records import parse_reorder_days

THURSDAY = date(2026, 12, 3)


def test_working_days_skip_a_saturday_and_sunday_weekend():
    assert add_working_days(THURSDAY, 0, (6, 7)) == THURSDAY
    assert add_working_days(THURSDAY, 1, (6, 7)) == date(2026, 12, 4)  # Friday
    assert add_working_days(THURSDAY, 2, (6, 7)) == date(2026, 12, 7)  # Monday
    assert add_working_days(THURSDAY, 5, (6, 7)) == date(2026, 12, 10)


def test_working_days_skip_a_friday_weekend_in_iran_and_friday_saturday_in_riyadh():
    assert add_working_days(THURSDAY, 1, (5,)) == date(2026, 12, 5)  # Saturday is a working day in Iran
    assert add_working_days(THURSDAY, 1, (5, 6)) == date(2026, 12, 6)  # Sunday
    assert add_working_days(date(2026, 12, 4), 1, (5, 6)) == date(2026, 12, 6)  # asked on a Friday


def test_a_week_with_no_working_day_or_a_negative_count_is_refused():
    with pytest.raises(InvalidInput):
        add_working_days(THURSDAY, 1, range(1, 8))
    with pytest.raises(InvalidInput):
        add_working_days(THURSDAY, -1, (6, 7))


@pytest.mark.parametrize(
    ("country", "weekend"), [("", (6, 7)), ("sa", (5, 6)), ("EG", (5, 6)), ("IR", (5,)), ("AE", (6, 7)), ("DE", (6, 7))]
)
def test_the_weekend_a_shop_starts_with_follows_its_country(country, weekend):
    assert default_weekend(country) == weekend


def test_targets_must_be_positive_and_the_weekend_real_days():
    assert validate_targets({"chat": 15}, (7, 6)).weekend == (6, 7)
    assert validate_targets({"chat": 15}, ()).minutes["email"] is None
    for minutes, weekend in (({"chat": 0}, ()), ({"email": -60}, ()), ({}, (0,)), ({}, (1, 2, 3, 4))):
        with pytest.raises(InvalidInput):
            validate_targets(minutes, weekend)


def test_a_message_may_use_only_the_details_of_its_kind():
    assert validate_message("reorder", " Hi $first_name, more $product? ") == "Hi $first_name, more $product?"
    with pytest.raises(InvalidInput, match="unknown placeholder"):
        validate_message("nudge", "Hi $product")
    with pytest.raises(InvalidInput):
        validate_message("check_in", "It costs $ 5")  # a lone $
    assert validate_message("check_in", "It costs $$5, $first_name") == "It costs $$5, $first_name"


@pytest.mark.parametrize(("typed", "days"), [("45", 45), ("۴۵", 45), ("٤٥", 45), (" 7 ", 7), ("", None)])
def test_a_reorder_interval_is_read_in_any_digits(typed, days):
    assert parse_reorder_days(typed) == days


@pytest.mark.parametrize("typed", ["-3", "0", "2.5", "abc", "3651", "+4", "²"])
def test_a_reorder_interval_that_is_not_a_whole_number_of_days_is_refused(typed):
    with pytest.raises(InvalidInput) as error:
        parse_reorder_days(typed)
    assert error.value.field == "reorder_days"


def test_parse_whole_says_which_field_was_wrong():
    with pytest.raises(InvalidInput) as error:
        parse_whole("-1", field="target.chat", minimum=1, maximum=10)
    assert (error.value.field, error.value.reason) == ("target.chat", "not a whole number")
