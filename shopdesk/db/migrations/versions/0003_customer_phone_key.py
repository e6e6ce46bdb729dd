"""Customers: a searchable phone key, name tokens, one customer per phone, merges; orders: discount code and a
tracking-number index.

Revision ID: 0003_customer_phone_key
Revises: 0002_orders
Create Date: 2026-11-23
"""

import phonenumbers
import sqlalchemy as sa
from alembic import op

from shopdesk.db.types import search_text

revision = "0003_customer_phone_key"
down_revision = "0002_orders"
branch_labels = None
depends_on = None


def _phone_key(phone: str | None) -> str:
    if not phone:
        return ""
    try:
        return str(phonenumbers.parse(phone).national_number)
    except phonenumbers.NumberParseException:
        return "".join(ch for ch in phone if ch.isdigit())


def upgrade() -> None:
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("phone_key", search_text(20), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("merged_into_id", sa.Integer(), nullable=True))
        batch_op.drop_index(batch_op.f("ix_customer_phone"))
        batch_op.create_index(batch_op.f("ix_customer_phone_key"), ["phone_key"], unique=False)
        batch_op.create_unique_constraint("uq_customer_phone", ["phone"])
        batch_op.create_foreign_key("fk_customer_merged_into", "customer", ["merged_into_id"], ["id"])

    op.create_table(
        "customer_name_token",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("token", search_text(200), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"]),
        sa.PrimaryKeyConstraint("customer_id", "token"),
    )
    with op.batch_alter_table("customer_name_token", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_name_token_token"), ["token"], unique=False)

    # Existing customers get their phone key and name tokens, computed as the services compute them.
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, phone, name_key FROM customer")).all()
    for customer_id, phone, name_key in rows:
        if phone:
            conn.execute(
                sa.text("UPDATE customer SET phone_key = :k WHERE id = :i"), {"k": _phone_key(phone), "i": customer_id}
            )
        for token in sorted({word[:200] for word in name_key.split()}):
            conn.execute(
                sa.text("INSERT INTO customer_name_token (customer_id, token) VALUES (:i, :t)"),
                {"i": customer_id, "t": token},
            )

    with op.batch_alter_table("shop_order", schema=None) as batch_op:
        batch_op.add_column(sa.Column("discount_code", sa.String(length=64), nullable=False, server_default=""))
        batch_op.create_index(batch_op.f("ix_shop_order_tracking_number"), ["tracking_number"], unique=False)


def downgrade() -> None:
    op.drop_table("customer_name_token")
    with op.batch_alter_table("shop_order", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shop_order_tracking_number"))
        batch_op.drop_column("discount_code")
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_constraint("fk_customer_merged_into", type_="foreignkey")
        batch_op.drop_constraint("uq_customer_phone", type_="unique")
        batch_op.drop_index(batch_op.f("ix_customer_phone_key"))
        batch_op.create_index(batch_op.f("ix_customer_phone"), ["phone"], unique=False)
        batch_op.drop_column("merged_into_id")
        batch_op.drop_column("phone_key")
