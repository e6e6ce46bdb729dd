"""Care tips per language, as product names are: ``care_tip`` becomes ``care_tip_en`` and ``care_tip_ar`` and
``care_tip_fa`` join it. A tip written before in Arabic letters moves to the shop's language (Persian for a shop in
Iran or Afghanistan, Arabic otherwise), so it keeps printing where it did and stops printing on English inserts.

Revision ID: 0031_care_tips
Revises: 0030_shop_clock
Create Date: 2026-12-08
"""

import re

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0031_care_tips"
down_revision = "0030_shop_clock"
branch_labels = None
depends_on = None


def _text() -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString()


_ARABIC_LETTERS = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_PERSIAN_COUNTRIES = ("IR", "AF")


def upgrade() -> None:
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.alter_column("care_tip", new_column_name="care_tip_en", existing_type=sa.String())
        batch_op.add_column(sa.Column("care_tip_ar", _text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("care_tip_fa", _text(), nullable=False, server_default=""))
    bind = op.get_bind()
    country = bind.execute(sa.text("SELECT value FROM setting WHERE key = 'country'")).scalar() or ""
    column = "care_tip_fa" if country.strip().upper() in _PERSIAN_COUNTRIES else "care_tip_ar"
    rows = bind.execute(sa.text("SELECT id, care_tip_en FROM product WHERE care_tip_en <> ''")).all()
    moved = [{"id": row_id, "tip": tip} for row_id, tip in rows if _ARABIC_LETTERS.search(tip)]
    if moved:
        bind.execute(
            sa.text(f"UPDATE product SET {column} = :tip, care_tip_en = '' WHERE id = :id"),  # noqa: S608 - fixed name
            moved,
        )


def downgrade() -> None:
    bind = op.get_bind()
    # The one tip the old schema holds: the English one, else the Arabic, else the Persian.
    bind.execute(
        sa.text(
            "UPDATE product SET care_tip_en = CASE WHEN care_tip_en <> '' THEN care_tip_en "
            "WHEN care_tip_ar <> '' THEN care_tip_ar ELSE care_tip_fa END"
        )
    )
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_column("care_tip_fa")
        batch_op.drop_column("care_tip_ar")
        batch_op.alter_column("care_tip_en", new_column_name="care_tip", existing_type=sa.String())
