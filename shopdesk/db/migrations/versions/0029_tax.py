"""Tax: VAT rates of products, a business buyer's VAT number, the rate and tax each order line was sold at, the
order's tax, and the issued tax documents (invoices and credit notes) with their amounts by rate. Orders placed
before this carry no tax (their tax columns stay empty): a shop was not registered in shopdesk then.

Revision ID: 0029_tax
Revises: 0028_order_history
Create Date: 2026-12-20
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import shopdesk.db.types

revision = "0029_tax"
down_revision = "0028_order_history"
branch_labels = None
depends_on = None


def _text(length: int) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def upgrade() -> None:
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.add_column(sa.Column("tax_rate", _text(32), nullable=False, server_default=""))
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("vat_number", _text(20), nullable=False, server_default=""))
    with op.batch_alter_table("order_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("tax_rate", _text(32), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("tax_kind", _text(8), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("tax_basis_points", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("net_minor", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("tax_minor", sa.BigInteger(), nullable=True))
    with op.batch_alter_table("shop_order", schema=None) as batch_op:
        batch_op.add_column(sa.Column("tax_minor", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("prices_include_tax", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("shipping_tax_rate", _text(32), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("shipping_tax_kind", _text(8), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("shipping_tax_basis_points", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("shipping_tax_minor", sa.BigInteger(), nullable=True))
    op.create_table(
        "tax_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", _text(16), nullable=False),
        sa.Column("number", sa.BigInteger(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("return_id", sa.Integer(), nullable=True),
        sa.Column("issued_at", shopdesk.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("currency", _text(3), nullable=False),
        sa.Column("net_minor", sa.BigInteger(), nullable=False),
        sa.Column("tax_minor", sa.BigInteger(), nullable=False),
        sa.Column("gross_minor", sa.BigInteger(), nullable=False),
        sa.Column("seller_name", _text(200), nullable=False),
        sa.Column("seller_vat", _text(20), nullable=False),
        sa.Column("buyer_name", _text(200), nullable=False),
        sa.Column("buyer_vat", _text(20), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("printed_at", shopdesk.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["invoice_id"], ["tax_document.id"]),
        sa.ForeignKeyConstraint(["order_id"], ["shop_order.id"]),
        sa.ForeignKeyConstraint(["return_id"], ["return_request.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kind", "number", name="uq_tax_document_kind_number"),
    )
    with op.batch_alter_table("tax_document", schema=None) as batch_op:
        batch_op.create_index("ix_tax_document_issued_at", ["issued_at", "kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_tax_document_order_id"), ["order_id"], unique=False)
    op.create_table(
        "tax_document_line",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("rate_code", _text(32), nullable=False),
        sa.Column("kind", _text(8), nullable=False),
        sa.Column("basis_points", sa.Integer(), nullable=False),
        sa.Column("net_minor", sa.BigInteger(), nullable=False),
        sa.Column("tax_minor", sa.BigInteger(), nullable=False),
        sa.Column("gross_minor", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["tax_document.id"]),
        sa.PrimaryKeyConstraint("document_id", "rate_code", "basis_points"),
    )


def downgrade() -> None:
    op.drop_table("tax_document_line")
    with op.batch_alter_table("tax_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tax_document_order_id"))
        batch_op.drop_index("ix_tax_document_issued_at")
    op.drop_table("tax_document")
    with op.batch_alter_table("shop_order", schema=None) as batch_op:
        for name in (
            "shipping_tax_minor",
            "shipping_tax_basis_points",
            "shipping_tax_kind",
            "shipping_tax_rate",
            "prices_include_tax",
        ):
            batch_op.drop_column(name)
        batch_op.drop_column("tax_minor")
    with op.batch_alter_table("order_line", schema=None) as batch_op:
        for name in ("tax_minor", "net_minor", "tax_basis_points", "tax_kind", "tax_rate"):
            batch_op.drop_column(name)
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_column("vat_number")
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_column("tax_rate")
