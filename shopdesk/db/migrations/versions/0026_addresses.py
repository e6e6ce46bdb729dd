"""Addresses: a customer's address book, an order's ship-to and bill-to (copied onto the order), percent discounts
kept as typed, and a line's SKU beside its name. Lines placed by SKU before this got the SKU as their name: they
get the product's name back here.

Revision ID: 0026_addresses
Revises: 0025_customer_email_index_again
Create Date: 2026-12-07
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import shopdesk.db.types

revision = "0026_addresses"
down_revision = "0025_customer_email_index_again"
branch_labels = None
depends_on = None


def _address_columns() -> list[sa.Column]:
    text = sqlmodel.sql.sqltypes.AutoString
    return [
        sa.Column("recipient", text(length=200), nullable=False),
        sa.Column("phone", text(length=32), nullable=False),
        sa.Column("line1", text(length=200), nullable=False),
        sa.Column("line2", text(length=200), nullable=False),
        sa.Column("district", text(length=100), nullable=False),
        sa.Column("city", text(length=100), nullable=False),
        sa.Column("region", text(length=100), nullable=False),
        sa.Column("postal_code", text(length=16), nullable=False),
        sa.Column("country", text(length=2), nullable=False),
        sa.Column("short_code", text(length=8), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "customer_address",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        *_address_columns(),
        sa.Column("created_at", shopdesk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("customer_address", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_address_customer_id"), ["customer_id"], unique=False)
    op.create_table(
        "order_address",
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
        *_address_columns(),
        sa.Column("city_key", shopdesk.db.types.search_text(100), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["shop_order.id"]),
        sa.PrimaryKeyConstraint("order_id", "kind"),
    )
    with op.batch_alter_table("order_address", schema=None) as batch_op:
        batch_op.create_index("ix_order_address_city_key", ["city_key", "kind", "order_id"], unique=False)
    with op.batch_alter_table("order_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("discount_basis_points", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("sku", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False, server_default="")
        )
    with op.batch_alter_table("shop_order", schema=None) as batch_op:
        batch_op.add_column(sa.Column("discount_basis_points", sa.Integer(), nullable=True))
    # written out (not the services) so that this migration keeps meaning what it meant
    lines = sa.table(
        "order_line",
        sa.column("product_id", sa.Integer),
        sa.column("description", sa.String),
        sa.column("sku", sa.String),
    )
    products = sa.table(
        "product",
        sa.column("id", sa.Integer),
        sa.column("sku", sa.String),
        sa.column("name_en", sa.String),
        sa.column("name_ar", sa.String),
        sa.column("name_fa", sa.String),
    )
    product = products.c.id == lines.c.product_id
    connection = op.get_bind()
    connection.execute(
        sa.update(lines)
        .where(lines.c.product_id.is_not(None))
        .values(sku=sa.select(products.c.sku).where(product).scalar_subquery())
    )
    name = sa.func.coalesce(
        sa.func.nullif(products.c.name_en, ""),
        sa.func.nullif(products.c.name_ar, ""),
        sa.func.nullif(products.c.name_fa, ""),
    )
    connection.execute(
        sa.update(lines)
        .where(lines.c.product_id.is_not(None), lines.c.description == lines.c.sku)
        .where(sa.select(name).where(product).scalar_subquery().is_not(None))
        .values(description=sa.select(name).where(product).scalar_subquery())
    )


def downgrade() -> None:
    with op.batch_alter_table("shop_order", schema=None) as batch_op:
        batch_op.drop_column("discount_basis_points")
    with op.batch_alter_table("order_line", schema=None) as batch_op:
        batch_op.drop_column("sku")
        batch_op.drop_column("discount_basis_points")
    with op.batch_alter_table("order_address", schema=None) as batch_op:
        batch_op.drop_index("ix_order_address_city_key")
    op.drop_table("order_address")
    with op.batch_alter_table("customer_address", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_address_customer_id"))
    op.drop_table("customer_address")
