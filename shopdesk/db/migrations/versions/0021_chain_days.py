"""The chains per day (``chain_day``): a period's customers, active cards and printed orders are read from a few
thousand cells instead of one pass over the period's rows; with an index on each chain's previous time for the
days of a period's first month before it. The period scans' indexes go back to what they were before they
carried the chains (0016, 0019, 0020): nothing reads the chains through them now, and every order, gain and
printing wrote them. NPS, CSAT and reviews are read from an index. Filled here.

Revision ID: 0021_chain_days
Revises: 0020_print_chain
Create Date: 2026-12-01
"""

from collections import defaultdict

import sqlalchemy as sa
from alembic import op

import shopdesk.db.types

revision = "0021_chain_days"
down_revision = "0020_print_chain"
branch_labels = None
depends_on = None


# index: (its columns before the chains, the chain columns 0016/0019/0020 added)
_NARROWED = {
    "shop_order": (
        "ix_shop_order_created_status",
        ["created_at", "status", "currency", "customer_id", "total_minor"],
        ["prev_at", "seq", "kept_before"],
    ),
    "loyalty_entry": ("ix_loyalty_entry_at", ["at", "stamps", "customer_id", "program_id"], ["prev_gain_at"]),
    "order_print": ("ix_order_print_document_at", ["document", "at", "order_id"], ["prev_print_at"]),
}


def _replace_index(table: str, *, with_chain: bool) -> None:
    name, columns, chain = _NARROWED[table]
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.drop_index(name)
        batch_op.create_index(name, columns + chain if with_chain else columns, unique=False)


def upgrade() -> None:
    for table in _NARROWED:
        _replace_index(table, with_chain=False)
    op.create_table(
        "chain_day",
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("scope", sa.String(length=16), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("prev_month", sa.Integer(), nullable=False),
        sa.Column("n", sa.BigInteger(), nullable=False),
        sa.Column("n_second", sa.BigInteger(), nullable=False),
        sa.Column("kept_minor", sa.BigInteger(), nullable=False),
        sa.Column("total_minor", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "scope", "day", "prev_month"),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("shop_order", schema=None) as batch_op:
        batch_op.create_index(
            "ix_shop_order_prev_at", ["prev_at", "created_at", "currency", "seq", "kept_before"], unique=False
        )
    with op.batch_alter_table("loyalty_entry", schema=None) as batch_op:
        batch_op.create_index(
            "ix_loyalty_entry_prev_gain_at", ["prev_gain_at", "at", "stamps", "program_id"], unique=False
        )
    with op.batch_alter_table("order_print", schema=None) as batch_op:
        batch_op.create_index("ix_order_print_prev_print_at", ["prev_print_at", "at", "document"], unique=False)
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.drop_index("ix_feedback_at")
        batch_op.create_index("ix_feedback_at_scores", ["at", "nps", "csat", "review_site"], unique=False)
    _fill(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.drop_index("ix_feedback_at_scores")
        batch_op.create_index("ix_feedback_at", ["at"], unique=False)
    with op.batch_alter_table("order_print", schema=None) as batch_op:
        batch_op.drop_index("ix_order_print_prev_print_at")
    with op.batch_alter_table("loyalty_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_loyalty_entry_prev_gain_at")
    with op.batch_alter_table("shop_order", schema=None) as batch_op:
        batch_op.drop_index("ix_shop_order_prev_at")
    op.drop_table("chain_day")
    for table in _NARROWED:
        _replace_index(table, with_chain=True)


def _fill(connection) -> None:  # noqa: ANN001
    """The cells of the chains there are (as ``shopdesk.db.rollups.rebuild``, written out so that this migration
    keeps meaning what it meant when later versions change the tables)."""
    at = shopdesk.db.types.UTCDateTime()
    orders = sa.table(
        "shop_order",
        sa.column("currency", sa.String),
        sa.column("created_at", at),
        sa.column("prev_at", at),
        sa.column("seq", sa.Integer),
        sa.column("kept_before", sa.BigInteger),
        sa.column("total_minor", sa.BigInteger),
    )
    entries = sa.table(
        "loyalty_entry",
        sa.column("program_id", sa.Integer),
        sa.column("stamps", sa.Integer),
        sa.column("at", at),
        sa.column("prev_gain_at", at),
    )
    prints = sa.table(
        "order_print", sa.column("document", sa.String), sa.column("at", at), sa.column("prev_print_at", at)
    )
    none = (sa.literal(0), sa.literal(0), sa.literal(0))
    kinds = {
        "order": sa.select(
            orders.c.currency,
            orders.c.created_at,
            orders.c.prev_at,
            orders.c.seq,
            orders.c.kept_before,
            orders.c.total_minor,
        ).where(orders.c.seq.is_not(None)),  # fmt: skip
        "card": sa.select(sa.cast(entries.c.program_id, sa.String), entries.c.at, entries.c.prev_gain_at, *none).where(
            entries.c.stamps > 0
        ),
        "print": sa.select(prints.c.document, prints.c.at, prints.c.prev_print_at, *none),
    }

    def day(moment):  # noqa: ANN001, ANN202
        return moment.astimezone().date()  # the local day, as the roll-ups count days

    cells_table = sa.table(
        "chain_day",
        sa.column("kind", sa.String),
        sa.column("scope", sa.String),
        sa.column("day", sa.Date),
        sa.column("prev_month", sa.Integer),
        sa.column("n", sa.BigInteger),
        sa.column("n_second", sa.BigInteger),
        sa.column("kept_minor", sa.BigInteger),
        sa.column("total_minor", sa.BigInteger),
    )
    for kind, query in kinds.items():
        cells = defaultdict(lambda: [0, 0, 0, 0])
        for scope, moment, prev_at, seq, kept, total in connection.execute(
            query.execution_options(stream_results=True, yield_per=20_000)
        ):
            if prev_at is None:
                month = 0
            else:
                prev_day = day(prev_at)
                month = prev_day.year * 12 + prev_day.month - 1
            cell = cells[(scope, day(moment), month)]
            cell[0] += 1
            cell[1] += seq == 2
            cell[2] += int(kept)
            cell[3] += int(total)
        rows = [
            {"kind": kind, "scope": scope, "day": d, "prev_month": month, "n": n, "n_second": second,
             "kept_minor": kept, "total_minor": total}
            for (scope, d, month), (n, second, kept, total) in cells.items()
        ]  # fmt: skip
        for start in range(0, len(rows), 10_000):
            connection.execute(sa.insert(cells_table), rows[start : start + 10_000])
