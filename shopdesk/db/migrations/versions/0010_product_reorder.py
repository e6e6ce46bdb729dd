"""A product's typical reorder interval in days (e.g. 45 for a soap), for reorder reminders in the follow-ups.

Revision ID: 0010_product_reorder
Revises: 0009_loyalty_programs
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_product_reorder"
down_revision = "0009_loyalty_programs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reorder_days", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_column("reorder_days")
