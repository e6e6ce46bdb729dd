"""Each counted order's place in its customer's chain (previous order, ordinal, what was spent and kept before),
so a period's customers, repeat customers and lifetime value are one pass over its orders; the customer roll-up's
"given back" becomes what returns gave back on the customer's counted orders. Both filled here.

Revision ID: 0016_order_chain
Revises: 0015_one_owner
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

import shopdesk.db.types

revision = "0016_order_chain"
down_revision = "0015_one_owner"
branch_labels = None
depends_on = None

_OLD_INDEX = ["created_at", "status", "currency", "customer_id", "total_minor"]


def upgrade() -> None:
    with op.batch_alter_table("shop_order", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prev_at", shopdesk.db.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("kept_before", sa.BigInteger(), nullable=True))
    _fill(op.get_bind())
    with op.batch_alter_table("shop_order", schema=None) as batch_op:
        batch_op.drop_index("ix_shop_order_created_status")
        batch_op.create_index("ix_shop_order_created_status", [*_OLD_INDEX, "prev_at", "seq", "kept_before"])


def downgrade() -> None:
    with op.batch_alter_table("shop_order", schema=None) as batch_op:
        batch_op.drop_index("ix_shop_order_created_status")
        batch_op.create_index("ix_shop_order_created_status", _OLD_INDEX)
        batch_op.drop_column("kept_before")
        batch_op.drop_column("seq")
        batch_op.drop_column("prev_at")


def _fill(connection) -> None:  # noqa: ANN001
    """The chains and the roll-up's "given back" of the orders there are (as ``shopdesk.db.rollups.rebuild``,
    written out so that this migration keeps meaning what it meant when later versions change the tables)."""
    orders = sa.table(
        "shop_order",
        sa.column("id", sa.Integer),
        sa.column("customer_id", sa.Integer),
        sa.column("currency", sa.String),
        sa.column("status", sa.String),
        sa.column("total_minor", sa.BigInteger),
        sa.column("created_at", shopdesk.db.types.UTCDateTime()),
        sa.column("prev_at", shopdesk.db.types.UTCDateTime()),
        sa.column("seq", sa.Integer),
        sa.column("kept_before", sa.BigInteger),
    )
    returns = sa.table("return_request", sa.column("order_id", sa.Integer), sa.column("refund_minor", sa.BigInteger))
    customer_sales = sa.table(
        "customer_sales",
        sa.column("customer_id", sa.Integer),
        sa.column("currency", sa.String),
        sa.column("given_back_minor", sa.BigInteger),
    )

    def refunded(order_id):  # noqa: ANN001, ANN202
        return (
            sa.select(sa.func.coalesce(sa.func.sum(returns.c.refund_minor), 0))
            .where(returns.c.order_id == order_id)
            .scalar_subquery()
        )

    counted = sa.and_(orders.c.status != "cancelled", orders.c.customer_id.is_not(None))
    inner = (
        sa.select(
            orders.c.id,
            orders.c.customer_id,
            orders.c.currency,
            orders.c.created_at,
            (orders.c.total_minor - refunded(orders.c.id)).label("kept"),
        )
        .where(counted)
        .subquery()
    )
    window = {"partition_by": (inner.c.customer_id, inner.c.currency), "order_by": (inner.c.created_at, inner.c.id)}
    chains = sa.select(
        inner.c.id,
        sa.func.lag(inner.c.created_at).over(**window).label("prev_at"),
        sa.func.row_number().over(**window).label("seq"),
        sa.func.coalesce(sa.func.sum(inner.c.kept).over(**window, rows=(None, -1)), 0).label("kept_before"),
    ).subquery()
    connection.execute(
        sa.update(orders)
        .where(orders.c.id == chains.c.id)
        .values(prev_at=chains.c.prev_at, seq=chains.c.seq, kept_before=chains.c.kept_before)
    )
    given_back = (
        sa.select(sa.func.coalesce(sa.func.sum(refunded(orders.c.id)), 0))
        .where(
            counted,
            orders.c.customer_id == customer_sales.c.customer_id,
            orders.c.currency == customer_sales.c.currency,
        )
        .scalar_subquery()
    )
    connection.execute(sa.update(customer_sales).values(given_back_minor=given_back))
