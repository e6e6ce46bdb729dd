"""``UTCDateTime``: SQLite's quick way of writing a time writes exactly what SQLAlchemy's general path writes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.types import TypeDecorator

from shopdesk.db.types import UTCDateTime

_SQLITE = sqlite.dialect()
_QUICK = UTCDateTime().dialect_impl(_SQLITE).bind_processor(_SQLITE)
_GENERAL = TypeDecorator.bind_processor(UTCDateTime().dialect_impl(_SQLITE), _SQLITE)  # conversion, then DATETIME's

offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda minutes: timezone(timedelta(minutes=minutes)))
moments = st.datetimes(
    min_value=datetime(1900, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC) | offsets
)


@given(moments)
def test_a_time_is_written_as_the_general_path_writes_it(moment: datetime) -> None:
    assert _QUICK(moment) == _GENERAL(moment)
    assert len(_QUICK(moment)) == 26  # "YYYY-MM-DD HH:MM:SS.ffffff", microseconds always there


def test_none_and_naive_times() -> None:
    assert _QUICK(None) is None
    with pytest.raises(ValueError, match="naive"):
        _QUICK(datetime(2026, 3, 5, 11, 22))


def test_other_databases_keep_the_general_path() -> None:
    dialect = postgresql.dialect()
    moment = datetime(2026, 3, 5, 14, 22, tzinfo=timezone(timedelta(hours=3)))
    processor = UTCDateTime().dialect_impl(dialect).bind_processor(dialect)
    assert (processor(moment) if processor else UTCDateTime().process_bind_param(moment, dialect)) == datetime(
        2026, 3, 5, 11, 22, tzinfo=UTC
    )
