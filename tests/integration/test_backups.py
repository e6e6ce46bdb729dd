"""Backups kept safe and thinned out (the automatic ones only), integrity checks, restores that save the state
before, nothing left beside a copy (also after a kill or a full disk); and the command line for them."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from shopdesk import temporary_files
from shopdesk.db.backup import auto_backup, backup_sqlite, backups_of, integrity, prune, restore_sqlite
from shopdesk.services.backups import BackupService
from shopdesk.services.database import open_database
from shopdesk.services.errors import InvalidInput
from shopdesk.services.exports import run_to_end
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services


def _shop(tmp_path, orders=1):
    path = tmp_path / "shop.sqlite3"
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


def test_thinning_keeps_seven_days_four_weeks_and_twelve_months(tmp_path):
    source = tmp_path / "shop.sqlite3"
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 12, 1, 12, tzinfo=UTC)
    for hours in range(0, 24 * 400, 12):  # two backups a day for 400 days
        made = now - timedelta(hours=hours)
        (folder / f"shop-{made.strftime('%Y%m%dT%H%M%S%fZ')}-auto.sqlite3").write_bytes(b"x")
    (folder / "other-20261201T000000000000Z-auto.sqlite3").write_bytes(b"x")  # another database's: untouched
    prune(source, folder)
    kept = [made for made, _path in backups_of(source, folder)]
    days = {made.date() for made in kept}
    assert len(kept) == len(days)  # one a day at most
    assert all((now - timedelta(days=d)).date() in days for d in range(7))  # the last seven days
    assert len(kept) <= 7 + 4 + 12 and min(kept) > now - timedelta(days=400)
    assert (folder / "other-20261201T000000000000Z-auto.sqlite3").exists()


def test_an_automatic_backup_is_made_only_when_something_changed(tmp_path):
    path = _shop(tmp_path)
    folder = tmp_path / "backups"
    first = auto_backup(path, folder)
    assert first is not None and integrity(first) == "ok" and _orders(first) == 1
    assert auto_backup(path, folder) is None  # nothing changed since
    database = open_database("sqlite:///" + str(path))
    build_services(database.unit_of_work).orders.place_order(OrderDraft(lines=(LineDraft("Tea", 1, 500),)))
    database.close()
    second = auto_backup(path, folder)
    assert second is not None and _orders(second) == 2


def test_a_restore_saves_the_state_before_and_puts_the_backup_in_place(tmp_path):
    path = _shop(tmp_path)
    folder = tmp_path / "backups"
    backup = auto_backup(path, folder)
    database = open_database("sqlite:///" + str(path))
    build_services(database.unit_of_work).orders.place_order(OrderDraft(lines=(LineDraft("Tea", 1, 500),)))
    database.close()
    saved = restore_sqlite(backup, path, folder)
    assert _orders(path) == 1 and _orders(saved) == 2
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    try:
        restore_sqlite(damaged, path, folder)
    except Exception:  # noqa: BLE001
        pass
    assert _orders(path) == 1  # a bad backup changes nothing


def _run(*args):
    return subprocess.run([sys.executable, "-m", "shopdesk", *args], capture_output=True, text=True, timeout=60)


def test_backup_check_and_restore_from_the_command_line(tmp_path):
    path = _shop(tmp_path, orders=2)
    usb = tmp_path / "usb"
    made = _run("--db", str(path), "backup", "--to", str(usb))
    assert made.returncode == 0, made.stderr
    copy = usb / made.stdout.strip().rsplit("/", 1)[-1]
    assert copy.is_file() and _orders(copy) == 2
    assert list(usb.iterdir()) == [copy]  # nothing beside it
    checked = _run("--db", str(path), "check")
    assert (checked.returncode, checked.stdout.strip()) == (0, "ok")
    restored = _run("--db", str(path), "restore", str(copy))
    assert restored.returncode == 0 and "saved in" in restored.stdout
    missing = _run("--db", str(path), "restore", str(tmp_path / "nope.sqlite3"))
    assert missing.returncode == 1
    postgres = _run("--db", "postgresql+psycopg://u@127.0.0.1:1/x", "backup")
    assert postgres.returncode == 2 and "pg_dump" in postgres.stderr


def _backup_name(made, label):
    return f"shop-{made.strftime('%Y%m%dT%H%M%S%fZ')}-{label}.sqlite3"


def test_thinning_deletes_only_automatic_backups_never_one_the_owner_asked_for_or_one_made_before_a_change(tmp_path):
    source = tmp_path / "shop.sqlite3"
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 12, 7, 21, 48, tzinfo=UTC)
    for days in range(60):  # an automatic backup every day for two months
        (folder / _backup_name(now - timedelta(days=days), "auto")).write_bytes(b"x")
    kept = [
        _backup_name(now - timedelta(minutes=2), "manual"),  # Back up now, two minutes before the start-up backup
        _backup_name(now - timedelta(days=40, hours=1), "manual"),
        _backup_name(now - timedelta(days=30, hours=2), "before-import"),
        _backup_name(now - timedelta(days=20, hours=3), "before-restore"),
        _backup_name(now - timedelta(days=50, hours=4), "before-migration-0021_chain_days"),
        _backup_name(now - timedelta(days=45, hours=5), "before-demo"),
    ]
    for name in kept:
        (folder / name).write_bytes(b"x")
    removed = prune(source, folder)
    assert removed and all(path.name.endswith("-auto.sqlite3") for path in removed)
    assert all((folder / name).exists() for name in kept)


def test_a_backup_made_by_hand_survives_the_automatic_backup_minutes_later(tmp_path):
    path = _shop(tmp_path)
    folder = tmp_path / "backups"
    assert auto_backup(path, folder) is not None  # this morning's
    backups = BackupService(database_path=path, folder=lambda: folder)
    by_hand = run_to_end(backups.back_up())  # Back up now
    database = open_database("sqlite:///" + str(path))
    build_services(database.unit_of_work).orders.place_order(OrderDraft(lines=(LineDraft("Tea", 1, 500),)))
    database.close()
    assert auto_backup(path, folder) is not None  # the start-up backup, the same day
    assert by_hand.is_file()
    assert [entry.kind for entry in backups.list_backups()] == ["automatic", "manual"]  # this morning's thinned


def test_only_a_listed_backup_can_be_deleted(tmp_path):
    path = _shop(tmp_path)
    folder = tmp_path / "backups"
    backups = BackupService(database_path=path, folder=lambda: folder)
    made = run_to_end(backups.back_up())
    with pytest.raises(InvalidInput):
        backups.delete(path)  # the shop's own database is not a backup
    assert path.is_file()
    backups.delete(made)
    assert not made.exists() and backups.list_backups() == []


def test_a_backup_of_an_open_shop_leaves_nothing_beside_the_copy_nor_does_checking_it(tmp_path):
    path = _shop(tmp_path)
    database = open_database("sqlite:///" + str(path))  # open, as in the window: the file is in WAL mode
    try:
        build_services(database.unit_of_work).orders.place_order(OrderDraft(lines=(LineDraft("Tea", 1, 500),)))
        folder = tmp_path / "backups"
        made = [
            auto_backup(path, folder),
            backup_sqlite(path, folder, "manual"),
            run_to_end(BackupService(database_path=path, folder=lambda: folder).back_up(kind="before-import")),
        ]
        assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in made)
        for backup in made:
            assert integrity(backup) == "ok" and _orders(backup) == 2
        assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in made)  # checking added nothing
    finally:
        database.close()
    saved = restore_sqlite(made[0], path, folder)
    beside = {p.name for p in tmp_path.iterdir()} - {"shop.sqlite3", "shop.sqlite3-wal", "shop.sqlite3-shm"}
    assert beside <= {"backups", "data", "shop.sqlite3.lock"}  # nothing of the restore's temporary copy
    assert sorted(p.name for p in folder.iterdir()) == sorted([saved.name] + [p.name for p in made])


def test_a_backup_that_fails_at_the_end_leaves_nothing_behind(tmp_path, monkeypatch):
    """A full disk often shows only when the copy is synced (ENOSPC from fsync): by then SQLite had its files."""
    import errno
    import os

    path = _shop(tmp_path, orders=3)
    usb = tmp_path / "usb"

    def full(_fd):  # noqa: ANN001, ANN202
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        backup_sqlite(path, usb, "manual")
    assert list(usb.iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE")
def test_a_backup_onto_a_full_disk_fails_and_leaves_nothing_behind(tmp_path):
    path = _shop(tmp_path, orders=300)
    usb = tmp_path / "usb"
    usb.mkdir()
    # The child may write files of at most 64 KB: the copy runs out of room midway, as on a full stick.
    code = (
        "import resource, signal, sys\n"
        "from pathlib import Path\n"
        "from shopdesk.db.backup import backup_sqlite\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))\n"
        "try:\n"
        "    backup_sqlite(Path(sys.argv[1]), Path(sys.argv[2]), 'manual')\n"
        "except Exception as exc:\n"
        "    print('failed:', exc)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(path), str(usb)], capture_output=True, text=True, timeout=60)
    assert done.stdout.startswith("failed:"), done.stdout + done.stderr
    assert list(usb.iterdir()) == []


_BLOCKED_CHILD = """
import os, sys
from pathlib import Path

real_replace = os.replace


def replace(src, dst):  # the temporary file is whole: say where it is, then wait to be killed
    print(src, flush=True)
    sys.stdin.read()
    real_replace(src, dst)


os.replace = replace
what, source, folder = sys.argv[1:4]
if what == "backup":
    from shopdesk.db.backup import backup_sqlite

    backup_sqlite(Path(source), Path(folder), "manual")
elif what == "export":
    from shopdesk.services.database import open_database
    from shopdesk.services.exports import ExportService, run_to_end

    database = open_database("sqlite:///" + source)
    run_to_end(ExportService(database.unit_of_work).export_orders(Path(folder) / "orders.csv"))
else:
    from shopdesk.services.database import open_database
    from shopdesk.services.print_studio import PrintRequest, PrintService
    from shopdesk.services.settings import SettingsService
    from shopdesk.views.print_texts import texts_for

    database = open_database("sqlite:///" + source)
    prints = PrintService(database.unit_of_work, SettingsService(database.unit_of_work))
    ids = prints.order_ids(status="new")
    for _ in prints.write_pdf(ids, PrintRequest(), texts_for(), Path(folder) / "inserts.pdf"):
        pass
"""


def _killed_midway(what, source, folder):
    """Run a backup, an export or a print in a child and kill it once its temporary file is whole; return that file."""
    import os
    import signal

    child = subprocess.Popen(
        [sys.executable, "-c", _BLOCKED_CHILD, what, str(source), str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    partial = Path(child.stdout.readline().strip())
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    return partial


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_what_a_killed_backup_export_or_print_left_is_swept_by_the_next_one_and_nothing_else(tmp_path):
    path = _shop(tmp_path, orders=20)
    usb = tmp_path / "usb"
    usb.mkdir()
    backup_left = _killed_midway("backup", path, usb)
    assert backup_left.parent == usb and backup_left.stat().st_size >= path.stat().st_size // 2  # a whole copy
    export_left = _killed_midway("export", path, usb)
    assert not backup_left.exists()  # the export into the same folder swept it
    assert export_left.parent == usb and export_left.stat().st_size > 0
    print_left = _killed_midway("print", path, usb)
    assert print_left.parent == usb and print_left.stat().st_size > 0 and not export_left.exists()
    older = usb / "shop-20261207T214600000000Z-manual.sqlite3.partial-wal"  # an earlier shopdesk's orphan
    older.write_bytes(b"")
    # Not ours to remove: someone's files, a file named like ours from another computer, and the temporary file
    # of a process that still runs (this one).
    mine = (usb / "notes.part", usb / ".orders.csv.1-1@ANOTHER-DESK.part", temporary_files.temporary_path(usb / "x"))
    for other in mine:
        other.write_bytes(b"keep")
    made = backup_sqlite(path, usb, "manual")
    assert sorted(usb.iterdir()) == sorted([made, *mine])  # the killed export's file and the orphan are gone
    assert all(p.read_bytes() == b"keep" for p in mine)


def test_a_sweep_leaves_the_file_of_a_live_writer_and_removes_that_of_one_that_ended(tmp_path):
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys; print('ready', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline().strip() == "ready"
    host = temporary_files.temporary_path(tmp_path / "x").name.rsplit("@", 1)[1].removesuffix(".part")
    theirs = tmp_path / f".orders.csv.{child.pid}-1@{host}.part"
    theirs.write_bytes(b"being written")
    assert temporary_files.sweep(tmp_path) == [] and theirs.exists()
    child.stdin.close()
    child.wait(timeout=30)
    assert temporary_files.sweep(tmp_path) == [theirs] and not theirs.exists()


def test_once_roles_are_on_a_backup_outside_the_backups_folder_needs_the_owners_pin(tmp_path, data_dir):
    """Staff may back up into the backups folder; a copy of every customer and PIN hash elsewhere (a USB stick)
    is the owner's: $SHOPDESK_OWNER_PIN or a terminal, else exit 4 and nothing written; each use audited."""
    import os

    from shopdesk import paths
    from shopdesk.services.accounts import AccountService, ScryptParameters

    path = _shop(tmp_path)
    database = open_database("sqlite:///" + str(path))
    AccountService(database.unit_of_work, scrypt=ScryptParameters(n=2**10)).create_owner("Maryam", "1357924")
    database.close()
    usb = tmp_path / "usb"

    def run(*args, pin=None):
        env = {key: value for key, value in os.environ.items() if key != "SHOPDESK_OWNER_PIN"}
        if pin is not None:
            env["SHOPDESK_OWNER_PIN"] = pin
        return subprocess.run(
            [sys.executable, "-m", "shopdesk", "--db", str(path), "backup", *args],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            stdin=subprocess.DEVNULL,
        )

    refused = run("--to", str(usb))
    assert refused.returncode == 4 and "owner's PIN" in refused.stderr and not usb.exists()
    wrong = run("--to", str(usb), pin="0000000")
    assert wrong.returncode == 4 and "not the owner's PIN" in wrong.stderr and not usb.exists()
    assert run().returncode == 0  # into the backups folder: no PIN
    assert run("--to", str(paths.backups_dir())).returncode == 0  # the backups folder named: the same
    done = run("--to", str(usb), pin="1357924")
    assert done.returncode == 0, done.stderr
    assert [p.name for p in usb.iterdir()] == [Path(done.stdout.strip()).name]
    database = open_database("sqlite:///" + str(path))
    log = AccountService(database.unit_of_work).audit_log()
    database.close()
    assert [(entry.account, entry.action) for entry in log][:2] == [
        ("Maryam", "backup.elsewhere"),
        ("Maryam", "accounts.pin_refused"),
    ]


def test_the_start_up_backup_sweeps_what_a_killed_restore_left_beside_the_database(tmp_path):
    path = _shop(tmp_path)
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    host = temporary_files.temporary_path(path).name.rsplit("@", 1)[1].removesuffix(".part")
    left = [tmp_path / f".shop.sqlite3.{child.stdout.strip()}-1@{host}.part{side}" for side in ("", "-journal")]
    for stale in left:
        stale.write_bytes(b"a restore that was killed")
    auto_backup(path, tmp_path / "backups")
    assert not any(stale.exists() for stale in left) and path.is_file()


def test_what_an_earlier_shopdesk_left_is_swept_once_nobody_wrote_to_it_for_an_hour(tmp_path):
    import os
    import time

    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = child.stdout.strip()
    hour_ago = time.time() - temporary_files.OLD_FILE_QUIET_SECONDS - 60
    stale = [
        tmp_path / f".orders.csv.{dead}.140000.part",  # an export's, named by process only
        tmp_path / "shop-20261207T214600000000Z-manual.sqlite3.partial",  # a killed backup's
    ]
    fresh = tmp_path / f".inserts.pdf.{dead}.140000.part"  # written to a minute ago: maybe another desk's, now
    for path in [*stale, fresh]:
        path.write_bytes(b"left")
    for path in stale:
        os.utime(path, (hour_ago, hour_ago))
    assert sorted(temporary_files.sweep(tmp_path)) == sorted(stale)
    assert fresh.exists()
