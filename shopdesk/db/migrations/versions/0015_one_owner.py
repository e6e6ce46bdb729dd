"""One owner account: two desks setting roles up at the same moment cannot both create one.

Revision ID: 0015_one_owner
Revises: 0014_customer_email_index
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_one_owner"
down_revision = "0014_customer_email_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "uq_account_one_owner",
        "account",
        ["role"],
        unique=True,
        sqlite_where=sa.text("role = 'owner'"),
        postgresql_where=sa.text("role = 'owner'"),
    )


def downgrade() -> None:
    op.drop_index("uq_account_one_owner", table_name="account")
