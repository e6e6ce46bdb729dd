"""Loyalty: punch cards, points, tiers, referral and birthday rewards, kept in an append-only ledger per customer
and program, with rewards issued as single-use codes.

Earning happens inside the order's own transaction (``OrderService`` calls ``on_status_changed``) when the order
reaches the status the program chose; cancelling it reverses what it earned, and returned units reverse what they
earned (``on_units_returned``, told by the returns service). A reversal can take a card or a points balance below
zero when they had already become a reward: it shows, nothing is hidden; a referral reward not yet used is voided,
one already used is written down as such. A reward code is redeemed with a guarded
``UPDATE … WHERE redeemed_order_id IS NULL`` in the order's transaction, so it can be used once, also from two
desks at once. Balances are sums of the ledger and tiers are computed from what was spent; a tier entry in the
ledger records each change of level. Nothing is stored alone.
"""

from __future__ import annotations

import secrets
from datetime import date, datetime, time, timedelta

from sqlalchemy import extract, func, or_, update
from sqlmodel import select

from shopdesk.db.models import (
    Customer,
    LoyaltyEntry,
    LoyaltyProgram,
    Order,
    OrderLine,
    ReturnRequest,
    RewardCode,
)
from shopdesk.db.types import utcnow
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services.errors import InvalidInput, NotFound
from shopdesk.services.locks import lock_row
from shopdesk.services.loyalty_edits import EDITED, EditFollowing
from shopdesk.services.loyalty_records import CardState, EntryRow, PointsState, ProgramRow, RewardRow, TierState
from shopdesk.services.loyalty_rules import (
    PAID_STATUSES,
    Rules,
    Tier,
    birthday_due,
    expired_due,
    kind_of,
    month_end,
    next_tier,
    points_for,
    reached,
    reward_discount,
    rules_from_json,
    stamps_for,
    tier_for,
    validate_rules,
    window_start,
    within_daily_limit,
)
from shopdesk.services.return_queries import GIVEN_BACK, NOT_REJECTED, units_back
from shopdesk.services.return_records import ReturnedUnits
from shopdesk.services.settings import shop_setting

_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud and typed without mistakes
_RC = RewardCode.__table__


class LoyaltyService(EditFollowing):
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
            ProgramRow(row.id, row.name, row.kind, row.active, rules_from_json(row.kind, row.rules))
            for row in session.connection().execute(statement)
        ]

    def save_program(self, name: str, rules: Rules, *, active: bool = True, program_id: int | None = None) -> int:
        """Create or change a program (its kind follows its rules and never changes); returns its id. One tiers
        program runs at a time: a customer has one level."""
        name = " ".join(name.split())
        if not name:
            raise InvalidInput("name", "required")
        if len(name) > 200:
            raise InvalidInput("name", "too long", name[:50])
        rules = validate_rules(rules)
        kind = kind_of(rules)
        with self._uow() as uow:
            session = uow.session
            if kind == "tiers" and active:
                others = [p for p in self._programs(session, True) if p.kind == "tiers" and p.id != program_id]
                if others:
                    raise InvalidInput("kind", "one tiers program at a time", others[0].name)
            if program_id is None:
                program = LoyaltyProgram(kind=kind, name=name, active=active, rules=rules.to_json())
                session.add(program)
            else:
                program = session.get(LoyaltyProgram, program_id)
                if program is None:
                    raise NotFound("program", program_id)
                if program.kind != kind:
                    raise InvalidInput("kind", "cannot change", program.kind)
                program.name, program.active, program.rules = name, active, rules.to_json()
            uow.commit()
            return program.id

    # --- earning, inside the order's transaction -----------------------------------------------------------------
    def on_status_changed(self, session, order_id: int, before: str | None, after: str) -> None:  # noqa: ANN001
        """Called by ``OrderService`` in its transaction whenever an order is placed or moves."""
        # A cancellation takes back what the order earned also in a program paused since.
        programs = self._programs(session, active_only=after != "cancelled")
        if not programs:
            return
        order = session.get(Order, order_id)
        if order is None or order.customer_id is None:
            return
        tiers = next((p for p in programs if p.kind == "tiers" and p.active), None)
        # Loyalty entries do not change spend: the state read now is also the one to record after earning.
        tier_state = self._tier_state(session, order.customer_id, tiers) if tiers else None
        level = tier_state.level if tier_state else None
        for program in programs:
            if program.kind == "punch":
                self._punch_on_status(session, program, order, after, level)
            elif program.kind == "points":
                self._points_on_status(session, program, order, after, level)
            elif program.kind == "referral":
                self._referral_on_status(session, program, order, after)
        if after == "cancelled":
            self._give_back_rewards_used(session, order)
        if tier_state is not None:
            self._record_tier(session, order.customer_id, tiers, tier_state)

    def _punch_on_status(self, session, program: ProgramRow, order: Order, after: str, level: Tier | None) -> None:  # noqa: ANN001
        card = program.rules
        if not self._earn_or_reverse(session, program, order, after, card.earn_on):
            return
        self._expire(session, order.customer_id, program)
        wanted = stamps_for(card, order.total_minor)
        if wanted and level is not None:
            wanted += level.extra_stamps
        stamps = within_daily_limit(card, wanted, self._earned_today(session, order.customer_id, program.id))
        if stamps:
            self._entry(session, order.customer_id, program.id, order.id, "earned", stamps, "")
            self._issue_rewards(session, order.customer_id, program)

    def _points_on_status(self, session, program: ProgramRow, order: Order, after: str, level: Tier | None) -> None:  # noqa: ANN001
        rules = program.rules
        if not self._earn_or_reverse(session, program, order, after, rules.earn_on):
            return
        bonus = level.points_bonus_percent if level is not None else 0
        points = points_for(rules, order.total_minor, bonus)
        if points:
            self._entry(session, order.customer_id, program.id, order.id, "earned", points, "")

    def _earn_or_reverse(self, session, program: ProgramRow, order: Order, after: str, earn_on: str) -> bool:  # noqa: ANN001
        """Reverse what a cancelled order earned; say whether the order earns now (once, at the chosen status)."""
        earned = self._order_stamps(session, program.id, order.id)
        if after == "cancelled":
            if earned > 0:
                self._entry(session, order.customer_id, program.id, order.id, "reversed", -earned, "order cancelled")
            return False
        if earned or not reached(after, earn_on):
            return False
        if self._order_touched(session, program.id, order.id) and not self._taken_back_by_edit(
            session, program.id, order.id
        ):
            return False  # earned once already (and since reversed): an order earns once
        lock_row(session, Customer.__table__, order.customer_id)  # two orders of one customer at once
        return True

    def _referral_on_status(self, session, program: ProgramRow, order: Order, after: str) -> None:  # noqa: ANN001
        """A referred customer's first order, at the chosen status, rewards both sides; cancelled, it takes the
        rewards back."""
        if after == "cancelled":
            self._take_back(session, program, order.id, "order cancelled")
            return
        rules = program.rules
        if not reached(after, rules.earn_on):
            return
        customer = session.get(Customer, order.customer_id)
        if customer.referred_by_id is None or self._order_touched(session, program.id, order.id):
            return
        lock_row(session, Customer.__table__, customer.id)
        already = session.exec(  # rewarded as a new customer before (a reward as a referrer does not count)
            select(LoyaltyEntry.id)
            .join(Order, LoyaltyEntry.order_id == Order.id)
            .where(
                LoyaltyEntry.program_id == program.id,
                LoyaltyEntry.customer_id == customer.id,
                Order.customer_id == customer.id,
            )
        ).first()
        earlier = session.exec(
            select(Order.id).where(
                Order.customer_id == customer.id,
                Order.id != order.id,
                Order.status != "cancelled",
                Order.created_at <= order.created_at,
            )
        ).first()
        referrer = session.get(Customer, customer.referred_by_id)
        if already is not None or earlier is not None or referrer is None or referrer.merged_into_id is not None:
            return  # not a new customer's first order, or rewarded before
        self._issue_code(
            session, customer.id, program, rules.friend_reward, rules.friend_value, order_id=order.id, amount=0
        )
        self._issue_code(
            session, referrer.id, program, rules.referrer_reward, rules.referrer_value, order_id=order.id, amount=0
        )

    def _take_back(self, session, program: ProgramRow, order_id: int, why: str) -> None:  # noqa: ANN001
        """Void the codes an order's referral issued; one already used stays used, and the ledger says so."""
        entries = session.exec(
            select(LoyaltyEntry).where(LoyaltyEntry.program_id == program.id, LoyaltyEntry.order_id == order_id)
        ).all()
        if not entries or any(e.kind == "reversed" for e in entries):
            return
        for entry in entries:
            if entry.kind != "rewarded":
                continue
            voided = session.connection().execute(  # guarded: a desk redeeming it right now wins or loses whole
                update(_RC)
                .where(_RC.c.code == entry.note, _RC.c.redeemed_order_id.is_(None), _RC.c.voided_at.is_(None))
                .values(voided_at=utcnow())
            )
            if voided.rowcount == 1:
                note = f"{why}: {entry.note} voided"
            else:
                used_on = session.exec(
                    select(Order.number)
                    .join(RewardCode, RewardCode.redeemed_order_id == Order.id)
                    .where(RewardCode.code == entry.note)
                ).first()
                note = f"{why}: {entry.note} already used on order {used_on}"
            self._entry(session, entry.customer_id, program.id, order_id, "reversed", 0, note)

    def _give_back_rewards_used(self, session, order: Order) -> None:  # noqa: ANN001
        """A cancelled order never took its discount: reward codes it used can be used again (said in the
        ledger of the code's program)."""
        codes = session.exec(select(RewardCode).where(RewardCode.redeemed_order_id == order.id)).all()
        for code in codes:
            code.redeemed_order_id, code.redeemed_at = None, None
            session.flush()
            self._entry(session, code.customer_id, code.program_id, order.id, "restored", 0, code.code)

    # --- tiers ---------------------------------------------------------------------------------------------------
    def _spend(self, session, customer_id: int, months: int) -> int:  # noqa: ANN001
        """What the customer spent over the last ``months`` months: orders paid or further along, less what returns
        gave back on them (refunds, store credit, exchange value — a restocking fee the shop kept stays in)."""
        since = window_start(utcnow(), months)
        currency = shop_setting(session.connection(), "currency")  # other currencies are never added in
        orders = select(Order.id).where(
            Order.customer_id == customer_id,
            Order.status.in_(PAID_STATUSES),
            Order.created_at >= since,
            Order.currency == currency,
        )
        total = session.exec(select(func.coalesce(func.sum(Order.total_minor), 0)).where(Order.id.in_(orders))).one()
        returned = session.exec(
            select(func.coalesce(func.sum(ReturnRequest.refund_minor), 0)).where(
                ReturnRequest.order_id.in_(orders), NOT_REJECTED, GIVEN_BACK
            )
        ).one()
        return max(0, int(total) - int(returned))

    def _tier_state(self, session, customer_id: int, program: ProgramRow) -> TierState:  # noqa: ANN001
        rules = program.rules
        spend = self._spend(session, customer_id, rules.months)
        following = next_tier(rules, spend)
        return TierState(
            program_id=program.id,
            program_name=program.name,
            spend_minor=spend,
            months=rules.months,
            level=tier_for(rules, spend),
            next_level=following[0] if following else None,
            missing_minor=following[1] if following else 0,
        )

    def _record_tier(self, session, customer_id: int, program: ProgramRow, state: TierState) -> None:  # noqa: ANN001
        """A ledger entry when the customer's level changes (the level itself is always computed from spend)."""
        number = program.rules.levels.index(state.level) + 1 if state.level else 0
        last = session.exec(
            select(LoyaltyEntry.stamps)
            .where(*_of(customer_id, program.id), LoyaltyEntry.kind == "tier")
            .order_by(LoyaltyEntry.at.desc(), LoyaltyEntry.id.desc())
        ).first()
        if (last or 0) != number:
            self._entry(session, customer_id, program.id, None, "tier", number, state.level.name if state.level else "")

    # --- after a return ------------------------------------------------------------------------------------------
    def on_units_returned(self, session, units: ReturnedUnits) -> None:  # noqa: ANN001
        """In the return's transaction (its order row locked): returned units lose what they earned. A card keeps
        the stamps its kept value earns, points shrink with the value kept, a referral whose first order came back
        whole (refunded or credited, not exchanged) is taken back, and the tier is recomputed."""
        if units.customer_id is None:
            return
        order = session.get(Order, units.order_id)
        kept = max(0, order.total_minor - self._returned_value(session, order.id))
        programs = self._programs(session, active_only=False)
        for program in programs:
            if program.kind == "referral" and self._all_units_back(session, order.id):
                self._take_back(session, program, order.id, "items returned")
            if program.kind not in ("punch", "points"):
                continue
            held = self._order_stamps(session, program.id, order.id)  # what the order holds now
            if held <= 0:
                continue
            # What the kept value earns, from what the order first earned (not from what a return before this
            # one left, which would take the same units back twice).
            earned = self._order_earned(session, program.id, order.id)
            if program.kind == "punch":
                base = stamps_for(program.rules, order.total_minor)
                keeps_base = stamps_for(program.rules, kept)
                extra = max(0, earned - base)  # a tier's extra stamps stay only with a stamp that stays
                keeps = min(earned, keeps_base + (extra if keeps_base else 0))
            else:
                keeps = earned * kept // order.total_minor if order.total_minor > 0 else 0
            if keeps < held:
                self._entry(
                    session, units.customer_id, program.id, order.id, "reversed", keeps - held, "items returned"
                )
        tiers = next((p for p in programs if p.kind == "tiers" and p.active), None)
        if tiers is not None:
            self._record_tier(session, units.customer_id, tiers, self._tier_state(session, units.customer_id, tiers))

    def _all_units_back(self, session, order_id: int) -> bool:  # noqa: ANN001
        """Whether every unit of the order came back for good as money or credit (an exchange keeps the sale)."""
        bought = dict(
            session.exec(
                select(OrderLine.id, OrderLine.quantity).where(OrderLine.order_id == order_id, OrderLine.quantity > 0)
            ).all()
        )
        back = units_back(session, order_id, GIVEN_BACK, ReturnRequest.replacement_order_id.is_(None))
        return bool(bought) and all(back.get(line_id, 0) >= quantity for line_id, quantity in bought.items())

    def _returned_value(self, session, order_id: int) -> int:  # noqa: ANN001
        return int(
            session.exec(
                select(func.coalesce(func.sum(ReturnRequest.value_minor), 0)).where(
                    ReturnRequest.order_id == order_id, NOT_REJECTED, GIVEN_BACK
                )
            ).one()
        )

    def _order_stamps(self, session, program_id: int, order_id: int) -> int:  # noqa: ANN001
        """What an order holds in a program now: earned less reversed."""
        return _ledger_sum(
            session,
            LoyaltyEntry.program_id == program_id,
            LoyaltyEntry.order_id == order_id,
            LoyaltyEntry.kind.in_(("earned", "reversed")),
        )

    def _order_earned(self, session, program_id: int, order_id: int) -> int:  # noqa: ANN001
        """What an order first earned in a program, before any reversal."""
        return _ledger_sum(session, LoyaltyEntry.program_id == program_id, LoyaltyEntry.order_id == order_id, _EARNED)

    def _taken_back_by_edit(self, session, program_id: int, order_id: int) -> bool:  # noqa: ANN001
        """Whether all the order earned was taken back by edits alone (an edit that re-opened a paid order's
        balance): it earns again when paid, as the same order placed that way would earn then."""
        kinds = session.exec(
            select(LoyaltyEntry.kind, LoyaltyEntry.note).where(
                LoyaltyEntry.program_id == program_id, LoyaltyEntry.order_id == order_id
            )
        ).all()
        return all(kind == "earned" for kind, _note in kinds) and any(note == EDITED for _kind, note in kinds)

    def _order_touched(self, session, program_id: int, order_id: int) -> bool:  # noqa: ANN001
        return (
            session.exec(
                select(LoyaltyEntry.id).where(LoyaltyEntry.program_id == program_id, LoyaltyEntry.order_id == order_id)
            ).first()
            is not None
        )

    def _earned_today(self, session, customer_id: int, program_id: int) -> int:  # noqa: ANN001
        midnight = datetime.combine(utcnow().astimezone().date(), time()).astimezone()
        return _ledger_sum(session, *_of(customer_id, program_id), _EARNED, LoyaltyEntry.at >= midnight)

    def _balance(self, session, customer_id: int, program_id: int) -> int:  # noqa: ANN001
        return _ledger_sum(session, *_of(customer_id, program_id))

    def _expire(self, session, customer_id: int, program: ProgramRow) -> None:  # noqa: ANN001
        if not program.rules.expiry_days:
            return
        cutoff = utcnow() - timedelta(days=program.rules.expiry_days)
        sums = dict(
            session.exec(
                select(LoyaltyEntry.kind, func.sum(LoyaltyEntry.stamps))
                .where(*_of(customer_id, program.id))
                .group_by(LoyaltyEntry.kind)
            ).all()
        )
        old = _ledger_sum(session, *_of(customer_id, program.id), _EARNED, LoyaltyEntry.at < cutoff)
        consumed = -int(sums.get("rewarded", 0) or 0) - int(sums.get("reversed", 0) or 0)
        due = expired_due(old, consumed, -int(sums.get("expired", 0) or 0))
        if due:
            self._entry(session, customer_id, program.id, None, "expired", -due, "")

    def _issue_rewards(self, session, customer_id: int, program: ProgramRow) -> None:  # noqa: ANN001
        card = program.rules
        while self._balance(session, customer_id, program.id) >= card.stamps_to_fill:
            self._issue_code(session, customer_id, program, card.reward, card.reward_value, amount=-card.stamps_to_fill)

    def _issue_code(  # noqa: PLR0913
        self,
        session,  # noqa: ANN001
        customer_id: int,
        program: ProgramRow,
        reward: str,
        value: int,
        *,
        amount: int,
        kind: str = "rewarded",
        order_id: int | None = None,
        expires_at: datetime | None = None,
        actor: str = "",
    ) -> RewardCode:
        """A new single-use code and its ledger entry (``amount``: the stamps or points it took, or 0)."""
        code = RewardCode(
            code=self._new_code(session),
            customer_id=customer_id,
            program_id=program.id,
            reward=reward,
            value=value,
            issued_at=utcnow(),
            expires_at=expires_at,
        )
        session.add(code)
        session.flush()
        self._entry(session, customer_id, program.id, order_id, kind, amount, code.code, actor)
        return code

    def _new_code(self, session) -> str:  # noqa: ANN001
        while True:
            code = "R-" + "".join(secrets.choice(_CODE_ALPHABET) for _ in range(6))
            if session.exec(select(RewardCode.id).where(RewardCode.code == code)).first() is None:
                return code

    def _entry(self, session, customer_id, program_id, order_id, kind, stamps, note, actor="") -> None:  # noqa: ANN001
        entry = LoyaltyEntry(
            customer_id=customer_id,
            program_id=program_id,
            order_id=order_id,
            kind=kind,
            stamps=stamps,
            at=utcnow(),
            actor=actor,
            note=note,
        )
        session.add(entry)
        session.flush()  # written now: balances are read next with Core statements, which do not autoflush

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
        now = utcnow()
        used = session.connection().execute(  # once, and only while not voided or past its last day
            update(_RC)
            .where(
                _RC.c.id == found.id,
                _RC.c.redeemed_order_id.is_(None),
                _RC.c.voided_at.is_(None),
                or_(_RC.c.expires_at.is_(None), _RC.c.expires_at >= now),
            )
            .values(redeemed_order_id=order_id, redeemed_at=now)
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
                if program.kind != "punch":
                    continue
                entries = session.exec(
                    select(LoyaltyEntry).where(*_of(customer_id, program.id)).order_by(LoyaltyEntry.at, LoyaltyEntry.id)
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
                        size=program.rules.stamps_to_fill,
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
                if program.kind != "punch":
                    continue
                rows = session.exec(
                    select(LoyaltyEntry.customer_id, func.sum(LoyaltyEntry.stamps))
                    .where(LoyaltyEntry.program_id == program.id)
                    .group_by(LoyaltyEntry.customer_id)
                ).all()
                for customer_id, stamps in rows:
                    gap = program.rules.stamps_to_fill - int(stamps)
                    if 0 < gap <= missing:
                        found.append((customer_id, program.id, gap))
            return found

    def adjust(self, customer_id: int, program_id: int, stamps: int, reason: str, *, actor: str = "") -> None:
        """Add or take stamps or points by hand, with a reason and who did it, both kept."""
        if not reason.strip():
            raise InvalidInput("reason", "required")
        if not stamps:
            raise InvalidInput("stamps", "required")
        if abs(stamps) > 1_000_000_000:
            raise InvalidInput("stamps", "out of range", str(stamps))
        with self._uow() as uow:
            session = uow.session
            program = next((p for p in self._programs(session, False) if p.id == program_id), None)
            if program is None or session.get(Customer, customer_id) is None:
                raise NotFound("program or customer", program_id)
            if program.kind not in ("punch", "points"):
                raise InvalidInput("program", "nothing to adjust", program.kind)
            lock_row(session, Customer.__table__, customer_id)
            self._entry(session, customer_id, program_id, None, "adjusted", stamps, reason.strip()[:500], actor[:64])
            if program.kind == "punch":
                self._issue_rewards(session, customer_id, program)
            uow.commit()

    # --- points --------------------------------------------------------------------------------------------------
    def points(self, customer_id: int) -> list[PointsState]:
        """The customer's balance in each points program (running, or paused with points left)."""
        with self._uow() as uow:
            session = uow.session
            if session.get(Customer, customer_id) is None:
                raise NotFound("customer", customer_id)
            states = []
            for program in self._programs(session, active_only=False):
                if program.kind != "points":
                    continue
                balance = self._balance(session, customer_id, program.id)
                if program.active or balance:
                    rules = program.rules
                    states.append(
                        PointsState(program.id, program.name, balance, rules.point_value_minor, rules.min_redeem)
                    )
            return states

    def redeem_points(self, customer_id: int, program_id: int, points: int, *, actor: str = "") -> RewardRow:
        """Turn points into a single-use code worth what they are worth, for the order form to take."""
        with self._uow() as uow:
            session = uow.session
            # A paused program earns nothing more, but the points customers hold stay theirs to use.
            program = next((p for p in self._programs(session, False) if p.id == program_id), None)
            if program is None or program.kind != "points":
                raise NotFound("points program", program_id)
            if session.get(Customer, customer_id) is None:
                raise NotFound("customer", customer_id)
            rules = program.rules
            if points < rules.min_redeem:
                raise InvalidInput("points", "below the minimum", str(rules.min_redeem))
            lock_row(session, Customer.__table__, customer_id)  # two desks spending the same points
            balance = self._balance(session, customer_id, program.id)
            if points > balance:
                raise InvalidInput("points", "more than the balance", str(balance))
            code = self._issue_code(
                session,
                customer_id,
                program,
                "fixed",
                points * rules.point_value_minor,
                amount=-points,
                kind="redeemed",
                actor=actor[:64],
            )
            uow.commit()
            return _reward_row(code, program.kind)

    # --- tiers ---------------------------------------------------------------------------------------------------
    def tier(self, customer_id: int) -> TierState | None:
        """The customer's level in the running tiers program (``None`` when no tiers program runs)."""
        with self._uow() as uow:
            session = uow.session
            if session.get(Customer, customer_id) is None:
                raise NotFound("customer", customer_id)
            program = next((p for p in self._programs(session, True) if p.kind == "tiers"), None)
            return self._tier_state(session, customer_id, program) if program else None

    # --- birthdays -----------------------------------------------------------------------------------------------
    def grant_birthday_rewards(self, today: date | None = None) -> int:
        """Give this month's birthday customers their reward, once a year, good until the month ends; returns how
        many were given. Safe to run again and from two desks (each customer's row is locked first)."""
        today = today or date.today()
        given = 0
        with self._uow() as uow:
            session = uow.session
            year_start = datetime.combine(date(today.year, 1, 1), time()).astimezone()
            last_moment = datetime.combine(month_end(today), time.max).astimezone()
            for program in self._programs(session, active_only=True):
                if program.kind != "birthday":
                    continue
                candidates = session.exec(
                    select(Customer.id).where(
                        Customer.birthday.is_not(None),
                        Customer.merged_into_id.is_(None),
                        extract("month", Customer.birthday) == today.month,
                    )
                ).all()
                for customer_id in candidates:
                    lock_row(session, Customer.__table__, customer_id)
                    customer = session.get(Customer, customer_id)
                    granted = session.exec(
                        select(LoyaltyEntry.id).where(
                            *_of(customer_id, program.id),
                            LoyaltyEntry.kind == "rewarded",
                            LoyaltyEntry.at >= year_start,
                        )
                    ).first()
                    set_on = customer.birthday_set_at.astimezone().date() if customer.birthday_set_at else None
                    if birthday_due(customer.birthday, set_on, today, granted is not None):
                        rules = program.rules
                        self._issue_code(
                            session,
                            customer_id,
                            program,
                            rules.reward,
                            rules.reward_value,
                            amount=0,
                            expires_at=last_moment,
                        )
                        given += 1
            uow.commit()
        return given

    # --- everything of one customer ------------------------------------------------------------------------------
    def rewards(self, customer_id: int) -> list[RewardRow]:
        """Every reward code of the customer, newest first (``RewardRow.open`` tells the usable ones)."""
        with self._uow() as uow:
            kinds = {p.id: p.kind for p in self._programs(uow.session, active_only=False)}
            codes = uow.session.exec(
                select(RewardCode)
                .where(RewardCode.customer_id == customer_id)
                .order_by(RewardCode.issued_at.desc(), RewardCode.id.desc())
            ).all()
            return [_reward_row(code, kinds.get(code.program_id, "")) for code in codes]

    def history(self, customer_id: int, *, limit: int = 500) -> list[EntryRow]:
        """The customer's ledger across programs, newest first, with each order's number."""
        with self._uow() as uow:
            names = {p.id: p.name for p in self._programs(uow.session, active_only=False)}
            rows = uow.session.exec(
                select(LoyaltyEntry, Order.number)
                .join(Order, LoyaltyEntry.order_id == Order.id, isouter=True)
                .where(LoyaltyEntry.customer_id == customer_id)
                .order_by(LoyaltyEntry.at.desc(), LoyaltyEntry.id.desc())
                .limit(limit)
            ).all()
            return [
                EntryRow(
                    e.at,
                    e.kind,
                    e.stamps,
                    e.order_id,
                    e.actor,
                    e.note,
                    e.program_id,
                    names.get(e.program_id, ""),
                    number,
                )
                for e, number in rows
            ]


_EARNED = LoyaltyEntry.kind == "earned"


def _of(customer_id: int, program_id: int) -> tuple:
    """The ledger conditions of one customer's entries in one program."""
    return LoyaltyEntry.customer_id == customer_id, LoyaltyEntry.program_id == program_id


def _ledger_sum(session, *conditions) -> int:  # noqa: ANN001
    """The sum of the ledger's stamps or points over the entries that meet ``conditions`` (0 for none)."""
    return int(session.exec(select(func.coalesce(func.sum(LoyaltyEntry.stamps), 0)).where(*conditions)).one())


def _clean_code(code: str) -> str:
    return "".join(code.split()).upper()


def _check_code(found: RewardCode | None, customer_id: int | None) -> None:
    if found is None:
        raise InvalidInput("discount_code", "unknown reward code")
    if found.redeemed_order_id is not None:
        raise InvalidInput("discount_code", "already used", found.code)
    if found.voided_at is not None:
        raise InvalidInput("discount_code", "voided", found.code)
    if found.expires_at is not None and utcnow() > found.expires_at:
        raise InvalidInput("discount_code", "expired", found.code)
    if customer_id is not None and found.customer_id != customer_id:
        raise InvalidInput("discount_code", "another customer's reward", found.code)
    if customer_id is None:
        raise InvalidInput("discount_code", "needs the customer", found.code)


def _reward_row(code: RewardCode, kind: str = "") -> RewardRow:
    return RewardRow(
        code.code,
        code.reward,
        code.value,
        code.issued_at,
        code.redeemed_order_id,
        code.redeemed_at,
        program_id=code.program_id,
        program_kind=kind,
        expires_at=code.expires_at,
        voided_at=code.voided_at,
    )
