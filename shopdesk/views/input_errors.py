"""The words for every reason a service refuses what was typed, in one place for every form."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from shopdesk.services.errors import DuplicatePhone, InvalidInput
from shopdesk.services.text import safe_single_line

_REASONS = {
    "required": QT_TRANSLATE_NOOP("InputErrors", "This is required."),
    "empty": QT_TRANSLATE_NOOP("InputErrors", "This is required."),
    "not a number": QT_TRANSLATE_NOOP("InputErrors", "Type a number, e.g. 12.50 or ۱۲٫۵۰."),
    "ambiguous separator": QT_TRANSLATE_NOOP(
        "InputErrors", "Use a point for decimals (12.50); a comma only between thousands."
    ),
    "too many decimals": QT_TRANSLATE_NOOP("InputErrors", "Too many decimals for this currency."),
    "must be positive": QT_TRANSLATE_NOOP("InputErrors", "The quantity must be at least 1."),
    "whole numbers only": QT_TRANSLATE_NOOP("InputErrors", "The quantity must be a whole number."),
    "too large": QT_TRANSLATE_NOOP("InputErrors", "This is too large."),
    "too long": QT_TRANSLATE_NOOP("InputErrors", "This is too long."),
    "out of range": QT_TRANSLATE_NOOP("InputErrors", "This amount is not possible."),
    "more than the line": QT_TRANSLATE_NOOP("InputErrors", "The discount is more than the line."),
    "more than the order": QT_TRANSLATE_NOOP("InputErrors", "The discount is more than the order."),
    "no lines": QT_TRANSLATE_NOOP("InputErrors", "Add at least one line."),
    "less than paid": QT_TRANSLATE_NOOP(
        "InputErrors",
        "The order would come to less than was paid for it. An edit does not change what was paid: give money "
        "back with a return, or cancel the order.",
    ),
    "store credit used": QT_TRANSLATE_NOOP(
        "InputErrors",
        "The order was paid with this customer's store credit, so it stays theirs. To sell it to someone else, "
        "cancel it and place a new order.",
    ),
    "reward code used": QT_TRANSLATE_NOOP(
        "InputErrors", "The order uses this customer's reward code. Take the code off first, then change the customer."
    ),
    "not a phone number": QT_TRANSLATE_NOOP("InputErrors", "This is not a phone number."),
    "needs a country code": QT_TRANSLATE_NOOP(
        "InputErrors", "Add the country code (e.g. +966), or set the shop's country."
    ),
    "no letters": QT_TRANSLATE_NOOP("InputErrors", "A name needs letters."),
    "not found": QT_TRANSLATE_NOOP("InputErrors", "This no longer exists; choose again."),
    "not an e-mail address": QT_TRANSLATE_NOOP("InputErrors", "This is not an e-mail address."),
    "not a plausible birthday": QT_TRANSLATE_NOOP("InputErrors", "This birthday is not possible."),
    "more than the store credit": QT_TRANSLATE_NOOP("InputErrors", "This is more than the customer's store credit."),
    "needs a customer": QT_TRANSLATE_NOOP("InputErrors", "Store credit belongs to a customer: choose one first."),
    "already used": QT_TRANSLATE_NOOP("InputErrors", "This reward code was used already."),
    "another customer's reward": QT_TRANSLATE_NOOP("InputErrors", "This reward belongs to another customer."),
    "unknown reward code": QT_TRANSLATE_NOOP("InputErrors", "There is no reward with this code."),
    "needs the customer": QT_TRANSLATE_NOOP("InputErrors", "Choose the customer whose reward this is."),
    "less than the reward": QT_TRANSLATE_NOOP("InputErrors", "The discount must be what the reward gives."),
    "voided": QT_TRANSLATE_NOOP("InputErrors", "This reward was taken back (its order was cancelled or returned)."),
    "expired": QT_TRANSLATE_NOOP("InputErrors", "This reward's last day has passed."),
    "not a whole number": QT_TRANSLATE_NOOP("InputErrors", "Type a whole number."),
    # addresses and percent discounts
    "not a country code": QT_TRANSLATE_NOOP(
        "InputErrors", "Choose a country, or type its two-letter code (SA, AE, IR…)."
    ),
    "only for Saudi Arabia": QT_TRANSLATE_NOOP("InputErrors", "A short code belongs to a Saudi National Address."),
    "not a short code": QT_TRANSLATE_NOOP("InputErrors", "A short code is 4 letters and 4 digits, e.g. RRRD2929."),
    "no postal codes there": QT_TRANSLATE_NOOP("InputErrors", "This country has no postal codes: leave it empty."),
    "not a postal code there": QT_TRANSLATE_NOOP("InputErrors", "This is not a postal code of that country."),
    "too many addresses": QT_TRANSLATE_NOOP("InputErrors", "A customer keeps at most 50 addresses."),
    "not a percent": QT_TRANSLATE_NOOP("InputErrors", "A percent is between 0% and 100%."),
    "contains a NUL character": QT_TRANSLATE_NOOP("InputErrors", "This holds a NUL character, which cannot be kept."),
    "broken character": QT_TRANSLATE_NOOP(
        "InputErrors", "This holds a broken character, which cannot be kept; type or paste it again."
    ),
    "more than the total": QT_TRANSLATE_NOOP(
        "InputErrors", "This is more than the order's total: record what the order costs, not the cash handed over."
    ),
    "before from": QT_TRANSLATE_NOOP("InputErrors", "The last day comes before the first."),
    # importing files
    "wrong column count": QT_TRANSLATE_NOOP("InputErrors", "This row has a different number of columns."),
    "order rows apart": QT_TRANSLATE_NOOP(
        "InputErrors", "This order's rows are not together: an order's lines must follow each other."
    ),
    "order number too long": QT_TRANSLATE_NOOP(
        "InputErrors", "An order number is kept up to 64 characters; this one is longer."
    ),
    "bytes not in the encoding": QT_TRANSLATE_NOOP(
        "InputErrors", "Bytes the chosen encoding cannot read (shown as \\xNN)."
    ),
    "phone unverified": QT_TRANSLATE_NOOP(
        "InputErrors", "Warning: this number is not known to be in use; kept as typed, marked unverified."
    ),
    "not a date": QT_TRANSLATE_NOOP("InputErrors", "This is not a date."),
    "ambiguous date": QT_TRANSLATE_NOOP(
        "InputErrors", "Day or month first? Choose the date order in the column mapping."
    ),
    "unknown status": QT_TRANSLATE_NOOP("InputErrors", "This status is not known."),
    "unknown": QT_TRANSLATE_NOOP("InputErrors", "This is not known."),
    "not a mapping name": QT_TRANSLATE_NOOP(
        "InputErrors", "Use small letters, digits, - and _ (not shopify or woocommerce)."
    ),
}
# Field-specific wording where the general one would mislead.
_FIELD_REASONS = {
    ("name", "too long"): QT_TRANSLATE_NOOP("InputErrors", "This is too long (at most 200 characters)."),
    ("store_credit", "out of range"): QT_TRANSLATE_NOOP(
        "InputErrors", "Store credit cannot be negative or more than what is paid."
    ),
    ("referred_by", "not found"): QT_TRANSLATE_NOOP("InputErrors", "No customer has this phone or number."),
    ("referred_by", "same customer"): QT_TRANSLATE_NOOP("InputErrors", "A customer cannot refer themselves."),
    ("referred_by", "refers back"): QT_TRANSLATE_NOOP(
        "InputErrors", "This customer was referred by the one you are editing; a referral cannot go both ways."
    ),
}


_TOO_LONG = QT_TRANSLATE_NOOP("InputErrors", "This is too long (at most %1 characters).")


def input_error_text(exc: InvalidInput | DuplicatePhone) -> str:
    """What to show next to the field ``exc`` names."""
    if isinstance(exc, DuplicatePhone):
        text = QCoreApplication.translate("InputErrors", "This phone belongs to %1.")
        return text.replace("%1", safe_single_line(exc.existing_name))
    if exc.reason == "too long" and exc.limit is not None:  # the service says how much the field takes
        return QCoreApplication.translate("InputErrors", _TOO_LONG).replace("%1", QLocale().toString(exc.limit))
    return reason_text(exc.reason, exc.field)


def reason_text(reason: str, field: str = "") -> str:
    """The words for a reason a service gave (``InvalidInput.reason``, an import's ``RowProblem.reason``)."""
    source = _FIELD_REASONS.get((field, reason)) or _REASONS.get(reason)
    return QCoreApplication.translate("InputErrors", source) if source else reason
