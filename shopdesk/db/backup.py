"""Safe copies of a SQLite database, made with SQLite's own backup API (never a file copy).

Each copy is written under a temporary name, checked with ``integrity_check``, fsynced and only then
renamed into place, so a crash or a full disk never leaves something that looks like a good backup.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path


class BackupFailed(Exception):
    pass


def backup_sqlite(source: Path, dest_dir: Path, label: str) -> Path:
    """Copy the database at ``source`` into ``dest_dir``; return the finished backup's path."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    final = dest_dir / f"{source.stem}-{stamp}-{label}.sqlite3"
    partial = final.with_name(final.name + ".partial")
    src = sqlite3.connect(Path(source).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            result = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
        if result != "ok":
            raise BackupFailed(f"backup of {source} failed its integrity check: {result}")
        if _tables(partial) != _tables(source):
            raise BackupFailed(f"backup of {source} does not hold the same tables")
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, final)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    return final


def _tables(path: Path) -> list[str]:
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    finally:
        conn.close()
