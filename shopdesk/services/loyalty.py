"""Loyalty: punch cards earned by orders, kept in an append-only ledger, turned into single-use reward codes.

Earning happens inside the order's own transaction (``OrderService`` calls ``on_status_changed``) when the order
reaches the status the program chose; cancelling it reverses what it earned, and returned units reverse what they
earned (``on_units_returned``, told by the returns service). A reversal can take a card below zero when the stamps
had already become a reward: the card shows it, nothing is hidden. A reward code is redeemed with a guarded
``UPDATE … WHERE redeemed_order_id IS NULL`` in the order's transaction, so it can be used once, also from two
desks at once. Balances are sums of the ledger; nothing is stored alone.
"""

from __future__ import annotations

import secrets
from datetime import datetime, time, timedelta

from sqlalchemy import func, update
from sqlmodel import select

from shopdesk.db.models import Customer, LoyaltyEntry, LoyaltyProgram, Order, ReturnRequest, RewardCode
from shopdesk.db.types import utcnow
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services.errors import InvalidInput, NotFound
from shopdesk.services.locks import lock_row
from shopdesk.services.loyalty_records import CardState, EntryRow, ProgramRow, RewardRow
from shopdesk.services.loyalty_rules import (
    PunchCard,
    expired_due,
    reached,
    reward_discount,
    stamps_for,
    validate_card,
    within_daily_limit,
)
from shopdesk.services.return_records import ReturnedUnits
from shopdesk.services.return_rules import RESOLVED_STATUSES

_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud and typed without mistakes
_RC = RewardCode.__table__


class LoyaltyService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    # --- programs ------------------------------------------------------------------------------------------------
    def programs(self, *, active_only: bool = False) -> list[ProgramRow]:
        with self._uow() as uow:
            return self._programs(uow.session, active_only)

    def _programs(self, session, active_only: bool) -> list[ProgramRow]:  # noqa: ANN001
        # A plain Core query on the session's connection: this runs in every order's save (issue 3's 1 ms).
        table = LoyaltyProgram.__table__
        statement = select(table.c.id, table.c.name, table.c.kind, table.c.active, table.c.rules).order_by(table.c.id)
        if active_only:
            statement = statement.where(table.c.active)
        return [
            ProgramRow(row.id, row.name, row.kind, row.active, PunchCard.from_json(row.rules))
            for row in session.connection().execute(statement)
        ]

    def save_program(self, name: str, card: PunchCard, *, active: bool = True, program_id: int | None = None) -> int:
        """Create or change a punch card program; returns its id."""
        name = " ".join(name.split())
        if not name:
            raise InvalidInput("name", "required")
        if len(name) > 200:
            raise InvalidInput("name", "too long", name[:50])
        validate_card(card)
        with self._uow() as uow:
            session = uow.session
            if program_id is None:
                program = LoyaltyProgram(kind="punch", name=name, active=active, rules=card.to_json())
                session.add(program)
            else:
                program = session.get(LoyaltyProgram, program_id)
                if program is None:
                    raise NotFound("program", program_id)
                program.name, program.active, program.rules = name, active, card.to_json()
            uow.commit()
            return program.id

    # --- earning, inside the order's transaction -----------------------------------------------------------------
    def on_status_changed(self, session, order_id: int, before: str | None, after: str) -> None:  # noqa: ANN001
        """Called by ``OrderService`` in its transaction whenever an order is placed or moves."""
        programs = self._programs(session, active_only=True)
        if not programs:
            return
        order = session.get(Order, order_id)
        if order is None or order.customer_id is None:
            return
        for program in programs:
            earned = self._order_stamps(session, program.id, order_id)
            if after == "cancelled":
                if earned > 0:
                    self._entry(
                        session, order.customer_id, program.id, order_id, "reversed", -earned, "order cancelled"
                    )
                continue
            if earned or not reached(after, program.card.earn_on):
                continue
            if self._order_touched(session, program.id, order_id):
                continue  # earned once already (and since reversed): an order earns once
            lock_row(session, Customer.__table__, order.customer_id)  # two orders of one customer at once
            self._expire(session, order.customer_id, program)
            wanted = stamps_for(program.card, order.total_minor)
            stamps = within_daily_limit(
                program.card, wanted, self._earned_today(session, order.customer_id, program.id)
            )
            if stamps:
                self._entry(session, order.customer_id, program.id, order_id, "earned", stamps, "")
                self._issue_rewards(session, order.customer_id, program)

    def on_units_returned(self, units: ReturnedUnits) -> None:
        """Returned units lose the stamps they earned: the order keeps the stamps its kept value earns."""
        if units.customer_id is None:
            return
        with self._uow() as uow:
            session = uow.session
            order = session.get(Order, units.order_id)
            returned_value = self._returned_value(session, order.id)
            for program in self._programs(session, active_only=False):
                earned = self._order_stamps(session, program.id, order.id)
                if earned <= 0:
                    continue
                keeps = stamps_for(program.card, max(0, order.total_minor - returned_value))
                if keeps < earned:
                    self._entry(
                        session, units.customer_id, program.id, order.id, "reversed", keeps - earned, "items returned"
                    )
            uow.commit()

    def _returned_value(self, session, order_id: int) -> int:  # noqa: ANN001
        return int(
            session.exec(
                select(func.coalesce(func.sum(ReturnRequest.value_minor), 0)).where(
                    ReturnRequest.order_id == order_id,
                    ReturnRequest.rejection_reason == "",
                    ReturnRequest.status.in_((*RESOLVED_STATUSES, "closed")),
                )
            ).one()
        )

    def _order_stamps(self, session, program_id: int, order_id: int) -> int:  # noqa: ANN001
        return int(
            session.exec(
                select(func.coalesce(func.sum(LoyaltyEntry.stamps), 0)).where(
                    LoyaltyEntry.program_id == program_id,
                    LoyaltyEntry.order_id == order_id,
                    LoyaltyEntry.kind.in_(("earned", "reversed")),
                )
            ).one()
        )

    def _order_touched(self, session, program_id: int, order_id: int) -> bool:  # noqa: ANN001
        return (
            session.exec(
                select(LoyaltyEntry.id).where(LoyaltyEntry.program_id == program_id, LoyaltyEntry.order_id == order_id)
            ).first()
            is not None
        )

    def _earned_today(self, session, customer_id: int, program_id: int) -> int:  # noqa: ANN001
        midnight = datetime.combine(utcnow().astimezone().date(), time()).astimezone()
        return int(
            session.exec(
                select(func.coalesce(func.sum(LoyaltyEntry.stamps), 0)).where(
                    LoyaltyEntry.customer_id == customer_id,
                    LoyaltyEntry.program_id == program_id,
                    LoyaltyEntry.kind == "earned",
                    LoyaltyEntry.at >= midnight,
                )
            ).one()
        )

    def _balance(self, session, customer_id: int, program_id: int) -> int:  # noqa: ANN001
        return int(
            session.exec(
                select(func.coalesce(func.sum(LoyaltyEntry.stamps), 0)).where(
                    LoyaltyEntry.customer_id == customer_id, LoyaltyEntry.program_id == program_id
                )
            ).one()
        )

    def _expire(self, session, customer_id: int, program: ProgramRow) -> None:  # noqa: ANN001
        if not program.card.expiry_days:
            return
        cutoff = utcnow() - timedelta(days=program.card.expiry_days)
        sums = dict(
            session.exec(
                select(LoyaltyEntry.kind, func.sum(LoyaltyEntry.stamps))
                .where(LoyaltyEntry.customer_id == customer_id, LoyaltyEntry.program_id == program.id)
                .group_by(LoyaltyEntry.kind)
            ).all()
        )
        old = int(
            session.exec(
                select(func.coalesce(func.sum(LoyaltyEntry.stamps), 0)).where(
                    LoyaltyEntry.customer_id == customer_id,
                    LoyaltyEntry.program_id == program.id,
                    LoyaltyEntry.kind == "earned",
                    LoyaltyEntry.at < cutoff,
                )
            ).one()
        )
        consumed = -int(sums.get("rewarded", 0) or 0) - int(sums.get("reversed", 0) or 0)
        due = expired_due(old, consumed, -int(sums.get("expired", 0) or 0))
        if due:
            self._entry(session, customer_id, program.id, None, "expired", -due, "")

    def _issue_rewards(self, session, customer_id: int, program: ProgramRow) -> None:  # noqa: ANN001
        size = program.card.stamps_to_fill
        while self._balance(session, customer_id, program.id) >= size:
            code = RewardCode(
                code=self._new_code(session),
                customer_id=customer_id,
                program_id=program.id,
                reward=program.card.reward,
                value=program.card.reward_value,
                issued_at=utcnow(),
            )
            session.add(code)
            session.flush()
            self._entry(session, customer_id, program.id, None, "rewarded", -size, code.code)

    def _new_code(self, session) -> str:  # noqa: ANN001
        while True:
            code = "R-" + "".join(secrets.choice(_CODE_ALPHABET) for _ in range(6))
            if session.exec(select(RewardCode.id).where(RewardCode.code == code)).first() is None:
                return code

    def _entry(self, session, customer_id, program_id, order_id, kind, stamps, note, actor="") -> None:  # noqa: ANN001
        session.add(
            LoyaltyEntry(
                customer_id=customer_id,
                program_id=program_id,
                order_id=order_id,
                kind=kind,
                stamps=stamps,
                at=utcnow(),
                actor=actor,
                note=note,
            )
        )
        session.flush()

    # --- rewards -------------------------------------------------------------------------------------------------
    def reward(self, code: str) -> RewardRow | None:
        """The reward behind a code (any case, spaces ignored), or ``None``."""
        with self._uow() as uow:
            found = uow.session.exec(select(RewardCode).where(RewardCode.code == _clean_code(code))).first()
            return _reward_row(found) if found else None

    def reward_off(self, code: str, customer_id: int | None, lines) -> int:  # noqa: ANN001
        """What a code takes off an order of ``lines`` (quantity, unit price, line discount) for this customer;
        raises ``InvalidInput`` for a code that is used, someone else's, or unknown."""
        with self._uow() as uow:
            found = uow.session.exec(select(RewardCode).where(RewardCode.code == _clean_code(code))).first()
            _check_code(found, customer_id)
            return reward_discount(found.reward, found.value, lines)

    def redeem_in(self, session, order_id: int, code: str, customer_id: int | None, lines) -> int | None:  # noqa: ANN001
        """Inside the order's transaction: use a reward code once, for this customer; returns what it takes off,
        or ``None`` when the code is not a reward code (an ordinary discount code)."""
        clean = _clean_code(code)
        if not clean.startswith("R-"):
            return None
        found = session.exec(select(RewardCode).where(RewardCode.code == clean)).first()
        _check_code(found, customer_id)
        used = session.connection().execute(
            update(_RC)
            .where(_RC.c.id == found.id, _RC.c.redeemed_order_id.is_(None))
            .values(redeemed_order_id=order_id, redeemed_at=utcnow())
        )
        if used.rowcount != 1:  # another desk used it a moment ago
            raise InvalidInput("discount_code", "already used", clean)
        return reward_discount(found.reward, found.value, lines)

    # --- reading -------------------------------------------------------------------------------------------------
    def cards(self, customer_id: int) -> list[CardState]:
        with self._uow() as uow:
            session = uow.session
            if session.get(Customer, customer_id) is None:
                raise NotFound("customer", customer_id)
            states = []
            for program in self._programs(session, active_only=False):
                entries = session.exec(
                    select(LoyaltyEntry)
                    .where(LoyaltyEntry.customer_id == customer_id, LoyaltyEntry.program_id == program.id)
                    .order_by(LoyaltyEntry.at, LoyaltyEntry.id)
                ).all()
                if not entries and not program.active:
                    continue
                codes = session.exec(
                    select(RewardCode)
                    .where(RewardCode.customer_id == customer_id, RewardCode.program_id == program.id)
                    .order_by(RewardCode.issued_at)
                ).all()
                states.append(
                    CardState(
                        program_id=program.id,
                        program_name=program.name,
                        stamps=sum(e.stamps for e in entries),
                        size=program.card.stamps_to_fill,
                        rewards=tuple(_reward_row(c) for c in codes),
                        history=tuple(EntryRow(e.at, e.kind, e.stamps, e.order_id, e.actor, e.note) for e in entries),
                    )
                )
            return states

    def close_to_reward(self, *, missing: int = 1) -> list[tuple[int, int, int]]:
        """(customer id, program id, stamps missing) for cards at most ``missing`` stamps from a reward."""
        with self._uow() as uow:
            session = uow.session
            found = []
            for program in self._programs(session, active_only=True):
                rows = session.exec(
                    select(LoyaltyEntry.customer_id, func.sum(LoyaltyEntry.stamps))
                    .where(LoyaltyEntry.program_id == program.id)
                    .group_by(LoyaltyEntry.customer_id)
                ).all()
                for customer_id, stamps in rows:
                    gap = program.card.stamps_to_fill - int(stamps)
                    if 0 < gap <= missing:
                        found.append((customer_id, program.id, gap))
            return found

    def adjust(self, customer_id: int, program_id: int, stamps: int, reason: str, *, actor: str = "") -> None:
        """Add or take stamps by hand, with a reason that is kept."""
        if not reason.strip():
            raise InvalidInput("reason", "required")
        if not stamps:
            raise InvalidInput("stamps", "required")
        with self._uow() as uow:
            session = uow.session
            program = next((p for p in self._programs(session, False) if p.id == program_id), None)
            if program is None or session.get(Customer, customer_id) is None:
                raise NotFound("program or customer", program_id)
            lock_row(session, Customer.__table__, customer_id)
            self._entry(session, customer_id, program_id, None, "adjusted", stamps, reason.strip()[:500], actor[:64])
            self._issue_rewards(session, customer_id, program)
            uow.commit()


def _clean_code(code: str) -> str:
    return "".join(code.split()).upper()


def _check_code(found: RewardCode | None, customer_id: int | None) -> None:
    if found is None:
        raise InvalidInput("discount_code", "unknown reward code")
    if found.redeemed_order_id is not None:
        raise InvalidInput("discount_code", "already used", found.code)
    if customer_id is not None and found.customer_id != customer_id:
        raise InvalidInput("discount_code", "another customer's reward", found.code)
    if customer_id is None:
        raise InvalidInput("discount_code", "needs the customer", found.code)


def _reward_row(code: RewardCode) -> RewardRow:
    return RewardRow(code.code, code.reward, code.value, code.issued_at, code.redeemed_order_id, code.redeemed_at)
