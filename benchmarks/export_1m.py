"""CSV exports at scale: 1,000,000 orders (with about 2,000,000 lines) and 200,000 customers, against raw sqlite3
writing the same pages with the csv module in the same run.

    python benchmarks/export_1m.py [--orders 1000000] [--customers 200000] [--rebuild]

Starts from ``orders_1m.py``'s database (built once, cached in benchmarks/out/), copies it once and gives every
order one to three lines (cached too). Then times ``ExportService.export_orders`` and ``export_customers`` into a
temporary folder, sampling the resident memory after every page: the peak it adds over the memory before the
export must stay flat (a few MB), however many rows are written. The raw baseline reads the same keyed pages with
``sqlite3`` and writes the tuples as they come (no money formatting, no formula check). Nothing is asserted: read
the ratios and the memory.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from orders_1m import OUT, ROOT, build, rss_mb  # noqa: E402

sys.path.insert(0, str(ROOT))


def with_lines(source: Path, target: Path) -> None:
    """A copy of ``source`` where every order has one to three lines whose sum is its subtotal."""
    shutil.copyfile(source, target)
    raw = sqlite3.connect(target)
    rng = random.Random(5)
    products = [row[0] for row in raw.execute("SELECT id FROM product")] or [None]
    start = time.perf_counter()
    raw.execute("DELETE FROM order_line")
    batch = []
    for order_id, subtotal in raw.execute("SELECT id, subtotal_minor FROM shop_order").fetchall():
        parts = rng.randint(1, 3)
        each = subtotal // parts
        for index in range(parts):
            price = each if index < parts - 1 else subtotal - each * (parts - 1)
            batch.append((order_id, rng.choice(products), f"Item {index + 1}", 1, price, 0))
        if len(batch) >= 50_000:
            raw.executemany(
                "INSERT INTO order_line (order_id, product_id, description, quantity, unit_price_minor, "
                "discount_minor) VALUES (?, ?, ?, ?, ?, ?)",
                batch,
            )
            batch.clear()
    if batch:
        raw.executemany(
            "INSERT INTO order_line (order_id, product_id, description, quantity, unit_price_minor, discount_minor) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            batch,
        )
    raw.commit()
    lines = raw.execute("SELECT count(*) FROM order_line").fetchone()[0]
    raw.close()
    print(f"gave the orders {lines:,} lines in {time.perf_counter() - start:.0f} s")


def timed_export(steps) -> tuple[float, float, object]:  # noqa: ANN001
    """Seconds, peak MB added (sampled after every page), and the result."""
    before = peak = rss_mb()
    start = time.perf_counter()
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return time.perf_counter() - start, peak - before, stop.value
        peak = max(peak, rss_mb())


def raw_orders(path: Path, out: Path, size: int = 1000) -> float:
    raw = sqlite3.connect(path)
    start = time.perf_counter()
    with open(out, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        after = -1
        while True:
            orders = raw.execute(
                "SELECT o.id, o.number, o.created_at, o.status, o.channel, o.currency, o.subtotal_minor, "
                "o.discount_minor, o.discount_code, o.shipping_minor, o.total_minor, o.paid_minor, o.payment_method, "
                "o.customer_id, c.name, c.phone, c.email, o.carrier, o.tracking_number FROM shop_order o "
                "LEFT JOIN customer c ON c.id = o.customer_id WHERE o.number > ? ORDER BY o.number LIMIT ?",
                (after, size),
            ).fetchall()
            if not orders:
                break
            ids = [o[0] for o in orders]
            lines: dict[int, list] = {}
            for line in raw.execute(
                "SELECT l.order_id, l.description, p.sku, l.quantity, l.unit_price_minor, l.discount_minor "
                f"FROM order_line l LEFT JOIN product p ON p.id = l.product_id WHERE l.order_id IN "
                f"({','.join('?' * len(ids))}) ORDER BY l.order_id, l.id",
                ids,
            ):
                lines.setdefault(line[0], []).append(line)
            writer.writerows(order + line for order in orders for line in lines.get(order[0], [()]))
            after = orders[-1][1]
    raw.close()
    return time.perf_counter() - start


def raw_customers(path: Path, out: Path, size: int = 1000) -> float:
    raw = sqlite3.connect(path)
    start = time.perf_counter()
    with open(out, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        after = -1
        while True:
            customers = raw.execute(
                "SELECT id, name, phone, email, language, birthday, marketing_consent, tags, notes, referred_by_id, "
                "created_at FROM customer WHERE merged_into_id IS NULL AND id > ? ORDER BY id LIMIT ?",
                (after, size),
            ).fetchall()
            if not customers:
                break
            ids = [c[0] for c in customers]
            figures = {
                row[0]: row[1:]
                for row in raw.execute(
                    "SELECT customer_id, count(id), coalesce(sum(total_minor), 0), min(created_at), max(created_at) "
                    f"FROM shop_order WHERE customer_id IN ({','.join('?' * len(ids))}) AND status != 'cancelled' "
                    "AND currency = ? GROUP BY customer_id",
                    [*ids, "USD"],
                )
            }
            writer.writerows(c + figures.get(c[0], (0, 0, None, None)) for c in customers)
            after = customers[-1][0]
    raw.close()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    os.environ["SHOPDESK_DATA_DIR"] = str(OUT / "data")
    source = OUT / f"orders_{args.orders}_{args.customers}.sqlite3"
    if args.rebuild or not source.exists():
        build(source, args.orders, args.customers)
    path = OUT / f"export_{args.orders}_{args.customers}.sqlite3"
    if args.rebuild or not path.exists():
        with_lines(source, path)

    from shopdesk.services.database import open_database
    from shopdesk.services.exports import ExportService

    database = open_database("sqlite:///" + str(path), backup_dir=OUT / "backups")
    exports = ExportService(database.unit_of_work)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        for what in ("orders", "customers"):
            seconds, added, result = timed_export(getattr(exports, f"export_{what}")(out / f"{what}.csv"))
            raw_seconds = (raw_orders if what == "orders" else raw_customers)(path, out / f"raw_{what}.csv")
            size = (out / f"{what}.csv").stat().st_size / 1e6
            print(
                f"export {what:<9} {result.records:>9,} records {result.rows:>9,} rows {size:7.0f} MB  "
                f"{seconds:6.1f} s  raw sqlite3 + csv {raw_seconds:5.1f} s  ratio {seconds / raw_seconds:4.1f}x  "
                f"memory added {added:5.1f} MB"
            )
    database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
