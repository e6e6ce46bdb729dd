"""The Summaries dashboard read straight from the base tables, against the same statements in raw sqlite3.

    python benchmarks/dashboard.py [--orders 100000] [--customers 20000] [--cache DIR] [--rounds 5]
    python benchmarks/dashboard.py --orders 1000000 --customers 200000

Builds (once, cached in ``--cache``, default benchmarks/out/) ``orders_1m.py``'s database of that size with its
orders spread over the last 18 months, and adds what such a shop also has: returns for 3% of the orders, a punch
card with a stamp for 70% of them and a reward code every seventh stamp (half used), feedback on 5% and a packing
insert printed for 60%. Then, for each period the Summaries page offers (this month, last 30 days, this quarter,
this year), in interleaved rounds (ours, then raw, ``--rounds`` times; medians):

- each tile: its statements for both periods (the period and the one before it), timed through the services'
  SQLAlchemy connection, against the very statements (SQL and parameters) replayed in raw sqlite3;
- the whole refresh the page runs on its worker thread (figures of both periods, revenue by day, orders by channel,
  the 12-month cohort table) against all its statements replayed raw; and the longest single statement.

Targets (issue 18): 100,000 orders — each tile ≤ 50 ms, the whole refresh ≤ 150 ms; 1,000,000 orders — the whole
refresh ≤ 1.5 s, no statement over 1 s. Nothing is asserted: read the numbers.
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

from orders_1m import OUT, build  # noqa: E402

REASONS = ["damaged", "wrong_item", "wrong_size", "not_as_described", "changed_mind", "other"]
SPAN_SECONDS = 1_000_000 * 47  # every size spread over the same 18 months


def enrich(path: Path) -> None:
    """Returns, loyalty, feedback and prints in the proportions above, written with Core executemany."""
    from sqlalchemy import insert

    from shopdesk.db.models import Feedback, LoyaltyEntry, LoyaltyProgram, OrderPrint, ReturnRequest, RewardCode
    from shopdesk.services.database import open_database

    database = open_database("sqlite:///" + str(path), backup_dir=None)
    rng = random.Random(2)
    now = datetime.now(UTC)
    start = time.perf_counter()
    with database.engine.begin() as conn:
        orders = conn.exec_driver_sql(
            "SELECT id, customer_id, total_minor, created_at FROM shop_order WHERE status != 'cancelled'"
        ).all()
        program = {"id": 1, "kind": "punch", "name": "Card", "active": True, "rules": "{}", "created_at": now}
        conn.execute(insert(LoyaltyProgram), [program])
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
                    {"number": 1001 + number, "order_id": order_id, "customer_id": customer_id, "status": status,
                     "reason": rng.choice(REASONS), "currency": "USD", "value_minor": total, "fee_minor": 0,
                     "rejection_reason": "not ours" if status == "rejected" else "",
                     "refund_minor": total if status in ("refunded", "closed") else 0,
                     "created_at": min(at + timedelta(days=5), now)}
                )  # fmt: skip
            if roll < 0.70:
                entries.append({"customer_id": customer_id, "program_id": 1, "order_id": order_id, "kind": "earned",
                                "stamps": 1, "at": at})  # fmt: skip
                stamps[customer_id] = stamps.get(customer_id, 0) + 1
                if stamps[customer_id] % 7 == 0:
                    used = rng.random() < 0.5
                    codes.append({"code": f"R{number:08d}", "customer_id": customer_id, "program_id": 1,
                                  "reward": "free_item", "value": 0, "issued_at": at,
                                  "redeemed_at": at + timedelta(days=20) if used else None})  # fmt: skip
                    entries.append({"customer_id": customer_id, "program_id": 1, "order_id": order_id,
                                    "kind": "rewarded", "stamps": -7, "at": at})  # fmt: skip
            if roll < 0.05:
                feedback.append({"order_id": order_id, "customer_id": customer_id, "nps": rng.randint(0, 10),
                                 "csat": rng.randint(1, 5), "review_site": rng.choice(["", "", "Google"]),
                                 "comment": "", "at": at + timedelta(days=8)})  # fmt: skip
            if roll < 0.60:
                prints.append({"order_id": order_id, "document": "inserts", "size": "A6", "language": "fa", "at": at})
            if number % 100_000 == 99_999:
                flush()
        flush()
    with database.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    database.close()
    print(f"added returns, loyalty, feedback and prints in {time.perf_counter() - start:.1f} s")


# Each statement the dashboard sends reads one tile, told by what it reads (first match).
TILES = (
    ("customers, repeat rate, lifetime value", "AS history"),
    ("return rate and reasons", "return_request"),
    ("rewards issued and redeemed", "reward_code"),
    ("active loyalty cards", "loyalty_entry"),
    ("NPS, CSAT, reviews", "FROM feedback"),
    ("inserts printed", "order_print"),
    ("orders by channel", "GROUP BY channel"),
    ("revenue over time", "AS day"),
    ("cohort table (12 months)", "mask"),
    ("revenue, orders, average order", "FROM shop_order"),
)


def tile_of(statement: str) -> str:
    return next((tile for tile, marker in TILES if marker in statement), "the shop's settings")


class Recorder:
    """The statements (and parameters) the services send, and how long each took through SQLAlchemy."""

    def __init__(self, engine) -> None:  # noqa: ANN001
        from sqlalchemy import event

        self.timings: list[tuple[str, tuple, float]] | None = None
        event.listen(engine, "before_cursor_execute", self._started)
        event.listen(engine, "after_cursor_execute", self._ended)

    def _started(self, conn, _cursor, _statement, _parameters, _context, _many) -> None:  # noqa: ANN001
        conn.info["started"] = time.perf_counter()

    def _ended(self, conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        if self.timings is not None:
            ms = (time.perf_counter() - conn.info["started"]) * 1000
            self.timings.append((statement, tuple(parameters or ()), ms))

    def run(self, fn) -> tuple[float, list[tuple[str, tuple, float]]]:  # noqa: ANN001
        """``fn``'s wall time (ms) and its statements with their times."""
        self.timings = []
        started = time.perf_counter()
        fn()
        wall = (time.perf_counter() - started) * 1000
        timings, self.timings = self.timings, None
        return wall, timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--cache", type=Path, default=OUT)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    cache: Path = args.cache
    cache.mkdir(parents=True, exist_ok=True)
    os.environ["SHOPDESK_DATA_DIR"] = str(cache / "data")
    base_path = cache / f"orders_{args.orders}_{args.customers}_span.sqlite3"
    path = cache / f"dashboard_{args.orders}_{args.customers}.sqlite3"
    if args.rebuild or not base_path.exists():
        build(base_path, args.orders, args.customers, spacing=SPAN_SECONDS // args.orders)
    if args.rebuild or not path.exists():
        shutil.copyfile(base_path, path)
        enrich(path)

    from shopdesk.services.database import open_database
    from shopdesk.services.registry import build_services
    from shopdesk.views.locale_format import Formatter
    from shopdesk.views.preferences import DisplayPreferences
    from shopdesk.views.summaries_view import COHORT_MONTHS, month_starts, period_dates

    database = open_database("sqlite:///" + str(path), backup_dir=None)  # migrated to this version first
    summaries = build_services(database.unit_of_work).summaries
    recorder = Recorder(database.engine)
    raw = sqlite3.connect(path)
    formatter = Formatter(DisplayPreferences(language="en"))
    today = date.today()
    print(f"\n{args.orders:,} orders, {args.customers:,} customers — median ms of {args.rounds} interleaved rounds "
          "(raw: the same statements in sqlite3)")  # fmt: skip
    print(f"{'':46} {'shopdesk':>9} {'raw':>9} {'ratio':>7}  target")
    big = args.orders >= 1_000_000

    def line(name: str, ours: float, base: float, target: str) -> None:
        print(f"{name:46} {ours:9.2f} {base:9.2f} {ours / base if base else 0:6.2f}x  {target}")

    def replay(statements) -> float:  # noqa: ANN001
        started = time.perf_counter()
        for statement, parameters, _ms in statements:
            raw.execute(statement, parameters).fetchall()
        return (time.perf_counter() - started) * 1000

    for period in ("this_month", "last_30_days", "this_quarter", "this_year"):
        start, end = period_dates(period, today, formatter)
        starts = month_starts(end, formatter, COHORT_MONTHS)

        def refresh(s=start, e=end, m=starts) -> None:  # noqa: ANN001 - what the page's worker runs
            summaries.summary(s, e)
            summaries.revenue_by_day(s, e)
            summaries.orders_by_channel(s, e)
            summaries.cohorts(e, COHORT_MONTHS, month_starts=m)

        refresh()  # warm: the page has read before
        walls, raws, longest = [], [], 0.0
        tiles: dict[str, list[float]] = {}
        tiles_raw: dict[str, list[float]] = {}
        for _ in range(args.rounds):
            wall, statements = recorder.run(refresh)
            walls.append(wall)
            raws.append(replay(statements))
            longest = max(longest, *(ms for _s, _p, ms in statements))
            for tile in dict.fromkeys(tile_of(s) for s, _p, _ms in statements):
                mine = [t for t in statements if tile_of(t[0]) == tile]
                tiles.setdefault(tile, []).append(sum(ms for _s, _p, ms in mine))
                tiles_raw.setdefault(tile, []).append(replay(mine))
        print(f"{period} ({start} – {end})")
        if not big:
            for tile, times in tiles.items():
                line("  " + tile, statistics.median(times), statistics.median(tiles_raw[tile]), "≤ 50 ms")
        target = "≤ 1,500 ms" if big else "≤ 150 ms"
        line("  the whole refresh", statistics.median(walls), statistics.median(raws), target)
        print(f"  {'longest statement':44} {longest:9.2f}{'':27}{'≤ 1,000 ms' if big else ''}")
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
