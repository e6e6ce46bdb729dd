"""How the shop is doing over a period, every figure computed in SQL. The definitions are the README's
("Summary figures"), so anyone can check the numbers.

A period is ``[start, end)`` of local days; orders count by when they were placed, cancelled orders never count,
and money is in the shop's currency (orders taken in another currency are counted apart, never added in).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_EVEN, Decimal

from sqlalchemy import and_, case, func
from sqlmodel import select

from shopdesk.db.models import (
    Feedback,
    LoyaltyEntry,
    LoyaltyProgram,
    Order,
    OrderPrint,
    ReturnRequest,
    RewardCode,
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
        currency, cancelled orders left out. Days are grouped in Python from one query over the period's orders'
        times and totals, because SQLite and PostgreSQL disagree on local-time functions."""
        since, until = _moment(start), _moment(end + timedelta(days=1))
        with self._uow() as uow:
            session = uow.session
            currency = shop_setting(session.connection(), "currency")
            rows = session.exec(
                select(Order.created_at, Order.total_minor).where(
                    Order.created_at >= since,
                    Order.created_at < until,
                    Order.status != "cancelled",
                    Order.currency == currency,
                )
            ).all()
        days = {start + timedelta(days=i): 0 for i in range((end - start).days + 1)}
        for created_at, total in rows:
            day = created_at.astimezone().date()
            if day in days:
                days[day] += int(total)
        return sorted(days.items())

    def orders_by_channel(self, start: date, end: date) -> list[tuple[str, int]]:
        """Orders of ``[start, end]`` per channel, most first (cancelled left out)."""
        since, until = _moment(start), _moment(end + timedelta(days=1))
        with self._uow() as uow:
            rows = uow.session.exec(
                select(Order.channel, func.count())
                .where(Order.created_at >= since, Order.created_at < until, Order.status != "cancelled")
                .group_by(Order.channel)
                .order_by(func.count().desc(), Order.channel)
            ).all()
            return [(channel, int(count)) for channel, count in rows]

    def figures(self, start: date, end: date) -> PeriodFigures:
        """Figures for ``[start, end)``."""
        since, until = _moment(start), _moment(end)
        with self._uow() as uow:
            session = uow.session
            currency = shop_setting(session.connection(), "currency")
            in_period = and_(Order.created_at >= since, Order.created_at < until, Order.status != "cancelled")
            counted = and_(in_period, Order.currency == currency)
            orders, revenue = session.exec(
                select(func.count(), func.coalesce(func.sum(Order.total_minor), 0)).where(counted)
            ).one()
            other = session.exec(select(func.count()).where(in_period, Order.currency != currency)).one()
            period_customers = (
                select(Order.customer_id).where(counted, Order.customer_id.is_not(None)).distinct().subquery()
            )
            customers = session.exec(select(func.count()).select_from(period_customers)).one()
            orders_to_end = (
                select(Order.customer_id, func.count().label("n"), func.sum(Order.total_minor).label("spent"))
                .where(
                    Order.customer_id.in_(select(period_customers.c.customer_id)),
                    Order.created_at < until,
                    Order.status != "cancelled",
                    Order.currency == currency,
                )
                .group_by(Order.customer_id)
                .subquery()
            )
            repeat = session.exec(select(func.count()).where(orders_to_end.c.n >= 2)).one()
            lifetime = session.exec(select(func.coalesce(func.sum(orders_to_end.c.spent), 0))).one()
            given_back_to_end = session.exec(
                select(func.coalesce(func.sum(ReturnRequest.refund_minor), 0)).where(
                    ReturnRequest.customer_id.in_(select(period_customers.c.customer_id)),
                    ReturnRequest.currency == currency,
                    ReturnRequest.created_at < until,
                )
            ).one()
            period_orders = select(Order.id).where(counted)
            returned_orders = session.exec(
                select(func.count(func.distinct(ReturnRequest.order_id))).where(
                    ReturnRequest.order_id.in_(period_orders), NOT_REJECTED
                )
            ).one()
            refunds = session.exec(
                select(func.coalesce(func.sum(ReturnRequest.refund_minor), 0)).where(
                    ReturnRequest.order_id.in_(period_orders)
                )
            ).one()
            reasons = session.exec(
                select(ReturnRequest.reason, func.count())
                .where(ReturnRequest.order_id.in_(period_orders), NOT_REJECTED)
                .group_by(ReturnRequest.reason)
                .order_by(func.count().desc(), ReturnRequest.reason)
            ).all()
            issued = session.exec(
                select(func.count()).where(RewardCode.issued_at >= since, RewardCode.issued_at < until)
            ).one()
            redeemed = session.exec(
                select(func.count()).where(RewardCode.redeemed_at >= since, RewardCode.redeemed_at < until)
            ).one()
            balances = (
                select(LoyaltyEntry.customer_id, LoyaltyEntry.program_id, func.sum(LoyaltyEntry.stamps).label("s"))
                .join(LoyaltyProgram, LoyaltyEntry.program_id == LoyaltyProgram.id)
                .where(LoyaltyProgram.active, LoyaltyEntry.at < until)
                .group_by(LoyaltyEntry.customer_id, LoyaltyEntry.program_id)
                .subquery()
            )
            active_cards = session.exec(
                select(func.count(func.distinct(balances.c.customer_id))).where(balances.c.s > 0)
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
                select(func.count(func.distinct(OrderPrint.order_id))).where(
                    OrderPrint.document == "inserts", OrderPrint.at >= since, OrderPrint.at < until
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
            average_lifetime_value_minor=_average(int(lifetime) - int(given_back_to_end), int(customers)),
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
