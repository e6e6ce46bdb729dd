"""Many rows into one table at once, for bulk loads such as an import.

SQLAlchemy's ``executemany`` turns each row's dictionary into parameters through its general machinery, which on
SQLite costs more than the database's own work (an import of 100,000 rows spent 2 s there). ``insert_many``
does the same conversion with the columns' own bind processors (so ``UTCDateTime`` values are stored exactly as
everywhere else) and hands plain tuples to the driver; on other databases it is Core ``executemany``.
"""

from __future__ import annotations

from operator import itemgetter

from sqlalchemy import Table, insert
from sqlalchemy.engine import Connection


def insert_many(connection: Connection, table: Table, rows: list[dict]) -> None:
    """Insert ``rows`` (dictionaries with the same keys, column names) into ``table``."""
    if not rows:
        return
    if connection.dialect.name != "sqlite":
        connection.execute(insert(table), rows)
        return
    dialect = connection.dialect
    quote = dialect.identifier_preparer.quote
    keys = list(rows[0])
    columns = [table.c[key] for key in keys]
    sql = (
        f"INSERT INTO {dialect.identifier_preparer.format_table(table)} "
        f"({', '.join(quote(column.name) for column in columns)}) VALUES ({', '.join('?' * len(columns))})"
    )
    processors = [column.type.dialect_impl(dialect).bind_processor(dialect) for column in columns]
    converted = [(position, processor) for position, processor in enumerate(processors) if processor is not None]
    get = itemgetter(*keys) if len(keys) > 1 else lambda row: (row[keys[0]],)
    if converted:
        parameters = []
        for row in rows:
            values = list(get(row))
            for position, processor in converted:
                values[position] = processor(values[position])
            parameters.append(tuple(values))
    else:
        parameters = [get(row) for row in rows]
    connection.exec_driver_sql(sql, parameters)
