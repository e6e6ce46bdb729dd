"""The demo's bulk-written orders' payments, as the desk would have recorded them: a ``payment`` row for every
amount in ``paid_minor``, by the order's method, so a demo order shows paid with its money history.

Most orders were paid in full as they were placed (a sale at the counter) or when they were marked paid; cash on
delivery is paid when the courier brings it, so such orders packed or on their way are still due (and never went
through "paid"); some new orders were paid a deposit, and some chat orders paid in two parts. A random generator of
its own decides, so the orders themselves come out as they did before payments were recorded.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from shopdesk.services.payment_records import METHODS

DEPOSIT_SHARE = 0.2  # of new orders to ship, those paid a deposit (half, the rest due)
SPLIT_SHARE = 0.1  # of paid chat orders (Instagram, WhatsApp), those paid in two parts
_ON_THE_WAY = ("packed", "shipped")


def add_payments(seed: int, orders: list[dict], events: list[dict], now: datetime) -> list[dict]:
    """Set each order's ``paid_minor`` and return its payment rows (by ``order_index``, as the lines and events
    are); the "paid" step of a cash on delivery order still on its way is taken out of ``events``."""
    rng = random.Random(f"payments-{seed}")
    reached: dict[tuple[int, str], datetime] = {(e["order_index"], e["to_status"]): e["at"] for e in events}
    unpaid_on_the_way: set[int] = set()
    payments: list[dict] = []

    def pay(index: int, amount: int, method: str, at: datetime, note: str = "") -> None:
        payments.append({"order_index": index, "kind": "payment", "method": method, "amount_minor": amount,
                         "at": min(at, now), "actor": "", "note": note})  # fmt: skip

    for index, order in enumerate(orders):
        status, total, created = order["status"], order["total_minor"], order["created_at"]
        method = order["payment_method"] if order["payment_method"] in METHODS else "other"
        paid = 0
        if status == "new":
            if order["channel"] != "in_store" and total > 1 and rng.random() < DEPOSIT_SHARE:
                paid = total // 2
                pay(index, paid, "bank_transfer" if method == "cash_on_delivery" else method, created, "deposit")
        elif status == "cancelled":
            pass
        elif method == "cash_on_delivery" and status in _ON_THE_WAY:
            unpaid_on_the_way.add(index)  # the courier collects it on delivery
        elif method == "cash_on_delivery":
            paid = total
            pay(index, total, method, reached.get((index, "delivered"), created))
        else:
            paid = total
            when = reached.get((index, "paid"), created)
            if order["channel"] in ("instagram", "whatsapp") and total > 1 and rng.random() < SPLIT_SHARE:
                first = total // 2
                pay(index, first, method, created, "deposit")
                pay(index, total - first, method, max(when, created + timedelta(minutes=30)))
            else:
                pay(index, total, method, created if order["channel"] == "in_store" else when)
        order["paid_minor"] = paid
    if unpaid_on_the_way:  # new → packed: never paid
        kept = []
        for event in events:
            if event["order_index"] in unpaid_on_the_way:
                if event["to_status"] == "paid":
                    continue
                if event["from_status"] == "paid":
                    event["from_status"] = "new"
            kept.append(event)
        events[:] = kept
    return payments
