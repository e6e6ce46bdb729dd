"""How long another desk's save waits while a 100,000-row import is written, against the same saves with no import.

    python benchmarks/import_stall.py [--rows 100000] [--every 100] [--rounds 3]

Uses the Shopify-format file of ``import_100k.py`` (written once into benchmarks/out/). In each round, on a fresh
database made by the real migrations (SQLite; and PostgreSQL when SHOPDESK_TEST_POSTGRES_URL is set), a second
process — another desk, with its own connection — places an order every ``--every`` ms through
``OrderService.place_order``:

- raw baseline: while nothing else runs, for as long as the import below takes;
- during the import: while this process runs ``ImportService.import_orders`` on the same database.

A save that meets the import's locks gives up after the lock wait (``DatabaseBusy``) and is tried again at once, as
the order form does by itself; its stall is the time from its first try until it was saved. Prints, per database,
the median and longest stall of both (medians over the rounds, the longest of all), how many saves met the import
(``DatabaseBusy``), and how long the import held its write phase (first write to commit). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
OUT = ROOT / "benchmarks" / "out"


def saver(url: str, every_ms: int) -> int:
    """The other desk: saves an order every ``every_ms`` until a line arrives on stdin, then prints the stalls."""
    from shopdesk.services.database import open_database
    from shopdesk.services.errors import DatabaseBusy
    from shopdesk.services.order_rows import LineDraft, OrderDraft
    from shopdesk.services.registry import build_services

    database = open_database(url)
    orders = build_services(database.unit_of_work).orders
    draft = OrderDraft(lines=(LineDraft("Candle", 1, 3000),))
    orders.place_order(draft)  # connected and warm before the clock starts
    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.readline(), stop.set()), daemon=True).start()
    stalls, busy = [], 0
    print("ready", flush=True)
    while not stop.is_set():
        started = time.perf_counter()
        while True:
            try:
                orders.place_order(draft)
                break
            except DatabaseBusy:
                busy += 1
        stalls.append(time.perf_counter() - started)
        stop.wait(every_ms / 1000)
    database.close()
    print(json.dumps({"stalls": stalls, "busy": busy}), flush=True)
    return 0


def _start_saver(url: str, every_ms: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, __file__, "--saver", url, "--every", str(every_ms)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert child.stdout.readline().strip() == "ready"
    return child


def _stop_saver(child: subprocess.Popen) -> dict:
    child.stdin.write("stop\n")
    child.stdin.flush()
    result = json.loads(child.stdout.readline())
    child.wait()
    return result


def _fresh(kind: str, round_: int) -> tuple[str, object]:
    """A fresh database's URL, and what drops it afterwards."""
    if kind == "sqlite":
        path = OUT / f"stall_{round_}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        return "sqlite:///" + str(path), lambda: None
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = os.environ["SHOPDESK_TEST_POSTGRES_URL"]
    name = f"shopdesk_stall_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(base).set(database=name).render_as_string(hide_password=False), drop


def one_round(kind: str, round_: int, csv_path: Path, every_ms: int) -> dict:
    from shopdesk.services.database import open_database
    from shopdesk.services.import_records import SHOPIFY
    from shopdesk.services.registry import build_services
    from shopdesk.services.settings import ShopSettings

    url, drop = _fresh(kind, round_)
    try:
        database = open_database(url, backup_dir=None)
        services = build_services(database.unit_of_work)
        services.settings.save(ShopSettings(shop_name="Golnar", currency="USD", country="IR"))
        # during the import
        child = _start_saver(url, every_ms)
        first_write: list[float] = []
        started = time.perf_counter()
        report = services.imports.import_orders(
            csv_path, SHOPIFY, before_write=lambda: first_write.append(time.perf_counter())
        )
        ended = time.perf_counter()
        during = _stop_saver(child)
        assert report.written, report.problems[:3]
        # the raw baseline: the same saves, as long, with nothing else running
        child = _start_saver(url, every_ms)
        time.sleep(ended - started)
        baseline = _stop_saver(child)
        database.close()
    finally:
        drop()
    return {
        "import": ended - started,
        "write_phase": ended - first_write[0],
        "during": during,
        "baseline": baseline,
        "orders": report.orders_new,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--every", type=int, default=100, help="ms between the other desk's saves")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--saver", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.saver:
        return saver(args.saver, args.every)
    import import_100k

    OUT.mkdir(parents=True, exist_ok=True)
    os.environ["SHOPDESK_DATA_DIR"] = str(OUT / "data")
    csv_path = OUT / f"shopify_{args.rows}.csv"
    if not csv_path.exists():
        import_100k.write_file(csv_path, args.rows)
    kinds = ["sqlite"] + (["postgresql"] if os.environ.get("SHOPDESK_TEST_POSTGRES_URL") else [])
    print(f"{args.rows:,}-row import; another desk saves an order every {args.every} ms; {args.rounds} rounds\n")
    print(f"{'':12} {'import s':>9} {'writing s':>9}  {'stall median ms':>22}  {'longest stall ms':>22}  {'met it':>6}")
    print(f"{'':12} {'':>9} {'':>9}  {'import':>10} {'baseline':>11}  {'import':>10} {'baseline':>11}")
    for kind in kinds:
        rounds = []
        for round_ in range(args.rounds):
            rounds.append(one_round(kind, round_, csv_path, args.every))
            r = rounds[-1]
            print(f"  round {round_ + 1}: import {r['import']:.1f} s, {len(r['during']['stalls'])} saves during it, "
                  f"longest {max(r['during']['stalls']) * 1000:.0f} ms", flush=True)  # fmt: skip

        def median_of(side: str, rounds=rounds) -> float:  # noqa: ANN001
            return statistics.median(statistics.median(r[side]["stalls"]) for r in rounds) * 1000

        def longest(side: str, rounds=rounds) -> float:  # noqa: ANN001
            return max(max(r[side]["stalls"]) for r in rounds) * 1000

        print(
            f"{kind:12} {statistics.median(r['import'] for r in rounds):9.1f} "
            f"{statistics.median(r['write_phase'] for r in rounds):9.1f}  "
            f"{median_of('during'):10.1f} {median_of('baseline'):11.1f}  "
            f"{longest('during'):10.0f} {longest('baseline'):11.0f}  "
            f"{sum(r['during']['busy'] for r in rounds):6d}"
        )
        print(
            f"{'':12} longest stall {longest('during') / max(longest('baseline'), 0.001):.0f}x the baseline's; "
            f"median {median_of('during') / max(median_of('baseline'), 0.001):.1f}x\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
