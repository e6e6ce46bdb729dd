"""The unit of work: one transaction that services open with ``with uow: ...; uow.commit()``.

Leaving the block without ``commit()`` rolls back, so a failure half-way never leaves half an order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from sqlalchemy.orm import sessionmaker
from sqlmodel import Session


class UnitOfWork(Protocol):
    session: Session

    def __enter__(self) -> UnitOfWork: ...
    def __exit__(self, *exc_info: object) -> None: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...


class SqlUnitOfWork:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory
        self.session: Session | None = None

    def __enter__(self) -> SqlUnitOfWork:
        self.session = self._session_factory()
        return self

    def __exit__(self, *exc_info: object) -> None:
        assert self.session is not None
        # close() rolls back whatever was not committed, and leaves loaded values readable.
        self.session.close()
        self.session = None

    def commit(self) -> None:
        assert self.session is not None, "commit() outside 'with uow:'"
        self.session.commit()

    def rollback(self) -> None:
        assert self.session is not None
        self.session.rollback()


UnitOfWorkFactory = Callable[[], UnitOfWork]
