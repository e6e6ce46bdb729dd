"""SQLModel tables. Money is integer minor units (``*_minor``); times are aware UTC.

A new table goes here *and* gets an Alembic migration in ``shopdesk/db/migrations/versions`` (see
ARCHITECTURE.md); the migration test fails when the two disagree.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Column, ForeignKey, Index, Integer, UniqueConstraint, func, text, true
from sqlmodel import Field, SQLModel

from shopdesk.db.types import UTCDateTime, search_text, utcnow


def _created_at() -> datetime:
    return utcnow()


class Setting(SQLModel, table=True):
    """One shop-wide setting (shop name, currency, review URL…), stored as text under a key."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(default="")
    updated_at: datetime = Field(default_factory=_created_at, sa_column=Column(UTCDateTime(), nullable=False))


class Counter(SQLModel, table=True):
    """A named, never-reused sequence (order numbers); bumped with a single atomic UPDATE."""

    __tablename__ = "counter"

    name: str = Field(primary_key=True, max_length=32)
    next_value: int = Field(sa_column=Column(BigInteger, nullable=False))


class Customer(SQLModel, table=True):
    __tablename__ = "customer"
    __table_args__ = (UniqueConstraint("phone", name="uq_customer_phone"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=10_000)
    # Normalized for search (letters folded, digits made ASCII); written by the services.
    name_key: str = Field(default="", index=True)
    phone: str | None = Field(default=None, max_length=32)  # E.164, unique (uq_customer_phone)
    # The national number's digits (no country code, no leading zero): what people type when searching.
    phone_key: str = Field(default="", sa_column=Column(search_text(20), nullable=False, index=True))
    # False: a possible number the phone library does not know as valid, kept as typed and shown as unverified.
    phone_verified: bool = Field(default=True, sa_column=Column(Boolean, nullable=False, server_default=true()))
    email: str | None = Field(default=None, max_length=320)
    birthday: date | None = None
    language: str = Field(default="en", max_length=2)  # ar | fa | en, for printed notes
    marketing_consent: bool = False
    notes: str = ""
    tags: str = ""
    # Set when this record was merged into another; it then keeps no phone and is hidden from lists.
    merged_into_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("customer.id", name="fk_customer_merged_into"), nullable=True),
    )
    # Who brought this customer (a referral program rewards both sides on the first order).
    referred_by_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("customer.id", name="fk_customer_referred_by"), nullable=True),
    )
    # When the birthday was entered or last changed: a birthday reward waits 30 days after that.
    birthday_set_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    created_at: datetime = Field(default_factory=_created_at, sa_column=Column(UTCDateTime(), nullable=False))
    vat_number: str = Field(default="", max_length=20)  # a business buyer's: they get a full tax invoice


# An import matches customers by e-mail in any letter case, thousands at a time (migration 0014).
Index("ix_customer_email_lower", func.lower(Customer.__table__.c.email))


class CustomerNameToken(SQLModel, table=True):
    """One normalized word of a customer's name, so any word can be searched by prefix through an index."""

    __tablename__ = "customer_name_token"

    customer_id: int = Field(foreign_key="customer.id", primary_key=True)
    token: str = Field(sa_column=Column(search_text(200), primary_key=True, index=True))


class Product(SQLModel, table=True):
    __tablename__ = "product"

    id: int | None = Field(default=None, primary_key=True)
    sku: str = Field(max_length=64, unique=True)
    name_en: str = ""
    name_ar: str = ""
    name_fa: str = ""
    price_minor: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    returnable: bool = True
    care_tip_en: str = ""  # care tips per language, as names are
    care_tip_ar: str = ""
    care_tip_fa: str = ""
    active: bool = True
    reorder_days: int | None = None  # a consumable's typical time between purchases, for reorder reminders
    tax_rate: str = Field(default="", max_length=32)  # the code of its VAT rate; "": the shop's default rate


class Order(SQLModel, table=True):
    __tablename__ = "shop_order"  # "order" is an SQL keyword
    __table_args__ = (
        UniqueConstraint("number", name="uq_shop_order_number"),
        UniqueConstraint("source", "external_id", name="uq_shop_order_source_external"),  # imports: once each
        # covering for the list's pages and the summaries' periods (orders, revenue, channels, customers)
        Index(
            "ix_shop_order_created_status", "created_at", "status", "currency", "channel", "customer_id", "total_minor"
        ),
        # a customer's orders in a currency up to a time: their figures, and the summaries' repeat customers and
        # lifetime value
        Index("ix_shop_order_customer_currency", "customer_id", "currency", "created_at", "status", "total_minor"),
    )

    id: int | None = Field(default=None, primary_key=True)
    number: int = Field(sa_column=Column(BigInteger, nullable=False))
    customer_id: int | None = Field(default=None, foreign_key="customer.id")
    status: str = Field(default="new", max_length=16, index=True)
    channel: str = Field(default="in_store", max_length=16)
    currency: str = Field(default="USD", max_length=3)
    subtotal_minor: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    discount_minor: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    discount_code: str = Field(default="", max_length=64)
    shipping_minor: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    total_minor: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    paid_minor: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    payment_method: str = Field(default="", max_length=32)
    carrier: str = Field(default="", max_length=64)
    tracking_number: str = Field(default="", max_length=64, index=True)  # stored without spaces, upper case
    expected_delivery: date | None = None
    gift_message: str = ""
    notes: str = ""
    created_at: datetime = Field(default_factory=_created_at, sa_column=Column(UTCDateTime(), nullable=False))
    delivered_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    # An order discount typed as a percent, in hundredths of a percent; None for an amount (see OrderLine).
    discount_basis_points: int | None = Field(default=None, sa_column=Column(Integer, nullable=True))
    source: str = Field(default="", max_length=32)  # where an imported order came from (shopify, a mapping's name)
    external_id: str | None = Field(default=None, max_length=64)  # its number there
    # VAT (services/tax): None when the shop was not registered when the order was placed. ``total_minor`` is the
    # gross; with prices before tax it includes ``tax_minor`` on top of the lines and shipping.
    tax_minor: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    prices_include_tax: bool | None = None
    shipping_tax_rate: str = Field(default="", max_length=32)
    shipping_tax_kind: str = Field(default="", max_length=8)
    shipping_tax_basis_points: int | None = Field(default=None, sa_column=Column(Integer, nullable=True))
    shipping_tax_minor: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    # Bumped by every edit of the order's content (services/order_edits.py): a desk saving an edit names the
    # version it started from, and one that another desk changed meanwhile is refused, not overwritten.
    version: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))


class OrderLine(SQLModel, table=True):
    __tablename__ = "order_line"

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="shop_order.id", index=True)
    product_id: int | None = Field(default=None, foreign_key="product.id")
    description: str = ""
    quantity: int = 1
    unit_price_minor: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    discount_minor: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    # A percent discount as typed, in hundredths of a percent (10% -> 1000); None for an amount. The amount it
    # came to is ``discount_minor``, rounded to the currency's minor unit half to even when the order was placed.
    discount_basis_points: int | None = Field(default=None, sa_column=Column(Integer, nullable=True))
    sku: str = Field(default="", max_length=64)  # the product's SKU when the line was placed; the name is above
    # The VAT rate it was sold at and what it came to after its share of the order discount (services/tax);
    # None when the order carries no tax.
    tax_rate: str = Field(default="", max_length=32)
    tax_kind: str = Field(default="", max_length=8)  # standard | zero | exempt
    tax_basis_points: int | None = Field(default=None, sa_column=Column(Integer, nullable=True))
    net_minor: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    tax_minor: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))


class AddressFields(SQLModel):
    """The fields of an address (``services/addresses.ADDRESS_FIELDS``), the same in a customer's address book and
    on an order, which copies them."""

    recipient: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=32)
    line1: str = Field(default="", max_length=200)
    line2: str = Field(default="", max_length=200)
    district: str = Field(default="", max_length=100)
    city: str = Field(default="", max_length=100)
    region: str = Field(default="", max_length=100)
    postal_code: str = Field(default="", max_length=16)  # ASCII digits, as the country writes it
    country: str = Field(default="", max_length=2)  # ISO 3166-1 alpha-2
    short_code: str = Field(default="", max_length=8)  # Saudi National Address short code (SA only)


class CustomerAddress(AddressFields, table=True):
    """One address in a customer's address book (home, work…); exactly one is the default while any exist."""

    __tablename__ = "customer_address"

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    label: str = Field(default="", max_length=64)
    is_default: bool = False
    created_at: datetime = Field(default_factory=_created_at, sa_column=Column(UTCDateTime(), nullable=False))


class OrderAddress(AddressFields, table=True):
    """Where an order goes (``kind`` "ship") and, when different, who is billed ("bill"): copied onto the order
    when it is placed, so later edits of the customer's address book never change it."""

    __tablename__ = "order_address"
    # the orders search finds orders shipped to a city by an indexed prefix range on the folded city
    __table_args__ = (Index("ix_order_address_city_key", "city_key", "kind", "order_id"),)

    order_id: int = Field(foreign_key="shop_order.id", primary_key=True)
    kind: str = Field(primary_key=True, max_length=4)  # ship | bill
    city_key: str = Field(default="", sa_column=Column(search_text(100), nullable=False))  # text.search_key(city)


class TaxDocument(SQLModel, table=True):
    """An issued tax document: an order's invoice (one per order, issued when it is placed) or a credit note (a
    return's, or a cancellation's for what the invoice had left). Never changed after it is issued, except
    ``printed_at`` (its first printing: later ones say "copy"). Numbers run per kind, without gaps."""

    __tablename__ = "tax_document"
    __table_args__ = (
        UniqueConstraint("kind", "number", name="uq_tax_document_kind_number"),
        Index("ix_tax_document_issued_at", "issued_at", "kind"),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16)  # invoice | credit_note
    number: int = Field(sa_column=Column(BigInteger, nullable=False))
    order_id: int = Field(foreign_key="shop_order.id", index=True)
    invoice_id: int | None = Field(default=None, foreign_key="tax_document.id")  # a credit note's invoice
    return_id: int | None = Field(default=None, foreign_key="return_request.id")
    issued_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    currency: str = Field(max_length=3)
    net_minor: int = Field(sa_column=Column(BigInteger, nullable=False))
    tax_minor: int = Field(sa_column=Column(BigInteger, nullable=False))
    gross_minor: int = Field(sa_column=Column(BigInteger, nullable=False))
    seller_name: str = Field(default="", max_length=200)  # as registered when issued (the QR repeats it)
    seller_vat: str = Field(default="", max_length=20)
    buyer_name: str = Field(default="", max_length=200)
    buyer_vat: str = Field(default="", max_length=20)  # set: a full tax invoice; empty: a simplified one
    reason: str = ""
    printed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))


class TaxDocumentLine(SQLModel, table=True):
    """A tax document's amounts at one rate (the tax report sums these)."""

    __tablename__ = "tax_document_line"

    document_id: int = Field(foreign_key="tax_document.id", primary_key=True)
    rate_code: str = Field(max_length=32, primary_key=True)
    kind: str = Field(max_length=8)
    basis_points: int = Field(sa_column=Column(Integer, primary_key=True))
    net_minor: int = Field(sa_column=Column(BigInteger, nullable=False))
    tax_minor: int = Field(sa_column=Column(BigInteger, nullable=False))
    gross_minor: int = Field(sa_column=Column(BigInteger, nullable=False))


class OrderEvent(SQLModel, table=True):
    """One step in an order's history (status changes), timestamped."""

    __tablename__ = "order_event"

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="shop_order.id", index=True)
    from_status: str | None = Field(default=None, max_length=16)
    to_status: str = Field(max_length=16)
    at: datetime = Field(default_factory=_created_at, sa_column=Column(UTCDateTime(), nullable=False))
    note: str = ""


class Payment(SQLModel, table=True):
    """Money that came in for an order (``kind`` "payment") or went back outside a return ("refund": one brought in
    by an import). Append-only; ``shop_order.paid_minor`` is the sum of the order's payments, kept in the same
    transaction (``services/payments``). Refunds, store credit and exchanges of returns stay in ``return_request``
    (their one record) and are read beside these as the order's money history."""

    __tablename__ = "payment"
    __table_args__ = (Index("ix_payment_order_at", "order_id", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="shop_order.id")
    kind: str = Field(default="payment", max_length=8)  # payment | refund
    method: str = Field(max_length=32)  # services/payment_records.METHODS
    amount_minor: int = Field(sa_column=Column(BigInteger, nullable=False))  # positive, in the order's currency
    at: datetime = Field(default_factory=_created_at, sa_column=Column(UTCDateTime(), nullable=False))
    actor: str = Field(default="", max_length=64)
    note: str = ""


class OrderChange(SQLModel, table=True):
    """One field of an order changed by an edit: who, when, the value before and after (JSON text). Status moves
    are ``OrderEvent`` rows; this is what was typed differently."""

    __tablename__ = "order_history"

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="shop_order.id", index=True)
    at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    actor: str = Field(default="", max_length=64)  # who edited (the desk's user)
    field: str = Field(max_length=32)  # customer | line | order_discount | shipping | notes | ship_to | total | …
    before: str = "null"
    after: str = "null"


class OrderPrint(SQLModel, table=True):
    """One printing of a document for an order (packing insert or thank-you note); reprints add rows."""

    __tablename__ = "order_print"
    # the summaries' orders printed in a period
    __table_args__ = (Index("ix_order_print_document_at", "document", "at", "order_id"),)

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="shop_order.id", index=True)
    document: str = Field(max_length=16)  # inserts | notes
    size: str = Field(default="", max_length=16)
    language: str = Field(default="", max_length=4)  # ar | fa | en | auto (each customer's own)
    at: datetime = Field(default_factory=_created_at, sa_column=Column(UTCDateTime(), nullable=False))


class ReturnRequest(SQLModel, table=True):
    """A return (RMA): some units of an order's lines coming back, and what the shop does about it."""

    __tablename__ = "return_request"
    __table_args__ = (
        UniqueConstraint("number", name="uq_return_request_number"),
        Index("ix_return_request_created_at", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    number: int = Field(sa_column=Column(BigInteger, nullable=False))  # the RMA number customers quote
    order_id: int = Field(foreign_key="shop_order.id", index=True)
    customer_id: int | None = Field(default=None, foreign_key="customer.id", index=True)
    status: str = Field(default="requested", max_length=16, index=True)
    reason: str = Field(max_length=32)
    reason_text: str = ""  # the words of "other", or details
    note: str = ""
    override_reason: str = ""  # why the owner allowed a return the policy blocks
    rejection_reason: str = ""
    condition: str = Field(default="", max_length=32)  # after inspection
    resolution: str = Field(default="", max_length=16)  # refund | credit | exchange
    currency: str = Field(default="USD", max_length=3)
    value_minor: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))  # paid for these units
    fee_minor: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))  # restocking fee
    refund_minor: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))  # what went back
    replacement_order_id: int | None = Field(default=None, foreign_key="shop_order.id")
    created_at: datetime = Field(default_factory=_created_at, sa_column=Column(UTCDateTime(), nullable=False))


class ReturnLine(SQLModel, table=True):
    __tablename__ = "return_line"

    id: int | None = Field(default=None, primary_key=True)
    return_id: int = Field(foreign_key="return_request.id", index=True)
    order_line_id: int = Field(foreign_key="order_line.id", index=True)
    quantity: int


class ReturnEvent(SQLModel, table=True):
    """One step of a return, with when and who."""

    __tablename__ = "return_event"

    id: int | None = Field(default=None, primary_key=True)
    return_id: int = Field(foreign_key="return_request.id", index=True)
    from_status: str | None = Field(default=None, max_length=16)
    to_status: str = Field(max_length=16)
    at: datetime = Field(default_factory=_created_at, sa_column=Column(UTCDateTime(), nullable=False))
    actor: str = Field(default="", max_length=64)
    note: str = ""


class StoreCreditEntry(SQLModel, table=True):
    """Append-only store credit ledger per customer: issued (+), used (-), expired (-), adjusted (±)."""

    __tablename__ = "store_credit_entry"

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    kind: str = Field(max_length=16)
    amount_minor: int = Field(sa_column=Column(BigInteger, nullable=False))  # signed
    currency: str = Field(max_length=3)
    return_id: int | None = Field(default=None, foreign_key="return_request.id")
    order_id: int | None = Field(default=None, foreign_key="shop_order.id")
    at: datetime = Field(default_factory=_created_at, sa_column=Column(UTCDateTime(), nullable=False))
    actor: str = Field(default="", max_length=64)
    note: str = ""


class LoyaltyProgram(SQLModel, table=True):
    """A loyalty program the shop runs (a punch card for now); its rules are a small JSON document."""

    __tablename__ = "loyalty_program"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16)  # punch | points | tiers | referral | birthday
    name: str = Field(max_length=200)
    active: bool = True
    rules: str = ""  # JSON, see services/loyalty_rules (PunchCard, Points, Tiers, Referral, Birthday)
    created_at: datetime = Field(default_factory=_created_at, sa_column=Column(UTCDateTime(), nullable=False))


class LoyaltyEntry(SQLModel, table=True):
    """Append-only loyalty ledger per customer and program: stamps earned (+), turned into a reward (-),
    expired (-), reversed (-, a cancelled or returned order) or adjusted (±, with a reason and who)."""

    __tablename__ = "loyalty_entry"
    __table_args__ = (
        Index("ix_loyalty_entry_customer_program", "customer_id", "program_id", "at"),
        Index("ix_loyalty_entry_at", "at", "stamps", "kind", "customer_id", "program_id"),  # the period's cards
    )

    id: int | None = Field(default=None, primary_key=True)
    customer_id: int = Field(foreign_key="customer.id")
    program_id: int = Field(foreign_key="loyalty_program.id")
    order_id: int | None = Field(default=None, foreign_key="shop_order.id", index=True)
    kind: str = Field(max_length=16)
    stamps: int
    at: datetime = Field(default_factory=_created_at, sa_column=Column(UTCDateTime(), nullable=False))
    actor: str = Field(default="", max_length=64)
    note: str = ""


class RewardCode(SQLModel, table=True):
    """A single-use reward code issued when a card fills; redeemed on exactly one order."""

    __tablename__ = "reward_code"
    __table_args__ = (UniqueConstraint("code", name="uq_reward_code_code"),)

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=32)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    program_id: int = Field(foreign_key="loyalty_program.id")
    reward: str = Field(max_length=16)  # free_item | fixed | percent
    value: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))  # minor units or percent
    issued_at: datetime = Field(default_factory=_created_at, sa_column=Column(UTCDateTime(), nullable=False))
    redeemed_order_id: int | None = Field(default=None, foreign_key="shop_order.id")
    redeemed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    # A birthday reward is good until the end of the month; a referral reward whose order was cancelled or
    # returned before it was used is voided (kept, marked), never deleted.
    expires_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    voided_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))


class Feedback(SQLModel, table=True):
    """What a customer said about an order: NPS (0-10), CSAT (1-5), a review left somewhere, a comment."""

    __tablename__ = "feedback"
    # a period's NPS, CSAT and reviews are read from the index alone
    __table_args__ = (Index("ix_feedback_at_scores", "at", "nps", "csat", "review_site"),)

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="shop_order.id", index=True)
    customer_id: int | None = Field(default=None, foreign_key="customer.id")
    nps: int | None = None
    csat: int | None = None
    review_site: str = Field(default="", max_length=64)  # where a public review was left, if one was
    comment: str = ""
    at: datetime = Field(default_factory=_created_at, sa_column=Column(UTCDateTime(), nullable=False))
    actor: str = Field(default="", max_length=64)


class FollowUp(SQLModel, table=True):
    """Something to do for a customer by a deadline: a promise made, a check-in after delivery, a birthday
    greeting, a nudge one stamp from a reward, a return waiting on the shop. Done items keep who and when."""

    __tablename__ = "follow_up"
    __table_args__ = (UniqueConstraint("source_key", name="uq_follow_up_source_key"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16)  # promise | check_in | birthday | nudge | return
    customer_id: int | None = Field(default=None, foreign_key="customer.id", index=True)
    order_id: int | None = Field(default=None, foreign_key="shop_order.id")
    what: str = ""
    owner: str = Field(default="", max_length=64)
    channel: str = Field(default="", max_length=16)
    due_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False, index=True))
    created_at: datetime = Field(default_factory=_created_at, sa_column=Column(UTCDateTime(), nullable=False))
    done_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    done_by: str = Field(default="", max_length=64)
    source_key: str | None = Field(default=None, max_length=64)  # generated items are made once


class Account(SQLModel, table=True):
    """Someone who works the desk: the owner or staff. The PIN is never stored, only its scrypt hash with this
    account's own salt and the parameters it was made with (so they can be raised later without locking anyone
    out). Failed tries and the wait they earned are kept here, so restarting the app does not reset them."""

    __tablename__ = "account"
    __table_args__ = (
        UniqueConstraint("name", name="uq_account_name"),
        # One owner: two desks setting roles up at the same moment cannot both create one (migration 0015).
        Index(
            "uq_account_one_owner",
            "role",
            unique=True,
            sqlite_where=text("role = 'owner'"),
            postgresql_where=text("role = 'owner'"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=64)
    role: str = Field(max_length=8)  # owner | staff
    pin_hash: str = Field(max_length=128)  # hex
    pin_salt: str = Field(max_length=64)  # hex, random per account and per PIN
    scrypt_n: int = Field(sa_column=Column(Integer, nullable=False))
    scrypt_r: int = Field(sa_column=Column(Integer, nullable=False))
    scrypt_p: int = Field(sa_column=Column(Integer, nullable=False))
    active: bool = True
    failed_tries: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))
    locked_until: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    created_at: datetime = Field(default_factory=_created_at, sa_column=Column(UTCDateTime(), nullable=False))


class AuditEntry(SQLModel, table=True):
    """A privileged action, who did it and when; append-only, read by the owner (Settings → Accounts)."""

    __tablename__ = "audit_entry"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=_created_at, sa_column=Column(UTCDateTime(), nullable=False, index=True))
    account: str = Field(default="", max_length=64)  # the name at the time: an account may be renamed or removed
    action: str = Field(max_length=48)  # a code such as settings.save, export.orders, return.refund
    details: str = ""  # JSON object
