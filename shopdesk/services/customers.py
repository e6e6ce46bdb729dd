"""Customers: creating and editing them, finding them as people type, their profile figures, and merging.

Figures are computed in SQL over the customer's orders that were not cancelled. Names are searched through
``customer_name_token`` (every word of the normalized name, by prefix, through an index) and phones through
``phone_key`` (the national digits), so typing ``علي``, ``علی``, ``0912`` or ``۰۹۱۲`` all find their customer.

Referrals: a customer may name who referred them. The referrer must exist, is never the customer itself, and two
customers never refer each other; a referrer that was merged away stands for the customer it was merged into (it is
followed, not refused), so a number typed from an old receipt still works. Who earns what is the loyalty engine's
business, so the referrer may change even after orders.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from sqlalchemy import delete, func, update
from sqlmodel import SQLModel, select

from shopdesk.db.models import Customer, CustomerNameToken, Order, ReturnRequest
from shopdesk.db.types import utcnow
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services.address_book import book, default_address_id, one_default
from shopdesk.services.customer_records import (
    CustomerDraft,
    CustomerFigures,
    CustomerListFigures,
    CustomerProfile,
    CustomerSummary,
    clean_tags,
    validate_customer,
)
from shopdesk.services.customer_search import (
    PHONE_SUFFIX_MIN,
    customers_with_phone_prefix,
    customers_with_phone_suffix,
    customers_with_words,
)
from shopdesk.services.errors import DuplicatePhone, InvalidInput, NotFound
from shopdesk.services.numbers import ascii_digits
from shopdesk.services.order_rows import OrderQuery, average_minor
from shopdesk.services.orders import OrderService
from shopdesk.services.phones import Phone, digits_only, normalize_phone, phone_search_key
from shopdesk.services.settings import shop_setting
from shopdesk.services.text import name_search_tokens, name_tokens, search_key, searchable


@cache
def _customer_references() -> tuple:
    """The columns that point at a customer, the customer table's own included (customers merged earlier into the
    duplicate follow it); name tokens are rebuilt, not moved."""
    return tuple(
        fk.parent
        for table in SQLModel.metadata.sorted_tables
        if table is not CustomerNameToken.__table__
        for fk in table.foreign_keys
        if fk.column.table is Customer.__table__
    )


class CustomerService:
    def __init__(self, uow: UnitOfWorkFactory, *, orders: OrderService) -> None:
        self._uow = uow
        self._orders = orders

    # --- writing ------------------------------------------------------------------------------------------------
    def create_customer(self, draft: CustomerDraft) -> int:
        """Save a new customer; raises ``InvalidInput`` or ``DuplicatePhone`` (with the existing customer)."""
        clean = validate_customer(draft)
        with self._uow() as uow:
            phone = self._phone(uow.session, clean.phone, exclude_id=None)
            referred_by_id = self._referrer_id(uow.session, clean.referred_by_id, customer_id=None)
            now = utcnow()
            customer = Customer(
                created_at=now,
                referred_by_id=referred_by_id,
                birthday_set_at=now if clean.birthday is not None else None,
                **self._fields(clean, phone),
            )
            uow.session.add(customer)
            uow.session.flush()
            self._write_tokens(uow.session, customer.id, customer.name)
            uow.commit()
            return customer.id

    def update_customer(self, customer_id: int, draft: CustomerDraft) -> None:
        """Save every field of ``draft`` over the customer's (the referrer included: ``None`` clears it); raises
        ``InvalidInput``, ``DuplicatePhone`` or ``NotFound``."""
        clean = validate_customer(draft)
        with self._uow() as uow:
            customer = self._get_live(uow.session, customer_id)
            phone = self._phone(uow.session, clean.phone, exclude_id=customer_id)
            if clean.referred_by_id != customer.referred_by_id:  # unchanged is kept as it is, not checked again
                customer.referred_by_id = self._referrer_id(uow.session, clean.referred_by_id, customer_id=customer_id)
            if clean.birthday != customer.birthday:  # only a new, changed or cleared birthday restarts the wait
                customer.birthday_set_at = utcnow() if clean.birthday is not None else None
            for name, value in self._fields(clean, phone).items():
                setattr(customer, name, value)
            self._write_tokens(uow.session, customer_id, customer.name)
            uow.commit()

    def merge_customers(self, *, keep_id: int, duplicate_id: int) -> None:
        """Move everything of ``duplicate_id`` to ``keep_id``; the duplicate stays, marked as merged, so nothing
        is lost and its history can be traced."""
        if keep_id == duplicate_id:
            raise InvalidInput("customer", "same customer", str(keep_id))
        with self._uow() as uow:
            session = uow.session
            keep = self._get_live(session, keep_id)
            duplicate = self._get_live(session, duplicate_id)
            # Orders, returns, store credit, loyalty, feedback, follow-ups: every row that points at the duplicate
            # moves (ledgers move whole, so balances and cards move too). Found from the schema, so a table added
            # later cannot be forgotten here.
            keep_default = default_address_id(session, keep_id)
            for column in _customer_references():
                session.exec(update(column.table).where(column == duplicate_id).values({column.name: keep_id}))
            one_default(session, keep_id, prefer=keep_default)  # one address book now: the kept default stays
            # The move above went around the session: read both referrers again as they are now.
            session.expire(keep, ["referred_by_id"])
            session.expire(duplicate, ["referred_by_id"])
            keep.referred_by_id = self._merged_referrer(session, keep_id, keep.referred_by_id, duplicate.referred_by_id)
            moved_phone = duplicate.phone if not keep.phone else None
            moved_verified = duplicate.phone_verified
            kept_aside = []  # what has no field of its own on the kept customer goes into the notes, not away
            if duplicate.phone and keep.phone:
                kept_aside.append(f"Other phone: {duplicate.phone}")
            if duplicate.email and keep.email and duplicate.email != keep.email:
                kept_aside.append(f"Other e-mail: {duplicate.email}")
            keep.email = keep.email or duplicate.email
            if keep.birthday is None and duplicate.birthday is not None:  # the birthday comes with when it was set
                keep.birthday = duplicate.birthday
                keep.birthday_set_at = duplicate.birthday_set_at
            keep.marketing_consent = keep.marketing_consent or duplicate.marketing_consent
            keep.notes = "\n".join(n for n in (keep.notes, duplicate.notes, *kept_aside) if n)
            keep.tags = clean_tags(", ".join(t for t in (keep.tags, duplicate.tags) if t))
            duplicate.merged_into_id = keep_id
            duplicate.phone = None
            duplicate.phone_key = ""
            session.exec(delete(CustomerNameToken).where(CustomerNameToken.customer_id == duplicate_id))
            session.flush()  # the phone is free before it moves
            if moved_phone:
                keep.phone = moved_phone
                keep.phone_key = normalize_phone(moved_phone).key
                keep.phone_verified = moved_verified
            uow.commit()

    # --- reading ------------------------------------------------------------------------------------------------
    def find_customers(self, text: str, *, limit: int = 20) -> list[CustomerSummary]:
        """Customers whose name words start with the typed words, or whose phone starts with the typed digits or
        ends with four or more of them."""
        text = searchable(text)
        key = search_key(text)
        if not key:
            return []
        with self._uow() as uow:
            session = uow.session
            ids: list[int] = []
            digits = digits_only(text)
            if digits:
                phone_key = phone_search_key(text)
                if phone_key:
                    ids += session.exec(customers_with_phone_prefix(phone_key).limit(limit)).all()
                if len(digits) >= PHONE_SUFFIX_MIN and "+" not in text:  # the last digits, given at the counter
                    ids += session.exec(customers_with_phone_suffix(digits).limit(limit)).all()
            words = sorted(name_tokens(key))
            if words:
                ids += session.exec(customers_with_words(session, words).limit(limit)).all()
            unique_ids = list(dict.fromkeys(ids))[:limit]
            if not unique_ids:
                return []
            rows = session.exec(
                select(Customer).where(Customer.id.in_(unique_ids), Customer.merged_into_id.is_(None))
            ).all()
            by_id = {c.id: c for c in rows}
            return [_summary(by_id[i]) for i in unique_ids if i in by_id]

    def newest_customers(self, *, limit: int, before_id: int | None = None) -> list[CustomerSummary]:
        """Customers newest first, a page at a time (keyed by id), merged records left out."""
        statement = select(Customer).where(Customer.merged_into_id.is_(None)).order_by(Customer.id.desc())
        if before_id is not None:
            statement = statement.where(Customer.id < before_id)
        with self._uow() as uow:
            return [_summary(c) for c in uow.session.exec(statement.limit(limit))]

    def find_by_phone_or_id(self, text: str) -> int | None:
        """The customer a script names by phone (any digits, any format) or by id."""
        cleaned = ascii_digits(searchable(text)).strip()
        with self._uow() as uow:
            region = shop_setting(uow.session.connection(), "country")
            try:
                phone = normalize_phone(cleaned, region=region)
            except InvalidInput:
                phone = None
            if phone is not None:
                found = uow.session.exec(select(Customer.id).where(Customer.phone == phone.e164)).first()
                if found is not None:
                    return found
            if cleaned.isdecimal() and cleaned.isascii() and int(cleaned) < 2**31:
                customer = self._live(uow.session, int(cleaned))
                if customer is not None:
                    return customer.id
        return None

    def list_figures(self, customer_ids: list[int]) -> dict[int, CustomerListFigures]:
        """Orders, spend and last order of each listed customer (orders not cancelled, in the shop's currency, as
        the profile counts them): one grouped query for a list's page."""
        if not customer_ids:
            return {}
        with self._uow() as uow:
            session = uow.session
            currency = shop_setting(session.connection(), "currency")
            rows = session.exec(
                select(
                    Order.customer_id,
                    func.count(Order.id),
                    func.coalesce(func.sum(Order.total_minor), 0),
                    func.max(Order.created_at),
                )
                .where(Order.customer_id.in_(customer_ids), Order.status != "cancelled", Order.currency == currency)
                .group_by(Order.customer_id)
            ).all()
        found = {cid: CustomerListFigures(n, int(total), last, currency) for cid, n, total, last in rows}
        empty = CustomerListFigures(0, 0, None, currency)
        return {cid: found.get(cid, empty) for cid in customer_ids}

    def get_profile(self, customer_id: int, *, history: int = 50) -> CustomerProfile:
        with self._uow() as uow:
            session = uow.session
            customer = self._live(session, customer_id)  # a merged record shows the customer it went into
            if customer is None:
                raise NotFound("customer", customer_id)
            customer_id = customer.id
            currency = shop_setting(session.connection(), "currency")
            # Amounts add up only within one currency: the figures count the shop's currency; orders taken in
            # another one (before the shop changed currency) are counted apart, never summed in.
            by_currency = session.exec(
                select(
                    Order.currency,
                    func.count(Order.id),
                    func.coalesce(func.sum(Order.total_minor), 0),
                    func.min(Order.created_at),
                    func.max(Order.created_at),
                )
                .where(Order.customer_id == customer_id, Order.status != "cancelled")
                .group_by(Order.currency)
            ).all()
            count, total, first, last = 0, 0, None, None
            other = 0
            for row_currency, row_count, row_total, row_first, row_last in by_currency:
                if row_currency == currency:
                    count, total, first, last = row_count, int(row_total), row_first, row_last
                else:
                    other += row_count
            # Lifetime value: what they spent, less what returns gave back on those orders (refunds, store credit,
            # exchange value; a restocking fee the shop kept stays in), as the summaries' lifetime value counts it.
            given_back = session.exec(
                select(func.coalesce(func.sum(ReturnRequest.refund_minor), 0))
                .join(Order, Order.id == ReturnRequest.order_id)
                .where(Order.customer_id == customer_id, Order.status != "cancelled", Order.currency == currency)
            ).one()
            figures = CustomerFigures(
                orders=count,
                total_spent_minor=total,
                average_order_minor=average_minor(total, count),
                first_order_at=first,
                last_order_at=last,
                days_since_last_order=(utcnow() - last).days if last is not None else None,
                lifetime_value_minor=total - int(given_back),
                orders_in_other_currencies=other,
            )
            referrer = self._live(session, customer.referred_by_id)
            profile = CustomerProfile(
                id=customer.id,
                name=customer.name,
                phone=customer.phone or "",
                email=customer.email or "",
                birthday=customer.birthday,
                language=customer.language,
                marketing_consent=customer.marketing_consent,
                notes=customer.notes,
                tags=tuple(t for t in customer.tags.split(", ") if t),
                created_at=customer.created_at,
                currency=currency,
                figures=figures,
                referred_by_id=referrer.id if referrer is not None else None,
                referred_by_name=referrer.name if referrer is not None else "",
                referred_by_phone=(referrer.phone or "") if referrer is not None else "",
                birthday_set_at=customer.birthday_set_at,
                phone_verified=customer.phone_verified or not customer.phone,
                addresses=tuple(book(session, customer.id)),
            )
        recent = self._orders.page(OrderQuery(customer_id=customer_id), limit=history)
        return replace(profile, recent_orders=recent)

    def check_phone(self, text: str) -> Phone | None:
        """A phone as it would be saved (``verified`` False: kept with a warning); raises ``InvalidInput`` when it
        cannot be a phone. ``None`` when nothing is typed."""
        if not text.strip():
            return None
        with self._uow() as uow:
            region = shop_setting(uow.session.connection(), "country")
        return normalize_phone(text, region=region)

    # --- helpers ------------------------------------------------------------------------------------------------
    def _phone(self, session, text: str, *, exclude_id: int | None) -> Phone | None:  # noqa: ANN001
        if not text:
            return None
        phone = normalize_phone(text, region=shop_setting(session.connection(), "country"))
        other = session.exec(select(Customer).where(Customer.phone == phone.e164)).first()
        if other is not None and other.id != exclude_id:
            raise DuplicatePhone(phone.e164, other.id, other.name)
        return phone

    def _referrer_id(self, session, referred_by_id: int | None, *, customer_id: int | None) -> int | None:  # noqa: ANN001
        """The referrer to store for ``customer_id`` (``None`` while creating), merged records followed to the kept
        one; raises ``InvalidInput("referred_by", ...)`` for an unknown one, the customer itself, or one the customer
        referred."""
        if referred_by_id is None:
            return None
        referrer = self._live(session, referred_by_id)
        if referrer is None:
            raise InvalidInput("referred_by", "not found", str(referred_by_id))
        if referrer.id == customer_id:
            raise InvalidInput("referred_by", "same customer", str(referred_by_id))
        if customer_id is not None and referrer.referred_by_id == customer_id:
            raise InvalidInput("referred_by", "refers back", str(referred_by_id))
        return referrer.id

    @staticmethod
    def _merged_referrer(session, keep_id: int, *candidates: int | None) -> int | None:  # noqa: ANN001
        """Who referred the kept customer after a merge: its own referrer, else the duplicate's; never itself (the
        duplicate referred by the kept one, or the other way round), never one it referred (no two-way referral)."""
        for candidate in candidates:
            if candidate is None or candidate == keep_id:
                continue
            back = session.exec(select(Customer.referred_by_id).where(Customer.id == candidate)).first()
            if back != keep_id:
                return candidate
        return None

    @staticmethod
    def _live(session, customer_id: int | None) -> Customer | None:  # noqa: ANN001
        """The customer with this id, or the one it was merged into; ``None`` when there is none."""
        if customer_id is None or not 0 < customer_id < 2**31:
            return None
        customer = session.get(Customer, customer_id)
        seen = set()
        while customer is not None and customer.merged_into_id is not None and customer.id not in seen:
            seen.add(customer.id)
            customer = session.get(Customer, customer.merged_into_id)
        return customer if customer is not None and customer.merged_into_id is None else None

    @staticmethod
    def _fields(clean: CustomerDraft, phone: Phone | None) -> dict:
        return {
            "name": clean.name,
            "name_key": search_key(clean.name),
            "phone": phone.e164 if phone else None,
            "phone_key": phone.key if phone else "",
            "phone_verified": phone.verified if phone else True,
            "email": clean.email or None,
            "birthday": clean.birthday,
            "language": clean.language,
            "marketing_consent": clean.marketing_consent,
            "notes": clean.notes,
            "tags": clean.tags,
        }

    @staticmethod
    def _write_tokens(session, customer_id: int, name: str) -> None:  # noqa: ANN001
        session.exec(delete(CustomerNameToken).where(CustomerNameToken.customer_id == customer_id))
        for token in sorted(name_search_tokens(name)):
            session.add(CustomerNameToken(customer_id=customer_id, token=token))

    @staticmethod
    def _get_live(session, customer_id: int) -> Customer:  # noqa: ANN001
        customer = session.get(Customer, customer_id)
        if customer is None or customer.merged_into_id is not None:
            raise NotFound("customer", customer_id)
        return customer


def _summary(customer: Customer) -> CustomerSummary:
    return CustomerSummary(
        id=customer.id,
        name=customer.name,
        phone=customer.phone or "",
        email=customer.email or "",
        language=customer.language,
    )
