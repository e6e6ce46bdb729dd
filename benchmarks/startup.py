"""Start-up benchmark: process start -> main window painted -> first orders on screen, on the demo database.

    python benchmarks/startup.py [--runs 7] [--orders 2000]

Compares, in the same run, against raw baselines: a bare PySide6 window (process start to first paint) and
a bare PySide6 window that fills a QTableWidget with the same 200 newest orders through raw sqlite3.
Targets (issue 2): painted <= 0.35 s, first data <= 1.1 s. Prints medians and ratios; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = r"""
import sys, time, json
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem
db = sys.argv[2] if len(sys.argv) > 2 else None
app = QApplication([])
w = QMainWindow(); moments = {}
class Spy(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint and "painted" not in moments:
            moments["painted"] = time.time(); QTimer.singleShot(0, load)
        return False
def load():
    if db:
        import sqlite3
        rows = sqlite3.connect(db).execute(
            "SELECT o.number, o.created_at, c.name, o.status, o.channel, o.total_minor FROM shop_order o "
            "LEFT JOIN customer c ON c.id = o.customer_id ORDER BY o.created_at DESC, o.id DESC LIMIT 200").fetchall()
        t = QTableWidget(len(rows), 6); w.setCentralWidget(t)
        for r, row in enumerate(rows):
            for c, v in enumerate(row): t.setItem(r, c, QTableWidgetItem(str(v)))
        app.processEvents()
    moments["data_shown"] = time.time()
    open(sys.argv[1], "w").write(json.dumps({"moments": moments})); app.quit()
spy = Spy(); w.installEventFilter(spy); w.resize(1100, 700); w.show(); app.exec()
"""


def _timed(cmd: list[str], report: Path, env: dict[str, str]) -> dict[str, float]:
    report.unlink(missing_ok=True)
    start = time.time()
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=120)
    moments = json.loads(report.read_text())["moments"]
    return {name: moments[name] - start for name in ("painted", "data_shown")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--orders", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "SHOPDESK_DATA_DIR": str(tmpdir / "data"),
        }
        db = tmpdir / "demo.sqlite3"
        subprocess.run(
            [sys.executable, "-m", "shopdesk", "--db", str(db), "demo", "--orders", str(args.orders)],
            env=env,
            check=True,
            capture_output=True,
        )
        report = tmpdir / "report.json"
        bare_script = tmpdir / "bare.py"
        bare_script.write_text(BARE_WINDOW)
        commands = {
            "bare PySide6 window": [sys.executable, str(bare_script), str(report)],
            "bare PySide6 + sqlite3 table": [sys.executable, str(bare_script), str(report), str(db)],
            "shopdesk": [
                sys.executable,
                "-m",
                "shopdesk",
                "--db",
                str(db),
                "--lang",
                "fa",
                "--startup-report",
                str(report),
                "--quit-when-ready",
            ],
        }
        results: dict[str, dict[str, list[float]]] = {name: {"painted": [], "data_shown": []} for name in commands}
        for _ in range(args.runs):  # interleaved so machine noise hits every contender alike
            for name, cmd in commands.items():
                for key, value in _timed(cmd, report, env).items():
                    results[name][key].append(value)
    med = {name: {k: statistics.median(v) for k, v in r.items()} for name, r in results.items()}
    print(f"start-up, median of {args.runs} runs, {args.orders} demo orders, seconds from process start")
    print(f"{'':32} {'painted':>9} {'data':>9}")
    for name, m in med.items():
        print(f"{name:32} {m['painted']:9.3f} {m['data_shown']:9.3f}")
    ours, bare, bare_data = med["shopdesk"], med["bare PySide6 window"], med["bare PySide6 + sqlite3 table"]
    print(f"ratio painted vs bare window:        {ours['painted'] / bare['painted']:.2f}x  (target <= 0.35 s)")
    print(
        f"ratio first data vs bare sqlite3:    {ours['data_shown'] / bare_data['data_shown']:.2f}x  (target <= 1.1 s)"
    )
    verdict = ours["painted"] <= 0.35 and ours["data_shown"] <= 1.1
    print("targets met" if verdict else "targets NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
