"""Loyalty rules as plain arithmetic (no database): how many stamps an order earns, the daily limit, what a
reward takes off an order, which stamps have expired. Money is integer minor units."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from shopdesk.services.errors import InvalidInput

REWARDS = ("free_item", "fixed", "percent")
EARN_ON = ("paid", "delivered")
PIPELINE = ("new", "paid", "packed", "shipped", "delivered")


@dataclass(frozen=True)
class PunchCard:
    """ "Buy 6, the 7th is free": ``stamps_to_fill`` stamps fill a card, which becomes a single-use reward."""

    stamps_to_fill: int = 6
    min_order_minor: int = 0  # a stamp for each order of at least this much
    per_amount_minor: int = 0  # or one stamp per this much spent (0: one per order)
    reward: str = "free_item"  # free_item (the cheapest item) | fixed (minor units off) | percent (off)
    reward_value: int = 0
    expiry_days: int = 0  # stamps older than this expire (0: never)
    daily_limit: int = 0  # at most this many stamps per customer per day (0: no limit)
    earn_on: str = "paid"  # the status at which an order earns: paid | delivered

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> PunchCard:
        data = json.loads(text) if text else {}
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


def validate_card(card: PunchCard) -> PunchCard:
    if not 2 <= card.stamps_to_fill <= 50:
        raise InvalidInput("stamps_to_fill", "out of range", str(card.stamps_to_fill))
    if card.min_order_minor < 0 or card.per_amount_minor < 0:
        raise InvalidInput("min_order", "out of range")
    if card.reward not in REWARDS:
        raise InvalidInput("reward", "unknown", card.reward)
    if card.reward == "percent" and not 1 <= card.reward_value <= 100:
        raise InvalidInput("reward_value", "not a percentage", str(card.reward_value))
    if card.reward == "fixed" and card.reward_value <= 0:
        raise InvalidInput("reward_value", "required", str(card.reward_value))
    if not 0 <= card.expiry_days <= 3650 or not 0 <= card.daily_limit <= 100:
        raise InvalidInput("expiry_days", "out of range")
    if card.earn_on not in EARN_ON:
        raise InvalidInput("earn_on", "unknown", card.earn_on)
    return card


def stamps_for(card: PunchCard, total_minor: int) -> int:
    """Stamps an order of ``total_minor`` earns (before the daily limit)."""
    if total_minor <= 0:
        return 0
    if card.per_amount_minor:
        return total_minor // card.per_amount_minor
    return 1 if total_minor >= card.min_order_minor else 0


def within_daily_limit(card: PunchCard, wanted: int, earned_today: int) -> int:
    if not card.daily_limit:
        return wanted
    return max(0, min(wanted, card.daily_limit - earned_today))


def reached(status: str, earn_on: str) -> bool:
    """Whether an order at ``status`` has passed the status that earns (a pipeline may skip steps)."""
    return status in PIPELINE and PIPELINE.index(status) >= PIPELINE.index(earn_on)


def reward_discount(reward: str, value: int, lines: Sequence[tuple[int, int, int]]) -> int:
    """What a reward takes off an order of ``lines`` (quantity, unit price, line discount)."""
    subtotal = sum(quantity * price - discount for quantity, price, discount in lines)
    if subtotal <= 0:
        return 0
    if reward == "free_item":
        return min(subtotal, min((price for quantity, price, _d in lines if quantity > 0), default=0))
    if reward == "fixed":
        return min(subtotal, max(0, value))
    if reward == "percent":
        return subtotal * max(0, min(100, value)) // 100
    return 0


def expired_due(earned_before_cutoff: int, consumed: int, expired: int) -> int:
    """Stamps to expire now, oldest first: those earned before the cutoff that were neither used (turned into
    rewards, reversed) nor expired already."""
    return max(0, earned_before_cutoff - consumed - expired)
