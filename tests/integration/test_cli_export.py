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
