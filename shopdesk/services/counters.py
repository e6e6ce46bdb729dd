"""Human numbers that are never reused (order numbers, return numbers): a ``counter`` row bumped with one
``UPDATE … RETURNING`` in the caller's transaction, so two desks saving at the same moment wait on that row and
get different numbers."""

from __future__ import annotations

from functools import cache

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from shopdesk.db.models import Counter

_TABLE = Counter.__table__


@cache
def _bump(name: str):  # noqa: ANN202 - one prepared statement per counter: saving an order is a hot path
    return (
        update(_TABLE)
        .where(_TABLE.c.name == name)
        .values(next_value=_TABLE.c.next_value + 1)
        .returning(_TABLE.c.next_value)
    )


def next_number(session, name: str, *, first: int, used) -> int:  # noqa: ANN001
    """The next number of counter ``name``. The first time, it starts after the highest number already in
    ``used`` (a column: imports may have brought numbers) and at ``first`` at the least."""
    bump = _bump(name)
    row = session.connection().execute(bump).first()
    if row is not None:
        return row[0] - 1
    highest = session.execute(select(func.max(used))).scalar()
    start = max(first, (highest or 0) + 1)
    try:
        with session.begin_nested():
            session.add(Counter(name=name, next_value=start + 1))
    except IntegrityError:  # another desk created the counter at this very moment: take the next one
        return session.connection().execute(bump).first()[0] - 1
    return start
