"""Loyalty records for screens and the command line: plain data, no database code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from shopdesk.services.loyalty_rules import Rules, Tier


@dataclass(frozen=True)
class ProgramRow:
    id: int
    name: str
    kind: str
    active: bool
    rules: Rules  # PunchCard | Points | Tiers | Referral | Birthday, as ``kind`` says


@dataclass(frozen=True)
class RewardRow:
    code: str
    reward: str
    value: int
    issued_at: datetime
    redeemed_order_id: int | None
    redeemed_at: datetime | None
    program_id: int = 0
    program_kind: str = ""
    expires_at: datetime | None = None
    voided_at: datetime | None = None

    def open(self, now: datetime) -> bool:
        """Still usable: not used, not voided, not past its last day."""
        return (
            self.redeemed_order_id is None
            and self.voided_at is None
            and (self.expires_at is None or now <= self.expires_at)
        )


@dataclass(frozen=True)
class EntryRow:
    at: datetime
    kind: str  # earned | rewarded | redeemed | expired | reversed | adjusted | tier
    stamps: int  # stamps or points (0 for referral and birthday rewards; the level's number for a tier entry)
    order_id: int | None
    actor: str
    note: str
    program_id: int = 0
    program_name: str = ""
    order_number: int | None = None


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


@dataclass(frozen=True)
class PointsState:
    """A customer's points in one program: the balance (a sum of the ledger), what it is worth, the least that
    can be used at once."""

    program_id: int
    program_name: str
    balance: int
    point_value_minor: int
    min_redeem: int

    @property
    def value_minor(self) -> int:
        return max(0, self.balance) * self.point_value_minor

    @property
    def redeemable(self) -> bool:
        return self.balance >= self.min_redeem


@dataclass(frozen=True)
class TierState:
    """Where a customer stands: spend over the window, the level reached (None below the first) and the next."""

    program_id: int
    program_name: str
    spend_minor: int
    months: int
    level: Tier | None
    next_level: Tier | None
    missing_minor: int  # more spending that reaches the next level (0 at the top)
