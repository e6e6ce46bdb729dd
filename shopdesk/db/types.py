"""Column types shared by the tables."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, String
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    """The current moment as a timezone-aware UTC datetime (SQLModel refuses naive ones)."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Stores an aware datetime as UTC and always hands back an aware UTC datetime.

    SQLite keeps no time zone, so without this a value read back would be naive; PostgreSQL keeps it
    in ``timestamptz``. Naive values are refused on the way in: they are always a bug.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):  # noqa: ANN001
        if value is None:
            return None
        value = _in_utc(value)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def bind_processor(self, dialect):  # noqa: ANN001, ANN201
        """On SQLite, the text SQLAlchemy's DATETIME writes (``2026-03-05 11:22:10.000000``, UTC) made by
        ``isoformat`` in one step: the general path (this type's conversion, then DATETIME's formatting) takes
        twice as long, and an import binds a quarter of a million of them."""
        if dialect.name != "sqlite":
            return super().bind_processor(dialect)

        def process(value: datetime | None) -> str | None:
            if value is None:
                return None
            return _in_utc(value).isoformat(" ", "microseconds")[:26]  # without its "+00:00"

        return process

    def process_result_value(self, value: datetime | None, dialect):  # noqa: ANN001
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _in_utc(value: datetime) -> datetime:
    """An aware time in UTC; a naive one is refused."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given; shopdesk stores timezone-aware UTC only")
    return value.astimezone(UTC)


def search_text(length: int) -> String:
    """A column searched by prefix ranges: code-point order everywhere (PostgreSQL: collation "C").

    Under a language collation PostgreSQL would order the range bounds by linguistic rules, and a range
    ``>= 'abc' AND < 'abc\\U0010ffff'`` would no longer mean "starts with abc".
    """
    return String(length).with_variant(String(length, collation="C"), "postgresql")
