"""Shopify's and WooCommerce's payment columns come in as the orders' payments and refunds (issue 19): partly paid
orders owe the rest, partial refunds arrive to the minor unit, and every paid order has its money history."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from shopdesk.services.import_payments import method_code
from shopdesk.services.import_records import SHOPIFY, WOOCOMMERCE, ColumnMapping
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def shop(database):
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    return services, database


def _imported(services, database, tmp_path, name, mapping):
    path = shutil.copy(DATA / name, tmp_path / name)
    report = services.imports.import_orders(Path(path), mapping)
    assert report.written and report.problems == (), report.problems
    with database.engine.connect() as connection:
        ids = dict(connection.execute(text("SELECT external_id, id FROM shop_order")).all())
    return report, {external: services.payments.money(order_id) for external, order_id in ids.items()}


def _refunds(money) -> int:
    return sum(entry.amount_minor for entry in money.entries if entry.kind == "refund")


def _rows(database) -> list[tuple]:
    with database.engine.connect() as connection:
        return connection.execute(
            text(
                "SELECT o.external_id, p.kind, p.method, p.amount_minor FROM payment p "
                "JOIN shop_order o ON o.id = p.order_id ORDER BY o.external_id, p.id"
            )  # fmt: skip
        ).all()


def test_a_shopify_exports_partial_payments_and_refunds_arrive_exactly(shop, tmp_path):
    services, database = shop
    _report, money = _imported(services, database, tmp_path, "shopify_payments.csv", SHOPIFY)
    partly_refunded = [money["#2003"], money["#2004"]]
    assert sum(_refunds(m) for m in partly_refunded) == 56_700  # 250.00 + 317.00, not dropped
    assert [(m.status, m.paid_minor, m.balance_minor) for m in partly_refunded] == [
        ("shipped", 40_000, 0),
        ("paid", 50_000, 0),
    ]
    assert [m.net_minor for m in partly_refunded] == [15_000, 18_300]
    # partially paid: new, with the outstanding balance still due, its paid part recorded by its method
    assert (money["#2002"].status, money["#2002"].paid_minor, money["#2002"].balance_minor) == ("new", 8_000, 12_000)
    assert [(e.kind, e.method, e.amount_minor) for e in money["#2002"].entries] == [("payment", "bank_transfer", 8_000)]
    assert (money["#2008"].status, money["#2008"].paid_minor, money["#2008"].balance_minor) == ("new", 10_000, 3_550)
    # refunded in full: cancelled, paid and given back; voided: cancelled, never paid; pending: nothing yet
    assert (money["#2005"].status, money["#2005"].paid_minor, _refunds(money["#2005"])) == ("cancelled", 9_000, 9_000)
    assert (money["#2007"].status, money["#2007"].paid_minor, money["#2007"].entries) == ("cancelled", 0, ())
    pending = money["#2006"]
    assert (pending.status, pending.paid_minor, pending.balance_minor) == ("new", 0, 6_000)
    assert pending.payment_method == "cash_on_delivery"  # the courier collects it: the packing station says so
    paid = money["#2001"]
    assert (paid.status, paid.paid_minor, paid.payment_method) == ("shipped", 15_000, "card")
    assert paid.entries[0].at.isoformat() == "2026-03-01T07:05:00+00:00"  # Paid at, in UTC
    for external, m in money.items():  # paid is the sum of the payments: no imported order has an empty history
        assert m.paid_minor == sum(e.amount_minor for e in m.entries if e.kind == "payment"), external
        assert bool(m.entries) == (m.paid_minor > 0), external


def test_importing_the_same_file_again_adds_no_payment(shop, tmp_path):
    services, database = shop
    _imported(services, database, tmp_path, "shopify_payments.csv", SHOPIFY)
    before = _rows(database)
    again = services.imports.import_orders(DATA / "shopify_payments.csv", SHOPIFY)
    assert (again.orders_new, again.orders_existing) == (0, 8)
    assert _rows(database) == before and len(before) == 9  # 6 payments and 3 refunds


def test_a_woocommerce_exports_paid_statuses_and_refund_amounts_arrive(shop, tmp_path):
    services, database = shop
    _report, money = _imported(services, database, tmp_path, "woocommerce_payments.csv", WOOCOMMERCE)
    assert sum(_refunds(money[n]) for n in ("3002", "3006")) == 11_550  # 75.50 + 40.00
    assert [(n, m.status, m.paid_minor, m.balance_minor, _refunds(m)) for n, m in sorted(money.items())] == [
        ("3001", "delivered", 12_000, 0, 0),
        ("3002", "paid", 25_000, 0, 7_550),
        ("3003", "cancelled", 8_000, 0, 8_000),
        ("3004", "new", 0, 5_500, 0),
        ("3005", "new", 0, 6_500, 0),
        ("3006", "delivered", 15_000, 0, 4_000),
    ]
    assert [(m.payment_method, m.entries[0].method) for m in (money["3001"], money["3002"], money["3006"])] == [
        ("bank_transfer", "bank_transfer"),
        ("card", "card"),
        ("cash_on_delivery", "cash_on_delivery"),
    ]


@pytest.mark.parametrize(
    ("cells", "column", "reason"),
    [
        ({"Financial Status": "partially_paid", "Outstanding Balance": ""}, "Outstanding Balance", "required"),
        ({"Financial Status": "partially_paid", "Outstanding Balance": "999.00"}, "Outstanding Balance",
         "out of range"),
        ({"Financial Status": "partially_refunded", "Refunded Amount": "150.01"}, "Refunded Amount", "out of range"),
    ],
)  # fmt: skip
def test_payment_columns_that_cannot_be_are_wrong_rows_and_nothing_is_written(shop, tmp_path, cells, column, reason):
    services, _database = shop
    lines = (DATA / "shopify_payments.csv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    first = lines[1].split(",")
    for name, value in cells.items():
        first[header.index(name)] = value
    path = tmp_path / "wrong.csv"
    path.write_text("\n".join([lines[0], ",".join(first)]) + "\n", encoding="utf-8")
    report = services.imports.import_orders(path, SHOPIFY)
    assert [(p.row, p.column, p.reason) for p in report.problems] == [(2, column, reason)]
    assert not report.written and services.orders.count() == 0


def test_a_saved_mapping_with_a_paid_status_records_the_total_as_paid(shop, tmp_path):
    services, database = shop
    path = tmp_path / "salla.csv"
    path.write_text(
        "order,date,item,qty,price,status,pay\n"
        "S-1,2026-04-01,Candle,2,50.00,completed,Mada\n"
        "S-2,2026-04-02,Candle,1,50.00,pending,الدفع عند الاستلام\n",
        encoding="utf-8",
    )
    mapping = ColumnMapping(
        "salla",
        {"external_id": ("order",), "created_at": ("date",), "line_name": ("item",), "line_quantity": ("qty",),
         "line_price": ("price",), "status": ("status",), "payment_method": ("pay",)},
    )  # fmt: skip
    assert services.imports.import_orders(path, mapping).written
    assert _rows(database) == [("S-1", "payment", "card", 10_000)]
    with database.engine.connect() as connection:
        assert connection.execute(
            text("SELECT external_id, status, paid_minor, payment_method FROM shop_order ORDER BY number")
        ).all() == [("S-1", "delivered", 10_000, "card"), ("S-2", "new", 0, "cash_on_delivery")]


def test_payment_method_words_of_other_shops():
    assert [method_code(words) for words in (
        "Shopify Payments", "Cash on Delivery (COD)", "Bank Deposit", "PayPal Express Checkout", "manual",
        "Direct bank transfer", "Credit Card (Stripe)", "cash", "gift_card", "Shopify Payments + gift_card", "",
        "Apple Pay", "مدى", "نقدًا",
    )] == [
        "card", "cash_on_delivery", "bank_transfer", "wallet", "other", "bank_transfer", "card", "cash", "other",
        "card", "", "wallet", "card", "cash",
    ]  # fmt: skip
