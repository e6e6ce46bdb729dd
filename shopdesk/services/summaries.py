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


def _given_back_after(until: datetime, currency: str, customers):  # noqa: ANN001, ANN202
    """What returns made from ``until`` on gave back to these customers (not theirs yet at the period's end)."""
    return select(func.coalesce(func.sum(ReturnRequest.refund_minor), 0)).where(
        ReturnRequest.created_at >= until,
        ReturnRequest.currency == currency,
        (ReturnRequest.customer_id + 0).in_(customers),  # + 0: read by time, not customer by customer
    )


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
            # The period's customers, what they had ordered by the end of the period and what their returns gave
            # back by then. When none of the shop's customers ordered after the period (the usual case: a period up
            # to today), they are the customers whose last order is in it, and what they ordered by its end is all
            # they ordered: the customer roll-up alone answers. Otherwise they are found among the period's orders,
            # and what came after the period is taken off.
            latest = session.exec(
                select(func.max(CustomerSales.last_at)).where(CustomerSales.currency == currency)
            ).one()
            kept = CustomerSales.spent_minor - CustomerSales.given_back_minor
            if latest is None or latest < until:
                ordered_since = and_(CustomerSales.currency == currency, CustomerSales.last_at >= since)
                customers, repeat, lifetime = session.exec(
                    select(
                        func.count(),
                        func.coalesce(func.sum(case((CustomerSales.orders >= 2, 1), else_=0)), 0),
                        func.coalesce(func.sum(kept), 0),
                    ).where(ordered_since)
                ).one()
                period_customers = select(CustomerSales.customer_id).where(ordered_since)
                if session.exec(select(ReturnRequest.id).where(ReturnRequest.created_at >= until).limit(1)).first():
                    lifetime += session.exec(_given_back_after(until, currency, period_customers)).one()
            else:
                # Repeat by the end: ordered before the period, or twice in it. Lifetime by the end: all they spent
                # and kept, less what they ordered after the period, plus what was given back after it.
                period = (
                    select(Order.customer_id.label("customer_id"), func.count().label("n"))
                    .where(counted, Order.customer_id.is_not(None))
                    .group_by(Order.customer_id)
                    .cte("period")  # one statement reads it three times
                )
                period_customers = select(period.c.customer_id)
                spent_after = select(func.coalesce(func.sum(Order.total_minor), 0)).where(
                    Order.created_at >= until,
                    Order.status != "cancelled",
                    Order.currency == currency,
                    (Order.customer_id + 0).in_(period_customers),  # + 0: read by time, not customer by customer
                )
                customers, repeat, lifetime = session.exec(
                    select(
                        func.count(),
                        func.coalesce(
                            func.sum(case((or_(CustomerSales.first_at < since, period.c.n >= 2), 1), else_=0)), 0
                        ),
                        func.coalesce(func.sum(kept), 0)
                        - spent_after.scalar_subquery()
                        + _given_back_after(until, currency, period_customers).scalar_subquery(),
                    )
                    .select_from(period)
                    .join(
                        CustomerSales,
                        and_(CustomerSales.customer_id == period.c.customer_id, CustomerSales.currency == currency),
                    )
                ).one()
            # Returns of the period's orders, joined to their order; a return never comes before its order.
            of_period_orders = and_(ReturnRequest.order_id == Order.id, ReturnRequest.created_at >= since, counted)
            returned_orders, refunds = session.exec(
                select(
                    func.count(func.distinct(case((NOT_REJECTED, ReturnRequest.order_id)))),
                    func.coalesce(func.sum(ReturnRequest.refund_minor), 0),
                ).join(Order, of_period_orders)
            ).one()
            reasons = session.exec(
                select(ReturnRequest.reason, func.count())
                .join(Order, of_period_orders)
                .where(NOT_REJECTED)
                .group_by(ReturnRequest.reason)
                .order_by(func.count().desc(), ReturnRequest.reason)
            ).all()
            issued = session.exec(
                select(func.count()).where(RewardCode.issued_at >= since, RewardCode.issued_at < until)
            ).one()
            redeemed = session.exec(
                select(func.count()).where(RewardCode.redeemed_at >= since, RewardCode.redeemed_at < until)
            ).one()
            active_cards = session.exec(
                select(func.count(func.distinct(LoyaltyEntry.customer_id)))
                .join(LoyaltyProgram, LoyaltyEntry.program_id == LoyaltyProgram.id)
                .where(
                    LoyaltyEntry.at >= since, LoyaltyEntry.at < until, LoyaltyEntry.stamps > 0, LoyaltyProgram.active
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
