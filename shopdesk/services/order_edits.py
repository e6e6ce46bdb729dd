"""Editing a saved order until it is packed: customer, lines, quantities, prices, discounts, shipping, addresses
and notes. One transaction changes the order, writes a history row per field changed (``order_history``, who and
when, before and after) and lets everything that follows the order follow the edit:

- the figures: the order stops counting as it was (the cancellation's path) and counts as it is now (the
  placement's day count and the customers' rows recomputed);
- loyalty, follow-ups (``edit_hooks``, told ``(session, order id, customer before)``): what the order earned
  becomes what the edited order earns, as if placed that way from the start (``LoyaltyService.on_order_edited``);
- a reward code newly typed is redeemed as at placement (``OrderService.code_hooks``).

Payments are not edited here: what was paid (store credit included) stays, and an edit may not bring the total
below it (money goes back through a return or a cancellation, which the returns' cap and the credit notes follow).
The balance follows the total (``balance = total - paid``): an edit that raises a paid order's total re-opens it —
the order goes back to ``new`` ("partially paid" in Shopify's words), so it earns, packs and counts as the same order
placed with that payment from the start; recording the rest moves it to ``paid`` again as any payment does. An edit
that brings a partly paid ``new`` order down to what was paid settles it (``paid``). Both moves are written in
``order_event`` (note "edited"); the loyalty edit hook then sees the order's status as it now is.
Tax (``tax``, the shop's ``TaxService.reprice``): a taxed order's lines, shipping and total are taxed again as at
placement, and ``TaxService.on_order_edited`` (an edit hook) credits the invoice and issues a new one when the
amounts changed. Two desks: the edit names the version it was made on (``OrderDetail.version``); the first statement is
one guarded ``UPDATE … SET version = version + 1 WHERE version = <that> AND status IN ('new', 'paid')``, which also
holds the order's row until commit, so a second desk's edit of the same version is refused with
``OrderChangedMeanwhile`` (nothing written), and one of an order packed meanwhile with ``OrderNotEditable``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import zip_longest

from sqlalchemy import delete, insert, select, update

from shopdesk.db.models import Customer, Order, OrderAddress, OrderEvent, OrderLine, ReturnRequest, StoreCreditEntry
from shopdesk.db.types import utcnow
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services import order_history
from shopdesk.services.addresses import validate_address
from shopdesk.services.errors import InvalidInput, NotFound, OrderChangedMeanwhile, OrderNotEditable
from shopdesk.services.order_rows import (
    EDITABLE_STATUSES,
    EditedOrder,
    OrderDraft,
    Totals,
    normalize_tracking,
    resolve_percents,
    validate_order,
)
from shopdesk.services.orders import OrderService, chosen_products, line_name
from shopdesk.services.tax.columns import line_columns, order_columns
from shopdesk.services.text import search_key

_ORDERS = Order.__table__
_LINES = OrderLine.__table__
_ADDRESSES = OrderAddress.__table__
_CUSTOMERS = Customer.__table__
_EVENTS = OrderEvent.__table__


def status_after_edit(status: str, total_before: int, paid: int, total_after: int) -> str:
    """An edited order's status: a paid order whose total now exceeds what was paid is re-opened (``new``: a
    balance is due), a partly paid new order brought down to what was paid is settled (``paid``); else as it was.
    Only an order paid in full before the edit is re-opened (one marked paid but paid on delivery stays)."""
    if status == "paid" and paid >= total_before and total_after > paid:
        return "new"
    if status == "new" and 0 < paid == total_after:
        return "paid"
    return status


class OrderEditService:
    def __init__(self, uow: UnitOfWorkFactory, orders: OrderService) -> None:
        self._uow = uow
        self._orders = orders  # its code_hooks redeem a reward code an edit adds
        # Told in the edit's transaction, after the order is written: (session, order id, customer id before).
        self.edit_hooks: list[Callable] = []
        # (connection, order id, draft) -> OrderTax or None: a taxed order's tax as edited (services/tax).
        self.tax: Callable | None = None

    def edit_order(self, order_id: int, expected_version: int, draft: OrderDraft, *, by: str = "") -> EditedOrder:
        """Save ``draft`` as the order's content (its status, payment and store credit fields are ignored: what was
        paid stays); refused with ``OrderNotEditable`` once packed, cancelled or with a return, and with
        ``OrderChangedMeanwhile`` when another desk saved an edit after ``expected_version`` was read."""
        draft = resolve_percents(draft)
        with self._uow() as uow:
            session = uow.session
            connection = session.connection()
            self._claim(connection, order_id, expected_version)
            order = connection.execute(
                select(
                    _ORDERS.c.number,
                    _ORDERS.c.status,
                    _ORDERS.c.customer_id,
                    _ORDERS.c.paid_minor,
                    _ORDERS.c.total_minor,
                    _ORDERS.c.payment_method,
                    _ORDERS.c.discount_code,
                    _ORDERS.c.version,
                ).where(_ORDERS.c.id == order_id)
            ).one()
            if session.exec(select(ReturnRequest.id).where(ReturnRequest.order_id == order_id)).first() is not None:
                raise OrderNotEditable(order.number, order.status, "returned")
            draft = replace(
                draft, status=order.status, paid_minor=0, store_credit_minor=0, payment_method=order.payment_method
            )
            taxed = self.tax(connection, order_id, draft) if self.tax is not None else None
            totals = validate_order(draft, added_tax_minor=taxed.added_minor if taxed is not None else 0)
            if totals.total_minor < order.paid_minor:  # what was paid stays: a refund gives money back
                raise InvalidInput("lines", "less than paid", str(order.paid_minor))
            totals = replace(totals, balance_due_minor=totals.total_minor - order.paid_minor)
            self._check_customer(session, order_id, order.customer_id, draft.customer_id)
            products = chosen_products(session, draft)
            before = order_history.content(connection, order_id)

            status = status_after_edit(order.status, order.total_minor, order.paid_minor, totals.total_minor)
            self._write_order(connection, order_id, replace(draft, status=status), totals, taxed)
            if status != order.status:
                connection.execute(
                    insert(_EVENTS).values(
                        order_id=order_id, from_status=order.status, to_status=status, at=utcnow(), note="edited"
                    )
                )
            self._write_lines(session, order_id, draft, products, taxed)
            self._write_addresses(connection, order_id, draft)
            # the figures are plain SQL over the orders (services/summary_figures): they follow the row by themselves
            session.expire_all()  # the hooks read the order through the ORM: not the copy read before the edit

            code = draft.discount_code.strip().upper()
            if code and code != order.discount_code:  # a code typed now is used as at placement
                lines = [(line.quantity, line.unit_price_minor, line.discount_minor) for line in draft.lines]
                for hook in self._orders.code_hooks:
                    off = hook(session, order_id, code, draft.customer_id, lines)
                    if off is not None and draft.order_discount_minor < off:
                        raise InvalidInput("order_discount", "less than the reward", str(off))
            for hook in self.edit_hooks:
                hook(session, order_id, order.customer_id)

            changes = order_history.differences(before, order_history.content(connection, order_id))
            order_history.record(connection, order_id, changes, actor=" ".join(by.split())[:64], at=utcnow())
            uow.commit()
        return EditedOrder(
            id=order_id,
            number=order.number,
            version=order.version,
            totals=totals,
            changed=tuple(dict.fromkeys(name for name, _old, _new in changes)),
        )

    @staticmethod
    def _claim(connection, order_id: int, expected_version: int) -> None:  # noqa: ANN001
        """Bump the order's version if it is still the one the edit was made on and the order may be edited; this
        first write holds the order's row (the database's write lock on SQLite) until the edit commits."""
        claimed = connection.execute(
            update(_ORDERS)
            .where(
                _ORDERS.c.id == order_id,
                _ORDERS.c.version == expected_version,
                _ORDERS.c.status.in_(EDITABLE_STATUSES),
            )
            .values(version=_ORDERS.c.version + 1)
        )
        if claimed.rowcount == 1:
            return
        found = connection.execute(
            select(_ORDERS.c.number, _ORDERS.c.status, _ORDERS.c.version).where(_ORDERS.c.id == order_id)
        ).first()
        if found is None:
            raise NotFound("order", order_id)
        if found.status not in EDITABLE_STATUSES:
            raise OrderNotEditable(found.number, found.status, "cancelled" if found.status == "cancelled" else "packed")
        raise OrderChangedMeanwhile(found.number, expected_version, found.version)

    @staticmethod
    def _check_customer(session, order_id: int, before: int | None, after: int | None) -> None:  # noqa: ANN001
        if after == before:
            return
        if after is not None:
            merged = (
                session.connection()
                .execute(select(_CUSTOMERS.c.merged_into_id).where(_CUSTOMERS.c.id == after))
                .first()
            )
            if merged is None or merged[0] is not None:
                raise InvalidInput("customer", "not found", str(after))
        credit = session.exec(select(StoreCreditEntry.id).where(StoreCreditEntry.order_id == order_id)).first()
        if credit is not None:  # the credit spent was the customer's: it cannot become another's payment
            raise InvalidInput("customer", "store credit used")

    @staticmethod
    def _write_order(connection, order_id: int, draft: OrderDraft, totals: Totals, taxed) -> None:  # noqa: ANN001
        """The order's own columns (its tax ones when it is taxed). Every change of an order's total goes through
        here; the balance is ``total - paid`` and the status was chosen by ``status_after_edit``."""
        connection.execute(
            update(_ORDERS)
            .where(_ORDERS.c.id == order_id)
            .values(
                customer_id=draft.customer_id,
                channel=draft.channel,
                subtotal_minor=totals.subtotal_minor,
                discount_minor=totals.discount_minor,
                discount_basis_points=draft.order_discount_basis_points,
                discount_code=draft.discount_code.strip().upper(),
                shipping_minor=totals.shipping_minor,
                total_minor=totals.total_minor,
                carrier=draft.carrier.strip(),
                tracking_number=normalize_tracking(draft.tracking_number),
                expected_delivery=draft.expected_delivery,
                gift_message=draft.gift_message,
                notes=draft.notes,
                status=draft.status,
                **order_columns(taxed),
            )
        )

    @staticmethod
    def _write_lines(session, order_id: int, draft: OrderDraft, products: dict, taxed) -> None:  # noqa: ANN001
        """Lines by their place: the first ones keep their rows (and ids), extra ones are added, dropped ones
        removed (an order with a return, whose lines a return names, is never edited)."""
        connection = session.connection()
        language = draft.language
        if products and draft.customer_id is not None:
            language = connection.execute(
                select(_CUSTOMERS.c.language).where(_CUSTOMERS.c.id == draft.customer_id)
            ).scalar_one()
        saved = connection.execute(
            select(_LINES.c.id, _LINES.c.product_id, _LINES.c.description)
            .where(_LINES.c.order_id == order_id)
            .order_by(_LINES.c.id)
        ).all()
        for index, (old, line) in enumerate(zip_longest(saved, draft.lines)):
            if line is None:
                connection.execute(delete(_LINES).where(_LINES.c.id == old.id))
                continue
            name = line_name(line.description, products.get(line.product_id), language)
            if old is not None and (old.product_id, old.description) == (line.product_id, line.description.strip()):
                name = old.description  # a line left as it was keeps its name, whatever language the edit is in
            values = {
                "product_id": line.product_id,
                "description": name,
                "sku": products[line.product_id][0] if line.product_id is not None else "",
                "quantity": line.quantity,
                "unit_price_minor": line.unit_price_minor,
                "discount_minor": line.discount_minor,
                "discount_basis_points": line.discount_basis_points,
                **line_columns(taxed, index),
            }
            if old is None:
                connection.execute(insert(_LINES).values(order_id=order_id, **values))
            else:
                connection.execute(update(_LINES).where(_LINES.c.id == old.id).values(**values))

    @staticmethod
    def _write_addresses(connection, order_id: int, draft: OrderDraft) -> None:  # noqa: ANN001
        """The order's own copies of its ship-to and bill-to, as typed now (the address book is not touched)."""
        connection.execute(delete(_ADDRESSES).where(_ADDRESSES.c.order_id == order_id))
        addresses = [("ship", draft.ship_to), ("bill", draft.bill_to)]
        addresses = [(kind, validate_address(a, field=f"{kind}_to")) for kind, a in addresses if a is not None]
        if addresses:
            connection.execute(
                insert(_ADDRESSES),
                [
                    {"order_id": order_id, "kind": kind, **a.values(), "city_key": search_key(a.city)[:100]}
                    for kind, a in addresses
                ],
            )
