"""A customer's phone may be kept unverified: a possible number the phone library does not know as valid (a new
range, one kept for films) is kept as typed rather than refused, and marked so (``phone_verified`` false). Every
phone stored before was verified.

Revision ID: 0024_phone_unverified
Revises: 0023_card_gains_not_tiers
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0024_phone_unverified"
down_revision = "0023_card_gains_not_tiers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Only when it is missing: a database put back to an older revision by hand (as tests of earlier migrations
    # do) keeps its columns, and running this again must not fail there.
    if "phone_verified" in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("customer")}:
        return
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("phone_verified", sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_column("phone_verified")
