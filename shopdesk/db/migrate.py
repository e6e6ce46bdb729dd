"""Bring a database up to the newest schema with Alembic, after a backup of a SQLite file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from shopdesk.db.backup import backup_sqlite

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration. Checked against Alembic's own view by tests/integration/test_migrations.py; knowing it
# here lets start-up skip importing Alembic (a quarter of a second) when the database is already up to date.
KNOWN_REVISIONS = (
    "0001_settings",
    "0002_orders",
    "0003_customer_phone_key",
    "0004_order_print",
    "0005_returns",
    "0006_loyalty",
    "0007_feedback",
    "0008_follow_ups",
    "0009_loyalty_programs",
    "0010_product_reorder",
    "0011_rollups",
    "0012_order_source",
    "0013_accounts",
    "0014_customer_email_index",
    "0015_one_owner",
    "0016_order_chain",
    "0017_cohort_months",
    "0018_return_order_at",
    "0019_card_gains",
    "0020_print_chain",
    "0021_chain_days",
    "0022_no_last_order_index",
    "0023_card_gains_not_tiers",
    "0024_phone_unverified",
    "0025_customer_email_index_again",
    "0026_addresses",
    "0027_payments",
    "0028_order_history",
    "0029_tax",
    "0030_shop_clock",
    "0031_care_tips",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest revision as Alembic finds it in the migrations folder."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for a new, empty database), read without importing Alembic."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(versions) > 1:
        raise RuntimeError(f"the database has several schema heads: {versions}")
    return versions[0] if versions else None


def upgrade(engine: Engine, *, sqlite_path: Path | None, backup_dir: Path | None, to: str = "head") -> MigrationResult:
    """Upgrade the schema to ``to``. A SQLite file holding data is backed up first."""
    before = current_revision(engine)
    target = HEAD_REVISION if to == "head" else to
    backup = None
    if before == target:
        return MigrationResult(before, target, None)
    if sqlite_path is not None and backup_dir is not None and before is not None:
        backup = backup_sqlite(sqlite_path, backup_dir, f"before-migration-{target}")
    from alembic import command

    cfg = alembic_config()
    if engine.dialect.name != "sqlite":
        with engine.begin() as conn:  # PostgreSQL: DDL is transactional, the whole upgrade is one transaction
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, to)
        return MigrationResult(before, target, backup)
    _upgrade_sqlite(engine, cfg, to)
    return MigrationResult(before, target, backup)


class MigrationFailed(Exception):
    pass


def _upgrade_sqlite(engine: Engine, cfg: Config, to: str) -> None:
    """Run the upgrade as one real SQLite transaction, with foreign keys off while batch mode rebuilds tables.

    Batch mode copies a table and drops the old one; with foreign keys on, dropping a table that other rows
    point at fails. ``PRAGMA foreign_keys`` only changes outside a transaction, and Python's sqlite3 would
    run DDL outside any transaction, so the connection is put in autocommit and the transaction begun by
    hand: a failing migration leaves nothing half done. Before committing, ``foreign_key_check`` must pass.
    """
    from alembic import command
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    migration_engine = create_engine(engine.url, poolclass=NullPool)
    try:
        with migration_engine.connect() as conn:
            dbapi = conn.connection.driver_connection
            dbapi.isolation_level = None  # autocommit: no implicit BEGIN/COMMIT from the driver
            dbapi.execute("PRAGMA foreign_keys=OFF")
            dbapi.execute(f"PRAGMA busy_timeout={10_000}")
            event.listen(conn, "begin", lambda c: c.exec_driver_sql("BEGIN IMMEDIATE"))
            try:
                with conn.begin():
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, to)
                    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if problems:
                        raise MigrationFailed(f"the migration would break references: {problems[:5]}")
            finally:
                dbapi.execute("PRAGMA foreign_keys=ON")
    finally:
        migration_engine.dispose()
