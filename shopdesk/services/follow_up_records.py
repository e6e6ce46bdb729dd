"""Follow-up records for screens: plain data, no database code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

KINDS = ("promise", "check_in", "birthday", "nudge", "return", "reorder")
CHANNELS = ("chat", "email", "ticket", "phone", "whatsapp", "other")


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    kind: str
    customer_id: int | None
    customer_name: str
    customer_phone: str
    customer_email: str
    order_id: int | None
    what: str
    owner: str
    channel: str
    due_at: datetime
    done_at: datetime | None
    done_by: str
    created_at: datetime | None = None
    order_number: int | None = None
    customer_language: str = ""  # the customer's language for messages ("" without a customer)
    product_id: int | None = None  # the product of a reorder reminder
    product_names: tuple[str, str, str] = ("", "", "")  # en, ar, fa
    target_minutes: int | None = None  # the shop's response-time target for the item's channel

    def overdue(self, now: datetime) -> bool:
        return self.done_at is None and self.due_at < now

    def product_name(self, language: str) -> str:
        """The product's name in a language, falling back to another one the shop filled in."""
        names = dict(zip(("en", "ar", "fa"), self.product_names, strict=True))
        return names.get(language) or next((name for name in self.product_names if name), "")

    def target_at(self) -> datetime | None:
        """When the answer is due by the channel's response-time target (counted from when the item was made)."""
        if self.target_minutes is None or self.created_at is None:
            return None
        return self.created_at + timedelta(minutes=self.target_minutes)

    def time_left(self, now: datetime) -> timedelta | None:
        """Time left against the target (negative: that late); ``None`` when done or without a target."""
        target = self.target_at()
        return None if target is None or self.done_at is not None else target - now
