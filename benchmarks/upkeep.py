"""What the summaries' roll-ups add to saving one order: the same order saved with their upkeep and with it
switched off, one after the other, many times.

    python benchmarks/upkeep.py [--orders 100000] [--customers 20000] [--rounds 5] [--pairs 100]

Works on a copy of ``orders_1m.py``'s database of that size (built once, cached in benchmarks/out/; the migrations
add the roll-ups), in WAL mode with synchronous=FULL as the app runs. Each round saves ``--pairs`` orders with the
upkeep and as many without it, alternately, for a returning customer (the usual sale: after their last order), and
prints the medians and their difference; then the median difference of the rounds (target from issue 7: ≤ +0.2
ms per order saved). Wall time on a shared machine varies from minute to minute, so it also counts what does not
vary: the pages each save writes to the WAL (frames per commit), with and without the upkeep. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from orders_1m import OUT, build  # noqa: E402


def measure(database, customer_id: int, *, rounds: int = 5, pairs: int = 100) -> float:  # noqa: ANN001
    """Print each round's medians with and without the upkeep and the WAL frames per save; return the median of
    the rounds' differences (ms). Leaves orders saved without their roll-ups: rebuild them afterwards."""
    from shopdesk.db import rollups
    from shopdesk.services.order_rows import LineDraft, OrderDraft
    from shopdesk.services.registry import build_services

    services = build_services(database.unit_of_work)
    draft = OrderDraft(lines=(LineDraft("Soap", 2, 1250),), customer_id=customer_id)
    kept = rollups.order_link, rollups.order_placed
    switched_off = (lambda *_a, **_k: rollups.NO_LINK), (lambda *_a, **_k: None)
    wal = Path(str(database.engine.url.database) + "-wal")

    def save(upkeep: tuple) -> float:
        rollups.order_link, rollups.order_placed = upkeep
        try:
            started = time.perf_counter()
            services.orders.place_order(draft)
            return (time.perf_counter() - started) * 1000
        finally:
            rollups.order_link, rollups.order_placed = kept

    def frames(upkeep: tuple, saves: int = 50) -> float:
        """WAL frames written per save: the WAL emptied first, and not checkpointed while it grows."""
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.exec_driver_sql("PRAGMA wal_autocheckpoint=0")
            page = connection.exec_driver_sql("PRAGMA page_size").scalar()
        size = wal.stat().st_size if wal.exists() else 0
        for _ in range(saves):
            save(upkeep)
        grown = wal.stat().st_size - size
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_autocheckpoint=1000")
        return grown / saves / (page + 24)  # each frame: a 24-byte header and the page

    save(kept)  # the statements prepared, the customer's row read once
    with_frames, without_frames = frames(kept), frames(switched_off)
    differences = []
    for number in range(1, rounds + 1):
        with_upkeep, without = [], []
        for _ in range(pairs):
            with_upkeep.append(save(kept))
            without.append(save(switched_off))
        ours, base = statistics.median(with_upkeep), statistics.median(without)
        differences.append(ours - base)
        print(f"  round {number}: a save {ours:.2f} ms with the roll-ups, {base:.2f} without: {ours - base:+.3f}")
    difference = statistics.median(differences)
    print(
        f"  upkeep per order saved: +{difference:.3f} ms (median of {rounds} rounds, "
        f"{min(differences):+.3f} to {max(differences):+.3f}; target ≤ +0.2 ms); WAL frames per save "
        f"{with_frames:.1f} with the roll-ups, {without_frames:.1f} without"
    )
    return difference


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--pairs", type=int, default=100)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    os.environ["SHOPDESK_DATA_DIR"] = str(OUT / "data")
    base_path = OUT / f"orders_{args.orders}_{args.customers}.sqlite3"
    if not base_path.exists():
        build(base_path, args.orders, args.customers)
    path = OUT / f"upkeep_{args.orders}_{args.customers}.sqlite3"
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.copyfile(base_path, path)

    from shopdesk.services.database import open_database

    database = open_database("sqlite:///" + str(path), backup_dir=None)  # the migrations add the roll-ups
    with database.engine.connect() as connection:
        customer = connection.exec_driver_sql("SELECT customer_id FROM shop_order ORDER BY id DESC LIMIT 1").scalar()
    print(f"\n{args.orders:,} orders, {args.customers:,} customers; customer {customer} orders again")
    measure(database, customer, rounds=args.rounds, pairs=args.pairs)
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
