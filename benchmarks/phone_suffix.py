"""The last digits of a phone (``4567``), searched in the customers and the orders: what the scan costs.

    python benchmarks/phone_suffix.py [--orders 100000] [--customers 20000] [--rebuild]

Uses the database of benchmarks/orders_1m.py (built once, cached in benchmarks/out/). A phone's last digits
have no index (``phone_key LIKE '%4567'`` reads the whole phone index), so this times, in interleaved rounds:

- CustomerService.find_customers("4567") (the Customers area and the order form) against its raw sqlite3 scan;
- the orders search for "4567" (OrderService.page, the Orders area's first page) against the prefix search
  for a phone's first digits ("09120012345"), which the index answers.

Prints medians and ratios; nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from orders_1m import OUT, build  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"orders_{args.orders}_{args.customers}.sqlite3"
    os.environ["SHOPDESK_DATA_DIR"] = str(OUT / "data")
    if args.rebuild or not path.exists():
        build(path, args.orders, args.customers)

    from shopdesk.services.database import open_database
    from shopdesk.services.order_rows import OrderQuery
    from shopdesk.services.registry import build_services

    database = open_database("sqlite:///" + str(path), backup_dir=OUT / "backups")
    services = build_services(database.unit_of_work)
    raw = sqlite3.connect(path)

    cases = {
        "customers: last digits 4567": lambda: services.customers.find_customers("4567", limit=200),
        "raw sqlite3: phone_key LIKE '%4567'": lambda: raw.execute(
            "SELECT id FROM customer WHERE phone_key LIKE '%4567' AND phone_key != '' LIMIT 200"
        ).fetchall(),
        "orders: last digits 4567": lambda: services.orders.page(OrderQuery(search="4567"), limit=200),
        "orders: first digits 09120012345": lambda: services.orders.page(OrderQuery(search="09120012345"), limit=200),
    }
    found = {
        "customers": len(services.customers.find_customers("4567", limit=200)),
        "orders": len(services.orders.page(OrderQuery(search="4567"), limit=200)),
    }
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.rounds):  # interleaved: each round runs every case once
        for name, fn in cases.items():
            start = time.perf_counter()
            fn()
            times[name].append((time.perf_counter() - start) * 1000)
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"{args.orders:,} orders, {args.customers:,} customers; medians of {args.rounds} interleaved rounds")
    print(f"found: {found['customers']} customers, {found['orders']} orders for 4567")
    for name, value in medians.items():
        print(f"  {name:40s} {value:8.2f} ms")
    raw_ms = medians["raw sqlite3: phone_key LIKE '%4567'"]
    print(f"  customers / raw scan ratio: {medians['customers: last digits 4567'] / raw_ms:.2f}")
    prefix_ms = medians["orders: first digits 09120012345"]
    print(f"  orders last digits / first digits ratio: {medians['orders: last digits 4567'] / prefix_ms:.2f}")
    raw.close()
    database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
