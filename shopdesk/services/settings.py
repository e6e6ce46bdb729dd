"""Shop-wide settings (name, logo, address, phone, e-mail, currency, review page, whether unpaid orders are packed),
kept in the database.

Per-desk preferences (language, digits, calendar, window geometry) live in the desk's preferences file
instead, so the window can be drawn in the right language before the database is opened.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import asdict, fields, replace

from sqlalchemy import bindparam
from sqlmodel import select

from shopdesk.db.models import Setting
from shopdesk.db.types import utcnow
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services.shop_settings import ShopSettings, flag, validate

__all__ = ["SettingsService", "ShopSettings", "shop_setting", "validate"]


_SETTING_VALUE = select(Setting.__table__.c.value).where(Setting.__table__.c.key == bindparam("key"))


def shop_setting(connection, key: str) -> str:  # noqa: ANN001
    """One shop setting read inside another service's transaction, or its default when it was never saved."""
    return setting_or_default(key, connection.execute(_SETTING_VALUE, {"key": key}).scalar())


def setting_or_default(key: str, value: str | None) -> str:
    """A stored setting's value, or its default when it was never saved."""
    return value if value is not None else getattr(ShopSettings, key)


def setting_subquery(key: str):  # noqa: ANN201
    """A setting's stored value as a scalar subquery, to read it with another query in one round trip."""
    return _SETTING_VALUE.params(key=key).scalar_subquery()


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
            if field.type in (bool, "bool"):
                values[field.name] = flag(raw)
            elif field.type in (int, "int"):
                values[field.name] = int(raw) if raw.isdigit() else 0
            elif field.name == "logo":
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
                if key == "time_zone" and not value:  # not chosen: the shop's zone stays as it is
                    continue
                if key == "logo":
                    text = base64.b64encode(value).decode("ascii")
                elif isinstance(value, bool):
                    text = "1" if value else "0"
                else:
                    text = str(value)
                row = existing.get(key)
                if row is None:
                    uow.session.add(Setting(key=key, value=text, updated_at=now))
                elif row.value != text:
                    row.value = text
                    row.updated_at = now
            uow.commit()
        if not clean.time_zone and "time_zone" in existing:  # left as it was: say what it is
            return replace(clean, time_zone=existing["time_zone"].value)
        return clean

    def stored(self, prefix: str) -> dict[str, str]:
        """Settings an area keeps under its own key prefix (e.g. ``follow_up.``), as stored, by full key."""
        with self._uow() as uow:
            rows = uow.session.exec(select(Setting).where(Setting.key.startswith(prefix, autoescape=True)))
            return {row.key: row.value for row in rows}

    def store(self, values: Mapping[str, str]) -> None:
        """Write an area's settings in one transaction (the area has validated them); unchanged ones are left."""
        now = utcnow()
        with self._uow() as uow:
            existing = {row.key: row for row in uow.session.exec(select(Setting).where(Setting.key.in_(list(values))))}
            for key, text in values.items():
                row = existing.get(key)
                if row is None:
                    uow.session.add(Setting(key=key, value=text, updated_at=now))
                elif row.value != text:
                    row.value, row.updated_at = text, now
            uow.commit()
