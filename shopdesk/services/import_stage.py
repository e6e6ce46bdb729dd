"""An import into a SQLite file, written first where it locks nobody out, then moved in at once.

SQLite lets one writer in at a time: an import writing 100,000 rows batch by batch in the shop's own transaction held
the file's write lock from its first batch to its commit (20 s measured on a busy machine), and every other save
waited for it. So an import on SQLite writes its rows (customers, orders, lines, events, payments, name words) into a
private scratch database of its own (a temporary file beside the shop's, removed when done and swept after a crash),
with the ids it will need: new customers by their placeholder (-1, -2, …), orders numbered from 1 in file order. Only
then, in one short transaction of the shop's database, it moves them in with ``INSERT … SELECT`` (SQLite's own
loop, no Python per row), taking the order numbers and the real ids there. All or nothing still: the
move is one transaction, and a file with a wrong row never gets that far. ``benchmarks/import_stall.py`` measures
what another desk's save waits.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Column, MetaData, Table, create_engine, event, func, insert, select, update
from sqlalchemy.engine import Connection

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
from shopdesk.temporary_files import temporary_beside

_NAME = "import_stage"
# the shop's tables an import writes, in the order they are moved (a row's parents first)
_TABLES = (
    Customer.__table__,
    CustomerNameToken.__table__,
    Order.__table__,
    OrderLine.__table__,
    OrderAddress.__table__,
    OrderEvent.__table__,
    Payment.__table__,
)
_ORDERS = Order.__table__
_COUNTER = Counter.__table__


class Stage:
    """The scratch database: the shop's import tables as plain columns (no keys, no indexes), in one transaction
    that is never committed to anything but itself."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._engine = create_engine("sqlite:///" + str(self.path))
        metadata = MetaData()
        self.tables = {
            table.name: Table(table.name, metadata, *(Column(c.name, c.type) for c in table.columns))
            for table in _TABLES
        }
        metadata.create_all(self._engine)
        self.connection = self._engine.connect()
        self.connection.exec_driver_sql("PRAGMA journal_mode=OFF")  # scratch: thrown away if anything goes wrong
        self.connection.exec_driver_sql("PRAGMA synchronous=OFF")
        self.columns: dict[str, list[str]] = {}  # the columns written, per table: only those are moved
        self.orders = 0

    def put(self, table: Table, rows: list[dict]) -> None:
        if rows:
            self.columns.setdefault(table.name, list(rows[0]))
            insert_many(self.connection, self.tables[table.name], rows)

    def close(self) -> None:
        with contextlib.suppress(Exception):  # closing a connection that failed: nothing of it is kept anyway
            self.connection.close()
        self._engine.dispose()

    def move(self, connection: Connection, *, first_number: int) -> None:
        """Everything staged into the shop's database on ``connection``, inside its transaction (which the caller
        has begun with a write, so it holds the write lock)."""
        customer_base = connection.execute(select(func.max(Customer.__table__.c.id))).scalar() or 0
        order_base = connection.execute(select(func.max(_ORDERS.c.id))).scalar() or 0
        computed = {
            "customer": {"id": f"{customer_base} - id"},
            "customer_name_token": {"customer_id": f"{customer_base} - customer_id"},
            "shop_order": {
                "id": f"{order_base} + id",
                "number": f"{first_number - 1} + number",
                "customer_id": f"CASE WHEN customer_id < 0 THEN {customer_base} - customer_id ELSE customer_id END",
            },
            "order_line": {"order_id": f"{order_base} + order_id"},
            "order_address": {"order_id": f"{order_base} + order_id"},
            "order_event": {"order_id": f"{order_base} + order_id"},
            "payment": {"order_id": f"{order_base} + order_id"},
        }
        for table in _TABLES:
            names = self.columns.get(table.name)
            if not names:
                continue
            quote = connection.dialect.identifier_preparer.quote
            expressions = [computed[table.name].get(name, quote(name)) for name in names]
            connection.exec_driver_sql(
                f"INSERT INTO main.{quote(table.name)} ({', '.join(quote(n) for n in names)}) "
                f"SELECT {', '.join(expressions)} FROM {_NAME}.{quote(table.name)} ORDER BY rowid"
            )


@contextlib.contextmanager
def staged(database: str | None) -> Iterator[Stage]:
    """A stage in a temporary file beside the shop's ``database`` file (``temporary_files``: removed when the
    import ends, and a killed import's is swept by the next one)."""
    if database and database != ":memory:":
        target = Path(database).with_name(Path(database).name + ".import")
    else:
        target = Path(tempfile.gettempdir()) / "shopdesk.import"
    with temporary_beside(target) as path:
        stage = Stage(path)
        try:
            yield stage
        finally:
            stage.close()


def take_numbers(connection: Connection, count: int, *, counter: str, first: int) -> int:
    """The first of ``count`` order numbers, bumped on the counter; as the first statement of a transaction this
    also takes SQLite's write lock before anything is read."""
    row = connection.execute(
        update(_COUNTER)
        .where(_COUNTER.c.name == counter)
        .values(next_value=_COUNTER.c.next_value + count)
        .returning(_COUNTER.c.next_value)
    ).first()
    if row is not None:
        return row[0] - count
    highest = connection.execute(select(func.max(_ORDERS.c.number))).scalar()
    start = max(first, (highest or 0) + 1)
    connection.execute(insert(_COUNTER).values(name=counter, next_value=start + count))
    return start


def attach(connection: Connection, stage: Stage) -> None:
    """Make the stage readable on ``connection`` (the shop's, in the unit of work that moves it in); it is detached
    when the connection goes back to the pool, after its transaction ended (SQLite refuses before)."""
    stage.connection.commit()  # into its own file only: the shop's connection reads it from there
    engine = connection.engine
    if not event.contains(engine, "checkin", _detach):
        event.listen(engine, "checkin", _detach)
    connection.connection.info[_NAME] = True
    connection.exec_driver_sql(f"ATTACH DATABASE ? AS {_NAME}", (str(stage.path),))


def _detach(dbapi_connection, record) -> None:  # noqa: ANN001
    if record is not None and record.info.pop(_NAME, False):
        dbapi_connection.execute(f"DETACH DATABASE {_NAME}")


def move_in(session, stage: Stage, *, counter: str, first: int) -> None:  # noqa: ANN001
    """Inside ``session``'s transaction (a unit of work the caller commits): the order numbers and every staged
    row. The counter is bumped first, so the transaction holds SQLite's write lock before it reads."""
    connection = session.connection()
    attach(connection, stage)
    first_number = take_numbers(connection, stage.orders, counter=counter, first=first)
    stage.move(connection, first_number=first_number)
