"""Payments: what an order was paid, by what, when and by whom; what is still due; refunds outside returns.

Each payment is a ``payment`` row; ``shop_order.paid_minor`` is their sum, kept in the same transaction, so lists
read paid and balance without adding rows up. The order is locked first (``locks.lock_row``): two desks taking the
last of a balance at the same moment cannot both take it — the second waits, then is refused with what is left
(``OverPayment``). A payment that brings the balance to zero moves a ``new`` order to ``paid`` through
``OrderService.move_in``, the same move "Mark as paid" makes, so loyalty stamps and the figures follow it.

Refunds of returns (money, store credit, exchanges) are recorded by the return itself (``return_request``, which
the summaries and the returns' own cap read); the money history reads them from there beside the payment rows, so
each amount has one record. A ``refund`` row here is money given back outside a return (brought in by an import),
and a return gives back at most what the order was paid less those.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, insert, update
from sqlmodel import select

from shopdesk.db.models import Order, Payment, ReturnEvent, ReturnRequest
from shopdesk.db.types import utcnow
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services import store_credit
from shopdesk.services.errors import InvalidInput, NotFound, OverPayment
from shopdesk.services.locks import lock_row
from shopdesk.services.order_rows import MAX_AMOUNT_MINOR, OrderDraft
from shopdesk.services.orders import OrderService
from shopdesk.services.payment_records import (
    METHODS,
    RETURN_METHODS,
    MoneyEntry,
    OrderMoney,
    PaymentRecorded,
)

__all__ = ["METHODS", "PaymentService", "refunded_outside_returns"]

_PAYMENT = Payment.__table__
_ORDER = Order.__table__
_INSERT = insert(_PAYMENT).returning(_PAYMENT.c.id)
_GIVEN = ("refunded", "credited", "exchanged")
_PAID = ("paid", "packed", "shipped", "delivered")  # a return's steps that give something back
MAX_NOTE = 500
MAX_ACTOR = 64


class PaymentService:
    def __init__(self, uow: UnitOfWorkFactory, orders: OrderService) -> None:
        self._uow = uow
        self._orders = orders

    # --- writing ------------------------------------------------------------------------------------------------
    def record_payment(
        self,
        order_id: int,
        amount_minor: int,
        method: str,
        *,
        actor: str = "",
        note: str = "",
        at: datetime | None = None,
    ) -> PaymentRecorded:
        """Record money received for an order. Refuses an amount that is not positive, an unknown method, a
        cancelled order and more than the balance (``OverPayment``, with both amounts). Store credit is taken
        from the customer's ledger in the same transaction. The payment that settles a ``new`` order moves it
        to ``paid``."""
        with self._uow() as uow:
            recorded = self.record_in(uow.session, order_id, amount_minor, method, actor=actor, note=note, at=at)
            uow.commit()
        return recorded

    def record_in(self, session, order_id, amount_minor, method, *, actor="", note="", at=None) -> PaymentRecorded:  # noqa: ANN001
        """``record_payment`` inside a transaction the caller owns and commits."""
        _check(amount_minor, method, note)
        order = _locked_order(session, order_id)
        if order.status == "cancelled":
            raise InvalidInput("order", "cancelled", str(order.number))
        balance = max(0, order.total_minor - order.paid_minor)
        if amount_minor > balance:
            raise OverPayment(amount_minor, balance, order.currency)
        at = at or utcnow()
        if method == "store_credit":
            if order.customer_id is None:
                raise InvalidInput("method", "needs a customer", method)
            store_credit.spend(
                session, order.customer_id, amount_minor, order.currency, order_id=order_id, actor=actor, at=at
            )
        payment_id = self._write(session, order_id, "payment", method, amount_minor, at, actor, note)
        paid = order.paid_minor + amount_minor
        session.connection().execute(update(_ORDER).where(_ORDER.c.id == order_id).values(paid_minor=paid))
        status, settled = order.status, False
        if paid == order.total_minor and order.status == "new":
            moved = self._orders.move_in(session, [order_id], "paid")
            settled = bool(moved.changed)
            status = "paid" if settled else status
        return PaymentRecorded(
            payment_id=payment_id,
            order_id=order_id,
            number=order.number,
            amount_minor=amount_minor,
            paid_minor=paid,
            balance_minor=order.total_minor - paid,
            status=status,
            currency=order.currency,
            settled=settled,
        )

    def record_refund(
        self,
        order_id: int,
        amount_minor: int,
        method: str,
        *,
        actor: str = "",
        note: str = "",
        at: datetime | None = None,
    ) -> PaymentRecorded:
        """Record money given back outside a return (a return's refund is recorded by the return). Never more than
        the order has left paid (its payments less everything given back, returns included)."""
        _check(amount_minor, method, note)
        if method == "store_credit":  # store credit is given by a return (ReturnService.resolve)
            raise InvalidInput("method", "unknown", method)
        with self._uow() as uow:
            session = uow.session
            order = _locked_order(session, order_id)
            left = order.paid_minor - _given_back(session, order_id)
            if amount_minor > left:
                raise OverPayment(amount_minor, max(0, left), order.currency)
            payment_id = self._write(session, order_id, "refund", method, amount_minor, at or utcnow(), actor, note)
            uow.commit()
        return PaymentRecorded(
            payment_id=payment_id,
            order_id=order_id,
            number=order.number,
            amount_minor=amount_minor,
            paid_minor=order.paid_minor,
            balance_minor=0 if order.status == "cancelled" else max(0, order.total_minor - order.paid_minor),
            status=order.status,
            currency=order.currency,
        )

    def on_order_placed(self, session, order_id: int, draft: OrderDraft, at: datetime) -> None:  # noqa: ANN001
        """``OrderService.placed_hooks``: what was paid as the order was placed, as its first payments (the store
        credit it used, then the rest by its method); paid in full, a ``new`` order moves to ``paid``."""
        credit = draft.store_credit_minor
        rest = draft.paid_minor - credit
        if credit > 0:
            self._write(session, order_id, "payment", "store_credit", credit, at, draft.actor, "")
        if rest > 0:
            method = draft.payment_method if draft.payment_method in METHODS else "other"
            self._write(session, order_id, "payment", method, rest, at, draft.actor, "")
        total = session.connection().execute(select(_ORDER.c.total_minor).where(_ORDER.c.id == order_id)).scalar()
        if draft.paid_minor > 0 and draft.status == "new" and draft.paid_minor == total:
            self._orders.move_in(session, [order_id], "paid")
        elif draft.status in _PAID and draft.payment_method != "cash_on_delivery" and draft.paid_minor < total:
            # placed as paid (or further) with less typed: the rest is paid, as marking it paid records
            method = draft.payment_method if draft.payment_method in METHODS else "other"
            self._write(session, order_id, "payment", method, total - draft.paid_minor, at, draft.actor, "marked paid")
            session.connection().execute(update(_ORDER).where(_ORDER.c.id == order_id).values(paid_minor=total))

    def on_status_changed(self, session, order_id: int, before: str | None, after: str) -> None:  # noqa: ANN001
        """``OrderService.status_hooks``: marking a ``new`` order paid by hand ("Mark as… Paid", the orders list's
        bulk move) records the rest of its total as paid by the order's method, noted "marked paid", as a manual
        payment in Shopify does; the order's paid and balance never contradict its status. Moves past paid (a cash
        on delivery order shipped unpaid) record nothing."""
        if before != "new" or after != "paid":
            return
        row = (
            session.connection()
            .execute(
                select(_ORDER.c.total_minor, _ORDER.c.paid_minor, _ORDER.c.payment_method).where(
                    _ORDER.c.id == order_id
                )
            )
            .one()
        )
        total, paid, method = row
        if total > paid:
            method = method if method in METHODS else "other"
            self._write(session, order_id, "payment", method, total - paid, utcnow(), "", "marked paid")
            session.connection().execute(update(_ORDER).where(_ORDER.c.id == order_id).values(paid_minor=total))

    @staticmethod
    def _write(session, order_id, kind, method, amount, at, actor, note) -> int:  # noqa: ANN001
        return (
            session.connection()
            .execute(
                _INSERT,
                {
                    "order_id": order_id,
                    "kind": kind,
                    "method": method,
                    "amount_minor": amount,
                    "at": at,
                    "actor": (actor or "").strip()[:MAX_ACTOR],
                    "note": (note or "").strip(),
                },
            )
            .scalar_one()
        )

    # --- reading ------------------------------------------------------------------------------------------------
    def money(self, order_id: int) -> OrderMoney:
        """The order's total, paid, given back and balance, and its money history oldest first: payments, refunds
        outside returns, and what its returns gave back (refund, store credit, exchange)."""
        with self._uow() as uow:
            session = uow.session
            order = session.get(Order, order_id)
            if order is None:
                raise NotFound("order", order_id)
            entries = [
                MoneyEntry(
                    at=p.at, kind=p.kind, method=p.method, amount_minor=p.amount_minor, actor=p.actor, note=p.note
                )
                for p in session.exec(
                    select(Payment).where(Payment.order_id == order_id).order_by(Payment.at, Payment.id)
                )
            ]
            replacement = _ORDER.alias("replacement")
            given = session.connection().execute(
                select(
                    ReturnEvent.at,
                    ReturnEvent.actor,
                    ReturnRequest.resolution,
                    ReturnRequest.refund_minor,
                    ReturnRequest.number,
                    replacement.c.number,
                )
                .join(ReturnEvent, ReturnEvent.return_id == ReturnRequest.id)
                .outerjoin(replacement, replacement.c.id == ReturnRequest.replacement_order_id)
                .where(
                    ReturnRequest.order_id == order_id,
                    ReturnRequest.refund_minor > 0,
                    ReturnEvent.to_status.in_(_GIVEN),
                )
            )
            for at, actor, resolution, amount, number, replacement_number in given:
                entries.append(
                    MoneyEntry(
                        at=at,
                        kind="refund",
                        method=RETURN_METHODS.get(resolution, ""),
                        amount_minor=amount,
                        actor=actor,
                        return_number=number,
                        order_number=replacement_number,
                    )
                )
        entries.sort(key=lambda e: e.at)
        return OrderMoney(
            order_id=order.id,
            number=order.number,
            status=order.status,
            currency=order.currency,
            total_minor=order.total_minor,
            paid_minor=order.paid_minor,
            refunded_minor=sum(e.amount_minor for e in entries if e.kind == "refund"),
            entries=tuple(entries),
            customer_id=order.customer_id,
            payment_method=order.payment_method,
        )

    def customer_balance(self, customer_id: int, currency: str) -> tuple[int, int]:
        """What a customer's orders in ``currency`` (cancelled ones left out) were paid, and what they still owe."""
        with self._uow() as uow:
            paid, due = (
                uow.session.connection()
                .execute(
                    select(
                        func.coalesce(func.sum(_ORDER.c.paid_minor), 0),
                        func.coalesce(func.sum(_ORDER.c.total_minor - _ORDER.c.paid_minor), 0),
                    ).where(
                        _ORDER.c.customer_id == customer_id,
                        _ORDER.c.currency == currency,
                        _ORDER.c.status != "cancelled",
                    )
                )
                .one()
            )
        return int(paid), int(due)


def refunded_outside_returns(session, order_id: int) -> int:  # noqa: ANN001
    """What was given back for an order outside its returns (refund rows): a return gives back at most what the
    order was paid less this."""
    return int(
        session.exec(
            select(func.coalesce(func.sum(Payment.amount_minor), 0)).where(
                Payment.order_id == order_id, Payment.kind == "refund"
            )
        ).one()
    )


def _given_back(session, order_id: int) -> int:  # noqa: ANN001
    """Everything given back for an order: refund rows and what its returns gave (refund, credit, exchange)."""
    returns = session.exec(
        select(func.coalesce(func.sum(ReturnRequest.refund_minor), 0)).where(
            ReturnRequest.order_id == order_id, ReturnRequest.resolution.in_(tuple(RETURN_METHODS))
        )
    ).one()
    return refunded_outside_returns(session, order_id) + int(returns)


def _locked_order(session, order_id: int) -> Order:  # noqa: ANN001
    lock_row(session, _ORDER, order_id)
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound("order", order_id)
    session.refresh(order)  # what another desk wrote before the lock was taken
    return order


def _check(amount_minor: int, method: str, note: str) -> None:
    if method not in METHODS:
        raise InvalidInput("method", "unknown", method)
    if amount_minor <= 0:
        raise InvalidInput("amount", "must be positive", str(amount_minor))
    if amount_minor > MAX_AMOUNT_MINOR:
        raise InvalidInput("amount", "out of range", str(amount_minor))
    if len(note) > MAX_NOTE:
        raise InvalidInput("note", "too long", note[:40], limit=MAX_NOTE)
