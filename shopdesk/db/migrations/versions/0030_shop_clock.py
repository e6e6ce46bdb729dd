"""One shop clock, one source per figure: the summaries' roll-ups go.

The figures are read from the base tables (``services/summary_figures``) with days in the shop's time zone, so
what was derived from them and kept with every order, return, gain and printing goes: the tables ``sales_day``
(orders and revenue per *local day of the desk that saved them*), ``customer_sales`` and ``chain_day``; the
chain columns (``shop_order.prev_at``, ``seq``, ``kept_before``; ``loyalty_entry.prev_gain_at``;
``order_print.prev_print_at``; ``return_request.order_at``, ``order_counted``) and their indexes. Nothing a
person wrote is lost: every dropped value was computed from rows that stay.

The plain queries' indexes: a period's orders are read from the orders' time index, which now also carries the
channel (orders by channel); a customer's orders in a currency up to a time from one index (the repeat customers
and lifetime value; it replaces the index on customer and status); a period's loyalty gains from the ledger's time
index, which now carries the kind (a tier change is not a gain).

Downgrading rebuilds the structures empty: an older shopdesk would show empty summaries — restore a backup instead.

Revision ID: 0030_shop_clock
Revises: 0029_tax
Create Date: 2026-12-08
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import shopdesk.db.types

revision = "0030_shop_clock"
down_revision = "0029_tax"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("chain_day", "customer_sales", "sales_day"):
        op.drop_table(table)
    with op.batch_alter_table("shop_order", schema=None) as batch_op:
        batch_op.drop_index("ix_shop_order_prev_at")
        batch_op.drop_index("ix_shop_order_customer_status")
        batch_op.drop_index("ix_shop_order_created_status")
        for column in ("prev_at", "seq", "kept_before"):
            batch_op.drop_column(column)
        batch_op.create_index(
            "ix_shop_order_created_status",
            ["created_at", "status", "currency", "channel", "customer_id", "total_minor"],
            unique=False,
        )
        batch_op.create_index(
            "ix_shop_order_customer_currency",
            ["customer_id", "currency", "created_at", "status", "total_minor"],
            unique=False,
        )
    with op.batch_alter_table("loyalty_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_loyalty_entry_prev_gain_at")
        batch_op.drop_index("ix_loyalty_entry_at")
        batch_op.drop_column("prev_gain_at")
        batch_op.create_index(
            "ix_loyalty_entry_at", ["at", "stamps", "kind", "customer_id", "program_id"], unique=False
        )
    with op.batch_alter_table("order_print", schema=None) as batch_op:
        batch_op.drop_index("ix_order_print_prev_print_at")
        batch_op.drop_column("prev_print_at")
    with op.batch_alter_table("return_request", schema=None) as batch_op:
        batch_op.drop_index("ix_return_request_order_at")
        batch_op.drop_column("order_at")
        batch_op.drop_column("order_counted")


def downgrade() -> None:
    at = shopdesk.db.types.UTCDateTime(timezone=True)
    with op.batch_alter_table("return_request", schema=None) as batch_op:
        batch_op.add_column(sa.Column("order_at", at, nullable=True))
        batch_op.add_column(sa.Column("order_counted", sa.Boolean(), nullable=True))
        batch_op.create_index(
            "ix_return_request_order_at",
            ["order_at", "order_counted", "currency", "rejection_reason", "reason", "order_id", "refund_minor",
             "customer_id"],
            unique=False,
        )  # fmt: skip
    with op.batch_alter_table("order_print", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prev_print_at", at, nullable=True))
        batch_op.create_index("ix_order_print_prev_print_at", ["prev_print_at", "at", "document"], unique=False)
    with op.batch_alter_table("loyalty_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_loyalty_entry_at")
        batch_op.add_column(sa.Column("prev_gain_at", at, nullable=True))
        batch_op.create_index("ix_loyalty_entry_at", ["at", "stamps", "customer_id", "program_id"], unique=False)
        batch_op.create_index(
            "ix_loyalty_entry_prev_gain_at", ["prev_gain_at", "at", "stamps", "program_id"], unique=False
        )
    with op.batch_alter_table("shop_order", schema=None) as batch_op:
        batch_op.drop_index("ix_shop_order_customer_currency")
        batch_op.drop_index("ix_shop_order_created_status")
        batch_op.add_column(sa.Column("prev_at", at, nullable=True))
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("kept_before", sa.BigInteger(), nullable=True))
        batch_op.create_index(
            "ix_shop_order_created_status", ["created_at", "status", "currency", "customer_id", "total_minor"]
        )
        batch_op.create_index(
            "ix_shop_order_customer_status", ["customer_id", "status", "total_minor", "created_at"], unique=False
        )
        batch_op.create_index(
            "ix_shop_order_prev_at", ["prev_at", "created_at", "currency", "seq", "kept_before"], unique=False
        )
    op.create_table(
        "sales_day",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("currency", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column("channel", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("orders", sa.BigInteger(), nullable=False),
        sa.Column("revenue_minor", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("day", "currency", "channel"),
    )
    op.create_table(
        "customer_sales",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("currency", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column("orders", sa.BigInteger(), nullable=False),
        sa.Column("spent_minor", sa.BigInteger(), nullable=False),
        sa.Column("given_back_minor", sa.BigInteger(), nullable=False),
        sa.Column("first_at", at, nullable=False),
        sa.Column("last_at", at, nullable=False),
        sa.Column("months_gregorian", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("months_jalali", sa.BigInteger(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("customer_id", "currency"),
    )
    op.create_index(
        "ix_customer_sales_currency_first",
        "customer_sales",
        ["currency", "first_at", "customer_id", "months_gregorian", "months_jalali"],
        unique=False,
    )
    op.create_table(
        "chain_day",
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("scope", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("prev_month", sa.Integer(), nullable=False),
        sa.Column("n", sa.BigInteger(), nullable=False),
        sa.Column("n_second", sa.BigInteger(), nullable=False),
        sa.Column("kept_minor", sa.BigInteger(), nullable=False),
        sa.Column("total_minor", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "scope", "day", "prev_month"),
        sqlite_with_rowid=False,
    )
