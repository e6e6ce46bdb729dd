"""Return rules as plain arithmetic and records (no database): what was paid for each unit, how much a return
gives back, when a return window closes, which steps a return may take.

Money is integer minor units. An order discount is shared out over the lines in proportion to what each line
cost after its own discount (largest remainder, so the shares add up to the discount exactly). A line's refund
for its k-th returned unit is ``floor(paid * k / bought) - floor(paid * (k - 1) / bought)``: however a line is
returned, in one go or unit by unit, the refunds add up to at most what was paid for it, never more. What a return
gives back is that value less the restocking fee, within what the order has left paid (``amount_to_give``); an
order that was never paid gives nothing back, and nothing given back is never silent: it needs a written reason
(``check_give_back``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from shopdesk.services.errors import InvalidInput

REASONS = ("damaged", "wrong_item", "wrong_size", "not_as_described", "changed_mind", "other")
RESOLUTIONS = ("refund", "credit", "exchange")
CONDITIONS = ("as_new", "opened", "used", "damaged")
STATUSES = (
    "requested",
    "approved",
    "rejected",
    "received",
    "inspected",
    "refunded",
    "credited",
    "exchanged",
    "closed",
)
OPEN_STATUSES = ("requested", "approved", "received", "inspected")
RESOLVED_STATUSES = ("refunded", "credited", "exchanged")
# Which step may follow which.
NEXT_STEPS = {
    "requested": ("approved", "rejected"),
    "approved": ("received", "rejected"),
    "received": ("inspected",),
    # found used or damaged by the customer: rejected after all; with nothing to give back (an order never paid),
    # closed without a refund, with the reason written
    "inspected": (*RESOLVED_STATUSES, "rejected", "closed"),
    "refunded": ("closed",),
    "credited": ("closed",),
    "exchanged": ("closed",),
    "rejected": ("closed",),
    "closed": (),
}
RESOLUTION_STATUS = {"refund": "refunded", "credit": "credited", "exchange": "exchanged"}


@dataclass(frozen=True)
class ReturnPolicy:
    """The shop's return policy. ``window_days`` 0: no time limit."""

    window_days: int = 0
    restocking_percent: dict[str, int] = field(default_factory=dict)  # reason -> percent kept by the shop
    resolutions: tuple[str, ...] = RESOLUTIONS  # what the shop offers
    reasons: tuple[str, ...] = REASONS
    condition: str = ""  # e.g. "unused, in its original packaging"
    texts: dict[str, str] = field(default_factory=dict)  # language -> the policy in plain words


def share_discount(nets: Sequence[int], discount: int) -> list[int]:
    """Split ``discount`` over lines in proportion to ``nets``; the shares add up to ``discount`` exactly."""
    nets = [max(0, net) for net in nets]  # order validation never lets a line go below zero; guard anyway
    total = sum(nets)
    if total <= 0 or discount <= 0:
        return [0] * len(nets)
    discount = min(discount, total)
    shares = [discount * net // total for net in nets]
    remainders = sorted(range(len(nets)), key=lambda i: (-(discount * nets[i] % total), i))
    for i in remainders[: discount - sum(shares)]:
        shares[i] += 1
    return shares


def paid_per_line(nets: Sequence[int], order_discount: int) -> list[int]:
    """What was paid for each line: its price after its own discount, less its share of the order discount."""
    return [net - share for net, share in zip(nets, share_discount(nets, order_discount), strict=True)]


def units_value(paid: int, bought: int, returned_before: int, returning: int) -> int:
    """What ``returning`` more units of a line are worth, after ``returned_before`` came back already."""
    if bought <= 0 or returning <= 0 or paid <= 0:
        return 0
    before = min(returned_before, bought)
    after = min(before + returning, bought)
    return paid * after // bought - paid * before // bought


def restocking_fee(value: int, percent: int) -> int:
    """The shop's fee, rounded down (in the customer's favour)."""
    return max(0, value) * max(0, min(100, percent)) // 100


def amount_to_give(value: int, fee: int, order_paid: int, given_before: int) -> int:
    """What a return gives back: its units' value less the fee, never more than the order has left paid (what it
    was paid less what its other returns gave back), never below zero."""
    return max(0, min(value - fee, order_paid - given_before))


def check_give_back(amount: int, reason: str, *, expected: int | None = None) -> str:
    """The rule every refund, store credit and closing without one follows: the amount is the one the user
    confirmed (``expected``; another desk may have given part of the order back meanwhile), and giving nothing
    back says why. Returns the reason, cleaned."""
    if expected is not None and expected != amount:
        raise InvalidInput("amount", "changed meanwhile", str(amount))
    reason = " ".join(reason.split())
    if amount == 0 and not reason:
        raise InvalidInput("zero_reason", "required", "0")
    return reason


def window_closes(start: date, window_days: int) -> date | None:
    """The last day a return may be asked for (``None``: no limit)."""
    return start + timedelta(days=window_days) if window_days > 0 else None


def can_step(current: str, target: str) -> bool:
    return target in NEXT_STEPS.get(current, ())
