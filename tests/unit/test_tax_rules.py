"""VAT arithmetic: net + tax = gross on every line and order, half-to-even rounding per line, tax by rate, and
credit notes that never give back more tax than was charged."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from shopdesk.services.return_rules import units_value
from shopdesk.services.tax.rules import (
    ReturnedPart,
    TaxRate,
    divide_half_even,
    given_back,
    line_tax,
    order_tax,
    remainder,
)

STANDARD = TaxRate("standard", 1500)
REDUCED = TaxRate("reduced", 500)
ZERO = TaxRate("zero", 0, "zero")
EXEMPT = TaxRate("exempt", 0, "exempt")
RATES = st.sampled_from([STANDARD, REDUCED, ZERO, EXEMPT, TaxRate("odd", 1234)])


def test_halves_round_to_the_even_neighbour():
    assert [divide_half_even(n, 2) for n in (1, 3, 5, 7, -1, -3)] == [0, 2, 2, 4, 0, -2]
    assert divide_half_even(10, 3) == 3 and divide_half_even(20, 3) == 7


def test_a_price_including_15_percent_holds_its_tax():
    # 115.00 including 15%: 100.00 net, 15.00 tax
    assert line_tax(11500, STANDARD, prices_include_tax=True) == line_tax(11500, STANDARD, prices_include_tax=True)
    taxed = line_tax(11500, STANDARD, prices_include_tax=True)
    assert (taxed.net_minor, taxed.tax_minor, taxed.gross_minor) == (10000, 1500, 11500)


def test_a_price_before_tax_gets_it_added_rounded_half_to_even():
    # 0.10 at 15% is 0.015: rounds to 0.02 (half to even: 1.5 -> 2); 0.30 at 5% is 0.015 -> 0.02; 0.50 -> 0.025 -> 0.02
    assert line_tax(10, STANDARD, prices_include_tax=False).tax_minor == 2
    assert line_tax(50, REDUCED, prices_include_tax=False).tax_minor == 2
    assert line_tax(70, REDUCED, prices_include_tax=False).tax_minor == 4  # 3.5 -> 4


def test_zero_rated_and_exempt_lines_carry_no_tax():
    for rate in (ZERO, EXEMPT):
        taxed = line_tax(999, rate, prices_include_tax=True)
        assert (taxed.net_minor, taxed.tax_minor, taxed.kind) == (999, 0, rate.kind)


def test_the_order_discount_is_shared_before_the_tax_and_shipping_taxed_at_its_rate():
    taxed = order_tax(
        [11500, 11500],
        [STANDARD, ZERO],
        order_discount_minor=2300,
        shipping_minor=2300,
        shipping_rate=STANDARD,
        prices_include_tax=True,
    )
    assert [line.gross_minor for line in taxed.lines] == [10350, 10350]
    assert [line.tax_minor for line in taxed.lines] == [1350, 0]
    assert taxed.shipping.tax_minor == 300
    assert [(r.rate_code, r.net_minor, r.tax_minor) for r in taxed.by_rate] == [
        ("standard", 11000, 1650),
        ("zero", 10350, 0),
    ]
    assert (taxed.net_minor, taxed.tax_minor, taxed.gross_minor) == (21350, 1650, 23000)
    assert taxed.added_minor == 0


orders = st.lists(
    st.tuples(st.integers(1, 20), st.integers(0, 500_000), st.integers(0, 100), RATES), min_size=1, max_size=8
)


@given(
    orders,
    st.integers(0, 100),
    st.integers(0, 50_000),
    st.booleans(),
    st.sampled_from([STANDARD, ZERO, EXEMPT, None]),
)
def test_net_plus_tax_is_gross_on_every_line_and_order(lines, discount_percent, shipping, inclusive, shipping_rate):
    amounts = [qty * price - (qty * price * off // 100) for qty, price, off, _ in lines]
    discount = sum(amounts) * discount_percent // 100
    taxed = order_tax(
        amounts,
        [rate for *_, rate in lines],
        order_discount_minor=discount,
        shipping_minor=shipping,
        shipping_rate=shipping_rate,
        prices_include_tax=inclusive,
    )
    parts = [*taxed.lines, *([taxed.shipping] if taxed.shipping else [])]
    for part in parts:
        assert part.net_minor + part.tax_minor == part.gross_minor
        assert part.tax_minor >= 0 and part.net_minor >= 0
    assert taxed.net_minor + taxed.tax_minor == taxed.gross_minor
    assert sum(r.tax_minor for r in taxed.by_rate) == taxed.tax_minor
    assert sum(r.gross_minor for r in taxed.by_rate) == taxed.gross_minor
    before_tax = sum(amounts) - discount + shipping
    assert taxed.gross_minor == (before_tax if inclusive else before_tax + taxed.tax_minor)
    for line in taxed.lines:  # each line's tax is its exact tax rounded half to even
        points = line.basis_points
        exact_num = (line.gross_minor if inclusive else line.net_minor) * points
        exact_den = 10_000 + points if inclusive else 10_000
        assert abs(2 * (line.tax_minor * exact_den - exact_num)) <= exact_den


@given(
    st.lists(st.tuples(st.integers(1, 10), st.integers(1, 100_000), RATES), min_size=1, max_size=5),
    st.booleans(),
    st.data(),
)
def test_credit_notes_of_all_returns_never_give_back_more_tax_than_was_charged(lines, inclusive, data):
    taxed = order_tax(
        [qty * price for qty, price, _ in lines],
        [rate for *_, rate in lines],
        order_discount_minor=0,
        shipping_minor=0,
        shipping_rate=None,
        prices_include_tax=inclusive,
    )
    returned = [0] * len(lines)
    credited = []
    for _ in range(data.draw(st.integers(1, 6))):
        parts = []
        for i, (qty, _, _) in enumerate(lines):
            k = data.draw(st.integers(0, qty - returned[i]))
            line = taxed.lines[i]
            parts.append(
                ReturnedPart(
                    line.rate_code,
                    line.kind,
                    line.basis_points,
                    units_value(line.gross_minor, qty, returned[i], k),
                    units_value(line.tax_minor, qty, returned[i], k),
                )
            )
            returned[i] += k
        worth = sum(p.gross_minor for p in parts)
        refund = data.draw(st.integers(0, worth))  # less a restocking fee, or capped by what was paid
        back = given_back(parts, refund)
        assert sum(r.gross_minor for r in back) == refund
        for r in back:
            assert r.net_minor + r.tax_minor == r.gross_minor and r.tax_minor >= 0
        credited.extend(back)
    charged = {r.rate_code: r.tax_minor for r in taxed.by_rate}
    for r in credited:
        charged[r.rate_code] -= r.tax_minor
    assert all(left >= 0 for left in charged.values())
    left = remainder(taxed.by_rate, credited)
    assert sum(r.tax_minor for r in left) + sum(r.tax_minor for r in credited) == taxed.tax_minor
