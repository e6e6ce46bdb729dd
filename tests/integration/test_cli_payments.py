"""The command line's payments: ``order pay``, and paid / balance in ``orders list``, ``customer show`` and
``order show`` (JSON shapes scripts rely on)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.database import open_database
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.sqlite3"
    database = open_database("sqlite:///" + str(path))
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    huda = services.customers.create_customer(CustomerDraft(name="هدى", phone="0501234567", language="ar"))
    services.orders.place_order(
        OrderDraft(lines=(LineDraft("Oud candle", 2, 4500),), customer_id=huda, channel="website", paid_minor=2000)
    )
    database.close()
    return path


def _run(*args):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "shopdesk", *args], capture_output=True, text=True, timeout=60, env=env
    )


def test_order_pay_records_partial_payments_refuses_more_than_the_balance_and_settles(shop):
    db = ["--db", str(shop)]
    [row] = json.loads(_run("orders", "list", "--json", *db).stdout)
    assert (row["paid"], row["paid_minor"], row["balance"], row["balance_minor"]) == ("20.00", 2000, "70.00", 7000)
    refused = _run("order", "pay", "1001", "--amount", "70.01", "--method", "card", *db)
    assert refused.returncode == 1
    assert "70.01 SAR is more than the 70.00 SAR left to pay on order 1001" in refused.stderr
    done = _run("order", "pay", "١٠٠١", "--amount", "٣٠", "--method", "bank_transfer", "--by", "mina", "--json", *db)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "number": 1001, "currency": "SAR", "amount": "30.00", "amount_minor": 3000, "method": "bank_transfer",
        "paid": "50.00", "paid_minor": 5000, "balance": "40.00", "balance_minor": 4000, "status": "new",
    }  # fmt: skip
    customer = json.loads(_run("customer", "show", "0501234567", "--json", *db).stdout)
    assert (customer["figures"]["paid_minor"], customer["figures"]["balance_minor"]) == (5000, 4000)
    assert customer["recent_orders"][0]["balance_minor"] == 4000
    last = json.loads(_run("order", "pay", "1001", "--amount", "due", "--method", "cash", "--json", *db).stdout)
    assert (last["balance_minor"], last["status"]) == (0, "paid")
    shown = json.loads(_run("order", "show", "1001", "--json", *db).stdout)
    assert (shown["status"], shown["paid_minor"], shown["balance_minor"], shown["refunded_minor"]) == (
        "paid",
        9000,
        0,
        0,
    )
    assert [(p["kind"], p["method"], p["amount_minor"], p["by"]) for p in shown["payments"]] == [
        ("payment", "cash", 2000, ""),
        ("payment", "bank_transfer", 3000, "mina"),
        ("payment", "cash", 4000, last and shown["payments"][2]["by"]),
    ]
    text = _run("order", "show", "1001", *db).stdout
    assert "balance 0.00" in text and "payment 30.00 bank_transfer  by mina" in text


def test_order_pay_for_no_such_order_or_an_unknown_method_says_so(shop):
    db = ["--db", str(shop)]
    missing = _run("order", "pay", "999", "--amount", "1", *db)
    assert missing.returncode == 1 and "no order number 999" in missing.stderr
    assert _run("order", "pay", "1001", "--amount", "1", "--method", "cheque", *db).returncode == 2
    zero = _run("order", "pay", "1001", "--amount", "0", *db)
    assert zero.returncode == 1 and "nothing was recorded" in zero.stderr


def test_an_edit_that_raises_a_paid_orders_total_shows_the_balance_due_in_orders_list(shop):
    db = ["--db", str(shop)]
    assert _run("order", "pay", "1001", "--amount", "due", "--method", "cash", *db).returncode == 0
    database = open_database("sqlite:///" + str(shop))
    services = build_services(database.unit_of_work)
    order_id = services.orders.order_id_for_number(1001)
    detail = services.orders.get_order(order_id)
    draft = OrderDraft(lines=(LineDraft("Oud candle", 3, 4500),), customer_id=detail.row.customer_id, channel="website")
    services.order_edits.edit_order(order_id, detail.version, draft, by="mina")
    database.close()
    [row] = json.loads(_run("orders", "list", "--json", *db).stdout)
    assert (row["status"], row["paid_minor"], row["balance_minor"]) == ("new", 9000, 4500)
