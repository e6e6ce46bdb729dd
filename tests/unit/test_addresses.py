"""Address rules and layout, and percent discounts: pure functions shared by the app and the command line."""

import pytest

from shopdesk.services.addresses import Address, address_lines, validate_address
from shopdesk.services.errors import InvalidInput
from shopdesk.services.numbers import parse_discount, percent_basis_points, percent_of
from shopdesk.services.order_rows import LineDraft, OrderDraft, validate_order


def _address(**changes):
    base = dict(recipient="Sara", line1="12 King Fahd Rd", city="Riyadh", country="SA")
    base.update(changes)
    return Address(**base)


@pytest.mark.parametrize(
    ("country", "typed", "kept"),
    [
        ("IR", "۱۲۳۴۵-۶۷۸۹۰", "1234567890"),  # Persian digits, the dash people write
        ("IR", "١٢٣٤٥٦٧٨٩٠", "1234567890"),  # Arabic-Indic digits
        ("SA", "١٢٣٤٥", "12345"),
        ("SA", "12345-6789", "12345-6789"),
        ("US", "94105", "94105"),
        ("US", "94105-1234", "94105-1234"),
        ("GB", "sw1a1aa", "SW1A 1AA"),
        ("DE", "10115", "10115"),
    ],
)
def test_postal_codes_in_any_digits_are_kept_as_the_country_writes_them(country, typed, kept):
    assert validate_address(_address(country=country, postal_code=typed)).postal_code == kept


@pytest.mark.parametrize(
    ("country", "typed"),
    [("IR", "۱۲۳۴۵"), ("SA", "١٢٣٤"), ("US", "9410"), ("GB", "12345"), ("AE", "12345"), ("SA", "12a45")],
)
def test_a_postal_code_the_country_does_not_use_is_refused_naming_the_field(country, typed):
    with pytest.raises(InvalidInput) as caught:
        validate_address(_address(country=country, postal_code=typed), field="bill_to")
    assert caught.value.field == "bill_to.postal_code"


def test_the_short_code_is_saudi_only_and_four_letters_four_digits():
    assert validate_address(_address(short_code="rrrd ٢٩٢٩")).short_code == "RRRD2929"
    assert validate_address(_address(line1="", short_code="RRRD2929")).line1 == ""  # the short code is enough
    for country, code in (("AE", "RRRD2929"), ("SA", "RRR2929"), ("SA", "RRRD29290")):
        with pytest.raises(InvalidInput) as caught:
            validate_address(_address(country=country, short_code=code))
        assert caught.value.field == "ship_to.short_code"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        (dict(country=""), "ship_to.country"),
        (dict(country="XX"), "ship_to.country"),
        (dict(country="Saudi"), "ship_to.country"),
        (dict(city=" "), "ship_to.city"),
        (dict(line1=""), "ship_to.line1"),
        (dict(line2="x" * 201), "ship_to.line2"),
        (dict(district="a\x00b"), "ship_to.district"),
    ],
)
def test_an_address_missing_what_a_courier_needs_is_refused(changes, field):
    with pytest.raises(InvalidInput) as caught:
        validate_address(_address(**changes))
    assert caught.value.field == field


def test_an_address_is_laid_out_in_its_countrys_order_and_the_documents_direction():
    saudi = validate_address(
        _address(district="Al Olaya", postal_code="12211", short_code="RRRD2929", phone="0501234567")
    )
    assert address_lines(saudi, country_name="Saudi Arabia") == [
        "Sara",
        "12 King Fahd Rd",
        "Al Olaya",
        "Riyadh 12211",
        "RRRD2929",
        "Saudi Arabia",
        "0501234567",
    ]
    iran = Address(recipient="سارا", line1="خیابان ولیعصر ۱۲", city="تهران", region="تهران", country="IR",
                   postal_code="1234567890")  # fmt: skip
    lines = address_lines(iran, rtl=True, country_name="ایران")
    assert lines[:3] == ["سارا", "تهران، تهران", "خیابان ولیعصر ۱۲"]  # province and city first, Arabic comma
    assert lines[3] == "\u20661234567890\u2069"  # a code is isolated in right-to-left text
    us = Address(recipient="Sam", line1="1 Main St", city="Springfield", region="IL", postal_code="62701",
                 country="US")  # fmt: skip
    assert address_lines(us) == ["Sam", "1 Main St", "Springfield, IL 62701", "US"]


@pytest.mark.parametrize("typed", ["10%", "١٠٪", "۱۰٪", " 10 % ", "%10", "۱۰%"])
def test_a_percent_is_read_in_three_digit_scripts(typed):
    assert percent_basis_points(typed) == 1000


def test_an_amount_is_not_a_percent_and_a_bad_percent_is_refused():
    assert percent_basis_points("10") is None
    assert parse_discount("٥٫٥٠", 10_000) == (550, None)
    for typed in ("120%", "-5%", "%", "1.234%", "abc%"):
        with pytest.raises(InvalidInput) as caught:
            percent_basis_points(typed, field="order_discount")
        assert caught.value.field == "order_discount"


def test_a_percent_is_rounded_to_the_minor_unit_half_to_even():
    assert percent_of(25, 1000) == 2  # 2.5 -> 2
    assert percent_of(35, 1000) == 4  # 3.5 -> 4
    assert percent_of(12345, 1250) == 1543  # 1543.125
    assert parse_discount("۱۲٫۵٪", 12345) == (1543, 1250)


def test_percent_discounts_per_line_and_per_order_make_the_totals():
    draft = OrderDraft(
        lines=(LineDraft("Soap", 3, 1250, discount_basis_points=1000), LineDraft("Mug", 1, 2205)),
        order_discount_basis_points=500,
    )
    totals = validate_order(draft)
    line_off = 375  # 10% of 3750 is exact
    subtotal = 3750 - line_off + 2205  # 5580
    assert totals.subtotal_minor == subtotal
    assert totals.discount_minor == 279  # 5% of 5580
    assert totals.total_minor == subtotal - 279
