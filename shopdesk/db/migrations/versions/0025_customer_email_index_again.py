"""The index on customers' lower-cased e-mail (0014), built again where it is missing: on SQLite, a later
migration that rebuilt the customer table in batch mode (0024 among them) copied its indexes by reflection, which
skips indexes on expressions — so every SQLite shop lost it, and matching an import's customers by e-mail read the
whole table.

Revision ID: 0025_customer_email_index_again
Revises: 0024_phone_unverified
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0025_customer_email_index_again"
down_revision = "0024_phone_unverified"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # IF NOT EXISTS on both SQLite and PostgreSQL: a database that kept it (PostgreSQL alters in place) is left as is
    op.execute(sa.text("CREATE INDEX IF NOT EXISTS ix_customer_email_lower ON customer (lower(email))"))


def downgrade() -> None:
    pass  # the index belongs to 0014; nothing of this migration's own to undo
