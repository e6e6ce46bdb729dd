"""How long `shopdesk demo` takes: the whole demo (bulk-loaded orders, then loyalty, returns, feedback, promises
and prints through the services) against the bulk load alone (what the demo was before issue 23), interleaved.

    python benchmarks/demo_build.py [--customers 400] [--orders 2000] [--rounds 5] [--db URL]

Each round builds both into a fresh SQLite file (or, with ``--db``, over the same PostgreSQL database, a demo
replacing a demo), whole demo and bulk alone alternately; prints each round's seconds, the medians and their
ratio. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=400)
    parser.add_argument("--orders", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--db", default="", help="a PostgreSQL URL (default: a new SQLite file each build)")
    args = parser.parse_args()

    from shopdesk.services import demo
    from shopdesk.services.database import open_database

    whole = demo.bring_to_life

    def build(url: str, *, life: bool) -> float:
        database = open_database(url)
        demo.bring_to_life = whole if life else (lambda *_a, **_k: None)
        try:
            started = time.perf_counter()
            demo.build_demo(database.engine, customers=args.customers, orders=args.orders, seed=7)
            return time.perf_counter() - started
        finally:
            demo.bring_to_life = whole
            database.close()

    times: dict[bool, list[float]] = {True: [], False: []}
    with tempfile.TemporaryDirectory() as tmp:
        for round_ in range(args.rounds):
            for life in (True, False) if round_ % 2 == 0 else (False, True):
                url = args.db or f"sqlite:///{Path(tmp) / f'demo-{round_}-{life}.sqlite3'}"
                times[life].append(build(url, life=life))
            print(f"round {round_ + 1}: whole demo {times[True][-1]:.2f} s, bulk alone {times[False][-1]:.2f} s")
    full, bulk = statistics.median(times[True]), statistics.median(times[False])
    print(f"median: whole demo {full:.2f} s, bulk alone {bulk:.2f} s, ratio {full / bulk:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
