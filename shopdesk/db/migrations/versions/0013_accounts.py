"""Owner and staff accounts with hashed PINs, and the audit log of privileged actions.

Revision ID: 0013_accounts
Revises: 0012_order_source
Create Date: 2026-12-01
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import shopdesk.db.types

revision = "0013_accounts"
down_revision = "0012_order_source"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("pin_hash", sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
        sa.Column("pin_salt", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("scrypt_n", sa.Integer(), nullable=False),
        sa.Column("scrypt_r", sa.Integer(), nullable=False),
        sa.Column("scrypt_p", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_tries", sa.Integer(), server_default="0", nullable=False),
        sa.Column("locked_until", shopdesk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", shopdesk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name", name="uq_account_name"),
    )
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", shopdesk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("account", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=48), nullable=False),
        sa.Column("details", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))
    op.drop_table("audit_entry")
    op.drop_table("account")
