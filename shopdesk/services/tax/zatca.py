"""The QR code of a Saudi simplified tax invoice or credit note (ZATCA e-invoicing, phase 1).

As ZATCA's "QR code creation" specification gives it: five fields, each written as a tag byte (1 seller's name,
2 VAT registration number, 3 time stamp of the invoice in ISO 8601, 4 invoice total with VAT, 5 VAT total), a
length byte (the value's length in UTF-8 bytes, at most 255) and the value's UTF-8 bytes; the fields one after
another, in that order, base64-encoded. Amounts are decimals with the currency's minor digits (``115.00``);
the time stamp is UTC with a ``Z``.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, datetime

from shopdesk.services.money import minor_digits
from shopdesk.services.numbers import minor_to_decimal

TAGS = ("seller_name", "vat_number", "timestamp", "total_with_vat", "vat_total")


@dataclass(frozen=True)
class ZatcaFields:
    seller_name: str
    vat_number: str
    timestamp: str
    total_with_vat: str
    vat_total: str


def fields_for(seller_name: str, vat_number: str, at: datetime, gross_minor: int, tax_minor: int, currency: str):  # noqa: ANN201
    digits = minor_digits(currency)
    return ZatcaFields(
        seller_name=seller_name,
        vat_number=vat_number,
        timestamp=at.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        total_with_vat=str(minor_to_decimal(gross_minor, minor_digits=digits)),
        vat_total=str(minor_to_decimal(tax_minor, minor_digits=digits)),
    )


def _truncated(value: str) -> bytes:
    """At most 255 bytes of UTF-8, cut at a character boundary (a length byte holds no more)."""
    data = value.encode("utf-8")
    if len(data) <= 255:
        return data
    return data[:255].decode("utf-8", "ignore").encode("utf-8")


def encode(fields: ZatcaFields) -> str:
    """The base64 text the QR code holds."""
    out = bytearray()
    for tag, name in enumerate(TAGS, start=1):
        value = _truncated(getattr(fields, name))
        out += bytes((tag, len(value))) + value
    return base64.b64encode(bytes(out)).decode("ascii")


def decode(text: str) -> ZatcaFields:
    """The fields back from the QR's text (tests, and a check that what is printed reads back)."""
    data = base64.b64decode(text, validate=True)
    values: dict[int, str] = {}
    position = 0
    while position < len(data):
        tag, length = data[position], data[position + 1]
        values[tag] = data[position + 2 : position + 2 + length].decode("utf-8")
        position += 2 + length
    return ZatcaFields(*(values[tag] for tag in range(1, 6)))
