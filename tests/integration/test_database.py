"""Opening the database: SQLite settings, damaged files left untouched, time zones, units of work."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import text
from sqlalchemy.exc import StatementError
from sqlmodel import select

from shopdesk.db.models import Customer, Setting
from shopdesk.services.database import open_database
from shopdesk.services.errors import DatabaseDamaged


def test_sqlite_connections_keep_foreign_keys_wal_full_sync_and_wait_when_busy(tmp_path):
    database = open_database("sqlite:///" + str(tmp_path / "s.sqlite3"))
    try:
        with database.engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000  # a moment; then DatabaseBusy
    finally:
        database.close()


def test_a_damaged_file_is_reported_and_left_exactly_as_it_was(tmp_path):
    path = tmp_path / "shop.sqlite3"
    database = open_database("sqlite:///" + str(path))
    with database.unit_of_work() as uow:
        for i in range(300):
            uow.session.add(Customer(name=f"Customer {i}" * 20))
        uow.commit()
    database.close()
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data) - 4096, 1024):  # scribble over the pages, keep the header
        data[offset : offset + 64] = b"\xde\xad\xbe\xef" * 16
    path.write_bytes(bytes(data))
    before = path.read_bytes()

    with pytest.raises(DatabaseDamaged) as caught:
        open_database("sqlite:///" + str(path))
    assert str(path) in str(caught.value)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_and_not_overwritten(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"These are my shop notes, not a database.\n" * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseDamaged):
        open_database("sqlite:///" + str(path))
    assert path.read_bytes() == before


def test_times_come_back_as_aware_utc_and_naive_times_are_refused(database):
    tehran = timezone(timedelta(hours=3, minutes=30))
    moment = datetime(2026, 3, 20, 23, 45, tzinfo=tehran)
    with database.unit_of_work() as uow:
        uow.session.add(Setting(key="k", value="v", updated_at=moment))
        uow.commit()
    with database.unit_of_work() as uow:
        stored = uow.session.exec(select(Setting).where(Setting.key == "k")).one().updated_at
    assert stored == moment and stored.tzinfo is not None and stored.utcoffset() == timedelta(0)
    assert stored.astimezone(UTC).hour == 20

    with database.unit_of_work() as uow:
        uow.session.add(Setting(key="naive", value="v", updated_at=datetime(2026, 1, 1)))  # noqa: DTZ001
        with pytest.raises(StatementError, match="naive datetime"):
            uow.session.flush()


def test_a_unit_of_work_left_without_commit_rolls_back(database):
    with database.unit_of_work() as uow:
        uow.session.add(Customer(name="Never saved"))
        uow.session.flush()
    with database.unit_of_work() as uow:
        assert uow.session.exec(select(Customer).where(Customer.name == "Never saved")).first() is None


def test_a_folder_named_with_hash_and_question_mark_opens_and_backs_up_that_very_file(tmp_path):
    from shopdesk import paths
    from shopdesk.db import migrate
    from shopdesk.db.engine import make_engine

    folder = tmp_path / "Shop #2" / "a?b%41"
    folder.mkdir(parents=True)
    url = paths.sqlite_url(folder / "shop.sqlite3")
    assert paths.sqlite_file(url) == folder / "shop.sqlite3"
    engine = make_engine(url)
    migrate.upgrade(engine, sqlite_path=None, backup_dir=None, to="0001_settings")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO setting (key, value, updated_at) VALUES ('shop_name', 'Two', '2026-01-01')"))
    engine.dispose()
    database = open_database(url, backup_dir=tmp_path / "backups")
    database.close()
    assert sorted(p.name for p in folder.iterdir() if p.suffix == ".sqlite3") == ["shop.sqlite3"]
    import sqlite3

    with sqlite3.connect(database.migration.backup) as backup:
        assert backup.execute("SELECT value FROM setting").fetchone() == ("Two",)
    assert [p.name for p in (tmp_path / "Shop #2").iterdir()] == ["a?b%41"]  # no stray file beside it


def test_a_database_from_a_newer_shopdesk_is_refused_before_any_backup(tmp_path):
    from shopdesk.services.errors import DatabaseUnavailable

    url = "sqlite:///" + str(tmp_path / "shop.sqlite3")
    open_database(url).close()
    import sqlite3

    with sqlite3.connect(tmp_path / "shop.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    with pytest.raises(DatabaseUnavailable, match="newer shopdesk"):
        open_database(url, backup_dir=tmp_path / "backups")
    assert not (tmp_path / "backups").exists()


def test_a_folder_given_as_the_database_is_unavailable_not_damaged(tmp_path):
    from shopdesk.services.errors import DatabaseUnavailable

    with pytest.raises(DatabaseUnavailable, match="folder"):
        open_database("sqlite:///" + str(tmp_path))


def test_a_postgresql_url_without_the_driver_names_the_extra_to_install(monkeypatch, capsys):
    import sys

    from shopdesk.cli import main
    from shopdesk.services.errors import DatabaseUnavailable

    monkeypatch.setitem(sys.modules, "psycopg", None)  # as on an installation without shopdesk[postgres]
    url = "postgresql+psycopg://shop@127.0.0.1:9/shop"
    with pytest.raises(DatabaseUnavailable) as refused:
        open_database(url)
    assert "pip install 'shopdesk[postgres]'" in str(refused.value)
    assert main(["orders", "list", "--db", url]) == 1
    err = capsys.readouterr().err
    assert "shopdesk[postgres]" in err and "Traceback" not in err
