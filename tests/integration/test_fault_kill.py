"""A child process runs real imports and refunds through the services and is killed with SIGKILL at random moments,
50 times. Afterwards SQLite's integrity check is ok, no import is half-done, and every change the child saw
committed (its journal, written after each commit) is there."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from shopdesk.services.database import open_database
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings

CHILD = Path(__file__).with_name("fault_child.py")
KILLS = 50


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_at_random_moments_nothing_is_half_done_and_nothing_committed_is_lost(tmp_path):
    from tests.integration.fault_child import ORDERS_PER_FILE

    path = tmp_path / "shop.sqlite3"
    database = open_database("sqlite:///" + str(path))
    build_services(database.unit_of_work).settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    database.close()
    rng = random.Random(7)
    root = str(Path(__file__).resolve().parents[2])
    for run in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(path), str(tmp_path), str(run)],
            env={"PYTHONPATH": root, "SHOPDESK_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"},
            stderr=subprocess.PIPE,
        )
        # the child needs ~0.5 s to start; kill it anywhere from before its first write to several steps in
        time.sleep(rng.uniform(0.3, 1.6))
        child.send_signal(signal.SIGKILL)
        _out, err = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL, err.decode(errors="replace")[-2000:]

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
            journal = tmp_path / "journal.txt"
            for line in journal.read_text(encoding="utf-8").splitlines() if journal.exists() else []:
                kind, key = line.split()
                if kind == "import":
                    assert per_file.get(key) == ORDERS_PER_FILE, line
                else:
                    status, refund = raw.execute(
                        "SELECT status, refund_minor FROM return_request WHERE id = ?", (int(key),)
                    ).fetchone()
                    assert (status, refund) == ("refunded", 3000), line
        finally:
            raw.close()
    lines = (tmp_path / "journal.txt").read_text(encoding="utf-8").splitlines()
    assert sum(line.startswith("import") for line in lines) >= 10  # the kills did land amid real work
