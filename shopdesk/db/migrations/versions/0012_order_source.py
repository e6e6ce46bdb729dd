"""Where an imported order came from and its number there: importing the same file again changes nothing.

Revision ID: 0012_order_source
Revises: 0011_rollups
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_order_source"
down_revision = "0011_rollups"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("shop_order", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source", sa.String(length=32), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("external_id", sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint("uq_shop_order_source_external", ["source", "external_id"])


def downgrade() -> None:
    with op.batch_alter_table("shop_order", schema=None) as batch_op:
        batch_op.drop_constraint("uq_shop_order_source_external", type_="unique")
        batch_op.drop_column("external_id")
        batch_op.drop_column("source")
