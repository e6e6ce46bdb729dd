from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shopdesk.services.errors import InvalidInput
from shopdesk.services.money import minor_digits, validate_currency
from shopdesk.services.numbers import ascii_digits, minor_to_decimal, parse_decimal, parse_money


@pytest.mark.parametrize("typed", ["12.5", "۱۲٫۵", "١٢٫٥", " 12.50 ", "\u200f۱۲٫۵"])
def test_numbers_typed_in_any_script_read_the_same(typed):
    assert parse_decimal(typed) == Decimal("12.5")


def test_grouping_separators_in_any_script_are_ignored():
    assert parse_decimal("1,234.50") == Decimal("1234.50")
    assert parse_decimal("١٬٢٣٤٫٥٠") == Decimal("1234.50")
    assert parse_decimal("۱٬۲۳۴٫۵۰") == Decimal("1234.50")


@pytest.mark.parametrize("typed", ["abc", "12.5.1", "1e5", "--3", "۱۲a", "nan", "inf"])
def test_text_that_is_not_a_number_is_refused_with_the_field_named(typed):
    with pytest.raises(InvalidInput) as caught:
        parse_decimal(typed, field="price")
    assert caught.value.field == "price"
    assert caught.value.value == typed


def test_empty_input_says_it_is_empty():
    with pytest.raises(InvalidInput, match="empty"):
        parse_decimal("   ")


def test_money_is_parsed_into_integer_minor_units():
    assert parse_money("۱۲٫۵۰") == 1250
    assert parse_money("١٢٫٥") == 1250
    assert parse_money("3.125", minor_digits=3) == 3125
    assert isinstance(parse_money("7"), int)


def test_money_with_more_decimals_than_the_currency_has_is_refused_not_rounded():
    with pytest.raises(InvalidInput, match="too many decimals"):
        parse_money("12.345")


def test_currency_minor_digits_follow_iso_4217():
    assert minor_digits("USD") == 2
    assert minor_digits("kwd") == 3
    assert minor_digits("IRR") == 0


def test_currency_codes_are_validated():
    assert validate_currency(" sar ") == "SAR"
    with pytest.raises(InvalidInput):
        validate_currency("riyal")


@given(st.integers(min_value=-(10**15), max_value=10**15), st.sampled_from(["٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "0123456789"]))
def test_any_amount_written_in_any_digits_parses_back_exactly(amount_minor, digits):
    text = str(minor_to_decimal(amount_minor))
    localized = text.translate(str.maketrans("0123456789", digits)).replace(".", "٫")
    assert parse_money(localized) == amount_minor


def test_ascii_digits_leaves_letters_alone():
    assert ascii_digits("سفارش ۱۰۲۴ (DHL)") == "سفارش 1024 (DHL)"


@pytest.mark.parametrize("typed", ["12,5", "1 2 3", "1,23", "12٬5", "1,234,5"])
def test_a_separator_that_could_be_a_decimal_comma_is_refused_not_read_ten_times_larger(typed):
    with pytest.raises(InvalidInput, match="ambiguous separator"):
        parse_money(typed)


def test_order_numbers_in_any_digits_and_nothing_that_only_looks_like_one():
    from shopdesk.services.numbers import order_number

    assert order_number(" ۱۰۰۱ ") == 1001 and order_number("١٠٠٢") == 1002 and order_number("1003") == 1003
    assert order_number("²") is None  # a digit to str.isdigit(), not a number
    assert order_number("9" * 16) is None  # would overflow the database's BIGINT
    assert order_number("") is None and order_number("10 01") is None and order_number("#1001") is None
