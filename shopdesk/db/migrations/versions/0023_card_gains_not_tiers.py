"""A tier change is not a card's gain: the loyalty ledger's tier rows (whose ``stamps`` are the level reached) leave
the cards' chains and the chains per day, so a period's ``active_cards`` no longer counts them. Filled here.

Revision ID: 0023_card_gains_not_tiers
Revises: 0022_no_last_order_index
Create Date: 2026-12-07
"""

from collections import defaultdict

import sqlalchemy as sa
from alembic import op

import shopdesk.db.types

revision = "0023_card_gains_not_tiers"
down_revision = "0022_no_last_order_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # written out (not shopdesk.db.rollups.rechain_cards) so that this migration keeps meaning what it meant
    at = shopdesk.db.types.UTCDateTime()
    entries = sa.table(
        "loyalty_entry",
        sa.column("id", sa.Integer),
        sa.column("customer_id", sa.Integer),
        sa.column("program_id", sa.Integer),
        sa.column("kind", sa.String),
        sa.column("stamps", sa.Integer),
        sa.column("at", at),
        sa.column("prev_gain_at", at),
    )
    cells = sa.table(
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
    connection = op.get_bind()
    gain = sa.and_(entries.c.stamps > 0, entries.c.kind != "tier")
    connection.execute(sa.update(entries).where(entries.c.kind == "tier").values(prev_gain_at=None))
    window = {"partition_by": (entries.c.customer_id, entries.c.program_id), "order_by": (entries.c.at, entries.c.id)}
    chains = sa.select(entries.c.id, sa.func.lag(entries.c.at).over(**window).label("prev_gain_at")).where(gain)
    chains = chains.subquery()
    connection.execute(sa.update(entries).where(entries.c.id == chains.c.id).values(prev_gain_at=chains.c.prev_gain_at))
    # the cards' cells counted again from their gains (the local day, as the roll-ups count days)
    connection.execute(sa.delete(cells).where(cells.c.kind == "card"))
    counted = defaultdict(int)
    rows = sa.select(sa.cast(entries.c.program_id, sa.String), entries.c.at, entries.c.prev_gain_at).where(gain)
    for scope, moment, prev_at in connection.execute(rows):
        if prev_at is None:
            month = 0
        else:
            prev_day = prev_at.astimezone().date()
            month = prev_day.year * 12 + prev_day.month - 1
        counted[(scope, moment.astimezone().date(), month)] += 1
    values = [
        {"kind": "card", "scope": scope, "day": day, "prev_month": month, "n": n, "n_second": 0, "kept_minor": 0,
         "total_minor": 0}
        for (scope, day, month), n in counted.items()
    ]  # fmt: skip
    for start in range(0, len(values), 10_000):
        connection.execute(sa.insert(cells), values[start : start + 10_000])


def downgrade() -> None:
    pass  # the chains without tier rows are as good for the schema before: nothing to undo
