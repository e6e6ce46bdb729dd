"""Words for an order's edits: the fields' names (the history on the order's page, the fields another desk
changed), one history row as a line of text, and why an order may no longer be edited."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from shopdesk.services.addresses import Address
from shopdesk.services.order_rows import OrderChangeRow
from shopdesk.services.text import safe_single_line
from shopdesk.views.labels import channel_text
from shopdesk.views.locale_format import Formatter

_CONTEXT = "OrderHistory"
_FIELDS = {
    "customer": QT_TRANSLATE_NOOP("OrderHistory", "Customer"),
    "customer_id": QT_TRANSLATE_NOOP("OrderHistory", "Customer"),
    "line": QT_TRANSLATE_NOOP("OrderHistory", "Items"),
    "lines": QT_TRANSLATE_NOOP("OrderHistory", "Items"),
    "order_discount": QT_TRANSLATE_NOOP("OrderHistory", "Order discount"),
    "order_discount_minor": QT_TRANSLATE_NOOP("OrderHistory", "Order discount"),
    "order_discount_basis_points": QT_TRANSLATE_NOOP("OrderHistory", "Order discount"),
    "discount_code": QT_TRANSLATE_NOOP("OrderHistory", "Discount code"),
    "shipping": QT_TRANSLATE_NOOP("OrderHistory", "Shipping"),
    "shipping_minor": QT_TRANSLATE_NOOP("OrderHistory", "Shipping"),
    "channel": QT_TRANSLATE_NOOP("OrderHistory", "Channel"),
    "carrier": QT_TRANSLATE_NOOP("OrderHistory", "Carrier"),
    "tracking_number": QT_TRANSLATE_NOOP("OrderHistory", "Tracking number"),
    "expected_delivery": QT_TRANSLATE_NOOP("OrderHistory", "Expected delivery"),
    "gift_message": QT_TRANSLATE_NOOP("OrderHistory", "Gift message"),
    "notes": QT_TRANSLATE_NOOP("OrderHistory", "Internal notes"),
    "ship_to": QT_TRANSLATE_NOOP("OrderHistory", "Ship to"),
    "bill_to": QT_TRANSLATE_NOOP("OrderHistory", "Bill to"),
    "total": QT_TRANSLATE_NOOP("OrderHistory", "Total"),
}
_NOT_EDITABLE = {
    "packed": QT_TRANSLATE_NOOP(
        "OrderHistory", "This order is packed or on its way: a change now goes through a return or a cancellation."
    ),
    "cancelled": QT_TRANSLATE_NOOP("OrderHistory", "This order is cancelled and cannot be changed."),
    "returned": QT_TRANSLATE_NOOP(
        "OrderHistory", "This order has a return: a change now goes through the return or a cancellation."
    ),
}
_MONEY_FIELDS = ("shipping", "total")
_TEXT_FIELDS = ("discount_code", "carrier", "tracking_number", "gift_message", "notes")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def field_text(name: str) -> str:
    return _tr(_FIELDS[name]) if name in _FIELDS else name


def not_editable_text(reason: str) -> str:
    return _tr(_NOT_EDITABLE.get(reason, _NOT_EDITABLE["packed"]))


def _short(text: str, limit: int = 40) -> str:
    """User text on one line, isolated, cut at ``limit`` characters."""
    text = " ".join(text.split())
    return safe_single_line(text if len(text) <= limit else text[: limit - 1] + "…") if text else "—"


def _in_ui_direction(text: str, f: Formatter) -> str:
    """Isolated in the interface's direction: an amount (``۶۰٫۰۰ SAR``) or one side of a change reads as the totals
    do, whatever digits and words sit around it."""
    rtl = f.locale.textDirection() == Qt.LayoutDirection.RightToLeft
    return ("\u2067" if rtl else "\u2066") + text + "\u2069"


def _value(field: str, value: object, f: Formatter, currency: str) -> str:
    """One side of a change, as the page shows it, isolated."""
    return _in_ui_direction(_plain_value(field, value, f, currency), f)


def _plain_value(field: str, value: object, f: Formatter, currency: str) -> str:
    if value is None:
        if field == "customer":
            return QCoreApplication.translate("OrderHistory", "Walk-in sale")
        if field == "bill_to":
            return QCoreApplication.translate("OrderHistory", "same as ship to")
        return "—"
    if field == "customer":
        return safe_single_line(value["name"])

    def money(amount: int) -> str:
        return _in_ui_direction(f.money(int(amount), currency), f)

    if field in _MONEY_FIELDS:
        return money(value)
    if field == "order_discount":
        amount = money(value["discount_minor"])
        points = value.get("discount_basis_points")
        return amount if points is None else f"{f.basis_points(points)} = {amount}"
    if field == "channel":
        return channel_text(str(value))
    if field == "expected_delivery":
        from datetime import date

        return f.long_date(date.fromisoformat(str(value)))
    if field in ("ship_to", "bill_to"):
        address = Address(**{k: v for k, v in dict(value).items() if k in Address.__dataclass_fields__})
        return " · ".join(_short(part, 30) for part in (address.line1, address.city) if part) or "—"
    if field == "line":
        line = dict(value)
        text = f"{f.integer(line['quantity'])} × {_short(line['name'])} @ {money(line['unit_price_minor'])}"
        if line.get("discount_minor"):
            text += " −" + money(line["discount_minor"])
        return text
    return _short(str(value))


def change_text(change: OrderChangeRow, f: Formatter, arrow: str, currency: str) -> str:
    """``Items: 2 × Coffee @ 10.00 → 3 × Coffee @ 10.00``, ``Customer: Ali → Reza`` (``arrow`` points the way the
    line reads)."""
    if change.field == "line" and change.before is None:
        return QCoreApplication.translate("OrderHistory", "Item added: %1").replace(
            "%1", _value("line", change.after, f, currency)
        )
    if change.field == "line" and change.after is None:
        return QCoreApplication.translate("OrderHistory", "Item removed: %1").replace(
            "%1", _value("line", change.before, f, currency)
        )
    before = _value(change.field, change.before, f, currency)
    after = _value(change.field, change.after, f, currency)
    return f"{field_text(change.field)}: {before}{arrow}{after}"
