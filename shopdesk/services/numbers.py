"""Reading numbers and money typed by people in any of the three scripts shopdesk serves.

Digits come from ``unicodedata`` (every Unicode decimal digit: Western, Arabic-Indic ``٠-٩``, Persian
``۰-۹`` and the rest), so there is no hand-written digit table. Money is held as integer minor units
(``Decimal`` while parsing); a float never carries an amount.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_EVEN, Decimal

from shopdesk.services.errors import InvalidInput

# Separators people type: the Arabic decimal separator U+066B and thousands separator U+066C, the Arabic
# comma U+060C, and plain ones. A slash is not taken as a decimal mark: "۱۲/۵۰" is refused, not guessed.
_DECIMAL_MARKS = {"\u066b": ".", ".": ".", "\u2396": "."}
_GROUP_MARKS = {"\u066c", ",", "\u060c", "\u00a0", "\u202f", " ", "'", "\u2019"}
# Bidi controls that sneak in when text is pasted from right-to-left documents.
_INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))

_PLAIN_NUMBER = re.compile(r"[+-]?([\d,]+(\.\d*)?|\.\d+)")
_SIMPLE = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")


def ascii_digits(text: str) -> str:
    """Replace every Unicode decimal digit with its ASCII digit, leaving everything else alone."""
    if text.isascii():  # most text: nothing to replace (an import reads this for every cell)
        return text
    out = []
    for ch in text:
        if ch.isdigit() and not ch.isascii():
            value = unicodedata.decimal(ch, None)
            out.append(str(value) if value is not None else ch)
        else:
            out.append(ch)
    return "".join(out)


_ORDER_NUMBER = re.compile(r"[0-9]{1,15}")  # "²" is a digit to isdigit(); more than 15 digits overflow BIGINT


def order_number(text: str) -> int | None:
    """An order (or return) number typed or scanned in any digits, or ``None`` when the text is not one."""
    text = ascii_digits(text).strip()
    return int(text) if _ORDER_NUMBER.fullmatch(text) else None


def parse_decimal(text: str, *, field: str = "number") -> Decimal:
    """Parse ``12.5``, ``۱۲٫۵``, ``١٢٫٥`` or ``1,234.50`` into a ``Decimal``.

    A group separator is accepted only between groups of three digits (``1,234``); anything else, such as a
    decimal comma (``12,5``) or ``1 2 3``, is refused as ambiguous rather than read ten times too large.
    Raises ``InvalidInput`` with the field name, so the view can put the message next to the field.
    """
    if _SIMPLE.fullmatch(text):  # "12.50": nothing to clean or check (an import reads thousands)
        return Decimal(text)
    cleaned = ascii_digits(text.translate(_INVISIBLE)).strip()
    if not cleaned:
        raise InvalidInput(field, "empty", text)
    chars = []
    for ch in cleaned:
        if ch in _DECIMAL_MARKS:
            chars.append(".")
        elif ch in _GROUP_MARKS:
            chars.append(",")
        elif ch in "\u2212\u2012\u2013":  # minus signs typed or pasted
            chars.append("-")
        else:
            chars.append(ch)
    candidate = "".join(chars)
    if not _PLAIN_NUMBER.fullmatch(candidate):
        raise InvalidInput(field, "not a number", text)
    if "," in candidate and not _GROUPED.fullmatch(candidate):
        raise InvalidInput(field, "ambiguous separator", text)
    return Decimal(candidate.replace(",", ""))


def parse_money(text: str, *, minor_digits: int = 2, field: str = "amount") -> int:
    """Parse an amount typed in any script into integer minor units (e.g. ``۱۲٫۵۰`` -> 1250).

    More decimals than the currency has are refused rather than silently rounded away.
    """
    value = parse_decimal(text, field=field)
    scaled = value.scaleb(minor_digits)
    if scaled != scaled.to_integral_value():
        raise InvalidInput(field, "too many decimals", text)
    return int(scaled.to_integral_value(rounding=ROUND_HALF_EVEN))


def minor_to_decimal(amount_minor: int, *, minor_digits: int = 2) -> Decimal:
    """Turn integer minor units back into an exact ``Decimal`` for display."""
    return Decimal(amount_minor).scaleb(-minor_digits)


def parse_whole(text: str, *, field: str, minimum: int, maximum: int) -> int | None:
    """A whole number typed in any digits (``۴۵``, ``٤٥``, ``45``) between ``minimum`` and ``maximum``, or ``None``
    for a blank field. Anything else (a sign, decimals, letters) raises ``InvalidInput(field, "not a whole number")``
    so the view can say why next to the field."""
    typed = ascii_digits(text.translate(_INVISIBLE)).strip()
    if not typed:
        return None
    if not (typed.isascii() and typed.isdigit()) or not minimum <= int(typed) <= maximum:
        raise InvalidInput(field, "not a whole number", text)
    return int(typed)


# Percent signs people type: ASCII, the Arabic percent sign U+066A, and the full-width and small forms.
_PERCENT_SIGNS = "%\u066a\uff05\ufe6a"
MAX_BASIS_POINTS = 10_000  # 100%


def percent_basis_points(text: str, *, field: str = "discount") -> int | None:
    """A percent typed in any digits (``10%``, ``١٠٪``, ``۱۰٪``, ``12.5 %``, ``%10``) in hundredths of a percent
    (1000 for 10%), or ``None`` when the text is not a percent (an amount). Refuses more than 100%, a negative
    percent or finer than a hundredth of a percent with ``InvalidInput`` naming ``field``."""
    typed = text.translate(_INVISIBLE).strip()
    if not typed or not (typed[-1] in _PERCENT_SIGNS or typed[0] in _PERCENT_SIGNS):
        return None
    number = typed[:-1] if typed[-1] in _PERCENT_SIGNS else typed[1:]
    value = parse_decimal(number.strip(), field=field) if number.strip() else None
    if value is None:
        raise InvalidInput(field, "not a number", text)
    scaled = value.scaleb(2)
    if scaled != scaled.to_integral_value():
        raise InvalidInput(field, "too many decimals", text)
    if not 0 <= scaled <= MAX_BASIS_POINTS:
        raise InvalidInput(field, "not a percent", text)
    return int(scaled)


def percent_of(amount_minor: int, basis_points: int) -> int:
    """``basis_points`` hundredths of a percent of ``amount_minor``, rounded to the minor unit half to even
    (exact: integers and ``Decimal``, never a float)."""
    share = Decimal(amount_minor) * Decimal(basis_points) / Decimal(MAX_BASIS_POINTS)
    return int(share.to_integral_value(rounding=ROUND_HALF_EVEN))


def parse_discount(
    text: str, base_minor: int, *, minor_digits: int = 2, field: str = "discount"
) -> tuple[int, int | None]:
    """A discount typed as an amount (``5``, ``٥٫٥٠``) or a percent of ``base_minor`` (``10%``, ``١٠٪``):
    ``(amount in minor units, basis points or None)``. One rule for the app and the command line."""
    basis_points = percent_basis_points(text, field=field)
    if basis_points is None:
        return parse_money(text, minor_digits=minor_digits, field=field), None
    return percent_of(base_minor, basis_points), basis_points


def format_percent(basis_points: int) -> str:
    """``1000`` -> ``10``, ``1250`` -> ``12.5`` (ASCII digits; views put them in the desk's digits)."""
    return format(Decimal(basis_points).scaleb(-2).normalize(), "f")
