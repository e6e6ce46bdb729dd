"""The shop's VAT settings and the tax records services hand out (no database here, so views can use them).

A shop that is not registered for VAT (``TaxSettings.registered`` off) charges no tax and sees none: its orders
carry no tax, no invoices are issued and the documents print no tax lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime

from shopdesk.services.errors import InvalidInput
from shopdesk.services.numbers import ascii_digits
from shopdesk.services.tax.rules import KINDS, MAX_BASIS_POINTS, RateTotal, TaxRate
from shopdesk.services.text import check_text

MAX_RATES = 20
MAX_NAME = 200
MAX_ADDRESS = 500
_CODE = re.compile(r"^[a-z0-9_\-]{1,32}$")

# The usual rates of the countries the shop may be in: what the settings offer when registering.
STANDARD_RATES = {"SA": 1500, "AE": 500, "OM": 500, "BH": 1000, "IR": 1000}


def default_rates(country: str) -> tuple[TaxRate, ...]:
    """Standard, zero-rated and exempt, the standard at the country's rate (15% when unknown)."""
    return (
        TaxRate("standard", STANDARD_RATES.get(country.upper(), 1500), "standard"),
        TaxRate("zero", 0, "zero"),
        TaxRate("exempt", 0, "exempt"),
    )


@dataclass(frozen=True)
class TaxSettings:
    """The shop's tax registration and how it charges tax."""

    registered: bool = False
    vat_number: str = ""
    legal_name_ar: str = ""
    legal_name_en: str = ""
    address: str = ""
    prices_include_tax: bool = True  # usual for retail in the Gulf
    rates: tuple[TaxRate, ...] = field(default_factory=lambda: default_rates(""))
    default_rate: str = "standard"
    shipping_rate: str = ""  # "": the default rate

    def rate(self, code: str | None) -> TaxRate:
        """The rate of this code; the default rate when the code is empty or no longer exists."""
        found = {rate.code: rate for rate in self.rates}
        return found.get(code or "") or found[self.default_rate]


def valid_vat_number(country: str, number: str) -> bool:
    """A VAT number as the country writes it: in Saudi Arabia 15 digits beginning and ending with 3; in the UAE
    and Bahrain 15 digits (TRN); in Oman "OM" and 10 digits; elsewhere 5 to 20 letters and digits."""
    country = country.upper()
    if country == "SA":
        return bool(re.fullmatch(r"3\d{13}3", number))
    if country in ("AE", "BH"):
        return bool(re.fullmatch(r"\d{15}", number))
    if country == "OM":
        return bool(re.fullmatch(r"OM\d{10}", number))
    return bool(re.fullmatch(r"[A-Z0-9]{5,20}", number))


def clean_vat_number(text: str) -> str:
    """As typed (any digits, spaces or dashes between groups) -> ASCII digits and capitals, nothing else."""
    return re.sub(r"[\s\-]", "", ascii_digits(text)).upper()


def validate_tax_settings(settings: TaxSettings, *, country: str) -> TaxSettings:
    """Check the settings (``InvalidInput`` naming the field: ``tax.vat_number``, ``tax.rates[1].percent`` …) and
    return them cleaned. A registered shop needs its VAT number and a legal name."""
    vat = clean_vat_number(settings.vat_number)
    names = {}
    for name, limit in (("legal_name_ar", MAX_NAME), ("legal_name_en", MAX_NAME), ("address", MAX_ADDRESS)):
        value = " ".join(getattr(settings, name).split()) if name != "address" else getattr(settings, name).strip()
        check_text(f"tax.{name}", value, limit=limit)
        names[name] = value
    if settings.registered:
        if not vat:
            raise InvalidInput("tax.vat_number", "required")
        if not valid_vat_number(country, vat):
            raise InvalidInput("tax.vat_number", f"not a VAT number of {country.upper() or 'this country'}", vat)
        if not names["legal_name_ar"] and not names["legal_name_en"]:
            raise InvalidInput("tax.legal_name", "required")
    elif vat and not valid_vat_number(country, vat):
        raise InvalidInput("tax.vat_number", f"not a VAT number of {country.upper() or 'this country'}", vat)
    if not settings.rates:
        raise InvalidInput("tax.rates", "required")
    if len(settings.rates) > MAX_RATES:
        raise InvalidInput("tax.rates", "too many", str(len(settings.rates)), limit=MAX_RATES)
    rates = []
    for index, rate in enumerate(settings.rates):
        where = f"tax.rates[{index}]"
        code = rate.code.strip().lower()
        if not _CODE.match(code):
            raise InvalidInput(f"{where}.code", "not a code (letters, digits, - and _)", rate.code)
        if rate.kind not in KINDS:
            raise InvalidInput(f"{where}.kind", "unknown", rate.kind)
        points = rate.basis_points if rate.kind == "standard" else 0
        if not 0 < points < MAX_BASIS_POINTS and rate.kind == "standard":
            raise InvalidInput(f"{where}.percent", "not a percent", str(rate.basis_points))
        name = " ".join(rate.name.split())
        check_text(f"{where}.name", name, limit=MAX_NAME)
        rates.append(TaxRate(code, points, rate.kind, name))
    codes = [rate.code for rate in rates]
    duplicate = next((code for code in codes if codes.count(code) > 1), None)
    if duplicate is not None:
        raise InvalidInput("tax.rates", "the same code twice", duplicate)
    default = settings.default_rate.strip().lower()
    if default not in codes:
        raise InvalidInput("tax.default_rate", "unknown", settings.default_rate)
    shipping = settings.shipping_rate.strip().lower()
    if shipping and shipping not in codes:
        raise InvalidInput("tax.shipping_rate", "unknown", settings.shipping_rate)
    return replace(settings, vat_number=vat, rates=tuple(rates), default_rate=default, shipping_rate=shipping, **names)


@dataclass(frozen=True)
class OrderTaxView:
    """An order's tax as the order page, ``order show --json`` and the documents show it."""

    prices_include_tax: bool
    lines: tuple  # LineTax per order line, in the order's line order
    shipping: object  # LineTax or None
    by_rate: tuple[RateTotal, ...]
    net_minor: int
    tax_minor: int
    gross_minor: int
    invoice_number: int | None
    credit_notes: tuple[int, ...] = ()


@dataclass(frozen=True)
class TaxDocumentRow:
    """One issued tax document: an invoice (one per order) or a credit note (a return's or a cancellation's)."""

    id: int
    kind: str  # invoice | credit_note
    number: int
    order_id: int
    order_number: int
    issued_at: datetime
    currency: str
    net_minor: int
    tax_minor: int
    gross_minor: int
    by_rate: tuple[RateTotal, ...]
    seller_name: str
    seller_vat: str
    buyer_name: str = ""
    buyer_vat: str = ""
    invoice_number: int | None = None  # a credit note's invoice
    return_number: int | None = None
    reason: str = ""
    printed_before: bool = False  # a reprint says "copy"

    @property
    def standard(self) -> bool:
        """A (full) tax invoice: the buyer is registered for VAT; otherwise a simplified one."""
        return bool(self.buyer_vat)
