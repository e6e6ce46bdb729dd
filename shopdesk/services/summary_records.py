"""The summary's figures as plain records (no database code), for screens, reports and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from typing import NamedTuple


class ReasonCount(NamedTuple):
    reason: str
    returns: int  # returns of the period's orders, not rejected, that gave this reason


class DayRevenue(NamedTuple):
    day: date  # a day in the shop's time zone
    revenue_minor: int


class ChannelOrders(NamedTuple):
    channel: str
    orders: int


@dataclass(frozen=True)
class PeriodFigures:
    start: date
    end: date  # exclusive
    currency: str
    orders: int
    revenue_minor: int
    average_order_minor: int
    customers: int  # customers with an order in the period
    repeat_customers: int  # of those, customers with two or more orders up to the end of the period
    returned_orders: int  # orders of the period with a return that was not rejected
    refunds_minor: int  # given back (refunds, store credit, exchange value) for orders of the period
    average_lifetime_value_minor: int  # over the period's customers: all they spent up to the end, less refunds
    rewards_issued: int
    rewards_redeemed: int
    active_cards: int  # customers whose card on a running program gained stamps or points in the period
    orders_in_other_currencies: int
    top_reasons: tuple[ReasonCount, ...]  # most returns first
    nps_responses: int = 0
    promoters: int = 0  # NPS 9-10
    detractors: int = 0  # NPS 0-6
    csat_responses: int = 0
    satisfied: int = 0  # CSAT 4-5
    reviews: int = 0  # public reviews recorded in the period
    inserts_printed: int = 0  # orders whose packing insert was printed in the period

    @property
    def nps(self) -> Decimal | None:
        """Net promoter score, -100 to 100: % promoters less % detractors."""
        if not self.nps_responses:
            return None
        return (Decimal(100 * (self.promoters - self.detractors)) / Decimal(self.nps_responses)).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_EVEN
        )

    @property
    def csat(self) -> Decimal | None:
        """Share of CSAT answers that were 4 or 5."""
        return _ratio(self.satisfied, self.csat_responses)

    @property
    def repeat_purchase_rate(self) -> Decimal | None:
        return _ratio(self.repeat_customers, self.customers)

    @property
    def return_rate(self) -> Decimal | None:
        return _ratio(self.returned_orders, self.orders)


@dataclass(frozen=True)
class Summary:
    current: PeriodFigures
    previous: PeriodFigures  # the same number of days just before


def _ratio(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_EVEN)
