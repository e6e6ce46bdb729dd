"""The command line. ``shopdesk`` alone opens the window; subcommands serve scripts.

Commands and their JSON shapes are a promise to scripts: keep names and options as documented in the
README. Commands that do not open a window never import Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from shopdesk import __version__, paths


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="shopdesk", description="An offline back office for small shops.")
    parser.add_argument("--version", action="version", version=f"shopdesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="SQLite file or database URL (postgresql+psycopg://user:pw@host/db); "
        f"default: ${paths.ENV_DATABASE_URL} or the file in the user data folder",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the demo database (built on first use) instead of the shop's own"
    )
    parser.add_argument("--lang", choices=["en", "ar", "fa"], help="language for this run (default: Settings)")
    parser.add_argument("--startup-report", metavar="FILE", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="build a demo database (replaces an earlier demo, never a shop's data)")
    demo.add_argument("--customers", type=int, default=400, metavar="N")
    demo.add_argument("--orders", type=int, default=2000, metavar="N")
    demo.add_argument("--seed", type=int, default=7, metavar="S")
    demo.add_argument("--force", action="store_true", help="replace a database that holds real shop data")
    demo.add_argument("--json", action="store_true", help="print what was built as JSON")
    return parser


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "demo":
        return _demo(args)
    return _gui(args)


def _target_url(args: argparse.Namespace, *, demo: bool) -> str:
    if args.db:
        return paths.database_url(args.db)
    if demo:
        return paths.sqlite_url(paths.demo_database_path())
    return paths.database_url(None)


def _open(url: str):  # noqa: ANN202
    from shopdesk.services.database import open_database
    from shopdesk.services.errors import DatabaseDamaged, DatabaseUnavailable

    try:
        return open_database(url)
    except (DatabaseDamaged, DatabaseUnavailable) as exc:
        print(f"shopdesk: {exc}", file=sys.stderr)
        return None


def _demo(args: argparse.Namespace) -> int:
    from shopdesk.services.demo import build_demo, holds_real_shop_data

    if args.customers < 1 or args.orders < 0:
        print("shopdesk demo: --customers must be at least 1 and --orders at least 0", file=sys.stderr)
        return 2
    url = _target_url(args, demo=True)
    database = _open(url)
    if database is None:
        return 1
    try:
        if holds_real_shop_data(database.engine) and not args.force:
            print(
                f"shopdesk demo: {database.description} holds a shop's own data; refusing to replace it "
                "(use another --db, or --force if you really mean it)",
                file=sys.stderr,
            )
            return 1
        summary = build_demo(database.engine, customers=args.customers, orders=args.orders, seed=args.seed)
    finally:
        database.close()
    result = {
        "database": paths.describe_database(url),
        "customers": summary.customers,
        "products": summary.products,
        "orders": summary.orders,
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(
            f"Demo database ready at {result['database']}: {summary.customers} customers, "
            f"{summary.products} products, {summary.orders} orders."
        )
    return 0


def _gui(args: argparse.Namespace) -> int:
    url = _target_url(args, demo=args.demo)
    if args.demo and not args.db and not paths.demo_database_path().exists():
        code = _demo(argparse.Namespace(db=None, customers=400, orders=2000, seed=7, force=False, json=False))
        if code:
            return code
    from shopdesk.app import StartupReport, run_gui

    report = StartupReport(args.startup_report, quit_when_ready=args.quit_when_ready)
    report.mark("process_main")
    return run_gui(database_url=url, language=args.lang, report=report)
