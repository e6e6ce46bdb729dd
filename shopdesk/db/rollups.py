"""Roll-up tables for the summaries: orders and revenue per local day (``sales_day``) and each customer's orders,
spend, first and last order (``customer_sales``), cancelled orders left out.

They are kept up to date by the services in the same transaction as each order change — placed
(``order_placed``), cancelled (``order_cancelled``; the only way an order stops counting: cancelled is final),
customers merged and returns resolved (``refresh_customers``) — so a summary over a million orders reads a few
hundred small rows instead. ``recompute`` builds what they should hold from the orders and returns alone:
``rebuild`` (bulk loads such as the demo) writes it, and the tests compare it with what the upkeep kept.

A day is the local day of the desk that saved the order (``datetime.astimezone``), like every period in the
summaries.

Each counted order with a customer also holds its place in that customer's chain of orders in its currency
(``prev_at``: the customer's previous counted order, ``seq``: 1 for the first, ``kept_before``: what the
customer had spent and kept — refunds on those orders taken off — before it). With them, any period's customers,
repeat customers and lifetime value are one pass over the period's orders, without grouping by customer: a
customer's first order in ``[since, until)`` is the one whose ``prev_at`` is before ``since``. A new order is
appended to its customer's chain; anything that changes an earlier part of it (a cancellation, a refund, a
merge, an order placed with an earlier time, a bulk load) chains the customer's orders again (``rechain``).

The same idea serves the other figures a period counts once each: a loyalty gain keeps its card's previous gain
(``card_gained``, ``rechain_cards``), a printing the previous printing of its document for its order
(``rechain_prints``), a return its order's time and whether that order counts (``link_returns``). And each
customer's row keeps the months they ordered in, as bits from their first order's month in Gregorian and Jalali
months, for the cohort table.

Those chained rows are also counted per local day and per month of the row before them (``chain_day``), so a
period's first rows are read from a few thousand cells instead of one pass over the period: a new row adds one to
its cell; chaining rows again takes what they counted out of their cells and puts what they count now in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from itertools import groupby

from sqlalchemy import Date, String, and_, bindparam, cast, delete, func, insert, literal, or_, select, update
from sqlalchemy.engine import Connection

from shopdesk.db.hot import HotStatement
from shopdesk.db.models import (
    ChainDay,
    Customer,
    CustomerSales,
    LoyaltyEntry,
    Order,
    OrderPrint,
    ReturnRequest,
    SalesDay,
)
from shopdesk.db.types import UTCDateTime

_orders = Order.__table__
_customers = Customer.__table__
_returns = ReturnRequest.__table__
_sales_day = SalesDay.__table__
_entries = LoyaltyEntry.__table__
_prints = OrderPrint.__table__
_customer_sales = CustomerSales.__table__
_chain_day = ChainDay.__table__

_ORDER = select(
    _orders.c.customer_id, _orders.c.currency, _orders.c.channel, _orders.c.total_minor, _orders.c.created_at
).where(_orders.c.id == bindparam("order_id"))

# Portable upserts (SQLite ≥ 3.24 and PostgreSQL share the ON CONFLICT syntax).
# Run straight through the driver on SQLite (shopdesk.db.hot): they are sent on every order saved.
_ADD_DAY = HotStatement(
    "INSERT INTO sales_day (day, currency, channel, orders, revenue_minor) VALUES (:day, :currency, :channel, :n, :r) "
    "ON CONFLICT (day, currency, channel) DO UPDATE SET orders = sales_day.orders + excluded.orders, "
    "revenue_minor = sales_day.revenue_minor + excluded.revenue_minor",
    {"day": Date()},
)
_ADD_CUSTOMER = HotStatement(
    "INSERT INTO customer_sales (customer_id, currency, orders, spent_minor, given_back_minor, first_at, last_at, "
    "months_gregorian, months_jalali) VALUES (:customer_id, :currency, 1, :r, 0, :at, :at, :mg, :mj) "
    "ON CONFLICT (customer_id, currency) DO UPDATE SET orders = customer_sales.orders + 1, "
    "spent_minor = customer_sales.spent_minor + excluded.spent_minor, "
    "first_at = CASE WHEN excluded.first_at < customer_sales.first_at "
    "THEN excluded.first_at ELSE customer_sales.first_at END, "
    "last_at = CASE WHEN excluded.last_at > customer_sales.last_at "
    "THEN excluded.last_at ELSE customer_sales.last_at END, "
    "months_gregorian = customer_sales.months_gregorian | excluded.months_gregorian, "
    "months_jalali = customer_sales.months_jalali | excluded.months_jalali",
    {"at": UTCDateTime()},
)
_CUSTOMER_ROW = HotStatement(
    "SELECT orders, spent_minor, given_back_minor, first_at, last_at, months_gregorian, months_jalali "
    "FROM customer_sales WHERE customer_id = :customer_id AND currency = :currency",
    columns=(None, None, None, UTCDateTime(), UTCDateTime(), None, None),
)
# An order after the customer's last, in a month they already ordered in (the usual sale): only what changes is
# written, so the index on the first order and the months is left as it is.
_APPEND_CUSTOMER = HotStatement(
    "UPDATE customer_sales SET orders = orders + 1, spent_minor = spent_minor + :r, last_at = :at "
    "WHERE customer_id = :customer_id AND currency = :currency",
    {"at": UTCDateTime()},
)


def newest_order_at(connection: Connection) -> datetime | None:
    """The time of the newest order, whatever its status or currency: a period ending after it has no order after
    it, so the customer roll-up holds exactly what the customers had by the period's end. (One seek in the index
    that starts with the order time, whatever statistics the database keeps.)"""
    return connection.execute(select(func.max(_orders.c.created_at))).scalar()


def local_day(moment: datetime) -> date:
    return moment.astimezone().date()


# Months a customer ordered in, for the cohort table: bit k of ``months_gregorian`` (``months_jalali``) is set when
# they placed a counted order k months after the month of their first one, in that calendar's months of the local
# day (bits 0-61: the cohort table shows at most 62 months).
MONTH_BITS = 62


def _gregorian_month(day: date) -> int:
    return day.year * 12 + day.month - 1


def _jalali_month(day: date) -> int:
    import jdatetime  # loaded only where months are worked out

    jalali = jdatetime.date.fromgregorian(date=day)
    return jalali.year * 12 + jalali.month - 1


@lru_cache(maxsize=4096)  # days repeat: each is worked out once
def _months_of_day(day: date) -> tuple[int, int]:
    return _gregorian_month(day), _jalali_month(day)


def _month_masks(first_at: datetime, times: Iterable[datetime]) -> tuple[int, int]:
    """``(months_gregorian, months_jalali)`` of orders at ``times`` for a customer whose first is ``first_at``."""
    first_day = local_day(first_at)
    gregorian = jalali = 0
    for moment in times:
        month_g, month_j = _month_bits(first_day, local_day(moment))
        gregorian, jalali = gregorian | month_g, jalali | month_j
    return gregorian, jalali


def _month_bits(first_day: date, day: date) -> tuple[int, int]:
    """The Gregorian and Jalali month bits of an order on ``day`` for a customer whose first was on ``first_day``
    (none past the last bit)."""
    first_g, first_j = _months_of_day(first_day)
    month_g, month_j = _months_of_day(day)
    return (
        1 << (month_g - first_g) if 0 <= month_g - first_g < MONTH_BITS else 0,
        1 << (month_j - first_j) if 0 <= month_j - first_j < MONTH_BITS else 0,
    )


@dataclass(frozen=True)
class Link:
    """Where a new order goes in its customer's chain, read before the order is written so that its row is
    written with it (``columns``). ``appended``: after the customer's last order (the usual case); otherwise the
    order has no place yet and its customer's orders are chained again once it is written."""

    columns: dict
    appended: bool
    first_at: datetime | None = None  # the customer's first order before this one
    months: tuple[int, int] = (0, 0)  # the months they ordered in before (CustomerSales)


NO_LINK = Link({"prev_at": None, "seq": None, "kept_before": None}, appended=False)


def order_link(connection: Connection, *, customer_id: int | None, currency: str, created_at: datetime) -> Link:
    """Where a new order that counts goes in its customer's chain (``NO_LINK`` for an order without a customer).
    Orders are saved one at a time (the order counter's row is held until commit), so the customer's row read
    here is not changed by another desk before this transaction ends."""
    if customer_id is None:
        return NO_LINK
    before = _CUSTOMER_ROW.first(connection, {"customer_id": customer_id, "currency": currency})
    if before is None:
        return Link({"prev_at": None, "seq": 1, "kept_before": 0}, appended=True)
    orders, spent, given_back, first_at, last_at, *months = before
    if created_at < last_at:  # placed with a time before the customer's last order: the chain moves
        return Link(NO_LINK.columns, appended=False, first_at=first_at)
    columns = {"prev_at": last_at, "seq": orders + 1, "kept_before": spent - given_back}
    return Link(columns, appended=True, first_at=first_at, months=(int(months[0]), int(months[1])))


def order_placed(connection, *, customer_id, currency, channel, total, created_at, link: Link) -> None:  # noqa: ANN001
    """Count a new order (not a cancelled one) in the same transaction that saves it — written with its ``link``
    (``order_link``) — and chain it to its customer's earlier orders. (Run on every order saved: each value is
    worked out once.)"""
    day = local_day(created_at)
    _ADD_DAY.execute(connection, {"day": day, "currency": currency, "channel": channel, "n": 1, "r": total})
    if customer_id is None:
        return
    if link.first_at is not None and created_at < link.first_at:  # before the customer's first order: all moves
        _refresh(connection, [customer_id])  # their row, months and chains, from their orders (this one included)
        return
    month_g, month_j = _month_bits(local_day(link.first_at) if link.first_at is not None else day, day)
    known_g, known_j = link.months
    if link.appended and link.first_at is not None and month_g & ~known_g == 0 and month_j & ~known_j == 0:
        _APPEND_CUSTOMER.execute(
            connection, {"customer_id": customer_id, "currency": currency, "r": total, "at": created_at}
        )
    else:
        _ADD_CUSTOMER.execute(
            connection,
            {"customer_id": customer_id, "currency": currency, "r": total, "at": created_at, "mg": month_g,
             "mj": month_j},
        )  # fmt: skip
    if not link.appended:  # placed with a time before the customer's last order: the chain after it moves
        rechain(connection, [customer_id])
        return
    columns = link.columns
    _ADD_CELL.execute(
        connection,
        {"kind": "order", "scope": currency, "day": day, "prev_month": prev_month(columns["prev_at"]), "n": 1,
         "n_second": int(columns["seq"] == 2), "kept": columns["kept_before"], "total": total},
    )  # fmt: skip


def add_days(connection, orders: list[tuple[datetime, str, str, int]]) -> None:  # noqa: ANN001
    """Count many new orders at once — ``(created at, currency, channel, total)`` each, none cancelled — as a bulk
    import writes them (its customers are then refreshed with ``refresh_customers``)."""
    add_day_totals(connection, _days(orders))


def day_totals(orders: Iterable[tuple[datetime, str, str, int]]) -> dict[tuple[date, str, str], tuple[int, int]]:
    """Orders and revenue per (local day, currency, channel) of ``(created at, currency, channel, total)`` rows, for
    ``add_day_totals`` (an import adds them up over its batches and writes them once, at its end)."""
    return _days(orders)


def add_day_totals(connection, days: dict[tuple[date, str, str], tuple[int, int]]) -> None:  # noqa: ANN001
    """Count orders grouped as ``day_totals`` gives them."""
    if days:
        _ADD_DAY.execute(
            connection,
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


def link_returns(connection: Connection, *, return_id: int | None = None, order_id: int | None = None) -> None:
    """Copy onto returns their order's time and whether it counts: one new return, an order's returns (it was
    cancelled), or every return (neither given)."""
    order = select(_orders.c.created_at, _orders.c.status).where(_orders.c.id == _returns.c.order_id)
    statement = update(_returns).values(
        order_at=order.with_only_columns(_orders.c.created_at).scalar_subquery(),
        order_counted=order.with_only_columns(_orders.c.status != "cancelled").scalar_subquery(),
    )
    if return_id is not None:
        statement = statement.where(_returns.c.id == return_id)
    if order_id is not None:
        statement = statement.where(_returns.c.order_id == order_id)
    connection.execute(statement)


def order_cancelled(session, order_id: int) -> None:  # noqa: ANN001
    """Stop counting an order that was counted, in the transaction that cancels it."""
    connection = session.connection()
    link_returns(connection, order_id=order_id)
    customer_id, currency, channel, total, created_at = connection.execute(_ORDER, {"order_id": order_id}).one()
    day = local_day(created_at)
    _ADD_DAY.execute(connection, {"day": day, "currency": currency, "channel": channel, "n": -1, "r": -total})
    connection.execute(delete(_sales_day).where(_sales_day.c.orders == 0, _sales_day.c.day == day))
    if customer_id is not None:
        refresh_customers(session, [customer_id])


def refresh_customers(session, customer_ids: list[int]) -> None:  # noqa: ANN001
    """Recompute these customers' rows from their orders, and chain their orders again (a cancellation may move
    the first or last order; a merge moves orders from one customer to another; a refund changes what was
    kept)."""
    _refresh(session.connection(), customer_ids)


def _refresh(connection: Connection, customer_ids: list[int]) -> None:
    ids = sorted(set(customer_ids))
    if connection.dialect.name == "postgresql":
        # A second desk refreshing one of these customers waits here until this transaction ends, then deletes
        # the rows it wrote: otherwise its DELETE would not see them and its INSERT would collide with them.
        # FOR NO KEY UPDATE: orders saved for them meanwhile (their foreign key) are not held up. (SQLite: the
        # DELETE below takes the database's write lock, so desks already go one at a time.)
        connection.execute(select(_customers.c.id).where(_customers.c.id.in_(ids)).with_for_update(key_share=True))
    connection.execute(delete(_customer_sales).where(_customer_sales.c.customer_id.in_(ids)))
    _rechain_customers(connection, ids, totals=True)
    rechain_cards(connection, ids)  # a merge moves cards


_SET_MONTHS = (
    update(_customer_sales)
    .where(
        _customer_sales.c.customer_id == bindparam("key_customer"),
        _customer_sales.c.currency == bindparam("key_currency"),
    )
    .values(months_gregorian=bindparam("mg"), months_jalali=bindparam("mj"))
)


def _order_times(connection: Connection, customer_ids: list[int] | None):  # noqa: ANN202
    """``(customer id, currency, created at)`` of counted orders, by customer and currency, oldest first."""
    query = (
        select(_orders.c.customer_id, _orders.c.currency, _orders.c.created_at)
        .where(_COUNTED)
        .order_by(_orders.c.customer_id, _orders.c.currency, _orders.c.created_at)
    )
    if customer_ids is not None:
        query = query.where(_orders.c.customer_id.in_(customer_ids))
    return connection.execute(query.execution_options(stream_results=True, yield_per=20_000))


def _months_of(rows) -> Iterable[tuple[int, str, int, int]]:  # noqa: ANN001
    """``(customer id, currency, months_gregorian, months_jalali)`` from ``_order_times`` rows."""
    for (customer_id, currency), group in groupby(rows, key=lambda row: (row[0], row[1])):
        times = [row[2] for row in group]
        yield (customer_id, currency, *_month_masks(times[0], times))


def _write_months(connection: Connection, rows) -> None:  # noqa: ANN001
    batch = []
    for customer_id, currency, gregorian, jalali in _months_of(rows):
        batch.append({"key_customer": customer_id, "key_currency": currency, "mg": gregorian, "mj": jalali})
        if len(batch) >= 10_000:
            connection.execute(_SET_MONTHS, batch)
            batch = []
    if batch:
        connection.execute(_SET_MONTHS, batch)


_COLUMNS = ["customer_id", "currency", "orders", "spent_minor", "given_back_minor", "first_at", "last_at"]


def _refunded(order_id):  # noqa: ANN001, ANN202
    """What returns gave back on one order (refunds, store credit, exchange value)."""
    return (
        select(func.coalesce(func.sum(_returns.c.refund_minor), 0))
        .where(_returns.c.order_id == order_id)
        .scalar_subquery()
    )


_COUNTED = and_(_orders.c.status != "cancelled", _orders.c.customer_id.is_not(None))


# Some customers' orders that count or are still chained, in chain order, with their place as it stands.
_CHAINED_ORDERS = (
    select(
        _orders.c.id,
        _orders.c.customer_id,
        _orders.c.currency,
        _orders.c.created_at,
        _orders.c.total_minor,
        _refunded(_orders.c.id),
        _orders.c.status != "cancelled",
        _orders.c.prev_at,
        _orders.c.seq,
        _orders.c.kept_before,
    )
    .where(
        _orders.c.customer_id.in_(bindparam("ids", expanding=True)),
        or_(_orders.c.status != "cancelled", _orders.c.seq.is_not(None)),
    )
    .order_by(_orders.c.customer_id, _orders.c.currency, _orders.c.created_at, _orders.c.id)
)
_SET_CHAIN = HotStatement(
    "UPDATE shop_order SET prev_at = :prev_at, seq = :seq, kept_before = :kept_before WHERE id = :id",
    {"prev_at": UTCDateTime()},
)
_INSERT_CUSTOMER = HotStatement(
    "INSERT INTO customer_sales (customer_id, currency, orders, spent_minor, given_back_minor, first_at, last_at, "
    "months_gregorian, months_jalali) VALUES (:customer_id, :currency, :orders, :spent, :back, :first_at, :last_at, "
    ":mg, :mj)",
    {"first_at": UTCDateTime(), "last_at": UTCDateTime()},
)


def _rechain_customers(connection: Connection, customer_ids: list[int], *, totals: bool) -> None:
    """Chain these customers' orders again from one read of them, writing only the orders whose place changed
    and moving their cells; with ``totals``, also write their rows (``CustomerSales``, deleted beforehand)."""
    before: list[tuple] = []  # (scope, at, previous at, seq, kept before, total) as the rows stand, and as they go
    after: list[tuple] = []
    changed: list[dict] = []
    customers: list[dict] = []
    rows = connection.execute(_CHAINED_ORDERS, {"ids": customer_ids})
    for (customer_id, currency), group in groupby(rows, key=lambda row: (row[1], row[2])):
        prev_at, seq, kept, spent, given_back, times = None, 0, 0, 0, 0, []
        for order_id, _customer, _currency, at, total, back, counted, was_prev, was_seq, was_kept in group:
            if was_seq is not None:
                before.append((currency, at, was_prev, was_seq, was_kept, total))
            if not counted:  # cancelled: out of the chain
                changed.append({"id": order_id, "prev_at": None, "seq": None, "kept_before": None})
                continue
            seq += 1
            after.append((currency, at, prev_at, seq, kept, total))
            if (was_prev, was_seq, was_kept) != (prev_at, seq, kept):
                changed.append({"id": order_id, "prev_at": prev_at, "seq": seq, "kept_before": kept})
            times.append(at)
            spent, given_back = spent + total, given_back + int(back)
            prev_at, kept = at, kept + total - int(back)
        if totals and seq:
            months_g, months_j = _month_masks(times[0], times)
            customers.append(
                {"customer_id": customer_id, "currency": currency, "orders": seq, "spent": spent,
                 "back": given_back, "first_at": times[0], "last_at": times[-1], "mg": months_g, "mj": months_j}
            )  # fmt: skip
    if customers:
        _INSERT_CUSTOMER.execute(connection, customers)
    if changed:
        _SET_CHAIN.execute(connection, changed)
    _move_cells(connection, "order", _cells(before), _cells(after))


def _customer_totals():  # noqa: ANN202
    """Per customer and currency: counted orders, spent, given back on them, first and last order."""
    return (
        select(
            _orders.c.customer_id,
            _orders.c.currency,
            func.count(),
            func.sum(_orders.c.total_minor),
            func.sum(_refunded(_orders.c.id)),
            func.min(_orders.c.created_at),
            func.max(_orders.c.created_at),
        )
        .where(_COUNTED)
        .group_by(_orders.c.customer_id, _orders.c.currency)
    )


def _chains():  # noqa: ANN202
    """Each counted order's place in its customer's chain (``id, prev_at, seq, kept_before``), worked out in SQL
    for every customer (a rebuild, and the tests' recomputation; a few customers' chains are worked out by
    ``_rechain_customers``). Orders at the same moment go by id."""
    kept = (_orders.c.total_minor - _refunded(_orders.c.id)).label("kept")
    orders = (
        select(_orders.c.id, _orders.c.customer_id, _orders.c.currency, _orders.c.created_at, kept)
        .where(_COUNTED)
        .subquery()
    )
    window = {
        "partition_by": (orders.c.customer_id, orders.c.currency),
        "order_by": (orders.c.created_at, orders.c.id),
    }
    return select(
        orders.c.id,
        func.lag(orders.c.created_at).over(**window).label("prev_at"),
        func.row_number().over(**window).label("seq"),
        func.coalesce(func.sum(orders.c.kept).over(**window, rows=(None, -1)), 0).label("kept_before"),
    )


def rechain(connection: Connection, customer_ids: list[int] | None = None) -> None:
    """Chain these customers' orders again (``None``: everyone's, and their cells counted again whole), their
    cancelled orders taken out."""
    if customer_ids is not None:
        _rechain_customers(connection, sorted(set(customer_ids)), totals=False)
        return
    chains = _chains().subquery()
    connection.execute(
        update(_orders)
        .where(_orders.c.id == chains.c.id)
        .values(prev_at=chains.c.prev_at, seq=chains.c.seq, kept_before=chains.c.kept_before)
    )
    connection.execute(
        update(_orders).where(_orders.c.seq.is_not(None), ~_COUNTED).values(prev_at=None, seq=None, kept_before=None)
    )
    _move_cells(connection, "order", None, None)


# --- loyalty cards' gains ----------------------------------------------------------------------------------------

_LAST_GAIN = select(func.max(_entries.c.at)).where(
    _entries.c.customer_id == bindparam("customer_id"),
    _entries.c.program_id == bindparam("program_id"),
    _entries.c.stamps > 0,
)


def card_gained(connection: Connection, *, entry_id: int, customer_id: int, program_id: int, at: datetime) -> None:
    """Chain a new gain (``is_gain``) to the card's last one, in the transaction that writes it."""
    last = connection.execute(
        _LAST_GAIN.where(_entries.c.id != entry_id), {"customer_id": customer_id, "program_id": program_id}
    ).scalar()
    if last is not None and at < last:  # written with a time before the card's last gain: the chain after it moves
        rechain_cards(connection, [customer_id], new_ids=[entry_id])
        return
    connection.execute(update(_entries).where(_entries.c.id == entry_id).values(prev_gain_at=last))
    _add_cells(connection, "card", [(str(program_id), at, last, 0, 0, 0)])


def _previous(table, group: tuple, column: str, key, ids: list[int] | None, *when):  # noqa: ANN001, ANN202
    """Each row's previous row's ``at`` in its ``group`` (``id, <column>``), rows at the same moment by id; only
    the rows matching ``when``, and of these ``ids`` of ``key`` (``None``: all)."""
    window = {"partition_by": group, "order_by": (table.c.at, table.c.id)}
    query = select(table.c.id, func.lag(table.c.at).over(**window).label(column)).where(*when)
    return query if ids is None else query.where(key.in_(ids))


def _write_previous(connection: Connection, table, column: str, chains) -> None:  # noqa: ANN001
    chains = chains.subquery()
    connection.execute(update(table).where(table.c.id == chains.c.id).values({column: chains.c[column]}))


def is_gain(kind: str, stamps: int) -> bool:
    """Whether a ledger entry is a card's gain: stamps or points added (earned or by hand). A tier change is not:
    its ``stamps`` are the level reached."""
    return stamps > 0 and kind != "tier"


def gains(entries):  # noqa: ANN001, ANN201
    """``is_gain`` in SQL, over the loyalty ledger table (or the ``LoyaltyEntry`` model)."""
    return and_(entries.stamps > 0, entries.kind != "tier")


def _card_chains(customer_ids: list[int] | None):  # noqa: ANN202
    """Each gain's previous gain on the same card (``id, prev_gain_at``)."""
    group = (_entries.c.customer_id, _entries.c.program_id)
    return _previous(_entries, group, "prev_gain_at", _entries.c.customer_id, customer_ids, gains(_entries.c))


def rechain_cards(
    connection: Connection, customer_ids: list[int] | None = None, *, new_ids: Iterable[int] = ()
) -> None:
    """Chain these customers' gains again on every card (``None``: everyone's); ``new_ids``: gains just written,
    not counted yet."""
    before = _rows_cells(connection, "card", customer_ids, new_ids)
    _write_previous(connection, _entries, "prev_gain_at", _card_chains(customer_ids))
    _move_cells(connection, "card", before, _rows_cells(connection, "card", customer_ids))


# --- printings ---------------------------------------------------------------------------------------------------


def _print_chains(order_ids: list[int] | None):  # noqa: ANN202
    """Each printing's previous printing of the same document for the same order (``id, prev_print_at``)."""
    group = (_prints.c.order_id, _prints.c.document)
    return _previous(_prints, group, "prev_print_at", _prints.c.order_id, order_ids)


def rechain_prints(connection: Connection, order_ids: list[int] | None = None, *, new_ids: Iterable[int] = ()) -> None:
    """Chain these orders' printings (``None``: every order's), in the transaction that records new ones
    (``new_ids``: not counted yet)."""
    before = _rows_cells(connection, "print", order_ids, new_ids)
    _write_previous(connection, _prints, "prev_print_at", _print_chains(order_ids))
    _move_cells(connection, "print", before, _rows_cells(connection, "print", order_ids))


# --- the chains per day (ChainDay) -------------------------------------------------------------------------------

_NOTHING = (literal(0), literal(0), literal(0))  # seq, kept before and total: orders only
# Each kind's chained rows as ``(scope, at, previous at, seq, kept before, total)``, and what they are chained again
# by (``rechain_cards``, ``rechain_prints``; a customer's orders are counted by ``_rechain_customers`` from its own
# read of them, so the orders' key serves only the shape).
_CHAIN_ROWS = {
    "order": (
        select(
            _orders.c.currency, _orders.c.created_at, _orders.c.prev_at, _orders.c.seq, _orders.c.kept_before,
            _orders.c.total_minor,
        ).where(_orders.c.seq.is_not(None)),
        _orders.c.customer_id,
    ),
    "card": (
        select(cast(_entries.c.program_id, String), _entries.c.at, _entries.c.prev_gain_at, *_NOTHING).where(
            gains(_entries.c)
        ),
        _entries.c.customer_id,
    ),
    "print": (select(_prints.c.document, _prints.c.at, _prints.c.prev_print_at, *_NOTHING), _prints.c.order_id),
}  # fmt: skip

_ADD_CELL = HotStatement(
    "INSERT INTO chain_day (kind, scope, day, prev_month, n, n_second, kept_minor, total_minor) "
    "VALUES (:kind, :scope, :day, :prev_month, :n, :n_second, :kept, :total) "
    "ON CONFLICT (kind, scope, day, prev_month) DO UPDATE SET n = chain_day.n + excluded.n, "
    "n_second = chain_day.n_second + excluded.n_second, kept_minor = chain_day.kept_minor + excluded.kept_minor, "
    "total_minor = chain_day.total_minor + excluded.total_minor",
    {"day": Date()},
)
_EMPTY_CELL = delete(_chain_day).where(
    _chain_day.c.kind == bindparam("kind"),
    _chain_day.c.scope == bindparam("scope"),
    _chain_day.c.day == bindparam("day"),
    _chain_day.c.prev_month == bindparam("prev_month"),
    _chain_day.c.n == 0,
)


def prev_month(moment: datetime | None) -> int:
    """The ``ChainDay.prev_month`` of a row whose previous row is at ``moment``."""
    return 0 if moment is None else _gregorian_month(local_day(moment))


def _cells(rows) -> dict[tuple[str, date, int], list[int]]:  # noqa: ANN001
    """``{(scope, day, prev month): [rows, seconds, kept before, totals]}`` of ``(scope, at, previous at, seq,
    kept before, total)`` rows."""
    cells: dict[tuple[str, date, int], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for scope, at, prev_at, seq, kept, total in rows:
        cell = cells[(scope, local_day(at), prev_month(prev_at))]
        cell[0] += 1
        cell[1] += seq == 2
        cell[2] += int(kept)
        cell[3] += int(total)
    return cells


def _rows_cells(connection: Connection, kind: str, ids: list[int] | None, new_ids: Iterable[int] = ()) -> dict | None:
    """The cells of ``kind``'s rows of these ``ids`` (customers; orders for printings) as they stand, those with
    ``new_ids`` left out (``None`` for every row: the kind is then written whole)."""
    if ids is None:
        return None
    query, key = _CHAIN_ROWS[kind]
    query = query.where(key.in_(ids))
    if new_ids:
        query = query.where(key.table.c.id.not_in(list(new_ids)))
    return _cells(connection.execute(query))


def _add_cells(connection: Connection, kind: str, rows) -> None:  # noqa: ANN001
    """Count new chained rows — ``(scope, at, previous at, seq, kept before, total)`` each."""
    _write_cells(connection, kind, _cells(rows))


def _write_cells(connection: Connection, kind: str, cells: dict, emptied: Iterable = ()) -> None:
    params = [
        {"kind": kind, "scope": scope, "day": day, "prev_month": month, "n": n, "n_second": second, "kept": kept,
         "total": total}
        for (scope, day, month), (n, second, kept, total) in cells.items()
        if n or second or kept or total
    ]  # fmt: skip
    if params:
        _ADD_CELL.execute(connection, params)
    emptied = [{"kind": kind, "scope": scope, "day": day, "prev_month": month} for scope, day, month in emptied]
    if emptied:
        connection.execute(_EMPTY_CELL, emptied)


def _move_cells(connection: Connection, kind: str, before: dict | None, after: dict | None) -> None:
    """Take ``before``'s rows out of their cells and count ``after``'s (both ``None``: recount the kind whole)."""
    if before is None or after is None:
        connection.execute(delete(_chain_day).where(_chain_day.c.kind == kind))
        _write_cells(connection, kind, _kind_cells(connection, kind))
        return
    change = defaultdict(lambda: [0, 0, 0, 0])
    for sign, cells in ((-1, before), (1, after)):
        for key, values in cells.items():
            for i, value in enumerate(values):
                change[key][i] += sign * value
    _write_cells(connection, kind, change, emptied=[key for key, values in change.items() if values[0] < 0])


def _kind_cells(connection: Connection, kind: str) -> dict:
    """What ``ChainDay`` should hold for one kind, from its rows."""
    query, _key = _CHAIN_ROWS[kind]
    return _cells(connection.execute(query.execution_options(stream_results=True, yield_per=20_000)))


def chain_days(connection: Connection, *, stored: bool) -> dict:
    """``{(kind, scope, day, prev month): (rows, seconds, kept before, totals)}``: what ``ChainDay`` holds
    (``stored``), or what it should hold from the chains the rows hold."""
    if stored:
        return {
            (row.kind, row.scope, row.day, row.prev_month): (
                int(row.n), int(row.n_second), int(row.kept_minor), int(row.total_minor)
            )
            for row in connection.execute(select(_chain_day))
        }  # fmt: skip
    return {
        (kind, *key): tuple(values)
        for kind in ("order", "card", "print")
        for key, values in _kind_cells(connection, kind).items()
    }


def recompute(connection: Connection) -> tuple[dict, dict, dict, dict, dict, dict, dict]:
    """What the roll-ups should hold, from the orders and returns alone: ``({(day, currency, channel): (orders,
    revenue)}, {(customer id, currency): (orders, spent, given back, first at, last at, months_gregorian,
    months_jalali)}, {order id: (prev at, seq, kept before)}, {return id: (its order's time, whether that
    order counts)}, {loyalty entry id: its card's previous gain}, {printing id: the previous printing of its
    document for its order}, ChainDay's cells (``chain_days``)})`` (orders out of every chain — cancelled, or
    without a customer — and gains and printings without one before them left out; the cells are worked out from
    the chains the rows hold, themselves compared with the third to fifth parts)."""
    months = {(customer, currency): (g, j) for customer, currency, g, j in _months_of(_order_times(connection, None))}
    customers = {
        (customer_id, currency): (int(n), int(spent), int(back), first, last, *months[(customer_id, currency)])
        for customer_id, currency, n, spent, back, first, last in connection.execute(_customer_totals())
    }
    chains = {
        order_id: (_aware(prev_at), int(seq), int(kept))
        for order_id, prev_at, seq, kept in connection.execute(_chains())
    }
    returns = {
        return_id: (at, counted)
        for return_id, at, counted in connection.execute(
            select(_returns.c.id, _orders.c.created_at, _orders.c.status != "cancelled").join(
                _orders, _orders.c.id == _returns.c.order_id
            )
        )
    }
    cards = {entry_id: _aware(prev) for entry_id, prev in connection.execute(_card_chains(None)) if prev is not None}
    prints = {print_id: _aware(prev) for print_id, prev in connection.execute(_print_chains(None)) if prev is not None}
    return (
        _days(_counted_orders(connection)),
        customers,
        chains,
        returns,
        cards,
        prints,
        chain_days(connection, stored=False),
    )


def _aware(moment):  # noqa: ANN001, ANN202
    """A time read through a window function, which SQLAlchemy does not type: as the column would give it."""
    if moment is None or isinstance(moment, datetime):
        return moment if moment is None or moment.tzinfo else moment.replace(tzinfo=UTC)
    return datetime.fromisoformat(moment).replace(tzinfo=UTC)


def stored(connection: Connection) -> tuple[dict, dict, dict, dict, dict, dict, dict]:
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
            int(row.months_gregorian),
            int(row.months_jalali),
        )
        for row in connection.execute(select(_customer_sales))
    }
    chains = {
        row.id: (row.prev_at, int(row.seq), int(row.kept_before))
        for row in connection.execute(
            select(_orders.c.id, _orders.c.prev_at, _orders.c.seq, _orders.c.kept_before).where(
                _orders.c.seq.is_not(None)
            )
        )
    }
    returns = {
        row.id: (row.order_at, row.order_counted)
        for row in connection.execute(select(_returns.c.id, _returns.c.order_at, _returns.c.order_counted))
    }
    cards, prints = (
        _stored_previous(connection, _entries.c.prev_gain_at),
        _stored_previous(connection, _prints.c.prev_print_at),
    )
    return days, customers, chains, returns, cards, prints, chain_days(connection, stored=True)


def _stored_previous(connection: Connection, column) -> dict:  # noqa: ANN001
    """``{row id: previous time}`` of the rows that have one."""
    table = column.table
    return dict(connection.execute(select(table.c.id, column).where(column.is_not(None))).all())


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
    _write_months(connection, _order_times(connection, None))
    rechain(connection)
    link_returns(connection)
    rechain_cards(connection)
    rechain_prints(connection)
