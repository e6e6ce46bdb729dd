"""shopdesk's temporary files (a backup, an export or a PDF being written, a restore being put in place): their
names, their removal when the work ends, and a sweep of those a killed process left behind.

A temporary file is hidden beside its target and names who writes it: ``.TARGET.PID-THREAD@HOST.part``. SQLite
may add ``-journal``, ``-wal`` or ``-shm`` to it. The name lets ``sweep`` tell a live writer's file (never
touched) from a dead one's, also in a folder several desks share: only this computer's files are judged, and only
files named like ours are ever removed. Used by the database layer and the services alike, so it depends on
neither.
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")
NAME_MAX = 255  # bytes in one file name: ext4, NTFS (in UTF-16 units), APFS

_OURS = re.compile(
    r"^\.(?P<target>.+)\.(?P<pid>\d+)-(?P<thread>\d+)@(?P<host>[A-Za-z0-9_-]+)\.part(-journal|-wal|-shm)?$"
)
# Left by earlier versions of shopdesk: exports and prints (``.TARGET.PID.THREAD.part``, no computer named) and backups
# (``shop-<time>-<kind>.sqlite3.partial`` and SQLite's files beside it, named after no process at all).
_OLD_PART = re.compile(r"^\.(?P<target>.+)\.(?P<pid>\d+)\.(?P<thread>\d+)\.part$")
_OLD_BACKUP = re.compile(
    r"^(?P<partial>.+-\d{8}T\d{12}Z-[A-Za-z0-9._-]+\.sqlite3\.partial)(?P<side>-journal|-wal|-shm)?$"
)
# A file of the old kinds is only judged stale when nobody wrote to it for this long: its name cannot say which
# computer writes it.
OLD_FILE_QUIET_SECONDS = 60 * 60


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "-", socket.gethostname())[:63] or "host"


def temporary_path(target: Path) -> Path:
    """The temporary name beside ``target`` for this process and thread. A target's name near the file system's
    255 bytes is shortened in it (SQLite's ``-journal`` included), so a name that is allowed never fails for its
    temporary one."""
    target = Path(target)
    tail = f".{os.getpid()}-{threading.get_ident()}@{_host()}.part"
    name = target.name
    while name and len(os.fsencode(f".{name}{tail}-journal")) > NAME_MAX:
        name = name[:-1]
    return target.with_name(f".{name}{tail}")


def remove(path: Path) -> None:
    """Remove a temporary file and whatever SQLite kept beside it."""
    for suffix in ("", *SQLITE_SIDE_FILES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@contextmanager
def temporary_beside(target: Path) -> Iterator[Path]:
    """``with temporary_beside(target) as partial: ...``: the folder's stale temporary files are swept first; the
    temporary file (and SQLite's files beside it) are gone when the block ends, whether it renamed it into place
    or failed."""
    partial = temporary_path(target)
    sweep(partial.parent)
    try:
        yield partial
    finally:
        remove(partial)


def sweep(folder: Path) -> list[Path]:
    """Remove the temporary files in ``folder`` that processes which no longer run left behind; return them.

    Never a file another process on this computer is still writing, nor one from another computer, nor anything
    not named like shopdesk's temporary files. A folder that cannot be read is left alone."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    names = {entry.name for entry in entries}
    host = _host()
    now = time.time()
    for entry in entries:
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            modified = entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        stale = False
        ours = _OURS.match(entry.name)
        if ours is not None:
            stale = ours["host"] == host and not _writing(int(ours["pid"]), modified)
        elif (old := _OLD_PART.match(entry.name)) is not None:
            stale = now - modified > OLD_FILE_QUIET_SECONDS and not _writing(int(old["pid"]), modified)
        elif (old := _OLD_BACKUP.match(entry.name)) is not None:
            # SQLite's files beside a copy that is gone (renamed into place or removed) belong to nobody
            orphan = old["side"] is not None and old["partial"] not in names
            stale = orphan or now - modified > OLD_FILE_QUIET_SECONDS
        if stale:
            try:
                os.unlink(entry.path)
            except FileNotFoundError:
                continue
            except OSError:
                continue  # e.g. read-only media: the next sweep tries again
            removed.append(Path(entry.path))
    return removed


def _writing(pid: int, modified: float) -> bool:
    """Whether process ``pid`` on this computer may be writing a file last changed at ``modified``: it runs, and
    it started before that change (a process that started later only reuses a dead writer's number)."""
    import psutil  # only when a file named like ours is found: start-up stays light

    try:
        process = psutil.Process(pid)
        if process.status() == psutil.STATUS_ZOMBIE:
            return False
        started = process.create_time()
    except psutil.NoSuchProcess:
        return False
    except psutil.Error:
        return True  # not ours to judge (another user's process): leave the file
    return started <= modified + 2  # create_time is only exact to about a second
