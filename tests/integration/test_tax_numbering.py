"""Two desks issuing invoices at the same time on one PostgreSQL database get distinct numbers without gaps."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from shopdesk.services.database import open_database
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings
from shopdesk.services.tax.records import TaxSettings, default_rates

CHILD = Path(__file__).with_name("tax_child.py")


@pytest.mark.postgres
def test_two_desks_get_gap_free_distinct_invoice_numbers(db_url):
    if not db_url.startswith("postgresql"):
        pytest.skip("the race is between two PostgreSQL connections")
    database = open_database(db_url)
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    services.tax.save_settings(
        TaxSettings(registered=True, vat_number="300000000000003", legal_name_en="Golnar", rates=default_rates("SA"))
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    desks = [
        subprocess.Popen(
            [sys.executable, str(CHILD), db_url, "25"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(2)
    ]
    for desk in desks:  # wait until both are connected, then let them go at once
        assert desk.stdout.readline().strip() == "ready"
    for desk in desks:
        desk.stdin.write("go\n")
        desk.stdin.flush()
    for desk in desks:
        assert desk.stdout.readline().strip() == "done"
        assert desk.wait() == 0
    ids = [row.id for page in services.orders.pages(_all(), size=100) for row in page]
    numbers = sorted(d.number for d in services.tax.invoices(ids))
    assert numbers == list(range(1, 51))
    database.close()


def _all():
    from shopdesk.services.order_rows import OrderQuery

    return OrderQuery()
