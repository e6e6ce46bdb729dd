"""Opening the shop's database: integrity check, backup, migrations, then a unit-of-work factory."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from shopdesk import paths
from shopdesk.db import migrate
from shopdesk.db.backup import BackupFailed
from shopdesk.db.engine import DriverMissing, is_lock_error, make_engine, make_session_factory, quick_check
from shopdesk.db.uow import SqlUnitOfWork, UnitOfWork
from shopdesk.services import clock_queries
from shopdesk.services.database_lock import DatabaseLock, current_holder
from shopdesk.services.errors import DatabaseBusy, DatabaseDamaged, DatabaseInUse, DatabaseUnavailable
from shopdesk.services.writers import busy_error


class ShopUnitOfWork(SqlUnitOfWork):
    """The unit of work every service gets: a statement or commit that waited for another connection's lock and
    gave up raises ``DatabaseBusy`` naming the long writer at work (an import, when one said so), never the
    driver's error; nothing of the transaction was kept, and the caller may try the same work again."""

    def __exit__(self, exc_type, exc, traceback) -> None:  # noqa: ANN001
        session = self.session
        super().__exit__(exc_type, exc, traceback)
        if exc is not None and not isinstance(exc, DatabaseBusy) and is_lock_error(exc):
            raise busy_error(session.get_bind()) from exc

    def commit(self) -> None:
        try:
            super().commit()
        except SQLAlchemyError as exc:
            if not is_lock_error(exc):
                raise
            raise busy_error(self.session.get_bind()) from exc


@dataclass
class Database:
    url: str
    engine: Engine
    sqlite_path: Path | None
    migration: migrate.MigrationResult
    lock: DatabaseLock | None = None  # held while open, when opened with lock=True (a SQLite file)

    def __post_init__(self) -> None:
        self._session_factory = make_session_factory(self.engine)

    def unit_of_work(self) -> UnitOfWork:
        return ShopUnitOfWork(self._session_factory)

    @property
    def description(self) -> str:
        return paths.describe_database(self.url)

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()

    def suspend(self) -> None:
        """Close every pooled connection (before a restore replaces the file); the lock stays held."""
        self.engine.dispose()

    def resume(self, *, backup_dir: Path | None = None) -> None:
        """Open the (restored) file again: checked, and brought up to the current schema after a backup."""
        self.engine.dispose()
        if self.sqlite_path is not None:
            problem = quick_check(self.sqlite_path)
            if problem is not None:
                raise DatabaseDamaged(str(self.sqlite_path), problem)
        self.migration = migrate.upgrade(
            self.engine,
            sqlite_path=self.sqlite_path,
            backup_dir=backup_dir if backup_dir is not None else (paths.backups_dir() if self.sqlite_path else None),
        )


def open_database(
    url: str, *, backup_dir: Path | None = None, lock: bool = False, program: str = "shopdesk"
) -> Database:
    """Open (creating if needed) and migrate the database at ``url``.

    A damaged SQLite file raises ``DatabaseDamaged`` and is left exactly as it was. Anything else that stops
    the database from opening (locked, unreadable, a server that does not answer, a schema written by a newer
    shopdesk, a migration that fails) raises ``DatabaseUnavailable`` with the reason; a failed migration is
    rolled back whole. A SQLite file that holds data is backed up before any migration touches it.

    With ``lock=True`` (the window, and commands that write) a SQLite file is locked for this process until
    ``close()``; a file another copy holds raises ``DatabaseInUse`` naming it. Without it (commands that only
    read) the file opens beside the holder, unless its schema must first be brought up to date.
    """
    location = paths.describe_database(url)
    sqlite_path = paths.sqlite_file(url)
    held: DatabaseLock | None = None
    if sqlite_path is not None:
        if sqlite_path.is_dir():
            raise DatabaseUnavailable(location, "this is a folder, not a database file")
        if lock:
            try:
                sqlite_path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseUnavailable(location, exc.strerror or str(exc)) from exc
            held = DatabaseLock(sqlite_path, program=program)
            held.acquire()
        try:
            return _open(url, location, sqlite_path, backup_dir, held)
        except BaseException:
            if held is not None:
                held.release()
            raise
    return _open(url, location, sqlite_path, backup_dir, None)


def _open(
    url: str, location: str, sqlite_path: Path | None, backup_dir: Path | None, held: DatabaseLock | None
) -> Database:
    if sqlite_path is not None:
        try:
            problem = quick_check(sqlite_path)
        except sqlite3.Error as exc:
            raise DatabaseUnavailable(location, str(exc)) from exc
        if problem is not None:
            raise DatabaseDamaged(str(sqlite_path), problem)
        sqlite_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = make_engine(url)
    except DriverMissing as exc:
        raise DatabaseUnavailable(location, str(exc)) from exc
    try:
        current = migrate.current_revision(engine)
        if current is not None and current not in migrate.KNOWN_REVISIONS:
            raise DatabaseUnavailable(
                location, f"its schema ({current}) was written by a newer shopdesk; update shopdesk on this desk"
            )
        if held is None and sqlite_path is not None and current != migrate.HEAD_REVISION:
            holder = current_holder(sqlite_path)
            if holder is not None:  # its schema must change, and another copy has it open: not now
                raise DatabaseInUse(location, holder)
        result = migrate.upgrade(
            engine,
            sqlite_path=sqlite_path,
            backup_dir=backup_dir if backup_dir is not None else (paths.backups_dir() if sqlite_path else None),
        )
        clock_queries.settle(engine)
    except (DatabaseUnavailable, DatabaseInUse):
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseUnavailable(location, str(getattr(exc, "orig", None) or exc)) from exc
    except (BackupFailed, migrate.MigrationFailed, OSError) as exc:
        engine.dispose()
        raise DatabaseUnavailable(location, str(exc)) from exc
    return Database(url=url, engine=engine, sqlite_path=sqlite_path, migration=result, lock=held)
