"""A customer's address book: several addresses, each with a label (home, work…), exactly one the default while
any exist. An order copies the address it ships to (``OrderService.place_order``), so nothing here changes an
order already placed.
"""

from __future__ import annotations

from sqlalchemy import delete, func, update
from sqlmodel import select

from shopdesk.db.models import Customer, CustomerAddress
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services.addresses import (
    ADDRESS_FIELDS,
    Address,
    BookAddress,
    BookEntry,
    validate_address,
    validate_label,
)
from shopdesk.services.errors import InvalidInput, NotFound
from shopdesk.services.locks import lock_row
from shopdesk.services.settings import shop_setting

MAX_ADDRESSES = 50
_TABLE = CustomerAddress.__table__
_CUSTOMER = Customer.__table__


class AddressBookService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def default_country(self) -> str:
        """The country a new address starts with: the shop's own (Settings), "" when not set."""
        with self._uow() as uow:
            return shop_setting(uow.session.connection(), "country").strip().upper()

    def addresses(self, customer_id: int) -> list[BookAddress]:
        """The customer's addresses, the default first, then in the order they were added."""
        with self._uow() as uow:
            return book(uow.session, customer_id)

    def add_address(self, customer_id: int, address: Address, *, label: str = "", default: bool = False) -> int:
        """Add an address (checked as an order's would be); the first one, or one marked ``default``, becomes the
        default. Returns its id."""
        with self._uow() as uow:
            address_id = self._add(uow.session, customer_id, address, label=label, default=default)
            uow.commit()
            return address_id

    def update_address(self, address_id: int, address: Address, *, label: str = "") -> None:
        """Change an address of the book; orders that were shipped to it keep their own copy."""
        with self._uow() as uow:
            self._update(uow.session, address_id, address, label=label)
            uow.commit()

    def delete_address(self, address_id: int) -> None:
        """Remove an address; when it was the default, the oldest one left becomes the default."""
        with self._uow() as uow:
            row = self._get(uow.session, address_id)
            lock_row(uow.session, _CUSTOMER, row.customer_id)
            uow.session.exec(delete(CustomerAddress).where(CustomerAddress.id == address_id))
            one_default(uow.session, row.customer_id)
            uow.commit()

    def set_default_address(self, address_id: int) -> None:
        with self._uow() as uow:
            row = self._get(uow.session, address_id)
            _make_default(uow.session, row.customer_id, address_id)
            uow.commit()

    def save_book(self, customer_id: int, entries: list[BookEntry]) -> list[int]:
        """The whole book as the customer dialog shows it, in one transaction: entries with an id are changed,
        without one added, and the customer's addresses not among them deleted. Returns the ids in order."""
        with self._uow() as uow:
            session = uow.session
            _live_customer(session, customer_id)
            lock_row(session, _CUSTOMER, customer_id)
            kept = {entry.id for entry in entries if entry.id is not None}
            existing = set(session.exec(select(CustomerAddress.id).where(CustomerAddress.customer_id == customer_id)))
            if kept - existing:
                raise NotFound("address", min(kept - existing))
            if existing - kept:
                session.exec(delete(CustomerAddress).where(CustomerAddress.id.in_(existing - kept)))
            ids = []
            for index, entry in enumerate(entries):
                field = f"addresses[{index}]"
                if entry.id is None:
                    ids.append(self._add(session, customer_id, entry.address, label=entry.label, field=field))
                else:
                    self._update(session, entry.id, entry.address, label=entry.label, field=field)
                    ids.append(entry.id)
            chosen = next((i for i, entry in zip(ids, entries, strict=True) if entry.is_default), None)
            if chosen is not None:
                _make_default(session, customer_id, chosen)
            one_default(session, customer_id)
            uow.commit()
            return ids

    # --- helpers ------------------------------------------------------------------------------------------------
    @staticmethod
    def _add(session, customer_id, address, *, label, default=False, field="address") -> int:  # noqa: ANN001
        _live_customer(session, customer_id)
        lock_row(session, _CUSTOMER, customer_id)  # two desks adding a first address: one default
        clean = validate_address(address, field=field)
        count = session.exec(
            select(func.count()).select_from(CustomerAddress).where(CustomerAddress.customer_id == customer_id)
        ).one()
        if count >= MAX_ADDRESSES:
            raise InvalidInput(field, "too many addresses", str(count))
        row = CustomerAddress(
            customer_id=customer_id, label=validate_label(label), is_default=count == 0, **clean.values()
        )
        session.add(row)
        session.flush()
        if default:
            _make_default(session, customer_id, row.id)
        return row.id

    def _update(self, session, address_id, address, *, label, field="address") -> None:  # noqa: ANN001
        row = self._get(session, address_id)
        clean = validate_address(address, field=field)
        session.exec(
            update(CustomerAddress)
            .where(CustomerAddress.id == address_id)
            .values(label=validate_label(label), **clean.values())
        )
        session.expire(row)

    @staticmethod
    def _get(session, address_id: int) -> CustomerAddress:  # noqa: ANN001
        row = session.get(CustomerAddress, address_id)
        if row is None:
            raise NotFound("address", address_id)
        return row


def book(session, customer_id: int) -> list[BookAddress]:  # noqa: ANN001
    """The customer's address book read in the caller's transaction (the customer's profile shows it)."""
    rows = session.connection().execute(
        select(_TABLE.c.id, _TABLE.c.label, _TABLE.c.is_default, *(_TABLE.c[name] for name in ADDRESS_FIELDS))
        .where(_TABLE.c.customer_id == customer_id)
        .order_by(_TABLE.c.is_default.desc(), _TABLE.c.id)
    )
    return [BookAddress(id=r[0], label=r[1], is_default=bool(r[2]), address=Address(*r[3:])) for r in rows]


def default_address_id(session, customer_id: int) -> int | None:  # noqa: ANN001
    return session.exec(
        select(CustomerAddress.id)
        .where(CustomerAddress.customer_id == customer_id, CustomerAddress.is_default)
        .order_by(CustomerAddress.id)
    ).first()


def one_default(session, customer_id: int, *, prefer: int | None = None) -> None:  # noqa: ANN001
    """Exactly one default while the customer has addresses: ``prefer`` when given (a merge brought two books
    together: the kept customer's default), else the oldest default, else the oldest address (the default was
    deleted)."""
    defaults = session.exec(
        select(CustomerAddress.id)
        .where(CustomerAddress.customer_id == customer_id, CustomerAddress.is_default)
        .order_by(CustomerAddress.id)
    ).all()
    if len(defaults) == 1 and prefer in (None, defaults[0]):
        return
    first = prefer if prefer is not None else (defaults[0] if defaults else None)
    if first is None:
        first = session.exec(
            select(CustomerAddress.id).where(CustomerAddress.customer_id == customer_id).order_by(CustomerAddress.id)
        ).first()
    if first is not None:
        _make_default(session, customer_id, first)


def _make_default(session, customer_id: int, address_id: int) -> None:  # noqa: ANN001
    session.exec(
        update(CustomerAddress)
        .where(CustomerAddress.customer_id == customer_id)
        .values(is_default=CustomerAddress.id == address_id)
    )


def _live_customer(session, customer_id: int) -> None:  # noqa: ANN001
    customer = session.get(Customer, customer_id)
    if customer is None or customer.merged_into_id is not None:
        raise NotFound("customer", customer_id)
