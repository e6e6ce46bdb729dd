"""The tax commands of the command line: ``order show --json`` with its VAT, ``print receipts|invoices`` and
``report tax``."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.database import open_database
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings
from shopdesk.services.tax.records import TaxSettings, default_rates


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.sqlite3"
    database = open_database("sqlite:///" + str(path))
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    services.tax.save_settings(
        TaxSettings(
            registered=True,
            vat_number="300000000000003",
            legal_name_ar="متجر جلنار",
            legal_name_en="Golnar Store",
            rates=default_rates("SA"),
        )
    )
    huda = services.customers.create_customer(CustomerDraft(name="هدى", language="ar"))
    services.orders.place_order(
        OrderDraft(lines=(LineDraft("Soap", 2, 1150), LineDraft("Tea", 1, 2300)), customer_id=huda, shipping_minor=1150)
    )
    database.close()
    return path


def _run(*args):
    return subprocess.run([sys.executable, "-m", "shopdesk", *args], capture_output=True, text=True, timeout=120)


def test_order_show_json_gives_the_tax_of_each_line_by_rate_and_the_invoice_number(shop):
    done = _run("--db", str(shop), "order", "show", "1001", "--json")
    assert done.returncode == 0, done.stderr
    order = json.loads(done.stdout)
    assert order["invoice_number"] == 1
    tax = order["tax"]
    assert set(tax) == {
        "prices_include_tax",
        "lines",
        "shipping",
        "by_rate",
        "net",
        "net_minor",
        "tax",
        "tax_minor",
        "gross",
        "gross_minor",
        "credit_notes",
    }
    assert tax["lines"][0] == {
        "rate": "standard",
        "kind": "standard",
        "percent": "15",
        "net": "20.00",
        "net_minor": 2000,
        "tax": "3.00",
        "tax_minor": 300,
        "gross": "23.00",
        "gross_minor": 2300,
    }
    assert tax["shipping"]["tax_minor"] == 150
    assert (
        (tax["net_minor"], tax["tax_minor"], tax["gross_minor"])
        == (5000, 750, 5750)
        == (
            tax["net_minor"],
            sum(r["tax_minor"] for r in tax["by_rate"]),
            order["total_minor"],
        )
    )
    text = _run("--db", str(shop), "order", "show", "1001")
    assert "VAT 7.50" in text.stdout and "invoice 1" in text.stdout
