"""Orders and customers exported to CSV for spreadsheets and other programs (``shopdesk export``, Export… in the
Orders and Customers areas).

The files are UTF-8 with a byte-order mark (Excel then reads Arabic and Persian), CRLF line ends as the csv module
writes them, and fixed English column names (scripts rely on them; see the README). Rows are read a page at a
time by the last key (never OFFSET) and written as they come, so a shop with a million orders exports in flat
memory; the file appears whole or not at all (``files.written_whole``): a full disk, an unwritable folder or a
cancel leaves no partial file, and an earlier file of that name untouched.

Money is written as a decimal string in the currency's minor digits (``-12.50``), never through a float; text
cells a spreadsheet would run as a formula are neutralized (``csv_cells.safe_cell``), numbers we write are not.
"""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

from sqlalchemy import bindparam, func, select

from shopdesk.db.models import Customer, Order, OrderAddress, OrderLine, Payment, Product, ReturnRequest
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services.addresses import ADDRESS_FIELDS
from shopdesk.services.csv_cells import safe_cell
from shopdesk.services.errors import Cancelled
from shopdesk.services.files import written_whole
from shopdesk.services.money import minor_digits
from shopdesk.services.payment_records import RETURN_METHODS
from shopdesk.services.print_requests import Progress
from shopdesk.services.settings import shop_setting

ORDER_COLUMNS = (
    "number",
    "created_at",
    "status",
    "channel",
    "currency",
    "subtotal",
    "discount",
    "discount_code",
    "shipping",
    "total",
    "paid",
    "payment_method",
    "customer_id",
    "customer_name",
    "customer_phone",
    "customer_email",
    "carrier",
    "tracking_number",
    "line",
    "line_description",
    "line_sku",
    "line_quantity",
    "line_unit_price",
    "line_discount",
    "line_total",
    # added after the columns above (scripts read columns by name or by place: new ones only ever go at the end)
    *(f"ship_{name}" for name in ("name", *ADDRESS_FIELDS[1:])),
    "balance",
    "refunded",
    "payment_methods",
)
CUSTOMER_COLUMNS = (
    "id",
    "name",
    "phone",
    "email",
    "language",
    "birthday",
    "marketing_consent",
    "tags",
    "notes",
    "referred_by_id",
    "created_at",
    "currency",
    "orders",
    "spent",
    "first_order_at",
    "last_order_at",
)
PAGE_SIZE = 1000

_ORDER = Order.__table__
_LINE = OrderLine.__table__
_CUSTOMER = Customer.__table__
_PRODUCT = Product.__table__
_ADDRESS = OrderAddress.__table__

_ORDERS_PAGE = (
    select(
        _ORDER.c.id,
        _ORDER.c.number,
        _ORDER.c.created_at,
        _ORDER.c.status,
        _ORDER.c.channel,
        _ORDER.c.currency,
        _ORDER.c.subtotal_minor,
        _ORDER.c.discount_minor,
        _ORDER.c.discount_code,
        _ORDER.c.shipping_minor,
        _ORDER.c.total_minor,
        _ORDER.c.paid_minor,
        _ORDER.c.payment_method,
        _ORDER.c.customer_id,
        _CUSTOMER.c.name,
        _CUSTOMER.c.phone,
        _CUSTOMER.c.email,
        _ORDER.c.carrier,
        _ORDER.c.tracking_number,
    )
    .select_from(_ORDER.outerjoin(_CUSTOMER, _CUSTOMER.c.id == _ORDER.c.customer_id))
    .where(_ORDER.c.number > bindparam("after"))
    .order_by(_ORDER.c.number)
    .limit(bindparam("size"))
)
_LINES_OF_ORDERS = (
    select(
        _LINE.c.order_id,
        _LINE.c.description,
        func.coalesce(func.nullif(_LINE.c.sku, ""), _PRODUCT.c.sku),  # the SKU when the line was placed
        _LINE.c.quantity,
        _LINE.c.unit_price_minor,
        _LINE.c.discount_minor,
    )
    .select_from(_LINE.outerjoin(_PRODUCT, _PRODUCT.c.id == _LINE.c.product_id))
    .where(_LINE.c.order_id.in_(bindparam("ids", expanding=True)))
    .order_by(_LINE.c.order_id, _LINE.c.id)
)
_SHIP_TO_OF_ORDERS = select(_ADDRESS.c.order_id, *(_ADDRESS.c[name] for name in ADDRESS_FIELDS)).where(
    _ADDRESS.c.order_id.in_(bindparam("ids", expanding=True)), _ADDRESS.c.kind == "ship"
)
_NO_ADDRESS = [""] * len(ADDRESS_FIELDS)
_PAYMENT = Payment.__table__
_RETURN = ReturnRequest.__table__
# As the order's page reads its money (``PaymentService.money``): the payment and refund rows, and what its returns
# gave back (refund, store credit, exchange).
_PAYMENTS_OF_ORDERS = (
    select(_PAYMENT.c.order_id, _PAYMENT.c.kind, _PAYMENT.c.method, func.sum(_PAYMENT.c.amount_minor))
    .where(_PAYMENT.c.order_id.in_(bindparam("ids", expanding=True)))
    .group_by(_PAYMENT.c.order_id, _PAYMENT.c.kind, _PAYMENT.c.method)
    .order_by(_PAYMENT.c.order_id, func.min(_PAYMENT.c.id))
)
_RETURNED_OF_ORDERS = (
    select(_RETURN.c.order_id, func.sum(_RETURN.c.refund_minor))
    .where(
        _RETURN.c.order_id.in_(bindparam("ids", expanding=True)),
        _RETURN.c.resolution.in_(tuple(RETURN_METHODS)),
    )
    .group_by(_RETURN.c.order_id)
)
_LIVE_CUSTOMER = _CUSTOMER.c.merged_into_id.is_(None)  # a merged duplicate lives on in the customer it went into
_CUSTOMERS_PAGE = (
    select(
        _CUSTOMER.c.id,
        _CUSTOMER.c.name,
        _CUSTOMER.c.phone,
        _CUSTOMER.c.email,
        _CUSTOMER.c.language,
        _CUSTOMER.c.birthday,
        _CUSTOMER.c.marketing_consent,
        _CUSTOMER.c.tags,
        _CUSTOMER.c.notes,
        _CUSTOMER.c.referred_by_id,
        _CUSTOMER.c.created_at,
    )
    .where(_LIVE_CUSTOMER, _CUSTOMER.c.id > bindparam("after"))
    .order_by(_CUSTOMER.c.id)
    .limit(bindparam("size"))
)
# As on the customer's profile: orders that were not cancelled, in the shop's currency (amounts in two currencies
# do not add up). Seeks ix_shop_order_customer_status for the page's customers only.
_FIGURES_OF_CUSTOMERS = (
    select(
        _ORDER.c.customer_id,
        func.count(_ORDER.c.id),
        func.coalesce(func.sum(_ORDER.c.total_minor), 0),
        func.min(_ORDER.c.created_at),
        func.max(_ORDER.c.created_at),
    )
    .where(
        _ORDER.c.customer_id.in_(bindparam("ids", expanding=True)),
        _ORDER.c.status != "cancelled",
        _ORDER.c.currency == bindparam("currency"),
    )
    .group_by(_ORDER.c.customer_id)
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int  # data rows written, the header not counted
    records: int  # orders or customers exported (an order of three lines is three rows, one record)


def money(amount_minor: int, currency: str) -> str:
    """``-1250`` SAR → ``"-12.50"``: exact, in the currency's minor digits, never through a float."""
    return _money_writer(currency)(amount_minor)


@cache
def _money_writer(currency: str) -> Callable[[int], str]:
    """The ``money`` of one currency, in integer arithmetic: a million orders hold five amounts each."""
    digits = minor_digits(currency)
    if digits == 0:
        return str
    scale = 10**digits

    def write(amount_minor: int) -> str:
        whole, part = divmod(abs(amount_minor), scale)
        return f"{'-' if amount_minor < 0 else ''}{whole}.{part:0{digits}d}"

    return write


def moment(value: datetime | None) -> str:
    """ISO 8601 in UTC with a ``Z`` (what the command line's JSON gives), empty for none."""
    return "" if value is None else value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _day(value: date | None) -> str:
    return "" if value is None else value.isoformat()


def _text(value: str | None) -> str:
    return safe_cell(value or "")


class ExportService:
    """Writes the shop's orders or customers as CSV. Each export is a generator for ``views/jobs.Job``: it yields
    ``Progress`` after each page, checks ``cancel`` between pages, and returns an ``ExportResult``."""

    def __init__(self, uow: UnitOfWorkFactory, *, page_size: int = PAGE_SIZE) -> None:
        self._uow = uow
        self._page_size = page_size

    def export_orders(
        self, out: Path, cancel: threading.Event | None = None
    ) -> Generator[Progress, None, ExportResult]:
        """Every order, by number, one row per order line with the order's fields on each of its rows (an order
        without lines has one row, its line fields empty)."""
        return self._export(out, ORDER_COLUMNS, self._order_pages, cancel)

    def export_customers(
        self, out: Path, cancel: threading.Event | None = None
    ) -> Generator[Progress, None, ExportResult]:
        """Every customer (not those merged into another), by id, with their orders and spend computed in SQL."""
        return self._export(out, CUSTOMER_COLUMNS, self._customer_pages, cancel)

    # --- writing --------------------------------------------------------------------------------------------
    def _export(
        self,
        out: Path,
        header: Sequence[str],
        pages: Callable,
        cancel: threading.Event | None,
    ) -> Generator[Progress, None, ExportResult]:
        out = Path(out)
        buffer = io.StringIO()
        writer = csv.writer(buffer)  # excel dialect: CRLF line ends, quotes where a cell needs them
        rows = records = 0

        def flush(handle) -> None:  # noqa: ANN001
            handle.write(buffer.getvalue().encode("utf-8"))
            buffer.seek(0)
            buffer.truncate()

        # Each page is read as it is when its turn comes (desks may keep saving meanwhile); paging by key means
        # no row is written twice and none that was there from the start is missed.
        with self._uow() as uow, written_whole(out) as handle:
            connection = uow.session.connection()
            writer.writerow(header)
            handle.write(b"\xef\xbb\xbf")  # the byte-order mark
            flush(handle)
            for page_records, page_rows, total in pages(connection):
                if cancel is not None and cancel.is_set():
                    raise Cancelled()  # leaving written_whole by an exception removes the partial file
                writer.writerows(page_rows)
                flush(handle)
                rows += len(page_rows)
                records += page_records
                yield Progress(records, max(total, records))
        return ExportResult(path=out, rows=rows, records=records)

    # --- reading a page at a time ---------------------------------------------------------------------------
    def _order_pages(self, connection) -> Iterable[tuple[int, list[list[str]], int]]:  # noqa: ANN001
        total = connection.execute(select(func.count()).select_from(_ORDER)).scalar_one()
        after = -1
        while True:
            orders = connection.execute(_ORDERS_PAGE, {"after": after, "size": self._page_size}).all()
            if not orders:
                return
            lines: dict[int, list] = {}
            ids = [o.id for o in orders]
            for line in connection.execute(_LINES_OF_ORDERS, {"ids": ids}):
                lines.setdefault(line.order_id, []).append(line)
            ship_to = {
                row[0]: [_text(value) for value in row[1:]]
                for row in connection.execute(_SHIP_TO_OF_ORDERS, {"ids": ids})
            }
            refunded = {row[0]: int(row[1] or 0) for row in connection.execute(_RETURNED_OF_ORDERS, {"ids": ids})}
            methods: dict[int, list[str]] = {}
            for order_id, kind, method, amount in connection.execute(_PAYMENTS_OF_ORDERS, {"ids": ids}):
                if kind == "refund":
                    refunded[order_id] = refunded.get(order_id, 0) + int(amount)
                elif method not in methods.setdefault(order_id, []):
                    methods[order_id].append(method)
            rows = []
            for order in orders:
                fields = _order_fields(order)
                money_in = _money_writer(order.currency)
                balance = 0 if order.status == "cancelled" else max(0, order.total_minor - order.paid_minor)
                tail = ship_to.get(order.id, _NO_ADDRESS) + [  # the ship-to, then the money (added later)
                    money_in(balance),
                    money_in(refunded.get(order.id, 0)),
                    ", ".join(methods.get(order.id, ())),
                ]
                for index, (_order_id, description, sku, quantity, price, off) in enumerate(
                    lines.get(order.id, ()), start=1
                ):
                    rows.append(
                        fields
                        + [
                            str(index),
                            _text(description),
                            _text(sku),
                            str(quantity),
                            money_in(price),
                            money_in(off),
                            money_in(quantity * price - off),
                        ]
                        + tail
                    )
                if order.id not in lines:
                    rows.append(fields + [""] * 7 + tail)
            yield len(orders), rows, total
            if len(orders) < self._page_size:
                return
            after = orders[-1].number

    def _customer_pages(self, connection) -> Iterable[tuple[int, list[list[str]], int]]:  # noqa: ANN001
        currency = shop_setting(connection, "currency")
        total = connection.execute(select(func.count()).select_from(_CUSTOMER).where(_LIVE_CUSTOMER)).scalar_one()
        after = -1
        while True:
            customers = connection.execute(_CUSTOMERS_PAGE, {"after": after, "size": self._page_size}).all()
            if not customers:
                return
            figures = {
                row[0]: row[1:]
                for row in connection.execute(
                    _FIGURES_OF_CUSTOMERS, {"ids": [c.id for c in customers], "currency": currency}
                )
            }
            rows = []
            for c in customers:
                count, spent, first, last = figures.get(c.id, (0, 0, None, None))
                rows.append(
                    [
                        str(c.id),
                        _text(c.name),
                        _text(c.phone),
                        _text(c.email),
                        c.language,
                        _day(c.birthday),
                        "true" if c.marketing_consent else "false",
                        _text(c.tags),
                        _text(c.notes),
                        "" if c.referred_by_id is None else str(c.referred_by_id),
                        moment(c.created_at),
                        currency,
                        str(count),
                        money(int(spent), currency),
                        moment(first),
                        moment(last),
                    ]
                )
            yield len(customers), rows, total
            if len(customers) < self._page_size:
                return
            after = customers[-1].id


def _order_fields(order) -> list[str]:  # noqa: ANN001
    (_id, number, created_at, status, channel, currency, subtotal, discount, code, shipping, total, paid, method,
     customer_id, name, phone, email, carrier, tracking) = order  # fmt: skip
    money_in = _money_writer(currency)
    return [
        str(number),
        moment(created_at),
        status,
        channel,
        currency,
        money_in(subtotal),
        money_in(discount),
        _text(code),
        money_in(shipping),
        money_in(total),
        money_in(paid),
        _text(method),
        "" if customer_id is None else str(customer_id),
        _text(name),
        _text(phone),
        _text(email),
        _text(carrier),
        _text(tracking),
    ]


def run_to_end(steps: Generator[Progress, None, ExportResult]) -> ExportResult:
    """Run an export without watching its progress (the command line)."""
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value
