"""Roll-up tables for the summaries: orders and revenue per local day (``sales_day``) and each customer's orders,
spend, first and last order (``customer_sales``), cancelled orders left out.

They are kept up to date by the services in the same transaction as each order change — placed
(``order_placed``), cancelled (``order_cancelled``; the only way an order stops counting: cancelled is final),
customers merged and returns resolved (``refresh_customers``) — so a summary over a million orders reads a few
hundred small rows instead. ``recompute`` builds what they should hold from the orders and returns alone:
``rebuild`` (bulk loads such as the demo) writes it, and the tests compare it with what the upkeep kept.

A day is the local day of the desk that saved the order (``datetime.astimezone``), like every period in the
summaries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import Date, bindparam, delete, func, insert, select, text
from sqlalchemy.engine import Connection

from shopdesk.db.models import Customer, CustomerSales, Order, ReturnRequest, SalesDay
from shopdesk.db.types import UTCDateTime

_orders = Order.__table__
_customers = Customer.__table__
_returns = ReturnRequest.__table__
_sales_day = SalesDay.__table__
_customer_sales = CustomerSales.__table__

_ORDER = select(
    _orders.c.customer_id, _orders.c.currency, _orders.c.channel, _orders.c.total_minor, _orders.c.created_at
).where(_orders.c.id == bindparam("order_id"))

# Portable upserts (SQLite ≥ 3.24 and PostgreSQL share the ON CONFLICT syntax).
_ADD_DAY = text(
    "INSERT INTO sales_day (day, currency, channel, orders, revenue_minor) VALUES (:day, :currency, :channel, :n, :r) "
    "ON CONFLICT (day, currency, channel) DO UPDATE SET orders = sales_day.orders + excluded.orders, "
    "revenue_minor = sales_day.revenue_minor + excluded.revenue_minor"
).bindparams(bindparam("day", type_=Date()))
_ADD_CUSTOMER = text(
    "INSERT INTO customer_sales (customer_id, currency, orders, spent_minor, given_back_minor, first_at, last_at) "
    "VALUES (:customer_id, :currency, 1, :r, 0, :at, :at) "
    "ON CONFLICT (customer_id, currency) DO UPDATE SET orders = customer_sales.orders + 1, "
    "spent_minor = customer_sales.spent_minor + excluded.spent_minor, "
    "first_at = CASE WHEN excluded.first_at < customer_sales.first_at "
    "THEN excluded.first_at ELSE customer_sales.first_at END, "
    "last_at = CASE WHEN excluded.last_at > customer_sales.last_at "
    "THEN excluded.last_at ELSE customer_sales.last_at END"
).bindparams(bindparam("at", type_=UTCDateTime()))


def local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def order_placed(connection, *, customer_id, currency, channel, total, created_at) -> None:  # noqa: ANN001
    """Count a new order (not a cancelled one) in the same transaction that saves it."""
    connection.execute(
        _ADD_DAY,
        {"day": local_day(created_at), "currency": currency, "channel": channel, "n": 1, "r": total},
    )
    if customer_id is not None:
        connection.execute(
            _ADD_CUSTOMER, {"customer_id": customer_id, "currency": currency, "r": total, "at": created_at}
        )


def add_days(connection, orders: list[tuple[datetime, str, str, int]]) -> None:  # noqa: ANN001
    """Count many new orders at once — ``(created at, currency, channel, total)`` each, none cancelled — as a bulk
    import writes them (its customers are then refreshed with ``refresh_customers``)."""
    days = _days(orders)
    if days:
        connection.execute(
            _ADD_DAY,
            [
                {"day": day, "currency": currency, "channel": channel, "n": n, "r": revenue}
                for (day, currency, channel), (n, revenue) in days.items()
            ],
        )


def _days(orders: Iterable[tuple[datetime, str, str, int]]) -> dict[tuple[date, str, str], tuple[int, int]]:
    """Orders and revenue per (local day, currency, channel) of ``(created at, currency, channel, total)`` rows.
    Grouped here, in Python, because SQLite and PostgreSQL disagree on local-time functions."""
    days: dict[tuple[date, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for created_at, currency, channel, total in orders:
        counts = days[(local_day(created_at), currency, channel)]
        counts[0] += 1
        counts[1] += int(total)
    return {key: (n, revenue) for key, (n, revenue) in days.items()}


def _counted_orders(connection: Connection):  # noqa: ANN202
    """Every order that counts (not cancelled) as ``(created at, currency, channel, total)``, streamed."""
    return connection.execute(
        select(_orders.c.created_at, _orders.c.currency, _orders.c.channel, _orders.c.total_minor)
        .where(_orders.c.status != "cancelled")
        .execution_options(stream_results=True, yield_per=20_000)
    )


def order_cancelled(session, order_id: int) -> None:  # noqa: ANN001
    """Stop counting an order that was counted, in the transaction that cancels it."""
    connection = session.connection()
    customer_id, currency, channel, total, created_at = connection.execute(_ORDER, {"order_id": order_id}).one()
    day = local_day(created_at)
    connection.execute(_ADD_DAY, {"day": day, "currency": currency, "channel": channel, "n": -1, "r": -total})
    connection.execute(delete(_sales_day).where(_sales_day.c.orders == 0, _sales_day.c.day == day))
    if customer_id is not None:
        refresh_customers(session, [customer_id])


def refresh_customers(session, customer_ids: list[int]) -> None:  # noqa: ANN001
    """Recompute these customers' rows from their orders (a cancellation may move the first or last order; a
    merge moves orders from one customer to another)."""
    connection = session.connection()
    ids = sorted(set(customer_ids))
    if connection.dialect.name == "postgresql":
        # A second desk refreshing one of these customers waits here until this transaction ends, then deletes
        # the rows it wrote: otherwise its DELETE would not see them and its INSERT would collide with them.
        # FOR NO KEY UPDATE: orders saved for them meanwhile (their foreign key) are not held up. (SQLite: the
        # DELETE below takes the database's write lock, so desks already go one at a time.)
        connection.execute(select(_customers.c.id).where(_customers.c.id.in_(ids)).with_for_update(key_share=True))
    connection.execute(delete(_customer_sales).where(_customer_sales.c.customer_id.in_(ids)))
    connection.execute(
        insert(_customer_sales).from_select(
            _COLUMNS,
            _customer_totals().where(_orders.c.customer_id.in_(ids)),
        )
    )


_COLUMNS = ["customer_id", "currency", "orders", "spent_minor", "given_back_minor", "first_at", "last_at"]


def _customer_totals():  # noqa: ANN202
    given_back = (
        select(func.coalesce(func.sum(_returns.c.refund_minor), 0))
        .where(_returns.c.customer_id == _orders.c.customer_id, _returns.c.currency == _orders.c.currency)
        .scalar_subquery()
    )
    return (
        select(
            _orders.c.customer_id,
            _orders.c.currency,
            func.count(),
            func.sum(_orders.c.total_minor),
            given_back,
            func.min(_orders.c.created_at),
            func.max(_orders.c.created_at),
        )
        .where(_orders.c.status != "cancelled", _orders.c.customer_id.is_not(None))
        .group_by(_orders.c.customer_id, _orders.c.currency)
    )


def recompute(connection: Connection) -> tuple[dict, dict]:
    """What the roll-ups should hold, from the orders and returns alone: ``({(day, currency, channel): (orders,
    revenue)}, {(customer id, currency): (orders, spent, given back, first at, last at)})``."""
    customers = {
        (customer_id, currency): (int(n), int(spent), int(back), first, last)
        for customer_id, currency, n, spent, back, first, last in connection.execute(_customer_totals())
    }
    return _days(_counted_orders(connection)), customers


def stored(connection: Connection) -> tuple[dict, dict]:
    """What the roll-ups hold, in ``recompute``'s shape."""
    days = {
        (row.day, row.currency, row.channel): (int(row.orders), int(row.revenue_minor))
        for row in connection.execute(select(_sales_day))
    }
    customers = {
        (row.customer_id, row.currency): (
            int(row.orders),
            int(row.spent_minor),
            int(row.given_back_minor),
            row.first_at,
            row.last_at,
        )
        for row in connection.execute(select(_customer_sales))
    }
    return days, customers


def rebuild(connection: Connection) -> None:
    """Replace the roll-ups with a full recomputation (after a bulk load, or when they are first made)."""
    days = _days(_counted_orders(connection))
    connection.execute(delete(_sales_day))
    connection.execute(delete(_customer_sales))
    rows = [
        {"day": day, "currency": currency, "channel": channel, "orders": n, "revenue_minor": revenue}
        for (day, currency, channel), (n, revenue) in days.items()
    ]
    for start in range(0, len(rows), 10_000):
        connection.execute(insert(_sales_day), rows[start : start + 10_000])
    connection.execute(insert(_customer_sales).from_select(_COLUMNS, _customer_totals()))
