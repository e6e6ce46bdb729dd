"""The catalogue: products with names in up to three languages, a price, whether they can be returned, and how
often a consumable is usually bought again."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import select

from shopdesk.db.models import Product
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services.errors import InvalidInput, NotFound
from shopdesk.services.product_records import ProductRow, validate_product


class ProductService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def list_products(self, *, include_inactive: bool = False) -> list[ProductRow]:
        statement = select(Product).order_by(Product.sku)
        if not include_inactive:
            statement = statement.where(Product.active.is_(True))
        with self._uow() as uow:
            return [_row(p) for p in uow.session.exec(statement)]

    def save_product(self, product: ProductRow) -> int:
        """Create (``id`` None) or update a product; the SKU must be unique."""
        clean = validate_product(product)
        with self._uow() as uow:
            session = uow.session
            clash = session.exec(select(Product.id).where(func.upper(Product.sku) == clean.sku)).first()
            if clash is not None and clash != clean.id:
                raise InvalidInput("sku", "already used", clean.sku)
            if clean.id is None:
                row = Product()
                session.add(row)
            else:
                row = session.get(Product, clean.id)
                if row is None:
                    raise NotFound("product", clean.id)
            for name in (
                "sku",
                "name_en",
                "name_ar",
                "name_fa",
                "price_minor",
                "returnable",
                "care_tip_en",
                "care_tip_ar",
                "care_tip_fa",
                "active",
                "reorder_days",
            ):
                setattr(row, name, getattr(clean, name))
            session.flush()
            uow.commit()
            return row.id


def _row(p: Product) -> ProductRow:
    return ProductRow(
        id=p.id,
        sku=p.sku,
        name_en=p.name_en,
        name_ar=p.name_ar,
        name_fa=p.name_fa,
        price_minor=p.price_minor,
        returnable=p.returnable,
        care_tip_en=p.care_tip_en,
        care_tip_ar=p.care_tip_ar,
        care_tip_fa=p.care_tip_fa,
        active=p.active,
        reorder_days=p.reorder_days,
    )
