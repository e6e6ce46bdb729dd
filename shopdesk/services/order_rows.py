"""Order records and drafts as services hand them out, the fixed vocabularies, and the pure order rules
(totals, status moves). No database here: the order form computes its totals with these as you type."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal

from shopdesk.services.addresses import Address, validate_address
from shopdesk.services.errors import InvalidInput
from shopdesk.services.numbers import ascii_digits, percent_of
from shopdesk.services.text import check_text, strip_invisible

STATUSES = ("new", "paid", "packed", "shipped", "delivered", "cancelled")
PIPELINE = ("new", "paid", "packed", "shipped", "delivered")
FINAL_STATUSES = ("delivered", "cancelled")
EDITABLE_STATUSES = ("new", "paid")  # packed or further on, a change goes through a return or a cancellation
CHANNELS = ("in_store", "website", "instagram", "whatsapp", "marketplace", "other")
PAYMENT_METHODS = ("cash", "card", "bank_transfer", "cash_on_delivery", "wallet", "other")
SORT_COLUMNS = ("number", "created_at", "customer", "status", "channel", "total")
MAX_QUANTITY = 100_000
MAX_AMOUNT_MINOR = 10**15
# What an order's texts take, in characters: a line's description fits a printed packing list's row, a gift
# message a printed card, notes a page; carrier, discount code and tracking number are short codes (their columns).
MAX_DESCRIPTION = 500
MAX_GIFT_MESSAGE = 500
MAX_NOTES = 10_000
MAX_CODE = 64


@dataclass(frozen=True)
class OrderRow:
    id: int
    number: int
    created_at: datetime
    customer_name: str
    status: str
    channel: str
    total_minor: int
    currency: str
    customer_id: int | None = None
    customer_phone: str = ""
    tracking_number: str = ""
    paid_minor: int = 0  # the sum of its payments (services/payments)

    @property
    def balance_minor(self) -> int:
        """What is left to pay: the total less the payments; nothing for a cancelled order."""
        return 0 if self.status == "cancelled" else max(0, self.total_minor - self.paid_minor)

    def sort_value(self, sort: str) -> object:
        return {
            "number": self.number,
            "created_at": self.created_at,
            "customer": self.customer_name,
            "status": self.status,
            "channel": self.channel,
            "total": self.total_minor,
        }[sort]


@dataclass(frozen=True)
class OrderQuery:
    """What the orders list shows: filters, a search as typed, and the sort."""

    statuses: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    date_from: date | None = None  # inclusive, local calendar day
    date_to: date | None = None  # inclusive
    customer_id: int | None = None
    search: str = ""
    sort: str = "created_at"
    descending: bool = True


@dataclass(frozen=True)
class LineDraft:
    description: str
    quantity: int
    unit_price_minor: int
    discount_minor: int = 0
    product_id: int | None = None
    # A percent discount (hundredths of a percent): ``resolve_percents`` puts the amount in ``discount_minor``.
    discount_basis_points: int | None = None

    @property
    def total_minor(self) -> int:
        return self.quantity * self.unit_price_minor - self.discount_minor


@dataclass(frozen=True)
class OrderDraft:
    lines: tuple[LineDraft, ...]
    customer_id: int | None = None
    order_discount_minor: int = 0
    discount_code: str = ""
    shipping_minor: int = 0
    channel: str = "in_store"
    payment_method: str = "cash"
    paid_minor: int = 0  # all that was paid, store credit included
    store_credit_minor: int = 0  # the part of ``paid_minor`` taken from the customer's store credit
    carrier: str = ""
    tracking_number: str = ""
    expected_delivery: date | None = None
    gift_message: str = ""
    notes: str = ""
    status: str = "new"  # an in-store sale may start as paid or delivered
    order_discount_basis_points: int | None = None  # the order discount as a percent of the lines (see LineDraft)
    ship_to: Address | None = None  # copied onto the order; None: nothing to ship (a sale at the counter)
    bill_to: Address | None = None  # only when it differs from ship_to
    language: str = ""  # ar | fa | en: a walk-in's line names are taken in this language (a customer's: theirs)
    actor: str = ""  # who took the order (its payments say who took the money)


@dataclass(frozen=True)
class PlacedOrder:
    id: int
    number: int
    totals: Totals


@dataclass(frozen=True)
class OrderEventRow:
    at: datetime
    from_status: str | None
    to_status: str
    note: str


@dataclass(frozen=True)
class OrderPrintRow:
    """One printing of a document for the order (packing insert or thank-you note)."""

    at: datetime
    document: str  # inserts | notes
    size: str


@dataclass(frozen=True)
class OrderChangeRow:
    """One field an edit changed: who, when, and the value before and after as plain data (``order_edits`` says
    what each field holds)."""

    at: datetime
    actor: str
    field: str
    before: object
    after: object


@dataclass(frozen=True)
class EditedOrder:
    """What an edit saved: the order's new version (the next edit starts from it), its totals, the fields changed."""

    id: int
    number: int
    version: int
    totals: Totals
    changed: tuple[str, ...]


@dataclass(frozen=True)
class OrderLineRow:
    description: str
    quantity: int
    unit_price_minor: int
    discount_minor: int
    product_id: int | None
    sku: str = ""
    discount_basis_points: int | None = None

    @property
    def total_minor(self) -> int:
        return self.quantity * self.unit_price_minor - self.discount_minor


@dataclass(frozen=True)
class OrderDetail:
    """Everything about one order: what the order page shows."""

    row: OrderRow
    lines: tuple[OrderLineRow, ...]
    subtotal_minor: int
    discount_minor: int
    discount_code: str
    shipping_minor: int
    paid_minor: int
    payment_method: str
    carrier: str
    expected_delivery: date | None
    delivered_at: datetime | None
    gift_message: str
    notes: str
    history: tuple[OrderEventRow, ...]
    prints: tuple[OrderPrintRow, ...] = ()
    discount_basis_points: int | None = None  # the order discount as typed, when a percent
    ship_to: Address | None = None
    bill_to: Address | None = None
    version: int = 0  # what an edit of this order names as the version it was made on
    changes: tuple[OrderChangeRow, ...] = ()  # its edits, oldest first (status moves are ``history``)


@dataclass(frozen=True)
class Totals:
    subtotal_minor: int
    discount_minor: int
    shipping_minor: int
    total_minor: int
    balance_due_minor: int  # total less what was paid


@dataclass(frozen=True)
class StatusChange:
    """What a (bulk) status change did: which orders moved, and which did not and why."""

    changed: tuple[int, ...]
    skipped: dict[int, str] = field(default_factory=dict)  # order id -> reason


def draft_from_detail(detail: OrderDetail) -> OrderDraft:
    """A saved order's content as a draft, as an edit starts from it (payment fields as saved)."""
    return OrderDraft(
        lines=tuple(
            LineDraft(
                line.description,
                line.quantity,
                line.unit_price_minor,
                line.discount_minor,
                line.product_id,
                line.discount_basis_points,
            )
            for line in detail.lines
        ),
        customer_id=detail.row.customer_id,
        order_discount_minor=detail.discount_minor,
        order_discount_basis_points=detail.discount_basis_points,
        discount_code=detail.discount_code,
        shipping_minor=detail.shipping_minor,
        channel=detail.row.channel,
        payment_method=detail.payment_method or "cash",
        paid_minor=detail.paid_minor,
        carrier=detail.carrier,
        tracking_number=detail.row.tracking_number,
        expected_delivery=detail.expected_delivery,
        gift_message=detail.gift_message,
        notes=detail.notes,
        status=detail.row.status,
        ship_to=detail.ship_to,
        bill_to=detail.bill_to,
    )


# What an edit can change, as the order form and its history name them (``draft_from_detail`` fields).
EDITED_FIELDS = (
    "customer_id",
    "lines",
    "order_discount_minor",
    "order_discount_basis_points",
    "discount_code",
    "shipping_minor",
    "channel",
    "carrier",
    "tracking_number",
    "expected_delivery",
    "gift_message",
    "notes",
    "ship_to",
    "bill_to",
)


def changed_fields(before: OrderDraft, after: OrderDraft) -> tuple[str, ...]:
    """The ``EDITED_FIELDS`` in which two drafts differ."""
    return tuple(name for name in EDITED_FIELDS if getattr(before, name) != getattr(after, name))


def normalize_tracking(text: str) -> str:
    """Tracking numbers are compared without spaces, dashes or case: ``1Z 999 aa1`` -> ``1Z999AA1``."""
    return re.sub(r"[\s\-]", "", ascii_digits(strip_invisible(text))).upper()


def resolve_percents(draft: OrderDraft) -> OrderDraft:
    """The draft with each percent discount turned into its amount: a line's of its quantity times price, the
    order's of the lines after their own discounts, each rounded to the minor unit half to even."""
    lines = tuple(
        replace(line, discount_minor=percent_of(line.quantity * line.unit_price_minor, line.discount_basis_points))
        if line.discount_basis_points is not None
        else line
        for line in draft.lines
    )
    order_off = draft.order_discount_minor
    if draft.order_discount_basis_points is not None:
        order_off = percent_of(sum(line.total_minor for line in lines), draft.order_discount_basis_points)
    return replace(draft, lines=lines, order_discount_minor=order_off)


def validate_order(draft: OrderDraft, *, added_tax_minor: int = 0) -> Totals:
    """Check every field of a draft and compute its totals; raise ``InvalidInput`` naming the first bad field
    (line fields are named ``lines[i].quantity`` etc.; address fields ``ship_to.city``). Percent discounts are
    computed here (``resolve_percents``). ``added_tax_minor``: VAT added on top of prices before tax (the total
    is then the gross)."""
    draft = resolve_percents(draft)
    if not draft.lines:
        raise InvalidInput("lines", "no lines")
    subtotal = 0
    for index, line in enumerate(draft.lines):
        where = f"lines[{index}]"
        if not line.description.strip() and line.product_id is None:
            raise InvalidInput(f"{where}.description", "required", line.description)
        check_text(f"{where}.description", line.description.strip(), limit=MAX_DESCRIPTION)
        if line.quantity <= 0:
            raise InvalidInput(f"{where}.quantity", "must be positive", str(line.quantity))
        if line.quantity > MAX_QUANTITY:
            raise InvalidInput(f"{where}.quantity", "too large", str(line.quantity))
        if not 0 <= line.unit_price_minor <= MAX_AMOUNT_MINOR:
            raise InvalidInput(f"{where}.unit_price", "out of range", str(line.unit_price_minor))
        if line.quantity * line.unit_price_minor > MAX_AMOUNT_MINOR:
            raise InvalidInput(f"{where}.unit_price", "out of range", str(line.unit_price_minor))
        if not 0 <= line.discount_minor <= line.quantity * line.unit_price_minor:
            raise InvalidInput(f"{where}.discount", "more than the line", str(line.discount_minor))
        subtotal += line.total_minor
        if subtotal > MAX_AMOUNT_MINOR:
            raise InvalidInput(f"{where}.unit_price", "out of range", str(line.unit_price_minor))
    if not 0 <= draft.order_discount_minor <= subtotal:
        raise InvalidInput("order_discount", "more than the order", str(draft.order_discount_minor))
    if not 0 <= draft.shipping_minor <= MAX_AMOUNT_MINOR:
        raise InvalidInput("shipping", "out of range", str(draft.shipping_minor))
    if draft.channel not in CHANNELS:
        raise InvalidInput("channel", "unknown", draft.channel)
    if draft.status not in PIPELINE:
        raise InvalidInput("status", "unknown", draft.status)
    if draft.payment_method not in PAYMENT_METHODS:
        raise InvalidInput("payment_method", "unknown", draft.payment_method)
    total = subtotal - draft.order_discount_minor + draft.shipping_minor + added_tax_minor
    if total > MAX_AMOUNT_MINOR:
        raise InvalidInput("shipping", "out of range", str(draft.shipping_minor))
    for name, limit in (("gift_message", MAX_GIFT_MESSAGE), ("notes", MAX_NOTES), ("tracking_number", None)):
        check_text(name, getattr(draft, name), limit=limit)
    check_text("carrier", draft.carrier.strip(), limit=MAX_CODE)
    check_text("discount_code", draft.discount_code.strip(), limit=MAX_CODE)
    if draft.paid_minor < 0:
        raise InvalidInput("paid", "out of range", str(draft.paid_minor))
    # Paid is what the order brought in, never the cash handed over: more than the total would show a negative
    # balance and let a return refund more than the order was worth. A typo (a barcode in the field) is caught here.
    if draft.paid_minor > total:
        raise InvalidInput("paid", "more than the total", str(draft.paid_minor))
    if not 0 <= draft.store_credit_minor <= draft.paid_minor:
        raise InvalidInput("store_credit", "out of range", str(draft.store_credit_minor))
    if draft.store_credit_minor and draft.customer_id is None:
        raise InvalidInput("store_credit", "needs a customer")
    tracking = normalize_tracking(draft.tracking_number)
    if len(tracking) > MAX_CODE:
        raise InvalidInput("tracking_number", "too long", draft.tracking_number, limit=MAX_CODE)
    for name in ("order_discount_basis_points",):
        points = getattr(draft, name)
        if points is not None and not 0 <= points <= 10_000:
            raise InvalidInput("order_discount", "not a percent", str(points))
    for index, line in enumerate(draft.lines):
        if line.discount_basis_points is not None and not 0 <= line.discount_basis_points <= 10_000:
            raise InvalidInput(f"lines[{index}].discount", "not a percent", str(line.discount_basis_points))
    if draft.ship_to is not None:
        validate_address(draft.ship_to, field="ship_to")
    if draft.bill_to is not None:
        validate_address(draft.bill_to, field="bill_to")
    return Totals(
        subtotal_minor=subtotal,
        discount_minor=draft.order_discount_minor,
        shipping_minor=draft.shipping_minor,
        total_minor=total,
        balance_due_minor=total - draft.paid_minor,
    )


def can_move(current: str, target: str) -> str | None:
    """None when an order may go from ``current`` to ``target``; otherwise the reason it may not."""
    if target not in STATUSES:
        return "unknown status"
    if current == target:
        return "already there"
    if current in FINAL_STATUSES:
        return "final"
    if target == "cancelled":
        return None
    if PIPELINE.index(target) < PIPELINE.index(current):
        return "backwards"
    return None


def average_minor(total_minor: int, count: int) -> int:
    """An exact average in minor units, rounded half to even (no float)."""
    if count == 0:
        return 0
    return int((Decimal(total_minor) / Decimal(count)).to_integral_value(rounding=ROUND_HALF_EVEN))
