"""How the shop is doing over a period. Each figure's definition is SQL over the base tables, written once in
``summary_figures`` beside the README's words for it ("Summary figures"); this service runs them.

A period is ``[start, end)`` of days in the shop's time zone (``shop_clock``), read as UTC instants; orders count
by when they were placed, cancelled orders never count, and money is in the shop's currency (orders taken in
another currency are counted apart, never added in).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, Decimal

from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services import summary_figures as sql
from shopdesk.services.clock_queries import shop_clock
from shopdesk.services.cohort_records import CohortTable
from shopdesk.services.cohorts import cohort_table
from shopdesk.services.dates import check_day, check_range
from shopdesk.services.settings import shop_setting
from shopdesk.services.summary_records import ChannelOrders, DayRevenue, PeriodFigures, ReasonCount, Summary

__all__ = ["ChannelOrders", "DayRevenue", "PeriodFigures", "Summary", "SummaryService"]


def _average(total: int, count: int) -> int:
    if not count:
        return 0
    return int((Decimal(total) / Decimal(count)).to_integral_value(rounding=ROUND_HALF_EVEN))


class SummaryService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def summary(self, start: date, end: date) -> Summary:
        """Figures for ``[start, end]`` (both days included) and for as many days just before; raises
        ``InvalidInput`` for a day off the shop's calendar (``services.dates``) or ``end`` before ``start``."""
        check_day(start, field="from")
        check_day(end, field="to")
        check_range(start, end)
        days = (end - start).days + 1
        until = end + timedelta(days=1)
        return Summary(self.figures(start, until), self.figures(start - timedelta(days=days), start))

    def today(self) -> date:
        """Today in the shop's time zone (the periods the Summaries area offers end on it)."""
        with self._uow() as uow:
            return shop_clock(uow.session.connection()).today()

    def cohorts(self, end: date, months: int = 12, *, month_starts: Sequence[date] | None = None) -> CohortTable:
        """Customer retention by first-purchase month, for the ``months`` months up to the one holding ``end``
        (Gregorian, or the calendar whose month starts are given); see ``services/cohorts.py``."""
        return cohort_table(self._uow, end, months, month_starts=month_starts)

    def revenue_by_day(self, start: date, end: date) -> list[DayRevenue]:
        """Revenue of each of the shop's days in ``[start, end]`` (days without orders included, as 0), in the
        shop's currency, cancelled orders left out."""
        days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
        revenue = dict.fromkeys(days, 0)
        with self._uow() as uow:
            connection = uow.session.connection()
            clock = shop_clock(connection)
            starts = [clock.start_of(day) for day in [*days, end + timedelta(days=1)]]
            rows = connection.execute(sql.revenue_by_day(starts, shop_setting(connection, "currency"))).all()
        for i, total in rows:
            revenue[days[int(i)]] = int(total)
        return [DayRevenue(day, total) for day, total in revenue.items()]

    def orders_by_channel(self, start: date, end: date) -> list[ChannelOrders]:
        """Orders of ``[start, end]`` per channel, most first (cancelled left out; every currency)."""
        with self._uow() as uow:
            connection = uow.session.connection()
            since, until = shop_clock(connection).span(start, end + timedelta(days=1))
            rows = connection.execute(sql.CHANNELS, {"since": since, "until": until}).all()
        return [ChannelOrders(channel, int(count)) for channel, count in rows]

    def figures(self, start: date, end: date) -> PeriodFigures:
        """Figures for the days ``[start, end)``."""
        with self._uow() as uow:
            connection = uow.session.connection()
            currency = shop_setting(connection, "currency")
            since, until = shop_clock(connection).span(start, end)
            period = {"since": since, "until": until, "currency": currency}

            def one(statement):  # noqa: ANN001, ANN202
                return connection.execute(statement, period).one()

            orders = one(sql.ORDERS)
            returns = one(sql.RETURNS)
            reasons = connection.execute(sql.REASONS, period).all()
            customers = one(sql.CUSTOMERS)
            rewards = one(sql.REWARDS)
            cards = one(sql.ACTIVE_CARDS).active_cards
            feedback = one(sql.FEEDBACK)
            printed = one(sql.PRINTED).inserts_printed
        return PeriodFigures(
            start=start,
            end=end,
            currency=currency,
            orders=int(orders.orders),
            revenue_minor=int(orders.revenue_minor),
            average_order_minor=_average(int(orders.revenue_minor), int(orders.orders)),
            customers=int(customers.customers),
            repeat_customers=int(customers.repeat_customers),
            returned_orders=int(returns.returned_orders),
            refunds_minor=int(returns.refunds_minor),
            average_lifetime_value_minor=_average(int(customers.kept_minor), int(customers.customers)),
            rewards_issued=int(rewards.issued),
            rewards_redeemed=int(rewards.redeemed),
            active_cards=int(cards),
            orders_in_other_currencies=int(orders.other_currencies),
            top_reasons=tuple(ReasonCount(reason, int(count)) for reason, count in reasons),
            nps_responses=int(feedback.nps_responses),
            promoters=int(feedback.promoters),
            detractors=int(feedback.detractors),
            csat_responses=int(feedback.csat_responses),
            satisfied=int(feedback.satisfied),
            reviews=int(feedback.reviews),
            inserts_printed=int(printed),
        )
