"""Importing a 100,000-row Shopify-format orders export, against raw sqlite3 executemany of the same rows.

    python benchmarks/import_100k.py [--rows 100000]

Writes (once, cached in benchmarks/out/) a Shopify-format CSV: 50,000 orders of two line items each, 20,000
customers with Arabic and Persian names and phones. Then, each on a fresh database made by the real migrations:

- shopdesk: ``ImportService.import_orders`` — encoding found, every row validated (digits, dates, money,
  phones), customers matched and created, then the customers, their name words, orders, lines, a history
  event per order and the payment rows of paid (and refunded) orders staged in a scratch database with Core
  executemany and moved into the shop's in one short transaction (``import_stage``);
- raw: the same file read with the csv module and the same rows inserted with ``sqlite3.executemany`` in one
  transaction, nothing checked: the customers, orders and lines, then every other row the import writes for
  them (a history event per order, the customers' name words, a payment row per paid order and a refund row
  per refunded one). Both raw times are printed; the target compares with the second, the same rows.

Runs both sides ``--rounds`` times (default 3), one after the other in each round, and prints the median times,
the median of the rounds' ratios (target from issue 8: ≤ 3×) with their range, and the peak memory Python
allocated during the import (tracemalloc): it should stay flat as the file grows (the file is streamed; try
--rows 200000). Nothing is asserted but that both sides wrote as many rows to each table (else the comparison
would be of different work, and it stops).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sqlite3
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "benchmarks" / "out"

HEADER = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Currency", "Subtotal", "Shipping",
    "Total", "Discount Amount", "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price",
    "Lineitem sku", "Billing Name", "Phone",
]  # fmt: skip
NAMES = ["علی رضایی", "مهسا کریمی", "فاطمة الحربي", "خالد القحطاني", "Emma Smith", "Omar Haddad", "زهرا احمدی"]
ITEMS = [("صابون گل سرخ", "12.50"), ("شمع معطر", "30.00"), ("عطر العود", "99.00"), ("Candle", "8.75")]


def write_file(path: Path, rows: int) -> None:
    rng = random.Random(3)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for n in range(rows // 2):
            customer = rng.randrange(20_000)
            (first, first_price), (second, second_price) = rng.sample(ITEMS, 2)
            day = f"2025-{1 + n % 12:02d}-{1 + n % 28:02d} {n % 24:02d}:{n % 60:02d}:00 +0330"
            total = f"{float(first_price) + float(second_price):.2f}"
            common = {
                "Name": f"#{10_000 + n}",
                "Email": f"c{customer}@example.com",
                "Financial Status": rng.choice(["paid", "paid", "pending", "refunded"]),
                "Fulfillment Status": rng.choice(["fulfilled", ""]),
                "Currency": "IRR" if False else "USD",
                "Subtotal": total,
                "Shipping": "0.00",
                "Total": total,
                "Discount Amount": "0.00",
                "Created at": day,
                "Billing Name": f"{NAMES[customer % len(NAMES)]} {customer}",
                "Phone": f"+98912{customer:07d}",
            }
            writer.writerow(
                [
                    {**common, "Lineitem quantity": "1", "Lineitem name": first, "Lineitem price": first_price}.get(
                        column, ""
                    )
                    for column in HEADER
                ]
            )
            writer.writerow(
                [
                    {
                        "Name": common["Name"],
                        "Lineitem quantity": "2",
                        "Lineitem name": second,
                        "Lineitem price": second_price,
                    }.get(column, "")  # fmt: skip
                    for column in HEADER
                ]
            )


def fresh_database(path: Path):  # noqa: ANN201
    from shopdesk.services.database import open_database
    from shopdesk.services.settings import SettingsService, ShopSettings

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    database = open_database("sqlite:///" + str(path), backup_dir=None)
    SettingsService(database.unit_of_work).save(ShopSettings(shop_name="Golnar", currency="USD", country="IR"))
    return database


# What the import makes of this file's financial and fulfilment statuses (``imports.STATUS_WORDS``,
# ``import_payments``): the order's status, whether it was paid in full, whether all of it went back.
RAW_STATUS = {
    ("paid", ""): ("paid", True, False),
    ("paid", "fulfilled"): ("shipped", True, False),
    ("pending", ""): ("new", False, False),
    ("pending", "fulfilled"): ("shipped", False, False),
    ("refunded", ""): ("cancelled", True, True),
    ("refunded", "fulfilled"): ("cancelled", True, True),
}
REFUNDED_NOTE = "refunded in the shop it was imported from"


def raw_import(db_path: Path, csv_path: Path, *, everything: bool) -> None:
    """The file's customers, orders and lines inserted with ``sqlite3.executemany``, nothing checked; with
    ``everything``, also the other rows the import writes for the same file: a history event per order, the
    customers' name words (split on spaces) and the payment rows (a payment of the total for each paid order, and
    a refund of it for each refunded one)."""
    connection = sqlite3.connect(db_path)
    customers: dict[str, int] = {}
    orders, lines = [], []
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        at = {name: header.index(name) for name in HEADER}
        for cells in reader:
            if cells[at["Created at"]]:
                orders.append(cells)
            lines.append((len(orders), cells[at["Lineitem name"]], cells[at["Lineitem quantity"]],
                          cells[at["Lineitem price"]]))  # fmt: skip
    with connection:
        next_id = (connection.execute("SELECT max(id) FROM customer").fetchone()[0] or 0) + 1
        new_customers = []
        for cells in orders:
            phone = cells[at["Phone"]]
            if phone not in customers:
                customers[phone] = next_id
                next_id += 1
                new_customers.append((customers[phone], cells[at["Billing Name"]], phone, cells[at["Email"]]))
        connection.executemany(
            "INSERT INTO customer (id, name, name_key, phone, phone_key, email, language, marketing_consent, notes,"
            " tags, created_at) VALUES (?, ?, '', ?, '', ?, 'fa', 0, '', '', '2025-01-01 00:00:00.000000')",
            new_customers,
        )
        first = (connection.execute("SELECT max(id) FROM shop_order").fetchone()[0] or 0) + 1
        order_rows, money = [], []
        for i, c in enumerate(orders):
            status, paid, all_back = RAW_STATUS[c[at["Financial Status"]], c[at["Fulfillment Status"]]]
            total = int(float(c[at["Total"]]) * 100)
            order_rows.append(
                (first + i, 1_000_000 + i, customers[c[at["Phone"]]], status, total, total, total if paid else 0,
                 REFUNDED_NOTE if all_back else "", c[at["Created at"]], c[at["Name"]])
            )  # fmt: skip
            money.append((paid, all_back))
        connection.executemany(
            "INSERT INTO shop_order (id, number, customer_id, status, channel, currency, subtotal_minor,"
            " discount_minor, discount_code, shipping_minor, total_minor, paid_minor, payment_method, carrier,"
            " tracking_number, gift_message, notes, created_at, source, external_id)"
            " VALUES (?, ?, ?, ?, 'website', 'USD', ?, 0, '', 0, ?, ?, '', '', '', '', ?, ?, 'raw', ?)",
            order_rows,
        )
        connection.executemany(
            "INSERT INTO order_line (order_id, description, quantity, unit_price_minor, discount_minor)"
            " VALUES (?, ?, ?, ?, 0)",
            [(first + n - 1, name, int(q), int(float(p) * 100)) for n, name, q, p in lines],
        )
        if not everything:
            return
        connection.executemany(
            "INSERT INTO order_event (order_id, from_status, to_status, at, note) VALUES (?, NULL, ?, ?, ?)",
            [(row[0], row[3], row[8], f"imported from raw {row[9]}") for row in order_rows],
        )
        connection.executemany(
            "INSERT INTO customer_name_token (customer_id, token) VALUES (?, ?)",
            [(row[0], word) for row in new_customers for word in set(row[1].split())],
        )
        payments = []
        for row, (paid, all_back) in zip(order_rows, money, strict=True):
            note = f"imported from raw {row[9]}"
            if paid:
                payments.append((row[0], "payment", row[6], row[8], note))
            if all_back:
                payments.append((row[0], "refund", row[6], row[8], note))
        connection.executemany(
            "INSERT INTO payment (order_id, kind, method, amount_minor, at, actor, note)"
            " VALUES (?, ?, 'other', ?, ?, '', ?)",
            payments,
        )
    connection.close()


TABLES = ("customer", "customer_name_token", "shop_order", "order_line", "order_address", "order_event", "payment")


def row_counts(db_path: Path) -> dict[str, int]:
    """The rows in each table the import writes (a fresh database has none but what the settings wrote)."""
    connection = sqlite3.connect(db_path)
    try:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
    finally:
        connection.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3, help="rounds of both sides, one after the other (median)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    os.environ["SHOPDESK_DATA_DIR"] = str(OUT / "data")
    csv_path = OUT / f"shopify_{args.rows}.csv"
    if not csv_path.exists():
        write_file(csv_path, args.rows)

    from shopdesk.services.import_records import SHOPIFY
    from shopdesk.services.registry import build_services

    # Each round times the import and both raw loads one after the other, so a slower minute of the machine
    # weighs on all three; the ratio is the median of the rounds' ratios.
    ours, raw, ratios = [], {True: [], False: []}, []
    for _round in range(args.rounds):
        database = fresh_database(OUT / "import_ours.sqlite3")
        services = build_services(database.unit_of_work)
        started = time.perf_counter()
        report = services.imports.import_orders(csv_path, SHOPIFY)
        ours.append(time.perf_counter() - started)
        database.close()
        assert report.written, report.problems[:5]
        written = row_counts(OUT / "import_ours.sqlite3")
        for everything in (False, True):
            raw_db = OUT / "import_raw.sqlite3"
            fresh_database(raw_db).close()
            started = time.perf_counter()
            raw_import(raw_db, csv_path, everything=everything)
            raw[everything].append(time.perf_counter() - started)
        if (raw_written := row_counts(raw_db)) != written:
            sys.exit(f"the raw side wrote other rows than the import: {raw_written} against {written}")
        ratios.append(ours[-1] / raw[True][-1])
        print(f"round {_round + 1}: import {ours[-1]:.2f} s, raw {raw[True][-1]:.2f} s, {ratios[-1]:.2f}x", flush=True)
    # memory in a run of its own (tracing slows Python several times, so it is not timed)
    database = fresh_database(OUT / "import_ours.sqlite3")
    tracemalloc.start()
    build_services(database.unit_of_work).imports.import_orders(csv_path, SHOPIFY)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    database.close()

    ours_median = statistics.median(ours)
    print(f"\n{report.rows:,} rows, {report.orders_new:,} orders, {report.customers_new:,} customers; "
          f"median of {args.rounds} rounds")  # fmt: skip
    print("rows written by each side: " + ", ".join(f"{table} {n:,}" for table, n in written.items()))
    print(f"{'':58} {'seconds':>8} {'rows/s':>9} {'ratio':>6}")
    print(f"{'shopdesk import (validated, one transaction)':58} {ours_median:8.2f} {report.rows / ours_median:9,.0f}")
    for everything, label in ((True, "every row the import writes"), (False, "customers, orders and lines only")):
        seconds = statistics.median(raw[everything])
        print(
            f"{'raw sqlite3 executemany, ' + label:58} {seconds:8.2f} {report.rows / seconds:9,.0f}"
            f" {ours_median / seconds:5.1f}x"
        )
    print(
        f"ratio to the same rows written raw {statistics.median(ratios):.1f}x (median of the rounds', "
        f"{min(ratios):.1f}-{max(ratios):.1f}x; target ≤ 3x); peak Python memory during the import "
        f"{peak / 2**20:.1f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
