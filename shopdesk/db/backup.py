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
import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from shopdesk import temporary_files
from shopdesk.db.sqlite_check import read_only_uri, sqlite_check

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


def integrity(path: Path, *, settled: bool = False) -> str:
    """``"ok"`` or what SQLite's full integrity check found; any damage is an answer, never an exception (see
    ``sqlite_check``; ``settled`` for a backup: reading it leaves nothing beside it)."""
    return sqlite_check(path, "integrity_check", settled=settled) or "ok"


def restore_sqlite(
    backup: Path, target: Path, backups_dir: Path, *, prepare: Callable[[Path, Path | None], None] | None = None
) -> Path | None:
    """Put a verified backup in place of ``target``, after backing up ``target`` itself (returned). The copy is
    made with the backup API into a temporary file, handed to ``prepare(copy, saved)`` (which may bring it up to
    date and add to it), checked, then renamed over the target: until that rename the target is untouched."""
    if integrity(backup, settled=True) != "ok":
        raise BackupFailed(f"{backup} failed its integrity check; nothing was restored")
    saved = None
    damaged: str | None = None
    if target.exists():
        # A damaged shop file is what a restore is for; it cannot be copied page by page, so it is kept as it is.
        damaged = sqlite_check(target, "quick_check") if target.stat().st_size else None
        try:
            if damaged:
                saved = _keep_as_is(target, backups_dir)
            else:
                saved = backup_sqlite(target, backups_dir, "before-restore")
        except (BackupFailed, sqlite3.DatabaseError, UnicodeDecodeError):
            if sqlite_check(target, "integrity_check") is None:
                raise  # not damage (locked, a full disk): nothing is restored
            damaged = "integrity_check"
            saved = _keep_as_is(target, backups_dir)  # damage quick_check did not see
    with temporary_files.temporary_beside(target) as partial:
        if _copy(backup, partial) != "ok":
            raise BackupFailed("the restored copy failed its integrity check; nothing was restored")
        if prepare is not None:
            prepare(partial, saved)
            if sqlite_check(partial, "quick_check") is not None:  # what prepare wrote, checked again
                raise BackupFailed("the restored copy failed its check; nothing was restored")
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        if saved is not None and not damaged:
            _fold_in_log(target)  # so removing the old file's log below cannot lose what only the log held
        for leftover in (target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
            leftover.unlink(missing_ok=True)  # the old journal belongs to the old file
        os.replace(partial, target)
    return saved


def _fold_in_log(path: Path) -> None:
    """Write a database's write-ahead log into the file itself and empty it; refused (``BackupFailed``) while
    another program still reads or writes it, since its log may then still be needed."""
    conn = sqlite3.connect(path, timeout=10)
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        conn.close()
    if busy:
        raise BackupFailed(f"{path} is still in use by another program; nothing was restored")


def _keep_as_is(source: Path, dest_dir: Path) -> Path:
    """A byte-for-byte copy of a damaged database (with its write-ahead log beside it, named to match), for a
    restore to keep the state before even when SQLite cannot read it."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime(_STAMP)
    final = dest_dir / f"{source.stem}-{stamp}-before-restore.sqlite3"
    for suffix in ("-wal", ""):  # the log first: the main file's rename is what makes the copy appear
        origin = source.with_name(source.name + suffix)
        if not origin.is_file() or (suffix and origin.stat().st_size == 0):
            continue
        copy = final.with_name(final.name + suffix)
        with temporary_files.temporary_beside(copy) as partial:
            shutil.copyfile(origin, partial)
            with open(partial, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, copy)
    return final


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
    """The schema revision a backup file is at: None for a file without shopdesk's schema; raises
    ``sqlite3.DatabaseError`` for a file that is not a SQLite database (or whose schema cannot be read)."""
    conn = sqlite3.connect(read_only_uri(path, settled=True), uri=True)
    try:
        conn.text_factory = lambda data: data.decode("utf-8", errors="replace")
        has_table = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        if not has_table:
            return None
        conn.text_factory = bytes
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        if len(rows) != 1 or not isinstance(rows[0][0], bytes):
            return None
        return rows[0][0].decode("utf-8")  # strict: a revision that is not text is damage, not a newer schema
    except UnicodeDecodeError as exc:
        raise sqlite3.DatabaseError("malformed database schema (its text is not UTF-8)") from exc
    finally:
        conn.close()


def table_names(path: Path) -> set[str]:
    """The tables of a backup file, read-only; raises ``sqlite3.DatabaseError`` as ``schema_revision`` does."""
    conn = sqlite3.connect(read_only_uri(path, settled=True), uri=True)
    try:
        conn.text_factory = lambda data: data.decode("utf-8", errors="replace")
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except UnicodeDecodeError as exc:
        raise sqlite3.DatabaseError("malformed database schema (its text is not UTF-8)") from exc
    finally:
        conn.close()
