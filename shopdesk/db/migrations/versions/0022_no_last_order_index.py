"""The customer roll-up's index on the last order goes: no figure reads it since the summaries count a period's
customers through the chains per day (0021), and every order saved moved its entry (one more page written per
order).

Revision ID: 0022_no_last_order_index
Revises: 0021_chain_days
Create Date: 2026-12-02
"""

from alembic import op

revision = "0022_no_last_order_index"
down_revision = "0021_chain_days"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customer_sales", schema=None) as batch_op:
        batch_op.drop_index("ix_customer_sales_currency_last")


def downgrade() -> None:
    with op.batch_alter_table("customer_sales", schema=None) as batch_op:
        batch_op.create_index(
            "ix_customer_sales_currency_last",
            ["currency", "last_at", "orders", "spent_minor", "given_back_minor"],
            unique=False,
        )
