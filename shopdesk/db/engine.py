"""Engines and sessions. Nothing happens at import time: callers ask for an engine with ``make_engine``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session, create_engine

from shopdesk.db.sqlite_check import sqlite_check

# How long a statement waits for a lock another connection holds (SQLite's busy timeout, PostgreSQL's
# lock_timeout) before it gives up with a lock error (``is_lock_error``). Another desk's save holds a lock for
# milliseconds; only a long writer (an import) holds one longer, and then a save that waits says so and is tried
# again (``services.errors.DatabaseBusy``) instead of freezing the window or hanging without a word.
LOCK_WAIT_MS = 2_000
BUSY_TIMEOUT_MS = 10_000  # what a read-only check of the file waits for a writer


class DriverMissing(RuntimeError):
    """The database URL needs a driver this installation does not have (PostgreSQL without the extra)."""


POSTGRES_EXTRA = (
    "PostgreSQL needs shopdesk's postgres extra: pip install 'shopdesk[postgres]' (the installed app has it)"
)


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine for a SQLite file or a PostgreSQL server (``postgresql+psycopg://…``).

    SQLite connections get foreign keys on, WAL with ``synchronous=FULL`` (a committed order survives a
    power cut) and a busy timeout so two writers on one file wait for each other a moment instead of failing;
    PostgreSQL connections a ``lock_timeout`` of the same length, so no statement waits for a lock unseen.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, echo=echo, connect_args={"timeout": LOCK_WAIT_MS / 1000})
        event.listen(engine, "connect", _configure_sqlite)
        return engine
    if parsed.get_backend_name() == "postgresql":
        try:
            import psycopg  # noqa: F401  (an extra since a one-desk shop never uses it)
        except ImportError as exc:
            raise DriverMissing(POSTGRES_EXTRA) from exc
    return create_engine(
        url, echo=echo, pool_pre_ping=True, connect_args={"options": f"-c lock_timeout={LOCK_WAIT_MS}"}
    )


# SQLite's primary result codes SQLITE_BUSY (also BUSY_SNAPSHOT: a read transaction that wanted to write after
# another connection wrote) and SQLITE_LOCKED; PostgreSQL's lock_not_available (lock_timeout) and deadlock_detected.
_SQLITE_LOCK_CODES = (5, 6)
_POSTGRES_LOCK_STATES = ("55P03", "40P01")


def is_lock_error(exc: BaseException | None) -> bool:
    """Whether ``exc`` (a SQLAlchemy or driver error) means a lock another connection holds was not had in time:
    the same work may succeed once that connection has finished."""
    original = getattr(exc, "orig", exc)
    if isinstance(original, sqlite3.OperationalError):
        code = getattr(original, "sqlite_errorcode", None)
        if code is not None:
            return code & 0xFF in _SQLITE_LOCK_CODES
        return "locked" in str(original)
    return getattr(original, "sqlstate", None) in _POSTGRES_LOCK_STATES


def _configure_sqlite(dbapi_connection: sqlite3.Connection, _record) -> None:  # noqa: ANN001
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={LOCK_WAIT_MS}")
        mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
        if mode.lower() != "memory":
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, class_=Session, expire_on_commit=False, autoflush=False)


def quick_check(path: Path) -> str | None:
    """Run ``PRAGMA quick_check`` read-only; return None when the file is sound, else what is wrong.

    The file is opened read-only so a damaged database is never written to, let alone overwritten.
    A missing or empty file is sound: it is a new database.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    return sqlite_check(path, "quick_check", timeout=BUSY_TIMEOUT_MS / 1000)
