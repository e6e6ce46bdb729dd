"""The command line. ``shopdesk`` alone opens the window; subcommands serve scripts.

Commands and their JSON shapes are a promise to scripts: keep names and options as documented in the
README. Commands that do not open a window never import Qt's widgets; ``print`` uses QtCore alone for the
translated words, digits and dates of the documents.
"""

from __future__ import annotations

import argparse
import io
import json
import sqlite3
import sys
from pathlib import Path

from shopdesk import __version__, paths
from shopdesk.services.order_rows import CHANNELS, STATUSES
from shopdesk.services.payment_records import METHODS as PAYMENT_METHODS
from shopdesk.services.printing import DOCUMENTS, SIZE_NAMES, TAX_DOCUMENTS, TAX_SIZES
from shopdesk.services.return_rules import STATUSES as RETURN_STATUSES


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
    # --db may also follow the command (``shopdesk orders list --db shop.sqlite3``).
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    demo = sub.add_parser(
        "demo", parents=[common], help="build a demo database (replaces an earlier demo, never a shop's data)"
    )
    demo.add_argument("--customers", type=int, default=400, metavar="N")
    demo.add_argument("--orders", type=int, default=2000, metavar="N")
    demo.add_argument("--seed", type=int, default=7, metavar="S")
    demo.add_argument(
        "--country",
        type=str.upper,
        choices=["SA", "AE", "IR"],
        default="SA",
        help="the shop's country: its currency, phones, weekend and customers' languages (default SA)",
    )
    demo.add_argument("--force", action="store_true", help="replace a database that holds real shop data")
    demo.add_argument("--json", action="store_true", help="print what was built as JSON")

    orders = sub.add_parser("orders", help="orders").add_subparsers(
        dest="orders_command", metavar="ACTION", required=True
    )
    listing = orders.add_parser("list", parents=[common], help="list orders, newest first")
    listing.add_argument("--status", choices=STATUSES, action="append", help="only this status (repeatable)")
    listing.add_argument("--channel", choices=CHANNELS, action="append", help="only this channel (repeatable)")
    listing.add_argument(
        "--search", default="", help="order number, tracking number, customer name or phone, or the city shipped to"
    )
    listing.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD", help="placed on or after")
    listing.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD", help="placed on or before")
    listing.add_argument("--limit", type=_limit, default=100, metavar="N", help="at most N orders (0: all)")
    listing.add_argument("--json", action="store_true", help="print a JSON array")

    order = sub.add_parser("order", help="one order").add_subparsers(
        dest="order_command", metavar="ACTION", required=True
    )
    order_show = order.add_parser(
        "show", parents=[common], help="one order whole: lines, discounts, addresses, history"
    )
    order_show.add_argument("number", type=_number, metavar="NUMBER", help="the order number (any digits)")
    order_show.add_argument("--json", action="store_true", help="print a JSON object")
    order_pay = order.add_parser(
        "pay", parents=[common], help="record a payment: paid with the last one, the order moves to paid"
    )
    order_pay.add_argument("number", type=_number, metavar="NUMBER", help="the order number (any digits)")
    order_pay.add_argument(
        "--amount",
        required=True,
        metavar="AMOUNT",
        help="in the shop's currency, any digits (e.g. 12.50); 'due' for the balance",
    )
    order_pay.add_argument("--method", choices=PAYMENT_METHODS, default="cash", help="how it was paid (default cash)")
    order_pay.add_argument("--note", default="", help="a note kept with the payment")
    order_pay.add_argument(
        "--by", default="", metavar="NAME", help="who took the money (default: this computer's user)"
    )
    order_pay.add_argument("--json", action="store_true", help="print what was recorded as JSON")

    customer = sub.add_parser("customer", help="customers").add_subparsers(
        dest="customer_command", metavar="ACTION", required=True
    )
    show = customer.add_parser("show", parents=[common], help="a customer's profile and figures")
    show.add_argument("who", metavar="PHONE_OR_ID", help="phone in any format or digits, or the customer id")
    show.add_argument("--json", action="store_true", help="print a JSON object")

    returns = sub.add_parser("returns", help="returns").add_subparsers(
        dest="returns_command", metavar="ACTION", required=True
    )
    returns_list = returns.add_parser("list", parents=[common], help="list returns, newest first")
    returns_list.add_argument(
        "--status", choices=RETURN_STATUSES, action="append", help="only this status (repeatable)"
    )
    returns_list.add_argument("--order", type=_number, metavar="NUMBER", help="only the returns of this order")
    returns_list.add_argument("--limit", type=_limit, default=100, metavar="N", help="at most N returns (0: all)")
    returns_list.add_argument("--json", action="store_true", help="print a JSON array")

    loyalty = sub.add_parser("loyalty", help="loyalty cards").add_subparsers(
        dest="loyalty_command", metavar="ACTION", required=True
    )
    loyalty_show = loyalty.add_parser("show", parents=[common], help="a customer's cards, rewards and history")
    loyalty_show.add_argument("who", metavar="PHONE_OR_ID", help="phone in any format or digits, or the customer id")
    loyalty_show.add_argument("--json", action="store_true", help="print a JSON object")

    report = sub.add_parser("report", help="summaries").add_subparsers(
        dest="report_command", metavar="ACTION", required=True
    )
    summary = report.add_parser("summary", parents=[common], help="how the shop did over a period")
    summary.add_argument("--from", dest="date_from", type=_date, required=True, metavar="YYYY-MM-DD")
    summary.add_argument("--to", dest="date_to", type=_date, required=True, metavar="YYYY-MM-DD")
    summary.add_argument(
        "--lang",
        dest="report_lang",
        choices=["ar", "fa", "en"],
        default="en",
        help="language of the PDF or CSV report (default en)",
    )
    output = summary.add_mutually_exclusive_group(required=True)
    output.add_argument("--json", action="store_true", help="print the figures as JSON")
    output.add_argument("--out", type=Path, metavar="FILE.pdf", help="write a PDF report (or CSV for FILE.csv)")

    tax = report.add_parser("tax", parents=[common], help="VAT over a period: sales and tax by rate, tax due")
    tax.add_argument("--from", dest="date_from", type=_date, required=True, metavar="YYYY-MM-DD")
    tax.add_argument("--to", dest="date_to", type=_date, required=True, metavar="YYYY-MM-DD")
    tax.add_argument(
        "--lang", dest="report_lang", choices=["ar", "fa", "en"], default="en", help="language (default en)"
    )
    tax_output = tax.add_mutually_exclusive_group()
    tax_output.add_argument("--json", action="store_true", help="print the figures as JSON")
    tax_output.add_argument("--out", type=Path, metavar="FILE.pdf", help="write a PDF report (or CSV for FILE.csv)")

    importing = sub.add_parser("import", help="bring data in from other shops").add_subparsers(
        dest="import_command", metavar="WHAT", required=True
    )
    import_orders = importing.add_parser("orders", parents=[common], help="orders from a CSV export")
    import_orders.add_argument("file", type=Path, metavar="FILE")
    import_orders.add_argument(
        "--format",
        dest="import_format",
        default="shopify",
        metavar="shopify|woocommerce|MAPPING",
        help="the export's format, or the name of a column mapping saved in the app (default shopify)",
    )
    import_orders.add_argument(
        "--encoding",
        metavar="utf-8|cp1256|cp1252|latin-1|utf-16",
        help="read the file in this encoding (default: found from the file; asked for when unclear)",
    )
    import_orders.add_argument("--dry-run", action="store_true", help="only say what would be imported")
    import_orders.add_argument("--json", action="store_true", help="print the report as JSON")

    export = sub.add_parser("export", parents=[common], help="orders or customers as a CSV file for spreadsheets")
    export.add_argument("what", choices=("orders", "customers"))
    export.add_argument("file", type=Path, metavar="FILE.csv")
    export.add_argument("--json", action="store_true", help="print what was written as JSON")

    backup = sub.add_parser("backup", parents=[common], help="a checked copy of the shop's database")
    backup.add_argument("--to", dest="backup_to", type=Path, metavar="DIR", help="folder (default: the backups folder)")
    check = sub.add_parser("check", parents=[common], help="SQLite's full integrity check of the database")
    check.set_defaults(check=True)
    restore = sub.add_parser("restore", parents=[common], help="put a backup in place (the current state is saved)")
    restore.add_argument("file", type=Path, metavar="FILE")

    printing = sub.add_parser(
        "print",
        parents=[common],
        help="packing inserts, thank-you notes, receipts, tax invoices or credit notes for orders, into one PDF",
    )
    printing.add_argument("document", choices=(*DOCUMENTS, *TAX_DOCUMENTS))
    which = printing.add_mutually_exclusive_group(required=True)
    which.add_argument("--orders", type=_numbers, metavar="1001,1002", help="order numbers, in any digits")
    which.add_argument("--status", choices=STATUSES, help="every order with this status (e.g. packed)")
    printing.add_argument(
        "--size",
        choices=tuple(dict.fromkeys((*SIZE_NAMES, *TAX_SIZES))),
        help="page size (default a6; receipts 80mm, invoices and credit notes a4)",
    )
    printing.add_argument(
        "--lang",
        dest="print_lang",
        choices=["auto", "ar", "fa", "en"],
        default="auto",
        help="language of the documents (default auto: each customer's own)",
    )
    printing.add_argument("--gift", action="store_true", help="gift mode: no prices, the order's gift message")
    printing.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    printing.add_argument("--json", action="store_true", help="print what was written as JSON")
    return parser


def _number(text: str) -> int:
    numbers = _numbers(text)
    if len(numbers) != 1:
        raise argparse.ArgumentTypeError(f"one order number, not {text!r}")
    return numbers[0]


def _numbers(text: str) -> list[int]:
    from shopdesk.services.numbers import ascii_digits, order_number

    numbers = []
    for part in ascii_digits(text).replace("،", ",").split(","):
        number = order_number(part)
        if number is None:
            raise argparse.ArgumentTypeError(f"not an order number: {part.strip()!r}")
        numbers.append(number)
    return numbers


def _date(text: str):  # noqa: ANN202
    """A day for --from/--to: the one rule of ``services.dates`` (any digits; a year before 1700 is Jalali)."""
    from shopdesk.services.dates import FIRST_DAY, LAST_DAY, parse_day
    from shopdesk.services.errors import InvalidInput

    try:
        return parse_day(text)
    except InvalidInput as exc:
        if exc.reason == "out of range":
            raise argparse.ArgumentTypeError(
                f"{text!r} is not a day the shop can have (from {FIRST_DAY} to {LAST_DAY})"
            ) from exc
        raise argparse.ArgumentTypeError(
            f"not a date: {text!r} (YYYY-MM-DD, any digits; a year before 1700 is Jalali)"
        ) from exc


MAX_LIMIT = 10**9  # more rows than any shop has, and within every database's LIMIT


def _limit(text: str) -> int:
    """--limit: a whole number, 0 for all; a negative one is refused rather than read as "all"."""
    from shopdesk.services.numbers import ascii_digits

    typed = ascii_digits(text).strip()
    if not (typed.isascii() and typed.isdigit()) or int(typed) > MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"not a limit: {text!r} (a whole number up to {MAX_LIMIT:,}, 0 for all)")
    return int(typed)


def _date_range_refused(args: argparse.Namespace, name: str) -> int | None:
    """Exit 2 with the same words for every command whose --to comes before its --from."""
    from shopdesk.services.dates import check_range
    from shopdesk.services.errors import InvalidInput

    try:
        check_range(args.date_from, args.date_to)
    except InvalidInput:
        print(f"{name}: --to ({args.date_to}) is before --from ({args.date_from})", file=sys.stderr)
        return 2
    return None


# What the owner's PIN guards in the window guards it here too (once the owner set roles up): a summary of the
# shop's revenue, an export, an import, a restore and a backup outside the backups folder. The PIN comes from
# $SHOPDESK_OWNER_PIN (a script the owner set up) or is asked for when the command runs at a terminal; each use is
# written to the audit log.
OWNER_ACTIONS = {
    "report": "summaries.report",
    "export": "export",
    "import": "import.orders",
    "restore": "restore",
    "backup": "backup.elsewhere",
}
ENV_OWNER_PIN = "SHOPDESK_OWNER_PIN"
EXIT_NEEDS_OWNER = 4


def main(argv: list[str]) -> int:
    # A file name given in bytes that are not UTF-8 reaches Python as surrogate escapes; said back, it is the same
    # bytes on stdout (what Python itself does in a C locale) and \xNN in a message, never an encoding error.
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="surrogateescape")
    if isinstance(sys.stderr, io.TextIOWrapper):
        sys.stderr.reconfigure(errors="backslashreplace")
    args = build_parser().parse_args(argv)
    if args.command == "demo":
        return _demo(args)
    if args.command == "orders":
        return _with_database(args, _orders_list)
    if args.command == "customer":
        return _with_database(args, _customer_show)
    if args.command == "order" and args.order_command == "pay":
        return _with_database(args, _order_pay, lock=True)
    if args.command == "order":
        return _with_database(args, _order_show)
    if args.command in ("backup", "check", "restore"):
        return _backups(args)
    if args.command == "report":
        return _with_database(args, _report_tax if args.report_command == "tax" else _report_summary)
    if args.command == "loyalty":
        return _with_database(args, _loyalty_show)
    if args.command == "returns":
        return _with_database(args, _returns_list)
    if args.command == "print":
        return _with_database(args, _print, lock=True)  # records each print on its order
    if args.command == "import":
        return _with_database(args, _import_orders, lock=True)
    if args.command == "export":
        return _with_database(args, _export)  # reads only: runs beside an open window
    return _gui(args)


# Commands that write (demo, print, restore) take the database's lock and refuse, with EXIT_IN_USE, a file another
# copy of shopdesk holds (and, with the same code, a save that waited for another connection's lock and gave up);
# commands that only read (orders, customer, returns, loyalty, report, backup, check) run beside it, unless the
# file's schema must first be brought up to date.
EXIT_IN_USE = 3


def _with_database(args: argparse.Namespace, command, *, lock: bool = False) -> int:  # noqa: ANN001
    database = _open(_target_url(args, demo=args.demo), lock=lock, program=f"shopdesk {args.command}")
    if isinstance(database, int):
        return database
    from shopdesk.services.errors import DatabaseBusy

    try:
        return _run_owned(args, database, command)
    except DatabaseBusy as exc:  # another connection held a lock too long (an import being written at another desk)
        print(f"shopdesk {args.command}: nothing was saved: {exc}; try again when it has finished", file=sys.stderr)
        return EXIT_IN_USE
    finally:
        database.close()


def _run_owned(args: argparse.Namespace, database, command) -> int:  # noqa: ANN001
    """Run the command once the owner's PIN was given where it needs one, and write its outcome to the audit log
    after it ran: a failed export is not logged as done."""
    from shopdesk.services.errors import DatabaseBusy

    owner = _owner_pin(args, database)
    if isinstance(owner, int):
        return owner
    code = 1  # a command that raised did not succeed either
    try:
        code = command(args, database)
        return code
    except DatabaseBusy:
        code = EXIT_IN_USE
        raise
    finally:
        if owner is not None:
            try:
                _audit(args, database, owner, code)
            except DatabaseBusy as exc:  # the command's own outcome stands; the log says it could not be written
                print(f"shopdesk {args.command}: the audit log could not be written: {exc}", file=sys.stderr)


def _owner_action(args: argparse.Namespace) -> str | None:
    action = OWNER_ACTIONS.get(args.command)
    return f"export.{args.what}" if action == "export" else action


def _audit(args: argparse.Namespace, database, owner: str, code: int) -> None:  # noqa: ANN001
    from shopdesk.services.accounts import AccountService

    details: dict[str, object] = {"from": "command line"}
    if code != 0:
        details.update(outcome="failed", exit=code)
    AccountService(database.unit_of_work).audit(owner, _owner_action(args), details)


def _owner_refused(args: argparse.Namespace, database) -> int | None:  # noqa: ANN001
    """None when the command may run: it needs no owner, roles are off, or the owner's PIN was given (and the use
    is written to the audit log at once: backup works on the file, not through the open database); otherwise says
    why and gives ``EXIT_NEEDS_OWNER``."""
    owner = _owner_pin(args, database)
    if isinstance(owner, int):
        return owner
    if owner is not None:
        _audit(args, database, owner, 0)
    return None


def _owner_pin(args: argparse.Namespace, database) -> str | int | None:  # noqa: ANN001
    """The owner whose PIN was given, None when no PIN is needed (the command needs no owner, or roles are off), or
    ``EXIT_NEEDS_OWNER`` after saying why not. Writes nothing to the audit log beyond wrong PINs."""
    import getpass
    import os

    from shopdesk.services.accounts import AccountService
    from shopdesk.services.errors import InvalidInput, PinRefused, TooManyTries

    action = _owner_action(args)
    if action is None:
        return None
    accounts = AccountService(database.unit_of_work)
    if not accounts.has_accounts():
        return None
    name = f"shopdesk {args.command}"
    pin = os.environ.get(ENV_OWNER_PIN, "")
    if not pin and sys.stdin.isatty():
        pin = getpass.getpass("Owner's PIN: ")
    if not pin:
        print(f"{name}: this needs the owner's PIN: set {ENV_OWNER_PIN} or run it at a terminal", file=sys.stderr)
        return EXIT_NEEDS_OWNER
    for owner in accounts.owners():
        try:
            accounts.verify(owner.name, pin)
        except (InvalidInput, PinRefused):
            continue
        except TooManyTries as exc:
            print(f"{name}: too many wrong PINs; try again in {exc.wait_seconds} s", file=sys.stderr)
            return EXIT_NEEDS_OWNER
        return owner.name
    print(f"{name}: that is not the owner's PIN", file=sys.stderr)
    return EXIT_NEEDS_OWNER


def _import_orders(args: argparse.Namespace, database) -> int:  # noqa: ANN001
    """Exit 0 when imported (or, with --dry-run, importable), 1 when the file or some rows are wrong (then nothing
    was written), 2 for an unknown format or encoding."""
    from sqlalchemy.exc import IntegrityError

    from shopdesk.services.errors import InvalidInput, UnclearEncoding
    from shopdesk.services.import_encoding import ENCODINGS, check_encoding
    from shopdesk.services.imports import UnreadableFile
    from shopdesk.services.registry import build_services

    services = build_services(database.unit_of_work)
    mapping = services.imports.mappings().get(args.import_format)
    if mapping is None:
        known = ", ".join(sorted(services.imports.mappings()))
        print(f"shopdesk import orders: unknown format {args.import_format!r} (known: {known})", file=sys.stderr)
        return 2

    def backup_first() -> None:  # an import is undone by restoring the backup made just before it
        if database.sqlite_path is not None:
            from shopdesk.db.backup import backup_sqlite

            backup_sqlite(database.sqlite_path, paths.backups_dir(), "before-import")

    try:
        encoding = check_encoding(args.encoding) if args.encoding else None
    except InvalidInput:
        known = ", ".join(ENCODINGS)
        print(f"shopdesk import orders: unknown encoding {args.encoding!r} (known: {known})", file=sys.stderr)
        return 2
    try:
        report = services.imports.import_orders(
            args.file, mapping, dry_run=args.dry_run, before_write=backup_first, encoding=encoding
        )
    except UnclearEncoding as exc:  # the user sees the text and picks
        print(
            f"shopdesk import orders: {args.file}: the encoding is not clear; nothing was written. Its first lines "
            "with letters outside English read:",
            file=sys.stderr,
        )
        for encoding, lines in exc.samples.items():
            print(f"  as {encoding}:", file=sys.stderr)
            for line in lines:
                print(f"    {line}", file=sys.stderr)
        print(
            f"Choose the one that reads right and import again with --encoding (e.g. --encoding {exc.proposed}).",
            file=sys.stderr,
        )
        return 1
    except UnreadableFile as exc:
        print(f"shopdesk import orders: {args.file} cannot be read: {exc}", file=sys.stderr)
        return 1
    except IntegrityError as exc:  # another desk imported the same orders at this moment (PostgreSQL)
        print(f"shopdesk import orders: nothing was written, the database refused it: {exc.orig}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        verb = "would import" if args.dry_run or report.problems else "imported"
        print(
            f"{args.file}: {verb} {report.orders_new} orders ({report.orders_existing} already there), "
            f"{report.customers_new} new customers, {report.customers_matched} matched; {report.rows} rows, "
            f"{report.encoding}"
        )
        for problem in report.problems:
            print(f"  {problem.text()}")
        total = max(report.problems_total, len(report.problems))
        if total > len(report.problems):
            print(f"  and {total - len(report.problems)} more")
        if any(p.reason == "bytes not in the encoding" for p in report.problems):
            print(
                f"Some rows hold bytes that are not {report.encoding}: if the whole file is in another encoding, "
                f"name it with --encoding ({', '.join(ENCODINGS)})."
            )
        if report.problems:
            print(f"{total} wrong rows: nothing was written.")
        for warning in report.warnings:
            print(f"  warning: {warning.text()}")
        warned = max(report.warnings_total, len(report.warnings))
        if warned > len(report.warnings):
            print(f"  warning: and {warned - len(report.warnings)} more")
        if warned:
            print(f"{warned} rows with a warning (phones kept as typed, marked unverified).")
    return 1 if report.problems else 0


def _orders_list(args: argparse.Namespace, database) -> int:  # noqa: ANN001
    from shopdesk.cli_output import order_json
    from shopdesk.services.order_rows import OrderQuery
    from shopdesk.services.orders import OrderService

    refused = _date_range_refused(args, "shopdesk orders list")
    if refused is not None:
        return refused
    service = OrderService(database.unit_of_work)
    query = OrderQuery(
        statuses=tuple(args.status or ()),
        channels=tuple(args.channel or ()),
        search=args.search,
        date_from=args.date_from,
        date_to=args.date_to,
    )
    rows: list = []
    for page in service.pages(query, size=500 if args.limit <= 0 else min(500, args.limit)):
        rows += page
        if 0 < args.limit <= len(rows):
            rows = rows[: args.limit]
            break
    if args.json:
        ship_to = service.ship_addresses([row.id for row in rows])
        print(json.dumps([order_json(row, ship_to.get(row.id)) for row in rows], ensure_ascii=False))
    else:
        for row in rows:
            data = order_json(row)
            who = data["customer"]["name"] if data["customer"] else "-"
            print(
                f"{row.number:>8}  {data['created_at']}  {row.status:<9}  {row.channel:<11}  "
                f"{data['total']:>12} {row.currency}  {who}"
            )
    return 0


def _order_pay(args: argparse.Namespace, database) -> int:  # noqa: ANN001
    """Exit 0 when recorded, 1 for no such order or a payment refused (more than the balance: both amounts said)."""
    import getpass

    from shopdesk.cli_output import money
    from shopdesk.services.errors import InvalidInput, OverPayment
    from shopdesk.services.money import minor_digits
    from shopdesk.services.numbers import parse_money
    from shopdesk.services.registry import build_services

    services = build_services(database.unit_of_work)
    order_id = services.orders.order_id_for_number(args.number)
    if order_id is None:
        print(f"shopdesk order pay: no order number {args.number}", file=sys.stderr)
        return 1
    owed = services.payments.money(order_id)
    currency = owed.currency
    try:
        if args.amount.strip().lower() == "due":
            amount = owed.balance_minor
        else:
            amount = parse_money(args.amount, minor_digits=minor_digits(currency), field="amount")
        try:
            who = args.by or getpass.getuser()
        except (KeyError, OSError):
            who = ""
        done = services.payments.record_payment(order_id, amount, args.method, actor=who, note=args.note)
    except OverPayment as exc:
        print(
            f"shopdesk order pay: {money(exc.amount_minor, currency)} {currency} is more than the "
            f"{money(exc.balance_minor, currency)} {currency} left to pay on order {args.number}; nothing was recorded",
            file=sys.stderr,
        )
        return 1
    except InvalidInput as exc:
        print(f"shopdesk order pay: {exc} ({exc.value!r}); nothing was recorded", file=sys.stderr)
        return 1
    data = {
        "number": done.number,
        "currency": currency,
        "amount": money(done.amount_minor, currency),
        "amount_minor": done.amount_minor,
        "method": args.method,
        "paid": money(done.paid_minor, currency),
        "paid_minor": done.paid_minor,
        "balance": money(done.balance_minor, currency),
        "balance_minor": done.balance_minor,
        "status": done.status,
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(
            f"order {done.number}: {data['amount']} {currency} by {args.method} recorded; paid {data['paid']}, "
            f"balance {data['balance']} {currency}, {done.status}"
        )
    return 0


def _order_show(args: argparse.Namespace, database) -> int:  # noqa: ANN001
    from shopdesk.cli_output import order_detail_json
    from shopdesk.services.orders import OrderService
    from shopdesk.services.payments import PaymentService
    from shopdesk.services.tax.service import TaxService

    orders = OrderService(database.unit_of_work)
    order_id = orders.order_id_for_number(args.number)
    if order_id is None:
        print(f"shopdesk order show: no order number {args.number}", file=sys.stderr)
        return 1
    data = order_detail_json(
        orders.get_order(order_id),
        PaymentService(database.unit_of_work, orders).money(order_id),
        TaxService(database.unit_of_work).order_tax(order_id),
    )
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    who = data["customer"]["name"] if data["customer"] else "walk-in"
    print(f"order {data['number']}  {data['status']}  {data['channel']}  {data['created_at']}  {who}")
    for line in data["lines"]:
        sku = f" [{line['sku']}]" if line["sku"] else ""
        off = f" -{line['discount']}" + (f" ({line['discount_percent']}%)" if line["discount_percent"] else "")
        print(
            f"  {line['quantity']} x {line['name']}{sku} @ {line['unit_price']}{off if line['discount_minor'] else ''}"
        )
    percent = f" ({data['discount_percent']}%)" if data["discount_percent"] else ""
    print(
        f"subtotal {data['subtotal']}, discount {data['discount']}{percent}, shipping {data['shipping']}, "
        f"total {data['total']} {data['currency']}, paid {data['paid']}, balance {data['balance']}"
    )
    for entry in data["payments"]:
        sign = "" if entry["kind"] == "payment" else "-"
        by = f"  by {entry['by']}" if entry["by"] else ""
        print(f"  {entry['at']}  {entry['kind']} {sign}{entry['amount']} {entry['method'] or ''}{by}")
    if data["tax"]:
        rates = ", ".join(f"{r['rate']} {r['percent']}%: {r['tax']}" for r in data["tax"]["by_rate"])
        print(f"net {data['tax']['net']}, VAT {data['tax']['tax']} ({rates}), invoice {data['invoice_number']}")
    for kind in ("ship_to", "bill_to"):
        if data[kind]:
            where = ", ".join(v for k, v in data[kind].items() if v and k != "phone")
            print(f"{kind.replace('_', ' ')}: {where}")
    for step in data["history"]:
        if step["kind"] == "edit":
            before, after = (json.dumps(step[side], ensure_ascii=False) for side in ("before", "after"))
            print(f"  {step['at']}  {step['by'] or '-'} edited {step['field']}: {before} -> {after}")
        else:
            print(f"  {step['at']}  {step['from_status'] or '-'} -> {step['to_status']}")
    return 0


def _customer_show(args: argparse.Namespace, database) -> int:  # noqa: ANN001
    from shopdesk.cli_output import customer_json
    from shopdesk.services.customers import CustomerService
    from shopdesk.services.orders import OrderService
    from shopdesk.services.payments import PaymentService

    customers = CustomerService(database.unit_of_work, orders=OrderService(database.unit_of_work))
    customer_id = customers.find_by_phone_or_id(args.who)
    if customer_id is None:
        print(f"shopdesk customer show: no customer with phone or id {args.who!r}", file=sys.stderr)
        return 1
    profile = customers.get_profile(customer_id, history=20)
    orders = OrderService(database.unit_of_work)
    paid_and_due = PaymentService(database.unit_of_work, orders).customer_balance(customer_id, profile.currency)
    data = customer_json(profile, orders.ship_addresses([o.id for o in profile.recent_orders]), paid_and_due)
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        figures = data["figures"]
        print(f"{data['name']}  (id {data['id']}, {data['phone'] or 'no phone'})")
        print(
            f"orders {figures['orders']}, spent {figures['total_spent']} {data['currency']}, "
            f"average {figures['average_order_value']}, last order {figures['last_order_at'] or '-'}"
        )
    return 0


def _backups(args: argparse.Namespace) -> int:
    """backup, check and restore work on the SQLite file itself, never through an open database."""
    from shopdesk.db.backup import BackupFailed, integrity

    url = _target_url(args, demo=args.demo)
    path = paths.sqlite_file(url)
    name = f"shopdesk {args.command}"
    if path is None:
        print(
            f"{name}: {paths.describe_database(url)} is a PostgreSQL database; its server's own backups "
            "(pg_dump) keep it",
            file=sys.stderr,
        )
        return 2
    if args.command == "restore":
        return _restore(args, url, path)
    if not path.is_file():
        print(f"{name}: there is no database at {path}", file=sys.stderr)
        return 1
    if args.command == "check":
        try:
            result = integrity(path)
        except sqlite3.Error as exc:
            result = str(exc)
        print(
            result if result == "ok" else f"{name}: {path} is damaged: {result}; nothing was written to it",
            file=sys.stdout if result == "ok" else sys.stderr,
        )
        return 0 if result == "ok" else 1
    if args.backup_to is not None and args.backup_to.exists() and not args.backup_to.is_dir():
        print(f"{name}: --to takes a folder to put the backup in, and {args.backup_to} is a file", file=sys.stderr)
        return 2
    from shopdesk.services.backups import BackupService

    backups = BackupService(database_path=path, folder=paths.backups_dir)
    if backups.is_elsewhere(args.backup_to):  # a copy of every customer and PIN hash leaves the backups folder
        current = _open(url, program=name)
        if isinstance(current, int):
            return current
        try:
            refused = _owner_refused(args, current)
        finally:
            current.close()
        if refused is not None:
            return refused
    from shopdesk.services.exports import run_to_end

    try:
        made = run_to_end(backups.back_up(args.backup_to))
    except (BackupFailed, OSError, sqlite3.Error) as exc:
        print(f"{name}: {exc}", file=sys.stderr)
        return 1
    print(made)
    return 0


# Why restore refuses a file, in the words of the window's Backups screen.
RESTORE_REFUSALS = {
    "missing": "there is no such file",
    "empty": "this file is empty, not a shopdesk backup",
    "not_a_database": "this file is not a database, not a shopdesk backup",
    "damaged": "this file is damaged ({details})",
    "not_shopdesk": "this file is a database, but not a shopdesk one",
    "newer": "this file was made by a newer shopdesk ({details}); update shopdesk on this desk first",
}


def _restore(args: argparse.Namespace, url: str, path: Path) -> int:
    """Put a backup in place: the same BackupService.restore as the window's Restore…, so the same file is refused
    for the same reason before anything is touched, and the restore is recorded the same way."""
    from shopdesk.db.backup import BackupFailed
    from shopdesk.db.migrate import MigrationFailed
    from shopdesk.services.backups import BackupService
    from shopdesk.services.database_lock import DatabaseLock
    from shopdesk.services.errors import DatabaseDamaged, DatabaseInUse, DatabaseUnavailable, InvalidInput

    name = "shopdesk restore"
    service = BackupService(database_path=path, folder=paths.backups_dir)
    check = service.check_backup(args.file)
    if not check.ok:
        return _restore_refused(args.file, check.problem, check.details)
    owner = ""
    if path.is_file():  # the shop's roles are in the file being replaced (a file that cannot be opened has none)
        current = _open(url, program=name)
        if not isinstance(current, int):
            try:
                refused = _owner_pin(args, current)
            finally:
                current.close()
            if isinstance(refused, int):
                return refused
            owner = refused or ""
    try:
        with DatabaseLock(path, program=name):
            result = None
            steps = service.restore(args.file, by=owner, via="command line")
            while result is None:
                try:
                    next(steps)
                except StopIteration as done:
                    result = done.value
    except DatabaseInUse as exc:
        print(f"{name}: {path} is in use by {exc.holder}; close it there first", file=sys.stderr)
        return EXIT_IN_USE
    except InvalidInput as exc:  # the file changed between the check and the restore
        return _restore_refused(args.file, exc.reason, str(exc.value or ""))
    except (BackupFailed, MigrationFailed, sqlite3.Error, DatabaseUnavailable, DatabaseDamaged, OSError) as exc:
        print(f"{name}: nothing was restored: {exc}", file=sys.stderr)
        return 1
    print(f"Restored {args.file} into {path}.")
    if result.saved is not None:
        print(
            f"The state before, with the audit log as it was, is saved in {result.saved}. "
            + (
                "1 audit entry written since the backup was kept"
                if result.carried == 1
                else f"{result.carried} audit entries written since the backup were kept"
            )
            + "; the restore is in the audit log."
        )
    return 0


def _restore_refused(file: Path, problem: str, details: str) -> int:
    reason = RESTORE_REFUSALS.get(problem, "this file cannot be used ({details})").format(details=details)
    print(f"shopdesk restore: {file}: {reason}; nothing was written", file=sys.stderr)
    return 1


def _report_summary(args: argparse.Namespace, database) -> int:  # noqa: ANN001
    from shopdesk.cli_output import summary_json
    from shopdesk.services.errors import InvalidInput
    from shopdesk.services.summaries import SummaryService

    refused = _date_range_refused(args, "shopdesk report summary")
    if refused is not None:
        return refused
    summaries = SummaryService(database.unit_of_work)
    try:
        summary = summaries.summary(args.date_from, args.date_to)
    except InvalidInput as exc:  # the parser keeps to the days the summaries take; said plainly should that change
        print(f"shopdesk report summary: --{exc.field} {exc.value}: {exc.reason}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(summary_json(summary, summaries.cohorts(args.date_to)), ensure_ascii=False))
        return 0
    from shopdesk.services.settings import SettingsService
    from shopdesk.views.locale_format import Formatter
    from shopdesk.views.preferences import DEFAULT_CALENDAR, DisplayPreferences
    from shopdesk.views.summary_texts import export_summary, month_starts

    formatter = Formatter(DisplayPreferences(language=args.report_lang, calendar=DEFAULT_CALENDAR[args.report_lang]))
    shop = SettingsService(database.unit_of_work).load()
    # the report's cohorts are months of its language's calendar (Jalali in Persian), as on the screen
    cohorts = summaries.cohorts(args.date_to, month_starts=month_starts(args.date_to, formatter))
    try:
        written = export_summary(summary, formatter, shop.shop_name, args.out, cohorts=cohorts)
    except ValueError as exc:
        print(f"shopdesk report summary: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"shopdesk report summary: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(written)
    return 0


def _report_tax(args: argparse.Namespace, database) -> int:  # noqa: ANN001
    from shopdesk.cli_output import tax_report_json
    from shopdesk.services.registry import build_services
    from shopdesk.views.locale_format import Formatter
    from shopdesk.views.preferences import DEFAULT_CALENDAR, DisplayPreferences
    from shopdesk.views.tax_report_texts import export_tax_report, report_months, tax_report_tables

    refused = _date_range_refused(args, "shopdesk report tax")
    if refused is not None:
        return refused
    formatter = Formatter(DisplayPreferences(language=args.report_lang, calendar=DEFAULT_CALENDAR[args.report_lang]))
    services = build_services(database.unit_of_work)  # the Summaries area's VAT report reads the same service
    report = services.tax_report.report(
        args.date_from, args.date_to, month_starts=report_months(args.date_from, args.date_to, formatter)
    )
    if args.json:
        print(json.dumps(tax_report_json(report), ensure_ascii=False))
        return 0
    if args.out is None:
        for title, header, rows in tax_report_tables(report, formatter):
            print(f"\n{title}" if title else "", "  ".join(header), sep="\n" if title else "")
            for row in rows:
                print("  ".join(row))
        return 0
    shop = services.settings.load()
    try:
        written = export_tax_report(report, formatter, shop.shop_name, args.out)
    except ValueError as exc:
        print(f"shopdesk report tax: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"shopdesk report tax: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(written)
    return 0


def _loyalty_show(args: argparse.Namespace, database) -> int:  # noqa: ANN001
    from shopdesk.cli_output import loyalty_json
    from shopdesk.services.registry import build_services

    services = build_services(database.unit_of_work)
    customer_id = services.customers.find_by_phone_or_id(args.who)
    if customer_id is None:
        print(f"shopdesk loyalty show: no customer with phone or id {args.who!r}", file=sys.stderr)
        return 1
    profile = services.customers.get_profile(customer_id, history=0)
    loyalty = services.loyalty
    rewards = loyalty.rewards(profile.id)
    data = loyalty_json(
        profile.id,
        profile.name,
        profile.phone,
        loyalty.cards(profile.id),
        points=loyalty.points(profile.id),
        tier=loyalty.tier(profile.id),
        rewards=rewards,
        currency=profile.currency,
    )
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(f"{profile.name}  (id {profile.id})")
        for card in data["cards"]:
            open_codes = [r["code"] for r in card["rewards"] if r["redeemed_order_id"] is None]
            print(
                f"  {card['program']}: {card['stamps']} of {card['size']} stamps; rewards to use: {open_codes or '-'}"
            )
        for state in data["points"]:
            print(f"  {state['program']}: {state['balance']} points, worth {state['value']} {profile.currency}")
        if data["tier"] is not None:
            print(f"  {data['tier']['program']}: {data['tier']['level'] or '-'} (spent {data['tier']['spend']})")
        from datetime import UTC, datetime

        now = datetime.now(UTC)
        usable = [r.code for r in rewards if r.program_kind != "punch" and r.open(now)]
        if usable:
            print(f"  other rewards: {', '.join(usable)}")
    return 0


def _returns_list(args: argparse.Namespace, database) -> int:  # noqa: ANN001
    from shopdesk.cli_output import return_json
    from shopdesk.services.returns import ReturnService

    returns = ReturnService(database.unit_of_work)
    order_number = args.order
    rows = returns.list_returns(statuses=tuple(args.status or ()), order_number=order_number, limit=max(0, args.limit))
    if args.json:
        print(json.dumps([return_json(row) for row in rows], ensure_ascii=False))
    else:
        for row in rows:
            data = return_json(row)
            print(
                f"RMA {row.number:>6}  order {row.order_number:>8}  {data['created_at']}  {row.status:<9}  "
                f"{row.reason:<16}  {data['refund']:>10} {row.currency}  {row.customer_name or '-'}"
            )
    return 0


def _print(args: argparse.Namespace, database) -> int:  # noqa: ANN001
    if args.document in TAX_DOCUMENTS:
        return _print_tax(args, database)
    args.size = args.size or "a6"
    from shopdesk.services.errors import InvalidInput, NotFound
    from shopdesk.services.print_studio import PrintRequest
    from shopdesk.services.registry import build_services
    from shopdesk.views.print_texts import texts_for

    prints = build_services(database.unit_of_work).prints  # as the app builds it: returns and loyalty included
    request = PrintRequest(document=args.document, size=args.size, language=args.print_lang, gift_mode=args.gift)
    try:
        ids = prints.order_ids(numbers=args.orders or (), status=args.status)
        if not ids:
            print(f"shopdesk print: no orders with status {args.status!r}", file=sys.stderr)
            return 1
        for _ in prints.write_pdf(ids, request, texts_for(), args.out):
            pass
    except NotFound as exc:
        print(f"shopdesk print: no order {exc.key}", file=sys.stderr)
        return 1
    except InvalidInput as exc:
        print(f"shopdesk print: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"shopdesk print: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    prints.record_printed(ids, request)
    if args.json:
        print(json.dumps({"out": str(args.out), "document": args.document, "size": args.size, "documents": len(ids)}))
    else:
        print(f"{len(ids)} {args.document} written to {args.out}")
    return 0


def _print_tax(args: argparse.Namespace, database) -> int:  # noqa: ANN001
    from shopdesk.services.errors import InvalidInput, NotFound
    from shopdesk.services.registry import build_services
    from shopdesk.views.tax_texts import tax_text

    size = args.size or ("80mm" if args.document == "receipts" else "a4")
    if size not in TAX_SIZES:
        print(f"shopdesk print: {args.document} print on {', '.join(TAX_SIZES)}, not {size}", file=sys.stderr)
        return 2
    services = build_services(database.unit_of_work)
    try:
        ids = services.prints.order_ids(numbers=args.orders or (), status=args.status)
        if not ids:
            print(f"shopdesk print: no orders with status {args.status!r}", file=sys.stderr)
            return 1
        count = services.tax_prints.write_pdf(args.document, ids, size, tax_text, args.out, language=args.print_lang)
    except NotFound as exc:
        print(f"shopdesk print: no order {exc.key}", file=sys.stderr)
        return 1
    except InvalidInput as exc:
        print(f"shopdesk print: {exc}", file=sys.stderr)
        return 2 if exc.field != "orders" else 1
    except OSError as exc:
        print(f"shopdesk print: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"out": str(args.out), "document": args.document, "size": size, "documents": count}))
    else:
        print(f"{count} {args.document} written to {args.out}")
    return 0


def _export(args: argparse.Namespace, database) -> int:  # noqa: ANN001
    from shopdesk.services.exports import ExportService, run_to_end

    exports = ExportService(database.unit_of_work)
    steps = exports.export_orders(args.file) if args.what == "orders" else exports.export_customers(args.file)
    try:
        result = run_to_end(steps)
    except OSError as exc:
        print(f"shopdesk export: cannot write {args.file}: {exc.strerror or exc}; nothing was written", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"out": str(args.file), "what": args.what, "records": result.records, "rows": result.rows}))
    else:
        print(f"{result.records} {args.what} in {result.rows} rows written to {args.file}")
    return 0


def _target_url(args: argparse.Namespace, *, demo: bool) -> str:
    if args.db:
        return paths.database_url(args.db)
    if demo:
        return paths.sqlite_url(paths.demo_database_path())
    return paths.database_url(None)


def _open(url: str, *, lock: bool = False, program: str = "shopdesk"):  # noqa: ANN202
    """The open database, or the exit code when it cannot be opened (EXIT_IN_USE: another copy holds it)."""
    from shopdesk.services.database import open_database
    from shopdesk.services.errors import DatabaseDamaged, DatabaseInUse, DatabaseUnavailable

    try:
        return open_database(url, lock=lock, program=program)
    except DatabaseInUse as exc:
        print(f"shopdesk: {exc.location} is in use by {exc.holder}; close it there first", file=sys.stderr)
        return EXIT_IN_USE
    except (DatabaseDamaged, DatabaseUnavailable) as exc:
        print(f"shopdesk: {exc}", file=sys.stderr)
        return 1


# A demo is built in memory first: ten times the big small shop the benchmarks use is the most it makes.
DEMO_MOST_CUSTOMERS = 100_000
DEMO_MOST_ORDERS = 1_000_000


def _demo(args: argparse.Namespace) -> int:
    from shopdesk.db.backup import backup_sqlite
    from shopdesk.services.demo import RealShopData, build_demo

    if not (1 <= args.customers <= DEMO_MOST_CUSTOMERS and 0 <= args.orders <= DEMO_MOST_ORDERS):
        print(
            f"shopdesk demo: --customers must be 1 to {DEMO_MOST_CUSTOMERS:,} and --orders 0 to {DEMO_MOST_ORDERS:,}",
            file=sys.stderr,
        )
        return 2
    url = _target_url(args, demo=True)
    database = _open(url, lock=True, program="shopdesk demo")
    if isinstance(database, int):
        return database
    try:
        if args.force and database.sqlite_path is not None:
            saved = backup_sqlite(database.sqlite_path, paths.backups_dir(), "before-demo")
            print(f"shopdesk demo: the old contents are backed up in {saved}", file=sys.stderr)
        summary = build_demo(
            database.engine,
            customers=args.customers,
            orders=args.orders,
            seed=args.seed,
            force=args.force,
            country=args.country,
        )
    except RealShopData:
        print(
            f"shopdesk demo: {database.description} holds a shop's own data; refusing to replace it "
            "(use another --db, or --force if you really mean it)",
            file=sys.stderr,
        )
        return 1
    finally:
        database.close()
    result = {
        "database": paths.describe_database(url),
        "customers": summary.customers,
        "products": summary.products,
        "orders": summary.orders,
        "country": summary.country,
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
        code = _demo(
            argparse.Namespace(db=None, customers=400, orders=2000, seed=7, force=False, json=False, country="SA")
        )
        if code:
            return code
    from shopdesk.app import StartupReport, run_gui

    report = StartupReport(args.startup_report, quit_when_ready=args.quit_when_ready)
    report.mark("process_main")
    return run_gui(database_url=url, language=args.lang, report=report)
