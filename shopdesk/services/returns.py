"""Returns and exchanges under the shop's policy, and the store credit ledger.

A return names units of an order's lines. It may never ask for more than was bought less what earlier returns
(not rejected) took back. Outside the return window or for a product marked not returnable it is blocked with
the reason and the day the window closed, unless the owner writes why it is allowed (kept on the return). Each
step is a guarded ``UPDATE … WHERE status = <the status read>`` with a timestamped event naming who did it.
Refunds come from what was actually paid for those units (``return_rules``), less the reason's restocking fee,
and never exceed what the order was paid in total across all its returns. Giving back nothing (an order never
paid) is never silent: it needs a written reason, and an inspected return with nothing to give back may instead be
closed without a refund (with its reason). The screen confirms the amount ``give_back`` names; ``resolve`` does
nothing if another desk changed it meanwhile.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import asdict, replace
from datetime import date, datetime

from sqlalchemy import func, update
from sqlmodel import select

from shopdesk.db.models import (
    Customer,
    Order,
    OrderLine,
    Product,
    ReturnEvent,
    ReturnLine,
    ReturnRequest,
    Setting,
    StoreCreditEntry,
)
from shopdesk.db.types import utcnow
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services import store_credit
from shopdesk.services.counters import next_number
from shopdesk.services.errors import InvalidInput, NotFound
from shopdesk.services.locks import lock_row
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.orders import OrderService
from shopdesk.services.payments import refunded_outside_returns
from shopdesk.services.return_queries import GIVEN_BACK, NOT_REJECTED, units_back
from shopdesk.services.return_records import (
    CreditEntryRow,
    Exchange,
    GiveBack,
    ReturnableLine,
    ReturnableOrder,
    ReturnBlocked,
    ReturnDetail,
    ReturnDraft,
    ReturnedUnits,
    ReturnEventRow,
    ReturnLineRow,
    ReturnRow,
)
from shopdesk.services.return_rules import (
    CONDITIONS,
    RESOLUTION_STATUS,
    ReturnPolicy,
    amount_to_give,
    can_step,
    check_give_back,
    paid_per_line,
    restocking_fee,
    units_value,
    window_closes,
)
from shopdesk.services.settings import shop_setting
from shopdesk.services.shop_settings import MAX_RETURN_DAYS

COUNTER = "return_number"
FIRST_RETURN_NUMBER = 1
POLICY_KEY = "return_policy"
MAX_TEXT = 2000
_RT = ReturnRequest.__table__
# A rejection always writes its reason; a rejected return stays rejected when it is later closed.


class ReturnService:
    def __init__(self, uow: UnitOfWorkFactory, orders: OrderService | None = None) -> None:
        self._uow = uow
        self._orders = orders
        # Told in the return's own transaction, its order row locked, when units are back for good (refunded,
        # credited or exchanged): loyalty undoes what they earned, with the return or not at all.
        self.on_units_returned: list[Callable[[object, ReturnedUnits], None]] = []

    # --- policy --------------------------------------------------------------------------------------------------
    def policy(self) -> ReturnPolicy:
        with self._uow() as uow:
            return self._policy(uow.session)

    def _policy(self, session) -> ReturnPolicy:  # noqa: ANN001
        row = session.get(Setting, POLICY_KEY)
        stored = json.loads(row.value) if row is not None and row.value else {}
        days = shop_setting(session.connection(), "return_days")
        policy = ReturnPolicy(window_days=int(days) if str(days).isdigit() else 0)
        if stored:
            policy = replace(
                policy,
                restocking_percent={k: int(v) for k, v in stored.get("restocking_percent", {}).items()},
                resolutions=tuple(stored.get("resolutions", policy.resolutions)),
                reasons=tuple(stored.get("reasons", policy.reasons)),
                condition=stored.get("condition", ""),
                texts=dict(stored.get("texts", {})),
            )
        return policy

    def save_policy(self, policy: ReturnPolicy, *, window_days: int | None = None) -> ReturnPolicy:
        """Store the policy; ``window_days`` (when given) is the shop setting ``return_days`` it shares with the
        printed inserts' return-by date."""
        for reason, percent in policy.restocking_percent.items():
            if not 0 <= int(percent) <= 100:
                raise InvalidInput("restocking_percent", "not a percentage", f"{reason}: {percent}")
        if not policy.resolutions:
            raise InvalidInput("resolutions", "required")
        if window_days is not None and not 0 <= window_days <= MAX_RETURN_DAYS:
            raise InvalidInput("return_days", "not a number of days", str(window_days))
        if any(len(text) > MAX_TEXT for text in policy.texts.values()):
            raise InvalidInput("texts", "too long")
        reasons = tuple(dict.fromkeys(" ".join(r.split()) for r in policy.reasons if r.strip()))
        if not reasons:
            raise InvalidInput("reasons", "required")
        if any(len(reason) > 32 for reason in reasons):
            raise InvalidInput("reasons", "too long", next(r for r in reasons if len(r) > 32))
        policy = replace(policy, reasons=reasons)
        data = asdict(policy)
        data.pop("window_days")
        values = {POLICY_KEY: json.dumps(data, ensure_ascii=False)}
        if window_days is not None:
            values["return_days"] = str(window_days)
        with self._uow() as uow:
            for key, text in values.items():
                row = uow.session.get(Setting, key)
                if row is None:
                    uow.session.add(Setting(key=key, value=text, updated_at=utcnow()))
                else:
                    row.value, row.updated_at = text, utcnow()
            uow.commit()
        return self.policy()

    # --- starting a return ---------------------------------------------------------------------------------------
    def returnable(self, order_id: int) -> ReturnableOrder:
        """An order's lines with what may still come back and what was paid for each."""
        with self._uow() as uow:
            return self._returnable(uow.session, order_id)

    def _returnable(self, session, order_id: int) -> ReturnableOrder:  # noqa: ANN001
        order = session.get(Order, order_id)
        if order is None:
            raise NotFound("order", order_id)
        customer = session.get(Customer, order.customer_id) if order.customer_id else None
        rows = session.exec(
            select(OrderLine, Product)
            .join(Product, OrderLine.product_id == Product.id, isouter=True)
            .where(OrderLine.order_id == order_id)
            .order_by(OrderLine.id)
        ).all()
        returned = units_back(session, order_id)
        paid = _paid_by_line(order, [line for line, _product in rows])
        policy = self._policy(session)
        # From delivery; before delivery from the expected day printed on the insert (never closing earlier than
        # the date the customer was given), else from the order date.
        days = [
            d for d in (order.delivered_at and order.delivered_at.astimezone().date(), order.expected_delivery) if d
        ]
        start = max(days) if days else order.created_at.astimezone().date()
        return ReturnableOrder(
            order_id=order.id,
            number=order.number,
            customer_id=order.customer_id,
            customer_name=customer.name if customer else "",
            currency=order.currency,
            status=order.status,
            window_start=start,
            window_closes=window_closes(start, policy.window_days),
            lines=tuple(
                ReturnableLine(
                    line_id=line.id,
                    description=line.description or (product.name_en if product else ""),
                    sku=product.sku if product else "",
                    bought=line.quantity,
                    returned=returned.get(line.id, 0),
                    paid_minor=paid[line.id],
                    returnable=product.returnable if product else True,
                )
                for line, product in rows
            ),
        )

    def request_return(self, draft: ReturnDraft, *, today: date | None = None) -> int:
        """Record a return; returns its id. Raises ``InvalidInput`` for impossible quantities or a missing
        reason, and ``ReturnBlocked`` when the policy forbids it and no override reason is written."""
        today = today or date.today()
        reason_text = draft.reason_text.strip()
        if len(reason_text) > MAX_TEXT or len(draft.note) > MAX_TEXT or len(draft.override_reason) > MAX_TEXT:
            raise InvalidInput("note", "too long")
        with self._uow() as uow:
            session = uow.session
            lock_row(session, Order.__table__, draft.order_id)  # two desks returning the last unit: one waits
            policy = self._policy(session)
            if draft.reason not in policy.reasons:
                raise InvalidInput("reason", "unknown", draft.reason)
            if draft.reason == "other" and not reason_text:
                raise InvalidInput("reason_text", "required")
            order = self._returnable(session, draft.order_id)
            if order.status == "cancelled":
                raise InvalidInput("order", "cancelled", str(order.number))
            lines = {line.line_id: line for line in order.lines}
            wanted = {line_id: qty for line_id, qty in draft.quantities.items() if qty}
            if not wanted:
                raise InvalidInput("quantity", "nothing to return")
            for line_id, qty in wanted.items():
                line = lines.get(line_id)
                if line is None:
                    raise InvalidInput("quantity", "not a line of this order", str(line_id))
                if qty < 0 or qty > line.available:
                    raise InvalidInput("quantity", "more than can come back", f"{line.description}: {qty}")
            override = draft.override_reason.strip()
            blocked_items = tuple(lines[i].description for i in wanted if not lines[i].returnable)
            late = order.window_closes is not None and today > order.window_closes
            if not override and (late or blocked_items):  # one message names every reason, so one override sees all
                raise ReturnBlocked(
                    "window closed" if late else "not returnable",
                    closed_on=order.window_closes if late else None,
                    items=blocked_items,
                )
            value = sum(
                units_value(lines[i].paid_minor, lines[i].bought, lines[i].returned, qty) for i, qty in wanted.items()
            )
            fee = restocking_fee(value, policy.restocking_percent.get(draft.reason, 0))
            now = utcnow()
            request = ReturnRequest(
                number=self._next_number(session),
                order_id=order.order_id,
                customer_id=order.customer_id,
                status="requested",
                reason=draft.reason,
                reason_text=reason_text,
                note=draft.note.strip(),
                override_reason=override,
                currency=order.currency,
                value_minor=value,
                fee_minor=fee,
                created_at=now,
            )
            session.add(request)
            session.flush()
            for line_id, qty in wanted.items():
                session.add(ReturnLine(return_id=request.id, order_line_id=line_id, quantity=qty))
            note = override and f"override: {override}"
            session.add(
                ReturnEvent(return_id=request.id, to_status="requested", at=now, actor=_actor(draft.actor), note=note)
            )
            uow.commit()
            return request.id

    def _next_number(self, session) -> int:  # noqa: ANN001
        return next_number(session, COUNTER, first=FIRST_RETURN_NUMBER, used=ReturnRequest.number)

    # --- the steps -----------------------------------------------------------------------------------------------
    def approve(self, return_id: int, *, actor: str = "") -> None:
        self._step(return_id, "approved", actor)

    def reject(self, return_id: int, reason: str, *, actor: str = "") -> None:
        reason = reason.strip()
        if not reason:
            raise InvalidInput("rejection_reason", "required")
        self._step(return_id, "rejected", actor, note=reason, values={"rejection_reason": reason[:MAX_TEXT]})

    def receive(self, return_id: int, *, actor: str = "") -> None:
        self._step(return_id, "received", actor)

    def inspect(self, return_id: int, condition: str, *, actor: str = "", note: str = "") -> None:
        if condition not in CONDITIONS:
            raise InvalidInput("condition", "unknown", condition)
        self._step(return_id, "inspected", actor, note=note, values={"condition": condition})

    def close(self, return_id: int, *, actor: str = "", reason: str = "") -> None:
        """Close a return. A resolved or rejected one simply closes; an inspected one closes *without a refund*,
        which is allowed only when there is nothing to give back (an order never paid, say) and with ``reason``
        written (``InvalidInput`` field ``zero_reason`` without it, ``resolution`` when something is owed)."""
        with self._uow() as uow:
            session = uow.session
            status = session.exec(select(ReturnRequest.status).where(ReturnRequest.id == return_id)).first()
            if status is None:
                raise NotFound("return", return_id)
            if status != "inspected":
                self._move(session, session.get(ReturnRequest, return_id), "closed", actor, utcnow(), "", {})
                uow.commit()
                return
            request = self._locked_request(session, return_id)
            quote = self._give_back(session, request, self._policy(session))
            if quote.amount_minor:
                raise InvalidInput("resolution", "something to give back", str(quote.amount_minor))
            note = check_give_back(0, reason)
            values = {"resolution": "none", "refund_minor": 0, "value_minor": quote.value_minor}
            self._move(session, request, "closed", actor, utcnow(), note, {**values, "fee_minor": quote.fee_minor})
            units = self._units(session, request)
            for hook in self.on_units_returned:  # the units are back for good, with nothing given for them
                hook(session, units)
            uow.commit()

    def give_back(self, return_id: int) -> GiveBack:
        """What resolving the return would give back now (refund or store credit alike), what was really paid for
        its units and, when nothing, why; for a return already resolved, what it gave back."""
        with self._uow() as uow:
            session = uow.session
            request = session.get(ReturnRequest, return_id)
            if request is None:
                raise NotFound("return", return_id)
            return self._give_back(session, request, self._policy(session))

    def resolve(
        self,
        return_id: int,
        resolution: str,
        *,
        actor: str = "",
        expected_minor: int | None = None,
        reason: str = "",
    ) -> int:
        """Refund, or give store credit, for an inspected return; returns the amount. The amount is what was paid
        for the units less the restocking fee, capped so the order's returns never give back more than was paid.
        ``expected_minor`` is the amount the user confirmed: if another desk changed it meanwhile nothing is done
        (``InvalidInput`` field ``amount``). Giving back nothing needs ``reason`` (field ``zero_reason``)."""
        if resolution not in ("refund", "credit"):
            raise InvalidInput("resolution", "unknown", resolution)
        with self._uow() as uow:
            session = uow.session
            request = self._locked_request(session, return_id)
            policy = self._policy(session)
            if resolution not in policy.resolutions:
                raise InvalidInput("resolution", "not offered", resolution)
            if resolution == "credit" and request.customer_id is None:  # a walk-in sale: nobody would hold it
                raise InvalidInput("resolution", "no customer to hold store credit", resolution)
            status = RESOLUTION_STATUS[resolution]
            if not can_step(request.status, status):
                raise InvalidInput("status", f"cannot go from {request.status} to {status}", status)
            quote = self._give_back(session, request, policy)
            value, fee, amount = quote.value_minor, quote.fee_minor, quote.amount_minor
            note = check_give_back(amount, reason, expected=expected_minor)
            now = utcnow()
            values = {"resolution": resolution, "refund_minor": amount, "value_minor": value, "fee_minor": fee}
            self._move(session, request, status, actor, now, note, values)
            if resolution == "credit" and amount and request.customer_id is not None:
                store_credit.add_entry(
                    session,
                    request.customer_id,
                    "issued",
                    amount,
                    request.currency,
                    return_id=request.id,
                    at=now,
                    actor=_actor(actor),
                    note=f"RMA {request.number}",
                )
            units = self._units(session, request)
            for hook in self.on_units_returned:
                hook(session, units)
            uow.commit()
        return amount

    def _locked_request(self, session, return_id: int) -> ReturnRequest:  # noqa: ANN001
        """The return, with its order locked first (two returns of one order resolved at once: one waits, then
        sees what the other gave back); a cancelled order gives nothing back."""
        order_id = session.exec(select(ReturnRequest.order_id).where(ReturnRequest.id == return_id)).first()
        if order_id is None:
            raise NotFound("return", return_id)
        lock_row(session, Order.__table__, order_id)
        request = session.get(ReturnRequest, return_id)
        if session.get(Order, order_id).status == "cancelled":
            raise InvalidInput("order", "cancelled", str(order_id))
        return request

    def _give_back(self, session, request: ReturnRequest, policy: ReturnPolicy) -> GiveBack:  # noqa: ANN001
        """What the return gives back as it is resolved: the units' value from what was paid for them, after the
        units of this order already given back for good (so a rejection in between cannot make a line give back
        more than it was paid), less the reason's fee, within what the order has left paid. A return resolved
        already answers with what it was resolved with."""
        order = session.get(Order, request.order_id)
        given = int(
            session.exec(
                select(func.coalesce(func.sum(ReturnRequest.refund_minor), 0)).where(
                    ReturnRequest.order_id == request.order_id, ReturnRequest.id != request.id, GIVEN_BACK
                )
            ).one()
        )
        customer = session.get(Customer, request.customer_id) if request.customer_id is not None else None
        # what the order was paid, less money given back outside its returns (an imported partial refund)
        paid = order.paid_minor - refunded_outside_returns(session, order.id)
        if request.resolution:  # resolved (or closed without a refund): what it was
            value, fee, amount = request.value_minor, request.fee_minor, request.refund_minor
        else:
            lines = session.exec(select(OrderLine).where(OrderLine.order_id == order.id).order_by(OrderLine.id)).all()
            line_paid = _paid_by_line(order, lines)
            bought = {line.id: line.quantity for line in lines}
            before = units_back(session, order.id, ReturnRequest.id != request.id, GIVEN_BACK)
            value = sum(
                units_value(line_paid[line_id], bought[line_id], before.get(line_id, 0), quantity)
                for line_id, quantity in session.exec(
                    select(ReturnLine.order_line_id, ReturnLine.quantity).where(ReturnLine.return_id == request.id)
                ).all()
            )
            fee = restocking_fee(value, policy.restocking_percent.get(request.reason, 0))
            amount = amount_to_give(value, fee, paid, given)
        return GiveBack(
            return_id=request.id,
            number=request.number,
            order_number=order.number,
            customer_name=customer.name if customer is not None else "",
            currency=request.currency,
            value_minor=value,
            fee_minor=fee,
            order_paid_minor=paid,
            given_before_minor=given,
            amount_minor=amount,
        )

    def _units(self, session, request: ReturnRequest) -> ReturnedUnits:  # noqa: ANN001
        rows = session.exec(
            select(ReturnLine.order_line_id, ReturnLine.quantity).where(ReturnLine.return_id == request.id)
        ).all()
        return ReturnedUnits(
            return_id=request.id,
            order_id=request.order_id,
            customer_id=request.customer_id,
            quantities=dict(rows),
            value_minor=request.value_minor,
        )

    def exchange(self, return_id: int, lines: Sequence[LineDraft], *, actor: str = "") -> Exchange:
        """Replace the returned items with ``lines``: a new order linked to the return, paid with what the return
        is worth, in one transaction with the return's move. When the new items cost more, the rest is left to
        pay on the new order; when they cost less, the difference becomes store credit (or, for a walk-in sale
        with no customer to hold credit, goes back the way they paid)."""
        if self._orders is None:
            raise RuntimeError("ReturnService was built without orders")
        with self._uow() as uow:
            session = uow.session
            request = self._locked_request(session, return_id)
            policy = self._policy(session)
            if "exchange" not in policy.resolutions:
                raise InvalidInput("resolution", "not offered", "exchange")
            if not can_step(request.status, "exchanged"):
                raise InvalidInput("status", f"cannot go from {request.status} to exchanged", "exchanged")
            quote = self._give_back(session, request, policy)
            value, fee, worth = quote.value_minor, quote.fee_minor, quote.amount_minor
            original = session.get(Order, request.order_id)
            draft = OrderDraft(
                lines=tuple(lines),
                customer_id=request.customer_id,
                channel=original.channel,
                payment_method="other",
                notes=f"Exchange for return RMA {request.number}",
            )
            # what the new order comes to as placed: with prices before tax, the tax on top of the lines
            total = self._orders.total_in(session, draft)
            paid = min(worth, max(total, 0))
            placed = self._orders.place_in(
                session, replace(draft, paid_minor=paid, status="paid" if paid >= total else "new")
            )
            difference = worth - paid
            credit = difference if request.customer_id is not None else 0
            now = utcnow()
            values = {
                "resolution": "exchange",
                "refund_minor": worth,
                "value_minor": value,
                "fee_minor": fee,
                "replacement_order_id": placed.id,
            }
            self._move(session, request, "exchanged", actor, now, f"order {placed.number}", values)
            if credit:
                store_credit.add_entry(
                    session,
                    request.customer_id,
                    "issued",
                    credit,
                    request.currency,
                    return_id=request.id,
                    order_id=placed.id,
                    at=now,
                    actor=_actor(actor),
                    note=f"RMA {request.number}: exchange difference",
                )
            units = self._units(session, request)
            for hook in self.on_units_returned:
                hook(session, units)
            uow.commit()
        return Exchange(
            order_id=placed.id,
            order_number=placed.number,
            paid_minor=paid,
            due_minor=max(0, total - paid),
            credit_minor=credit,
            refund_minor=difference - credit,
        )

    def _step(self, return_id: int, target: str, actor: str, *, note: str = "", values: dict | None = None) -> None:
        with self._uow() as uow:
            request = uow.session.get(ReturnRequest, return_id)
            if request is None:
                raise NotFound("return", return_id)
            self._move(uow.session, request, target, actor, utcnow(), note, values or {})
            uow.commit()

    def _move(self, session, request, target, actor, now, note, values) -> None:  # noqa: ANN001
        before = request.status
        if not can_step(before, target):
            raise InvalidInput("status", f"cannot go from {before} to {target}", target)
        moved = session.connection().execute(
            update(_RT).where(_RT.c.id == request.id, _RT.c.status == before).values(status=target, **values)
        )
        if moved.rowcount != 1:
            raise InvalidInput("status", "changed meanwhile", target)
        session.add(
            ReturnEvent(
                return_id=request.id, from_status=before, to_status=target, at=now, actor=_actor(actor), note=note
            )
        )
        session.expire(request)

    # --- reading -------------------------------------------------------------------------------------------------
    def expire_credit(self, customer_id: int, currency: str, *, actor: str = "", note: str = "") -> int:
        """End a customer's remaining store credit (e.g. past the date the shop promised); returns the amount.
        Written as an ``expired`` entry, so the ledger still shows what there was."""
        with self._uow() as uow:
            session = uow.session
            if session.get(Customer, customer_id) is None:
                raise NotFound("customer", customer_id)
            store_credit.lock_customer(session, customer_id)
            remaining = store_credit.balance(session, customer_id, currency)
            if remaining > 0:
                store_credit.add_entry(
                    session,
                    customer_id,
                    "expired",
                    -remaining,
                    currency,
                    actor=_actor(actor),
                    note=note.strip()[:MAX_TEXT],
                )
                uow.commit()
            return remaining

    def list_returns(
        self,
        *,
        statuses: Sequence[str] = (),
        order_id: int | None = None,
        order_number: int | None = None,
        limit: int = 500,
    ) -> list[ReturnRow]:
        """Returns newest first (``ReturnRow``)."""
        with self._uow() as uow:
            statement = (
                select(ReturnRequest, Order.number, Customer.name)
                .join(Order, ReturnRequest.order_id == Order.id)
                .join(Customer, ReturnRequest.customer_id == Customer.id, isouter=True)
                .order_by(ReturnRequest.number.desc())
            )
            if statuses:
                statement = statement.where(ReturnRequest.status.in_(list(statuses)))
            if order_id is not None:
                statement = statement.where(ReturnRequest.order_id == order_id)
            if order_number is not None:
                statement = statement.where(Order.number == order_number)
            if limit > 0:
                statement = statement.limit(limit)
            return [_row(r, number, name or "") for r, number, name in uow.session.exec(statement).all()]

    def get_return(self, return_id: int) -> ReturnDetail:
        with self._uow() as uow:
            session = uow.session
            found = session.exec(
                select(ReturnRequest, Order.number, Customer.name)
                .join(Order, ReturnRequest.order_id == Order.id)
                .join(Customer, ReturnRequest.customer_id == Customer.id, isouter=True)
                .where(ReturnRequest.id == return_id)
            ).first()
            if found is None:
                raise NotFound("return", return_id)
            request, number, name = found
            lines = session.exec(
                select(ReturnLine, OrderLine)
                .join(OrderLine, ReturnLine.order_line_id == OrderLine.id)
                .where(ReturnLine.return_id == return_id)
                .order_by(ReturnLine.id)
            ).all()
            events = session.exec(
                select(ReturnEvent).where(ReturnEvent.return_id == return_id).order_by(ReturnEvent.at, ReturnEvent.id)
            ).all()
            return ReturnDetail(
                row=_row(request, number, name or ""),
                lines=tuple(ReturnLineRow(ol.id, ol.description, rl.quantity) for rl, ol in lines),
                reason_text=request.reason_text,
                note=request.note,
                override_reason=request.override_reason,
                rejection_reason=request.rejection_reason,
                condition=request.condition,
                resolution=request.resolution,
                fee_minor=request.fee_minor,
                customer_id=request.customer_id,
                history=tuple(ReturnEventRow(e.at, e.from_status, e.to_status, e.actor, e.note) for e in events),
                replacement_order_number=(
                    session.get(Order, request.replacement_order_id).number if request.replacement_order_id else None
                ),
                give_back=self._give_back(session, request, self._policy(session)),
                nothing_back_reason=next(
                    (
                        e.note
                        for e in events
                        if e.from_status == "inspected"
                        and e.to_status in ("refunded", "credited", "closed")
                        and not request.refund_minor
                    ),
                    "",
                ),
            )

    # --- store credit --------------------------------------------------------------------------------------------
    def credit_balance(self, customer_id: int, currency: str) -> int:
        """The customer's store credit: the sum of the ledger, nothing stored alone."""
        with self._uow() as uow:
            return store_credit.balance(uow.session, customer_id, currency)

    def credit_ledger(self, customer_id: int) -> list[CreditEntryRow]:
        with self._uow() as uow:
            entries = uow.session.exec(
                select(StoreCreditEntry)
                .where(StoreCreditEntry.customer_id == customer_id)
                .order_by(StoreCreditEntry.at, StoreCreditEntry.id)
            ).all()
            return [
                CreditEntryRow(e.at, e.kind, e.amount_minor, e.currency, e.return_id, e.order_id, e.actor, e.note)
                for e in entries
            ]

    def use_credit(
        self, customer_id: int, amount_minor: int, currency: str, *, order_id: int | None = None, actor: str = ""
    ) -> int:
        """Pay with store credit; never takes more than the balance. Returns the balance left."""
        with self._uow() as uow:
            session = uow.session
            if session.get(Customer, customer_id) is None:
                raise NotFound("customer", customer_id)
            left = store_credit.spend(
                session, customer_id, amount_minor, currency, order_id=order_id, actor=_actor(actor), at=utcnow()
            )
            uow.commit()
            return left

    # --- for the summaries ---------------------------------------------------------------------------------------
    def return_rate(self, date_from: datetime, date_to: datetime) -> tuple[int, int]:
        """(orders placed in the period that have a return not rejected, orders placed in the period and not
        cancelled): the return rate is the first over the second."""
        with self._uow() as uow:
            session = uow.session
            placed = (
                select(Order.id)
                .where(Order.created_at >= date_from, Order.created_at < date_to, Order.status != "cancelled")
                .subquery()
            )
            orders = session.exec(select(func.count()).select_from(placed)).one()
            returned = session.exec(
                select(func.count(func.distinct(ReturnRequest.order_id))).where(
                    ReturnRequest.order_id.in_(select(placed.c.id)), NOT_REJECTED
                )
            ).one()
            return int(returned), int(orders)

    def top_reasons(self, date_from: datetime, date_to: datetime) -> list[tuple[str, int]]:
        """Reasons of the returns asked for in the period (not rejected), most frequent first."""
        with self._uow() as uow:
            rows = uow.session.exec(
                select(ReturnRequest.reason, func.count())
                .where(
                    ReturnRequest.created_at >= date_from,
                    ReturnRequest.created_at < date_to,
                    NOT_REJECTED,
                )
                .group_by(ReturnRequest.reason)
                .order_by(func.count().desc(), ReturnRequest.reason)
            ).all()
            return [(reason, int(count)) for reason, count in rows]


def _paid_by_line(order: Order, lines) -> dict[int, int]:  # noqa: ANN001
    """What was paid for each line of an order (line and order discounts shared out), by line id. A taxed line was
    paid its gross as taxed (with prices before tax, the tax on top)."""
    if lines and all(line.net_minor is not None for line in lines):
        return {line.id: line.net_minor + line.tax_minor for line in lines}
    nets = [line.quantity * line.unit_price_minor - line.discount_minor for line in lines]
    return dict(zip((line.id for line in lines), paid_per_line(nets, order.discount_minor), strict=True))


def _row(request: ReturnRequest, order_number: int, customer_name: str) -> ReturnRow:
    return ReturnRow(
        id=request.id,
        number=request.number,
        order_id=request.order_id,
        order_number=order_number,
        customer_name=customer_name,
        status=request.status,
        reason=request.reason,
        created_at=request.created_at,
        currency=request.currency,
        value_minor=request.value_minor,
        refund_minor=request.refund_minor,
    )


def _actor(actor: str) -> str:
    """Who did a step, on one line (control characters dropped)."""
    return " ".join("".join(ch for ch in actor if unicodedata.category(ch)[0] != "C").split())[:64]
