"""A desk placing taxed orders on a shared database (tests/integration/test_tax_numbering.py starts two)."""

import sys

from shopdesk.services.database import open_database
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services

url, count = sys.argv[1], int(sys.argv[2])
database = open_database(url)
services = build_services(database.unit_of_work)
print("ready", flush=True)
sys.stdin.readline()  # both desks start together
for i in range(count):
    services.orders.place_order(OrderDraft(lines=(LineDraft(f"item {i}", 1, 1150),)))
database.close()
print("done", flush=True)
