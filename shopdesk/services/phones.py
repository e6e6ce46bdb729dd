"""Phone numbers: typed in any digits, stored as E.164, searched by their national digits.

Parsing and validation come from ``phonenumbers`` (Google's libphonenumber data); the shop's country is the
default region for numbers typed without a country code.

One rule for the desk and the import alike: a number of a possible length for its country is kept (as E.164);
when the library's data does not know it as a number in use (a new range, a range kept for films such as
``+44 7700 900123``), it is kept as typed and marked unverified (``Phone.verified``), and the caller warns. Only
what cannot be a phone at all is refused: no digits, letters, a length no country uses, an unknown country code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from shopdesk.services.errors import InvalidInput
from shopdesk.services.numbers import ascii_digits
from shopdesk.services.text import strip_invisible


@dataclass(frozen=True)
class Phone:
    e164: str  # "+966501234567"
    key: str  # national significant number, "501234567": what people type when they search
    verified: bool = True  # False: a possible number the phone library does not know as valid (kept, warned)


def normalize_phone(text: str, *, region: str = "", field: str = "phone") -> Phone:
    """Parse a phone typed as ``۰۹۱۲ ۱۲۳ ۴۵۶۷``, ``+966 50 123 4567`` or ``(050) 123-4567``.

    Raises ``InvalidInput`` when it cannot be a phone number (or has no country code and the shop has no
    country); a possible number the library does not know as valid comes back with ``verified=False``.
    """
    cleaned = ascii_digits(strip_invisible(text)).strip()
    if not cleaned:
        raise InvalidInput(field, "empty", text)
    if cleaned.startswith("00"):
        cleaned = "+" + cleaned[2:]
    try:
        number = phonenumbers.parse(cleaned, region.upper() or None)
    except phonenumbers.NumberParseException as exc:
        reason = "needs a country code" if exc.error_type == exc.INVALID_COUNTRY_CODE else "not a phone number"
        raise InvalidInput(field, reason, text) from exc
    if not number.national_number or not phonenumbers.is_possible_number(number):
        raise InvalidInput(field, "not a phone number", text)
    return Phone(
        e164=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
        key=str(number.national_number),
        verified=phonenumbers.is_valid_number(number),
    )


def digits_only(text: str) -> str | None:
    """The digits of what was typed if it is only digits and phone punctuation (``+``, spaces, ``-``, ``()``)."""
    compact = re.sub(r"[\s()+\-.]", "", ascii_digits(strip_invisible(text)))
    return compact if compact.isdigit() and compact.isascii() else None


def phone_search_key(text: str, *, region: str = "") -> str:
    """The digits to look up for a partly typed phone: ``0501`` -> ``501``, ``+9665012`` -> ``5012``."""
    cleaned = ascii_digits(strip_invisible(text)).strip()
    if cleaned.startswith("00"):
        cleaned = "+" + cleaned[2:]
    digits = "".join(ch for ch in cleaned if ch.isdigit())
    if cleaned.startswith("+"):
        for length in (1, 2, 3):  # country codes are 1-3 digits
            if phonenumbers.region_code_for_country_code(int(digits[:length] or 0)) != "ZZ":
                return digits[length:]
        return digits
    return digits.lstrip("0")
