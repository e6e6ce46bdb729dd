"""The shop's one clock: its time zone, and what a day or a period is in it.

Times are stored in UTC. A *day* — a day of a summary, of ``orders list --from/--to``, of a chart or a cohort's
month — is a calendar day in the shop's time zone (the ``time_zone`` shop setting: set from the first desk that
opens the database, changed by the owner in Settings), whichever desk or command line asks and wherever it is. So
a period of days is a range of UTC instants, ``[start of the first day, start of the day after the last)``, and
is read with range conditions on the stored UTC times (which indexes serve).

A day starts at its first moment in the zone: local midnight, or, where a daylight-saving change skips midnight,
the moment the clock jumps to (a day may last 23, 24 or 25 hours).

No database here (the settings' rules use it before the database libraries load); ``clock_queries`` reads the
setting and turns days into SQL.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

SETTING = "time_zone"  # the shop setting that holds the zone's name


@lru_cache(maxsize=64)
def zone(name: str) -> ZoneInfo | None:
    """The IANA zone of that name (``Asia/Tehran``), or ``None`` when there is none."""
    if not name or name != name.strip() or name.startswith(("/", ".")) or ".." in name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def zone_names() -> list[str]:
    """Every IANA zone this computer knows, sorted (for the owner's choice in Settings)."""
    return sorted(name for name in available_timezones() if "/" in name or name == "UTC")


def desk_zone_name() -> str:
    """This computer's IANA time zone (``TZ``, else the system's), ``UTC`` when it cannot be told."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:  # Windows: its zone names are not IANA's; tzlocal maps them (a dependency there only)
        import tzlocal  # type: ignore[import-not-found]

        candidates.append(tzlocal.get_localzone_name() or "")
    except Exception:  # noqa: BLE001 - not installed, or the registry could not be read: try the next source
        pass
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        target = str(localtime.resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    return next((name for name in candidates if zone(name) is not None), "UTC")


@dataclass(frozen=True)
class ShopClock:
    """Days in the shop's time zone as UTC instants, and UTC instants as the shop's days."""

    zone: ZoneInfo

    def start_of(self, day: date) -> datetime:
        """The first moment of ``day`` in the shop's zone, in UTC."""
        # fold=0 on a skipped midnight gives the offset before the change: the instant the day really starts
        return datetime.combine(day, time(), tzinfo=self.zone).astimezone(UTC)

    def span(self, first: date, after: date) -> tuple[datetime, datetime]:
        """The days ``[first, after)`` as UTC instants ``[start, end)``."""
        return self.start_of(first), self.start_of(after)

    def day_of(self, moment: datetime) -> date:
        """The shop's day at ``moment`` (an aware time)."""
        return moment.astimezone(self.zone).date()

    def today(self) -> date:
        return datetime.now(self.zone).date()


def clock_named(name: str | None) -> ShopClock:
    """The clock of a stored zone name; a name this computer does not know (or none) falls back to its own."""
    found = zone(name or "") or zone(desk_zone_name()) or ZoneInfo("UTC")
    return ShopClock(found)
