"""Row locks for rules that read, decide, then write (what may still be returned; what a customer's credit
allows). Taken first in the transaction: on PostgreSQL ``SELECT … FOR UPDATE``; on SQLite a no-op ``UPDATE``,
which takes the database's write lock (and, as the first statement, begins the transaction, so every read after
it is inside it). A second desk doing the same waits until this transaction ends, then reads what it wrote."""

from __future__ import annotations

from sqlalchemy import select, update


def lock_row(session, table, row_id: int) -> None:  # noqa: ANN001
    if session.get_bind().dialect.name == "postgresql":
        session.connection().execute(select(table.c.id).where(table.c.id == row_id).with_for_update())
    else:
        session.connection().execute(update(table).where(table.c.id == row_id).values(id=table.c.id))
