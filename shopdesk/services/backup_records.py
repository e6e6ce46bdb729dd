"""Plain records about backups, for the Backups screen (no database code here: views may import this)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

# What made a backup, from the label in its file name (``shop-<time>-<label>.sqlite3``).
KINDS = ("automatic", "manual", "before-migration", "before-restore", "before-import", "before-demo", "other")


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    made_at: datetime  # UTC
    size: int  # bytes
    kind: str  # one of KINDS


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    ok: bool
    problem: str = ""  # "" when sound; else missing, empty, not_a_database, damaged, not_shopdesk or newer
    details: str = ""  # what SQLite found, or the newer schema's name


@dataclass(frozen=True)
class RestoreResult:
    restored: Path  # the backup that is now the shop's database
    saved: Path | None  # the backup of the state before (with the older audit trail), or None when there was none
    carried: int = 0  # audit entries written since the backup, carried over into the restored database


@dataclass(frozen=True)
class Step:
    """Progress of a backup, a check or a restore, as the background jobs report it."""

    done: int
    total: int


def kind_of(label: str) -> str:
    if label == "auto":
        return "automatic"
    for kind in KINDS:
        if label == kind or label.startswith(kind + "-"):
            return kind
    return "other"
