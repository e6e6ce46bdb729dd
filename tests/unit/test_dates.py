"""The one rule for days people type (services.dates): year first, any digits, a year before 1700 is Jalali."""

from datetime import date

import pytest

from shopdesk.services.dates import LAST_DAY, calendar_day, check_range, parse_day
from shopdesk.services.errors import InvalidInput
from shopdesk.services.imports import parse_when


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("2025-03-21", date(2025, 3, 21)),
        ("2025/03/21", date(2025, 3, 21)),
        ("۲۰۲۵-۰۳-۲۱", date(2025, 3, 21)),
        ("1404-01-01", date(2025, 3, 21)),  # Nowruz 1404
        ("۱۴۰۴-۰۱-۰۱", date(2025, 3, 21)),
        ("١٤٠٤/٠١/٠١", date(2025, 3, 21)),
        (" 1403-12-30 ", date(2025, 3, 20)),  # the last day of the leap year 1403
        ("2999-12-31", LAST_DAY),
    ],
)
def test_a_day_is_read_in_any_digits_and_a_year_before_1700_as_jalali(typed, day):
    assert parse_day(typed) == day


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("", "not a date"),
        ("2025-13-01", "not a date"),
        ("1404-12-31", "not a date"),  # 1404 is not a leap year
        ("21/03/2025", "not a date"),  # year first only: a script's date is never guessed
        ("2025-03", "not a date"),
        ("2025-03-21T10:00", "not a date"),
        ("+2025-03-21", "not a date"),
        ("²⁰²⁵-03-21", "not a date"),
        ("0001-01-01", "out of range"),  # Jalali year 1 is 622 AD
        ("9999-12-31", "out of range"),
        ("3000-01-01", "out of range"),
    ],
)
def test_what_is_not_a_day_the_shop_can_have_is_refused_with_the_reason(typed, reason):
    with pytest.raises(InvalidInput) as caught:
        parse_day(typed, field="from")
    assert (caught.value.field, caught.value.reason) == ("from", reason)


def test_an_imported_file_reads_year_first_days_by_the_same_rule():
    for typed in ("1404/01/01", "۱۴۰۴-۰۱-۰۱", "2025/03/21"):
        assert parse_when(typed).date() == parse_day(typed) == calendar_day(1404, 1, 1)


def test_a_range_whose_end_comes_before_its_start_is_refused():
    check_range(date(2025, 1, 1), date(2025, 1, 1))
    check_range(None, date(2025, 1, 1))
    with pytest.raises(InvalidInput) as caught:
        check_range(date(2025, 1, 2), date(2025, 1, 1))
    assert (caught.value.field, caught.value.reason) == ("to", "before from")
