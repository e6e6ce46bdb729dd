"""Importing orders from CSV exports: Shopify's orders export, WooCommerce's, and any other shop's (Salla, Zid, a
marketplace) through a column mapping made once and saved by name (``import_records``).

The file is read as a stream — its encoding found first from a sample (``import_encoding``: BOMs, UTF-8, else
Windows-1256 or -1252 when the text reads so, else the user names it), the delimiter from the header line — so
memory stays flat however long it is. Bytes the encoding cannot read make their row a wrong row.
Rows of one order follow each other (one row per line item, the order's fields on its first row, as Shopify
writes them). Digits may be in any script; dates are ISO 8601, Shopify's ``2024-03-05 14:22:10 +0300``,
``YYYY/MM/DD`` (Jalali when the year is before 1700), or day/month/year in the order the mapping says.

An import is all-or-nothing: everything is written in one transaction, and a file with any wrong row writes
nothing and reports every wrong row (its number and why). It is safe to repeat: each order is keyed by the
mapping's name and its number there (``shop_order.source``/``external_id``), so importing the same file twice
changes nothing. Customers are matched by their normalized phone, then their e-mail; new ones are created once (a
customer known only by name is one customer per name within the file: a name alone never matches an existing
customer).
Rows are written with SQLAlchemy Core ``executemany`` in batches (the ORM would be ten times slower here).
Imported orders earn no loyalty stamps or points: they happened before the shop used shopdesk.

While it writes, other desks' saves: the import says it is writing (``writers.advertised``) before its transaction
begins, so a save that waits for its locks and gives up (``DatabaseBusy``) can say "an import is being written on
TILL-2…" and be tried again. On SQLite, which lets one writer in at a time, the rows are first written into a
scratch database of the import's own and then moved into the shop's file in one short transaction
(``import_stage``), so saves wait only for that move. On PostgreSQL it holds nothing another save needs until its
very end: the
order numbers of each batch are taken from the counter in a short transaction of their own (a failed import leaves
a gap in the numbers, never a number used twice), and the roll-ups shared with new orders (orders per day, each
customer's figures) are written once, at the end, just before the commit.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from operator import itemgetter
from pathlib import Path

from sqlalchemy import func, insert, select, update

from shopdesk.db.bulk import insert_many
from shopdesk.db.models import (
    Counter,
    Customer,
    CustomerNameToken,
    Order,
    OrderAddress,
    OrderEvent,
    OrderLine,
    Payment,
)
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services import writers
from shopdesk.services.addresses import Address, validate_address
from shopdesk.services.counters import next_number
from shopdesk.services.customer_records import CustomerDraft, validate_customer
from shopdesk.services.dates import JALALI_BEFORE, calendar_day
from shopdesk.services.errors import InvalidInput, UnclearEncoding, UnreadableFile
from shopdesk.services.import_encoding import (
    BAD_BYTES,
    SAMPLE,
    EncodingGuess,
    check_encoding,
    guess_encoding,
    has_bad_bytes,
    open_text,
    show_bad_bytes,
)
from shopdesk.services.import_payments import PaymentState, method_code, payment_state, settle
from shopdesk.services.import_records import (
    FORMATS,
    READ_FIELDS,
    REQUIRED,
    ColumnMapping,
    ImportReport,
    RowProblem,
    valid_mapping_name,
)
from shopdesk.services.import_stage import Stage, move_in, staged
from shopdesk.services.money import minor_digits, validate_currency
from shopdesk.services.numbers import ascii_digits, parse_money, parse_whole
from shopdesk.services.order_rows import CHANNELS
from shopdesk.services.orders import COUNTER, FIRST_ORDER_NUMBER
from shopdesk.services.phones import Phone, normalize_phone
from shopdesk.services.settings import SettingsService, shop_setting
from shopdesk.services.text import name_search_tokens, search_key

BATCH = 10_000  # orders written per executemany round
MAX_QUANTITY = 100_000
MAX_EXTERNAL_ID = 64  # shop_order.external_id
MAX_AMOUNT_MINOR = 10**13
_MAPPINGS_KEY = "import.mapping."

# Status words of other shops, lower-cased, and what they are here. Refunded and voided orders are brought in as
# cancelled (their money went back), with a note saying so.
STATUS_WORDS = {
    "new": "new",
    "pending": "new",
    "pending payment": "new",
    "on-hold": "new",
    "on hold": "new",
    "authorized": "new",
    "processing": "paid",
    "paid": "paid",
    "partially_paid": "new",  # Shopify: some of it paid, the rest due (``import_payments``)
    "partially paid": "new",
    "partially_refunded": "paid",  # Shopify: some of it went back; the order itself stands
    "partially refunded": "paid",
    "packed": "packed",
    "shipped": "shipped",
    "fulfilled": "shipped",
    "completed": "delivered",
    "complete": "delivered",
    "delivered": "delivered",
    "cancelled": "cancelled",
    "canceled": "cancelled",
    "failed": "cancelled",
    "refunded": "cancelled",
    "voided": "cancelled",
}


# --- reading the file ----------------------------------------------------------------------------------------


@dataclass
class _Table:
    encoding: str
    header: list[str]
    rows: Iterator[tuple[int, list[str]]]  # (row number, the header being row 1; cells)


def choose_encoding(path: Path, encoding: str | None = None) -> str:
    """The encoding the user named, or the one found in the file; raises ``UnclearEncoding`` when it could be
    more than one and the user should see the text and choose."""
    if encoding:
        return check_encoding(encoding)
    guess = guess_encoding(path)
    if not guess.certain:
        raise UnclearEncoding(guess.encoding, _samples(path, guess.encoding))
    return guess.encoding


def _samples(path: Path, proposed: str, lines: int = 3) -> dict[str, list[str]]:
    """The first lines with letters outside ASCII, as each encoding that could be meant reads them."""
    with open(path, "rb") as raw:
        head = raw.read(SAMPLE).splitlines()
    chosen = [line for line in head if any(byte > 0x7F for byte in line)][:lines]
    order = [proposed, *(e for e in ("cp1256", "cp1252", "utf-8") if e != proposed)]
    return {e: [show_bad_bytes(line.decode(e, errors=BAD_BYTES))[:200] for line in chosen] for e in order}


@contextmanager
def _open_table(path: Path, encoding: str | None = None) -> Iterator[_Table]:
    """The file's encoding, header and rows (read as they are iterated); the file is closed on leaving."""
    encoding = choose_encoding(path, encoding)
    text, encoding = open_text(path, encoding)
    with text:
        yield _read_table(text, encoding)


def _read_table(text, encoding: str) -> _Table:  # noqa: ANN001
    # Bytes the encoding cannot read do not stop the reading (``BAD_BYTES``): their rows are reported.
    first = text.readline()
    if not first.strip():
        raise UnreadableFile("empty")
    delimiter = max("\t,;", key=first.count)
    text.seek(0)
    reader = csv.reader(text, delimiter=delimiter, strict=True)
    try:
        header = [show_bad_bytes(cell.strip()) for cell in next(reader)]  # a column's name is shown, not kept
    except csv.Error as exc:
        raise UnreadableFile("malformed", line=1, detail=str(exc)) from exc

    def rows() -> Iterator[tuple[int, list[str]]]:
        number = 1
        try:
            for cells in reader:
                number += 1
                if cells:
                    yield number, cells
        # an unterminated quote, a field over the size limit: not a CSV export
        except csv.Error as exc:
            raise UnreadableFile("malformed", line=reader.line_num, detail=str(exc)) from exc

    return _Table(encoding, header, rows())


def preview(path: Path, limit: int = 5, *, encoding: str | None = None) -> tuple[str, list[str], list[list[str]]]:
    """The encoding, the header and the first rows of a file, for the import dialog's preview (read in
    ``encoding`` when given; bytes it cannot read are shown as ``\\xNN``)."""
    with _open_table(Path(path), encoding or guess_encoding(Path(path)).encoding) as table:
        first = []
        for _number, cells in table.rows:
            first.append([show_bad_bytes(cell) for cell in cells])
            if len(first) >= limit:
                break
        return table.encoding, table.header, first


# --- understanding rows --------------------------------------------------------------------------------------


def parse_when(text: str, *, date_order: str = "") -> datetime:
    """A date (and time) as other shops write it, as an aware time (local time when none is given)."""
    raw = ascii_digits(text).strip()
    if not raw:
        raise InvalidInput("created_at", "required", text)
    if len(raw) == 25 and raw[19] == " " and raw[20] in "+-":  # Shopify: 2024-03-05 14:22:10 +0300
        raw = f"{raw[:19]}{raw[20:23]}:{raw[23:]}"
    for candidate in (raw, raw.replace(" ", "T", 1)):
        try:
            moment = datetime.fromisoformat(candidate)
            break
        except ValueError:
            moment = None
    if moment is None:
        for pattern in ("%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M %z"):  # Shopify: 2024-03-05 14:22:10 +0300
            try:
                moment = datetime.strptime(raw, pattern)
                break
            except ValueError:
                continue
    if moment is not None and moment.year < JALALI_BEFORE:  # a Jalali date written with dashes (1405-01-10)
        moment = None
    if moment is None:
        moment = _slashed(raw, text, date_order)
    try:
        if moment.tzinfo is None:
            moment = moment.astimezone()
        moment.astimezone(UTC)  # as it is stored: 0001-01-01 or 9999-12-31 may fall off the calendar
    except (ValueError, OverflowError) as exc:
        raise InvalidInput("created_at", "not a date", text) from exc
    if moment.year < 1900:  # a placeholder (0001-01-01) or a two-digit year (25/12/25), never a sale
        raise InvalidInput("created_at", "not a date", text)
    return moment


def _slashed(raw: str, text: str, date_order: str) -> datetime:
    day_part, _, clock = raw.partition(" ")
    parts = day_part.replace("-", "/").replace(".", "/").split("/")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise InvalidInput("created_at", "not a date", text)
    a, b, c = (int(p) for p in parts)
    at = time()
    if clock:
        try:
            at = time.fromisoformat(clock.strip())
        except ValueError as exc:
            raise InvalidInput("created_at", "not a date", text) from exc
    try:
        if len(parts[0]) == 4:  # year first: Gregorian, or Jalali (1403/05/12): the one rule of services.dates
            day = calendar_day(a, b, c)
        else:
            if a > 12 >= b:
                order = "dmy"
            elif b > 12 >= a:
                order = "mdy"
            elif date_order:
                order = date_order
            elif a == b:
                order = "dmy"
            else:
                raise InvalidInput("created_at", "ambiguous date", text)
            day = date(c, b, a) if order == "dmy" else date(c, a, b)
    except ValueError as exc:
        raise InvalidInput("created_at", "not a date", text) from exc
    return datetime.combine(day, at)


def status_of(values: dict[str, str]) -> tuple[str, str]:
    """Shopdesk's status for an order and a note when its money went back (refunded, voided)."""
    if values.get("cancelled_at", "").strip():
        return "cancelled", ""
    word = values.get("status", "").strip().lower().removeprefix("wc-")
    financial = values.get("financial_status", "").strip().lower()
    fulfillment = values.get("fulfillment_status", "").strip().lower()
    note = ""
    if financial in ("refunded", "voided") or word in ("refunded",):
        note = f"{financial or word} in the shop it was imported from"
        return "cancelled", note
    if word:
        if word not in STATUS_WORDS:
            raise InvalidInput("status", "unknown status", values.get("status", ""))
        return STATUS_WORDS[word], note
    if fulfillment == "fulfilled":
        return "shipped", note
    if financial:
        if financial not in STATUS_WORDS:
            raise InvalidInput("financial_status", "unknown status", financial)
        return STATUS_WORDS[financial], note
    return "paid", note


@dataclass
class _Order:
    external_id: str
    row: int
    created_at: datetime
    status: str
    note: str
    currency: str
    name: str
    name_key: str  # search_key(name) when the file gave a name ("" when the e-mail or phone stands for it)
    phone: Phone | None
    email: str
    discount: int
    shipping: int
    total: int | None
    payment_method: str
    notes: str
    lines: list[tuple[str, str, int, int]] = field(default_factory=list)  # description, sku, quantity, price
    ship_to: Address | None = None
    bill_to: Address | None = None  # only when it differs from ship_to
    money: PaymentState = PaymentState("none")  # what the payment columns say (``import_payments``)
    outstanding: int | None = None
    refunded: int | None = None
    paid_at: datetime | None = None
    paid: int = 0  # worked out once the order's lines are read (``_Reader._settled``)
    given_back: int = 0


class _Problems:
    def __init__(self, limit: int = 1000) -> None:
        self.items: list[RowProblem] = []
        self.limit = limit
        self.count = 0

    def add(self, row: int, column: str, reason: str, value: str = "") -> None:
        self.count += 1
        if len(self.items) < self.limit:
            self.items.append(RowProblem(row, column, reason, value[:200]))


def _unguarded(cell: str) -> str:
    """A cell as it was before a spreadsheet guard: exports (Shopify's, shopdesk's) put a ``'`` before text that
    starts like a formula, e.g. a phone ``'+966…``."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in _GUARDED else cell


_GUARDED = frozenset("=+-@\t\r")


class _Reader:
    """Turns a file's rows into orders, noting each wrong row."""

    def __init__(self, mapping: ColumnMapping, header: list[str], shop_currency: str, region: str) -> None:
        self.mapping = mapping
        self.header = header
        self.shop_currency = shop_currency
        self.region = region
        self.index: dict[str, int] = {}
        self.column: dict[str, str] = {}
        self._phones: dict[str, Phone] = {}  # customers come back: each phone and name is checked once
        self._people: dict[tuple[str, str], tuple[str, str, str]] = {}
        self._money: dict[str, Callable[[str], int]] = {}  # per currency
        self.warnings = _Problems()  # rows imported as they are, with something the user should know
        # a field's other columns, read when its first one is empty in a row (Shopify's Phone is often empty
        # while Billing Phone holds the number)
        self.fallbacks: dict[str, list[int]] = {}
        for name in READ_FIELDS:
            present = [candidate for candidate in mapping.columns.get(name, ()) if candidate in header]
            if present:
                self.index[name] = header.index(present[0])
                self.column[name] = present[0]
                if len(present) > 1:
                    self.fallbacks[name] = [header.index(candidate) for candidate in present[1:]]
        self.line_fields = [
            name for name in ("line_name", "line_sku", "line_quantity", "line_price") if name in self.index
        ]
        missing = [mapping.columns.get(name, (name,))[0] for name in REQUIRED if name not in self.index]
        if missing:
            raise UnreadableFile("missing columns", line=1, detail=", ".join(missing))
        self._all_cells = self._cells_of(list(self.index))
        self._line_cells = self._cells_of(self.line_fields)

    def _cells_of(self, names: list[str]) -> tuple[list[str], Callable]:
        """The field names and a function picking their cells from a row."""
        positions = [self.index[name] for name in names]
        if len(positions) == 1:
            return names, lambda cells: (cells[positions[0]],)
        return names, itemgetter(*positions)

    def values(self, cells: list[str], *, line_only: bool = False) -> dict[str, str]:
        """A row's mapped cells by field (only the line's fields for another line of the same order), trimmed and
        without a spreadsheet guard."""
        keys, pick = self._line_cells if line_only else self._all_cells
        texts = list(map(str.strip, pick(cells)))
        if "\n'" in "\n" + "\n".join(texts):  # some cell starts with a quote (seldom): a spreadsheet guard?
            texts = [_unguarded(text) for text in texts]
        values = dict(zip(keys, texts, strict=True))
        for name, others in self.fallbacks.items():
            if name in values and not values[name]:
                values[name] = next((v for i in others if (v := _unguarded(cells[i].strip()))), "")
        return values

    def orders(self, rows: Iterator[tuple[int, list[str]]], problems: _Problems, seen: set[str]) -> Iterator[_Order]:
        """The file's orders, each once all its rows are read; an order with a wrong row is left out (and the
        row reported)."""
        current_id: str | None = None
        current: _Order | None = None  # None while the current order's first row was wrong
        width = len(self.header)
        header = self.header
        for number, cells in rows:
            joined = "".join(cells)
            if has_bad_bytes(joined):  # bytes the file's encoding cannot read: never replaced silently
                column = next(i for i, cell in enumerate(cells) if has_bad_bytes(cell))
                where = header[column] if column < width else ""
                problems.add(number, where, "bytes not in the encoding", show_bad_bytes(cells[column]))
                continue
            if len(cells) != width:
                problems.add(number, "", "wrong column count", f"{len(cells)} / {width}")
                continue
            if "\x00" in joined:
                problems.add(number, "", "contains a NUL character")
                continue
            external_id = _unguarded(cells[self.index["external_id"]].strip())
            # another line of the same order needs only the line's cells; a new order all of them
            values = self.values(cells, line_only=external_id == current_id)
            if not external_id:
                problems.add(number, self.column["external_id"], "required")
                continue
            if len(external_id) > MAX_EXTERNAL_ID:  # cut, two orders could come out as one: never matched so
                problems.add(number, self.column["external_id"], "order number too long", external_id)
                continue
            if external_id != current_id:
                if current is not None and (settled := self._settled(current, problems)) is not None:
                    yield settled
                current_id, current = external_id, None
                if external_id in seen:  # its rows must follow each other
                    problems.add(number, self.column["external_id"], "order rows apart", external_id)
                    continue
                seen.add(external_id)
                current = self._order(number, values, problems)
            line = self._line(number, values, current.currency if current else self.shop_currency, problems)
            if current is not None:
                if line is None:
                    current = None
                else:
                    current.lines.append(line)
        if current is not None and (settled := self._settled(current, problems)) is not None:
            yield settled

    def _settled(self, order: _Order, problems: _Problems) -> _Order | None:
        """The order's total (from its lines when the file gives none) and what was paid and given back; an order
        whose payment columns cannot be is left out (its first row reported)."""
        subtotal = sum(quantity * price for _d, _s, quantity, price in order.lines)
        if order.total is None:
            order.total = max(0, subtotal - min(order.discount, subtotal) + order.shipping)
        try:
            order.paid, order.given_back = settle(order.money, order.total, order.outstanding, order.refunded)
        except InvalidInput as exc:
            column = self.column.get(exc.field) or self.mapping.columns.get(exc.field, (exc.field,))[0]
            problems.add(order.row, column, exc.reason, exc.value)
            return None
        if order.status == "new" and order.paid == order.total > 0:  # partly paid, nothing outstanding: paid
            order.status = "paid"
        return order

    def _order(self, number: int, values: dict[str, str], problems: _Problems) -> _Order | None:
        before = problems.count
        field_of = self._field
        created_at = field_of(number, values, "created_at", self._when, problems)
        if created_at is None and not values.get("created_at"):
            problems.add(number, self.column["created_at"], "required")
        try:
            status, note = status_of(values)
        except InvalidInput as exc:
            problems.add(number, self.column.get(exc.field, exc.field), exc.reason, exc.value)
            status, note = "", ""
        currency = field_of(number, values, "currency", self._currency, problems) or self.shop_currency
        money = self._money_in(currency)
        name = values.get("customer_name", "") or " ".join(
            part for part in (values.get("first_name", ""), values.get("last_name", "")) if part
        )
        phone = field_of(number, values, "phone", self._phone, problems)
        if phone is not None and not phone.verified:  # kept as typed, as the desk keeps it: said, not refused
            self.warnings.add(number, self.column.get("phone", "phone"), "phone unverified", values["phone"])
        email = values.get("email", "")
        name_key = ""
        if name or email or phone:
            try:  # the same rules as a customer typed in; without a name, the e-mail or phone stands for it
                person = self._people.get((name, email))
                if person is None:
                    key = search_key(name) if name else None
                    clean = validate_customer(CustomerDraft(name=name or "customer", email=email), name_key=key)
                    person = self._people[(name, email)] = (clean.name if name else "", clean.email, key or "")
                name, email, name_key = person[0] or person[1] or phone.e164, person[1], person[2]
            except InvalidInput as exc:
                column = self.column.get("email" if exc.field == "email" else "customer_name", exc.field)
                problems.add(number, column, exc.reason, exc.value)
        order = _Order(
            external_id=values["external_id"],
            row=number,
            created_at=created_at,
            status=status,
            note=note,
            currency=currency,
            name=name,
            name_key=name_key,
            phone=phone,
            email=email,
            discount=field_of(number, values, "discount", money, problems, 0),
            shipping=field_of(number, values, "shipping", money, problems, 0),
            total=field_of(number, values, "total", money, problems),
            payment_method=method_code(values.get("payment_method", "")),
            notes=values.get("notes", ""),
            money=payment_state(
                status,
                values.get("financial_status", "").strip().lower(),
                values.get("status", "").strip().lower().removeprefix("wc-"),
            ),
            outstanding=field_of(number, values, "outstanding", money, problems),
            refunded=field_of(number, values, "refunded", lambda text: money(text.lstrip("-")), problems),
            paid_at=field_of(number, values, "paid_at", self._when, problems),
        )
        order.ship_to, order.bill_to = _addresses_of(number, values, self.column, problems)
        return order if problems.count == before else None

    def _field(self, number, values, name, parse, problems, default=None):  # noqa: ANN001, ANN202, PLR0913
        """A field's value read by ``parse``, or ``default`` when it is empty or wrong (a wrong one is noted)."""
        text = values.get(name, "")
        if not text:
            return default
        try:
            return parse(text)
        except InvalidInput as exc:
            problems.add(number, self.column.get(name, name), exc.reason, text)
            return default

    def _when(self, text: str) -> datetime:
        return parse_when(text, date_order=self.mapping.date_order)

    @staticmethod
    def _currency(text: str) -> str:
        return validate_currency(text.upper())

    def _money_in(self, currency: str) -> Callable[[str], int]:
        """Reads amounts in ``currency``; files repeat the same prices and totals, so each text is read once."""
        reader = self._money.get(currency)
        if reader is None:
            digits = minor_digits(currency)
            known: dict[str, int] = {}

            def reader(text: str) -> int:
                value = known.get(text)
                if value is None:
                    value = self._amount(parse_money(text, minor_digits=digits))
                    if len(known) < 100_000:  # a cache, not a copy of the file
                        known[text] = value
                return value

            self._money[currency] = reader
        return reader

    def _line(self, number: int, values: dict[str, str], currency: str, problems: _Problems):  # noqa: ANN202
        before = problems.count
        description = values.get("line_name", "")
        if not description:
            problems.add(number, self.column["line_name"], "required")
        try:
            quantity = parse_whole(values["line_quantity"], field="quantity", minimum=1, maximum=MAX_QUANTITY)
            if quantity is None:
                problems.add(number, self.column["line_quantity"], "required")
        except InvalidInput as exc:
            problems.add(number, self.column["line_quantity"], exc.reason, values["line_quantity"])
            quantity = None
        try:
            price = self._money_in(currency)(values["line_price"])
        except InvalidInput as exc:
            problems.add(number, self.column["line_price"], exc.reason, values["line_price"])
            price = None
        if problems.count != before:
            return None
        return description[:200], values.get("line_sku", "")[:64], quantity, price

    def _phone(self, text: str) -> Phone:
        phone = self._phones.get(text)
        if phone is None:
            phone = self._phones[text] = normalize_phone(text, region=self.region)
            if len(self._phones) > 100_000:  # a cache, not a copy of the file
                self._phones.clear()
        return phone

    @staticmethod
    def _amount(value: int) -> int:
        if not 0 <= value <= MAX_AMOUNT_MINOR:
            raise InvalidInput("amount", "out of range", str(value))
        return value


# --- the service ---------------------------------------------------------------------------------------------


def _addresses_of(
    number: int, values: dict[str, str], columns: dict[str, str], problems: _Problems
) -> tuple[Address | None, Address | None]:
    """An order's ship-to and bill-to from the file's address columns (checked as one typed in the order form;
    a wrong one is noted); the bill-to only when it differs from the ship-to."""
    found = []
    for kind in ("ship", "bill"):
        get = lambda name, kind=kind: values.get(f"{kind}_{name}", "")  # noqa: E731
        name = get("name") or " ".join(part for part in (get("first_name"), get("last_name")) if part)
        typed = Address(
            recipient=name,
            phone=get("phone"),
            line1=get("line1"),
            line2=get("line2"),
            city=get("city"),
            region=get("region"),
            postal_code=get("postal_code"),
            country=get("country"),
        )
        if not (typed.line1 or typed.line2 or typed.city or typed.postal_code):  # nothing to ship to (a name alone)
            found.append(None)
            continue
        try:
            found.append(validate_address(typed, field=kind))
        except InvalidInput as exc:
            column = columns.get(exc.field.replace(".", "_"), exc.field)
            problems.add(number, column, exc.reason, exc.value)
            found.append(None)
    ship, bill = found
    return ship, (bill if bill != ship else None)


class ImportService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow
        self._settings = SettingsService(uow)

    def mappings(self) -> dict[str, ColumnMapping]:
        """The built-in formats and the mappings the shop saved, by name."""
        saved = {}
        for key, text in self._settings.stored(_MAPPINGS_KEY).items():
            try:
                mapping = ColumnMapping.from_json(text)
            except (ValueError, KeyError):
                continue
            saved[key.removeprefix(_MAPPINGS_KEY)] = mapping
        return {**FORMATS, **saved}

    def guess_encoding(self, path: Path) -> EncodingGuess:
        """The encoding a file seems to be in, and whether that is certain (raises ``UnreadableFile``)."""
        return guess_encoding(Path(path))

    def preview(
        self, path: Path, limit: int = 5, *, encoding: str | None = None
    ) -> tuple[str, list[str], list[list[str]]]:
        """The encoding, header and first rows of a file, read in ``encoding`` when given (raises
        ``UnreadableFile``)."""
        return preview(path, limit, encoding=encoding)

    def _numbers(self, count: int) -> int:
        """The first of ``count`` order numbers taken from the counter in a short transaction of its own, so that
        other desks' orders do not wait on the counter's row for the whole import (PostgreSQL)."""
        with self._uow() as uow:
            first = _take_numbers(uow.session, count)
            uow.commit()
        return first

    def save_mapping(self, mapping: ColumnMapping) -> None:
        if not valid_mapping_name(mapping.name):
            raise InvalidInput("name", "not a mapping name", mapping.name)
        missing = [name for name in REQUIRED if not mapping.columns.get(name)]
        if missing:
            raise InvalidInput(missing[0], "required")
        if mapping.channel not in CHANNELS:
            raise InvalidInput("channel", "unknown", mapping.channel)
        self._settings.store({_MAPPINGS_KEY + mapping.name: mapping.to_json()})

    def import_orders(
        self,
        path: Path,
        mapping: ColumnMapping,
        *,
        dry_run: bool = False,
        before_write: Callable[[], object] | None = None,
        encoding: str | None = None,
        written: Callable[[int], object] | None = None,
    ) -> ImportReport:
        """Import (or, with ``dry_run``, only check) the orders of an export file, read in ``encoding`` (one of
        ``ENCODINGS``) or the one found in it. Raises ``UnreadableFile`` when the file is not a readable export
        (``UnclearEncoding`` when the user should name the encoding); wrong rows are reported and then nothing is
        written. ``written`` is told how many orders are written so far, inside the transaction that writes them
        (its locks held): after each batch on PostgreSQL, once all are moved in on SQLite. Raises ``DatabaseBusy``
        when another connection's lock was in the way (nothing was written)."""
        if dry_run:
            return self._import(Path(path), mapping, dry_run=True, before_write=before_write, written=written,
                                encoding=encoding)  # fmt: skip
        with self._uow() as uow:
            engine = uow.session.get_bind()
        with writers.advertised(engine, "import"):  # before its transaction begins: its snapshot sees the note
            return self._import(Path(path), mapping, dry_run=False, before_write=before_write, written=written,
                                encoding=encoding)  # fmt: skip

    def _import(self, path: Path, mapping: ColumnMapping, *, dry_run: bool, before_write, written,  # noqa: ANN001
                encoding: str | None) -> ImportReport:  # fmt: skip
        with _open_table(path, encoding) as table, self._uow() as uow, _staged(uow, dry_run) as stage:
            session = uow.session
            connection = session.connection()
            shop_currency = shop_setting(connection, "currency") or "USD"
            region = shop_setting(connection, "country")
            reader = _Reader(mapping, table.header, shop_currency, region)
            problems = _Problems()
            writer = _Writer(session, mapping, write=not dry_run, before_write=before_write, numbers=self._numbers,
                             written=written, stage=stage)  # fmt: skip
            batch: list[_Order] = []
            for order in reader.orders(table.rows, problems, set()):
                batch.append(order)
                if len(batch) >= BATCH:
                    writer.add(batch, write=not problems.count)
                    batch = []
            if batch:
                writer.add(batch, write=not problems.count)
            wrote = not dry_run and not problems.count
            if wrote and stage is not None:
                uow.rollback()  # it only read; the rows wait in the stage, and move in now, at once
                if stage.orders:
                    if writer.before_write is not None:  # e.g. a backup, just before anything is written
                        writer.before_write()
                    with self._uow() as moving:  # one short transaction: the only one that writes the shop's file
                        move_in(moving.session, stage, counter=COUNTER, first=FIRST_ORDER_NUMBER)
                        if written is not None:
                            written(stage.orders)
                        moving.commit()
            elif wrote:
                uow.commit()
            else:
                uow.rollback()
            return ImportReport(
                source=mapping.name,
                encoding=table.encoding,
                rows=writer.rows,
                orders_new=writer.orders_new,
                orders_existing=writer.orders_existing,
                customers_new=writer.customers_new,
                customers_matched=writer.customers_matched,
                problems=tuple(problems.items),
                problems_total=problems.count,
                warnings=tuple(reader.warnings.items),
                warnings_total=reader.warnings.count,
                dry_run=dry_run,
                written=wrote,
            )


@contextmanager
def _staged(uow, dry_run: bool) -> Iterator[Stage | None]:  # noqa: ANN001
    """SQLite: the scratch database an import writes into first (``import_stage``), removed afterwards."""
    engine = uow.session.get_bind()
    if dry_run or engine.dialect.name != "sqlite":
        yield None
        return
    with staged(engine.url.database) as stage:
        yield stage


_ORDERS = Order.__table__


def _take_numbers(session, count: int) -> int:  # noqa: ANN001
    """The first of ``count`` consecutive order numbers, bumped on the counter in ``session``'s transaction."""
    first = next_number(session, COUNTER, first=FIRST_ORDER_NUMBER, used=_ORDERS.c.number)
    if count > 1:
        counter = Counter.__table__
        session.connection().execute(
            update(counter).where(counter.c.name == COUNTER).values(next_value=counter.c.next_value + count - 1)
        )
    return first


_CUSTOMERS = Customer.__table__


class _Writer:
    """Writes batches of orders with Core ``executemany`` in the import's transaction; without ``write`` it only
    counts what it would do (a dry run, or a file found wrong)."""

    def __init__(self, session, mapping: ColumnMapping, *, write: bool, before_write=None, numbers=None,  # noqa: ANN001
                 written=None, stage: Stage | None = None) -> None:  # noqa: ANN001  # fmt: skip
        self.session = session
        self.stage = stage  # SQLite: rows go to the scratch database first (``import_stage``)
        self.connection = session.connection()
        self.mapping = mapping
        self.write = write
        self.before_write = before_write
        # PostgreSQL: order numbers from short transactions of their own (``ImportService._numbers``); SQLite: in
        # this one, which holds the file's write lock from its first write anyway (another transaction would wait
        # for it)
        self.numbers = numbers if self.connection.dialect.name == "postgresql" else None
        self.written = written
        self.known: dict[str, int] = {}  # "p:+966…" / "e:someone@x" -> customer id (negative: not written yet)
        self.preexisting: set[int] = set()  # customers found in the database
        self.matched: set[int] = set()  # of those, the ones this file's new orders go to
        self.rows = self.orders_new = self.orders_existing = self.customers_new = 0
        # Nothing imported from this source yet (a first import): no order of the file can be there already (its
        # numbers are each on one order, ``_Reader.orders``), so none is looked up.
        self.source_known = (
            self.connection.execute(select(_ORDERS.c.id).where(_ORDERS.c.source == mapping.name).limit(1)).first()
            is not None
        )

    @property
    def customers_matched(self) -> int:
        return len(self.matched)

    def add(self, orders: list[_Order], *, write: bool) -> None:
        write = write and self.write
        self.rows += sum(len(order.lines) for order in orders)
        existing = set()
        if self.source_known:
            existing = set(
                self.connection.execute(
                    select(_ORDERS.c.external_id).where(
                        _ORDERS.c.source == self.mapping.name,
                        _ORDERS.c.external_id.in_([o.external_id for o in orders]),
                    )
                ).scalars()
            )
        fresh = [order for order in orders if order.external_id not in existing]
        self.orders_existing += len(orders) - len(fresh)
        self.orders_new += len(fresh)
        if write and fresh and self.stage is not None:
            self._stage(fresh)
            return
        if write and fresh and self.before_write is not None:  # e.g. a backup, once, before anything is written
            self.before_write()
            self.before_write = None
        if not write or not fresh:
            self._customers(fresh, write=False)
            return
        # The order numbers first: on SQLite the counter's row is written, so this transaction now holds the
        # database's write lock, and the ids handed out below cannot be taken by another desk meanwhile.
        if self.numbers is not None:
            first = self.numbers(len(fresh))
        else:
            first = _take_numbers(self.session, len(fresh))
        rows = self._order_rows(fresh, self._customers(fresh, write=True), first)
        ids = self._insert(_ORDERS, rows)
        self._lines_and_events(self.connection, rows, ids, fresh)
        if self.written is not None:  # how far it got
            self.written(self.orders_new)

    def _stage(self, fresh: list[_Order]) -> None:
        """A batch into the scratch database: orders numbered from 1 in file order (their ids too), new customers
        by their placeholders."""
        stage = self.stage
        rows = self._order_rows(fresh, self._customers(fresh, write=True), stage.orders + 1)
        ids = [row["number"] for row in rows]
        stage.put(_ORDERS, [{**row, "id": order_id} for row, order_id in zip(rows, ids, strict=True)])
        stage.orders += len(rows)
        self._lines_and_events(None, rows, ids, fresh)

    def _order_rows(self, fresh: list[_Order], customer_ids: list[int | None], first: int) -> list[dict]:
        rows = []
        for index, (order, customer_id) in enumerate(zip(fresh, customer_ids, strict=True)):
            subtotal = sum(quantity * price for _d, _s, quantity, price in order.lines)
            total = order.total if order.total is not None else max(0, subtotal - order.discount + order.shipping)
            rows.append(
                {
                    "number": first + index,
                    "customer_id": customer_id,
                    "status": order.status,
                    "channel": self.mapping.channel,
                    "currency": order.currency,
                    "subtotal_minor": subtotal,
                    "discount_minor": min(order.discount, subtotal),
                    "discount_code": "",
                    "shipping_minor": order.shipping,
                    "total_minor": total,
                    "paid_minor": order.paid,
                    "payment_method": order.payment_method,
                    "carrier": "",
                    "tracking_number": "",
                    "gift_message": "",
                    "notes": "\n".join(n for n in (order.notes, order.note) if n),
                    "created_at": order.created_at,
                    "delivered_at": order.created_at if order.status == "delivered" else None,
                    "source": self.mapping.name,
                    "external_id": order.external_id,
                }
            )
        return rows

    def _put(self, connection, table, rows: list[dict]) -> None:  # noqa: ANN001
        if connection is None:
            self.stage.put(table, rows)
        else:
            insert_many(connection, table, rows)

    def _lines_and_events(self, connection, rows: list[dict], ids: list[int], fresh: list[_Order]) -> None:  # noqa: ANN001
        self._put(
            connection,
            OrderLine.__table__,
            [
                {
                    "order_id": order_id,
                    "product_id": None,
                    "description": description,
                    "quantity": quantity,
                    "unit_price_minor": price,
                    "discount_minor": 0,
                }
                for order_id, order in zip(ids, fresh, strict=True)
                for description, _sku, quantity, price in order.lines
            ],
        )
        addresses = [
            {"order_id": order_id, "kind": kind, **address.values(), "city_key": search_key(address.city)[:100]}
            for order_id, order in zip(ids, fresh, strict=True)
            for kind, address in (("ship", order.ship_to), ("bill", order.bill_to))
            if address is not None
        ]
        if addresses:
            self._put(connection, OrderAddress.__table__, addresses)
        payments = []
        for order_id, order, row in zip(ids, fresh, rows, strict=True):
            at, method = order.paid_at or order.created_at, order.payment_method or "other"
            note = f"imported from {self.mapping.name} {order.external_id}"[:200]
            if order.paid:
                payments.append({"order_id": order_id, "kind": "payment", "method": method,
                                 "amount_minor": order.paid, "at": at, "actor": "", "note": note})  # fmt: skip
            if order.given_back:
                payments.append({"order_id": order_id, "kind": "refund", "method": method,
                                 "amount_minor": order.given_back, "at": max(at, row["created_at"]), "actor": "",
                                 "note": note})  # fmt: skip
        if payments:
            self._put(connection, Payment.__table__, payments)
        self._put(
            connection,
            OrderEvent.__table__,
            [
                {
                    "order_id": order_id,
                    "from_status": None,
                    "to_status": row["status"],
                    "at": row["created_at"],
                    "note": f"imported from {self.mapping.name} {row['external_id']}"[:200],
                }
                for order_id, row in zip(ids, rows, strict=True)
            ],
        )

    def _customers(self, orders: list[_Order], *, write: bool) -> list[int | None]:
        """Each order's customer: matched by phone, then e-mail, or created (once per file)."""
        phones = {o.phone.e164 for o in orders if o.phone if "p:" + o.phone.e164 not in self.known}
        emails = {o.email.lower() for o in orders if o.email if "e:" + o.email.lower() not in self.known}
        if phones:
            for customer_id, phone in self.connection.execute(
                select(_CUSTOMERS.c.id, _CUSTOMERS.c.phone).where(
                    _CUSTOMERS.c.phone.in_(phones), _CUSTOMERS.c.merged_into_id.is_(None)
                )
            ):
                self.known["p:" + phone] = customer_id
                self.preexisting.add(customer_id)
        if emails:
            for customer_id, email in self.connection.execute(
                select(_CUSTOMERS.c.id, func.lower(_CUSTOMERS.c.email))
                .where(func.lower(_CUSTOMERS.c.email).in_(emails), _CUSTOMERS.c.merged_into_id.is_(None))
                .order_by(_CUSTOMERS.c.id)
            ):
                self.known.setdefault("e:" + email, customer_id)
                self.preexisting.add(customer_id)
        chosen: list[int | None] = []
        new: list[tuple[int, _Order]] = []
        placeholder_keys: list[str] = []  # keys pointing to a customer not written yet
        for order in orders:
            keys = ([f"p:{order.phone.e164}"] if order.phone else []) + (
                [f"e:{order.email.lower()}"] if order.email else []
            )
            if not keys and order.name:  # only a name: one customer per name in this file, never matched to others
                keys = [f"n:{order.name}"]
            found = next((self.known[k] for k in keys if k in self.known), None)
            if found is None and keys:
                found = -(self.customers_new + 1)  # a placeholder until written
                self.customers_new += 1
                new.append((found, order))
            elif found in self.preexisting:
                self.matched.add(found)
            if found is not None:  # the same person by their other detail, later in the file
                for key in keys:
                    if key not in self.known:
                        self.known[key] = found
                        if found < 0:
                            placeholder_keys.append(key)
            chosen.append(found)
        if not write or not new:
            return chosen
        rows = [
            {
                "name": order.name,
                "name_key": order.name_key or search_key(order.name),
                "phone": order.phone.e164 if order.phone else None,
                "phone_key": order.phone.key if order.phone else "",
                "phone_verified": order.phone.verified if order.phone else True,
                "email": order.email or None,
                "language": "en",
                "marketing_consent": False,
                "notes": "",
                "tags": "",
                "created_at": order.created_at,
            }
            for _placeholder, order in new
        ]
        if self.stage is not None:  # staged by their placeholders: the move gives them their ids
            ids = [placeholder for placeholder, _order in new]
            self.stage.put(_CUSTOMERS, [{**row, "id": i} for row, i in zip(rows, ids, strict=True)])
        else:
            ids = self._insert(_CUSTOMERS, rows)
        real = {placeholder: customer_id for (placeholder, _o), customer_id in zip(new, ids, strict=True)}
        for key in placeholder_keys:
            self.known[key] = real[self.known[key]]
        tokens = [
            {"customer_id": customer_id, "token": token}
            for customer_id, row in zip(ids, rows, strict=True)
            for token in sorted(name_search_tokens(row["name"], row["name_key"]))
        ]
        if tokens:
            self._put(None if self.stage is not None else self.connection, CustomerNameToken.__table__, tokens)
        return [real.get(c, c) for c in chosen]

    def _insert(self, table, rows: list[dict]) -> list[int]:  # noqa: ANN001
        """Insert rows and give their ids in order. SQLite numbers them here (the transaction holds the write
        lock), because asking it for ids back in order makes SQLAlchemy send the rows one by one; PostgreSQL
        returns them in order from one statement per batch."""
        if self.connection.dialect.name == "sqlite":
            start = (self.connection.execute(select(func.max(table.c.id))).scalar() or 0) + 1
            ids = list(range(start, start + len(rows)))
            insert_many(self.connection, table, [{**row, "id": i} for row, i in zip(rows, ids, strict=True)])
            return ids
        return (
            self.connection.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
            .scalars()
            .all()
        )
