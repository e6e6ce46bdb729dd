"""Saving one order through the services, against raw sqlite3 inserting the same rows, in the same run.

    python benchmarks/save_order.py [--orders 100000] [--customers 20000] [--cache DIR] [--rounds 5] [--pairs 100]
                                    [--checkout DIR]

Works on a copy of ``orders_1m.py``'s database of that size (built once, cached in ``--cache``, default
benchmarks/out/), in WAL mode with synchronous=FULL as the app runs. Each round saves ``--pairs`` orders through
``OrderService.place_order`` (a returning customer, one line) and, alternately, as many copies of the rows that save
wrote (the order, its line and its event) inserted by raw sqlite3 in a transaction of their own; it prints the
medians and their ratio, then the median ratio of the rounds. The script reads only what a save wrote, so it runs
on older versions of shopdesk too (``--checkout <their worktree>``): the ratio then says what that version's save
cost against the same raw insert. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from orders_1m import OUT, build  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--cache", type=Path, default=OUT)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--pairs", type=int, default=100)
    parser.add_argument("--checkout", type=Path, help="the shopdesk checkout to measure (default: this one)")
    args = parser.parse_args()
    if args.checkout is not None:
        sys.path.insert(0, str(args.checkout.resolve()))
    args.cache.mkdir(parents=True, exist_ok=True)
    os.environ["SHOPDESK_DATA_DIR"] = str(args.cache / "data")

    import shopdesk
    from shopdesk.db import migrate

    version = migrate.HEAD_REVISION  # a database per schema: an older checkout builds its own
    base_path = args.cache / f"orders_{args.orders}_{args.customers}_{version}.sqlite3"
    if not base_path.exists():
        build(base_path, args.orders, args.customers)
    path = args.cache / f"save_{args.orders}_{args.customers}_{version}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.copyfile(base_path, path)

    from shopdesk.services.database import open_database
    from shopdesk.services.order_rows import LineDraft, OrderDraft
    from shopdesk.services.registry import build_services

    database = open_database("sqlite:///" + str(path), backup_dir=None)
    orders = build_services(database.unit_of_work).orders
    with database.engine.connect() as connection:
        customer = connection.exec_driver_sql("SELECT customer_id FROM shop_order ORDER BY id DESC LIMIT 1").scalar()
    draft = OrderDraft(lines=(LineDraft("Soap", 2, 1250),), customer_id=customer, paid_minor=2500)
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("PRAGMA foreign_keys=ON")

    def ours() -> tuple[float, int]:
        started = time.perf_counter()
        placed = orders.place_order(draft)
        return (time.perf_counter() - started) * 1000, placed.id

    def rows_of(order_id: int) -> list[tuple[str, dict]]:
        """What the save wrote: its order, lines and events, as column → value."""
        found = []
        for table, key in (("shop_order", "id"), ("order_line", "order_id"), ("order_event", "order_id")):
            cursor = raw.execute(f"SELECT * FROM {table} WHERE {key} = ?", (order_id,))
            names = [d[0] for d in cursor.description]
            found += [(table, dict(zip(names, row, strict=True))) for row in cursor.fetchall()]
        return found

    number = [10_000_000]

    def raw_save(rows: list[tuple[str, dict]]) -> float:
        number[0] += 1
        started = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        order_id = None
        for table, row in rows:
            row = {k: v for k, v in row.items() if k != "id"}
            if table == "shop_order":
                row["number"] = number[0]
                row["external_id"] = None
            else:
                row["order_id"] = order_id
            names = ", ".join(row)
            marks = ", ".join("?" * len(row))
            cursor = raw.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(row.values()))
            if table == "shop_order":
                order_id = cursor.lastrowid
        raw.execute("COMMIT")
        return (time.perf_counter() - started) * 1000

    _ms, first = ours()  # statements prepared, pages read once
    rows = rows_of(first)
    raw_save(rows)
    print(f"\nshopdesk {shopdesk.__file__.rsplit('/shopdesk/', 1)[0]} (schema {version}), {args.orders:,} orders: "
          f"saving one order, ms")  # fmt: skip
    ratios = []
    for round_number in range(1, args.rounds + 1):
        mine, base = [], []
        for _ in range(args.pairs):
            ms, _id = ours()
            mine.append(ms)
            base.append(raw_save(rows))
        m, b = statistics.median(mine), statistics.median(base)
        ratios.append(m / b)
        print(f"  round {round_number}: place_order {m:.2f}, raw insert of the same rows {b:.2f}: {m / b:.2f}x")
    print(f"  median of the rounds: {statistics.median(ratios):.2f}x the raw insert")
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
