"""What a restore keeps of the shop's record: it is written into the restored copy before that copy replaces the file.

Putting a backup in place brings back the shop's data as it was; it must not bring back an older record of who
did what, nor the accounts' wrong-PIN counts from before (a restore would otherwise wipe the trail of what
happened since the backup and reset the wait someone guessing PINs had earned). So, into the restored copy:

- the copy is first brought up to the current schema (an older backup may predate accounts);
- every audit entry of the state before the restore (the before-restore backup) that the copy does not already
  hold is appended, oldest first, with its own time, account, action and details; entries are matched by their
  content, so restoring the same backup twice, or undoing a restore, never doubles one;
- each account the copy shares (by name) with the state before gets that state's wrong-PIN count and wait;
- one ``restore`` entry says who restored which file, when, from where, how many entries were carried over, and
  which file holds the state before.

All of it is one transaction on the copy: a failure leaves the shop's file untouched.
"""

from __future__ import annotations

import getpass
import json
import sqlite3
from collections import Counter
from pathlib import Path

from sqlalchemy import create_engine, inspect, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

from shopdesk.db import migrate
from shopdesk.db.models import Account, AuditEntry
from shopdesk.db.sqlite_check import read_only_uri, sqlite_check
from shopdesk.db.types import utcnow
from shopdesk.services.account_records import MAX_NAME
from shopdesk.services.database_lock import this_host

_AUDIT = AuditEntry.__table__
_ACCOUNT = Account.__table__
_AUDIT_COLUMNS = (_AUDIT.c.at, _AUDIT.c.account, _AUDIT.c.action, _AUDIT.c.details)


def keep_the_record(copy: Path, before: Path | None, *, backup: Path, by: str = "", via: str = "window") -> int:
    """Bring the restored ``copy`` up to date and write into it the record kept from ``before`` (the before-restore
    backup, None when there was no database) and the restore's own entry; return how many audit entries were
    carried over."""
    engine = create_engine(f"sqlite:///{Path(copy)}", poolclass=NullPool)
    try:
        migrate.upgrade(engine, sqlite_path=None, backup_dir=None)
        entries, waits, damaged = _record_of(before) if before is not None else ([], [], "")
        with engine.begin() as conn:
            held = Counter(tuple(row) for row in conn.execute(select(*_AUDIT_COLUMNS)))
            carried = []
            for entry in entries:  # oldest first; an entry the copy holds already is not written again
                if held[entry] > 0:
                    held[entry] -= 1
                else:
                    carried.append(entry)
            if carried:
                conn.execute(
                    _AUDIT.insert(),
                    [
                        {"at": at, "account": account, "action": action, "details": details}
                        for at, account, action, details in carried
                    ],
                )
            for name, failed_tries, locked_until in waits:
                conn.execute(
                    update(_ACCOUNT)
                    .where(_ACCOUNT.c.name == name)
                    .values(failed_tries=failed_tries, locked_until=locked_until)
                )
            details = {
                "backup": str(backup),
                "saved_as": str(before) if before is not None else "",
                "carried": len(carried),
                "from": via,
                "user": _os_user(),
                "computer": this_host(),
            }
            if damaged:  # the state before could not be read: its trail stays in the file kept as it was
                details["damaged"] = damaged
            conn.execute(
                _AUDIT.insert().values(
                    at=utcnow(),
                    account=by[:MAX_NAME],
                    action="restore",
                    details=json.dumps(details, ensure_ascii=False, sort_keys=True),
                )
            )
    finally:
        engine.dispose()
    return len(carried)


def _record_of(before: Path) -> tuple[list[tuple], list[tuple], str]:
    """The audit entries (oldest first) and the accounts' wrong-PIN counts and waits of a database file, read-only;
    for a damaged file (a restore over a damaged shop) nothing, and what SQLite found."""
    damaged = sqlite_check(before, "quick_check", settled=True) if Path(before).stat().st_size else None
    if damaged:
        return [], [], damaged
    uri = read_only_uri(before, settled=True)
    engine: Engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            tables = inspect(conn)
            entries = (
                [tuple(row) for row in conn.execute(select(*_AUDIT_COLUMNS).order_by(_AUDIT.c.id))]
                if tables.has_table("audit_entry")
                else []
            )
            waits = (
                [
                    tuple(row)
                    for row in conn.execute(select(_ACCOUNT.c.name, _ACCOUNT.c.failed_tries, _ACCOUNT.c.locked_until))
                ]
                if tables.has_table("account")
                else []
            )
    finally:
        engine.dispose()
    return entries, waits, ""


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment nor the password database
        return ""
