"""Order records as the services hand them out, and the fixed vocabularies (statuses, channels).

No database here, so views can use them before the database libraries are imported."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

STATUSES = ("new", "paid", "packed", "shipped", "delivered", "cancelled")
CHANNELS = ("in_store", "website", "instagram", "whatsapp", "marketplace", "other")


@dataclass(frozen=True)
class OrderRow:
    id: int
    number: int
    created_at: datetime
    customer_name: str
    status: str
    channel: str
    total_minor: int
    currency: str

    @property
    def page_key(self) -> tuple[datetime, int]:
        return (self.created_at, self.id)
