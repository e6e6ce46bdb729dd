"""The packing station's rules: which order a scanned code names, whether it may be packed, and marking it packed.

An order not paid yet (``new``, less paid than its total) is packed only when the shop allows it (Settings → Shop,
"Pack unpaid orders (cash on delivery)", the ``pack_unpaid`` setting, on by default); otherwise it is refused with
what is left to pay (``NotPaid``). Both opening and marking packed apply it, so every caller shares the rule.
"""

from __future__ import annotations

from sqlmodel import select

from shopdesk.db.models import Customer, Order, OrderLine, Product
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services.errors import InvalidInput, NotFound, NotPackable, NotPaid
from shopdesk.services.numbers import ascii_digits, order_number
from shopdesk.services.orders import OrderService
from shopdesk.services.packing_list import PACKABLE, PackingLine, PackingOrder, left_to_pay
from shopdesk.services.settings import shop_setting
from shopdesk.services.shop_settings import flag
from shopdesk.services.text import strip_invisible


class PackingService:
    def __init__(self, uow: UnitOfWorkFactory, orders: OrderService) -> None:
        self._uow = uow
        self._orders = orders

    def open_order(self, scanned: str, language: str = "en") -> PackingOrder:
        """The order a scanned or typed number names (any digits; a scanner's ``#`` or spaces ignored).

        Raises ``InvalidInput`` for text that is no number, ``NotFound`` for an unknown number and ``NotPackable``
        for an order already packed, shipped, delivered or cancelled, so nothing is packed twice by mistake.
        """
        number = order_number(ascii_digits(strip_invisible(scanned)).strip().lstrip("#").replace(" ", ""))
        if number is None:
            raise InvalidInput("order", "not an order number", scanned)
        with self._uow() as uow:
            session = uow.session
            row = session.exec(
                select(Order, Customer)
                .join(Customer, Order.customer_id == Customer.id, isouter=True)
                .where(Order.number == number)
            ).first()
            if row is None:
                raise NotFound("order", number)
            order, customer = row
            if order.status not in PACKABLE:
                raise NotPackable(number, order.status)
            due = self._refuse_unpaid(session, order)
            lines = []
            for line, product in session.exec(
                select(OrderLine, Product)
                .join(Product, OrderLine.product_id == Product.id, isouter=True)
                .where(OrderLine.order_id == order.id)
                .order_by(OrderLine.id)
            ):
                name = line.description
                if product is not None:
                    name = getattr(product, f"name_{language}", "") or name or product.name_en
                lines.append(PackingLine(line.id, name, product.sku if product is not None else "", line.quantity))
            return PackingOrder(
                id=order.id,
                number=order.number,
                status=order.status,
                customer_name=customer.name if customer is not None else "",
                gift_message=order.gift_message,
                lines=tuple(lines),
                currency=order.currency,
                due_minor=due,
            )

    def packs_unpaid(self) -> bool:
        """Whether the shop packs orders not paid yet (cash on delivery)."""
        with self._uow() as uow:
            return flag(shop_setting(uow.session.connection(), "pack_unpaid"))

    @staticmethod
    def _refuse_unpaid(session, order: Order) -> int:  # noqa: ANN001
        """What the order has left to pay; ``NotPaid`` when that is not nothing and the shop packs only paid
        orders."""
        due = left_to_pay(order.status, order.total_minor, order.paid_minor)
        if due and not flag(shop_setting(session.connection(), "pack_unpaid")):
            raise NotPaid(order.number, due, order.currency)
        return due

    def mark_packed(self, order: PackingOrder) -> None:
        """Move the order to packed; if another desk moved it meanwhile, say so instead of overwriting. An unpaid
        order is refused (``NotPaid``) when the shop packs only paid orders, as the setting is now."""
        with self._uow() as uow:
            current = uow.session.get(Order, order.id)
            if current is not None and current.status in PACKABLE:
                self._refuse_unpaid(uow.session, current)
        result = self._orders.change_status([order.id], "packed", note="packing station")
        if order.id not in result.changed:
            current = self._orders.get_order(order.id).row.status
            raise NotPackable(order.number, current)
