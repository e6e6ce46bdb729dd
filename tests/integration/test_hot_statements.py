"""``HotStatement``: the hot path's statements run on the driver's own connection on SQLite — in SQLAlchemy's
transaction, with the column types' conversions, and failing with SQLAlchemy's errors like any other statement."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from shopdesk.db.hot import HotStatement
from shopdesk.db.models import ChainDay, CustomerSales
from shopdesk.db.types import UTCDateTime

_ADD = HotStatement(
    "INSERT INTO chain_day (kind, scope, day, prev_month, n, n_second, kept_minor, total_minor) "
    "VALUES (:kind, :scope, :day, 0, :n, 0, 0, 0)",
)
_READ = HotStatement(
    "SELECT kind, n FROM chain_day WHERE scope = :scope ORDER BY kind",
)
_SET_AT = HotStatement("UPDATE customer_sales SET last_at = :at WHERE customer_id = :id", {"at": UTCDateTime()})
_GET_AT = HotStatement("SELECT last_at FROM customer_sales WHERE customer_id = :id", columns=(UTCDateTime(),))


def _cell(kind: str, n: int = 1) -> dict:
    return {"kind": kind, "scope": "USD", "day": date(2026, 3, 1).isoformat(), "n": n}


def test_a_hot_statement_writes_in_the_transaction_around_it(database) -> None:  # noqa: ANN001
    with database.engine.connect() as connection:
        _ADD.execute(connection, _cell("order"))
        _ADD.execute(connection, [_cell("card", 2), _cell("print", 3)])
        assert _READ.first(connection, {"scope": "USD"}) == ("card", 2)  # seen inside it
        connection.rollback()
        assert _READ.first(connection, {"scope": "USD"}) is None  # and undone with it
        _ADD.execute(connection, _cell("order"))
        connection.commit()
    with database.engine.connect() as connection:
        assert connection.execute(select(ChainDay.kind, ChainDay.n)).all() == [("order", 1)]


def test_a_hot_statement_fails_with_sqlalchemys_error_and_leaves_the_transaction_to_roll_back(database) -> None:  # noqa: ANN001
    with database.engine.connect() as connection:
        _ADD.execute(connection, _cell("order"))
        with pytest.raises(IntegrityError):
            _ADD.execute(connection, _cell("order"))  # the same cell's key again
        connection.rollback()
        assert _READ.first(connection, {"scope": "USD"}) is None


def test_times_go_in_and_come_out_as_the_column_type_converts_them(database) -> None:  # noqa: ANN001
    from shopdesk.services.customer_records import CustomerDraft
    from shopdesk.services.order_rows import LineDraft, OrderDraft
    from shopdesk.services.registry import build_services

    services = build_services(database.unit_of_work)
    customer_id = services.customers.create_customer(CustomerDraft(name="Laila"))
    services.orders.place_order(OrderDraft(lines=(LineDraft("Soap", 1, 500),), customer_id=customer_id))
    tehran = timezone(timedelta(hours=3, minutes=30))
    moment = datetime(2026, 3, 20, 23, 45, 1, 250_000, tzinfo=tehran)
    with database.engine.connect() as connection:
        _SET_AT.execute(connection, {"id": customer_id, "at": moment})
        (read,) = _GET_AT.first(connection, {"id": customer_id})
        assert read == moment and read.tzinfo == UTC  # the same instant, handed back in UTC
        # and stored as every other write stores it: read back through SQLAlchemy's own typed column
        stored = connection.execute(select(CustomerSales.last_at).where(CustomerSales.customer_id == customer_id))
        assert stored.scalar_one() == moment
