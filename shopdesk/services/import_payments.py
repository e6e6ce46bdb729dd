"""What an imported order was paid and given back, read from the other shop's payment columns (no database code).

Shopify's orders export says it in ``Financial Status`` (paid, partially_paid with the ``Outstanding Balance``
still to pay, partially_refunded and refunded with the ``Refunded Amount``, pending, authorized, voided), the date
in ``Paid at`` and how in ``Payment Method``; WooCommerce's (the common export plugin) in its status words
(processing and completed are paid, pending and on-hold not), ``Paid Date`` and ``Order Refund Amount``. A mapping
made in the app reads a status only: a paid status is paid in full.

An imported order's money comes in as its ``payment`` rows, as the desk records them: one payment of what was paid
(by the method its words name) and, when some went back, one refund row (not a return: the other shop gave it
back). ``shop_order.paid_minor`` is the payment, so paid, balance and the money history agree from the start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shopdesk.services.errors import InvalidInput

# Shopify's financial statuses (and WooCommerce's words, when no financial status is given) by what was paid.
PAID_ALL = frozenset({"paid", "partially_refunded", "partially refunded", "refunded", "processing", "completed",
                      "complete"})  # fmt: skip
PAID_NONE = frozenset({"pending", "pending payment", "authorized", "voided", "unpaid", "expired", "on-hold", "on hold",
                       "failed", "cancelled", "canceled", "draft", "checkout-draft"})  # fmt: skip
PAID_PART = frozenset({"partially_paid", "partially paid"})  # the total less the outstanding balance
REFUNDED_ALL = frozenset({"refunded"})  # all of it went back when the file gives no amount

# Words in a payment method's name (Shopify's "Cash on Delivery (COD)", "Shopify Payments + gift_card";
# WooCommerce's "Direct bank transfer") and the method they are here, the first that matches winning.
_METHOD_WORDS = (
    ("cash_on_delivery", re.compile(r"cash[ _-]?on[ _-]?delivery|\bcod\b|collect on delivery|الدفع عند الاستلام")),
    ("bank_transfer", re.compile(r"bank|transfer|\bbacs\b|cheque|check payment|\bwire\b|حوالة|تحويل|کارت به کارت")),
    ("wallet", re.compile(r"wallet|paypal|apple ?pay|google ?pay|stc ?pay|samsung pay|محفظة|کیف پول")),
    ("card", re.compile(r"card|shopify payments|stripe|visa|master|mada|amex|debit|credit|square|بطاقة|مدى|کارت")),
    ("cash", re.compile(r"\bcash\b|نقد|نقدی")),
)
METHOD_CODES = ("cash", "card", "bank_transfer", "wallet", "cash_on_delivery", "other")


def method_code(text: str) -> str:
    """The payment method an export's words name (``other`` when they name none we know, ``""`` for none)."""
    words = text.strip().lower()
    if not words:
        return ""
    if words in METHOD_CODES:
        return words
    if "gift" in words and "+" not in words:  # a gift card alone: paid, but not by any means of the shop's
        return "other"
    return next((code for code, pattern in _METHOD_WORDS if pattern.search(words)), "other")


@dataclass(frozen=True)
class PaymentState:
    """What an order's payment columns say: ``share`` "all", "none" or "part" (the total less ``outstanding``);
    ``refunded`` what went back (``None``: all of it when the order was refunded, else nothing)."""

    share: str
    outstanding: int | None = None
    refunded: int | None = None
    all_back: bool = False


def payment_state(status: str, financial: str, word: str) -> PaymentState:
    """The share paid, from the financial status when the file has one, else the status word, else the status
    the order came in as (a paid status is paid in full)."""
    for said in (financial, word):
        if said in PAID_PART:
            return PaymentState("part")
        if said in PAID_ALL:
            return PaymentState("all", all_back=said in REFUNDED_ALL)
        if said in PAID_NONE:
            return PaymentState("none")
    return PaymentState("all" if status in ("paid", "packed", "shipped", "delivered") else "none")


def settle(state: PaymentState, total: int, outstanding: int | None, refunded: int | None) -> tuple[int, int]:
    """What was paid and what went back, checked against the total; raises ``InvalidInput`` (with the field) when
    the file's amounts cannot be (a balance or a refund over the total, a partly paid order without its balance)."""
    back = refunded if refunded else 0
    if back > total:
        raise InvalidInput("refunded", "out of range", str(back))
    if state.share == "all":
        paid = total
    elif state.share == "none":
        paid = 0
    else:
        if outstanding is None:
            raise InvalidInput("outstanding", "required")
        if outstanding > total:
            raise InvalidInput("outstanding", "out of range", str(outstanding))
        paid = total - outstanding
    if state.all_back and not back:
        back = paid
    return max(paid, back), back  # what went back came in first (a cancelled order some of whose money went back)
