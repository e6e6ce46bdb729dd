"""Statements on the hot path (saving an order), run straight through the driver on SQLite.

Executing a statement through SQLAlchemy — even ``exec_driver_sql`` — costs 15-40 µs of Python on SQLite, for
statements the database runs in 2-5 µs; saving one order sends several. ``HotStatement`` keeps the SQL (named
parameters, ``:name``, which SQLite's driver takes as they are), converts the parameters and results whose types
need it with the types' own bind and result processors (so ``UTCDateTime`` values are stored and read exactly as
everywhere else) and runs it on the connection's own ``sqlite3`` connection, in the transaction SQLAlchemy holds
on it; the driver's errors are raised as SQLAlchemy's, as any other statement's would be. Other databases run the
same statement as ``text()``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import bindparam, column, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.types import NullType, TypeEngine


class HotStatement:
    def __init__(self, sql: str, params: Mapping[str, TypeEngine] | None = None,
                 columns: Sequence[TypeEngine | None] = ()) -> None:  # fmt: skip
        """``params``: the types of the parameters that need converting; ``columns``: the result's column types
        (``None``: as the driver gives it)."""
        self._sql = sql
        self._params = dict(params or {})
        self._columns = tuple(columns)
        self._text = text(sql).bindparams(*(bindparam(name, type_=type_) for name, type_ in self._params.items()))
        if self._columns:  # matched by position: SQLAlchemy converts what other databases return
            self._text = self._text.columns(
                *(column(f"c{i}", NullType() if type_ is None else type_) for i, type_ in enumerate(self._columns))
            )
        self._processors: tuple[dict, list] | None = None

    def _converters(self, dialect) -> tuple[dict, list]:  # noqa: ANN001
        """The bind and result processors, worked out once: only SQLite's path uses them."""
        if self._processors is None:
            binds = {name: type_.dialect_impl(dialect).bind_processor(dialect) for name, type_ in self._params.items()}
            results = [
                None if type_ is None else type_.dialect_impl(dialect).result_processor(dialect, None)
                for type_ in self._columns
            ]
            self._processors = ({name: p for name, p in binds.items() if p is not None}, results)
        return self._processors

    def execute(self, connection: Connection, params: dict | list[dict]) -> None:
        """Run it once (a dictionary) or for each of many (a list); the statement's cached compilation is used
        on databases other than SQLite."""
        if connection.dialect.name != "sqlite":
            connection.execute(self._text, params)
            return
        binds, _results = self._converters(connection.dialect)
        if isinstance(params, list):
            self._run(connection, [self._bound(binds, row) for row in params], many=True)
        else:
            self._run(connection, self._bound(binds, params))

    def first(self, connection: Connection, params: dict) -> tuple[Any, ...] | None:
        """The first row of its result (its values converted by the column types given), or ``None``."""
        if connection.dialect.name != "sqlite":
            row = connection.execute(self._text, params).first()
            return None if row is None else tuple(row)
        binds, results = self._converters(connection.dialect)
        row = self._run(connection, self._bound(binds, params)).fetchone()
        if row is None or not results:
            return row
        return tuple(value if p is None or value is None else p(value) for value, p in zip(row, results, strict=True))

    def _run(self, connection: Connection, params: dict | list[dict], *, many: bool = False):  # noqa: ANN202
        """The statement run on the ``sqlite3`` connection under ``connection``, in its transaction."""
        if not connection.in_transaction():
            connection.begin()  # as SQLAlchemy would on a first statement
        driver = connection.connection.dbapi_connection
        try:
            return driver.executemany(self._sql, params) if many else driver.execute(self._sql, params)
        except connection.dialect.loaded_dbapi.Error as exc:
            raise DBAPIError.instance(
                self._sql, params, exc, connection.dialect.loaded_dbapi.Error, dialect=connection.dialect
            ) from exc

    @staticmethod
    def _bound(binds: dict, params: dict) -> dict:
        if not binds:
            return params
        return {name: (binds[name](value) if name in binds else value) for name, value in params.items()}
