"""The rules of follow-ups that need no database: response-time targets per channel, the shop's weekend and
working-day deadlines, and which details each kind of follow-up message may use. Screens import these too."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from shopdesk.services.errors import InvalidInput
from shopdesk.services.follow_up_records import CHANNELS, KINDS
from shopdesk.services.printing.templates import validate_template

# How soon the shop means to answer on each channel, in minutes, until the shop sets its own. A chat is live;
# a WhatsApp message is a chat the customer does not sit and watch; a missed call is returned the same half-day;
# an e-mail within a day; a ticket (a marketplace's or a form's) within two days.
DEFAULT_TARGET_MINUTES: dict[str, int | None] = {
    "chat": 15,
    "email": 24 * 60,
    "ticket": 48 * 60,
    "phone": 2 * 60,
    "whatsapp": 60,
    "other": 24 * 60,
}
MAX_TARGET_MINUTES = 30 * 24 * 60
MAX_WORKING_DAYS = 365

# ISO weekdays: 1 Monday … 7 Sunday. Most of the world rests on Saturday and Sunday (the UAE too, since 2022);
# Saudi Arabia and most Arab countries on Friday and Saturday; Iran on Friday (Thursday is often a half day,
# which a whole-day count cannot say). The shop can set its own weekend; this is only where it starts.
_FRIDAY_SATURDAY = frozenset({"SA", "QA", "KW", "BH", "OM", "IQ", "JO", "EG", "YE", "DZ", "LY", "SD", "SY"})
_FRIDAY = frozenset({"IR", "AF"})

# The details each kind of message may use ($first_name…); the same names as the printed messages.
MESSAGE_PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "promise": ("first_name", "customer_name", "shop_name", "order_number", "promise"),
    "check_in": ("first_name", "customer_name", "shop_name", "order_number"),
    "birthday": ("first_name", "customer_name", "shop_name", "discount_code"),
    "nudge": ("first_name", "customer_name", "shop_name"),
    "return": ("first_name", "customer_name", "shop_name", "order_number"),
    "reorder": ("first_name", "customer_name", "shop_name", "order_number", "product"),
}
assert set(MESSAGE_PLACEHOLDERS) == set(KINDS)


def default_weekend(country: str) -> tuple[int, ...]:
    """The usual weekend (ISO weekdays) of a shop in ``country`` (ISO 3166 code; blank: Saturday and Sunday)."""
    country = country.strip().upper()
    if country in _FRIDAY_SATURDAY:
        return (5, 6)
    if country in _FRIDAY:
        return (5,)
    return (6, 7)


@dataclass(frozen=True)
class ResponseTargets:
    """Minutes to answer per channel (``None``: no target) and the shop's weekend (ISO weekdays)."""

    minutes: Mapping[str, int | None] = field(default_factory=lambda: dict(DEFAULT_TARGET_MINUTES))
    weekend: tuple[int, ...] = (6, 7)

    def target(self, channel: str) -> timedelta | None:
        minutes = self.minutes.get(channel)
        return timedelta(minutes=minutes) if minutes else None


def validate_targets(minutes: Mapping[str, int | None], weekend: Iterable[int]) -> ResponseTargets:
    """Clean targets, or ``InvalidInput`` naming the channel (``target.<channel>``) or ``weekend``."""
    clean: dict[str, int | None] = {}
    for channel in CHANNELS:
        value = minutes.get(channel)
        if value is not None and not 1 <= value <= MAX_TARGET_MINUTES:
            raise InvalidInput(f"target.{channel}", "out of range", str(value))
        clean[channel] = value
    days = tuple(sorted(set(weekend)))
    if any(day not in range(1, 8) for day in days):
        raise InvalidInput("weekend", "not a weekday", str(days))
    if len(days) > 3:
        raise InvalidInput("weekend", "too many days off", str(days))
    return ResponseTargets(clean, days)


def add_working_days(start: date, days: int, weekend: Iterable[int]) -> date:
    """The day ``days`` working days after ``start`` (weekend days are not counted; 0 is ``start`` itself).
    "Within 7 working days" said on a Thursday in Riyadh (weekend Friday and Saturday) ends eleven days later,
    on a Monday: Sun Mon Tue Wed Thu, Sun Mon."""
    if not 0 <= days <= MAX_WORKING_DAYS:
        raise InvalidInput("working_days", "out of range", str(days))
    off = set(weekend)
    if len(off) >= 7:
        raise InvalidInput("weekend", "too many days off", str(sorted(off)))
    day = start
    while days:
        day += timedelta(days=1)
        if day.isoweekday() not in off:
            days -= 1
    return day


def validate_message(kind: str, text: str) -> str:
    """A follow-up message template checked against the details its kind has (``InvalidInput`` says why)."""
    if kind not in MESSAGE_PLACEHOLDERS:
        raise InvalidInput("kind", "unknown", kind)
    return validate_template(text, "message", MESSAGE_PLACEHOLDERS[kind])
