"""Orders and customers exported to CSV, read back with the csv module, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import errno
import threading

import pytest
from sqlalchemy import update

from shopdesk.db.models import Order
from shopdesk.services import files
from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.errors import Cancelled
from shopdesk.services.exports import CUSTOMER_COLUMNS, ORDER_COLUMNS, ExportService, money, run_to_end
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.product_records import ProductRow
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings

HYPERLINK = '=HYPERLINK("http://evil.example","click")'


@pytest.fixture
def shop(database):
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="IR"))
    soap = services.products.save_product(ProductRow(id=None, sku="SOAP-1", name_en="Rose soap", price_minor=1250))
    ali = services.customers.create_customer(
        CustomerDraft(
            name="علی رضایی",
            phone="09121234567",
            email="ali@example.com",
            language="fa",
            marketing_consent=True,
            tags="vip, wholesale",
            notes="@SUM(A1) calls first",
        )
    )
    fatima = services.customers.create_customer(CustomerDraft(name="فاطمة الزهراء", language="ar"))
    evil = services.customers.create_customer(CustomerDraft(name=HYPERLINK))
    sums = services.customers.create_customer(CustomerDraft(name="-2+3"))
    three_lines = services.orders.place_order(
        OrderDraft(
            lines=(
                LineDraft("", 2, 1250, discount_minor=250, product_id=soap),
                LineDraft("چای زعفرانی", 1, 2400),
                LineDraft("=1+1 gift wrap", 1, 0),
            ),
            customer_id=ali,
            order_discount_minor=100,
            discount_code="nowruz",
            shipping_minor=1500,
            channel="website",
            payment_method="card",
            paid_minor=6050,
            carrier="Aramex",
            tracking_number="1z 999 aa1",
        )
    )
    walk_in = services.orders.place_order(OrderDraft(lines=(LineDraft("Tea", 1, 3005),), paid_minor=3005))
    cancelled = services.orders.place_order(OrderDraft(lines=(LineDraft("Mug", 1, 2200),), customer_id=fatima))
    services.orders.change_status([cancelled.id], "cancelled")
    services.orders.place_order(OrderDraft(lines=(LineDraft("Honey", 1, 5200),), customer_id=fatima))
    # a correction left the paid amount below zero: a money cell that starts with a minus, yet is a number
    with database.engine.begin() as connection:
        table = Order.__table__
        connection.execute(update(table).where(table.c.id == walk_in.id).values(paid_minor=-1250))
    ids = {"ali": ali, "fatima": fatima, "evil": evil, "sums": sums}
    return services, database, ids, (three_lines.number, walk_in.number, cancelled.number)


def _read(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a byte-order mark, so Excel reads Arabic and Persian"
    assert b"\r\n" in raw
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_orders_export_one_row_per_line_with_exact_money_and_status(shop, tmp_path):
    services, database, ids, (first, walk_in, cancelled) = shop
    out = tmp_path / "orders.csv"
    result = run_to_end(ExportService(database.unit_of_work, page_size=2).export_orders(out))
    rows = _read(out)
    assert (result.rows, result.records, result.path) == (6, 4, out)
    assert list(rows[0]) == list(ORDER_COLUMNS)
    assert [(r["number"], r["line"]) for r in rows] == [
        (str(first), "1"),
        (str(first), "2"),
        (str(first), "3"),
        (str(walk_in), "1"),
        (str(cancelled), "1"),
        (str(cancelled + 1), "1"),
    ]
    soap, tea, wrap = rows[:3]
    # the order's fields are on every one of its rows
    for row in (soap, tea, wrap):
        assert row["customer_name"] == "علی رضایی"
        assert row["customer_phone"] == "'+989121234567"  # text that starts with + is neutralized (as Shopify does)
        assert row["customer_email"] == "ali@example.com"
        assert (row["status"], row["channel"], row["currency"], row["payment_method"]) == (
            "paid",  # placed with its whole total paid
            "website",
            "SAR",
            "card",
        )
        # 2 x 12.50 - 2.50 + 24.00 + 0 = 46.50; less 1.00 off the order; plus 15.00 shipping
        assert (row["subtotal"], row["discount"], row["shipping"], row["total"], row["paid"]) == (
            "46.50",
            "1.00",
            "15.00",
            "60.50",
            "60.50",
        )
        assert (row["discount_code"], row["carrier"], row["tracking_number"]) == ("NOWRUZ", "Aramex", "1Z999AA1")
        assert row["created_at"].endswith("Z") and "T" in row["created_at"]
    assert (soap["line_description"], soap["line_sku"], soap["line_quantity"]) == ("Rose soap", "SOAP-1", "2")
    assert (soap["line_unit_price"], soap["line_discount"], soap["line_total"]) == ("12.50", "2.50", "22.50")
    assert (tea["line_description"], tea["line_sku"], tea["line_total"]) == ("چای زعفرانی", "", "24.00")
    assert wrap["line_description"] == "'=1+1 gift wrap"
    walk = rows[3]
    assert (walk["customer_id"], walk["customer_name"], walk["customer_phone"]) == ("", "", "")
    assert walk["paid"] == "-12.50"  # our own number: never given a quote
    assert rows[4]["status"] == "cancelled" and rows[4]["customer_name"] == "فاطمة الزهراء"


def test_customers_export_gives_profiles_and_figures_from_sql(shop, tmp_path):
    services, database, ids, _numbers = shop
    out = tmp_path / "customers.csv"
    result = run_to_end(ExportService(database.unit_of_work, page_size=3).export_customers(out))
    rows = {int(r["id"]): r for r in _read(out)}
    assert (result.rows, result.records) == (4, 4)
    assert list(next(iter(rows.values()))) == list(CUSTOMER_COLUMNS)
    ali = rows[ids["ali"]]
    assert (ali["name"], ali["phone"], ali["email"], ali["language"]) == (
        "علی رضایی",
        "'+989121234567",
        "ali@example.com",
        "fa",
    )
    assert (ali["marketing_consent"], ali["tags"], ali["notes"]) == ("true", "vip, wholesale", "'@SUM(A1) calls first")
    assert (ali["orders"], ali["spent"], ali["currency"]) == ("1", "60.50", "SAR")
    assert ali["first_order_at"] == ali["last_order_at"] != ""
    fatima = rows[ids["fatima"]]
    assert fatima["name"] == "فاطمة الزهراء"
    assert (fatima["orders"], fatima["spent"]) == ("1", "52.00")  # the cancelled order does not count
    assert (fatima["phone"], fatima["birthday"], fatima["marketing_consent"]) == ("", "", "false")
    assert rows[ids["evil"]]["name"] == "'" + HYPERLINK
    assert rows[ids["sums"]]["name"] == "'-2+3"
    assert (rows[ids["sums"]]["orders"], rows[ids["sums"]]["spent"], rows[ids["sums"]]["first_order_at"]) == (
        "0",
        "0.00",
        "",
    )


def test_a_customer_merged_away_is_not_exported_twice(shop, tmp_path):
    services, database, ids, _numbers = shop
    services.customers.merge_customers(keep_id=ids["ali"], duplicate_id=ids["fatima"])
    out = tmp_path / "customers.csv"
    run_to_end(ExportService(database.unit_of_work).export_customers(out))
    rows = {int(r["id"]): r for r in _read(out)}
    assert ids["fatima"] not in rows
    assert (rows[ids["ali"]]["orders"], rows[ids["ali"]]["spent"]) == ("2", "112.50")


def test_an_empty_shop_exports_the_header_alone(database, tmp_path):
    out = tmp_path / "orders.csv"
    result = run_to_end(ExportService(database.unit_of_work).export_orders(out))
    assert (result.rows, result.records) == (0, 0)
    assert out.read_bytes() == b"\xef\xbb\xbf" + ",".join(ORDER_COLUMNS).encode() + b"\r\n"


def test_progress_counts_the_records_page_by_page(shop, tmp_path):
    _services, database, _ids, _numbers = shop
    steps = list(ExportService(database.unit_of_work, page_size=3).export_orders(tmp_path / "o.csv"))
    assert [(p.done, p.total) for p in steps] == [(3, 4), (4, 4)]


def test_money_is_exact_in_each_currencys_minor_digits():
    assert [money(-1250, "SAR"), money(-5, "SAR"), money(5, "KWD"), money(-7, "IRR"), money(0, "SAR")] == [
        "-12.50",
        "-0.05",
        "0.005",
        "-7",
        "0.00",
    ]
    assert money(10**15 + 1, "SAR") == "10000000000000.01"


def test_a_folder_that_is_not_there_is_reported_and_nothing_is_written(shop, tmp_path):
    _services, database, _ids, _numbers = shop
    out = tmp_path / "no such folder" / "orders.csv"
    with pytest.raises(OSError) as failure:
        run_to_end(ExportService(database.unit_of_work).export_orders(out))
    assert failure.value.errno == errno.ENOENT
    assert not out.parent.exists()


def test_a_full_disk_leaves_no_partial_file_and_the_earlier_file_untouched(shop, tmp_path, monkeypatch):
    _services, database, _ids, _numbers = shop
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "orders.csv"
    out.write_bytes(b"yesterday's export")
    real_open = open

    class FullDisk:
        """A file that takes the first page, then finds the disk full."""

        def __init__(self, handle) -> None:
            self.handle, self.written = handle, 0

        def write(self, data: bytes) -> int:
            if self.written > 100:
                raise OSError(errno.ENOSPC, "No space left on device")
            self.written += len(data)
            return self.handle.write(data)

        def __getattr__(self, name):
            return getattr(self.handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc_info):
            return self.handle.__exit__(*exc_info)

    monkeypatch.setattr(files, "open", lambda *a, **k: FullDisk(real_open(*a, **k)), raising=False)
    with pytest.raises(OSError) as failure:
        run_to_end(ExportService(database.unit_of_work, page_size=1).export_orders(out))
    assert failure.value.errno == errno.ENOSPC
    assert out.read_bytes() == b"yesterday's export"
    assert [p.name for p in folder.iterdir()] == ["orders.csv"]


def test_a_cancelled_export_leaves_no_file(shop, tmp_path):
    _services, database, _ids, _numbers = shop
    cancel = threading.Event()
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "customers.csv"
    steps = ExportService(database.unit_of_work, page_size=1).export_customers(out, cancel)
    next(steps)
    cancel.set()
    with pytest.raises(Cancelled):
        run_to_end(steps)
    assert list(folder.iterdir()) == []


def test_orders_export_gives_each_orders_balance_what_went_back_and_how_it_was_paid(database, tmp_path):
    from shopdesk.services.return_records import ReturnDraft

    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    leila = services.customers.create_customer(CustomerDraft(name="Leila", phone="0501234567"))
    placed = services.orders.place_order(
        OrderDraft(lines=(LineDraft("Soap", 2, 3000), LineDraft("Mug", 1, 4000)), customer_id=leila,
                   channel="website", payment_method="cash_on_delivery")
    )  # fmt: skip
    services.payments.record_payment(placed.id, 6000, "cash")
    services.payments.record_payment(placed.id, 2000, "card")
    services.payments.record_payment(placed.id, 500, "cash")
    line = services.returns.returnable(placed.id).lines[0]
    return_id = services.returns.request_return(
        ReturnDraft(order_id=placed.id, quantities={line.line_id: 1}, reason="damaged")
    )
    for step in (services.returns.approve, services.returns.receive):
        step(return_id)
    services.returns.inspect(return_id, "as_new")
    services.returns.resolve(return_id, "refund")
    services.payments.record_refund(placed.id, 500, "card")
    unpaid = services.orders.place_order(
        OrderDraft(lines=(LineDraft("Honey", 1, 5200),), channel="website", payment_method="bank_transfer")
    )
    rows = _read(run_to_end(ExportService(database.unit_of_work).export_orders(tmp_path / "orders.csv")).path)
    assert list(rows[0])[-3:] == ["balance", "refunded", "payment_methods"]  # added at the end
    money = services.payments.money(placed.id)
    by_number = {row["number"]: row for row in rows if row["line"] == "1"}
    assert (money.refunded_minor, money.balance_minor) == (3500, 1500)
    assert [by_number[str(placed.number)][name] for name in ("paid", "balance", "refunded", "payment_methods")] == [
        "85.00",
        "15.00",
        "35.00",
        "cash, card",
    ]
    assert [by_number[str(unpaid.number)][name] for name in ("paid", "balance", "refunded", "payment_methods")] == [
        "0.00",
        "52.00",
        "0.00",
        "",
    ]
