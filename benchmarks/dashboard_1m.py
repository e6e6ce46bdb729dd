"""The Summaries dashboard on 1,000,000 orders and 200,000 customers, against the same queries in raw sqlite3.

    python benchmarks/dashboard_1m.py [--orders 1000000] [--customers 200000] [--rebuild]

Starts from ``orders_1m.py``'s database (built once, cached in benchmarks/out/), copies it, lets the migrations add
the roll-ups, and adds what a shop of that size also has: returns for 3% of the orders, a punch card with a stamp
for 70% of them and a reward code every seventh stamp (half used), feedback on 5% and a packing insert printed for
60%. Then, for each period the dashboard offers (this month, last 30 days, this quarter, this year), each as the
median of several runs:

- every call the dashboard makes (both periods' figures, revenue over time, orders by channel, the cohort table)
  and the whole refresh, through the services — and the very statements they sent, replayed in raw sqlite3 (the
  ratio is what SQLAlchemy and Python add); the figures call reads every tile of both periods, so each tile's
  statements are also timed on their own (through SQLAlchemy's cursor, and replayed raw);
- for contrast, the figures the roll-ups replace computed straight from the orders in raw sqlite3;
- saving one order with and without the roll-ups' upkeep (WAL, synchronous=FULL; ``upkeep.py``).

Targets (issue 7): each tile ≤ 50 ms, the whole refresh ≤ 150 ms, upkeep ≤ +0.2 ms per order saved. Nothing is
asserted: read the numbers.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import upkeep  # noqa: E402
from orders_1m import OUT, build, median_ms  # noqa: E402

FIGURES = "figures, this period and the one before"
REASONS = ["damaged", "wrong_item", "wrong_size", "not_as_described", "changed_mind", "other"]


def enrich(path: Path) -> None:
    """Returns, loyalty, feedback and prints in the proportions above, written with Core executemany."""
    from sqlalchemy import insert

    from shopdesk.db import rollups
    from shopdesk.db.models import Feedback, LoyaltyEntry, LoyaltyProgram, OrderPrint, ReturnRequest, RewardCode
    from shopdesk.services.database import open_database

    database = open_database("sqlite:///" + str(path), backup_dir=None)  # migrations fill the roll-ups
    rng = random.Random(2)
    now = datetime.now(UTC)
    start = time.perf_counter()
    with database.engine.begin() as conn:
        orders = conn.exec_driver_sql(
            "SELECT id, customer_id, total_minor, created_at FROM shop_order WHERE status != 'cancelled'"
        ).all()
        conn.execute(
            insert(LoyaltyProgram),
            [
                {
                    "id": 1,
                    "kind": "punch",
                    "name": "Card",
                    "active": True,
                    "rules": "{}",
                    "created_at": datetime.now(UTC),
                }
            ],
        )
        returns, entries, codes, feedback, prints = [], [], [], [], []
        pending = ((ReturnRequest, returns), (LoyaltyEntry, entries), (RewardCode, codes), (Feedback, feedback),
                   (OrderPrint, prints))  # fmt: skip

        def flush() -> None:  # written in chunks: memory stays small
            for model, rows in pending:
                if rows:
                    conn.execute(insert(model), rows)
                    rows.clear()

        stamps: dict[int, int] = {}
        for number, (order_id, customer_id, total, created) in enumerate(orders):
            at = datetime.fromisoformat(created).replace(tzinfo=UTC)
            roll = rng.random()
            if roll < 0.03:
                status = rng.choice(["refunded", "closed", "requested", "rejected"])
                returns.append(
                    {
                        "number": 1001 + number,
                        "order_id": order_id,
                        "customer_id": customer_id,
                        "status": status,
                        "reason": rng.choice(REASONS),
                        "currency": "USD",
                        "value_minor": total,
                        "fee_minor": 0,
                        "refund_minor": total if status in ("refunded", "closed") else 0,
                        "created_at": min(at + timedelta(days=5), now),
                    }
                )
            if roll < 0.70:
                entries.append(
                    {
                        "customer_id": customer_id,
                        "program_id": 1,
                        "order_id": order_id,
                        "kind": "earned",
                        "stamps": 1,
                        "at": at,
                    }
                )
                stamps[customer_id] = stamps.get(customer_id, 0) + 1
                if stamps[customer_id] % 7 == 0:
                    used = rng.random() < 0.5
                    codes.append(
                        {
                            "code": f"R{number:08d}",
                            "customer_id": customer_id,
                            "program_id": 1,
                            "reward": "free_item",
                            "value": 0,
                            "issued_at": at,
                            "redeemed_at": at + timedelta(days=20) if used else None,
                        }
                    )
                    entries.append(
                        {
                            "customer_id": customer_id,
                            "program_id": 1,
                            "order_id": order_id,
                            "kind": "rewarded",
                            "stamps": -7,
                            "at": at,
                        }
                    )
            if roll < 0.05:
                feedback.append(
                    {
                        "order_id": order_id,
                        "customer_id": customer_id,
                        "nps": rng.randint(0, 10),
                        "csat": rng.randint(1, 5),
                        "review_site": rng.choice(["", "", "Google"]),
                        "comment": "",
                        "at": at + timedelta(days=8),
                    }
                )
            if roll < 0.60:
                prints.append({"order_id": order_id, "document": "inserts", "size": "A6", "language": "fa", "at": at})
            if number % 100_000 == 99_999:
                flush()
        flush()
        rollups.rebuild(conn)  # the refunds and the returns' order times, as the services would have kept them
    with database.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    database.close()
    print(f"added returns, loyalty, feedback and prints in {time.perf_counter() - start:.1f} s")


# The summary's figures by dashboard tile: each statement the summary sends reads one tile's figures (of one of
# the two periods), found by the table it reads.
TILES = (
    ("revenue, orders, average order", "FROM sales_day"),
    ("customers, repeat rate, lifetime value", "prev_at"),
    ("return rate and reasons", "return_request"),
    ("rewards issued and redeemed", "reward_code"),
    ("active loyalty cards", "loyalty_entry"),
    ("active loyalty cards", "FROM loyalty_program"),
    ("NPS, CSAT, reviews", "FROM feedback"),
    ("reviews per inserts printed", "order_print"),
)


# The chains per day serve three tiles, told apart by the kind of chain the statement asks for.
CHAIN_KINDS = {
    "order": "customers, repeat rate, lifetime value",
    "card": "active loyalty cards",
    "print": "reviews per inserts printed",
}


def tile_of(statement: str, parameters: tuple = ()) -> str:
    if "FROM chain_day" in statement:
        return next((CHAIN_KINDS[p] for p in parameters if isinstance(p, str) and p in CHAIN_KINDS), "other")
    return next((tile for tile, marker in TILES if marker in statement), "other")


class Recorder:
    """The statements (and parameters) the services send, to replay them in raw sqlite3, and how long each took
    through SQLAlchemy."""

    def __init__(self, engine) -> None:  # noqa: ANN001
        from sqlalchemy import event

        self.statements: list[tuple[str, tuple]] | None = None
        self.timings: list[tuple[str, tuple, float]] | None = None
        event.listen(engine, "before_cursor_execute", self._record)
        event.listen(engine, "after_cursor_execute", self._timed)

    def _record(self, conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        if self.statements is not None:
            self.statements.append((statement, tuple(parameters or ())))
        conn.info["started"] = time.perf_counter()

    def _timed(self, conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        if self.timings is not None:
            ms = (time.perf_counter() - conn.info["started"]) * 1000
            self.timings.append((statement, tuple(parameters or ()), ms))

    def per_tile(self, fn, runs: int = 5) -> dict[str, float]:  # noqa: ANN001
        """Median ms per tile (its statements for both periods) over ``runs`` calls of ``fn``."""
        runs_by_tile: dict[str, list[float]] = {}
        for _ in range(runs):
            self.timings = []
            fn()
            totals: dict[str, float] = {}
            for statement, parameters, ms in self.timings:
                tile = tile_of(statement, parameters)
                totals[tile] = totals.get(tile, 0.0) + ms
            for tile, ms in totals.items():
                runs_by_tile.setdefault(tile, []).append(ms)
            self.timings = None
        return {tile: statistics.median(times) for tile, times in runs_by_tile.items()}

    def capture(self, fn) -> list[tuple[str, tuple]]:  # noqa: ANN001
        self.statements = []
        fn()
        captured, self.statements = self.statements, None
        return captured


def main() -> int:  # noqa: PLR0915
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    os.environ["SHOPDESK_DATA_DIR"] = str(OUT / "data")
    base_path = OUT / f"orders_{args.orders}_{args.customers}.sqlite3"
    path = OUT / f"dashboard_{args.orders}_{args.customers}.sqlite3"
    if args.rebuild or not base_path.exists():
        build(base_path, args.orders, args.customers)
    if args.rebuild or not path.exists():
        shutil.copyfile(base_path, path)
    with sqlite3.connect(path) as check:
        enriched = (
            check.execute("SELECT 1 FROM sqlite_master WHERE name = 'loyalty_program'").fetchone()
            and (check.execute("SELECT count(*) FROM loyalty_program").fetchone()[0])
        )
    if not enriched:
        enrich(path)

    from shopdesk.db import rollups
    from shopdesk.services.database import open_database
    from shopdesk.services.registry import build_services
    from shopdesk.views.locale_format import Formatter
    from shopdesk.views.preferences import DisplayPreferences
    from shopdesk.views.summaries_view import COHORT_MONTHS, month_starts, period_dates

    database = open_database("sqlite:///" + str(path), backup_dir=None)
    services = build_services(database.unit_of_work)
    recorder = Recorder(database.engine)
    raw = sqlite3.connect(path)
    summaries = services.summaries
    formatter = Formatter(DisplayPreferences(language="en"))
    today = date.today()
    print(f"\n{args.orders:,} orders, {args.customers:,} customers — median ms (raw: the same statements in sqlite3)")
    print(f"{'':46} {'shopdesk':>9} {'raw':>9} {'ratio':>7}  target")

    def line(name: str, ours: float, base: float | None, target: str) -> None:
        base_text = f"{base:9.2f}" if base is not None else f"{'—':>9}"
        ratio = f"{ours / base:6.1f}x" if base else f"{'—':>7}"
        print(f"{name:46} {ours:9.2f} {base_text} {ratio}  {target}")

    def replay(statements) -> float:  # noqa: ANN001
        def run() -> None:
            for statement, parameters in statements:
                raw.execute(statement, parameters).fetchall()

        return median_ms(run, runs=5)

    for period in ("this_month", "last_30_days", "this_quarter", "this_year"):
        start, end = period_dates(period, today, formatter)
        tiles = {
            FIGURES: lambda s=start, e=end: summaries.summary(s, e),
            "revenue over time": lambda s=start, e=end: summaries.revenue_by_day(s, e),
            "orders by channel": lambda s=start, e=end: summaries.orders_by_channel(s, e),
            "cohort table (12 months)": lambda e=end: summaries.cohorts(
                e, COHORT_MONTHS, month_starts=month_starts(e, formatter, COHORT_MONTHS)
            ),
        }
        print(f"{period} ({start} – {end})")
        everything: list[tuple[str, tuple]] = []
        whole = 0.0
        for name, call in tiles.items():
            statements = recorder.capture(call)
            everything += statements
            ours = median_ms(call, runs=5)
            whole += ours
            line("  " + name, ours, replay(statements), "≤ 50 ms" if name != FIGURES else "")
            if name == FIGURES:  # the figures call reads every tile of both periods: each tile on its own line
                by_tile = recorder.per_tile(call)
                for tile in dict.fromkeys(tile for tile, _marker in TILES):
                    if tile in by_tile:
                        mine = [(st, p) for st, p in statements if tile_of(st, p) == tile]
                        line("    " + tile, by_tile[tile], replay(mine), "≤ 50 ms")
        line("  the whole refresh", whole, replay(everything), "≤ 150 ms")

    # What the roll-ups replace, straight from the orders (the queries before them), for the last 30 days.
    since = (datetime.now(UTC) - timedelta(days=30)).strftime("%Y-%m-%d %H:%M:%S")
    scan = median_ms(
        lambda: raw.execute(
            "SELECT count(*), sum(n >= 2), sum(spent) FROM (SELECT customer_id, count(*) AS n, sum(total_minor) AS "
            "spent FROM shop_order WHERE status != 'cancelled' AND currency = 'USD' AND customer_id IN (SELECT "
            "customer_id FROM shop_order WHERE created_at >= ? AND status != 'cancelled') GROUP BY customer_id)",
            (since,),
        ).fetchall(),
        runs=3,
    )
    line("without roll-ups: lifetime value, 30 days (raw)", scan, None, "—")

    # Saving one order: with the roll-ups' upkeep, and with it switched off, interleaved (benchmarks/upkeep.py).
    customer = raw.execute("SELECT customer_id FROM shop_order ORDER BY id DESC LIMIT 1").fetchone()[0]
    print("save one order with the roll-ups' upkeep and without")
    upkeep.measure(database, customer, rounds=3, pairs=50)
    with database.engine.connect() as connection:  # the comparison above left orders without roll-ups
        connection.commit()
    with database.engine.begin() as connection:
        rollups.rebuild(connection)
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
