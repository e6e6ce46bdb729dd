"""Plain records about accounts and the audit log, and the PIN rule (no database code: views import this)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from shopdesk.services.errors import InvalidInput
from shopdesk.services.numbers import ascii_digits

ROLES = ("owner", "staff")
MIN_PIN_DIGITS = 6
MAX_PIN_DIGITS = 32
MAX_NAME = 64

# Bidi marks that a right-to-left keyboard or a paste can slip into a PIN; they are not part of it.
_INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069 "))
_PIN = re.compile(r"[0-9]+")


def clean_pin(text: str, *, field: str = "pin") -> str:
    """A PIN typed in any digits (``۱۲۳۴۵۶``, ``١٢٣٤٥٦``, ``123456``) as ASCII digits, or ``InvalidInput``
    (reasons: ``empty``, ``not digits``, ``too short``, ``too long``)."""
    pin = ascii_digits(text.translate(_INVISIBLE))
    if not pin:
        raise InvalidInput(field, "empty")
    if not _PIN.fullmatch(pin):
        raise InvalidInput(field, "not digits")
    if len(pin) < MIN_PIN_DIGITS:
        raise InvalidInput(field, "too short")
    if len(pin) > MAX_PIN_DIGITS:
        raise InvalidInput(field, "too long")
    return pin


@dataclass(frozen=True)
class AccountRow:
    id: int
    name: str
    role: str  # owner | staff
    active: bool
    created_at: datetime  # UTC
    locked_until: datetime | None = None  # set while wrong PINs make it wait


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # UTC
    account: str
    action: str  # a code from AUDIT_ACTIONS (or one a newer shopdesk wrote)
    details: dict = field(default_factory=dict)


# Every action code the app writes, so the audit list can word each one (views translate them).
AUDIT_ACTIONS = (
    "accounts.owner_created",
    "accounts.staff_added",
    "accounts.deactivated",
    "accounts.reactivated",
    "accounts.pin_changed",
    "accounts.pin_refused",
    "accounts.locked",
    "settings.open",
    "settings.save",
    "summaries.open",
    "export.orders",
    "export.customers",
    "import.orders",
    "backup.elsewhere",
    "backup.delete",
    "return.refund",
    "return.credit",
    "return.override",
    "returns.policy",
    "catalogue.edit",
    "templates.edit",
    "loyalty.adjust",
    "restore",
)
