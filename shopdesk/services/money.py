"""Currencies: how many minor digits each has (ISO 4217) and validation of currency codes."""

from __future__ import annotations

import re

from shopdesk.services.errors import InvalidInput

# ISO 4217 minor units that differ from the common 2. Three-digit dinars are common in our region.
_MINOR_DIGITS = {
    "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
    "IRR": 0, "JPY": 0, "KRW": 0, "VND": 0, "CLP": 0, "ISK": 0, "UGX": 0, "XAF": 0, "XOF": 0,
}  # fmt: skip
_CODE = re.compile(r"[A-Z]{3}")


def minor_digits(currency: str) -> int:
    return _MINOR_DIGITS.get(currency.upper(), 2)


def validate_currency(code: str) -> str:
    cleaned = code.strip().upper()
    if not _CODE.fullmatch(cleaned):
        raise InvalidInput("currency", "not an ISO 4217 code", code)
    return cleaned
