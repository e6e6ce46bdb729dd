"""Shop-wide settings (name, logo, address, phone, currency, review page), kept in the database.

Per-desk preferences (language, digits, calendar, window geometry) live in the desk's preferences file
instead, so the window can be drawn in the right language before the database is opened.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import asdict, dataclass, fields, replace
from urllib.parse import urlsplit

from sqlmodel import select

from shopdesk.db.models import Setting
from shopdesk.db.types import utcnow
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services.errors import InvalidInput
from shopdesk.services.money import validate_currency
from shopdesk.services.numbers import ascii_digits

MAX_LOGO_BYTES = 2 * 1024 * 1024
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


@dataclass(frozen=True)
class ShopSettings:
    shop_name: str = "My shop"
    address: str = ""
    phone: str = ""
    currency: str = "USD"
    review_url: str = ""
    logo: bytes = b""  # PNG or JPEG


def validate(settings: ShopSettings) -> ShopSettings:
    """Return cleaned settings or raise ``InvalidInput`` naming the first bad field."""
    name = settings.shop_name.strip()
    if not name:
        raise InvalidInput("shop_name", "required", settings.shop_name)
    review = settings.review_url.strip()
    if review:
        parts = urlsplit(review)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InvalidInput("review_url", "not a web address", settings.review_url)
    if settings.logo:
        if len(settings.logo) > MAX_LOGO_BYTES:
            raise InvalidInput("logo", "too large")
        if not settings.logo.startswith(_IMAGE_MAGIC):
            raise InvalidInput("logo", "not a PNG or JPEG image")
    return replace(
        settings,
        shop_name=name,
        address=settings.address.strip(),
        phone=ascii_digits(settings.phone.strip()),
        currency=validate_currency(settings.currency),
        review_url=review,
    )


class SettingsService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def load(self) -> ShopSettings:
        with self._uow() as uow:
            stored = {row.key: row.value for row in uow.session.exec(select(Setting))}
        values = {}
        for field in fields(ShopSettings):
            if field.name not in stored:
                continue
            raw = stored[field.name]
            if field.name == "logo":
                try:
                    values["logo"] = base64.b64decode(raw, validate=True)
                except (binascii.Error, ValueError):
                    values["logo"] = b""
            else:
                values[field.name] = raw
        return ShopSettings(**values)

    def save(self, settings: ShopSettings) -> ShopSettings:
        """Validate and store the settings; returns what was stored."""
        clean = validate(settings)
        now = utcnow()
        with self._uow() as uow:
            existing = {row.key: row for row in uow.session.exec(select(Setting))}
            for key, value in asdict(clean).items():
                text = base64.b64encode(value).decode("ascii") if key == "logo" else str(value)
                row = existing.get(key)
                if row is None:
                    uow.session.add(Setting(key=key, value=text, updated_at=now))
                elif row.value != text:
                    row.value = text
                    row.updated_at = now
            uow.commit()
        return clean
