"""Addresses as services hand them out, the rules they follow, and how they are laid out for printing.

No database here: the order form and the customer dialog check an address as it is typed with these rules, and
the packing slip lays one out with ``address_lines``. Postal codes are checked per country where the rule is
simple (a small table); digits may be typed in any script and are kept as ASCII digits. The Saudi National
Address short code (4 letters and 4 digits, ``RRRD2929``) belongs to Saudi addresses only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

from shopdesk.services.errors import InvalidInput
from shopdesk.services.numbers import ascii_digits
from shopdesk.services.text import check_text, strip_invisible

ADDRESS_FIELDS = (
    "recipient",
    "phone",
    "line1",
    "line2",
    "district",
    "city",
    "region",
    "postal_code",
    "country",
    "short_code",
)
_LENGTHS = {"recipient": 200, "phone": 32, "line1": 200, "line2": 200, "district": 100, "city": 100, "region": 100}
MAX_LABEL = 64

# Postal codes by country, as written there (after digits are made ASCII, spaces trimmed, letters upper case).
# A country missing here takes any postal code of up to 16 characters; None: the country has no postal codes.
POSTAL_CODES: dict[str, re.Pattern | None] = {
    "IR": re.compile(r"[0-9]{10}"),  # typed 12345-67890 too: the dash is dropped
    "SA": re.compile(r"[0-9]{5}(-[0-9]{4})?"),  # 12345, or with the 4-digit additional number
    "AE": None,
    "QA": None,
    "US": re.compile(r"[0-9]{5}(-[0-9]{4})?"),
    "GB": re.compile(r"(GIR 0AA|[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2})"),
    "KW": re.compile(r"[0-9]{5}"),
    "EG": re.compile(r"[0-9]{5}"),
    "JO": re.compile(r"[0-9]{5}"),
    "IQ": re.compile(r"[0-9]{5}"),
    "TR": re.compile(r"[0-9]{5}"),
    "DE": re.compile(r"[0-9]{5}"),
    "FR": re.compile(r"[0-9]{5}"),
    "OM": re.compile(r"[0-9]{3}"),
    "BH": re.compile(r"[0-9]{3,4}"),
    "CA": re.compile(r"[A-Z][0-9][A-Z] [0-9][A-Z][0-9]"),
}
# Countries shops in our region ship to most, in the order the forms offer them.
COUNTRIES = ("SA", "AE", "IR", "KW", "QA", "BH", "OM", "IQ", "JO", "EG", "TR", "GB", "US", "DE", "FR", "CA")
# A shop's currency tells where most of its parcels go: the country an address form starts with.
_CURRENCY_COUNTRY = {
    "SAR": "SA", "AED": "AE", "IRR": "IR", "IRT": "IR", "KWD": "KW", "QAR": "QA", "BHD": "BH", "OMR": "OM",
    "IQD": "IQ", "JOD": "JO", "EGP": "EG", "TRY": "TR", "GBP": "GB", "USD": "US", "CAD": "CA",
}  # fmt: skip
SHORT_CODE = re.compile(r"[A-Z]{4}[0-9]{4}")
_COUNTRY = re.compile(r"[A-Z]{2}")


@dataclass(frozen=True)
class Address:
    """An address as typed or kept: on an order (copied) or in a customer's address book."""

    recipient: str = ""
    phone: str = ""
    line1: str = ""
    line2: str = ""
    district: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""  # ISO 3166-1 alpha-2
    short_code: str = ""  # Saudi National Address short code

    def is_blank(self) -> bool:
        return not any(getattr(self, name).strip() for name in ADDRESS_FIELDS)

    def values(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in ADDRESS_FIELDS}


@dataclass(frozen=True)
class BookAddress:
    """One address of a customer's address book."""

    id: int
    label: str  # home, work… as the shop typed it
    is_default: bool
    address: Address


@dataclass(frozen=True)
class BookEntry:
    """An address book entry as the customer dialog hands it over: ``id`` None for a new one."""

    address: Address
    label: str = ""
    is_default: bool = False
    id: int | None = None


assert tuple(f.name for f in fields(Address)) == ADDRESS_FIELDS


def default_country(currency: str) -> str:
    """The country an address form starts with for a shop in this currency ("" when it cannot tell)."""
    return _CURRENCY_COUNTRY.get(currency.upper(), "")


def normalize_postal_code(text: str, country: str) -> str:
    """A postal code typed in any digits as the country writes it: ``۱۲۳۴۵-۶۷۸۹۰`` -> ``1234567890`` (Iran)."""
    code = " ".join(ascii_digits(strip_invisible(text)).upper().split())
    if country == "IR":
        code = code.replace("-", "").replace(" ", "")
    elif country in ("GB", "CA") and " " not in code and len(code) > 3:
        code = code[:-3] + " " + code[-3:]  # SW1A1AA -> SW1A 1AA
    return code


def normalize_short_code(text: str) -> str:
    """A short code typed in any digits, any case, with spaces: ``rrrd ٢٩٢٩`` -> ``RRRD2929``."""
    return "".join(ascii_digits(strip_invisible(text)).upper().split())


def validate_address(address: Address, *, field: str = "ship_to") -> Address:
    """The address cleaned (trimmed, ASCII digits in codes), or ``InvalidInput`` naming the first bad field as
    ``<field>.<name>`` (``ship_to.postal_code``) so the form can say it next to that field."""
    cleaned = {name: strip_invisible(getattr(address, name)).strip() for name in ADDRESS_FIELDS}
    for name, value in cleaned.items():  # NUL and broken characters refused, lengths kept (services.text)
        check_text(f"{field}.{name}", value, limit=_LENGTHS.get(name))
    country = cleaned["country"].upper()
    if not country:
        raise InvalidInput(f"{field}.country", "required", address.country)
    if not _COUNTRY.fullmatch(country) or country not in _regions():
        raise InvalidInput(f"{field}.country", "not a country code", address.country)
    short_code = normalize_short_code(cleaned["short_code"])
    if short_code and country != "SA":
        raise InvalidInput(f"{field}.short_code", "only for Saudi Arabia", address.short_code)
    if short_code and not SHORT_CODE.fullmatch(short_code):
        raise InvalidInput(f"{field}.short_code", "not a short code", address.short_code)
    if not cleaned["city"]:
        raise InvalidInput(f"{field}.city", "required", address.city)
    if not cleaned["line1"] and not short_code:
        raise InvalidInput(f"{field}.line1", "required", address.line1)
    postal = normalize_postal_code(cleaned["postal_code"], country)
    if postal:
        rule = POSTAL_CODES.get(country, re.compile(r"[0-9A-Z][0-9A-Z -]{0,15}"))
        if rule is None:
            raise InvalidInput(f"{field}.postal_code", "no postal codes there", address.postal_code)
        if not rule.fullmatch(postal):
            raise InvalidInput(f"{field}.postal_code", "not a postal code there", address.postal_code)
    cleaned["phone"] = ascii_digits(cleaned["phone"])
    return replace(address, **{**cleaned, "country": country, "postal_code": postal, "short_code": short_code})


def _regions() -> frozenset[str]:
    import phonenumbers  # its list of ISO 3166 regions (a dependency already, for phone numbers)

    return frozenset(phonenumbers.SUPPORTED_REGIONS)


def validate_label(label: str) -> str:
    label = " ".join(strip_invisible(label).split())
    if len(label) > MAX_LABEL or "\x00" in label:
        raise InvalidInput("label", "too long", label)
    return label


# How each country writes an address, top to bottom. Latin-script countries put the street first and the country
# last; Iran writes from the province down to the street. Anything else: the common international order.
_LAYOUTS = {
    "IR": ("recipient", "region_city", "district", "line1", "line2", "postal_code", "country", "phone"),
    "SA": ("recipient", "line1", "line2", "district", "city_postal", "short_code", "country", "phone"),
    "US": ("recipient", "line1", "line2", "city_region_postal", "country", "phone"),
    "CA": ("recipient", "line1", "line2", "city_region_postal", "country", "phone"),
    "GB": ("recipient", "line1", "line2", "district", "city", "postal_code", "country", "phone"),
}
_DEFAULT_LAYOUT = ("recipient", "line1", "line2", "district", "postal_city", "region", "country", "phone")


def address_lines(address: Address, *, rtl: bool = False, country_name: str = "") -> list[str]:
    """The address as printed lines, in the country's order. ``rtl``: the document reads right to left, so parts
    of a line are joined with an Arabic comma and codes and phone numbers (left-to-right runs) are isolated so
    they do not reorder the words around them. ``country_name``: the country as the document's language says it
    (services do not translate); the ISO code when not given."""
    comma = "\u060c " if rtl else ", "

    def ltr(text: str) -> str:
        return f"\u2066{text}\u2069" if rtl and text else text

    def join(*parts: str) -> str:
        return comma.join(p for p in parts if p)

    a = address
    postal, phone, short = ltr(a.postal_code), ltr(a.phone), ltr(a.short_code)
    parts = {
        "recipient": a.recipient,
        "line1": a.line1,
        "line2": a.line2,
        "district": a.district,
        "city": a.city,
        "region": a.region,
        "postal_code": postal,
        "short_code": short,
        "phone": phone,
        "country": country_name or a.country,
        "region_city": join(a.region, a.city),
        "city_postal": " ".join(p for p in (a.city, postal) if p),
        "postal_city": " ".join(p for p in (postal, a.city) if p),
        "city_region_postal": join(a.city, " ".join(p for p in (a.region, postal) if p)),
    }
    return [parts[key] for key in _LAYOUTS.get(a.country, _DEFAULT_LAYOUT) if parts[key]]
