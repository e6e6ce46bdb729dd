"""A worker process runs real imports, refunds and CSV exports through the services and is killed with SIGKILL, 50
times (each time a fresh process, forked from a child that imported shopdesk once), at moments it reports: inside
an import's transaction before its first write, with everything written but not committed, just after a commit,
with part of an export written, … — chosen at random with a fixed seed. The worker waits at each reported moment
for the parent's go-ahead, so a kill lands at the same point of the work on a slow machine as on a fast one.
Afterwards SQLite's integrity check is ok, no import is half-done, an import killed before its commit left nothing
and one killed after it is all there, every change the worker saw committed (its journal, written after each
commit) is there, and no export is under its final name unless it is whole."""

from __future__ import annotations

import csv
import os
import random
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from shopdesk.services.database import open_database
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings

CHILD = Path(__file__).with_name("fault_child.py")
KILLS = 50
MOMENTS = (
    "import-writing",  # the import's transaction is open, nothing written yet
    "import-commit",  # every row written, COMMIT not yet sent
    "import-committed",  # committed, not yet in the journal
    "order-commit",
    "order-committed",
    "refund-commit",  # one of the return's steps (request, approve, receive, inspect, refund), before its COMMIT
    "refund-committed",
    "export-page",  # part of the export written under its temporary name
    "export-done",  # the export in place, not yet in the journal
)


def _kill_at(child: subprocess.Popen, moment: str, nth: int, log: Path) -> tuple[str, dict[str, int]]:
    """Let the worker go on until it reports ``moment`` for the ``nth`` time, then SIGKILL it there. Returns the
    name of the work it was killed in and the rows each export it began must hold."""
    worker = 0
    seen = 0
    export_rows: dict[str, int] = {}
    while True:
        line = child.stdout.readline()
        kind, name, *rest = line.split() or ["", ""]
        assert kind and kind != "ended", f"the worker stopped before {moment} #{nth}: {line}" + _tail(log)
        if kind == "pid":
            worker = int(name)
            continue
        if kind.startswith("export"):
            export_rows[name] = int(rest[0])
        if kind == moment:
            seen += 1
            if seen == nth:
                os.kill(worker, signal.SIGKILL)
                return name, export_rows
        child.stdin.write("go\n")
        child.stdin.flush()


def _tail(log: Path) -> str:
    return log.read_text(errors="replace")[-2000:]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_at_reported_moments_nothing_is_half_done_and_nothing_committed_is_lost(tmp_path):
    path = tmp_path / "shop.sqlite3"
    database = open_database("sqlite:///" + str(path))
    build_services(database.unit_of_work).settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    database.close()
    rng = random.Random(7)
    root = str(Path(__file__).resolve().parents[2])
    export_rows: dict[str, int] = {}
    killed_at: Counter[str] = Counter()
    log = tmp_path / "child.log"
    with open(log, "wb") as stderr:
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(path), str(tmp_path)],
            env={"PYTHONPATH": root, "SHOPDESK_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            encoding="utf-8",
        )
    try:
        assert child.stdout.readline() == "ready\n", _tail(log)
        for run in range(KILLS):
            _kill_one(child, run, rng, tmp_path, path, log, export_rows, killed_at)
    finally:
        child.kill()
        child.wait()
        child.stdin.close()
        child.stdout.close()
    assert set(killed_at) == set(MOMENTS), killed_at  # the kills landed at every kind of moment, amid real work
    lines = (tmp_path / "journal.txt").read_text(encoding="utf-8").splitlines()
    assert sum(line.startswith("import") for line in lines) >= 10


def _kill_one(child, run, rng, tmp_path, path, log, export_rows, killed_at) -> None:  # noqa: ANN001, PLR0913
    """One run: a fresh worker process, killed at a moment chosen at random; then everything is checked."""
    from tests.integration.fault_child import ORDERS_PER_FILE

    moment, nth = rng.choice(MOMENTS), rng.randint(1, 3)
    child.stdin.write(f"run {run}\n")
    child.stdin.flush()
    name, began = _kill_at(child, moment, nth, log)
    ended = child.stdout.readline().split()
    assert ended == ["ended", str(run), str(-signal.SIGKILL)], (ended, _tail(log))
    killed_at[moment] += 1
    export_rows.update(began)

    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        per_file = dict(
            raw.execute(
                "SELECT substr(external_id, 2, length(external_id) - 3), count(*) FROM shop_order "
                "WHERE source = 'shopify' GROUP BY 1"
            ).fetchall()
        )
        assert all(n == ORDERS_PER_FILE for n in per_file.values()), per_file  # never half an import
        if moment in ("import-writing", "import-commit"):
            assert name not in per_file, (moment, name)  # killed before its COMMIT: nothing of it
        elif moment == "import-committed":
            assert per_file.get(name) == ORDERS_PER_FILE, (moment, name)  # committed: all of it
        journal = tmp_path / "journal.txt"
        for line in journal.read_text(encoding="utf-8").splitlines() if journal.exists() else []:
            kind, key = line.split()
            if kind == "import":
                assert per_file.get(key) == ORDERS_PER_FILE, line
            elif kind == "refund":
                status, refund = raw.execute(
                    "SELECT status, refund_minor FROM return_request WHERE id = ?", (int(key),)
                ).fetchone()
                assert (status, refund) == ("refunded", 3000), line
            else:
                assert (tmp_path / f"export-{key}.csv").exists(), line
    finally:
        raw.close()
    # An export is under its final name only whole; one killed mid-way is not there at all.
    for export in tmp_path.glob("export-*.csv"):
        key = export.stem.removeprefix("export-")
        with open(export, encoding="utf-8-sig", newline="") as handle:
            assert len(list(csv.reader(handle))) - 1 == export_rows[key], export.name
    if moment == "export-page":
        assert not (tmp_path / f"export-{name}.csv").exists(), name
