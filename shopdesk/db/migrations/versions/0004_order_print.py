"""Printed documents per order: what was printed, in which size and language, and when.

Revision ID: 0004_order_print
Revises: 0003_customer_phone_key
Create Date: 2026-12-01
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import shopdesk.db.types

revision = "0004_order_print"
down_revision = "0003_customer_phone_key"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "order_print",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("document", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("size", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("language", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
        sa.Column("at", shopdesk.db.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["shop_order.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("order_print", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_order_print_order_id"), ["order_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("order_print", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_order_print_order_id"))
    op.drop_table("order_print")
