"""Who is writing a long transaction: an import says so in the database while it runs, so that a save another desk
(or this window) makes meanwhile, which waits for a lock and gives up (``DatabaseBusy``), can say what it waits for
("an import is being written on TILL-2…") and try again when it is over.

The note is a ``setting`` row ``writing.<what>.<computer>.<process>`` holding the computer, process (and its start
time), user and since when, written and committed in a transaction of its own before the long one begins (so
everyone can read it while the long one holds its locks: reading never waits, on SQLite in WAL nor on PostgreSQL),
and deleted when it ends, however it ends. A note left by a process that was killed is stale: on this computer, a
process that is gone (or another one with the same id) never counts, and the next import here removes it; a note of
another computer's counts until that computer's next import replaces it.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import SQLAlchemyError

from shopdesk.db.engine import is_lock_error
from shopdesk.db.models import Setting
from shopdesk.db.types import utcnow
from shopdesk.services.database_lock import process_alive, this_host
from shopdesk.services.errors import DatabaseBusy

_PREFIX = "writing."
_TABLE = Setting.__table__


@dataclass(frozen=True)
class Writer:
    """A long writer: ``what`` it is (``import``), on which computer, process and user, since when (aware UTC)."""

    what: str
    host: str
    pid: int
    user: str = ""
    since: datetime | None = None
    started: float | None = None  # the process's start time, to tell a reused process id from the writer

    def __str__(self) -> str:
        user = f" (user {self.user})" if self.user else ""
        return f"an {self.what} being written on {self.host}, process {self.pid}{user}"

    @property
    def key(self) -> str:
        return f"{_PREFIX}{self.what}.{self.host}.{self.pid}"[:64]

    @property
    def stale(self) -> bool:
        """Left by a process of this computer that is gone (killed, or the computer restarted)."""
        return self.host == this_host() and not process_alive(self.pid, self.started)


def _this_process(what: str) -> Writer:
    started = None
    with contextlib.suppress(Exception):  # only a refinement of the liveness test
        import psutil

        started = psutil.Process(os.getpid()).create_time()
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name (a service account): the note says less
        user = ""
    return Writer(what=what, host=this_host(), pid=os.getpid(), user=user, since=utcnow(), started=started)


def _to_text(writer: Writer) -> str:
    return json.dumps(
        {
            "what": writer.what,
            "host": writer.host,
            "pid": writer.pid,
            "user": writer.user,
            "since": writer.since.isoformat() if writer.since else None,
            "started": writer.started,
        }
    )


def _from_text(text: str) -> Writer | None:
    try:
        data = json.loads(text)
        since = data.get("since")
        return Writer(
            what=str(data["what"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            user=str(data.get("user") or ""),
            since=datetime.fromisoformat(since).astimezone(UTC) if since else None,
            started=float(data["started"]) if data.get("started") is not None else None,
        )
    except (ValueError, KeyError, TypeError):
        return None


def current(connection) -> Writer | None:  # noqa: ANN001
    """The long writer at work now (the earliest, when several are), or ``None``; stale notes are ignored."""
    rows = connection.execute(select(_TABLE.c.value).where(_TABLE.c.key.startswith(_PREFIX, autoescape=True)))
    writers = [writer for (text,) in rows if (writer := _from_text(text)) is not None and not writer.stale]
    if not writers:
        return None
    return min(writers, key=lambda w: w.since or datetime.max.replace(tzinfo=UTC))


def busy_error(engine) -> DatabaseBusy:  # noqa: ANN001
    """The error for work that gave up on a lock, naming who said they were writing (read on a connection of its
    own: reading waits for no lock)."""
    try:
        with engine.connect() as connection:
            return DatabaseBusy(current(connection))
    except SQLAlchemyError:
        return DatabaseBusy(None)  # the message names no one; the save is still tried again


@contextlib.contextmanager
def _written(engine) -> Iterator:  # noqa: ANN001
    """A short transaction of its own on ``engine`` (not the caller's unit of work: the note is no part of its
    work), a lock it gave up on said as ``DatabaseBusy``."""
    try:
        with engine.begin() as connection:
            yield connection
    except SQLAlchemyError as exc:
        if not is_lock_error(exc):
            raise
        raise busy_error(engine) from exc


@contextlib.contextmanager
def advertised(engine, what: str) -> Iterator[Writer]:  # noqa: ANN001
    """Say that this process is writing ``what`` while the block runs (each note in a short transaction of its own;
    stale notes of this computer are removed on the way)."""
    writer = _this_process(what)
    with _written(engine) as connection:
        notes = select(_TABLE.c.key, _TABLE.c.value).where(_TABLE.c.key.startswith(_PREFIX, autoescape=True))
        rows = connection.execute(notes).all()
        stale = [key for key, text in rows if (old := _from_text(text)) is None or old.stale or key == writer.key]
        if stale:
            connection.execute(delete(_TABLE).where(_TABLE.c.key.in_(stale)))
        connection.execute(_TABLE.insert().values(key=writer.key, value=_to_text(writer), updated_at=writer.since))
    try:
        yield writer
    finally:
        for attempt in range(3):  # nothing is held any more: only another desk's save could be in the way
            try:
                with _written(engine) as connection:
                    connection.execute(delete(_TABLE).where(_TABLE.c.key == writer.key))
                break
            except DatabaseBusy:
                if attempt == 2:
                    raise
