"""The tax report as services hand it out (no database here: the Summaries area and the report's words use it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class TaxReportRate:
    """One rate over the period: what its invoices charged and what its credit notes gave back."""

    rate_code: str
    kind: str
    basis_points: int
    sales_net_minor: int
    sales_tax_minor: int
    credited_net_minor: int
    credited_tax_minor: int


@dataclass(frozen=True)
class TaxMonth:
    """One month of the report's calendar: its first day, tax charged, tax given back, tax due."""

    first_day: date
    output_tax_minor: int
    credited_tax_minor: int

    @property
    def due_minor(self) -> int:
        return self.output_tax_minor - self.credited_tax_minor


@dataclass(frozen=True)
class TaxReport:
    date_from: date
    date_to: date
    currency: str
    rates: tuple[TaxReportRate, ...]
    invoices: int
    credit_notes: int
    months: tuple[TaxMonth, ...] = ()

    def _sum(self, name: str, *kinds: str) -> int:
        return sum(getattr(r, name) for r in self.rates if not kinds or r.kind in kinds)

    @property
    def taxable_sales_minor(self) -> int:
        return self._sum("sales_net_minor", "standard")

    @property
    def output_tax_minor(self) -> int:
        return self._sum("sales_tax_minor")

    @property
    def zero_rated_sales_minor(self) -> int:
        return self._sum("sales_net_minor", "zero")

    @property
    def exempt_sales_minor(self) -> int:
        return self._sum("sales_net_minor", "exempt")

    @property
    def credited_net_minor(self) -> int:
        return self._sum("credited_net_minor")

    @property
    def credited_tax_minor(self) -> int:
        return self._sum("credited_tax_minor")

    @property
    def net_tax_due_minor(self) -> int:
        return self.output_tax_minor - self.credited_tax_minor
