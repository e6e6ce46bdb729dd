"""The shop clock (``shop_clock``) in SQL: the shop's zone read from its settings, given by the first desk, and
times put into the shop's days or months by comparing stored UTC times with the instants those start."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import bindparam, case, literal
from sqlmodel import select

from shopdesk.db.models import Setting
from shopdesk.services.shop_clock import SETTING, ShopClock, clock_named, desk_zone_name

_VALUE = select(Setting.__table__.c.value).where(Setting.__table__.c.key == SETTING)


def shop_clock(connection) -> ShopClock:  # noqa: ANN001
    """The shop's clock, read inside a service's transaction."""
    return clock_named(connection.execute(_VALUE).scalar())


def settle(engine) -> None:  # noqa: ANN001
    """Give the shop this desk's time zone when it has none yet (the first desk to open it, or the first run of
    this version on an older shop); another desk opening it at the same moment keeps whichever came first."""
    from sqlalchemy.dialects import postgresql, sqlite

    from shopdesk.db.types import utcnow

    with engine.begin() as connection:
        if connection.execute(_VALUE).scalar() is not None:
            return
        dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
        row = {"key": SETTING, "value": desk_zone_name(), "updated_at": utcnow()}
        connection.execute(dialect.insert(Setting.__table__).values(row).on_conflict_do_nothing())


def bucket(column, starts: Sequence[datetime], low: int = 0, high: int | None = None):  # noqa: ANN001, ANN201
    """SQL for the index ``i`` of the bucket ``[starts[i], starts[i + 1])`` holding ``column`` (a time known to be
    in ``[starts[0], starts[-1])``): a CASE that halves the buckets at each step, so a row of a year's days costs
    nine comparisons of its stored UTC time. Days and months in the shop's zone, daylight-saving changes included,
    without the local-time functions SQLite and PostgreSQL disagree on."""
    high = len(starts) - 2 if high is None else high
    if low == high:
        return literal(low)
    middle = (low + high + 1) // 2
    edge = bindparam(None, starts[middle], type_=column.type, unique=True)
    return case((column < edge, bucket(column, starts, low, middle - 1)), else_=bucket(column, starts, middle, high))
