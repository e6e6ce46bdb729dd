"""Engines and sessions. Nothing happens at import time: callers ask for an engine with ``make_engine``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session, create_engine

from shopdesk.db.sqlite_check import sqlite_check

BUSY_TIMEOUT_MS = 10_000


class DriverMissing(RuntimeError):
    """The database URL needs a driver this installation does not have (PostgreSQL without the extra)."""


POSTGRES_EXTRA = (
    "PostgreSQL needs shopdesk's postgres extra: pip install 'shopdesk[postgres]' (the installed app has it)"
)


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine for a SQLite file or a PostgreSQL server (``postgresql+psycopg://…``).

    SQLite connections get foreign keys on, WAL with ``synchronous=FULL`` (a committed order survives a
    power cut) and a busy timeout so two windows on one file wait for each other instead of failing.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, echo=echo, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _configure_sqlite)
        return engine
    if parsed.get_backend_name() == "postgresql":
        try:
            import psycopg  # noqa: F401  (an extra since a one-desk shop never uses it)
        except ImportError as exc:
            raise DriverMissing(POSTGRES_EXTRA) from exc
    return create_engine(url, echo=echo, pool_pre_ping=True)


def _configure_sqlite(dbapi_connection: sqlite3.Connection, _record) -> None:  # noqa: ANN001
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
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
