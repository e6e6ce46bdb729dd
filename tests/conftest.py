"""Shared fixtures. Qt runs offscreen; every test gets its own data folder and database."""

from __future__ import annotations

import os
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest

POSTGRES_ENV = "SHOPDESK_TEST_POSTGRES_URL"


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("CI") and not os.environ.get(POSTGRES_ENV):
        raise pytest.UsageError(f"CI must run the database tests on PostgreSQL too: set {POSTGRES_ENV}")


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    """Keep preferences, backups and default databases of every test inside its own folder."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("SHOPDESK_DATA_DIR", str(folder))
    monkeypatch.delenv("SHOPDESK_DATABASE_URL", raising=False)
    return folder


def _postgres_url() -> str | None:
    return os.environ.get(POSTGRES_ENV)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):  # noqa: ANN001, ANN201
    """A fresh, empty database URL: a SQLite file, and a PostgreSQL database when a server is configured."""
    if request.param == "sqlite":
        yield "sqlite:///" + str(tmp_path / "shop.sqlite3")
        return
    base = _postgres_url()
    if not base:
        pytest.skip(f"{POSTGRES_ENV} not set")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"shopdesk_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def database(db_url):  # noqa: ANN001, ANN201
    """An opened, migrated database (``services.database.Database``)."""
    from shopdesk.services.database import open_database

    db = open_database(db_url)
    yield db
    db.close()


@pytest.fixture
def demo_database(database):  # noqa: ANN001, ANN201
    from shopdesk.services.demo import build_demo

    build_demo(database.engine, customers=60, orders=450, seed=3)
    return database
