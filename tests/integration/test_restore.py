"""A restore takes only a sound shopdesk database, refused before anything is touched and with the reason; it keeps
the shop's record (the audit entries written since the backup, the wrong-PIN waits, an entry for itself); and any
damage, a schema that is not even UTF-8 included, gets the plain "damaged" answer from check, open and restore —
never a traceback. Restore and check are SQLite's: on PostgreSQL they exit 2."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from shopdesk import paths
from shopdesk.db.backup import backup_sqlite
from shopdesk.services.accounts import AccountService, ScryptParameters
from shopdesk.services.backups import BackupService
from shopdesk.services.database import open_database
from shopdesk.services.errors import DatabaseDamaged, InvalidInput, PinRefused, TooManyTries
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services

FAST = ScryptParameters(n=2**4)
OWNER_PIN = "482915"


def _shop(tmp_path, name="shop.sqlite3", orders=2):
    path = tmp_path / name
    database = open_database("sqlite:///" + str(path))
    services = build_services(database.unit_of_work)
    for _ in range(orders):
        services.orders.place_order(OrderDraft(lines=(LineDraft("Soap", 1, 1000),)))
    database.close()
    return path


def _orders(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM shop_order").fetchone()[0]
    finally:
        conn.close()


def _run(*args, pin=None):
    env = {**os.environ}
    if pin is not None:
        env["SHOPDESK_OWNER_PIN"] = pin
    return subprocess.run(
        [sys.executable, "-m", "shopdesk", *args], capture_output=True, text=True, timeout=120, env=env, stdin=None
    )


def schema_not_utf8(path):  # also used by the window's and the app's tests
    """The damage of issue 17: a byte 0xa6 in a table's CREATE text, so SQLite's complaint is not UTF-8 either."""
    conn = sqlite3.connect(path)
    conn.text_factory = bytes
    conn.execute("PRAGMA writable_schema=ON")
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name='setting'").fetchone()[0]
    conn.execute(
        "UPDATE sqlite_master SET sql=CAST(? AS TEXT) WHERE name='setting'", (sql.replace(b"(", b"\xa6 (", 1),)
    )
    conn.commit()
    conn.close()


def _hostile_files(tmp_path, good):
    """Files that are not a restorable shopdesk database, each with the reason it must be refused."""
    folder = tmp_path / "hostile"
    folder.mkdir()
    files = {}

    def copy(name):
        target = folder / f"{name}.sqlite3"
        shutil.copy(good, target)
        return target

    (folder / "empty.sqlite3").write_bytes(b"")
    files["empty"] = (folder / "empty.sqlite3", "empty")
    (folder / "text.sqlite3").write_text("These are my shop notes, not a database.\n" * 200)
    files["text"] = (folder / "text.sqlite3", "not_a_database")
    (folder / "header.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    files["header only"] = (folder / "header.sqlite3", "damaged")
    other = folder / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('another program')")
    conn.commit()
    conn.close()
    files["another program's database"] = (other, "not_shopdesk")
    alembic = folder / "alembic.sqlite3"
    conn = sqlite3.connect(alembic)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.execute("INSERT INTO alembic_version VALUES ('3f2a1b9c0d')")
    conn.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    files["another program's Alembic database"] = (alembic, "not_shopdesk")
    newer = copy("newer")
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.commit()
    conn.close()
    files["a newer shopdesk's"] = (newer, "newer")
    bad_schema = copy("schema")
    schema_not_utf8(bad_schema)
    files["schema text not UTF-8"] = (bad_schema, "damaged")
    truncated = copy("truncated")
    data = truncated.read_bytes()
    truncated.write_bytes(data[: len(data) // 2 + 100])
    files["truncated"] = (truncated, "damaged")
    scribbled = copy("scribbled")
    data = bytearray(scribbled.read_bytes())
    noise = random.Random(17)
    for offset in range(4096 + 512, len(data) - 512, 4096):  # random bytes in the middle of every page
        data[offset : offset + 256] = bytes(noise.randrange(256) for _ in range(256))
    scribbled.write_bytes(bytes(data))
    files["random bytes in the pages"] = (scribbled, "damaged")
    version = copy("version")
    conn = sqlite3.connect(version)
    conn.execute("UPDATE alembic_version SET version_num = CAST(X'30303232a6ff' AS TEXT)")
    conn.commit()
    conn.close()
    files["schema revision not UTF-8"] = (version, "damaged")
    return files


def test_every_hostile_file_is_refused_with_its_reason_before_anything_is_touched(tmp_path):
    path = _shop(tmp_path)
    good = backup_sqlite(path, tmp_path / "kept", "manual")
    service = BackupService(database_path=path, folder=paths.backups_dir)
    before = path.read_bytes()
    hostile_files = _hostile_files(tmp_path, good)
    beside = sorted(p.name for p in (tmp_path / "hostile").iterdir())
    for label, (hostile, problem) in hostile_files.items():
        done = _run("--db", str(path), "restore", str(hostile))
        assert (label, done.returncode) == (label, 1), done.stdout + done.stderr
        assert "Traceback" not in done.stderr and "nothing was written" in done.stderr, (label, done.stderr)
        assert str(hostile) in done.stderr and "Restored" not in done.stdout
        assert path.read_bytes() == before, label
        assert service.list_backups() == [], label  # not even the before-restore backup was made
        check = service.check_backup(hostile)  # the window's Restore… and Verify ask the same function
        assert (label, check.ok, check.problem) == (label, False, problem)
        with pytest.raises(InvalidInput) as refused:
            for _step in service.restore(hostile):
                pass
        assert refused.value.reason == problem
        assert path.read_bytes() == before and service.list_backups() == [], label
        assert sorted(p.name for p in (tmp_path / "hostile").iterdir()) == beside, label  # not even a -wal left
    damaged = _run("--db", str(path), "restore", str(tmp_path / "hostile" / "schema.sqlite3"))
    assert "is damaged" in damaged.stderr
    newer = _run("--db", str(path), "restore", str(tmp_path / "hostile" / "newer.sqlite3"))
    assert "newer shopdesk (0099_from_the_future)" in newer.stderr
    assert service.check_backup(good).ok


def test_a_damaged_shop_database_gets_the_damaged_message_from_check_and_open_never_a_traceback(tmp_path):
    good = _shop(tmp_path)
    files = _hostile_files(tmp_path, good)
    for label in ("schema text not UTF-8", "truncated", "random bytes in the pages", "header only", "text"):
        hostile, _problem = files[label]
        before = hostile.read_bytes()
        checked = _run("--db", str(hostile), "check")
        assert (label, checked.returncode) == (label, 1), checked.stderr
        assert "Traceback" not in checked.stderr and f"{hostile} is damaged" in checked.stderr, (label, checked.stderr)
        listed = _run("--db", str(hostile), "orders", "list")
        assert "Traceback" not in listed.stderr and "is damaged" in listed.stderr, (label, listed.stderr)
        assert "nothing was written" in checked.stderr and "nothing was written" in listed.stderr
        with pytest.raises(DatabaseDamaged):
            open_database("sqlite:///" + str(hostile))
        assert hostile.read_bytes() == before, label


def _roles(path):
    """Owner Sara and staff Ali on the shop at ``path``."""
    database = open_database("sqlite:///" + str(path))
    accounts = AccountService(database.unit_of_work, scrypt=FAST)
    accounts.create_owner("Sara", OWNER_PIN)
    accounts.add_staff("Ali", "111111", by="Sara")
    database.close()


def _ticking(start):
    """A clock a second further on at each reading, so each audit entry has its own time."""
    moments = iter(start + timedelta(seconds=n) for n in range(10_000))
    return lambda: next(moments)


def _since_the_backup(path, clock):
    """What happens after the backup: an export, and wrong PINs until Ali's account must wait."""
    database = open_database("sqlite:///" + str(path))
    accounts = AccountService(database.unit_of_work, scrypt=FAST, clock=clock)
    accounts.audit("Sara", "export.orders", {"rows": 2})
    for _ in range(5):
        with pytest.raises((PinRefused, TooManyTries)):
            accounts.verify("Ali", "999999")
    log = accounts.audit_log()
    waits = {a.name: a.locked_until for a in accounts.accounts()}
    database.close()
    return log, waits


def _trail(path):
    database = open_database("sqlite:///" + str(path))
    try:
        accounts = AccountService(database.unit_of_work)
        return list(reversed(accounts.audit_log())), {a.name: a.locked_until for a in accounts.accounts()}
    finally:
        database.close()


def _failed_tries(path):
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT name, failed_tries FROM account"))
    finally:
        conn.close()


def test_a_restore_keeps_the_audit_trail_and_the_pin_waits_and_records_itself_on_the_command_line(tmp_path):
    path = _shop(tmp_path)
    _roles(path)
    backup = backup_sqlite(path, tmp_path / "kept", "manual")
    kept_then, _ = _trail(backup)
    now = datetime.now(UTC)
    since, waits = _since_the_backup(path, _ticking(now))
    assert waits["Ali"] is not None and waits["Ali"] > now  # Ali must wait
    beside = sorted(p.name for p in backup.parent.iterdir())
    done = _run("--db", str(path), "restore", str(backup), pin=OWNER_PIN)
    assert done.returncode == 0, done.stderr
    saved = next(entry.path for entry in BackupService(database_path=path, folder=paths.backups_dir).list_backups())
    assert "before-restore" in saved.name and str(saved) in done.stdout

    entries, restored_waits = _trail(path)
    described = [(e.account, e.action, e.details) for e in entries]
    written_since = [(e.account, e.action, e.details) for e in reversed(since)][len(kept_then) :]
    assert written_since and described[: len(kept_then)] == [(e.account, e.action, e.details) for e in kept_then]
    assert described[len(kept_then) : -1] == written_since  # carried over, in order, once
    assert [e.at for e in entries[len(kept_then) : -1]] == [e.at for e in reversed(since)][len(kept_then) :]
    restore = entries[-1]
    assert (restore.account, restore.action, restore.details["from"]) == ("Sara", "restore", "command line")
    assert restore.details["backup"] == str(backup) and restore.details["saved_as"] == str(saved)
    assert restore.details["carried"] == len(written_since)
    assert abs(restore.at - datetime.now(UTC)) < timedelta(minutes=10)
    assert restored_waits["Ali"] == waits["Ali"] and _failed_tries(path)["Ali"] == 5  # the wait goes on
    assert _failed_tries(backup)["Ali"] == 0  # although the backup had none
    assert _trail(saved)[0][-1].action == "accounts.locked"  # the state before, older trail and all
    assert sorted(p.name for p in backup.parent.iterdir()) == beside  # reading the backup left nothing beside it
    assert not list(tmp_path.glob("*.restoring*"))

    # Undoing the restore (putting the before-restore backup back) doubles nothing.
    again = _run("--db", str(path), "restore", str(saved), pin=OWNER_PIN)
    assert again.returncode == 0, again.stderr
    undone, _ = _trail(path)
    actions = [(e.at, e.account, e.action) for e in undone]
    assert len(actions) == len(set(actions)) and [e.action for e in undone].count("restore") == 2
    assert len(undone) == len(entries) + 1


def test_the_window_restore_keeps_the_trail_through_the_same_service_and_names_who(tmp_path):
    path = _shop(tmp_path)
    _roles(path)
    backup = backup_sqlite(path, tmp_path / "kept", "manual")
    now = datetime.now(UTC)
    since, waits = _since_the_backup(path, lambda: now)
    database = open_database("sqlite:///" + str(path), lock=True)
    try:
        services = build_services(database.unit_of_work)
        service = BackupService(
            database_path=path, folder=paths.backups_dir, suspend=database.suspend, resume=database.resume
        )
        steps = service.restore(backup, by="Sara")
        while True:
            try:
                next(steps)
            except StopIteration as done:
                result = done.value
                break
        log = list(reversed(services.accounts.audit_log()))
        assert [e.action for e in log[:-1]] == [e.action for e in reversed(since)]
        assert (log[-1].account, log[-1].action, log[-1].details["from"]) == ("Sara", "restore", "window")
        assert log[-1].details["saved_as"] == str(result.saved) and result.carried > 0
        assert {a.name: a.locked_until for a in services.accounts.accounts()} == waits
        with pytest.raises(TooManyTries):  # the wait earned before the restore still holds
            AccountService(database.unit_of_work, scrypt=FAST, clock=lambda: now).verify("Ali", "111111")
    finally:
        database.close()


def test_an_older_backup_without_accounts_is_brought_up_to_date_and_still_gets_the_trail(tmp_path):
    from shopdesk.db import migrate
    from shopdesk.db.engine import make_engine

    old = tmp_path / "old.sqlite3"
    engine = make_engine("sqlite:///" + str(old))
    migrate.upgrade(engine, sqlite_path=None, backup_dir=None, to="0012_order_source")  # before accounts
    engine.dispose()
    path = _shop(tmp_path)
    _roles(path)
    done = _run("--db", str(path), "restore", str(old), pin=OWNER_PIN)
    assert done.returncode == 0, done.stderr
    entries, _ = _trail(path)
    assert [e.action for e in entries] == ["accounts.owner_created", "accounts.staff_added", "restore"]
    assert _orders(path) == 0


def test_a_damaged_shop_database_can_be_restored_over_and_is_kept_as_it_was(tmp_path):
    path = _shop(tmp_path, orders=3)
    backup = backup_sqlite(path, tmp_path / "kept", "manual")
    schema_not_utf8(path)
    damaged = path.read_bytes()
    checked = _run("--db", str(path), "check")
    assert checked.returncode == 1 and "is damaged" in checked.stderr
    done = _run("--db", str(path), "restore", str(backup))
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert _run("--db", str(path), "check").stdout.strip() == "ok" and _orders(path) == 3
    saved = BackupService(database_path=path, folder=paths.backups_dir).list_backups()[0]
    assert saved.kind == "before-restore" and saved.path.read_bytes() == damaged  # kept byte for byte
    entries, _ = _trail(path)
    assert entries[-1].action == "restore" and "not UTF-8" in entries[-1].details["damaged"]


@pytest.mark.parametrize("command", [["check"], ["restore", "backup.sqlite3"]])
def test_check_and_restore_are_sqlite_only_and_exit_2_on_postgresql(tmp_path, command):
    done = _run("--db", "postgresql+psycopg://u@127.0.0.1:1/x", *command)
    assert done.returncode == 2 and "pg_dump" in done.stderr


def test_a_restore_while_another_program_still_reads_the_file_is_refused_and_changes_nothing(tmp_path):
    """Its write-ahead log may still be needed then: it is not removed, and the file is not replaced."""
    from shopdesk.db.backup import BackupFailed

    path = _shop(tmp_path, orders=1)
    backup = backup_sqlite(path, tmp_path / "kept", "manual")
    database = open_database("sqlite:///" + str(path))
    build_services(database.unit_of_work).orders.place_order(OrderDraft(lines=(LineDraft("Tea", 1, 500),)))
    database.close()
    reader = sqlite3.connect(path)  # another program, in the middle of a read
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM shop_order").fetchone()[0] == 2
    writer = sqlite3.connect(path)  # and one that wrote since: its pages are in the log, not in the file yet
    writer.execute("INSERT INTO counter (name, next_value) VALUES ('other-program', 1)")
    writer.commit()
    assert path.with_name(path.name + "-wal").stat().st_size > 0
    try:
        service = BackupService(database_path=path, folder=paths.backups_dir)
        with pytest.raises(BackupFailed, match="in use"):
            for _step in service.restore(backup):
                pass
        assert path.with_name(path.name + "-wal").stat().st_size > 0  # the log is still there
    finally:
        reader.rollback()
        reader.close()
        writer.close()
    assert _orders(path) == 2 and not list(tmp_path.glob("*.restoring*"))
