"""Saving while an import is being written (issue 17, item 8): a save on another connection either goes through
or says, with ``DatabaseBusy``, who it waits for — never a driver's "database is locked" — and goes through once
the import has finished. Every save path that can meet a lock says so the same way."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy import text

from shopdesk.services import writers
from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.database import open_database
from shopdesk.services.database_lock import this_host
from shopdesk.services.errors import DatabaseBusy
from shopdesk.services.import_records import SHOPIFY
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings
from tests.integration.test_imports import _row, write_csv

DEADLOCK_BREAKER = 120  # seconds; only reached when the save under test hangs (the defect), never when it passes


def _orders_file(tmp_path, orders: int):
    rows = []
    for n in range(orders):
        rows.append(
            _row(**{
                "Name": f"#{5000 + n}", "Financial Status": "paid", "Currency": "SAR", "Total": "20.00",
                "Created at": "2026-03-05 14:22:10 +0300", "Lineitem quantity": "1", "Lineitem name": "Soap",
                "Lineitem price": "20.00", "Billing Name": f"Customer {n % 7}", "Phone": f"+96650{n % 7:07d}",
            })
        )  # fmt: skip
    return write_csv(tmp_path / "orders.csv", rows)


@pytest.fixture
def desks(db_url):
    """The shop's database opened twice, as by two desks (two engines, two connections)."""
    first = open_database(db_url)
    second = open_database(db_url)
    build_services(first.unit_of_work).settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    yield first, second
    second.close()
    first.close()


def _sale() -> OrderDraft:
    return OrderDraft(lines=(LineDraft("Candle", 1, 3000),))


class _ImportHeldOpen:
    """An import running in a thread, stopped inside its transaction after its first batch is written (its locks
    held) until ``release()``."""

    def __init__(self, services, path) -> None:  # noqa: ANN001
        self.writing = threading.Event()
        self._release = threading.Event()
        self.report = None
        self.error: BaseException | None = None
        self.finished = threading.Event()

        def written(_count: int) -> None:
            self.writing.set()
            self._release.wait(DEADLOCK_BREAKER)

        def run() -> None:
            try:
                self.report = services.imports.import_orders(path, SHOPIFY, written=written)
            except BaseException as exc:  # noqa: BLE001 - handed to the test
                self.error = exc
            finally:
                self.finished.set()

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()
        assert self.writing.wait(DEADLOCK_BREAKER), self.error

    def release(self) -> None:
        self._release.set()
        self.thread.join()
        assert self.error is None, self.error


def test_an_order_saved_at_another_desk_during_an_import_goes_through_or_waits_named_then_goes_through(desks, tmp_path):
    importing, other = desks
    held = _ImportHeldOpen(build_services(importing.unit_of_work), _orders_file(tmp_path, 30))
    orders = build_services(other.unit_of_work).orders
    try:
        placed = orders.place_order(_sale())
        during = not held.finished.is_set()
    except DatabaseBusy as exc:
        placed = None
        assert other.engine.dialect.name == "sqlite"  # PostgreSQL: the import holds nothing a new order needs
        assert exc.holder is not None and exc.holder.what == "import" and exc.holder.host == this_host()
        assert "an import being written on" in str(exc)
    finally:
        held.release()
    if other.engine.dialect.name == "postgresql":  # went through at once, while the import was still writing
        assert placed is not None and during
    if placed is None:  # SQLite: saved once the import has finished
        placed = orders.place_order(_sale())
    assert held.report.written and held.report.orders_new == 30
    with other.engine.connect() as connection:
        numbers = [n for (n,) in connection.execute(text("SELECT number FROM shop_order"))]
        notes = connection.execute(text("SELECT count(*) FROM setting WHERE key LIKE 'writing.%'")).scalar()
    assert len(numbers) == len(set(numbers)) == 31 and placed.number in numbers
    assert notes == 0  # the import's note is gone with it


def _hold_locks(database, customer_id: int, order_id: int):
    """Another connection holding what a save needs: SQLite's write lock; on PostgreSQL the rows' locks."""
    if database.engine.dialect.name == "sqlite":
        raw = sqlite3.connect(database.sqlite_path, isolation_level=None)
        raw.execute("BEGIN IMMEDIATE")
        return raw.rollback, raw.close
    connection = database.engine.connect()
    connection.execute(text("SELECT 1 FROM counter FOR UPDATE"))
    connection.execute(text("SELECT 1 FROM customer WHERE id = :id FOR UPDATE"), {"id": customer_id})
    connection.execute(text("SELECT 1 FROM shop_order WHERE id = :id FOR UPDATE"), {"id": order_id})
    return connection.rollback, connection.close


@pytest.mark.parametrize("save", ["place order", "change status", "edit customer"])
def test_every_save_that_meets_a_held_lock_says_database_busy_not_the_drivers_error_and_works_after(desks, save):
    first, second = desks
    services = build_services(second.unit_of_work)
    customer = services.customers.create_customer(CustomerDraft(name="Layla", phone="+966501234567"))
    order = services.orders.place_order(_sale())
    actions = {
        "place order": lambda: services.orders.place_order(_sale()),
        "change status": lambda: services.orders.change_status([order.id], "paid"),
        "edit customer": lambda: services.customers.update_customer(
            customer, CustomerDraft(name="Layla Harbi", phone="+966501234567")
        ),
    }
    release, close = _hold_locks(first, customer, order.id)
    try:
        with pytest.raises(DatabaseBusy) as caught:
            actions[save]()
        assert caught.value.holder is None  # nobody said they were writing
    finally:
        release()
        close()
    actions[save]()  # the same save, tried again, goes through


def test_a_note_left_by_a_killed_import_on_this_computer_is_ignored(desks):
    first, _second = desks
    dead = writers.Writer(what="import", host=this_host(), pid=2**22 + 12345, since=None)
    with first.unit_of_work() as uow:
        uow.session.connection().execute(
            text("INSERT INTO setting (key, value, updated_at) VALUES (:k, :v, CURRENT_TIMESTAMP)"),
            {"k": dead.key, "v": writers._to_text(dead)},
        )
        uow.commit()
    with first.engine.connect() as connection:
        assert writers.current(connection) is None
    with writers.advertised(first.engine, "import") as me:  # the next import here removes it
        with first.engine.connect() as connection:
            assert writers.current(connection) == me
            keys = [k for (k,) in connection.execute(text("SELECT key FROM setting WHERE key LIKE 'writing.%'"))]
        assert keys == [me.key]


def test_the_command_line_says_the_database_is_busy_and_exits_3_instead_of_a_traceback(desks, tmp_path):
    import subprocess
    import sys

    first, _second = desks
    path = _orders_file(tmp_path, 3)
    url = first.url

    def run():  # noqa: ANN202 - another process, as another desk's script would be
        return subprocess.run(
            [sys.executable, "-m", "shopdesk", "--db", url, "import", "orders", str(path)],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip

    if first.engine.dialect.name == "sqlite":
        holder = sqlite3.connect(first.sqlite_path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        release, close = (lambda: holder.execute("ROLLBACK")), holder.close
    else:
        connection = first.engine.connect()
        connection.execute(text("LOCK TABLE setting IN EXCLUSIVE MODE"))
        release, close = connection.rollback, connection.close
    try:
        busy = run()
    finally:
        release()
        close()
    assert busy.returncode == 3, busy.stderr
    assert "nothing was saved: the database is busy" in busy.stderr and "Traceback" not in busy.stderr
    done = run()
    assert done.returncode == 0, done.stderr
