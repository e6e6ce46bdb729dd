"""The months each customer ordered in (Gregorian and Jalali, as bits from their first order's month) on the
customer roll-up, so the cohort table reads one row per newcomer instead of their orders. Filled here.

Revision ID: 0017_cohort_months
Revises: 0016_order_chain
Create Date: 2026-12-01
"""

from itertools import groupby

import sqlalchemy as sa
from alembic import op

import shopdesk.db.types

revision = "0017_cohort_months"
down_revision = "0016_order_chain"
branch_labels = None
depends_on = None

_OLD_INDEX = ["currency", "first_at", "customer_id"]


def upgrade() -> None:
    with op.batch_alter_table("customer_sales", schema=None) as batch_op:
        batch_op.add_column(sa.Column("months_gregorian", sa.BigInteger(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("months_jalali", sa.BigInteger(), nullable=False, server_default="0"))
        batch_op.drop_index("ix_customer_sales_currency_first")
        batch_op.create_index(
            "ix_customer_sales_currency_first", [*_OLD_INDEX, "months_gregorian", "months_jalali"], unique=False
        )
    _fill(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("customer_sales", schema=None) as batch_op:
        batch_op.drop_index("ix_customer_sales_currency_first")
        batch_op.create_index("ix_customer_sales_currency_first", _OLD_INDEX, unique=False)
        batch_op.drop_column("months_jalali")
        batch_op.drop_column("months_gregorian")


def _fill(connection) -> None:  # noqa: ANN001
    """The months of the orders there are (as ``shopdesk.db.rollups.rebuild``, written out so that this migration
    keeps meaning what it meant when later versions change the tables)."""
    import jdatetime

    orders = sa.table(
        "shop_order",
        sa.column("customer_id", sa.Integer),
        sa.column("currency", sa.String),
        sa.column("status", sa.String),
        sa.column("created_at", shopdesk.db.types.UTCDateTime()),
    )
    customer_sales = sa.table(
        "customer_sales",
        sa.column("customer_id", sa.Integer),
        sa.column("currency", sa.String),
        sa.column("months_gregorian", sa.BigInteger),
        sa.column("months_jalali", sa.BigInteger),
    )
    known = {}

    def months(moment):  # noqa: ANN001, ANN202
        day = moment.astimezone().date()
        if day not in known:
            jalali = jdatetime.date.fromgregorian(date=day)
            known[day] = (day.year * 12 + day.month - 1, jalali.year * 12 + jalali.month - 1)
        return known[day]

    rows = connection.execute(
        sa.select(orders.c.customer_id, orders.c.currency, orders.c.created_at)
        .where(orders.c.status != "cancelled", orders.c.customer_id.is_not(None))
        .order_by(orders.c.customer_id, orders.c.currency, orders.c.created_at)
        .execution_options(stream_results=True, yield_per=20_000)
    )
    statement = (
        sa.update(customer_sales)
        .where(
            customer_sales.c.customer_id == sa.bindparam("key_customer"),
            customer_sales.c.currency == sa.bindparam("key_currency"),
        )
        .values(months_gregorian=sa.bindparam("mg"), months_jalali=sa.bindparam("mj"))
    )
    batch = []
    for (customer_id, currency), group in groupby(rows, key=lambda row: (row[0], row[1])):
        times = [row[2] for row in group]
        first_g, first_j = months(times[0])
        gregorian = jalali = 0
        for moment in times:
            month_g, month_j = months(moment)
            if month_g - first_g < 62:
                gregorian |= 1 << (month_g - first_g)
            if month_j - first_j < 62:
                jalali |= 1 << (month_j - first_j)
        batch.append({"key_customer": customer_id, "key_currency": currency, "mg": gregorian, "mj": jalali})
        if len(batch) >= 10_000:
            connection.execute(statement, batch)
            batch = []
    if batch:
        connection.execute(statement, batch)
