"""Shop-wide settings as a plain record, and the rules a setting must follow. No database here, so the
window can use these before the database libraries are imported."""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from shopdesk.services.errors import InvalidInput
from shopdesk.services.money import validate_currency
from shopdesk.services.numbers import ascii_digits
from shopdesk.services.text import check_email

MAX_LOGO_BYTES = 2 * 1024 * 1024
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


@dataclass(frozen=True)
class ShopSettings:
    shop_name: str = "My shop"
    address: str = ""
    phone: str = ""
    email: str = ""  # printed with the address and phone on packing slips
    currency: str = "USD"
    review_url: str = ""
    feedback_url: str = ""  # optional private feedback page: a second QR code on printed documents
    logo: bytes = b""  # PNG or JPEG
    country: str = ""  # ISO 3166 code (SA, AE, IR…): the region of phone numbers typed without a country code
    # Days a customer has to return an item, counted from delivery (the expected delivery date or the order date
    # when it is not known); printed on inserts as a return-by date. 0: no date printed. Screens may pass the
    # typed text (any digits); ``validate`` turns it into a number.
    return_days: int = 0
    # Whether the packing station packs an order that is not paid yet (cash on delivery): on, it is packed with a
    # warning naming what is left to collect; off, it is refused with that reason.
    pack_unpaid: bool = True
    # The shop's IANA time zone (``Asia/Tehran``): every day, period and chart is a day in it, on every desk
    # (services/shop_clock.py). Set from the first desk that opens the database; "" leaves the stored one as it is.
    time_zone: str = ""


MAX_RETURN_DAYS = 365


def shop_language(country: str) -> str:
    """The language a shop in this country writes its own texts in: Persian in Iran and Afghanistan, Arabic in the
    Gulf, English elsewhere (and when the country is not set)."""
    country = country.strip().upper()
    return {"IR": "fa", "AF": "fa"}.get(country, "ar" if country in ("SA", "AE", "OM", "BH", "KW", "QA") else "en")


def flag(value: object) -> bool:
    """A yes/no setting as stored ("1"/"0"), or its default (a bool)."""
    return value is True or str(value).strip().lower() in ("1", "true", "yes", "on")


def _decodes(image: bytes) -> bool:
    """Whether the image really opens (a right header over a broken body would stop every print)."""
    import io

    from PIL import Image, UnidentifiedImageError  # here: Pillow comes with ReportLab and costs start-up time

    try:
        with Image.open(io.BytesIO(image)) as opened:
            opened.load()
    except (OSError, UnidentifiedImageError, ValueError):
        return False
    return True


def _web_address(field: str, value: str) -> str:
    value = value.strip()
    if value:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc or any(ch.isspace() for ch in value):
            raise InvalidInput(field, "not a web address", value)
    return value


def _days(value: int | str) -> int:
    text = ascii_digits(str(value)).strip()
    if not text:
        return 0
    if not text.isdigit() or int(text) > MAX_RETURN_DAYS:
        raise InvalidInput("return_days", "not a number of days", str(value))
    return int(text)


def validate(settings: ShopSettings) -> ShopSettings:
    """Return cleaned settings or raise ``InvalidInput`` naming the first bad field."""
    name = settings.shop_name.strip()
    if not name:
        raise InvalidInput("shop_name", "required", settings.shop_name)
    review = _web_address("review_url", settings.review_url)
    feedback = _web_address("feedback_url", settings.feedback_url)
    country = settings.country.strip().upper()
    if country:
        import phonenumbers  # here, not at import: this module is loaded before the window paints

        if country not in phonenumbers.SUPPORTED_REGIONS:
            raise InvalidInput("country", "not a country code", settings.country)
    time_zone = settings.time_zone.strip()
    if time_zone:
        from shopdesk.services.shop_clock import zone  # here: zoneinfo is not needed before the window paints

        if zone(time_zone) is None:
            raise InvalidInput("time_zone", "not a time zone", settings.time_zone)
    if settings.logo:
        if len(settings.logo) > MAX_LOGO_BYTES:
            raise InvalidInput("logo", "too large")
        if not settings.logo.startswith(_IMAGE_MAGIC) or not _decodes(settings.logo):
            raise InvalidInput("logo", "not a PNG or JPEG image")
    return replace(
        settings,
        shop_name=name,
        address=settings.address.strip(),
        phone=ascii_digits(settings.phone.strip()),
        email=check_email("email", settings.email),
        currency=validate_currency(settings.currency),
        review_url=review,
        feedback_url=feedback,
        return_days=_days(settings.return_days),
        country=country,
        pack_unpaid=flag(settings.pack_unpaid),
        time_zone=time_zone,
    )
