"""``shopdesk export orders|customers FILE.csv``: exit codes, the file written, the message when it cannot be."""

import csv
import json
import subprocess
import sys

import pytest

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.database import open_database
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.sqlite3"
    database = open_database("sqlite:///" + str(path))
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="KWD", country="IR"))
    ali = services.customers.create_customer(CustomerDraft(name="علی رضایی", phone="09121234567"))
    services.orders.place_order(
        OrderDraft(lines=(LineDraft("Soap", 2, 1250), LineDraft("Tea", 1, 3005)), customer_id=ali, paid_minor=5505)
    )
    services.orders.place_order(OrderDraft(lines=(LineDraft("=cmd|' /C calc'!A0", 1, 500),)))
    database.close()
    return path


def _run(*args):
    return subprocess.run([sys.executable, "-m", "shopdesk", *args], capture_output=True, text=True, timeout=60)


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_export_orders_writes_one_row_per_line(shop, tmp_path):
    out = tmp_path / "orders.csv"
    done = _run("--db", str(shop), "export", "orders", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"2 orders in 3 rows written to {out}"
    rows = _rows(out)
    assert [(r["number"], r["line_description"], r["line_total"]) for r in rows] == [
        ("1001", "Soap", "2.500"),
        ("1001", "Tea", "3.005"),
        ("1002", "'=cmd|' /C calc'!A0", "0.500"),
    ]
    assert rows[0]["customer_name"] == "علی رضایی" and rows[0]["total"] == "5.505"


def test_export_customers_json_says_what_was_written(shop, tmp_path):
    out = tmp_path / "customers.csv"
    done = _run("export", "customers", str(out), "--json", "--db", str(shop))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"out": str(out), "what": "customers", "records": 1, "rows": 1}
    (ali,) = _rows(out)
    assert (ali["name"], ali["orders"], ali["spent"], ali["currency"]) == ("علی رضایی", "1", "5.505", "KWD")


def test_export_into_a_missing_folder_exits_1_and_writes_nothing(shop, tmp_path):
    out = tmp_path / "gone" / "orders.csv"
    done = _run("--db", str(shop), "export", "orders", str(out))
    assert done.returncode == 1
    assert f"cannot write {out}" in done.stderr and "nothing was written" in done.stderr
    assert not (tmp_path / "gone").exists()


def test_export_of_something_else_is_refused_with_the_choices(shop, tmp_path):
    done = _run("--db", str(shop), "export", "products", str(tmp_path / "p.csv"))
    assert done.returncode == 2
    assert "orders" in done.stderr and "customers" in done.stderr


def test_once_roles_are_on_the_command_line_asks_for_the_owners_pin_and_logs_its_use(shop, tmp_path, monkeypatch):
    """What needs the owner's PIN in the window needs it here: an export, a revenue summary, an import, a restore.
    A script the owner set up gives it in $SHOPDESK_OWNER_PIN; without it (and no terminal) nothing is done."""
    import os

    from shopdesk.services.accounts import AccountService, ScryptParameters

    database = open_database("sqlite:///" + str(shop))
    accounts = AccountService(database.unit_of_work, scrypt=ScryptParameters(n=2**10))
    accounts.create_owner("Maryam", "1357924")
    database.close()
    out = tmp_path / "orders.csv"

    def run(*args: str, pin: str | None = None) -> subprocess.CompletedProcess:
        env = {key: value for key, value in os.environ.items() if key != "SHOPDESK_OWNER_PIN"}
        if pin is not None:
            env["SHOPDESK_OWNER_PIN"] = pin
        return subprocess.run(
            [sys.executable, "-m", "shopdesk", *args, "--db", str(shop)],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            stdin=subprocess.DEVNULL,
        )

    refused = run("export", "orders", str(out))
    assert refused.returncode == 4 and "owner's PIN" in refused.stderr and not out.exists()
    wrong = run("export", "orders", str(out), pin="0000000")
    assert wrong.returncode == 4 and "not the owner's PIN" in wrong.stderr and not out.exists()
    summary = run("report", "summary", "--from", "2026-11-01", "--to", "2026-11-30", "--json")
    assert summary.returncode == 4 and summary.stdout == ""
    done = run("export", "orders", str(out), pin="۱۳۵۷۹۲۴")  # digits in any script, as in the window
    assert done.returncode == 0, done.stderr
    assert len(_rows(out)) == 3
    database = open_database("sqlite:///" + str(shop))
    log = AccountService(database.unit_of_work).audit_log()
    database.close()
    assert [(entry.account, entry.action) for entry in log][:3] == [
        ("Maryam", "export.orders"),
        ("Maryam", "accounts.pin_refused"),
        ("Maryam", "accounts.owner_created"),
    ]
    assert run("orders", "list", "--json").returncode == 0  # reading the order list needs no PIN
    other = tmp_path / "other.sqlite3"
    other.write_bytes(shop.read_bytes())
    before = shop.read_bytes()
    restore = run("restore", str(other))
    assert restore.returncode == 4 and shop.read_bytes() == before
