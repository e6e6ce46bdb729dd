"""The store credit ledger's reading and writing inside another service's transaction (orders spend credit,
returns issue it). Append-only: a balance is always the sum of the customer's entries in that currency."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import select

from shopdesk.db.models import Customer, StoreCreditEntry
from shopdesk.db.types import utcnow
from shopdesk.services.errors import InvalidInput
from shopdesk.services.locks import lock_row


def lock_customer(session, customer_id: int) -> None:  # noqa: ANN001
    """Make a second desk spending the same customer's credit wait until this transaction ends."""
    lock_row(session, Customer.__table__, customer_id)


def balance(session, customer_id: int, currency: str) -> int:  # noqa: ANN001
    return int(
        session.exec(
            select(func.coalesce(func.sum(StoreCreditEntry.amount_minor), 0)).where(
                StoreCreditEntry.customer_id == customer_id, StoreCreditEntry.currency == currency
            )
        ).one()
    )


def add_entry(session, customer_id: int, kind: str, amount_minor: int, currency: str, **details) -> None:  # noqa: ANN001
    """One ledger line: ``kind`` issued (+), used, expired (-); ``details`` are return_id, order_id, actor, note
    and at (now when not given)."""
    details.setdefault("at", utcnow())
    session.add(
        StoreCreditEntry(customer_id=customer_id, kind=kind, amount_minor=amount_minor, currency=currency, **details)
    )


def spend(session, customer_id: int, amount_minor: int, currency: str, *, order_id=None, actor="", at=None) -> int:  # noqa: ANN001
    """Take ``amount_minor`` of the customer's credit (locked first); refuses more than the balance. Returns
    the balance left."""
    if amount_minor <= 0:
        raise InvalidInput("store_credit", "not positive", str(amount_minor))
    lock_customer(session, customer_id)
    available = balance(session, customer_id, currency)
    if amount_minor > available:
        raise InvalidInput("store_credit", "more than the store credit", str(amount_minor))
    add_entry(session, customer_id, "used", -amount_minor, currency, order_id=order_id, actor=actor, at=at or utcnow())
    return available - amount_minor
