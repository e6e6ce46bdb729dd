"""What a demo shop lives through once its orders are in: loyalty programs (a punch card and points with cards at
every stage, rewards issued and used, tiers, referrals, birthdays).

Written through the services (``services.registry.build_services``), as the window and the command line would,
so every rule and derived table holds. The bulk of the orders is loaded by ``services.demo`` for speed; here
the last few orders are placed through the order service, and the recent ones earn on the cards.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import func, update
from sqlalchemy.engine import Engine
from sqlmodel import select

from shopdesk.db.engine import make_session_factory
from shopdesk.db.models import Customer, LoyaltyEntry, Order, Product, RewardCode
from shopdesk.db.uow import SqlUnitOfWork, UnitOfWorkFactory
from shopdesk.services.loyalty_rules import Birthday, Points, PunchCard, Referral, Tier, Tiers
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import Services, build_services

LOYALTY_DAYS = 120  # orders of the last four months earn on the demo's cards: cards at every stage…
LOYALTY_ORDERS = 300  # …at most this many (the newest), each walked through the loyalty rules (~5 ms each)
PUNCH, POINTS, TIERS, REFERRAL, BIRTHDAY = "Stamp card", "Points", "Levels", "Bring a friend", "Birthday"


def unit_of_work_factory(engine: Engine) -> UnitOfWorkFactory:
    sessions = make_session_factory(engine)
    return lambda: SqlUnitOfWork(sessions)


def live_orders(orders: int) -> int:
    """How many of the demo's ``orders`` (its newest) are placed through the order service, using rewards."""
    return min(orders // 20, 16)


def bring_to_life(engine: Engine, rng: random.Random, now: datetime, *, live: int, price: Callable[[int], int]) -> None:
    """Run the loyalty programs over the demo's recent orders and place its ``live`` newest orders, some paid
    with rewards. ``price`` turns US cents into the shop's money."""
    uow = unit_of_work_factory(engine)
    services = build_services(uow)
    programs = _save_programs(services, price)
    _refer_friends(uow, rng, now)
    since = now - timedelta(days=LOYALTY_DAYS)
    with uow() as unit:
        session = unit.session
        recent = session.exec(
            select(Order.id, Order.status)
            .where(Order.customer_id.is_not(None), Order.created_at >= since, Order.status != "cancelled")
            .order_by(Order.created_at.desc(), Order.id.desc())
            .limit(LOYALTY_ORDERS)
        ).all()
        for order_id, status in reversed(recent):  # as the order service calls it when an order reaches its status
            services.loyalty.on_status_changed(session, order_id, None, status)
        unit.commit()
    services.loyalty.grant_birthday_rewards(today=now.date())
    if PUNCH in programs:
        _cards_at_every_stage(services, uow, rng, programs[PUNCH])
    _place_live_orders(services, uow, rng, live, programs.get(POINTS))


def _save_programs(services: Services, price: Callable[[int], int]) -> dict[str, int]:
    """The demo's five programs (changed in place when a rebuilt demo finds them); their ids by name."""
    known = {p.name: p for p in services.loyalty.programs()}
    wanted = {
        PUNCH: PunchCard(stamps_to_fill=6, reward="free_item", earn_on="paid"),
        POINTS: Points(per_amount_minor=price(100), points=1, point_value_minor=price(100) // 20, min_redeem=200),
        TIERS: Tiers(
            levels=(
                Tier("Silver", price(30_000), points_bonus_percent=10),
                Tier("Gold", price(80_000), extra_stamps=1, points_bonus_percent=25, discount_percent=5),
            ),
            months=12,
        ),
        REFERRAL: Referral(
            referrer_reward="fixed", referrer_value=price(1000), friend_reward="percent", friend_value=10
        ),
        BIRTHDAY: Birthday(reward="percent", reward_value=15),
    }
    other_tiers = any(p.kind == "tiers" and p.active and p.name != TIERS for p in known.values())
    ids = {}
    for name, rules in wanted.items():
        if name == TIERS and other_tiers:
            continue  # the shop runs its own levels: one tiers program at a time
        found = known.get(name)
        ids[name] = services.loyalty.save_program(name, rules, program_id=found.id if found else None)
    return ids


def _cards_at_every_stage(services: Services, uow: UnitOfWorkFactory, rng: random.Random, program_id: int) -> None:
    """A card at each stage short of a reward: where no recent order left one, a customer brought stamps from the
    shop's old paper card."""
    with uow() as unit:
        session = unit.session
        stamps = dict(
            session.exec(
                select(LoyaltyEntry.customer_id, func.sum(LoyaltyEntry.stamps))
                .where(LoyaltyEntry.program_id == program_id)
                .group_by(LoyaltyEntry.customer_id)
            ).all()
        )
        buyers = session.exec(
            select(Order.customer_id).where(Order.customer_id.is_not(None)).distinct().order_by(Order.customer_id)
        ).all()
    blank = [cid for cid in buyers if not stamps.get(cid)]
    if not blank:
        return
    size = next(card.size for card in services.loyalty.cards(buyers[0]) if card.program_id == program_id)
    for stage in range(1, size):
        if stage not in stamps.values() and blank:
            customer_id = blank.pop(rng.randrange(len(blank)))
            services.loyalty.adjust(customer_id, program_id, stage, "Stamps from the old paper card")


def _refer_friends(uow: UnitOfWorkFactory, rng: random.Random, now: datetime) -> None:
    """Some customers whose first order is recent came on a friend's word (a customer who ordered before)."""
    since = now - timedelta(days=LOYALTY_DAYS)
    with uow() as unit:
        session = unit.session
        firsts = session.exec(
            select(Order.customer_id, func.min(Order.created_at))
            .where(Order.customer_id.is_not(None))
            .group_by(Order.customer_id)
            .order_by(Order.customer_id)
        ).all()
        new = [cid for cid, first in firsts if _aware(first) >= since]
        old = [cid for cid, first in firsts if _aware(first) < since]
        if not new or not old:
            return
        for friend in rng.sample(new, k=max(1, len(new) // 6)):
            session.exec(update(Customer).where(Customer.id == friend).values(referred_by_id=rng.choice(old)))
        unit.commit()


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.now().astimezone().tzinfo)


def _place_live_orders(
    services: Services, uow: UnitOfWorkFactory, rng: random.Random, live: int, points_program: int | None
) -> None:
    """Today's orders at the counter: some customers pay with a reward (a filled card, a birthday or a friend's
    reward, points turned into a code), others buy and earn."""
    if not live:
        return
    with uow() as unit:
        session = unit.session
        products = session.exec(select(Product.id, Product.price_minor, Product.name_en).order_by(Product.id)).all()
        codes = session.exec(
            select(RewardCode.code, RewardCode.customer_id)
            .where(RewardCode.redeemed_order_id.is_(None), RewardCode.voided_at.is_(None))
            .order_by(RewardCode.id)
        ).all()
        rich = []
        if points_program is not None:
            rich = session.exec(
                select(LoyaltyEntry.customer_id, func.sum(LoyaltyEntry.stamps))
                .where(LoyaltyEntry.program_id == points_program)
                .group_by(LoyaltyEntry.customer_id)
                .having(func.sum(LoyaltyEntry.stamps) >= 400)
                .order_by(LoyaltyEntry.customer_id)
            ).all()
        customers = session.exec(
            select(Order.customer_id).where(Order.customer_id.is_not(None)).distinct().order_by(Order.customer_id)
        ).all()
    payers = list(rng.sample(codes, k=min(len(codes), live // 2)))
    for cid, balance in rng.sample(rich, k=min(len(rich), 2, live - len(payers))):
        reward = services.loyalty.redeem_points(cid, points_program, int(balance) // 2)
        payers.append((reward.code, cid))
    while len(payers) < live and customers:
        payers.append(("", rng.choice(customers)))
    for code, customer_id in payers:
        lines = tuple(
            LineDraft(name, rng.choice([1, 1, 2]), price, product_id=product_id)
            for product_id, price, name in rng.sample(products, k=rng.choice([1, 2, 3]))
        )
        off = (
            services.loyalty.reward_off(code, customer_id, [(x.quantity, x.unit_price_minor, 0) for x in lines])
            if code
            else 0
        )
        total = sum(line.total_minor for line in lines) - off
        services.orders.place_order(
            OrderDraft(
                lines=lines,
                customer_id=customer_id,
                discount_code=code,
                order_discount_minor=off,
                paid_minor=total,
                payment_method=rng.choice(["cash", "card"]),
                status="delivered",
            )
        )
