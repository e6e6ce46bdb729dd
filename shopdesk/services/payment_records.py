"""An order's money as the services hand it out: its payments, what went back, what is still due. Plain records
and the fixed words, no database (the order page and the command line read these)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# How money came in (or went back). Cash on delivery is the courier's money, recorded when it reaches the shop;
# store credit is taken from the customer's ledger as it is recorded.
METHODS = ("cash", "card", "bank_transfer", "wallet", "cash_on_delivery", "store_credit", "other")
KINDS = ("payment", "refund")
# A return's giving back as it appears in the money history: refunded (money), credited (store credit), exchanged
# (carried to the replacement order).
RETURN_METHODS = {"refund": "", "credit": "store_credit", "exchange": "exchange"}


@dataclass(frozen=True)
class MoneyEntry:
    """One line of an order's money history, oldest first. ``kind`` payment or refund; ``method`` one of
    ``METHODS``, or for a return's refund "" (back the way it was paid) or "exchange"; ``return_number`` names
    the return a refund came from (its record is the return's), ``order_number`` the replacement order of an
    exchange."""

    at: datetime
    kind: str
    method: str
    amount_minor: int
    actor: str = ""
    note: str = ""
    return_number: int | None = None
    order_number: int | None = None


@dataclass(frozen=True)
class OrderMoney:
    """What an order cost, what was paid and given back, and what is still due."""

    order_id: int
    number: int
    status: str
    currency: str
    total_minor: int
    paid_minor: int  # every payment
    refunded_minor: int  # every refund, store credit and exchange given back, returns' included
    entries: tuple[MoneyEntry, ...]
    customer_id: int | None = None
    payment_method: str = ""  # how the order was to be paid (cash on delivery: the courier brings it)

    @property
    def balance_minor(self) -> int:
        """Still to pay: the total less the payments (a refund does not make an order owe again; a cancelled
        order owes nothing)."""
        return 0 if self.status == "cancelled" else max(0, self.total_minor - self.paid_minor)

    @property
    def net_minor(self) -> int:
        """What the shop kept: the payments less what went back."""
        return self.paid_minor - self.refunded_minor


@dataclass(frozen=True)
class PaymentRecorded:
    """What recording a payment or refund did: the order's paid and balance after it, its status, and whether
    it moved to paid with it."""

    payment_id: int
    order_id: int
    number: int
    amount_minor: int
    paid_minor: int
    balance_minor: int
    status: str
    currency: str
    settled: bool = False
