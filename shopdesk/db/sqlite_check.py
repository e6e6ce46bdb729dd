"""SQLite's own checks of a file, read-only, with every kind of damage turned into an answer (no SQLAlchemy here:
the command line's ``check`` and the backups use it without loading the database stack)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def read_only_uri(path: Path, *, settled: bool = False) -> str:
    """The URI that opens ``path`` read-only. ``settled``: a file nothing writes to (a backup) is opened immutable, so
    reading it leaves no ``-wal``/``-shm`` beside it (a USB stick stays as it was) — unless a write-ahead log with
    content lies beside it, which only a normal read-only open reads."""
    path = Path(path).resolve()
    wal = path.with_name(path.name + "-wal")
    # as_uri() encodes "#", "?" and "%" in folder names; "file:{path}" would open some other file.
    if settled and not (wal.exists() and wal.stat().st_size > 0):
        return path.as_uri() + "?mode=ro&immutable=1"
    return path.as_uri() + "?mode=ro"


def sqlite_check(
    path: Path, pragma: str = "integrity_check", *, timeout: float = 10.0, settled: bool = False
) -> str | None:
    """Run SQLite's ``quick_check`` or full ``integrity_check`` on the file, read-only: None when sound, else what
    is wrong (at most five problems). Any damage is an answer, never an exception: a page of random bytes, a file
    that is not SQLite, a schema whose text is not UTF-8 (Python cannot even decode SQLite's complaint about it).
    What is not damage (the file is locked by another program, unreadable, a folder) raises ``sqlite3.Error``.
    ``settled``: see ``read_only_uri``."""
    assert pragma in ("quick_check", "integrity_check")
    conn = sqlite3.connect(read_only_uri(path, settled=settled), uri=True, timeout=timeout)
    try:
        conn.text_factory = _lenient_text
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except UnicodeDecodeError:  # SQLite's own message quotes the damaged schema's bytes
        return "malformed database schema (its text is not UTF-8)"
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and not _means_damage(exc):
            raise  # locked by another program, unreadable, a folder: not damage; the caller says so
        return str(exc)
    finally:
        conn.close()
    problems = [str(row[0]) for row in rows if row[0] != "ok"]
    return "; ".join(problems[:5]) if problems else None


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def _means_damage(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return any(words in text for words in ("malformed", "not a database", "corrupt", "disk image"))
