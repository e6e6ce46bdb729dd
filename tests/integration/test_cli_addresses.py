"""The command line's addresses, percent discounts and ``order show`` (JSON shapes scripts rely on)."""

import csv
import json
import subprocess
import sys
from dataclasses import replace

import pytest

from shopdesk.services.addresses import Address
from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.database import open_database
from shopdesk.services.exports import ORDER_COLUMNS, ExportService, run_to_end
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.product_records import ProductRow
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings

RIYADH = Address(recipient="هدى", phone="0501234567", line1="12 King Fahd Rd", district="العليا", city="الرياض",
                 postal_code="١٢٢١١", country="SA", short_code="RRRD2929")  # fmt: skip
JEDDAH = Address(recipient="Huda", line1="Tower 3", city="Jeddah", country="SA")


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.sqlite3"
    database = open_database("sqlite:///" + str(path))
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    candle = services.products.save_product(
        ProductRow(id=None, sku="CANDLE-OUD", name_en="Oud candle", name_ar="شمعة عود", price_minor=4500)
    )
    huda = services.customers.create_customer(CustomerDraft(name="هدى", phone="0501234567", language="ar"))
    services.addresses.add_address(huda, RIYADH, label="home")
    services.addresses.add_address(huda, JEDDAH, label="work")
    shipped = services.orders.place_order(
        OrderDraft(
            lines=(LineDraft("CANDLE-OUD", 2, 4500, product_id=candle, discount_basis_points=1000),),
            customer_id=huda,
            order_discount_basis_points=500,
            channel="website",
            ship_to=RIYADH,
            bill_to=JEDDAH,
        )
    )
    services.orders.place_order(OrderDraft(lines=(LineDraft("Tea", 1, 900),)))
    database.close()
    return path, huda, shipped


def _run(*args):
    return subprocess.run([sys.executable, "-m", "shopdesk", *args], capture_output=True, text=True, timeout=60)


def _json(*args):
    done = _run(*args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_orders_list_json_gives_the_ship_to_and_finds_orders_by_city(shop):
    path, _huda, shipped = shop
    orders = _json("--db", str(path), "orders", "list")
    assert [o["ship_to"] for o in orders][0] is None  # the sale at the counter
    assert orders[1]["ship_to"] == {
        "recipient": "هدى",
        "phone": "0501234567",
        "line1": "12 King Fahd Rd",
        "line2": "",
        "district": "العليا",
        "city": "الرياض",
        "region": "",
        "postal_code": "12211",
        "country": "SA",
        "short_code": "RRRD2929",
    }
    assert [o["number"] for o in _json("--db", str(path), "orders", "list", "--search", "الریاض")] == [shipped.number]


def test_customer_show_json_gives_the_address_book_default_first(shop):
    path, huda, _shipped = shop
    customer = _json("--db", str(path), "customer", "show", str(huda))
    assert [(a["label"], a["is_default"], a["city"]) for a in customer["addresses"]] == [
        ("home", True, "الرياض"),
        ("work", False, "Jeddah"),
    ]
    assert customer["recent_orders"][0]["ship_to"]["city"] == "الرياض"


def test_order_show_json_prints_the_order_whole(shop):
    path, huda, shipped = shop
    order = _json("--db", str(path), "order", "show", "١٠٠١")
    assert (order["number"], order["customer"]["id"]) == (shipped.number, huda)
    [line] = order["lines"]
    assert (line["name"], line["sku"], line["quantity"]) == ("شمعة عود", "CANDLE-OUD", 2)
    assert (line["discount"], line["discount_minor"], line["discount_percent"], line["total"]) == (
        "9.00",
        900,
        "10",
        "81.00",
    )
    assert (order["subtotal"], order["discount"], order["discount_percent"], order["total"]) == (
        "81.00",
        "4.05",
        "5",
        "76.95",
    )
    assert (order["ship_to"]["short_code"], order["bill_to"]["city"]) == ("RRRD2929", "Jeddah")
    assert [(step["from_status"], step["to_status"]) for step in order["history"]] == [(None, "new")]
    text = _run("--db", str(path), "order", "show", "1001")
    assert text.returncode == 0 and "شمعة عود [CANDLE-OUD]" in text.stdout and "ship to:" in text.stdout


def test_order_show_of_an_unknown_number_exits_1_with_a_message(shop):
    path, _huda, _shipped = shop
    done = _run("--db", str(path), "order", "show", "9999", "--json")
    assert done.returncode == 1 and "no order number 9999" in done.stderr and done.stdout == ""


def test_the_orders_export_has_the_ship_to_columns_then_the_payment_columns_at_its_end(shop, tmp_path):
    path, _huda, shipped = shop
    database = open_database("sqlite:///" + str(path))
    try:
        out = tmp_path / "orders.csv"
        run_to_end(ExportService(database.unit_of_work).export_orders(out))
    finally:
        database.close()
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0])[-3:] == ["balance", "refunded", "payment_methods"]  # added after the ship-to columns
    assert list(rows[0])[-13:-3] == [
        "ship_name",
        "ship_phone",
        "ship_line1",
        "ship_line2",
        "ship_district",
        "ship_city",
        "ship_region",
        "ship_postal_code",
        "ship_country",
        "ship_short_code",
    ]
    assert list(ORDER_COLUMNS[:25])[-1] == "line_total"  # the columns before stay where they were
    shipped_row, counter = rows
    assert (shipped_row["ship_name"], shipped_row["ship_city"], shipped_row["ship_postal_code"]) == (
        "هدى",
        "الرياض",
        "12211",
    )
    assert (shipped_row["line_description"], shipped_row["line_sku"]) == ("شمعة عود", "CANDLE-OUD")
    assert counter["ship_city"] == "" and counter["ship_country"] == ""


def test_order_show_json_lists_the_orders_edits_in_its_history_with_who_and_what(shop):
    from shopdesk.services.order_rows import draft_from_detail
    from shopdesk.services.registry import build_services

    path, _huda, shipped = shop
    database = open_database("sqlite:///" + str(path))
    try:
        services = build_services(database.unit_of_work)
        detail = services.orders.get_order(shipped.id)
        line = detail.lines[0]
        draft = draft_from_detail(detail)
        edited = replace(draft, lines=(replace(draft.lines[0], quantity=3),), notes="call first")
        services.order_edits.edit_order(shipped.id, detail.version, edited, by="Huda")
    finally:
        database.close()
    order = _json("--db", str(path), "order", "show", "1001", "--json")
    assert order["version"] == 1
    kinds = [(step["kind"], step.get("to_status"), step.get("field")) for step in order["history"]]
    assert kinds[0] == ("status", "new", None)
    # the 5% order discount follows the lines: its amount is in the history too
    assert [field for kind, _status, field in kinds if kind == "edit"] == ["line", "order_discount", "notes", "total"]
    edit = order["history"][1]
    assert (edit["by"], edit["before"]["quantity"], edit["after"]["quantity"]) == ("Huda", line.quantity, 3)
    assert (edit["after"]["name"], edit["after"]["sku"]) == ("شمعة عود", "CANDLE-OUD")
    assert edit["at"].endswith("Z")
    assert order["history"][2]["after"] == {"discount_minor": 608, "discount_basis_points": 500}  # 5% of 121.50
    assert order["history"][3]["before"] == "" and order["history"][3]["after"] == "call first"
    text = _run("--db", str(path), "order", "show", "1001")
    assert 'Huda edited notes: "" -> "call first"' in text.stdout
