"""Customer retention by first-purchase month as plain records (no database code), for screens, reports and the
command line. The definition is the README's ("Summary figures", ``cohorts``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal


@dataclass(frozen=True)
class Cohort:
    """The customers whose first order fell in one month, and how many of them ordered in each month after."""

    first_day: date  # the month's first day
    last_day: date  # the month's last day
    customers: int
    # active[k]: how many of them placed an order k months after their first (active[0] == customers); only the
    # months up to the table's end are given, so a later cohort has fewer entries
    active: tuple[int, ...]

    @property
    def shares(self) -> tuple[Decimal | None, ...]:
        """active[k] ÷ customers (four places), ``None`` for a month without customers."""
        if not self.customers:
            return tuple(None for _ in self.active)
        return tuple(
            (Decimal(n) / Decimal(self.customers)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_EVEN)
            for n in self.active
        )


@dataclass(frozen=True)
class CohortTable:
    currency: str
    end: date  # the last day counted (orders after it are not seen)
    cohorts: tuple[Cohort, ...]  # oldest month first

    @property
    def months(self) -> int:
        """How many months since the first purchase the oldest cohort can show (columns 0 … months - 1)."""
        return len(self.cohorts[0].active) if self.cohorts else 0
