"""insert_many: rows stored exactly as the ORM stores them (time zones, booleans, NULLs), on SQLite's fast path
and through Core elsewhere."""

from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import select, text

from shopdesk.db.bulk import insert_many
from shopdesk.db.models import Customer

TEHRAN = timezone(timedelta(hours=3, minutes=30))


def _row(name: str, **changes) -> dict:  # noqa: ANN003
    return {
        "name": name,
        "name_key": name.lower(),
        "phone": None,
        "phone_key": "",
        "email": None,
        "language": "fa",
        "marketing_consent": True,
        "notes": "",
        "tags": "",
        "created_at": datetime(2025, 3, 20, 23, 45, 6, 789, tzinfo=TEHRAN),
        **changes,
    }


def test_rows_inserted_in_bulk_read_back_and_are_stored_as_the_orm_stores_them(database):
    table = Customer.__table__
    with database.unit_of_work() as uow:
        uow.session.add(Customer(**_row("Orm")))
        uow.session.flush()
        insert_many(
            uow.session.connection(),
            table,
            [_row("Bulk"), _row("Second", email="b@example.com", marketing_consent=False, birthday_set_at=None)],
        )
        uow.commit()
    with database.engine.connect() as connection:
        rows = {row.name: row for row in connection.execute(select(table))}
        assert rows["Bulk"].created_at == datetime(2025, 3, 20, 20, 15, 6, 789, tzinfo=UTC)
        assert rows["Bulk"].created_at == rows["Orm"].created_at
        assert rows["Bulk"].marketing_consent is True and rows["Second"].marketing_consent is False
        assert rows["Second"].email == "b@example.com" and rows["Bulk"].email is None
        if connection.dialect.name == "sqlite":  # the very text and numbers the ORM wrote, so comparisons hold
            stored = dict(
                connection.execute(text("SELECT name, created_at || '|' || marketing_consent FROM customer")).all()
            )
            assert stored["Bulk"] == stored["Orm"] == "2025-03-20 20:15:06.000789|1"


def test_no_rows_is_nothing_to_do(database):
    with database.unit_of_work() as uow:
        insert_many(uow.session.connection(), Customer.__table__, [])
        uow.commit()
    with database.engine.connect() as connection:
        assert connection.execute(select(Customer.__table__)).all() == []
