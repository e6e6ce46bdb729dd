"""An order's history of edits (``order_history``): each field an edit changed, with who, when, and the value
before and after as JSON text. Status moves stay in ``order_event``; prints in ``order_print``.

What a field holds (the README's ``order show --json`` documents the same):

- ``customer``: ``{"id", "name"}`` or null (a walk-in sale);
- ``line``: one line, by its place on the order, ``{"name", "sku", "product_id", "quantity", "unit_price_minor",
  "discount_minor", "discount_basis_points"}``; null before for a line added, null after for one removed;
- ``order_discount``: ``{"discount_minor", "discount_basis_points"}``; ``discount_code``, ``channel``,
  ``carrier``, ``tracking_number``, ``gift_message``, ``notes``: text; ``shipping`` and ``total``: minor units;
  ``expected_delivery``: ``"YYYY-MM-DD"`` or null; ``ship_to``, ``bill_to``: an address's fields or null.
"""

from __future__ import annotations

import json
from datetime import datetime
from itertools import zip_longest

from sqlalchemy import insert, select

from shopdesk.db.models import Customer, Order, OrderAddress, OrderChange, OrderLine
from shopdesk.services.addresses import ADDRESS_FIELDS
from shopdesk.services.order_rows import OrderChangeRow

_HISTORY = OrderChange.__table__
_ORDERS = Order.__table__
_LINES = OrderLine.__table__
_ADDRESSES = OrderAddress.__table__
# The fields an edit records, in the order the page lists them.
ORDER_FIELDS = (
    "customer",
    "order_discount",
    "discount_code",
    "shipping",
    "channel",
    "carrier",
    "tracking_number",
    "expected_delivery",
    "gift_message",
    "notes",
    "ship_to",
    "bill_to",
    "total",
)
FIELDS = (*ORDER_FIELDS[:1], "line", *ORDER_FIELDS[1:])


def content(connection, order_id: int) -> dict:  # noqa: ANN001
    """What an edit may change on the order as it is saved now, as plain data (the fields above; ``lines`` a
    list of lines)."""
    order = connection.execute(select(_ORDERS).where(_ORDERS.c.id == order_id)).one()._mapping
    name = None
    if order["customer_id"] is not None:
        name = connection.execute(
            select(Customer.__table__.c.name).where(Customer.__table__.c.id == order["customer_id"])
        ).scalar()
    lines = connection.execute(select(_LINES).where(_LINES.c.order_id == order_id).order_by(_LINES.c.id)).all()
    addresses = {
        row.kind: {name: getattr(row, name) for name in ADDRESS_FIELDS}
        for row in connection.execute(select(_ADDRESSES).where(_ADDRESSES.c.order_id == order_id))
    }
    return {
        "customer": None if order["customer_id"] is None else {"id": order["customer_id"], "name": name or ""},
        "lines": [
            {
                "name": line.description,
                "sku": line.sku,
                "product_id": line.product_id,
                "quantity": line.quantity,
                "unit_price_minor": line.unit_price_minor,
                "discount_minor": line.discount_minor,
                "discount_basis_points": line.discount_basis_points,
            }
            for line in lines
        ],
        "order_discount": {
            "discount_minor": order["discount_minor"],
            "discount_basis_points": order["discount_basis_points"],
        },
        "discount_code": order["discount_code"],
        "shipping": order["shipping_minor"],
        "channel": order["channel"],
        "carrier": order["carrier"],
        "tracking_number": order["tracking_number"],
        "expected_delivery": order["expected_delivery"].isoformat() if order["expected_delivery"] else None,
        "gift_message": order["gift_message"],
        "notes": order["notes"],
        "ship_to": addresses.get("ship"),
        "bill_to": addresses.get("bill"),
        "total": order["total_minor"],
    }


def differences(before: dict, after: dict) -> list[tuple[str, object, object]]:
    """``(field, before, after)`` for each field that differs; lines compared by their place on the order."""
    changed = []
    if before["customer"] != after["customer"]:
        changed.append(("customer", before["customer"], after["customer"]))
    for old, new in zip_longest(before["lines"], after["lines"]):
        if old != new:
            changed.append(("line", old, new))
    changed += [(name, before[name], after[name]) for name in ORDER_FIELDS[1:] if before[name] != after[name]]
    return changed


def record(connection, order_id: int, changes: list[tuple[str, object, object]], *, actor: str, at: datetime) -> None:  # noqa: ANN001
    """Write one history row per changed field (``differences``)."""
    if changes:
        connection.execute(
            insert(_HISTORY),
            [
                {
                    "order_id": order_id,
                    "at": at,
                    "actor": actor,
                    "field": name,
                    "before": json.dumps(old, ensure_ascii=False, sort_keys=True),
                    "after": json.dumps(new, ensure_ascii=False, sort_keys=True),
                }
                for name, old, new in changes
            ],
        )


def order_changes(session, order_id: int) -> tuple[OrderChangeRow, ...]:  # noqa: ANN001
    """The order's edits, oldest first, each field's values decoded."""
    rows = session.connection().execute(
        select(_HISTORY.c.at, _HISTORY.c.actor, _HISTORY.c.field, _HISTORY.c.before, _HISTORY.c.after)
        .where(_HISTORY.c.order_id == order_id)
        .order_by(_HISTORY.c.at, _HISTORY.c.id)
    )
    return tuple(
        OrderChangeRow(at, actor, field, json.loads(old), json.loads(new)) for at, actor, field, old, new in rows
    )
