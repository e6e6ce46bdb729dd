"""Loyalty records for screens and the command line: plain data, no database code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from shopdesk.services.loyalty_rules import PunchCard


@dataclass(frozen=True)
class ProgramRow:
    id: int
    name: str
    kind: str
    active: bool
    card: PunchCard


@dataclass(frozen=True)
class RewardRow:
    code: str
    reward: str
    value: int
    issued_at: datetime
    redeemed_order_id: int | None
    redeemed_at: datetime | None


@dataclass(frozen=True)
class EntryRow:
    at: datetime
    kind: str  # earned | rewarded | expired | reversed | adjusted
    stamps: int
    order_id: int | None
    actor: str
    note: str


@dataclass(frozen=True)
class CardState:
    """A customer's card in one program: stamps on it now (negative when a reversed order's stamps had already
    become a reward — shown, never hidden), the rewards not yet used, and the history."""

    program_id: int
    program_name: str
    stamps: int
    size: int
    rewards: tuple[RewardRow, ...]
    history: tuple[EntryRow, ...]

    @property
    def missing(self) -> int:
        return max(0, self.size - self.stamps)
