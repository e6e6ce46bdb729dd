"""One copy of shopdesk at a time on a SQLite file: a second process is told who holds it, a dead holder's lock
is taken over silently, and commands that write refuse while commands that read still run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from shopdesk.services.database import open_database
from shopdesk.services.database_lock import DatabaseLock, holder_path, lock_path, read_holder, this_host
from shopdesk.services.errors import DatabaseInUse

HOLD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from shopdesk.services.database_lock import DatabaseLock
    lock = DatabaseLock(Path(sys.argv[1]), program="shopdesk test")
    try:
        lock.acquire()
    except Exception as exc:
        print("REFUSED", getattr(exc, "holder", exc), flush=True)
        sys.exit(3)
    print("HELD", flush=True)
    sys.stdin.readline()  # until the test says so
    lock.release()
    """
)


def _holder_process(path):
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout.readline().strip() == "HELD"
    return process


def _dead_pid():
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_second_process_cannot_take_the_lock_and_is_told_the_holders_host_and_pid(tmp_path):
    path = tmp_path / "shop.sqlite3"
    with DatabaseLock(path) as lock:
        other = subprocess.run([sys.executable, "-c", HOLD, str(path)], capture_output=True, text=True, timeout=60)
        assert other.returncode == 3, other.stdout + other.stderr
        assert f"on {this_host()}, process {os.getpid()}" in other.stdout
        assert lock.holder.pid == os.getpid()


def test_this_process_is_told_who_holds_a_database_another_process_has_open(tmp_path):
    path = tmp_path / "shop.sqlite3"
    process = _holder_process(path)
    try:
        with pytest.raises(DatabaseInUse) as refused:
            open_database("sqlite:///" + str(path), lock=True)
        holder = refused.value.holder
        assert (holder.host, holder.pid, holder.program) == (this_host(), process.pid, "shopdesk test")
        assert holder.since is not None
    finally:
        process.communicate("\n", timeout=30)
    database = open_database("sqlite:///" + str(path), lock=True)  # free again once it let go
    database.close()


def test_a_lock_whose_process_died_is_taken_over_silently(tmp_path):
    path = tmp_path / "shop.sqlite3"
    process = _holder_process(path)
    process.kill()  # no chance to clean up: the holder file stays behind
    process.wait()
    assert read_holder(path).pid == process.pid
    database = open_database("sqlite:///" + str(path), lock=True)
    try:
        assert read_holder(path).pid == os.getpid()
    finally:
        database.close()
    assert not holder_path(path).exists()


@pytest.mark.skipif(sys.platform == "win32", reason="an orphaned OS lock on an unlinked file is a POSIX case")
def test_a_lock_still_held_by_the_os_for_a_dead_process_on_this_computer_is_recovered(tmp_path):
    import fcntl

    path = tmp_path / "shop.sqlite3"
    # something still holds the OS lock (e.g. a child that inherited it), but the recorded holder is gone
    handle = open(lock_path(path), "w")  # noqa: SIM115
    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    holder_path(path).write_text(json.dumps({"host": this_host(), "pid": _dead_pid(), "since": None}))
    try:
        with DatabaseLock(path) as lock:
            assert lock.holder.pid == os.getpid()
    finally:
        handle.close()


def test_a_holder_on_another_computer_is_never_taken_over(tmp_path):
    path = tmp_path / "shop.sqlite3"
    process = _holder_process(path)
    try:
        record = json.loads(holder_path(path).read_text())
        holder_path(path).write_text(json.dumps({**record, "host": "till-2", "pid": _dead_pid()}))
        with pytest.raises(DatabaseInUse) as refused:
            DatabaseLock(path).acquire()
        assert refused.value.holder.host == "till-2"
    finally:
        process.communicate("\n", timeout=30)


def _run(*args):
    return subprocess.run([sys.executable, "-m", "shopdesk", *args], capture_output=True, text=True, timeout=120)


def test_commands_that_write_refuse_a_held_database_and_commands_that_read_run(tmp_path):
    path = tmp_path / "shop.sqlite3"
    open_database("sqlite:///" + str(path)).close()
    copy = _run("--db", str(path), "backup", "--to", str(tmp_path / "usb"))
    assert copy.returncode == 0, copy.stderr
    process = _holder_process(path)
    try:
        for command in (
            ["restore", copy.stdout.strip()],
            ["demo"],
            ["print", "notes", "--orders", "1", "--out", "x.pdf"],
        ):
            refused = _run("--db", str(path), *command)
            assert refused.returncode == 3, (command, refused.stderr)
            assert f"process {process.pid}" in refused.stderr and "close it there first" in refused.stderr
        for command in (["orders", "list"], ["check"], ["backup"], ["returns", "list"]):
            assert _run("--db", str(path), *command).returncode == 0, command
    finally:
        process.communicate("\n", timeout=30)
