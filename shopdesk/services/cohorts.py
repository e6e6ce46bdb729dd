"""Customer retention by first-purchase month (the cohort table), computed in SQL over the orders.

A customer's first purchase is their earliest order that is not cancelled and is in the shop's currency (orders
in other currencies and walk-in sales without a customer never count, as everywhere in the summaries). The
customers whose first purchase fell in a month form that month's cohort; cell ``k`` of the cohort counts those
of them who placed such an order ``k`` months later. Only orders up to the table's end day are seen.

Months are calendar months of the shop's days (``shop_clock``): the caller may pass their first days (a Persian
desk passes Jalali months, worked out with Qt's calendars, which services do not use); by default they are
Gregorian. Orders are put into months by comparing their stored UTC time with the UTC instant each month starts
(``shop_clock.bucket``), which follows daylight-saving changes and needs no local-time functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from itertools import pairwise

from sqlalchemy import BigInteger, case, cast, func, literal
from sqlmodel import select

from shopdesk.db.models import Order
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services.clock_queries import bucket, shop_clock
from shopdesk.services.cohort_records import Cohort, CohortTable
from shopdesk.services.errors import InvalidInput
from shopdesk.services.settings import shop_setting

MONTHS = 12
MOST_MONTHS = 62  # the months ordered in are worked out as bits of a 64-bit integer


def gregorian_month_starts(end: date, months: int = MONTHS) -> list[date]:
    """The first days of the ``months`` Gregorian months up to the one holding ``end``, and of the month after."""
    index = end.year * 12 + end.month - 1 - (months - 1)
    return [date((index + i) // 12, (index + i) % 12 + 1, 1) for i in range(months + 1)]


def jalali_month_starts(end: date, months: int = MONTHS) -> list[date]:
    """As ``gregorian_month_starts``, in Jalali months (what a Persian desk's view passes)."""
    import jdatetime  # loaded only where Jalali months are worked out

    month = jdatetime.date.fromgregorian(date=end)
    index = month.year * 12 + month.month - 1 - (months - 1)
    return [jdatetime.date((index + i) // 12, (index + i) % 12 + 1, 1).togregorian() for i in range(months + 1)]


def _newcomers(session, currency: str, moments: Sequence[datetime], until: datetime):  # noqa: ANN001, ANN202
    """``(first month, months ordered in from it as bits, customers)``: for each customer whose first counted order
    in the currency up to ``until`` is inside the months (``moments`` start them, in UTC), the months they ordered
    in (month i of the table is 1 << i); then how many customers share each set. One pass over each customer's
    orders, in the order of their index."""
    months = len(moments) - 1
    column = Order.__table__.c.created_at
    one = cast(literal(1), BigInteger)
    month_bit = case((column >= moments[0], one.op("<<")(bucket(column, moments, 0, months - 1))), else_=0)
    # PostgreSQL ORs the bits with bit_or; SQLite has none, and a sum of the distinct bits is the same number
    postgresql = session.get_bind().dialect.name == "postgresql"
    months_ordered = func.bit_or(month_bit) if postgresql else func.sum(month_bit.distinct())
    newcomers = (
        select(months_ordered.label("mask"))
        .where(
            Order.customer_id.is_not(None),
            Order.currency == currency,
            Order.created_at < until,
            Order.status != "cancelled",
        )
        .group_by(Order.customer_id)
        .having(func.min(Order.created_at) >= moments[0])
        .subquery()
    )
    rows = []
    for mask, count in session.exec(select(newcomers.c.mask, func.count()).group_by(newcomers.c.mask)).all():
        mask = int(mask)
        first = (mask & -mask).bit_length() - 1  # the lowest month is the first purchase's
        rows.append((first, mask >> first, count))
    return rows


def cohort_table(
    uow: UnitOfWorkFactory, end: date, months: int = MONTHS, *, month_starts: Sequence[date] | None = None
) -> CohortTable:
    """Cohorts of the ``months`` months up to the one holding ``end`` (see the module's docstring)."""
    starts = list(month_starts) if month_starts is not None else gregorian_month_starts(end, months)
    if not 1 <= months <= MOST_MONTHS or len(starts) != months + 1 or any(a >= b for a, b in pairwise(starts)):
        raise InvalidInput("months", "not consecutive months", str(months))
    if not starts[-2] <= end < starts[-1]:
        raise InvalidInput("to", "not in the last month", end.isoformat())
    with uow() as unit:
        session = unit.session
        currency = shop_setting(session.connection(), "currency")
        clock = shop_clock(session.connection())
        moments = [clock.start_of(day) for day in starts]
        rows = _newcomers(session, currency, moments, clock.start_of(end + timedelta(days=1)))
    # at most one row per first month and set of months (4,095 for twelve months), however many customers
    active = [[0] * (months - i) for i in range(months)]
    for first, mask, count in rows:
        mask = int(mask)
        for later in range(months - first):
            if mask >> later & 1:
                active[first][later] += int(count)
    return CohortTable(
        currency=currency,
        end=end,
        cohorts=tuple(
            Cohort(
                first_day=starts[i],
                last_day=starts[i + 1] - timedelta(days=1),
                customers=active[i][0],
                active=tuple(active[i]),
            )
            for i in range(months)
        ),
    )
