"""Customer retention by first-purchase month (the cohort table), computed in SQL.

A customer's first purchase is their earliest order that is not cancelled and is in the shop's currency, read from
the customer roll-up (``shopdesk.db.rollups``; orders in other currencies and walk-in sales without a customer
never count, as everywhere in the summaries). The
customers whose first purchase fell in a month form that month's cohort; cell ``k`` of the cohort counts those
of them who placed such an order ``k`` months later. Only orders up to the table's end day are seen.

Up to today (no order after the table's end), each newcomer's months come from the customer roll-up, which
keeps them as bits per customer in Gregorian and Jalali months: one row read per newcomer. Otherwise (a table
ending in the past, or Hijri months) they are read from the newcomers' orders.

Months are the desk's calendar months: the caller may pass their first days (a Persian desk passes Jalali
months, worked out with Qt's calendars, which services do not use); by default they are Gregorian. Orders are
put into months by comparing their stored UTC time with each month's local midnight, a portable CASE that needs
no local-time functions (SQLite and PostgreSQL disagree on them) and follows daylight-saving changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from itertools import pairwise

from sqlalchemy import BigInteger, case, cast, func, literal, or_
from sqlmodel import select

from shopdesk.db import rollups
from shopdesk.db.models import CustomerSales, Order
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services.cohort_records import Cohort, CohortTable
from shopdesk.services.errors import InvalidInput
from shopdesk.services.settings import shop_setting

MONTHS = 12
MOST_MONTHS = 62  # the months ordered in are kept as bits of a 64-bit integer


def _moment(day: date) -> datetime:
    """Local midnight at the start of ``day``, as an aware time."""
    return datetime.combine(day, time()).astimezone()


def gregorian_month_starts(end: date, months: int = MONTHS) -> list[date]:
    """The first days of the ``months`` Gregorian months up to the one holding ``end``, and of the month after."""
    index = end.year * 12 + end.month - 1 - (months - 1)
    return [date((index + i) // 12, (index + i) % 12 + 1, 1) for i in range(months + 1)]


def _month_of(column, starts: Sequence[datetime], low: int, high: int):  # noqa: ANN001, ANN202
    """The index (``low`` … ``high``) of the month holding a time known to be inside those months: a CASE that
    halves the months at each step, so a row costs four comparisons for twelve months rather than up to twelve."""
    if low == high:
        return literal(low)
    middle = (low + high + 1) // 2
    return case(
        (column < starts[middle], _month_of(column, starts, low, middle - 1)),
        else_=_month_of(column, starts, middle, high),
    )


def jalali_month_starts(end: date, months: int = MONTHS) -> list[date]:
    """As ``gregorian_month_starts``, in Jalali months (what a Persian desk's view passes)."""
    import jdatetime  # loaded only where Jalali months are worked out

    month = jdatetime.date.fromgregorian(date=end)
    index = month.year * 12 + month.month - 1 - (months - 1)
    return [jdatetime.date((index + i) // 12, (index + i) % 12 + 1, 1).togregorian() for i in range(months + 1)]


def _calendar_of(starts: Sequence[date], end: date, months: int) -> str | None:
    """Which calendar's months ``starts`` are, when the customer roll-up keeps months of it."""
    if list(starts) == gregorian_month_starts(end, months):
        return "gregorian"
    if list(starts) == jalali_month_starts(end, months):
        return "jalali"
    return None  # e.g. Hijri months: read from the orders


def _from_rollup(session, currency: str, moments: Sequence[datetime], until: datetime, calendar: str):  # noqa: ANN001, ANN202
    """``(first month, months ordered in from it as bits, customers)`` from the customer roll-up, which keeps
    each customer's months (``shopdesk.db.rollups``): exact when no order of the currency came after ``until``."""
    mask = CustomerSales.months_gregorian if calendar == "gregorian" else CustomerSales.months_jalali
    first = _month_of(CustomerSales.first_at, moments, 0, len(moments) - 2).label("first")
    return session.exec(
        select(first, mask, func.count())
        .where(CustomerSales.currency == currency, CustomerSales.first_at >= moments[0], CustomerSales.first_at < until)
        .group_by(first, mask)
    ).all()


def _from_orders(session, currency: str, moments: Sequence[datetime], until: datetime):  # noqa: ANN001, ANN202
    """The same rows from the newcomers' orders up to ``until``: the months they ordered in, as bits (month i
    of the table is 1 << i), then shifted to start at their first month."""
    months = len(moments) - 1
    postgresql = session.get_bind().dialect.name == "postgresql"
    # The customers whose first purchase is inside the months, from the customer roll-up (its first order that
    # was not cancelled, per currency); then one row per customer: the months they ordered in; then how many
    # customers share each set of months. PostgreSQL ORs the bits with bit_or; SQLite has no bit_or, and a sum of
    # the distinct bits is the same number.
    newcomer_ids = select(CustomerSales.customer_id).where(
        CustomerSales.currency == currency, CustomerSales.first_at >= moments[0], CustomerSales.first_at < until
    )
    month_bit = cast(literal(1), BigInteger).op("<<")(_month_of(Order.created_at, moments, 0, months - 1))
    months_ordered = func.bit_or(month_bit) if postgresql else func.sum(month_bit.distinct())
    if postgresql:
        in_currency = Order.currency == currency
    else:
        # written so that SQLite reads the order row only for the rare customer who also bought in another
        # currency: for everyone else the first test is true and the index (customer_id, status, total_minor,
        # created_at) answers alone
        others = select(CustomerSales.customer_id).where(CustomerSales.currency != currency)
        in_currency = or_(Order.customer_id.not_in(others), Order.currency == currency)
    newcomers = (
        select(months_ordered.label("mask"))
        .where(Order.customer_id.in_(newcomer_ids), Order.status != "cancelled", in_currency, Order.created_at < until)
        .group_by(Order.customer_id)
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
    moments = [_moment(day) for day in starts]
    until = _moment(end + timedelta(days=1))
    with uow() as unit:
        session = unit.session
        currency = shop_setting(session.connection(), "currency")
        calendar = _calendar_of(starts, end, months)
        latest = rollups.newest_order_at(session.connection())
        if calendar is not None and (latest is None or latest < until):
            rows = _from_rollup(session, currency, moments, until, calendar)
        else:
            rows = _from_orders(session, currency, moments, until)
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
