"""Shopify's and WooCommerce's shipping and billing address columns come in as the order's ship-to and bill-to."""

import csv
import io

import pytest

from shopdesk.services.import_records import SHOPIFY, WOOCOMMERCE
from shopdesk.services.order_rows import OrderQuery
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings


def _csv(path, header, rows):
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([[row.get(column, "") for column in header] for row in rows])
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return path


@pytest.fixture
def services(database):
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    return services


def _orders(services):
    rows = services.orders.page(OrderQuery(sort="number", descending=False), limit=10)
    return [services.orders.get_order(row.id) for row in rows]


SHOPIFY_HEADER = [
    "Name", "Created at", "Financial Status", "Currency", "Lineitem quantity", "Lineitem name", "Lineitem price",
    "Billing Name", "Billing Address1", "Billing Address2", "Billing City", "Billing Zip", "Billing Province",
    "Billing Country", "Billing Phone", "Shipping Name", "Shipping Address1", "Shipping Address2", "Shipping City",
    "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone",
]  # fmt: skip


def test_shopify_shipping_and_billing_columns_become_the_orders_addresses(services, tmp_path):
    base = {"Created at": "2026-03-05 14:22:10 +0300", "Financial Status": "paid", "Currency": "SAR",
            "Lineitem quantity": "1", "Lineitem name": "Candle", "Lineitem price": "50.00"}  # fmt: skip
    shipped = {"Shipping Name": "ليلى الحربي", "Shipping Address1": "12 King Fahd Rd", "Shipping City": "Riyadh",
               "Shipping Zip": "١٢٢١١", "Shipping Province": "Riyadh Province", "Shipping Country": "SA",
               "Shipping Phone": "+966501234567"}  # fmt: skip
    billed = {"Billing Name": "Layla Corp", "Billing Address1": "Tower 3", "Billing City": "Jeddah",
              "Billing Country": "SA"}  # fmt: skip
    same = {key.replace("Shipping", "Billing"): value for key, value in shipped.items()}
    path = _csv(
        tmp_path / "orders_export.csv",
        SHOPIFY_HEADER,
        [
            {"Name": "#1001", **base, **shipped, **billed},
            {"Name": "#1002", **base, **shipped, **same},  # billed where it ships: no separate bill-to
            {"Name": "#1003", **base},  # a sale with no address
        ],
    )
    report = services.imports.import_orders(path, SHOPIFY)
    assert not report.problems and report.orders_new == 3
    first, second, third = _orders(services)
    assert (first.ship_to.recipient, first.ship_to.line1, first.ship_to.postal_code, first.ship_to.region) == (
        "ليلى الحربي",
        "12 King Fahd Rd",
        "12211",
        "Riyadh Province",
    )
    assert (first.bill_to.recipient, first.bill_to.city) == ("Layla Corp", "Jeddah")
    assert (second.ship_to.city, second.bill_to) == ("Riyadh", None)
    assert (third.ship_to, third.bill_to) == (None, None)
    assert {row.number for row in services.orders.page(OrderQuery(search="riyadh"), limit=10)} == {
        first.row.number,
        second.row.number,
    }


def test_an_imported_address_the_rules_refuse_is_reported_and_nothing_is_written(services, tmp_path):
    path = _csv(
        tmp_path / "orders_export.csv",
        SHOPIFY_HEADER,
        [{"Name": "#1001", "Created at": "2026-03-05 14:22:10 +0300", "Lineitem quantity": "1",
          "Lineitem name": "Candle", "Lineitem price": "50.00", "Shipping Address1": "Valiasr St",
          "Shipping City": "Tehran", "Shipping Zip": "123", "Shipping Country": "IR"}],
    )  # fmt: skip
    report = services.imports.import_orders(path, SHOPIFY)
    [problem] = report.problems
    assert (problem.row, problem.column, problem.reason) == (2, "Shipping Zip", "not a postal code there")
    assert services.orders.count() == 0


def test_woocommerce_shipping_first_and_last_names_and_address_come_in(services, tmp_path):
    header = ["Order Number", "Order Date", "Order Status", "Item Name", "Quantity", "Item Cost",
              "Billing First Name", "Billing Last Name", "Shipping First Name", "Shipping Last Name",
              "Shipping Address 1", "Shipping Address 2", "Shipping City", "Shipping State", "Shipping Postcode",
              "Shipping Country", "Shipping Phone"]  # fmt: skip
    path = _csv(
        tmp_path / "woo.csv",
        header,
        [{"Order Number": "501", "Order Date": "2026-03-05 10:00", "Order Status": "processing",
          "Item Name": "Soap", "Quantity": "2", "Item Cost": "12.50", "Billing First Name": "Sara",
          "Shipping First Name": "Sara", "Shipping Last Name": "Ahmadi", "Shipping Address 1": "2929 King Fahd Rd",
          "Shipping Address 2": "Floor 2", "Shipping City": "Dammam", "Shipping State": "Eastern",
          "Shipping Postcode": "32241", "Shipping Country": "SA", "Shipping Phone": "0501234567"}],
    )  # fmt: skip
    report = services.imports.import_orders(path, WOOCOMMERCE)
    assert not report.problems
    [order] = _orders(services)
    assert (order.ship_to.recipient, order.ship_to.line2, order.ship_to.city, order.ship_to.region) == (
        "Sara Ahmadi",
        "Floor 2",
        "Dammam",
        "Eastern",
    )
    assert (order.ship_to.postal_code, order.ship_to.country, order.bill_to) == ("32241", "SA", None)
