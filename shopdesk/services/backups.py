"""Backups of the shop's SQLite database for the Backups screen and the command line: list, back up now, delete,
verify, restore.

Wraps ``shopdesk.db.backup`` (SQLite's backup API, integrity checks, renames) and returns plain records. The
long steps are generators yielding ``Step`` so the screen runs them in the background. A PostgreSQL database
has no file here: ``available`` is False and its server's own backups (``pg_dump``) keep it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Generator
from pathlib import Path

from shopdesk.db.backup import (
    BackupFailed,
    auto_backup,
    backup_sqlite,
    backups_of,
    integrity,
    label_of,
    prune,
    restore_sqlite,
    schema_revision,
    table_names,
)
from shopdesk.services.backup_records import BackupCheck, BackupEntry, RestoreResult, Step, kind_of
from shopdesk.services.errors import Cancelled, InvalidInput


class BackupService:
    def __init__(
        self,
        *,
        database_path: Path | None,
        folder: Callable[[], Path],
        suspend: Callable[[], None] = lambda: None,
        resume: Callable[[], None] = lambda: None,
        known_revisions: tuple[str, ...] | None = None,
    ) -> None:
        """``suspend`` closes every connection to the file before a restore replaces it; ``resume`` opens it
        again (checked and brought up to the current schema); ``folder`` gives the backups folder."""
        self._path = database_path
        self._folder = folder
        self._suspend = suspend
        self._resume = resume
        if known_revisions is None:
            from shopdesk.db.migrate import KNOWN_REVISIONS

            known_revisions = KNOWN_REVISIONS
        self._known = known_revisions

    @property
    def available(self) -> bool:
        """False on PostgreSQL: the server's own backups keep the data."""
        return self._path is not None

    @property
    def database_path(self) -> Path | None:
        return self._path

    def default_folder(self) -> Path:
        return self._folder()

    def list_backups(self) -> list[BackupEntry]:
        """The finished backups of this database in the backups folder, newest first."""
        if self._path is None:
            return []
        entries = []
        for made, path in backups_of(self._path, self._folder()):
            label = label_of(self._path, path)
            try:
                size = path.stat().st_size
            except OSError:
                continue  # removed meanwhile (thinned out by another desk's backup)
            entries.append(BackupEntry(path=path, made_at=made, size=size, kind=kind_of(label)))
        return entries

    def is_elsewhere(self, folder: Path | None) -> bool:
        """Whether a backup into ``folder`` leaves the backups folder (a USB stick, any other folder): such a copy
        of the whole shop (customers, PIN hashes) is the owner's to make once roles are on."""
        if folder is None:
            return False
        return Path(folder).resolve() != self._folder().resolve()

    def back_up(
        self, folder: Path | None = None, cancel: threading.Event | None = None, *, kind: str = "manual"
    ) -> Generator[Step, None, Path]:
        """A checked copy into ``folder`` (default: the backups folder). ``kind`` says what made it (``manual``:
        the owner asked; ``before-import``…); only automatic backups are ever thinned out, so this one stays
        until the owner deletes it."""
        path = self._require_file()
        yield Step(0, 1)
        target = folder or self._folder()
        try:
            made = backup_sqlite(path, target, kind)
        except sqlite3.Error as exc:
            raise BackupFailed(str(exc)) from exc
        if not self.is_elsewhere(target):
            prune(path, target)  # the automatic ones only
        yield Step(1, 1)
        return made

    def back_up_if_changed(self, cancel: threading.Event | None = None) -> Generator[Step, None, Path | None]:
        """The automatic backup (when the app starts, then daily): a checked copy into the backups folder when the
        data changed since the newest backup, the old ones then thinned out; ``None`` when nothing changed."""
        path = self._require_file()
        yield Step(0, 1)
        try:
            made = auto_backup(path, self._folder())
        except sqlite3.Error as exc:
            raise BackupFailed(str(exc)) from exc
        yield Step(1, 1)
        return made

    def delete(self, backup: Path) -> None:
        """Delete one of this database's backups in the backups folder (the owner chose it on the Backups screen).
        Anything else is refused: this never deletes a file the list does not show."""
        backup = Path(backup)
        if not backup.exists():
            return  # already gone (another desk's backup thinned it out)
        if backup not in {entry.path for entry in self.list_backups()}:
            raise InvalidInput("backup", "not_listed", str(backup))
        backup.unlink()

    def verify(self, backup: Path, cancel: threading.Event | None = None) -> Generator[Step, None, BackupCheck]:
        """SQLite's full integrity check of a backup file, and whether it holds a shop this shopdesk can open."""
        yield Step(0, 1)
        check = self.check_backup(Path(backup))
        yield Step(1, 1)
        return check

    def check_backup(self, backup: Path) -> BackupCheck:
        """Whether ``backup`` may be restored, read-only: a sound SQLite file holding a shopdesk database at a
        schema this shopdesk knows. Refused with the reason: ``missing``, ``not_a_database`` (not SQLite at all),
        ``damaged`` (what SQLite found; also a schema that cannot even be read), ``empty``, ``not_shopdesk``
        (another program's database) or ``newer`` (a shopdesk schema this build does not know). The window's
        Restore… and Verify and the command line's ``restore`` all ask this one function."""
        backup = Path(backup)
        if not backup.is_file():
            return BackupCheck(backup, False, "missing")
        try:
            with open(backup, "rb") as handle:
                header = handle.read(len(_SQLITE_HEADER))
        except OSError as exc:
            return BackupCheck(backup, False, "missing", exc.strerror or str(exc))
        if not header:
            return BackupCheck(backup, False, "empty")
        if header != _SQLITE_HEADER:
            return BackupCheck(backup, False, "not_a_database")
        try:
            result = integrity(backup, settled=True)
            if result != "ok":
                return BackupCheck(backup, False, "damaged", result)
            tables = table_names(backup)
            revision = schema_revision(backup)
        except (sqlite3.Error, ValueError) as exc:  # unreadable even though SQLite found nothing: damage
            return BackupCheck(backup, False, "damaged", str(exc))
        shopdesk_tables = _SHOPDESK_TABLES <= tables
        if revision is None or not shopdesk_tables:
            return BackupCheck(backup, False, "not_shopdesk", revision or "")
        if revision not in self._known:
            return BackupCheck(backup, False, "newer", revision)
        return BackupCheck(backup, True)

    def restore(
        self, backup: Path, cancel: threading.Event | None = None, *, by: str = "", via: str = "window"
    ) -> Generator[Step, None, RestoreResult]:
        """Put ``backup`` in place of the shop's database: checked first (``check_backup``; a refusal raises
        ``InvalidInput("backup", problem, details)`` and touches nothing), the current state saved as a backup,
        every connection closed meanwhile, then the database opened again. The restored copy is brought up to
        the current schema and keeps the shop's record before it replaces the file (``restore_trail``): the audit
        entries written since the backup, the accounts' wrong-PIN waits, and an entry for this restore (``by``:
        the owner who did it, ``via``: window or command line)."""
        path = self._require_file()
        backup = Path(backup)
        yield Step(0, 3)
        check = self.check_backup(backup)
        if not check.ok:
            raise InvalidInput("backup", check.problem, check.details)
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        yield Step(1, 3)
        from shopdesk.services.restore_trail import keep_the_record

        carried: list[int] = []

        def prepare(copy: Path, saved: Path | None) -> None:
            carried.append(keep_the_record(copy, saved, backup=backup, by=by, via=via))

        self._suspend()
        try:
            saved = restore_sqlite(backup, path, self._folder(), prepare=prepare)
        finally:
            self._resume()  # the restored file, or the old one untouched when the restore failed
        yield Step(3, 3)
        return RestoreResult(restored=backup, saved=saved, carried=carried[0] if carried else 0)

    # --- helpers ------------------------------------------------------------------------------------------------
    def _require_file(self) -> Path:
        if self._path is None:
            raise InvalidInput("database", "not a SQLite file")
        return self._path


_SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every shopdesk database has had since its first schema: with alembic_version they tell a shopdesk file from
# another program's database (which may use Alembic too).
_SHOPDESK_TABLES = frozenset({"alembic_version", "setting", "counter"})
