"""Bring a database up to the newest schema with Alembic, after a backup of a SQLite file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from shopdesk.db.backup import backup_sqlite

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, *, sqlite_path: Path | None, backup_dir: Path | None, to: str = "head") -> MigrationResult:
    """Upgrade the schema to ``to``. A SQLite file holding data is backed up first."""
    before = current_revision(engine)
    target = head_revision() if to == "head" else to
    backup = None
    if before == target:
        return MigrationResult(before, target, None)
    if sqlite_path is not None and backup_dir is not None and before is not None:
        backup = backup_sqlite(sqlite_path, backup_dir, f"before-migration-{target}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, to)
    return MigrationResult(before, target, backup)
