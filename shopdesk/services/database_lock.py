"""One copy of shopdesk at a time on a SQLite file: an OS lock beside the file, and who holds it.

``shop.sqlite3.lock`` carries the operating system's lock (``filelock``: ``flock`` on macOS and Linux,
``LockFileEx``/``msvcrt.locking`` on Windows). The OS drops it when its process ends, however it ends, so a
crashed desk never keeps the shop locked. Beside it ``shop.sqlite3.holder.json`` says who holds it (computer,
process, user, since when) for the message the second copy shows; Windows lets nobody read a locked file, hence
the separate file. A holder recorded on this computer whose process is gone (or was replaced by another process
with the same id) is stale: its lock file is removed and the lock taken, silently.

Kept free of Qt and of the database libraries: the window shows its message before those are imported.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from shopdesk.services.errors import DatabaseInUse, DatabaseUnavailable


@dataclass(frozen=True)
class LockHolder:
    """Who holds a database: ``host`` and ``pid`` are empty/0 when the holder did not say (yet)."""

    host: str
    pid: int
    since: datetime | None = None
    user: str = ""
    program: str = "shopdesk"
    started: float | None = None  # the process's start time, to tell a reused process id from the holder

    @property
    def known(self) -> bool:
        return bool(self.host) and self.pid > 0

    def __str__(self) -> str:
        if not self.known:
            return "another copy of shopdesk (it did not say where)"
        since = f" since {self.since.isoformat(timespec='seconds')}" if self.since else ""
        user = f" (user {self.user})" if self.user else ""
        return f"{self.program} on {self.host}, process {self.pid}{user}{since}"


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def holder_path(database: Path) -> Path:
    return database.with_name(database.name + ".holder.json")


def this_host() -> str:
    return socket.gethostname() or "?"


def process_alive(pid: int, started: float | None = None) -> bool:
    """Whether process ``pid`` runs on this computer (and is the one that started at ``started``, when given)."""
    import psutil

    try:
        process = psutil.Process(pid)
        if started is not None and abs(process.create_time() - started) > 1.0:
            return False  # the id was given to a newer process
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False
    except (psutil.AccessDenied, OSError):
        return True  # it exists; we may not look at it


def _process_started(pid: int) -> float | None:
    try:
        import psutil

        return psutil.Process(pid).create_time()
    except Exception:  # noqa: BLE001 - only a refinement of the liveness test
        return None


def read_holder(database: Path) -> LockHolder | None:
    """What the holder file says, or None when there is none or it cannot be read."""
    try:
        data = json.loads(holder_path(database).read_text(encoding="utf-8"))
        since = data.get("since")
        return LockHolder(
            host=str(data["host"]),
            pid=int(data["pid"]),
            since=datetime.fromisoformat(since) if since else None,
            user=str(data.get("user", "")),
            program=str(data.get("program", "shopdesk")),
            started=float(data["started"]) if data.get("started") is not None else None,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


class DatabaseLock:
    """The lock on one SQLite file, held by this process from ``acquire()`` until ``release()``."""

    def __init__(self, database: Path, *, program: str = "shopdesk") -> None:
        self.database = Path(database)
        self.program = program
        self._lock = None
        self.holder: LockHolder | None = None

    @property
    def held(self) -> bool:
        return self._lock is not None

    def acquire(self) -> LockHolder:
        """Take the lock, or raise ``DatabaseInUse`` naming the holder (``DatabaseUnavailable`` when the folder
        cannot hold a lock file at all, e.g. it is read-only)."""
        from filelock import FileLock, Timeout

        if self._lock is not None:
            return self.holder
        for attempt in range(2):
            lock = FileLock(str(lock_path(self.database)), timeout=0, thread_local=False)
            try:
                lock.acquire()
            except Timeout:
                holder = self._wait_for_holder()
                if attempt == 0 and holder is not None and self._stale(holder):
                    self._break_stale_lock()
                    continue
                raise DatabaseInUse(str(self.database), holder or LockHolder(host="", pid=0)) from None
            except OSError as exc:
                raise DatabaseUnavailable(
                    str(self.database), f"cannot lock it ({exc.strerror or exc}); is its folder read-only?"
                ) from exc
            self._lock = lock
            self.holder = self._write_holder()
            return self.holder
        raise DatabaseInUse(str(self.database), read_holder(self.database) or LockHolder(host="", pid=0))

    def release(self) -> None:
        if self._lock is None:
            return
        if read_holder(self.database) == self.holder:  # leave a newer holder's record alone
            with contextlib.suppress(OSError):
                holder_path(self.database).unlink()
        with contextlib.suppress(OSError):
            self._lock.release()
        self._lock = None

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    # --- helpers ------------------------------------------------------------------------------------------------
    def _write_holder(self) -> LockHolder:
        pid = os.getpid()
        try:
            user = getpass.getuser()
        except (KeyError, OSError):
            user = ""
        holder = LockHolder(
            host=this_host(),
            pid=pid,
            since=datetime.now(UTC).replace(microsecond=0),
            user=user,
            program=self.program,
            started=_process_started(pid),
        )
        data = {
            "host": holder.host,
            "pid": holder.pid,
            "since": holder.since.isoformat(),
            "user": holder.user,
            "program": holder.program,
            "started": holder.started,
        }
        target = holder_path(self.database)
        partial = target.with_name(f"{target.name}.{pid}.partial")
        try:  # written whole, then renamed: a reader never sees half a record
            partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(partial, target)
        except OSError:
            # The lock is held all the same; a second copy will only not know whose it is.
            with contextlib.suppress(OSError):
                partial.unlink()
        return holder

    def _wait_for_holder(self, seconds: float = 1.0) -> LockHolder | None:
        """The holder may have taken the OS lock a moment ago and be writing its record right now."""
        deadline = time.monotonic() + seconds
        while True:
            holder = read_holder(self.database)
            if holder is not None or time.monotonic() >= deadline:
                return holder
            time.sleep(0.05)

    def _stale(self, holder: LockHolder) -> bool:
        if holder.host != this_host() or holder.pid == os.getpid():
            return False  # another computer's process cannot be looked at; our own is alive
        return not process_alive(holder.pid, holder.started)

    def _break_stale_lock(self) -> None:
        # On macOS and Linux the lock file can go even if something still has it open (a child process that
        # inherited it): the next lock is taken on a new file. Windows refuses while it is open; then it is held.
        with contextlib.suppress(OSError):
            lock_path(self.database).unlink()
        with contextlib.suppress(OSError):
            holder_path(self.database).unlink()


def current_holder(database: Path) -> LockHolder | None:
    """Who holds the database now, or None when nobody does (checked by taking the lock for a moment)."""
    probe = DatabaseLock(database, program="probe")
    from filelock import FileLock, Timeout

    lock = FileLock(str(lock_path(probe.database)), timeout=0, thread_local=False)
    try:
        lock.acquire()
    except Timeout:
        holder = probe._wait_for_holder()
        return holder or LockHolder(host="", pid=0)
    except OSError:
        return None
    lock.release()
    return None
