"""Orders: reading the list a page at a time (keyset paging, never OFFSET).

The foundation slice: the newest orders first, with their customer's name. Placing and editing
orders, filters and search come with the orders issue.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, func, or_
from sqlmodel import select

from shopdesk.db.models import Customer, Order
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services.order_rows import CHANNELS, STATUSES, OrderRow

__all__ = ["CHANNELS", "STATUSES", "OrderRow", "OrderService"]


class OrderService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def count(self) -> int:
        with self._uow() as uow:
            return uow.session.exec(select(func.count()).select_from(Order)).one()

    def newest_page(self, *, limit: int, after: tuple[datetime, int] | None = None) -> list[OrderRow]:
        """The next ``limit`` orders, newest first, after the row whose ``page_key`` is ``after``."""
        query = (
            select(
                Order.id,
                Order.number,
                Order.created_at,
                Customer.name,
                Order.status,
                Order.channel,
                Order.total_minor,
                Order.currency,
            )
            .outerjoin(Customer, Customer.id == Order.customer_id)
            .order_by(Order.created_at.desc(), Order.id.desc())
            .limit(limit)
        )
        if after is not None:
            created, order_id = after
            query = query.where(or_(Order.created_at < created, and_(Order.created_at == created, Order.id < order_id)))
        with self._uow() as uow:
            return [
                OrderRow(
                    id=r[0],
                    number=r[1],
                    created_at=r[2],
                    customer_name=r[3] or "",
                    status=r[4],
                    channel=r[5],
                    total_minor=r[6],
                    currency=r[7],
                )
                for r in uow.session.exec(query)
            ]
