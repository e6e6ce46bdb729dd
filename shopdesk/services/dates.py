"""Calendar days as people type them, one rule everywhere (the command line's options and imported files alike).

A day is written year first, ``YYYY-MM-DD`` or ``YYYY/MM/DD``, in any digits (``۱۴۰۴-۰۱-۰۱``, ``١٤٤٥/٠٩/٠١``,
``2025-03-21``). A year before 1700 is a Jalali (Persian solar) year — no Gregorian date a shop deals with is that
old, and every Jalali one is — so ``1404-01-01`` is 21 March 2025. A day the shop can have lies between
``FIRST_DAY`` and ``LAST_DAY``; anything else (``0001-01-01``, ``9999-12-31``) is refused rather than let fall off
the calendar when it becomes a time.
"""

from __future__ import annotations

from datetime import date

from shopdesk.services.errors import InvalidInput
from shopdesk.services.numbers import ascii_digits

JALALI_BEFORE = 1700
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2999, 12, 31)


def calendar_day(year: int, month: int, day: int) -> date:
    """The Gregorian day of ``year``/``month``/``day``, read as Jalali when the year is before 1700; raises
    ``ValueError`` when there is no such day."""
    if year < JALALI_BEFORE:
        import jdatetime  # loaded only for the dates that need it

        return jdatetime.date(year, month, day).togregorian()
    return date(year, month, day)


def parse_day(text: str, *, field: str = "date") -> date:
    """A day typed year first in any digits and either calendar (see the module), between ``FIRST_DAY`` and
    ``LAST_DAY``; raises ``InvalidInput(field, "not a date" | "out of range")``."""
    parts = ascii_digits(text).strip().replace("/", "-").split("-")
    if len(parts) != 3 or not all(p.isascii() and p.isdigit() for p in parts) or len(parts[0]) != 4:
        raise InvalidInput(field, "not a date", text)
    try:
        day = calendar_day(*(int(p) for p in parts))
    except ValueError as exc:
        raise InvalidInput(field, "not a date", text) from exc
    return check_day(day, field=field, text=text)


def check_day(day: date, *, field: str = "date", text: str = "") -> date:
    """``day`` when the shop can have it (``FIRST_DAY``…``LAST_DAY``), else ``InvalidInput(field, "out of range")``:
    a day is turned into local and UTC times, which the ends of the calendar cannot be."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise InvalidInput(field, "out of range", text or day.isoformat())
    return day


def check_range(start: date | None, end: date | None) -> None:
    """Raise ``InvalidInput("to", "before from")`` when both days are given and ``end`` comes before ``start``."""
    if start is not None and end is not None and end < start:
        raise InvalidInput("to", "before from", end.isoformat())
