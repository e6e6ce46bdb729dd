"""Loyalty rules as plain arithmetic (no database): how many stamps or points an order earns, the daily limit,
what a reward takes off an order, which stamps have expired, which tier a spend reaches, whose birthday reward is
due. Money is integer minor units.

Five kinds of program, each with its rules as a frozen dataclass stored as JSON: ``PunchCard``, ``Points``,
``Tiers``, ``Referral`` and ``Birthday``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta

from shopdesk.services.errors import InvalidInput

KINDS = ("punch", "points", "tiers", "referral", "birthday")
REWARDS = ("free_item", "fixed", "percent")
BIRTHDAY_WAIT_DAYS = 30  # a birthday entered or changed this recently earns nothing yet (no gaming the month)
EARN_ON = ("paid", "delivered")
PIPELINE = ("new", "paid", "packed", "shipped", "delivered")
PAID_STATUSES = PIPELINE[1:]  # what counts as spent for tiers


class _FlatRules:
    """Rules whose fields are plain values, stored as a JSON object; fields a newer version added and an older
    one does not know are ignored when read."""

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str):  # noqa: ANN206
        return cls(**_known(cls, json.loads(text) if text else {}))


def _known(cls: type, data: dict) -> dict:
    """The entries of ``data`` that are fields of the dataclass ``cls``."""
    return {k: v for k, v in data.items() if k in cls.__dataclass_fields__}


@dataclass(frozen=True)
class PunchCard(_FlatRules):
    """ "Buy 6, the 7th is free": ``stamps_to_fill`` stamps fill a card, which becomes a single-use reward."""

    stamps_to_fill: int = 6
    min_order_minor: int = 0  # a stamp for each order of at least this much
    per_amount_minor: int = 0  # or one stamp per this much spent (0: one per order)
    reward: str = "free_item"  # free_item (the cheapest item) | fixed (minor units off) | percent (off)
    reward_value: int = 0
    expiry_days: int = 0  # stamps older than this expire (0: never)
    daily_limit: int = 0  # at most this many stamps per customer per day (0: no limit)
    earn_on: str = "paid"  # the status at which an order earns: paid | delivered


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


def _validate_reward(reward: str, value: int, field_name: str) -> None:
    if reward not in REWARDS:
        raise InvalidInput(field_name, "unknown", reward)
    if reward == "percent" and not 1 <= value <= 100:
        raise InvalidInput(field_name, "not a percentage", str(value))
    if reward == "fixed" and value <= 0:
        raise InvalidInput(field_name, "required", str(value))


# --- points ---------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Points(_FlatRules):
    """``points`` points for each ``per_amount_minor`` spent; a point is worth ``point_value_minor`` off a later
    order; at least ``min_redeem`` points are used at once."""

    per_amount_minor: int = 100
    points: int = 1
    point_value_minor: int = 1
    min_redeem: int = 100
    earn_on: str = "paid"


def validate_points(rules: Points) -> Points:
    if rules.per_amount_minor <= 0:
        raise InvalidInput("per_amount", "required", str(rules.per_amount_minor))
    if not 1 <= rules.points <= 10_000:
        raise InvalidInput("points", "out of range", str(rules.points))
    if rules.point_value_minor <= 0:
        raise InvalidInput("point_value", "required", str(rules.point_value_minor))
    if not 1 <= rules.min_redeem <= 10_000_000:
        raise InvalidInput("min_redeem", "out of range", str(rules.min_redeem))
    if rules.earn_on not in EARN_ON:
        raise InvalidInput("earn_on", "unknown", rules.earn_on)
    return rules


def points_for(rules: Points, total_minor: int, bonus_percent: int = 0) -> int:
    """Points an order of ``total_minor`` earns, with a tier's bonus (rounded down)."""
    if total_minor <= 0:
        return 0
    base = total_minor // rules.per_amount_minor * rules.points
    return base * (100 + max(0, bonus_percent)) // 100


# --- tiers ----------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Tier:
    """A level reached by spending ``min_spend_minor`` over the window, with its perks."""

    name: str
    min_spend_minor: int
    extra_stamps: int = 0  # added to each stamp-earning order on punch cards
    points_bonus_percent: int = 0  # more points per order
    discount_percent: int = 0  # a standing discount the order form offers


@dataclass(frozen=True)
class Tiers(_FlatRules):  # to_json from _FlatRules: the levels become a list of objects
    """Levels by what a customer spent over the last ``months`` months (orders paid and not cancelled, returns
    given back taken off)."""

    levels: tuple[Tier, ...] = field(default_factory=tuple)
    months: int = 12

    @classmethod
    def from_json(cls, text: str) -> Tiers:
        data = json.loads(text) if text else {}
        levels = tuple(Tier(**_known(Tier, level)) for level in data.get("levels", ()))
        return cls(levels=levels, months=int(data.get("months", 12)))


def validate_tiers(rules: Tiers) -> Tiers:
    if not 1 <= len(rules.levels) <= 10:
        raise InvalidInput("levels", "required")
    if not 1 <= rules.months <= 60:
        raise InvalidInput("months", "out of range", str(rules.months))
    names = [" ".join(level.name.split()) for level in rules.levels]
    if any(not name or len(name) > 64 for name in names):
        raise InvalidInput("levels", "name required")
    if len({name.casefold() for name in names}) != len(names):
        raise InvalidInput("levels", "same name twice")
    spends = [level.min_spend_minor for level in rules.levels]
    if any(spend < 0 for spend in spends) or spends != sorted(spends) or len(set(spends)) != len(spends):
        raise InvalidInput("levels", "spends not increasing")
    for level in rules.levels:
        if not 0 <= level.extra_stamps <= 10 or not 0 <= level.points_bonus_percent <= 500:
            raise InvalidInput("levels", "perk out of range", level.name)
        if not 0 <= level.discount_percent <= 100:
            raise InvalidInput("levels", "not a percentage", str(level.discount_percent))
    levels = tuple(replace(level, name=name) for level, name in zip(rules.levels, names, strict=True))
    return replace(rules, levels=levels)


def tier_for(rules: Tiers, spend_minor: int) -> Tier | None:
    """The highest level ``spend_minor`` reaches, or ``None`` below the first."""
    reached_levels = [level for level in rules.levels if spend_minor >= level.min_spend_minor]
    return reached_levels[-1] if reached_levels else None


def next_tier(rules: Tiers, spend_minor: int) -> tuple[Tier, int] | None:
    """The next level up and how much more spending reaches it, or ``None`` at the top."""
    for level in rules.levels:
        if level.min_spend_minor > spend_minor:
            return level, level.min_spend_minor - spend_minor
    return None


def window_start(now: datetime, months: int) -> datetime:
    """``months`` calendar months before ``now`` (the day clamped to the month's length)."""
    year, month = divmod(now.year * 12 + now.month - 1 - months, 12)
    month += 1
    day = min(now.day, _month_days(year, month))
    return now.replace(year=year, month=month, day=day)


def _month_days(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


# --- referral -------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Referral(_FlatRules):
    """A referred new customer's first order rewards both: the friend who referred and the new customer."""

    referrer_reward: str = "fixed"
    referrer_value: int = 0
    friend_reward: str = "percent"
    friend_value: int = 10
    earn_on: str = "paid"


def validate_referral(rules: Referral) -> Referral:
    _validate_reward(rules.referrer_reward, rules.referrer_value, "referrer_value")
    _validate_reward(rules.friend_reward, rules.friend_value, "friend_value")
    if rules.earn_on not in EARN_ON:
        raise InvalidInput("earn_on", "unknown", rules.earn_on)
    return rules


# --- birthday -------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Birthday(_FlatRules):
    """A reward in the customer's birthday month, good until the month ends."""

    reward: str = "percent"
    reward_value: int = 10


def validate_birthday(rules: Birthday) -> Birthday:
    _validate_reward(rules.reward, rules.reward_value, "reward_value")
    return rules


def birthday_due(birthday: date | None, set_on: date | None, today: date, granted_this_year: bool) -> bool:
    """Whether a birthday reward is due today: in the birthday month, once a year, and not when the birthday
    was entered or changed in the last ``BIRTHDAY_WAIT_DAYS`` days."""
    if birthday is None or granted_this_year or birthday.month != today.month:
        return False
    return set_on is None or (today - set_on).days >= BIRTHDAY_WAIT_DAYS


def month_end(today: date) -> date:
    """The last day of ``today``'s month (a birthday reward is good until then)."""
    return date(today.year, today.month, _month_days(today.year, today.month))


# --- any kind -------------------------------------------------------------------------------------------------------
Rules = PunchCard | Points | Tiers | Referral | Birthday
_BY_KIND: dict[str, type] = {
    "punch": PunchCard,
    "points": Points,
    "tiers": Tiers,
    "referral": Referral,
    "birthday": Birthday,
}
_VALIDATORS = {
    PunchCard: validate_card,
    Points: validate_points,
    Tiers: validate_tiers,
    Referral: validate_referral,
    Birthday: validate_birthday,
}


def kind_of(rules: Rules) -> str:
    return next(kind for kind, cls in _BY_KIND.items() if isinstance(rules, cls))


def rules_from_json(kind: str, text: str) -> Rules:
    if kind not in _BY_KIND:
        raise InvalidInput("kind", "unknown", kind)
    return _BY_KIND[kind].from_json(text)


def validate_rules(rules: Rules) -> Rules:
    return _VALIDATORS[type(rules)](rules)
