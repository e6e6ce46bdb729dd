"""What the returns service is asked for and answers with: plain records, no database code (screens use them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from shopdesk.services.errors import ShopdeskError


@dataclass(frozen=True)
class ReturnDraft:
    order_id: int
    quantities: dict[int, int]  # order line id -> units coming back
    reason: str
    reason_text: str = ""
    note: str = ""
    override_reason: str = ""  # the owner's written reason to allow what the policy blocks
    actor: str = ""


@dataclass(frozen=True)
class ReturnableLine:
    line_id: int
    description: str
    sku: str
    bought: int
    returned: int  # by returns not rejected
    paid_minor: int  # for the whole line, after line and order discounts
    returnable: bool

    @property
    def available(self) -> int:
        return max(0, self.bought - self.returned)


@dataclass(frozen=True)
class ReturnableOrder:
    order_id: int
    number: int
    customer_id: int | None
    customer_name: str
    currency: str
    status: str
    window_start: date  # delivery, or the order date when not delivered
    window_closes: date | None
    lines: tuple[ReturnableLine, ...]


@dataclass(frozen=True)
class ReturnEventRow:
    at: datetime
    from_status: str | None
    to_status: str
    actor: str
    note: str


@dataclass(frozen=True)
class ReturnLineRow:
    order_line_id: int
    description: str
    quantity: int


@dataclass(frozen=True)
class ReturnRow:
    id: int
    number: int
    order_id: int
    order_number: int
    customer_name: str
    status: str
    reason: str
    created_at: datetime
    currency: str
    value_minor: int
    refund_minor: int


@dataclass(frozen=True)
class GiveBack:
    """What resolving a return would give back now, and why: the screen shows it and asks the user to confirm that
    amount (``ReturnService.resolve(..., expected_minor=...)``)."""

    return_id: int
    number: int
    order_number: int
    customer_name: str
    currency: str
    value_minor: int  # the units' worth at the order's prices (line and order discounts shared out)
    fee_minor: int  # the reason's restocking fee
    order_paid_minor: int  # what the whole order was paid
    given_before_minor: int  # what the order's other returns gave back already
    amount_minor: int  # what would go back now

    @property
    def paid_minor(self) -> int:
        """What was really paid for these units: their worth, within what the order has left paid."""
        return max(0, min(self.value_minor, self.order_paid_minor - self.given_before_minor))

    @property
    def why_nothing(self) -> str:
        """When nothing would go back: "not paid" (the order was never paid), "given back" (its other returns gave
        back all it was paid), "fee" (the restocking fee takes it all) or "worth nothing" (free items); else ""."""
        if self.amount_minor:
            return ""
        if self.order_paid_minor <= 0:
            return "not paid"
        if self.order_paid_minor <= self.given_before_minor:
            return "given back"
        if self.value_minor > 0:
            return "fee"
        return "worth nothing"


@dataclass(frozen=True)
class ReturnDetail:
    row: ReturnRow
    lines: tuple[ReturnLineRow, ...]
    reason_text: str
    note: str
    override_reason: str
    rejection_reason: str
    condition: str
    resolution: str
    fee_minor: int
    customer_id: int | None
    history: tuple[ReturnEventRow, ...] = ()
    replacement_order_number: int | None = None
    give_back: GiveBack | None = None  # what was really paid for these units and what goes back (now, or when it was)
    nothing_back_reason: str = ""  # why nothing was given back, when it was resolved or closed with nothing


@dataclass(frozen=True)
class CreditEntryRow:
    at: datetime
    kind: str  # issued | used | expired | adjusted
    amount_minor: int
    currency: str
    return_id: int | None
    order_id: int | None
    actor: str
    note: str


@dataclass(frozen=True)
class ReturnedUnits:
    """Told to the hooks (loyalty) when units are back for good: they undo what those units earned."""

    return_id: int
    order_id: int
    customer_id: int | None
    quantities: dict[int, int] = field(default_factory=dict)  # order line id -> units
    value_minor: int = 0


@dataclass(frozen=True)
class Exchange:
    """What an exchange did: the replacement order, what the return paid of it, what is left to pay, and the
    difference given back (store credit for a customer, money for a walk-in sale)."""

    order_id: int
    order_number: int
    paid_minor: int
    due_minor: int
    credit_minor: int
    refund_minor: int = 0  # a walk-in sale's difference, given back the way they paid


class ReturnBlocked(ShopdeskError):
    """The policy does not allow this return; the owner may override it with a written reason."""

    def __init__(self, why: str, *, closed_on: date | None = None, items: tuple[str, ...] = ()) -> None:
        super().__init__(why)
        self.why = why  # "window closed" | "not returnable"
        self.closed_on = closed_on
        self.items = items
