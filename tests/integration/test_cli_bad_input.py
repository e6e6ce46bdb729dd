"""The command line answers bad input alike and plainly: exit 2 for a wrong option, 1 when the work failed, never a
traceback — on SQLite and PostgreSQL."""

import json
import os
import subprocess
import sys
from datetime import timedelta

import jdatetime
import pytest

from shopdesk.db.types import utcnow
from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.database import open_database
from shopdesk.services.demo import build_demo
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings


@pytest.fixture
def shop(db_url):
    database = open_database(db_url)
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="KWD", country="IR"))
    ali = services.customers.create_customer(CustomerDraft(name="علی رضایی", phone="09121234567"))
    services.orders.place_order(OrderDraft(lines=(LineDraft("Soap", 2, 1250),), customer_id=ali, paid_minor=2500))
    database.close()
    return db_url


def _run(*args, env=None):
    """The real command line; arguments may be bytes (what a shell passes on), output is read leniently."""
    done = subprocess.run(
        [sys.executable, "-m", "shopdesk", *args], capture_output=True, timeout=120, env=env, stdin=subprocess.DEVNULL
    )
    done.stdout = done.stdout.decode("utf-8", "replace")
    done.stderr = done.stderr.decode("utf-8", "replace")
    return done


def _persian(day) -> str:
    """A Gregorian day as a Persian user types it: the Jalali date in Persian digits."""
    jalali = jdatetime.date.fromgregorian(date=day)
    return jalali.strftime("%Y-%m-%d").translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


def test_days_off_the_calendar_are_refused_with_exit_2_and_no_traceback(shop):
    for command in (("orders", "list"), ("report", "summary", "--json")):
        done = _run("--db", shop, *command, "--from", "0001-01-01", "--to", "9999-12-31")
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr
        assert "not a day the shop can have (from 1900-01-01 to 2999-12-31)" in done.stderr


def test_to_before_from_gives_exit_2_and_the_same_words_in_orders_list_and_report_summary(shop):
    answers = []
    for command in (("orders", "list"), ("report", "summary", "--json")):
        done = _run("--db", shop, *command, "--from", "2025-02-01", "--to", "2025-01-01")
        assert (done.returncode, done.stdout) == (2, ""), done.stderr
        answers.append(done.stderr.split(":", 1)[1])
    assert answers[0] == answers[1] == " --to (2025-01-01) is before --from (2025-02-01)\n"


def test_a_negative_limit_is_refused_not_read_as_all(shop):
    for command in (("orders", "list"), ("returns", "list")):
        done = _run("--db", shop, *command, "--limit", "-5")
        assert done.returncode == 2 and "not a limit: '-5'" in done.stderr, done.stderr
    assert json.loads(_run("--db", shop, "orders", "list", "--limit", "۰", "--json").stdout)[0]["number"] == 1001


def test_a_year_before_1700_is_jalali_in_orders_list_and_report_summary(shop):
    today = utcnow().astimezone().date()
    tomorrow, yesterday = _persian(today + timedelta(days=1)), _persian(today - timedelta(days=1))

    def numbers(*args):
        done = _run("--db", shop, "orders", "list", "--json", *args)
        assert done.returncode == 0, done.stderr
        return [order["number"] for order in json.loads(done.stdout)]

    assert numbers("--from", yesterday, "--to", tomorrow) == [1001]
    assert numbers("--from", tomorrow) == []
    assert numbers("--to", yesterday) == []
    done = _run("--db", shop, "report", "summary", "--json", "--from", yesterday, "--to", tomorrow)
    assert done.returncode == 0, done.stderr
    period = json.loads(done.stdout)["period"]
    assert (period["from"], period["to"], period["orders"]) == (
        (today - timedelta(days=1)).isoformat(),
        (today + timedelta(days=1)).isoformat(),
        1,
    )


def test_demo_builds_a_shop_without_orders(db_url):
    done = _run("demo", "--db", db_url, "--customers", "3", "--orders", "0", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["orders"] == 0


def test_demo_replaces_an_earlier_demo_whose_orders_were_printed_and_returned(db_url):
    database = open_database(db_url)
    build_demo(database.engine, customers=10, orders=40, seed=3)
    services = build_services(database.unit_of_work)
    _print_and_return(services)
    database.close()
    rebuilt_at = utcnow()
    done = _run("demo", "--db", db_url, "--customers", "5", "--orders", "20", "--json")
    assert done.returncode == 0, done.stderr
    database = open_database(db_url)
    services = build_services(database.unit_of_work)
    assert services.orders.count() == 20
    returns = services.returns.list_returns(limit=0)
    assert returns and all(row.created_at >= rebuilt_at for row in returns)  # the new demo's
    database.close()


def test_demo_force_replaces_a_real_shop_with_returns_and_prints_and_without_force_refuses(shop):
    database = open_database(shop)
    services = build_services(database.unit_of_work)
    _print_and_return(services, services.orders.order_id_for_number(1001))
    database.close()
    refused = _run("demo", "--db", shop, "--customers", "5", "--orders", "20")
    assert refused.returncode == 1 and "holds a shop's own data" in refused.stderr, refused.stderr
    rebuilt_at = utcnow()
    done = _run("demo", "--db", shop, "--customers", "5", "--orders", "20", "--force")
    assert done.returncode == 0, done.stderr
    database = open_database(shop)
    services = build_services(database.unit_of_work)
    assert services.orders.count() == 20
    returns = services.returns.list_returns(limit=0)
    assert returns and all(row.created_at >= rebuilt_at for row in returns)  # the demo's own
    database.close()


def _print_and_return(services, order_id=None):
    """Touch an order the way a shop does: print its insert and take a return of it (a delivered demo order, or the
    one given)."""
    from shopdesk.services.order_rows import OrderQuery
    from shopdesk.services.print_requests import PrintRequest
    from shopdesk.services.return_records import ReturnDraft

    if order_id is None:
        order_id = services.orders.page(OrderQuery(statuses=("delivered",)), limit=1)[0].id
    services.prints.record_printed([order_id], PrintRequest(document="inserts", size="a6"))
    line = services.returns.returnable(order_id).lines[0]
    services.returns.request_return(ReturnDraft(order_id, {line.line_id: 1}, "damaged", override_reason="a test"))
    assert services.returns.list_returns(limit=0)


@pytest.fixture
def sqlite_shop(tmp_path):
    url = "sqlite:///" + str(tmp_path / "shop.sqlite3")
    database = open_database(url)
    services = build_services(database.unit_of_work)
    services.orders.place_order(OrderDraft(lines=(LineDraft("Soap", 2, 1250),)))
    database.close()
    return tmp_path / "shop.sqlite3"


def test_backup_to_a_file_says_plainly_that_to_takes_a_folder(sqlite_shop, tmp_path):
    existing = tmp_path / "notes.txt"
    existing.write_text("mine")
    done = _run("backup", "--db", str(sqlite_shop), "--to", str(existing))
    assert done.returncode == 2, done.stderr
    assert done.stderr == f"shopdesk backup: --to takes a folder to put the backup in, and {existing} is a file\n"
    assert existing.read_text() == "mine"


def test_an_export_to_a_name_near_the_file_systems_limit_is_written(sqlite_shop, tmp_path):
    out = tmp_path / ("سفارش‌ها " * 20 + ".csv")  # 20 × 17 bytes: 344 > 255, too long for any file
    assert len(out.name.encode()) > 255
    out = out.with_name(out.name.encode()[:240].decode("utf-8", "ignore").rstrip() + ".csv")
    done = _run("export", "--db", str(sqlite_shop), "orders", str(out), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["records"] == 1 and out.read_bytes().count(b"\n") == 2
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    printed = out.with_suffix(".pdf")
    done = _run("print", "inserts", "--db", str(sqlite_shop), "--orders", "1001", "--out", str(printed))
    assert done.returncode == 0, done.stderr
    assert printed.read_bytes().startswith(b"%PDF")


def test_the_audit_log_says_an_export_failed_and_records_one_that_was_done_after_it(sqlite_shop, tmp_path):
    from shopdesk.services.accounts import AccountService, ScryptParameters

    database = open_database("sqlite:///" + str(sqlite_shop))
    AccountService(database.unit_of_work, scrypt=ScryptParameters(n=2**10)).create_owner("Maryam", "1357924")
    database.close()
    env = {**os.environ, "SHOPDESK_OWNER_PIN": "1357924"}
    failed = _run("export", "--db", str(sqlite_shop), "orders", str(tmp_path / "no such folder" / "o.csv"), env=env)
    assert failed.returncode == 1 and "nothing was written" in failed.stderr
    done = _run("export", "--db", str(sqlite_shop), "customers", str(tmp_path / "c.csv"), env=env)
    assert done.returncode == 0, done.stderr
    database = open_database("sqlite:///" + str(sqlite_shop))
    log = AccountService(database.unit_of_work).audit_log(limit=2)
    database.close()
    assert [(e.account, e.action, e.details) for e in log] == [
        ("Maryam", "export.customers", {"from": "command line"}),
        ("Maryam", "export.orders", {"from": "command line", "outcome": "failed", "exit": 1}),
    ]


# Options as a careless script or a hostile one gives them: each command must answer with an exit code and words,
# never a traceback.
HOSTILE_VALUES = [
    "",
    " ",
    "-1",
    "0",
    "9" * 40,
    "١٢٣",
    "۱۴۰۴-۰۱-۰۱",
    "0001-01-01",
    "9999-12-31",
    "2025-02-30",
    "1404-12-31",
    "\u202e1001",
    "x\x07y",
    "a" * 5000,
    b"\xff\xfe",
    b"caf\xe9",
    "%s%n{0}",
    "'; DROP TABLE shop_order; --",
    "../../etc/passwd",
    "NaN",
    "1e309",
]
HOSTILE_COMMANDS = [
    ("orders", "list", "--from", "{}"),
    ("orders", "list", "--to", "{}"),
    ("orders", "list", "--limit", "{}"),
    ("orders", "list", "--search", "{}", "--json"),
    ("customer", "show", "{}", "--json"),
    ("order", "show", "{}", "--json"),
    ("import", "orders", "{out}{}", "--dry-run"),
    ("import", "orders", "{out}", "--encoding", "{}"),
    ("loyalty", "show", "{}"),
    ("returns", "list", "--order", "{}"),
    ("returns", "list", "--limit", "{}"),
    ("report", "summary", "--from", "{}", "--to", "2025-01-31", "--json"),
    ("report", "summary", "--from", "2025-01-01", "--to", "{}", "--json"),
    ("print", "inserts", "--orders", "{}", "--out", "{out}"),
    ("export", "orders", "{out}{}"),
    ("demo", "--orders", "{}", "--customers", "2"),
]


def test_hostile_options_get_an_exit_code_and_words_never_a_traceback(shop, tmp_path, capsysbinary):
    """Run in this process (the same ``main`` that ``python -m shopdesk`` calls, arguments decoded as Python decodes
    a command line) so the whole table runs in seconds: an exception escaping ``main`` is the traceback a user
    would see."""
    from shopdesk.__main__ import main

    out = str(tmp_path / "out")
    seen = set()
    for command in HOSTILE_COMMANDS:
        for raw in HOSTILE_VALUES:
            value = os.fsdecode(raw)
            args = [{"{}": value, "{out}": out + ".pdf", "{out}{}": out + value[:100]}.get(arg, arg) for arg in command]
            db = shop if command[0] != "demo" else "sqlite:///" + str(tmp_path / "demo.sqlite3")
            try:
                code = main(["--db", db, *args])
            except SystemExit as exc:  # argparse refusing an option
                code = exc.code
            said = capsysbinary.readouterr()
            err = said.err.decode("utf-8", "replace")
            label = f"{args!r}: exit {code}\n{err[-2000:]}"
            assert code in (0, 1, 2), label
            assert code == 0 or err.strip(), label
            seen.add(code)
    assert seen == {0, 1, 2}
