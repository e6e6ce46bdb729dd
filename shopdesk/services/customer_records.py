"""Customer records as services hand them out, and the rules a customer's details must follow.

No database imports here: the customer form validates as you type with these rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from shopdesk.services.addresses import BookAddress
from shopdesk.services.errors import InvalidInput
from shopdesk.services.order_rows import OrderRow
from shopdesk.services.text import check_email, check_text, search_key

# What a customer's fields take, in characters: a name fits a printed label and a list row, notes a page of text,
# tags a line of them.
MAX_NAME = 200
MAX_NOTES = 10_000
MAX_TAGS = 500
LANGUAGES = ("ar", "fa", "en")


@dataclass(frozen=True)
class CustomerDraft:
    """What a person typed for a customer; ``validate_customer`` cleans it."""

    name: str
    phone: str = ""
    email: str = ""
    birthday: date | None = None
    language: str = "en"  # for printed notes
    marketing_consent: bool = False
    notes: str = ""
    tags: str = ""  # comma-separated
    referred_by_id: int | None = None  # the customer who brought this one (a merged one stands for its kept one)


@dataclass(frozen=True)
class CustomerSummary:
    id: int
    name: str
    phone: str
    email: str
    language: str


@dataclass(frozen=True)
class CustomerListFigures:
    """A listed customer's orders not cancelled, in the shop's currency (the Customers list's columns)."""

    orders: int
    spent_minor: int
    last_order_at: datetime | None
    currency: str


@dataclass(frozen=True)
class CustomerFigures:
    """Computed in SQL over the customer's orders that were not cancelled."""

    orders: int
    total_spent_minor: int
    average_order_minor: int
    first_order_at: datetime | None
    last_order_at: datetime | None
    days_since_last_order: int | None
    lifetime_value_minor: int  # what the customer has brought in: spent, less what returns gave back
    orders_in_other_currencies: int = 0  # not in the sums above: amounts in two currencies do not add up


@dataclass(frozen=True)
class CustomerProfile:
    id: int
    name: str
    phone: str
    email: str
    birthday: date | None
    language: str
    marketing_consent: bool
    notes: str
    tags: tuple[str, ...]
    created_at: datetime
    currency: str
    figures: CustomerFigures
    referred_by_id: int | None = None
    referred_by_name: str = ""
    referred_by_phone: str = ""  # E.164, empty when the referrer has none
    birthday_set_at: datetime | None = None  # UTC; a birthday reward waits 30 days after it
    phone_verified: bool = True  # False: kept as typed, the phone library does not know it as valid
    recent_orders: list[OrderRow] = field(default_factory=list)
    addresses: tuple[BookAddress, ...] = ()  # the address book, the default first


def clean_tags(text: str) -> str:
    seen: list[str] = []
    for tag in re.split(r"[,،]", text):
        tag = " ".join(tag.split())
        if tag and tag.casefold() not in (t.casefold() for t in seen):
            seen.append(tag)
    return ", ".join(seen)


def validate_customer(draft: CustomerDraft, *, name_key: str | None = None) -> CustomerDraft:
    """Return the draft cleaned, or raise ``InvalidInput`` naming the field. The phone is checked by the service.
    ``name_key``: the name's ``search_key`` when the caller has it already (an import keys thousands of names).

    Names are kept exactly as typed (markup, ``&`` and control characters included; views show them safely),
    only trimmed at the ends.
    """
    name = draft.name.strip()
    if not name:
        raise InvalidInput("name", "required", draft.name)
    for field_name, limit in (("name", None), ("phone", None), ("email", None), ("notes", MAX_NOTES), ("tags", None)):
        check_text(field_name, getattr(draft, field_name), limit=limit)  # what a database cannot keep, and sizes
    check_text("name", name, limit=MAX_NAME)
    if not (search_key(name) if name_key is None else name_key):
        raise InvalidInput("name", "no letters", draft.name)
    email = check_email("email", draft.email)
    if draft.language not in LANGUAGES:
        raise InvalidInput("language", "unknown language", draft.language)
    if draft.birthday is not None and not (date(1900, 1, 1) <= draft.birthday <= date.today()):
        raise InvalidInput("birthday", "not a plausible birthday", draft.birthday.isoformat())
    tags = clean_tags(draft.tags)
    check_text("tags", tags, limit=MAX_TAGS)
    return replace(draft, name=name, email=email, phone=draft.phone.strip(), tags=tags)
