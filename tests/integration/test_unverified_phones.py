"""A phone the phone library does not know as valid (a new range, one kept for films such as +44 7700 900123) is
kept as typed, in E.164, marked unverified and said — by the import (a warning, not a wrong row) and by the desk
alike; only what cannot be a phone at all is refused."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.database import open_database
from shopdesk.services.errors import InvalidInput
from shopdesk.services.import_records import SHOPIFY
from shopdesk.services.order_rows import OrderQuery
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings
from tests.integration.test_imports import _row, write_csv

FICTION = "+447700900123"  # well-formed, in a range Ofcom keeps for drama


@pytest.fixture
def services(database):
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    return services


def _orders(phones: list[str]) -> list[list[str]]:
    return [
        _row(**{"Name": f"#{3000 + i}", "Created at": "2026-05-01 10:00:00 +0300", "Currency": "SAR",
                "Lineitem quantity": "1", "Lineitem name": "Soap", "Lineitem price": "10.00",
                "Billing Name": "Holly", "Phone": phone})
        for i, phone in enumerate(phones)
    ]  # fmt: skip


def test_an_import_keeps_a_phone_the_library_calls_invalid_with_a_warning(services, tmp_path):
    path = write_csv(tmp_path / "orders.csv", _orders([FICTION] * 10 + ["+966501234567"]))
    report = services.imports.import_orders(path, SHOPIFY)
    assert report.written and report.problems == ()
    assert [(w.row, w.column, w.reason, w.value) for w in report.warnings] == [
        (row, "Phone", "phone unverified", FICTION) for row in range(2, 12)
    ]
    assert report.to_json()["warnings_total"] == 10 and report.to_json()["warnings"][0]["row"] == 2
    holly = {o.customer_id for o in services.orders.page(OrderQuery(), limit=20) if o.customer_phone == FICTION}
    assert len(holly) == 1  # ten orders, one customer, matched by the phone as typed
    assert services.customers.get_profile(holly.pop()).phone_verified is False
    (other,) = {o.customer_id for o in services.orders.page(OrderQuery(), limit=20) if o.customer_phone != FICTION}
    assert services.customers.get_profile(other).phone_verified is True


def test_an_import_still_refuses_what_cannot_be_a_phone(services, tmp_path):
    path = write_csv(tmp_path / "orders.csv", _orders(["call me", "12", FICTION]))
    report = services.imports.import_orders(path, SHOPIFY)
    assert not report.written and [(p.row, p.reason) for p in report.problems] == [
        (2, "not a phone number"),
        (3, "not a phone number"),
    ]


def test_the_desk_keeps_such_a_phone_too_by_the_same_rule(services):
    typed = "+44 7700 900123"
    assert services.customers.check_phone(typed).verified is False
    holly = services.customers.create_customer(CustomerDraft(name="Holly", phone=typed))
    profile = services.customers.get_profile(holly)
    assert (profile.phone, profile.phone_verified) == (FICTION, False)
    services.customers.update_customer(holly, CustomerDraft(name="Holly", phone="0501234567"))
    assert services.customers.get_profile(holly).phone_verified is True
    with pytest.raises(InvalidInput):
        services.customers.check_phone("12")


def test_merging_moves_an_unverified_phone_with_its_mark(services):
    keep = services.customers.create_customer(CustomerDraft(name="Holly"))
    twin = services.customers.create_customer(CustomerDraft(name="Holly B.", phone=FICTION))
    services.customers.merge_customers(keep_id=keep, duplicate_id=twin)
    profile = services.customers.get_profile(keep)
    assert (profile.phone, profile.phone_verified) == (FICTION, False)


def test_the_command_line_shows_the_warning_and_the_unverified_phone(tmp_path):
    db = tmp_path / "shop.sqlite3"
    database = open_database("sqlite:///" + str(db))
    build_services(database.unit_of_work).settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    database.close()
    path = write_csv(tmp_path / "orders.csv", _orders([FICTION] * 3))

    def run(*args):
        command = [sys.executable, "-m", "shopdesk", "--db", str(db), *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=60)

    dry = run("import", "orders", str(path), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert f"warning: row 2, Phone: phone unverified ('{FICTION}')" in dry.stdout
    assert "3 rows with a warning" in dry.stdout
    done = run("import", "orders", str(path), "--json")
    assert done.returncode == 0 and len(json.loads(done.stdout)["warnings"]) == 3
    shown = json.loads(run("customer", "show", FICTION, "--json").stdout)
    assert shown["phone"] == FICTION and shown["phone_verified"] is False
