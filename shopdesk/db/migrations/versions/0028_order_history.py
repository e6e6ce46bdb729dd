"""Editing a saved order: a version on the order (bumped by each edit, so a second desk's edit of an older version
is refused) and the order's history of edits (``order_history``: who, when, which field, before and after as JSON).
Existing orders start at version 0 with no edits.

Revision ID: 0028_order_history
Revises: 0027_payments
Create Date: 2026-12-08
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import shopdesk.db.types

revision = "0028_order_history"
down_revision = "0027_payments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("shop_order", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "order_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("at", shopdesk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("field", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("before", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("after", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["shop_order.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("order_history", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_order_history_order_id"), ["order_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("order_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_order_history_order_id"))
    op.drop_table("order_history")
    with op.batch_alter_table("shop_order", schema=None) as batch_op:
        batch_op.drop_column("version")
