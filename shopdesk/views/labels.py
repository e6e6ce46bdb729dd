"""Words for the fixed vocabularies (statuses, channels, payment methods), translated when shown."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_STATUS = {
    "new": QT_TRANSLATE_NOOP("Status", "New"),
    "paid": QT_TRANSLATE_NOOP("Status", "Paid"),
    "packed": QT_TRANSLATE_NOOP("Status", "Packed"),
    "shipped": QT_TRANSLATE_NOOP("Status", "Shipped"),
    "delivered": QT_TRANSLATE_NOOP("Status", "Delivered"),
    "cancelled": QT_TRANSLATE_NOOP("Status", "Cancelled"),
}
_CHANNEL = {
    "in_store": QT_TRANSLATE_NOOP("Channel", "In store"),
    "website": QT_TRANSLATE_NOOP("Channel", "Website"),
    "instagram": QT_TRANSLATE_NOOP("Channel", "Instagram"),
    "whatsapp": QT_TRANSLATE_NOOP("Channel", "WhatsApp"),
    "marketplace": QT_TRANSLATE_NOOP("Channel", "Marketplace"),
    "other": QT_TRANSLATE_NOOP("Channel", "Other"),
}
_PAYMENT = {
    "cash": QT_TRANSLATE_NOOP("Payment", "Cash"),
    "card": QT_TRANSLATE_NOOP("Payment", "Card"),
    "bank_transfer": QT_TRANSLATE_NOOP("Payment", "Bank transfer"),
    "cash_on_delivery": QT_TRANSLATE_NOOP("Payment", "Cash on delivery"),
    "wallet": QT_TRANSLATE_NOOP("Payment", "Wallet"),
    "store_credit": QT_TRANSLATE_NOOP("Payment", "Store credit"),
    "other": QT_TRANSLATE_NOOP("Payment", "Other"),
}
_RETURN_STATUS = {
    "requested": QT_TRANSLATE_NOOP("ReturnStatus", "Requested"),
    "approved": QT_TRANSLATE_NOOP("ReturnStatus", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("ReturnStatus", "Rejected"),
    "received": QT_TRANSLATE_NOOP("ReturnStatus", "Received"),
    "inspected": QT_TRANSLATE_NOOP("ReturnStatus", "Inspected"),
    "refunded": QT_TRANSLATE_NOOP("ReturnStatus", "Refunded"),
    "credited": QT_TRANSLATE_NOOP("ReturnStatus", "Store credit given"),
    "exchanged": QT_TRANSLATE_NOOP("ReturnStatus", "Exchanged"),
    "closed": QT_TRANSLATE_NOOP("ReturnStatus", "Closed"),
}
REASON_SOURCES = {
    "damaged": QT_TRANSLATE_NOOP("ReturnReason", "Damaged on arrival"),
    "wrong_item": QT_TRANSLATE_NOOP("ReturnReason", "Wrong item sent"),
    "wrong_size": QT_TRANSLATE_NOOP("ReturnReason", "Wrong size"),
    "not_as_described": QT_TRANSLATE_NOOP("ReturnReason", "Not as described"),
    "changed_mind": QT_TRANSLATE_NOOP("ReturnReason", "Changed their mind"),
    "other": QT_TRANSLATE_NOOP("ReturnReason", "Other"),
}
_CONDITION = {
    "as_new": QT_TRANSLATE_NOOP("Condition", "As new"),
    "opened": QT_TRANSLATE_NOOP("Condition", "Opened"),
    "used": QT_TRANSLATE_NOOP("Condition", "Used"),
    "damaged": QT_TRANSLATE_NOOP("Condition", "Damaged"),
}


# Each language's name in itself, so anyone can find theirs whatever language is showing now.
LANGUAGE_NAMES = {"en": "English", "ar": "العربية", "fa": "فارسی"}


def status_text(status: str) -> str:
    return QCoreApplication.translate("Status", _STATUS[status]) if status in _STATUS else status


def channel_text(channel: str) -> str:
    return QCoreApplication.translate("Channel", _CHANNEL[channel]) if channel in _CHANNEL else channel


def payment_text(method: str) -> str:
    return QCoreApplication.translate("Payment", _PAYMENT[method]) if method in _PAYMENT else method


def in_ui_direction(text: str) -> str:
    """Start ``text`` with the interface's direction mark, so a line made only of isolated user data (a name, a
    phone) reads and aligns like the interface around it instead of falling back to left-to-right."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    mark = "\u200f" if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else "\u200e"
    return mark + text


def return_status_text(status: str) -> str:
    return QCoreApplication.translate("ReturnStatus", _RETURN_STATUS[status]) if status in _RETURN_STATUS else status


def reason_text(reason: str) -> str:
    return QCoreApplication.translate("ReturnReason", REASON_SOURCES[reason]) if reason in REASON_SOURCES else reason


def condition_text(condition: str) -> str:
    return QCoreApplication.translate("Condition", _CONDITION[condition]) if condition in _CONDITION else condition
