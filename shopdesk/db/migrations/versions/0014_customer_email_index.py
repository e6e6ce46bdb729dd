"""Customers found by their e-mail in any letter case through an index (an import matches thousands at once).

Revision ID: 0014_customer_email_index
Revises: 0013_accounts
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_customer_email_index"
down_revision = "0013_accounts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_customer_email_lower", "customer", [sa.text("lower(email)")])


def downgrade() -> None:
    op.drop_index("ix_customer_email_lower", table_name="customer")
