"""Orders: placing them, moving them through the status pipeline, and reading the list a page at a time.

Order numbers come from the ``counter`` row ``order_number``, bumped with one ``UPDATE … RETURNING`` in the
order's own transaction: two desks saving at the same moment on PostgreSQL wait on that row lock and get
different numbers; a number is never given to two saved orders. Lists are paged by the last row's key
(never OFFSET), and searches use indexed prefix ranges on normalized keys, never a scan in Python.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta

from sqlalchemy import bindparam, exists, func, insert, or_, update
from sqlmodel import select

from shopdesk.db.models import Customer, Order, OrderAddress, OrderEvent, OrderLine, OrderPrint, Product
from shopdesk.db.types import utcnow
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services import store_credit, writers
from shopdesk.services.addresses import ADDRESS_FIELDS, Address, validate_address
from shopdesk.services.clock_queries import shop_clock
from shopdesk.services.counters import next_number
from shopdesk.services.customer_search import (
    PHONE_SUFFIX_MIN,
    customers_with_phone_prefix,
    customers_with_phone_suffix,
    customers_with_words,
)
from shopdesk.services.dates import FIRST_DAY, LAST_DAY
from shopdesk.services.errors import InvalidInput, NotFound
from shopdesk.services.order_history import order_changes
from shopdesk.services.order_rows import (
    CHANNELS,
    SORT_COLUMNS,
    STATUSES,
    OrderDetail,
    OrderDraft,
    OrderEventRow,
    OrderLineRow,
    OrderPrintRow,
    OrderQuery,
    OrderRow,
    PlacedOrder,
    StatusChange,
    can_move,
    normalize_tracking,
    resolve_percents,
    validate_order,
)
from shopdesk.services.phones import digits_only, phone_search_key
from shopdesk.services.settings import setting_or_default, setting_subquery
from shopdesk.services.tax.columns import line_columns, order_columns
from shopdesk.services.text import name_tokens, prefix_upper_bound, search_key, searchable

__all__ = ["CHANNELS", "STATUSES", "OrderRow", "OrderService", "FIRST_ORDER_NUMBER"]

FIRST_ORDER_NUMBER = 1001
COUNTER = "order_number"
_CUSTOMER = Customer.__table__
_CURRENCY_AND_CUSTOMER = select(
    setting_subquery("currency"),
    exists().where(_CUSTOMER.c.id == bindparam("customer_id"), _CUSTOMER.c.merged_into_id.is_(None)),
)
_INSERT_ORDER = insert(Order.__table__).returning(Order.__table__.c.id)
_INSERT_LINE = insert(OrderLine.__table__)
_INSERT_EVENT = insert(OrderEvent.__table__)
_INSERT_ADDRESS = insert(OrderAddress.__table__)
_ADDRESS = OrderAddress.__table__

_SORT_COLUMNS = {
    "number": Order.number,
    "created_at": Order.created_at,
    "customer": Customer.name,
    "status": Order.status,
    "channel": Order.channel,
    "total": Order.total_minor,
}
assert set(_SORT_COLUMNS) == set(SORT_COLUMNS)


class OrderService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow
        # Told in the order's own transaction: (session, order id, status before or None, status after) when an
        # order is placed or moves (loyalty earns and reverses here), and (session, order id, code, customer id,
        # lines) for a discount code, answering what a reward code takes off (None: not a reward code).
        self.status_hooks: list[Callable] = []
        self.code_hooks: list[Callable] = []
        # (session, order id, the draft, when) once a new order and its store credit are written: its payments.
        self.placed_hooks: list[Callable] = []
        # (connection, draft) -> OrderTax or None: the shop's VAT on an order being placed (services/tax).
        self.tax: Callable | None = None

    def long_writer(self):  # noqa: ANN201 - a writers.Writer or None
        """Who says they are writing a long transaction now (an import), or ``None``; read without waiting for any
        lock, so a form whose save met one can tell when to try again."""
        with self._uow() as uow:
            return writers.current(uow.session.connection())

    # --- writing ------------------------------------------------------------------------------------------------
    def place_order(self, draft: OrderDraft) -> PlacedOrder:
        """Validate and save a new order with its lines and first history entry; returns its id and number."""
        with self._uow() as uow:
            placed = self.place_in(uow.session, draft)
            uow.commit()
            return placed

    def total_in(self, session, draft: OrderDraft) -> int:  # noqa: ANN001
        """What ``place_in`` would total ``draft`` at (with prices before tax, the tax on top), saving nothing."""
        draft = resolve_percents(draft)
        taxed = self.tax(session.connection(), draft) if self.tax is not None else None
        return validate_order(draft, added_tax_minor=taxed.added_minor if taxed is not None else 0).total_minor

    def place_in(self, session, draft: OrderDraft) -> PlacedOrder:  # noqa: ANN001
        """``place_order`` inside a transaction the caller owns and commits (an exchange places its replacement
        order and moves its return in one transaction)."""
        draft = resolve_percents(draft)
        connection = session.connection()
        taxed = self.tax(connection, draft) if self.tax is not None else None
        totals = validate_order(draft, added_tax_minor=taxed.added_minor if taxed is not None else 0)
        # The shop's currency and whether the customer is there (not merged away), in one round trip.
        stored_currency, customer_live = connection.execute(
            _CURRENCY_AND_CUSTOMER, {"customer_id": draft.customer_id or 0}
        ).one()
        if draft.customer_id is not None and not customer_live:  # unknown, or merged into another customer
            raise InvalidInput("customer", "not found", str(draft.customer_id))
        products = chosen_products(session, draft)
        language = draft.language
        if products and draft.customer_id is not None:
            language = session.exec(select(Customer.language).where(Customer.id == draft.customer_id)).one()
        currency = setting_or_default("currency", stored_currency)
        now = utcnow()
        number = self._next_number(session)
        # Plain table inserts with parameters: one order is saved on every sale, and building ORM objects or
        # per-call VALUES clauses would take several times longer than the write itself.
        order_id = connection.execute(
            _INSERT_ORDER,
            {
                "number": number,
                "customer_id": draft.customer_id,
                "status": draft.status,
                "channel": draft.channel,
                "currency": currency,
                "subtotal_minor": totals.subtotal_minor,
                "discount_minor": totals.discount_minor,
                "discount_code": draft.discount_code.strip().upper(),
                "shipping_minor": totals.shipping_minor,
                "total_minor": totals.total_minor,
                "paid_minor": draft.paid_minor,
                "payment_method": draft.payment_method,
                "carrier": draft.carrier.strip(),
                "tracking_number": normalize_tracking(draft.tracking_number),
                "expected_delivery": draft.expected_delivery,
                "gift_message": draft.gift_message,
                "notes": draft.notes,
                "discount_basis_points": draft.order_discount_basis_points,
                "created_at": now,
                "delivered_at": now if draft.status == "delivered" else None,
                **order_columns(taxed),
            },
        ).scalar_one()
        connection.execute(
            _INSERT_LINE,
            [
                {
                    "order_id": order_id,
                    "product_id": line.product_id,
                    "description": line_name(line.description, products.get(line.product_id), language),
                    "sku": products[line.product_id][0] if line.product_id is not None else "",
                    "quantity": line.quantity,
                    "unit_price_minor": line.unit_price_minor,
                    "discount_minor": line.discount_minor,
                    "discount_basis_points": line.discount_basis_points,
                    **line_columns(taxed, index),
                }
                for index, line in enumerate(draft.lines)
            ],
        )
        addresses = [("ship", draft.ship_to), ("bill", draft.bill_to)]
        addresses = [(kind, validate_address(a, field=f"{kind}_to")) for kind, a in addresses if a is not None]
        if addresses:  # copied: later edits of the customer's address book never change this order
            connection.execute(
                _INSERT_ADDRESS,
                [
                    {"order_id": order_id, "kind": kind, **a.values(), "city_key": search_key(a.city)[:100]}
                    for kind, a in addresses
                ],
            )
        connection.execute(
            _INSERT_EVENT,
            {"order_id": order_id, "from_status": None, "to_status": draft.status, "at": now, "note": ""},
        )
        if draft.discount_code.strip():
            lines = [(line.quantity, line.unit_price_minor, line.discount_minor) for line in draft.lines]
            for hook in self.code_hooks:
                off = hook(session, order_id, draft.discount_code, draft.customer_id, lines)
                if off is not None and draft.order_discount_minor < off:
                    raise InvalidInput("order_discount", "less than the reward", str(off))
        for hook in self.status_hooks:
            hook(session, order_id, None, draft.status)
        if draft.store_credit_minor:  # in the same transaction: credit is spent only with the order saved
            store_credit.spend(
                session, draft.customer_id, draft.store_credit_minor, currency, order_id=order_id, at=now
            )
        for hook in self.placed_hooks:
            hook(session, order_id, draft, now)
        return PlacedOrder(id=order_id, number=number, totals=totals)

    def _next_number(self, session) -> int:  # noqa: ANN001
        return next_number(session, COUNTER, first=FIRST_ORDER_NUMBER, used=Order.number)

    def change_status(self, order_ids: list[int], status: str, *, note: str = "") -> StatusChange:
        """Move orders to ``status`` (bulk), timestamping each move; orders that may not move are reported."""
        with self._uow() as uow:
            result = self.move_in(uow.session, order_ids, status, note=note)
            uow.commit()
        return result

    def move_in(self, session, order_ids: list[int], status: str, *, note: str = "") -> StatusChange:  # noqa: ANN001
        """``change_status`` inside a transaction the caller owns and commits (a payment that settles an order
        moves it to paid with the payment).

        Each move is a guarded ``UPDATE … WHERE status = <the status just read>``: if another desk moved the
        order in between (SQLite has no row locks), the update touches nothing and the order is reported as
        "changed meanwhile" instead of overwriting the other desk's move.
        """
        if status not in STATUSES:
            raise InvalidInput("status", "unknown", status)
        changed: list[int] = []
        skipped: dict[int, str] = {}
        now = utcnow()
        orders_table = Order.__table__
        connection = session.connection()
        current = dict(
            connection.execute(
                select(orders_table.c.id, orders_table.c.status).where(orders_table.c.id.in_(order_ids))
            ).all()
        )
        for order_id in order_ids:
            before = current.get(order_id)
            if before is None:
                skipped[order_id] = "not found"
                continue
            reason = can_move(before, status)
            if reason is not None:
                skipped[order_id] = reason
                continue
            values = {"status": status}
            if status == "delivered":
                values["delivered_at"] = now
            moved = connection.execute(
                update(orders_table)
                .where(orders_table.c.id == order_id, orders_table.c.status == before)
                .values(**values)
            )
            if moved.rowcount != 1:
                skipped[order_id] = "changed meanwhile"
                continue
            connection.execute(
                _INSERT_EVENT,
                {"order_id": order_id, "from_status": before, "to_status": status, "at": now, "note": note},
            )
            for hook in self.status_hooks:
                hook(session, order_id, before, status)
            current[order_id] = status
            changed.append(order_id)
        return StatusChange(changed=tuple(changed), skipped=skipped)

    # --- reading ------------------------------------------------------------------------------------------------
    def count(self, query: OrderQuery | None = None) -> int:
        with self._uow() as uow:
            statement = select(func.count()).select_from(Order)
            if query is not None:
                statement = statement.outerjoin(Customer, Customer.id == Order.customer_id)
                statement = statement.where(*self._filters(uow.session, query))
            return uow.session.exec(statement).one()

    def pages(self, query: OrderQuery, *, size: int) -> Iterator[list[OrderRow]]:
        """Successive pages of ``size`` orders matching ``query``, each keyed after the last row of the one before.

        No order is given twice: a row whose time another program stored in a different text format can equal
        no key, and would otherwise come back on every page, forever.
        """
        after = None
        seen: set[int] = set()
        while True:
            page = self.page(query, limit=size, after=after)
            fresh = [row for row in page if row.id not in seen]
            seen.update(row.id for row in fresh)
            if fresh:
                yield fresh
            if len(page) < size or not fresh:
                return
            after = (page[-1].sort_value(query.sort), page[-1].id)

    def page(self, query: OrderQuery, *, limit: int, after: tuple[object, int] | None = None) -> list[OrderRow]:
        """The next ``limit`` orders matching ``query``, in its sort order, after the row keyed ``after``
        (``(row.sort_value(query.sort), row.id)`` of the last row shown)."""
        if query.sort not in _SORT_COLUMNS:
            raise InvalidInput("sort", "unknown", query.sort)
        column = _SORT_COLUMNS[query.sort]
        sort_expr = func.coalesce(column, "") if query.sort == "customer" else column
        with self._uow() as uow:
            statement = (
                select(
                    Order.id,
                    Order.number,
                    Order.created_at,
                    Customer.name,
                    Order.status,
                    Order.channel,
                    Order.total_minor,
                    Order.currency,
                    Order.customer_id,
                    Customer.phone,
                    Order.tracking_number,
                    Order.paid_minor,
                )
                .outerjoin(Customer, Customer.id == Order.customer_id)
                .where(*self._filters(uow.session, query))
            )
            if after is not None:
                value, last_id = after
                # "<= value AND (< value OR id < last)": the first half is a range an index can seek to, where the
                # equivalent "< value OR (= value AND id < last)" makes SQLite scan the whole index.
                if query.descending:
                    statement = statement.where(sort_expr <= value, or_(sort_expr < value, Order.id < last_id))
                else:
                    statement = statement.where(sort_expr >= value, or_(sort_expr > value, Order.id > last_id))
            if query.descending:
                statement = statement.order_by(sort_expr.desc(), Order.id.desc())
            else:
                statement = statement.order_by(sort_expr.asc(), Order.id.asc())
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
                    customer_id=r[8],
                    customer_phone=r[9] or "",
                    tracking_number=r[10],
                    paid_minor=r[11],
                )
                for r in uow.session.exec(statement.limit(limit))
            ]

    def get_order(self, order_id: int) -> OrderDetail:
        """One order with its lines and its whole history."""
        with self._uow() as uow:
            session = uow.session
            order = session.get(Order, order_id)
            if order is None:
                raise NotFound("order", order_id)
            customer = session.get(Customer, order.customer_id) if order.customer_id else None
            lines = session.exec(select(OrderLine).where(OrderLine.order_id == order_id).order_by(OrderLine.id)).all()
            row = OrderRow(
                id=order.id,
                number=order.number,
                created_at=order.created_at,
                customer_name=customer.name if customer else "",
                status=order.status,
                channel=order.channel,
                total_minor=order.total_minor,
                currency=order.currency,
                customer_id=order.customer_id,
                customer_phone=(customer.phone or "") if customer else "",
                tracking_number=order.tracking_number,
                paid_minor=order.paid_minor,
            )
            detail = OrderDetail(
                row=row,
                lines=tuple(
                    OrderLineRow(
                        description=line.description,
                        quantity=line.quantity,
                        unit_price_minor=line.unit_price_minor,
                        discount_minor=line.discount_minor,
                        product_id=line.product_id,
                        sku=line.sku,
                        discount_basis_points=line.discount_basis_points,
                    )
                    for line in lines
                ),
                subtotal_minor=order.subtotal_minor,
                discount_minor=order.discount_minor,
                discount_code=order.discount_code,
                shipping_minor=order.shipping_minor,
                paid_minor=order.paid_minor,
                payment_method=order.payment_method,
                carrier=order.carrier,
                expected_delivery=order.expected_delivery,
                delivered_at=order.delivered_at,
                gift_message=order.gift_message,
                notes=order.notes,
                history=(),
                discount_basis_points=order.discount_basis_points,
                version=order.version,
                changes=order_changes(session, order_id),
                **{f"{kind}_to": a for kind, a in self._addresses(session, [order_id]).get(order_id, {}).items()},
                prints=tuple(
                    OrderPrintRow(p.at, p.document, p.size)
                    for p in session.exec(
                        select(OrderPrint).where(OrderPrint.order_id == order_id).order_by(OrderPrint.at, OrderPrint.id)
                    )
                ),
            )
        return replace(detail, history=tuple(self.history(order_id)))

    def ship_addresses(self, order_ids: list[int]) -> dict[int, Address]:
        """The ship-to address of each of these orders that has one (one query for a page of orders)."""
        with self._uow() as uow:
            found = self._addresses(uow.session, order_ids)
        return {order_id: kinds["ship"] for order_id, kinds in found.items() if "ship" in kinds}

    @staticmethod
    def _addresses(session, order_ids: list[int]) -> dict[int, dict[str, Address]]:  # noqa: ANN001
        found: dict[int, dict[str, Address]] = {}
        if not order_ids:
            return found
        columns = [_ADDRESS.c[name] for name in ADDRESS_FIELDS]
        rows = session.connection().execute(
            select(_ADDRESS.c.order_id, _ADDRESS.c.kind, *columns).where(_ADDRESS.c.order_id.in_(order_ids))
        )
        for order_id, kind, *values in rows:
            found.setdefault(order_id, {})[kind] = Address(*values)
        return found

    def order_id_for_number(self, number: int) -> int | None:
        """The id of the order with this number, or ``None``."""
        with self._uow() as uow:
            return uow.session.exec(select(Order.id).where(Order.number == number)).first()

    def history(self, order_id: int) -> list[OrderEventRow]:
        with self._uow() as uow:
            if uow.session.get(Order, order_id) is None:
                raise NotFound("order", order_id)
            events = uow.session.exec(
                select(OrderEvent).where(OrderEvent.order_id == order_id).order_by(OrderEvent.at, OrderEvent.id)
            )
            return [
                OrderEventRow(at=e.at, from_status=e.from_status, to_status=e.to_status, note=e.note) for e in events
            ]

    def _filters(self, session, query: OrderQuery) -> list:  # noqa: ANN001
        filters = []
        if query.statuses:
            filters.append(Order.status.in_(query.statuses))
        if query.channels:
            filters.append(Order.channel.in_(query.channels))
        # A day before the shop's calendar (FIRST_DAY) or after it puts no bound: as a time it would fall off the
        # calendar (0001-01-01 in a time zone east of UTC, the day after 9999-12-31), and no order is there anyway.
        # Days are the shop's (its time zone, services/shop_clock), whichever desk asks.
        if query.date_from is not None and query.date_from > FIRST_DAY:
            start = shop_clock(session.connection()).start_of(min(query.date_from, LAST_DAY + timedelta(days=1)))
            filters.append(Order.created_at >= start)
        if query.date_to is not None and query.date_to < LAST_DAY:
            end = shop_clock(session.connection()).start_of(max(query.date_to, FIRST_DAY) + timedelta(days=1))
            filters.append(Order.created_at < end)
        if query.customer_id is not None:
            filters.append(Order.customer_id == query.customer_id)
        if query.search.strip():
            filters.append(_search_filter(session, query.search))
        return filters


# Up to this many matching customers, their ids go into the orders query as a list, so the database seeks their
# orders by index; more than that (a common first name) and scanning the newest orders first is faster.
CUSTOMER_LIST_LIMIT = 1000


def _search_filter(session, text: str):  # noqa: ANN001, ANN202
    """Orders whose number, tracking number, customer's name words or phone match what was typed."""
    text = searchable(text)
    key = search_key(text)
    alternatives = []
    customers = []
    digits = digits_only(text)
    if digits:
        if len(digits) <= 18:
            alternatives.append(Order.number == int(digits))
        phone_key = phone_search_key(text)
        if len(phone_key) >= 3:
            customers.append(customers_with_phone_prefix(phone_key))
        if len(digits) >= PHONE_SUFFIX_MIN and "+" not in text:  # the phone's last digits, given at the counter
            customers.append(customers_with_phone_suffix(digits))
    tracking = normalize_tracking(text)
    if len(tracking) >= 4:  # scanned or pasted whole, so an exact (indexed) match
        alternatives.append(Order.tracking_number == tracking)
    words = sorted(name_tokens(key))
    if words:
        customers.append(customers_with_words(session, words))
    city = key[:100]
    if city:  # orders shipped to a city starting with what was typed (the whole city when under 3 letters)
        if len(city) >= 3:
            matches = (_ADDRESS.c.city_key >= city, _ADDRESS.c.city_key < prefix_upper_bound(city))
        else:
            matches = (_ADDRESS.c.city_key == city,)
        shipped = select(_ADDRESS.c.order_id).where(*matches, _ADDRESS.c.kind == "ship")
        alternatives.append(Order.id.in_(shipped))
    for subquery in customers:
        found = session.connection().execute(subquery.limit(CUSTOMER_LIST_LIMIT + 1)).scalars().all()
        if len(found) <= CUSTOMER_LIST_LIMIT:
            if found:
                alternatives.append(Order.customer_id.in_(found))
        else:
            alternatives.append(Order.customer_id.in_(subquery))
    return or_(*alternatives) if alternatives else Order.id.is_(None)


_NAME_COLUMNS = {"en": 1, "ar": 2, "fa": 3}


def chosen_products(session, draft: OrderDraft) -> dict[int, tuple[str, str, str, str]]:  # noqa: ANN001
    """The catalogue's (SKU, names in en, ar, fa) of the products the draft's lines name; an unknown one is refused
    naming its line."""
    product_ids = {line.product_id for line in draft.lines if line.product_id is not None}
    products = {}
    if product_ids:
        chosen = session.exec(
            select(Product.id, Product.sku, Product.name_en, Product.name_ar, Product.name_fa).where(
                Product.id.in_(product_ids)
            )
        )
        products = {row[0]: row[1:] for row in chosen.all()}
    for index, line in enumerate(draft.lines):
        if line.product_id is not None and line.product_id not in products:
            raise InvalidInput(f"lines[{index}].product", "not found", str(line.product_id))
    return products


def line_name(typed: str, product: tuple[str, str, str, str] | None, language: str) -> str:
    """A product line's name: the product's name in ``language`` when the catalogue has it, else its first name,
    whatever was typed to pick it (its SKU or a name in another language). A line without a product, or typed
    with words of its own (an import's title), keeps what was typed."""
    typed = typed.strip()
    if product is None:
        return typed
    sku, *names = product
    known = {sku.casefold(), *(name.strip().casefold() for name in names if name.strip())}
    if typed and typed.casefold() not in known:
        return typed
    wanted = names[_NAME_COLUMNS[language] - 1] if language in _NAME_COLUMNS else ""
    return wanted.strip() or next((name.strip() for name in names if name.strip()), typed or sku)
