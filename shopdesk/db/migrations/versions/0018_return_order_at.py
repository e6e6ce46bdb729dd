"""Each return keeps its order's time and whether that order counts (not cancelled), so the summaries read a
period's returns without reading its orders. Filled here.

Revision ID: 0018_return_order_at
Revises: 0017_cohort_months
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

import shopdesk.db.types

revision = "0018_return_order_at"
down_revision = "0017_cohort_months"
branch_labels = None
depends_on = None

_INDEX = [
    "order_at",
    "order_counted",
    "currency",
    "rejection_reason",
    "reason",
    "order_id",
    "refund_minor",
    "customer_id",
]


def upgrade() -> None:
    with op.batch_alter_table("return_request", schema=None) as batch_op:
        batch_op.add_column(sa.Column("order_at", shopdesk.db.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("order_counted", sa.Boolean(), nullable=True))
    # written out (not shopdesk.db.rollups.link_returns) so that this migration keeps meaning what it meant
    orders = sa.table(
        "shop_order",
        sa.column("id", sa.Integer),
        sa.column("status", sa.String),
        sa.column("created_at", shopdesk.db.types.UTCDateTime()),
    )
    returns = sa.table(
        "return_request",
        sa.column("order_id", sa.Integer),
        sa.column("order_at", shopdesk.db.types.UTCDateTime()),
        sa.column("order_counted", sa.Boolean),
    )
    of_order = orders.c.id == returns.c.order_id
    op.get_bind().execute(
        sa.update(returns).values(
            order_at=sa.select(orders.c.created_at).where(of_order).scalar_subquery(),
            order_counted=sa.select(orders.c.status != "cancelled").where(of_order).scalar_subquery(),
        )
    )
    with op.batch_alter_table("return_request", schema=None) as batch_op:
        batch_op.create_index("ix_return_request_order_at", _INDEX, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("return_request", schema=None) as batch_op:
        batch_op.drop_index("ix_return_request_order_at")
        batch_op.drop_column("order_counted")
        batch_op.drop_column("order_at")
