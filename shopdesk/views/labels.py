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
    "other": QT_TRANSLATE_NOOP("Payment", "Other"),
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
