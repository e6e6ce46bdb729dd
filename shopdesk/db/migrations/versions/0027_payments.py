"""Payments: an order's payments (and refunds outside returns) as rows with amount, method, when and who. What
orders were paid before is written as their first rows, so paid and balance stay what they were: the store credit
an order used, the rest of what was typed as Paid (by the order's method), and for an order marked paid (or further)
with less typed, the rest of its total (method "other", when it was marked paid).

Revision ID: 0027_payments
Revises: 0026_addresses
Create Date: 2026-12-09
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import shopdesk.db.types

revision = "0027_payments"
down_revision = "0026_addresses"
branch_labels = None
depends_on = None

# written out (not imported from the services) so that this migration keeps meaning what it meant
_METHODS = ("cash", "card", "bank_transfer", "wallet", "cash_on_delivery", "store_credit", "other")
_PAID = ("paid", "packed", "shipped", "delivered")


def upgrade() -> None:
    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("method", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("at", shopdesk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["shop_order.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index("ix_payment_order_at", ["order_id", "at"], unique=False)
    connection = op.get_bind()
    methods = ", ".join(f"'{m}'" for m in _METHODS)
    paid = ", ".join(f"'{s}'" for s in _PAID)
    credit = (
        "(SELECT COALESCE(-SUM(c.amount_minor), 0) FROM store_credit_entry c "
        "WHERE c.order_id = o.id AND c.kind = 'used')"
    )
    # the store credit each order used
    connection.exec_driver_sql(
        "INSERT INTO payment (order_id, kind, method, amount_minor, at, actor, note) "
        "SELECT c.order_id, 'payment', 'store_credit', -SUM(c.amount_minor), MIN(c.at), '', '' "
        "FROM store_credit_entry c WHERE c.kind = 'used' AND c.order_id IS NOT NULL "
        "GROUP BY c.order_id HAVING SUM(c.amount_minor) < 0"
    )
    # the rest of what was typed as Paid, by the order's method
    connection.exec_driver_sql(
        "INSERT INTO payment (order_id, kind, method, amount_minor, at, actor, note) "
        f"SELECT o.id, 'payment', CASE WHEN o.payment_method IN ({methods}) THEN o.payment_method ELSE 'other' END, "
        f"o.paid_minor - {credit}, o.created_at, '', '' FROM shop_order o WHERE o.paid_minor > {credit}"
    )
    # an order marked paid (or further) with less typed: the rest of its total, when it was marked paid
    connection.exec_driver_sql(
        "INSERT INTO payment (order_id, kind, method, amount_minor, at, actor, note) "
        "SELECT o.id, 'payment', 'other', o.total_minor - o.paid_minor, "
        "COALESCE((SELECT MIN(e.at) FROM order_event e WHERE e.order_id = o.id AND e.to_status = 'paid'), "
        "o.created_at), '', 'marked paid' "
        f"FROM shop_order o WHERE o.status IN ({paid}) AND o.total_minor > o.paid_minor"
    )
    connection.exec_driver_sql(
        f"UPDATE shop_order SET paid_minor = total_minor WHERE status IN ({paid}) AND total_minor > paid_minor"
    )


def downgrade() -> None:
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index("ix_payment_order_at")
    op.drop_table("payment")
