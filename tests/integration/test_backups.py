"""Backups kept safe and thinned out, integrity checks, restores that save the state before; and the command
line for them."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta

from shopdesk.db.backup import auto_backup, backups_of, integrity, prune, restore_sqlite
from shopdesk.services.database import open_database
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
    checked = _run("--db", str(path), "check")
    assert (checked.returncode, checked.stdout.strip()) == (0, "ok")
    restored = _run("--db", str(path), "restore", str(copy))
    assert restored.returncode == 0 and "saved in" in restored.stdout
    missing = _run("--db", str(path), "restore", str(tmp_path / "nope.sqlite3"))
    assert missing.returncode == 1
    postgres = _run("--db", "postgresql+psycopg://u@127.0.0.1:1/x", "backup")
    assert postgres.returncode == 2 and "pg_dump" in postgres.stderr
