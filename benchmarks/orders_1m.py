"""Orders and customers at scale: 1,000,000 orders and 200,000 customers, against raw sqlite3 in the same run.

    python benchmarks/orders_1m.py [--orders 1000000] [--customers 200000] [--rebuild]

Builds (once, cached in benchmarks/out/) a database through the real migrations with SQLAlchemy Core
executemany, runs ANALYZE, then times, each as the median of several runs:

- the orders list's first page through OrderService and on screen (model + QTableView painted offscreen),
  with the resident memory it adds;
- jumping deep into the list (keyset page after row 900,000) — and, for contrast, raw OFFSET;
- a normalized name search (prefix of a name word, Arabic spelling finding Persian) and an order search;
- a customer profile's figures;
- saving one order (WAL, synchronous=FULL).

Each line prints our time, the raw sqlite3 time of the same query, the ratio, and the target from issue 3.
Nothing is asserted: read the ratios.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUT = ROOT / "benchmarks" / "out"
FIRST_NAMES = ["علی", "محمد", "مهسا", "زهرا", "رضا", "سارا", "خالد", "فاطمة", "نور", "Emma", "Omar", "Lina", "Adam"]
LAST_NAMES = ["رضایی", "احمدی", "کریمی", "الحربي", "القحطاني", "حداد", "Smith", "Haddad", "Brown", "Khan"]


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def median_ms(fn, runs: int = 7) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def build(path: Path, orders: int, customers: int, *, spacing: int = 47) -> None:
    """``spacing``: seconds between orders (47: a million orders over about 18 months)."""
    from sqlalchemy import insert

    from shopdesk.db.models import Counter, Customer, CustomerNameToken, Order, Setting
    from shopdesk.services.database import open_database
    from shopdesk.services.phones import normalize_phone
    from shopdesk.services.text import name_tokens, search_key

    path.unlink(missing_ok=True)
    database = open_database("sqlite:///" + str(path), backup_dir=path.parent / "backups")
    rng = random.Random(1)
    now = datetime.now(UTC).replace(microsecond=0)
    start = time.perf_counter()
    with database.engine.begin() as conn:
        conn.execute(
            insert(Setting),
            [
                {"key": "currency", "value": "USD", "updated_at": now},
                {"key": "country", "value": "IR", "updated_at": now},
            ],
        )
        chunk = []
        tokens = []
        for i in range(1, customers + 1):
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)} {i}"
            phone = normalize_phone(f"+98912{i:07d}")
            key = search_key(name)
            chunk.append(
                {
                    "id": i,
                    "name": name,
                    "name_key": key,
                    "phone": phone.e164,
                    "phone_key": phone.key,
                    "language": "fa",
                    "marketing_consent": True,
                    "notes": "",
                    "tags": "",
                    "created_at": now - timedelta(days=600),
                }
            )
            tokens += [{"customer_id": i, "token": t} for t in name_tokens(key)]
            if len(chunk) == 20_000:
                conn.execute(insert(Customer), chunk)
                conn.execute(insert(CustomerNameToken), tokens)
                chunk, tokens = [], []
        if chunk:
            conn.execute(insert(Customer), chunk)
            conn.execute(insert(CustomerNameToken), tokens)
        statuses = ["new", "paid", "packed", "shipped", "delivered", "delivered", "delivered", "cancelled"]
        channels = ["in_store", "website", "instagram", "whatsapp", "marketplace"]
        chunk = []
        for n in range(orders):
            total = rng.randint(500, 50_000)
            chunk.append(
                {
                    "number": 1001 + n,
                    "customer_id": rng.randint(1, customers),
                    "status": rng.choice(statuses),
                    "channel": rng.choice(channels),
                    "currency": "USD",
                    "subtotal_minor": total,
                    "discount_minor": 0,
                    "shipping_minor": 0,
                    "total_minor": total,
                    "paid_minor": total,
                    "payment_method": "card",
                    "carrier": "",
                    "tracking_number": f"TRK{n:09d}",
                    "gift_message": "",
                    "notes": "",
                    "created_at": now - timedelta(seconds=(orders - n) * spacing),
                }
            )
            if len(chunk) == 50_000:
                conn.execute(insert(Order), chunk)
                chunk = []
        if chunk:
            conn.execute(insert(Order), chunk)
        conn.execute(insert(Counter), [{"name": "order_number", "next_value": 1001 + orders}])
    with database.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    database.close()
    print(f"built {orders:,} orders and {customers:,} customers in {time.perf_counter() - start:.1f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"orders_{args.orders}_{args.customers}.sqlite3"
    os.environ["SHOPDESK_DATA_DIR"] = str(OUT / "data")
    if args.rebuild or not path.exists():
        build(path, args.orders, args.customers)

    from PySide6.QtWidgets import QApplication, QTableView

    from shopdesk.services.database import open_database
    from shopdesk.services.order_rows import LineDraft, OrderDraft, OrderQuery
    from shopdesk.services.registry import build_services
    from shopdesk.views.locale_format import Formatter
    from shopdesk.views.orders_view import OrdersTableModel
    from shopdesk.views.preferences import DisplayPreferences

    app = QApplication.instance() or QApplication([])
    database = open_database("sqlite:///" + str(path), backup_dir=path.parent / "backups")
    services = build_services(database.unit_of_work)
    raw = sqlite3.connect(path)
    results: list[tuple[str, float, float | None, str]] = []

    # 1. the list's first page, and on screen
    page_sql = (
        "SELECT o.id, o.number, o.created_at, c.name, o.status, o.channel, o.total_minor, o.currency, "
        "o.customer_id, c.phone, o.tracking_number FROM shop_order o LEFT JOIN customer c "
        "ON c.id = o.customer_id ORDER BY o.created_at DESC, o.id DESC LIMIT 200"
    )
    ours = median_ms(lambda: services.orders.page(OrderQuery(), limit=200))
    base = median_ms(lambda: raw.execute(page_sql).fetchall())
    results.append(("list: first page (service)", ours, base, "—"))
    before = rss_mb()
    formatter = Formatter(DisplayPreferences(language="fa", calendar="jalali"))

    def first_paint():  # noqa: ANN202
        model = OrdersTableModel(orders=services.orders, formatter=formatter)
        view = QTableView()
        view.resize(1000, 700)
        view.setModel(model)
        model.reload()
        view.show()
        view.grab()
        view.close()
        view.deleteLater()
        app.processEvents()

    ours = median_ms(first_paint, runs=5)
    results.append(
        (f"list: first paint on screen (+{rss_mb() - before:.0f} MB resident)", ours, base, "≤ 100 ms, ≤ 30 MB")
    )

    # 2. jump deep into the list by key
    deep = min(900_000, args.orders - 300)
    key = raw.execute(
        "SELECT created_at, id FROM shop_order ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET ?", (deep,)
    ).fetchone()
    moment = datetime.fromisoformat(key[0]).replace(tzinfo=UTC)
    ours = median_ms(lambda: services.orders.page(OrderQuery(), limit=200, after=(moment, key[1])))
    keyset_sql = page_sql.replace("ORDER BY", "WHERE o.created_at <= ? AND (o.created_at < ? OR o.id < ?) ORDER BY")
    base = median_ms(lambda: raw.execute(keyset_sql, (key[0], key[0], key[1])).fetchall())
    offset = median_ms(lambda: raw.execute(page_sql.replace("LIMIT 200", f"LIMIT 200 OFFSET {deep}")).fetchall(), 3)
    results.append((f"list: jump to row {deep:,} (raw OFFSET: {offset:.1f} ms)", ours, base, "≤ 50 ms"))

    # 3. searches
    ours = median_ms(lambda: services.customers.find_customers("علي", limit=20))
    token_sql = (
        "SELECT c.* FROM customer c WHERE c.id IN (SELECT customer_id FROM customer_name_token "
        "WHERE token >= ? AND token < ? LIMIT 20)"
    )
    base = median_ms(lambda: raw.execute(token_sql, ("علي", "علي\U0010ffff")).fetchall())
    results.append(("search: customers by name prefix 'علي'", ours, base, "≤ 20 ms"))
    ours = median_ms(lambda: services.orders.page(OrderQuery(search="رضائی 1234"), limit=200))
    results.append(("search: orders by two name words", ours, None, "≤ 20 ms"))
    ours = median_ms(lambda: services.orders.page(OrderQuery(search="۱۰۰۰۵۰۰"), limit=200))
    base = median_ms(lambda: raw.execute(page_sql.replace("ORDER BY", "WHERE o.number = 1000500 ORDER BY")).fetchall())
    results.append(("search: order by number in Persian digits", ours, base, "≤ 20 ms"))

    # 4. a customer's profile figures
    busiest = raw.execute(
        "SELECT customer_id FROM shop_order GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    ours = median_ms(lambda: services.customers.get_profile(busiest, history=0))
    figures_sql = (
        "SELECT count(id), coalesce(sum(total_minor), 0), min(created_at), max(created_at) FROM shop_order "
        "WHERE customer_id = ? AND status != 'cancelled'"
    )
    base = median_ms(lambda: raw.execute(figures_sql, (busiest,)).fetchall())
    results.append(("customer profile figures", ours, base, "≤ 50 ms"))

    # 5. saving one order
    draft = OrderDraft(lines=(LineDraft("Soap", 2, 1250),), customer_id=busiest)
    ours = median_ms(lambda: services.orders.place_order(draft), runs=31)

    def raw_save():  # noqa: ANN202
        with raw:
            number = raw.execute(
                "UPDATE counter SET next_value = next_value + 1 WHERE name='order_number' RETURNING next_value - 1"
            ).fetchone()[0]
            cur = raw.execute(
                "INSERT INTO shop_order (number, customer_id, status, channel, currency, subtotal_minor,"
                " discount_minor, shipping_minor, total_minor, paid_minor, payment_method, carrier, tracking_number,"
                " gift_message, notes, created_at)"
                " VALUES (?, ?, 'new', 'in_store', 'USD', 2500, 0, 0, 2500, 0, 'cash', '', '', '', '', ?)",
                (number, busiest, datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")),
            )
            raw.execute(
                "INSERT INTO order_line (order_id, description, quantity, unit_price_minor, discount_minor) "
                "VALUES (?, 'Soap', 2, 1250, 0)",
                (cur.lastrowid,),
            )
            raw.execute(
                "INSERT INTO order_event (order_id, to_status, at, note) VALUES (?, 'new', ?, '')",
                (cur.lastrowid, datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")),
            )

    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    base = median_ms(raw_save, runs=31)
    results.append(("save one order (WAL, synchronous=FULL)", ours, base, "≤ 1 ms"))
    # For comparison only: shopdesk keeps FULL, so a sale confirmed on screen survives a power cut.
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
    database.engine.dispose()
    from sqlalchemy import event

    event.listen(database.engine, "connect", lambda c, _r: c.execute("PRAGMA synchronous=NORMAL"))
    ours_normal = median_ms(lambda: services.orders.place_order(draft), runs=31)
    raw.execute("PRAGMA synchronous=NORMAL")
    base_normal = median_ms(raw_save, runs=31)
    results.append(("  the same with synchronous=NORMAL (not used)", ours_normal, base_normal, "≤ 1 ms"))

    print(f"\n{args.orders:,} orders, {args.customers:,} customers — median ms")
    print(f"{'':58} {'shopdesk':>9} {'raw':>9} {'ratio':>7}  target")
    for name, ours, base, target in results:
        base_text = f"{base:9.2f}" if base is not None else f"{'—':>9}"
        ratio = f"{ours / base:6.1f}x" if base else f"{'—':>7}"
        print(f"{name:58} {ours:9.2f} {base_text} {ratio}  {target}")
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
