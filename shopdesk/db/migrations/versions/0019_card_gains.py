"""Each loyalty gain keeps when its card (customer and program) last gained before it, so a period's active
cards are counted without collecting distinct customers. Filled here.

Revision ID: 0019_card_gains
Revises: 0018_return_order_at
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

import shopdesk.db.types

revision = "0019_card_gains"
down_revision = "0018_return_order_at"
branch_labels = None
depends_on = None

_OLD_INDEX = ["at", "stamps", "customer_id", "program_id"]


def upgrade() -> None:
    with op.batch_alter_table("loyalty_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prev_gain_at", shopdesk.db.types.UTCDateTime(timezone=True), nullable=True))
    # written out (not shopdesk.db.rollups.rechain_cards) so that this migration keeps meaning what it meant
    entries = sa.table(
        "loyalty_entry",
        sa.column("id", sa.Integer),
        sa.column("customer_id", sa.Integer),
        sa.column("program_id", sa.Integer),
        sa.column("stamps", sa.Integer),
        sa.column("at", shopdesk.db.types.UTCDateTime()),
        sa.column("prev_gain_at", shopdesk.db.types.UTCDateTime()),
    )
    window = {"partition_by": (entries.c.customer_id, entries.c.program_id), "order_by": (entries.c.at, entries.c.id)}
    chains = (
        sa.select(entries.c.id, sa.func.lag(entries.c.at).over(**window).label("prev_gain_at"))
        .where(entries.c.stamps > 0)
        .subquery()
    )
    op.get_bind().execute(
        sa.update(entries).where(entries.c.id == chains.c.id).values(prev_gain_at=chains.c.prev_gain_at)
    )
    with op.batch_alter_table("loyalty_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_loyalty_entry_at")
        batch_op.create_index("ix_loyalty_entry_at", [*_OLD_INDEX, "prev_gain_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("loyalty_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_loyalty_entry_at")
        batch_op.create_index("ix_loyalty_entry_at", _OLD_INDEX, unique=False)
        batch_op.drop_column("prev_gain_at")
