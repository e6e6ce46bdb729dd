"""Loyalty following an edited order (``LoyaltyService.on_order_edited``, told by ``OrderEditService`` in the edit's
transaction): what the order holds in each card and points program becomes what the edited order earns — the same
rules as when an order reaches its earning status (``stamps_for``, ``points_for``, the tier's extra, the daily
limit) — so the order ends as if placed that way from the start. The difference is one signed ``earned`` entry
noted "order edited": an edit that lowers the total takes back stamps the order no longer earns (a card may go
below zero when they already made a reward, as after a cancellation); one that raises it earns the rest and may
fill a card. The ledger's "earned" then always sums to what the order earns, which a later return reverses from.

A customer changed: what the order held goes back from the first and is earned by the second, a referral reward
the order gave is taken back (the new customer's own referral is not issued by an edit), tiers of both are
recorded again. Reward codes the order used: one no longer on the order is given back (as on a cancellation); one
still on it must still fit the lines (the order's discount at least what the reward takes off) and stays the
customer's (the customer cannot change under it).
"""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import func
from sqlmodel import select

from shopdesk.db.models import Customer, LoyaltyEntry, Order, OrderLine, RewardCode
from shopdesk.db.types import utcnow
from shopdesk.services.errors import InvalidInput
from shopdesk.services.locks import lock_row
from shopdesk.services.loyalty_records import ProgramRow
from shopdesk.services.loyalty_rules import Tier, points_for, reached, reward_discount, stamps_for, within_daily_limit

EDITED = "order edited"


class EditFollowing:
    """The part of ``LoyaltyService`` that follows order edits (uses its ledger helpers)."""

    def on_order_edited(self, session, order_id: int, customer_before: int | None) -> None:  # noqa: ANN001
        order = session.get(Order, order_id)
        customers = [c for c in dict.fromkeys((customer_before, order.customer_id)) if c is not None]
        for customer_id in sorted(customers):  # the same order on every desk: no deadlock
            lock_row(session, Customer.__table__, customer_id)
        self._follow_rewards_used(session, order, customer_before)
        programs = self._programs(session, active_only=False)
        tiers = next((p for p in programs if p.kind == "tiers" and p.active), None)
        level = None
        if tiers is not None and order.customer_id is not None:
            level = self._tier_state(session, order.customer_id, tiers).level
        for program in programs:
            if program.kind == "referral" and customer_before != order.customer_id:
                self._take_back(session, program, order.id, EDITED)
            if program.kind not in ("punch", "points"):
                continue
            for customer_id in customers:
                held = self._held(session, program.id, order.id, customer_id)
                wanted = 0
                if customer_id == order.customer_id:
                    wanted = self._earns(session, program, order, level, held)
                if wanted != held:
                    self._entry(session, customer_id, program.id, order.id, "earned", wanted - held, EDITED)
                if wanted > held and program.kind == "punch":
                    self._issue_rewards(session, customer_id, program)
        if tiers is not None:
            for customer_id in customers:
                self._record_tier(session, customer_id, tiers, self._tier_state(session, customer_id, tiers))

    def _held(self, session, program_id: int, order_id: int, customer_id: int) -> int:  # noqa: ANN001
        """What the order holds for this customer in a program: earned less reversed."""
        return _sum(
            session,
            LoyaltyEntry.program_id == program_id,
            LoyaltyEntry.order_id == order_id,
            LoyaltyEntry.customer_id == customer_id,
            LoyaltyEntry.kind.in_(("earned", "reversed")),
        )

    def _earns(self, session, program: ProgramRow, order: Order, level: Tier | None, held: int) -> int:  # noqa: ANN001
        """What the order, as it is now, earns in the program (0 before its earning status; a paused program
        recomputes only what the order already earned in it)."""
        rules = program.rules
        if not reached(order.status, rules.earn_on):
            return 0
        if not program.active and not self._order_touched(session, program.id, order.id):
            return 0
        if program.kind == "points":
            return points_for(rules, order.total_minor, level.points_bonus_percent if level is not None else 0)
        wanted = stamps_for(rules, order.total_minor)
        if wanted and level is not None:
            wanted += level.extra_stamps
        midnight = datetime.combine(utcnow().astimezone().date(), time()).astimezone()
        own_today = _sum(
            session,
            LoyaltyEntry.program_id == program.id,
            LoyaltyEntry.order_id == order.id,
            LoyaltyEntry.customer_id == order.customer_id,
            LoyaltyEntry.kind == "earned",
            LoyaltyEntry.at >= midnight,
        )
        others_today = self._earned_today(session, order.customer_id, program.id) - own_today
        return within_daily_limit(rules, wanted, others_today)

    def _follow_rewards_used(self, session, order: Order, customer_before: int | None) -> None:  # noqa: ANN001
        codes = session.exec(select(RewardCode).where(RewardCode.redeemed_order_id == order.id)).all()
        lines = session.exec(
            select(OrderLine.quantity, OrderLine.unit_price_minor, OrderLine.discount_minor).where(
                OrderLine.order_id == order.id
            )
        ).all()
        for code in codes:
            if code.code != order.discount_code:  # taken off the order: usable again, as after a cancellation
                code.redeemed_order_id, code.redeemed_at = None, None
                session.flush()
                self._entry(session, code.customer_id, code.program_id, order.id, "restored", 0, code.code)
                continue
            if order.customer_id != customer_before:
                raise InvalidInput("customer", "reward code used", code.code)
            off = reward_discount(code.reward, code.value, [tuple(line) for line in lines])
            if order.discount_minor < off:
                raise InvalidInput("order_discount", "less than the reward", str(off))


def _sum(session, *conditions) -> int:  # noqa: ANN001
    return int(session.exec(select(func.coalesce(func.sum(LoyaltyEntry.stamps), 0)).where(*conditions)).one())
