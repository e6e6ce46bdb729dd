"""Safe copies of a SQLite database, made with SQLite's own backup API (never a file copy).

Each copy is written under a temporary name (``shopdesk.temporary_files``), checked with ``integrity_check``,
fsynced and only then renamed into place, so a crash or a full disk never leaves something that looks like a good
backup. The copy is a single file in SQLite's rollback-journal mode: opening it (to check or restore it) adds no
``-wal``/``-shm`` files beside it, and nothing of the temporary copy stays behind, whether it succeeded or not; a
killed backup's temporary file is swept by the next backup into that folder.

Backups are named ``<database>-<UTC time>-<kind>.sqlite3``. Only automatic ones (``auto``) are thinned out; one
the owner asked for (``manual``) or one made before an import, a restore, an update or the demo data stays until
the owner deletes it.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from shopdesk import temporary_files

AUTOMATIC = "auto"  # the label of the backups the app makes by itself: the only ones thinned out


class BackupFailed(Exception):
    pass


def backup_sqlite(source: Path, dest_dir: Path, label: str) -> Path:
    """Copy the database at ``source`` into ``dest_dir``; return the finished backup's path."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    final = dest_dir / f"{source.stem}-{stamp}-{label}.sqlite3"
    with temporary_files.temporary_beside(final) as partial:
        result = _copy(source, partial)
        if result != "ok":
            raise BackupFailed(f"backup of {source} failed its integrity check: {result}")
        if _tables(partial) != _tables(source):
            raise BackupFailed(f"backup of {source} does not hold the same tables")
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, final)
    return final


def _copy(source: Path, partial: Path) -> str:
    """Copy ``source`` into the new file ``partial`` with the backup API, as a single file (rollback journal, not
    WAL); return what ``integrity_check`` says of the copy."""
    src = sqlite3.connect(Path(source).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            # The copy took the source's WAL mode; a single file opens read-only without -wal/-shm beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
            return dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
    finally:
        src.close()


def _tables(path: Path) -> list[str]:
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    finally:
        conn.close()


_STAMP = "%Y%m%dT%H%M%S%fZ"


def backups_of(source: Path, folder: Path) -> list[tuple[datetime, Path]]:
    """The finished backups of ``source`` in ``folder``, newest first, with the time each was made."""
    found = []
    for path in folder.glob(f"{source.stem}-*.sqlite3"):
        stamp = path.name[len(source.stem) + 1 :].split("-", 1)[0]
        try:
            found.append((datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC), path))
        except ValueError:
            continue  # not one of ours
    return sorted(found, reverse=True)


def label_of(source: Path, backup: Path) -> str:
    """What made a backup, from its name: ``auto``, ``manual``, ``before-import``, …"""
    return backup.stem[len(source.stem) + 1 :].split("-", 1)[-1]


def prune(source: Path, folder: Path, *, daily: int = 7, weekly: int = 4, monthly: int = 12) -> list[Path]:
    """Thin out the automatic backups: keep the newest of each of the last ``daily`` days, ``weekly`` weeks and
    ``monthly`` months (and always the newest one); delete the rest. Backups of any other kind are never touched.
    Returns what was deleted."""
    backups = [(made, path) for made, path in backups_of(source, folder) if label_of(source, path) == AUTOMATIC]
    keep: set[Path] = {backups[0][1]} if backups else set()
    for count, bucket in (
        (daily, lambda t: t.date()),
        (weekly, lambda t: t.isocalendar()[:2]),
        (monthly, lambda t: (t.year, t.month)),
    ):
        seen: list = []
        for made, path in backups:
            key = bucket(made)
            if key not in seen:
                seen.append(key)
                if len(seen) > count:
                    break
                keep.add(path)
    removed = [path for _made, path in backups if path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def integrity(path: Path) -> str:
    """``"ok"`` or what SQLite's full integrity check found."""
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()
    return "ok" if rows == ["ok"] else "; ".join(rows[:5])


def restore_sqlite(backup: Path, target: Path, backups_dir: Path) -> Path | None:
    """Put a verified backup in place of ``target``, after backing up ``target`` itself (returned). The copy is
    made with the backup API into a temporary file, checked, then renamed over the target."""
    if integrity(backup) != "ok":
        raise BackupFailed(f"{backup} failed its integrity check; nothing was restored")
    saved = backup_sqlite(target, backups_dir, "before-restore") if target.exists() else None
    with temporary_files.temporary_beside(target) as partial:
        if _copy(backup, partial) != "ok":
            raise BackupFailed("the restored copy failed its integrity check; nothing was restored")
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        for leftover in (target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
            leftover.unlink(missing_ok=True)  # the old journal belongs to the old file
        os.replace(partial, target)
    return saved


def auto_backup(source: Path, folder: Path) -> Path | None:
    """A backup when the database changed since the newest one (the app makes one at start, then daily), then
    the old ones thinned out; ``None`` when nothing changed."""
    for place in (folder, source.parent):  # what a killed backup or restore left, even when no backup is due
        temporary_files.sweep(place)
    if not source.is_file():
        return None
    changed = max(p.stat().st_mtime for p in (source, source.with_name(source.name + "-wal")) if p.exists())
    newest = backups_of(source, folder) if folder.is_dir() else []
    # The finished file's own time: opening the source to copy it may touch its journal.
    if newest and newest[0][1].stat().st_mtime >= changed:
        return None
    made = backup_sqlite(source, folder, AUTOMATIC)
    prune(source, folder)
    return made


def schema_revision(path: Path) -> str | None:
    """The schema revision a (backup) file is at: None for a file without shopdesk's schema; raises
    ``sqlite3.DatabaseError`` for a file that is not a SQLite database."""
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        has_table = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        if not has_table:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        conn.close()
