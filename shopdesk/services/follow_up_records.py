"""Follow-up records for screens: plain data, no database code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

KINDS = ("promise", "check_in", "birthday", "nudge", "return")
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

    def overdue(self, now: datetime) -> bool:
        return self.done_at is None and self.due_at < now
