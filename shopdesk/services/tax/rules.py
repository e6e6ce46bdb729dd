"""VAT arithmetic with no database: a line's net, tax and gross, an order's tax by rate, and the tax a credit note
gives back. Money is integer minor units; rates are basis points (15% -> 1500).

A line's tax is computed from what the line really came to: its price after its own discount, less its share of
the order discount (shared in proportion, largest remainder, exactly as returns share it). With prices that
include tax, that amount is the gross and the tax is ``gross * r / (1 + r)``; with prices before tax it is the net
and the tax is ``net * r``, added on top. Each line's tax is rounded half to even to the minor unit, so
``net + tax == gross`` holds on every line and every order exactly. Shipping is one more line, taxed at its own
rate (the standard rate unless the shop says otherwise).

What a return gives back is shared over its units in proportion to what they were paid (gross), and each part
gives back the same fraction of its tax, rounded down: the credit notes of an order never give back more tax than
its invoice charged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from shopdesk.services.return_rules import share_discount

KINDS = ("standard", "zero", "exempt")
MAX_BASIS_POINTS = 10_000  # 100%


@dataclass(frozen=True)
class TaxRate:
    """A named rate. ``kind`` is standard (taxed at ``basis_points``), zero (zero-rated: taxable at 0%) or exempt
    (outside VAT); zero and exempt rates have 0 basis points."""

    code: str
    basis_points: int
    kind: str = "standard"
    name: str = ""


@dataclass(frozen=True)
class LineTax:
    """One line (or the shipping) of an order as taxed: the rate it was sold at and its net, tax and gross."""

    rate_code: str
    kind: str
    basis_points: int
    net_minor: int
    tax_minor: int
    gross_minor: int


@dataclass(frozen=True)
class RateTotal:
    """The net, tax and gross of one rate over an order, a document or a period."""

    rate_code: str
    kind: str
    basis_points: int
    net_minor: int
    tax_minor: int
    gross_minor: int


@dataclass(frozen=True)
class OrderTax:
    """An order's tax: each line's, the shipping's, the totals by rate and the order's net, tax and gross."""

    prices_include_tax: bool
    lines: tuple[LineTax, ...]
    shipping: LineTax | None
    by_rate: tuple[RateTotal, ...]
    net_minor: int
    tax_minor: int
    gross_minor: int

    @property
    def added_minor(self) -> int:
        """The tax added on top of the prices (prices before tax); 0 when prices include it."""
        return 0 if self.prices_include_tax else self.tax_minor


@dataclass(frozen=True)
class ReturnedPart:
    """Units of one line coming back: what they were paid (gross) and the tax in that, at the line's rate."""

    rate_code: str
    kind: str
    basis_points: int
    gross_minor: int
    tax_minor: int


def divide_half_even(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` rounded to an integer, half to even (integers only, no float)."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    quotient, remainder = divmod(numerator, denominator)
    twice = 2 * remainder
    if twice > denominator or (twice == denominator and quotient % 2 == 1):
        quotient += 1
    return quotient


def line_tax(amount_minor: int, rate: TaxRate, *, prices_include_tax: bool) -> LineTax:
    """One amount taxed at ``rate``: ``amount_minor`` is the gross when prices include tax, else the net."""
    points = rate.basis_points if rate.kind == "standard" else 0
    if prices_include_tax:
        tax = divide_half_even(amount_minor * points, MAX_BASIS_POINTS + points)
        net, gross = amount_minor - tax, amount_minor
    else:
        tax = divide_half_even(amount_minor * points, MAX_BASIS_POINTS)
        net, gross = amount_minor, amount_minor + tax
    return LineTax(rate.code, rate.kind, points, net, tax, gross)


def sum_by_rate(parts: Sequence[LineTax | RateTotal]) -> tuple[RateTotal, ...]:
    """Totals by rate (code, kind and basis points together), in the order the rates first appear."""
    totals: dict[tuple[str, str, int], list[int]] = {}
    for part in parts:
        sums = totals.setdefault((part.rate_code, part.kind, part.basis_points), [0, 0, 0])
        sums[0] += part.net_minor
        sums[1] += part.tax_minor
        sums[2] += part.gross_minor
    return tuple(RateTotal(code, kind, points, *sums) for (code, kind, points), sums in totals.items())


def order_tax(
    amounts: Sequence[int],
    rates: Sequence[TaxRate],
    *,
    order_discount_minor: int,
    shipping_minor: int,
    shipping_rate: TaxRate | None,
    prices_include_tax: bool,
) -> OrderTax:
    """The tax of an order whose lines came to ``amounts`` (price times quantity less the line's discount) at
    ``rates``, less an order discount shared over them, plus shipping taxed at ``shipping_rate``."""
    shares = share_discount(amounts, order_discount_minor)
    lines = tuple(
        line_tax(amount - share, rate, prices_include_tax=prices_include_tax)
        for amount, share, rate in zip(amounts, shares, rates, strict=True)
    )
    shipping = None
    if shipping_minor:
        rate = shipping_rate or TaxRate("exempt", 0, "exempt")
        shipping = line_tax(shipping_minor, rate, prices_include_tax=prices_include_tax)
    parts = [*lines, *([shipping] if shipping else [])]
    return OrderTax(
        prices_include_tax=prices_include_tax,
        lines=lines,
        shipping=shipping,
        by_rate=sum_by_rate(parts),
        net_minor=sum(p.net_minor for p in parts),
        tax_minor=sum(p.tax_minor for p in parts),
        gross_minor=sum(p.gross_minor for p in parts),
    )


def given_back(parts: Sequence[ReturnedPart], amount_minor: int) -> tuple[RateTotal, ...]:
    """What a return giving back ``amount_minor`` (gross) gives back by rate: the amount shared over the parts in
    proportion to what they were paid, each part giving back that fraction of its tax, rounded down."""
    grosses = [max(0, part.gross_minor) for part in parts]
    amount = max(0, min(amount_minor, sum(grosses)))
    shares = share_discount(grosses, amount)
    lines = []
    for part, gross, share in zip(parts, grosses, shares, strict=True):
        tax = part.tax_minor * share // gross if gross else 0
        lines.append(LineTax(part.rate_code, part.kind, part.basis_points, share - tax, tax, share))
    return tuple(total for total in sum_by_rate(lines) if total.gross_minor)


def remainder(charged: Sequence[RateTotal], credited: Sequence[RateTotal]) -> tuple[RateTotal, ...]:
    """What an invoice has left by rate after its credit notes (a cancelled order's last credit note)."""
    back = {(c.rate_code, c.kind, c.basis_points): c for c in sum_by_rate(credited)}
    left = []
    for total in sum_by_rate(charged):
        done = back.get((total.rate_code, total.kind, total.basis_points))
        if done is not None:
            total = RateTotal(
                total.rate_code,
                total.kind,
                total.basis_points,
                total.net_minor - done.net_minor,
                total.tax_minor - done.tax_minor,
                total.gross_minor - done.gross_minor,
            )
        if total.gross_minor:
            left.append(total)
    return tuple(left)
