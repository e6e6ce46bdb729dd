"""How the shop is doing over a period, every figure computed in SQL. The definitions are the README's
("Summary figures"), so anyone can check the numbers.

A period is ``[start, end)`` of local days; orders count by when they were placed, cancelled orders never count,
and money is in the shop's currency (orders taken in another currency are counted apart, never added in).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_EVEN, Decimal

from sqlalchemy import and_, case, func
from sqlmodel import select

from shopdesk.db import rollups
from shopdesk.db.models import (
    ChainDay,
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
from shopdesk.services.dates import check_day, check_range
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


@dataclass(frozen=True)
class _Period:
    """``[start, end)`` in local days and as times, read through ``ChainDay`` (see ``shopdesk.db.rollups``): a
    row of a chain is the first of its chain in the period when its previous row came before the period. The
    cells say so for every row whose previous row is in a month wholly before the period; the rows whose previous
    row is in the period's first month, before the period (``late``), are read from the rows themselves."""

    start: date
    end: date

    @property
    def since(self) -> datetime:
        return _moment(self.start)

    @property
    def until(self) -> datetime:
        return _moment(self.end)

    def cells(self, session, kind: str, scopes: Sequence[str]) -> tuple[int, int, int, int, int]:  # noqa: ANN001
        """The period's rows of ``kind`` in ``scopes``: those whose previous row is in a month wholly before the
        period (none included), of these those with a previous row, the second rows of their chain among the
        others, what was kept before the first, and the totals of all."""
        month = rollups.prev_month(self.since)
        before = ChainDay.prev_month < month
        row = session.exec(
            select(
                func.coalesce(func.sum(case((before, ChainDay.n), else_=0)), 0),
                func.coalesce(func.sum(case((and_(before, ChainDay.prev_month > 0), ChainDay.n), else_=0)), 0),
                func.coalesce(func.sum(case((before, 0), else_=ChainDay.n_second)), 0),
                func.coalesce(func.sum(case((before, ChainDay.kept_minor), else_=0)), 0),
                func.coalesce(func.sum(ChainDay.total_minor), 0),
            ).where(
                ChainDay.kind == kind,
                ChainDay.scope.in_(list(scopes)),
                ChainDay.day >= self.start,
                ChainDay.day < self.end,
            )
        ).one()
        return tuple(int(value) for value in row)

    def late(self, previous, at):  # noqa: ANN001, ANN201
        """The rows (times ``at``) in the period whose previous row (``previous``) is in the period's first month,
        before the period (none when the period starts on the 1st)."""
        month_start = _moment(self.start.replace(day=1))
        return and_(previous >= month_start, previous < self.since, at >= self.since, at < self.until)


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
        period = _Period(start, end)
        since, until = period.since, period.until
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
            # The period's customers, what they had ordered by its end, and what they kept of it (returns on
            # those orders, whenever made, taken off). A customer's first order in the period is the one whose
            # previous order (its chain, see shopdesk.db.rollups) came before the period: what they kept before
            # it, plus the period's orders, less the returns on those.
            first, first_with_before, seconds_after, kept_before, totals = period.cells(session, "order", [currency])
            late = session.exec(
                select(
                    func.count(),
                    func.coalesce(func.sum(case((Order.seq == 2, 1), else_=0)), 0),
                    func.coalesce(func.sum(Order.kept_before), 0),
                ).where(period.late(Order.prev_at, Order.created_at), Order.currency == currency)
            ).one()
            customers = first + late[0]
            # repeat by the end: ordered before the period, or a second time in it
            repeat = first_with_before + late[0] + seconds_after - late[1]
            lifetime = kept_before + late[2] + totals - int(customers_refunds)
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
            # Cards (a customer's card on a program, running or paused since) that gained in the period: each one's
            # first gain in it is the one whose previous gain came before the period (shopdesk.db.rollups).
            programs = session.exec(select(LoyaltyProgram.id)).all()
            active_cards = (
                period.cells(session, "card", [str(program) for program in programs])[0]
                + session.exec(
                    select(func.count()).where(
                        period.late(LoyaltyEntry.prev_gain_at, LoyaltyEntry.at), rollups.gains(LoyaltyEntry)
                    )
                ).one()
            )
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
            # an order's first printing in the period is the one whose previous printing came before it
            printed = (
                period.cells(session, "print", ["inserts"])[0]
                + session.exec(
                    select(func.count()).where(
                        period.late(OrderPrint.prev_print_at, OrderPrint.at),
                        # as an expression: SQLite would otherwise walk the period's printings by document and time
                        (OrderPrint.document + "") == "inserts",
                    )
                ).one()
            )
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
