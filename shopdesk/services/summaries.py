"""How the shop is doing over a period, every figure computed in SQL. The definitions are the README's
("Summary figures"), so anyone can check the numbers.

A period is ``[start, end)`` of local days; orders count by when they were placed, cancelled orders never count,
and money is in the shop's currency (orders taken in another currency are counted apart, never added in).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_EVEN, Decimal

from sqlalchemy import and_, case, func, or_
from sqlmodel import select

from shopdesk.db import rollups
from shopdesk.db.models import (
    CustomerSales,
    Feedback,
    LoyaltyEntry,
    LoyaltyProgram,
    Order,
    OrderPrint,
    ReturnRequest,
    RewardCode,
    SalesDay,
)
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services.cohort_records import CohortTable
from shopdesk.services.cohorts import cohort_table
from shopdesk.services.errors import InvalidInput
from shopdesk.services.return_queries import NOT_REJECTED
from shopdesk.services.settings import shop_setting
from shopdesk.services.summary_records import PeriodFigures, Summary

__all__ = ["PeriodFigures", "Summary", "SummaryService"]


def _average(total: int, count: int) -> int:
    if not count:
        return 0
    return int((Decimal(total) / Decimal(count)).to_integral_value(rounding=ROUND_HALF_EVEN))


def _moment(day: date) -> datetime:
    """Local midnight at the start of ``day``, as an aware time."""
    return datetime.combine(day, time()).astimezone()


class SummaryService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def summary(self, start: date, end: date) -> Summary:
        """Figures for ``[start, end]`` (both days included) and for as many days just before."""
        if end < start:
            raise InvalidInput("to", "before from", end.isoformat())
        days = (end - start).days + 1
        until = end + timedelta(days=1)
        return Summary(self.figures(start, until), self.figures(start - timedelta(days=days), start))

    def cohorts(self, end: date, months: int = 12, *, month_starts: Sequence[date] | None = None) -> CohortTable:
        """Customer retention by first-purchase month, for the ``months`` months up to the one holding ``end``
        (Gregorian, or the calendar whose month starts are given); see ``services/cohorts.py``."""
        return cohort_table(self._uow, end, months, month_starts=month_starts)

    def revenue_by_day(self, start: date, end: date) -> list[tuple[date, int]]:
        """Revenue of each local day in ``[start, end]`` (days without orders included, as 0), in the shop's
        currency, cancelled orders left out (from the daily roll-up)."""
        with self._uow() as uow:
            session = uow.session
            currency = shop_setting(session.connection(), "currency")
            rows = session.exec(
                select(SalesDay.day, func.sum(SalesDay.revenue_minor))
                .where(SalesDay.day >= start, SalesDay.day <= end, SalesDay.currency == currency)
                .group_by(SalesDay.day)
            ).all()
        days = {start + timedelta(days=i): 0 for i in range((end - start).days + 1)}
        for day, revenue in rows:
            days[day] = int(revenue)
        return sorted(days.items())

    def orders_by_channel(self, start: date, end: date) -> list[tuple[str, int]]:
        """Orders of ``[start, end]`` per channel, most first (cancelled left out; every currency)."""
        with self._uow() as uow:
            total = func.sum(SalesDay.orders)
            rows = uow.session.exec(
                select(SalesDay.channel, total)
                .where(SalesDay.day >= start, SalesDay.day <= end)
                .group_by(SalesDay.channel)
                .order_by(total.desc(), SalesDay.channel)
            ).all()
            return [(channel, int(count)) for channel, count in rows if count]

    def figures(self, start: date, end: date) -> PeriodFigures:
        """Figures for ``[start, end)``."""
        since, until = _moment(start), _moment(end)
        with self._uow() as uow:
            session = uow.session
            currency = shop_setting(session.connection(), "currency")
            ours = SalesDay.currency == currency
            orders, revenue, other = session.exec(
                select(
                    func.coalesce(func.sum(case((ours, SalesDay.orders), else_=0)), 0),
                    func.coalesce(func.sum(case((ours, SalesDay.revenue_minor), else_=0)), 0),
                    func.coalesce(func.sum(case((ours, 0), else_=SalesDay.orders)), 0),
                ).where(SalesDay.day >= start, SalesDay.day < end)
            ).one()
            counted = and_(
                Order.created_at >= since,
                Order.created_at < until,
                Order.status != "cancelled",
                Order.currency == currency,
            )
            # The period's customers, what they had ordered by its end, and what they kept of it (returns on
            # those orders, whenever made, taken off). When no order came after the period (the usual case: a
            # period up to today), they are the customers whose last order is in it, and the customer roll-up
            # alone answers. Otherwise one pass over the period's orders: a customer's first order in the period
            # is the one whose previous order (its chain, see shopdesk.db.rollups) came before the period; what
            # they kept before it, plus the period's orders, less the returns on those.
            latest = rollups.newest_order_at(session.connection())
            # Returns of the period's orders, read from the returns alone: each keeps its order's time and whether
            # that order counts (shopdesk.db.rollups); a return's currency is its order's.
            of_period_orders = and_(
                ReturnRequest.order_at >= since,
                ReturnRequest.order_at < until,
                ReturnRequest.order_counted.is_(True),
                ReturnRequest.currency == currency,
            )
            returned_orders, refunds, customers_refunds = session.exec(
                select(
                    func.count(func.distinct(case((NOT_REJECTED, ReturnRequest.order_id)))),
                    func.coalesce(func.sum(ReturnRequest.refund_minor), 0),
                    func.coalesce(
                        func.sum(case((ReturnRequest.customer_id.is_not(None), ReturnRequest.refund_minor), else_=0)),
                        0,
                    ),
                ).where(of_period_orders)
            ).one()
            if latest is None or latest < until:
                ordered_since = and_(CustomerSales.currency == currency, CustomerSales.last_at >= since)
                customers, repeat, lifetime = session.exec(
                    select(
                        func.count(),
                        func.coalesce(func.sum(case((CustomerSales.orders >= 2, 1), else_=0)), 0),
                        func.coalesce(func.sum(CustomerSales.spent_minor - CustomerSales.given_back_minor), 0),
                    ).where(ordered_since)
                ).one()
            else:
                first_in_period = or_(Order.prev_at.is_(None), Order.prev_at < since)
                customers, repeat, spent = session.exec(
                    select(
                        func.coalesce(func.sum(case((first_in_period, 1), else_=0)), 0),
                        # repeat by the end: ordered before the period, or a second time in it
                        func.coalesce(func.sum(case((Order.prev_at < since, 1), (Order.seq == 2, 1), else_=0)), 0),
                        func.coalesce(
                            func.sum(case((first_in_period, Order.kept_before), else_=0)) + func.sum(Order.total_minor),
                            0,
                        ),
                    ).where(counted, Order.customer_id.is_not(None))
                ).one()
                lifetime = int(spent) - int(customers_refunds)
            reasons = session.exec(
                select(ReturnRequest.reason, func.count())
                .where(of_period_orders, NOT_REJECTED)
                .group_by(ReturnRequest.reason)
                .order_by(func.count().desc(), ReturnRequest.reason)
            ).all()
            issued = session.exec(
                select(func.count()).where(RewardCode.issued_at >= since, RewardCode.issued_at < until)
            ).one()
            redeemed = session.exec(
                select(func.count()).where(RewardCode.redeemed_at >= since, RewardCode.redeemed_at < until)
            ).one()
            # Cards (a customer's card on a running program) that gained in the period: each one's first gain in
            # it is the one whose previous gain came before the period (shopdesk.db.rollups).
            active_cards = session.exec(
                select(func.count()).where(
                    LoyaltyEntry.at >= since,
                    LoyaltyEntry.at < until,
                    LoyaltyEntry.stamps > 0,
                    or_(LoyaltyEntry.prev_gain_at.is_(None), LoyaltyEntry.prev_gain_at < since),
                    LoyaltyEntry.program_id.in_(select(LoyaltyProgram.id).where(LoyaltyProgram.active)),
                )
            ).one()
            feedback = session.exec(
                select(
                    func.count(Feedback.nps),
                    func.coalesce(func.sum(case((Feedback.nps >= 9, 1), else_=0)), 0),
                    func.coalesce(func.sum(case((Feedback.nps <= 6, 1), else_=0)), 0),
                    func.count(Feedback.csat),
                    func.coalesce(func.sum(case((Feedback.csat >= 4, 1), else_=0)), 0),
                    func.coalesce(func.sum(case((Feedback.review_site != "", 1), else_=0)), 0),
                ).where(Feedback.at >= since, Feedback.at < until)
            ).one()
            printed = session.exec(
                # an order's first printing in the period is the one whose previous printing came before it
                select(func.count()).where(
                    OrderPrint.document == "inserts",
                    OrderPrint.at >= since,
                    OrderPrint.at < until,
                    or_(OrderPrint.prev_print_at.is_(None), OrderPrint.prev_print_at < since),
                )
            ).one()
        return PeriodFigures(
            start=start,
            end=end,
            currency=currency,
            orders=int(orders),
            revenue_minor=int(revenue),
            average_order_minor=_average(int(revenue), int(orders)),
            customers=int(customers),
            repeat_customers=int(repeat),
            returned_orders=int(returned_orders),
            refunds_minor=int(refunds),
            average_lifetime_value_minor=_average(int(lifetime), int(customers)),
            rewards_issued=int(issued),
            rewards_redeemed=int(redeemed),
            active_cards=int(active_cards),
            orders_in_other_currencies=int(other),
            top_reasons=tuple((reason, int(count)) for reason, count in reasons),
            nps_responses=int(feedback[0]),
            promoters=int(feedback[1]),
            detractors=int(feedback[2]),
            csat_responses=int(feedback[3]),
            satisfied=int(feedback[4]),
            reviews=int(feedback[5]),
            inserts_printed=int(printed),
        )
