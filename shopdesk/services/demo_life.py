"""What a demo shop lives through once its orders are in: loyalty programs (a punch card and points with cards at
every stage, rewards issued and used, tiers, referrals, birthdays), returns in every state with every resolution,
NPS/CSAT answers and reviews, promises to customers (a few overdue) and printed inserts.

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
from shopdesk.db.models import Customer, LoyaltyEntry, Order, OrderLine, Product, RewardCode
from shopdesk.db.uow import SqlUnitOfWork, UnitOfWorkFactory
from shopdesk.services.loyalty_rules import Birthday, Points, PunchCard, Referral, Tier, Tiers
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.print_requests import PrintRequest
from shopdesk.services.registry import Services, build_services
from shopdesk.services.return_records import ReturnDraft

LOYALTY_DAYS = 120  # orders of the last four months earn on the demo's cards: cards at every stage…
LOYALTY_ORDERS = 300  # …at most this many (the newest), each walked through the loyalty rules (~5 ms each)
PUNCH, POINTS, TIERS, REFERRAL, BIRTHDAY = "Stamp card", "Points", "Levels", "Bring a friend", "Birthday"


def unit_of_work_factory(engine: Engine) -> UnitOfWorkFactory:
    sessions = make_session_factory(engine)
    return lambda: SqlUnitOfWork(sessions)


def live_orders(orders: int) -> int:
    """How many of the demo's ``orders`` (its newest) are placed through the services: some paid with rewards,
    ``EXCHANGES`` of them the new orders of returns exchanged."""
    return min(orders // 20, 16)


# The returns a demo holds, by the state each is left in (resolved ones by their resolution).
RETURN_PLAN = (
    ("requested", 3),
    ("approved", 2),
    ("rejected", 2),
    ("received", 2),
    ("inspected", 2),
    ("refund", 3),
    ("credit", 3),
    ("exchange", 2),
    ("closed", 2),
)
EXCHANGES = dict(RETURN_PLAN)["exchange"]
FEEDBACK_ORDERS = 80  # delivered orders whose customers answered the NPS/CSAT questions
PRINTED_ORDERS = 60  # recent orders whose inserts were printed
STAFF = ("Sara", "Omar", "Maryam")
_PROMISES = (
    "Call back about the size exchange",
    "Send the tracking number on WhatsApp",
    "Set aside the rose soap when it is back in stock",
    "Send a photo of the new scarf colours",
    "Refund the shipping charged twice",
    "Deliver the gift wrap with the next order",
    "Check the parcel the courier says was delivered",
    "Reserve two oud candles for Friday",
)
_CONTACT = {"website": "email", "instagram": "chat", "whatsapp": "whatsapp", "marketplace": "ticket"}  # else phone
_COMMENTS = {
    "ar": ("خدمة رائعة وتغليف جميل", "وصل الطلب متأخرا يومين", "المنتج كما في الصورة، شكرا"),
    "fa": ("بسته‌بندی عالی بود، ممنون", "ارسال کمی دیر شد", "کیفیت محصول خیلی خوب است"),
    "en": ("Lovely packaging, thank you!", "The parcel came two days late.", "Exactly as pictured."),
}


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
    exchanges = EXCHANGES if live >= 2 * EXCHANGES else 0
    _place_live_orders(services, uow, rng, live - exchanges, programs.get(POINTS))
    if live:
        _returns(services, uow, rng, now, exchanges)
        _feedback(services, uow, rng, now)
        _promises(services, uow, rng, now)
        _printed(services, uow, rng, now)


def _returns(services: Services, uow: UnitOfWorkFactory, rng: random.Random, now: datetime, exchanges: int) -> None:
    """Returns of recent delivered orders, each taken as far as its planned state, as the Returns area would."""
    returns = services.returns
    with uow() as unit:
        candidates = unit.session.exec(
            select(Order.id)
            .where(
                Order.customer_id.is_not(None),
                Order.status == "delivered",
                Order.created_at >= now - timedelta(days=LOYALTY_DAYS),
            )
            .order_by(Order.created_at.desc(), Order.id.desc())
            .limit(200)
        ).all()
    candidates = list(candidates)
    rng.shuffle(candidates)
    plan = [state for state, count in RETURN_PLAN for _ in range(count if state != "exchange" else exchanges)]
    for state in plan:
        while candidates:
            order = returns.returnable(candidates.pop())
            lines = [line for line in order.lines if line.returnable and line.available and line.paid_minor > 0]
            if lines:
                break
        else:
            return  # too few orders to return from
        line = rng.choice(lines)
        reason = rng.choice(("damaged", "wrong_item", "wrong_size", "not_as_described", "changed_mind"))
        draft = ReturnDraft(
            order_id=order.order_id, quantities={line.line_id: 1}, reason=reason, actor=rng.choice(STAFF)
        )
        return_id = returns.request_return(draft, today=order.window_start + timedelta(days=rng.randint(1, 5)))
        _take_return_to(returns, uow, return_id, state, line, rng)


def _take_return_to(returns, uow: UnitOfWorkFactory, return_id: int, state: str, line, rng: random.Random) -> None:  # noqa: ANN001
    actor = rng.choice(STAFF)
    if state == "requested":
        return
    if state == "rejected":
        returns.reject(return_id, "Worn, and the tags were removed", actor=actor)
        return
    returns.approve(return_id, actor=actor)
    if state == "approved":
        return
    returns.receive(return_id, actor=actor)
    if state == "received":
        return
    returns.inspect(return_id, rng.choice(("as_new", "opened")), actor=actor)
    if state == "inspected":
        return
    if state == "exchange":
        product_id, description, price = _line_product(uow, line)
        returns.exchange(return_id, [LineDraft(description, 1, price, product_id=product_id)], actor=actor)
        return
    resolution = "credit" if state == "credit" else "refund"
    amount = returns.give_back(return_id).amount_minor
    reason = "" if amount else "Nothing was paid for it"
    returns.resolve(return_id, resolution, actor=actor, expected_minor=amount, reason=reason)
    if state == "closed":
        returns.close(return_id, actor=actor)


def _line_product(uow: UnitOfWorkFactory, line) -> tuple[int | None, str, int]:  # noqa: ANN001
    """The same item again (another size or colour): the returned line's product at its price."""
    with uow() as unit:
        row = unit.session.exec(
            select(OrderLine.product_id, OrderLine.description, OrderLine.unit_price_minor).where(
                OrderLine.id == line.line_id
            )
        ).one()
    return row[0], row[1], row[2]


def _feedback(services: Services, uow: UnitOfWorkFactory, rng: random.Random, now: datetime) -> None:
    """Answers to the NPS and CSAT questions on delivered orders, some with a public review or a comment."""
    with uow() as unit:
        answered = unit.session.exec(
            select(Order.id, Customer.language)
            .join(Customer, Customer.id == Order.customer_id)
            .where(Order.status == "delivered", Order.created_at >= now - timedelta(days=LOYALTY_DAYS))
            .order_by(Order.id)
        ).all()
    for order_id, language in rng.sample(answered, k=min(len(answered), FEEDBACK_ORDERS)):
        nps = rng.choices(range(11), weights=(1, 1, 1, 1, 2, 2, 3, 6, 12, 20, 25))[0]
        csat = rng.choices(range(1, 6), weights=(2, 3, 8, 30, 45))[0]
        review = rng.choice(("Google", "Instagram")) if nps >= 9 and rng.random() < 0.3 else ""
        comment = rng.choice(_COMMENTS.get(language, _COMMENTS["en"])) if rng.random() < 0.25 else ""
        services.feedback.record(order_id, nps=nps, csat=csat, review_site=review, comment=comment)


def _promises(services: Services, uow: UnitOfWorkFactory, rng: random.Random, now: datetime) -> None:
    """Promises made to customers: most due in the coming days, a few overdue, one kept."""
    with uow() as unit:
        recent = unit.session.exec(
            select(Order.id, Order.customer_id, Order.channel)
            .where(Order.customer_id.is_not(None))
            .order_by(Order.created_at.desc(), Order.id.desc())
            .limit(40)
        ).all()
    made = []
    for index, (order_id, customer_id, channel) in enumerate(rng.sample(recent, k=min(len(recent), 10))):
        overdue = index < 3
        made.append(
            services.follow_ups.promise(
                what=_PROMISES[index % len(_PROMISES)],
                owner=rng.choice(STAFF),
                due=now - timedelta(days=rng.randint(1, 3)) if overdue else None,
                working_days=None if overdue else rng.randint(1, 6),
                customer_id=customer_id,
                order_id=order_id,
                channel=_CONTACT.get(channel, "phone"),
                today=now.date(),
            )
        )
    if len(made) > 4:
        services.follow_ups.done(made[-1], by=STAFF[0])


def _printed(services: Services, uow: UnitOfWorkFactory, rng: random.Random, now: datetime) -> None:
    """Inserts printed for recent orders that went out (the print studio notes each printing)."""
    with uow() as unit:
        shipped = unit.session.exec(
            select(Order.id)
            .where(Order.status.in_(("packed", "shipped", "delivered")), Order.created_at >= now - timedelta(days=30))
            .order_by(Order.id)
        ).all()
    chosen = sorted(rng.sample(shipped, k=min(len(shipped), PRINTED_ORDERS)))
    if chosen:
        services.prints.record_printed(chosen, PrintRequest(document="inserts", size="a6", language="auto"))


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
