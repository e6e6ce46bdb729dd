"""Each printing keeps when the same document was last printed for its order, so a period's printed orders are
counted without collecting distinct orders. Filled here.

Revision ID: 0020_print_chain
Revises: 0019_card_gains
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

import shopdesk.db.types

revision = "0020_print_chain"
down_revision = "0019_card_gains"
branch_labels = None
depends_on = None

_OLD_INDEX = ["document", "at", "order_id"]


def upgrade() -> None:
    with op.batch_alter_table("order_print", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prev_print_at", shopdesk.db.types.UTCDateTime(timezone=True), nullable=True))
    # written out (not shopdesk.db.rollups.rechain_prints) so that this migration keeps meaning what it meant
    prints = sa.table(
        "order_print",
        sa.column("id", sa.Integer),
        sa.column("order_id", sa.Integer),
        sa.column("document", sa.String),
        sa.column("at", shopdesk.db.types.UTCDateTime()),
        sa.column("prev_print_at", shopdesk.db.types.UTCDateTime()),
    )
    window = {"partition_by": (prints.c.order_id, prints.c.document), "order_by": (prints.c.at, prints.c.id)}
    chains = sa.select(prints.c.id, sa.func.lag(prints.c.at).over(**window).label("prev_print_at")).subquery()
    op.get_bind().execute(
        sa.update(prints).where(prints.c.id == chains.c.id).values(prev_print_at=chains.c.prev_print_at)
    )
    with op.batch_alter_table("order_print", schema=None) as batch_op:
        batch_op.drop_index("ix_order_print_document_at")
        batch_op.create_index("ix_order_print_document_at", [*_OLD_INDEX, "prev_print_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("order_print", schema=None) as batch_op:
        batch_op.drop_index("ix_order_print_document_at")
        batch_op.create_index("ix_order_print_document_at", _OLD_INDEX, unique=False)
        batch_op.drop_column("prev_print_at")
