"""The follow-up queue: promises made to customers (what, owner, deadline), check-ins after delivery, birthday
greetings, nudges one stamp from a reward, returns waiting on the shop, reorder reminders for consumables. Overdue
items come first; done items keep who and when. Generated items carry a ``source_key`` so making them again never
doubles them. The shop's response-time targets per channel, its weekend and its own message per kind and language
are settings (``follow_up.…``) kept through the settings service."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, exists, extract, or_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased
from sqlmodel import select

from shopdesk.db.models import Customer, FollowUp, Order, OrderLine, Product, ReturnRequest
from shopdesk.db.types import utcnow
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services.errors import InvalidInput, NotFound
from shopdesk.services.follow_up_records import CHANNELS, KINDS, FollowUpRow
from shopdesk.services.follow_up_rules import (
    DEFAULT_TARGET_MINUTES,
    ResponseTargets,
    add_working_days,
    default_weekend,
    validate_message,
    validate_targets,
)
from shopdesk.services.print_requests import LANGUAGES

_PREFIX = "follow_up."
_TARGET = _PREFIX + "target."
_WEEKEND = _PREFIX + "weekend"
_END_OF_DAY = time(18)  # a deadline on a day means by the end of its working day
REORDER_WINDOW_DAYS = 30  # as check-ins: a purchase longer ago than its interval plus this is left alone


def _message_key(kind: str, language: str) -> str:
    return f"{_PREFIX}message.{kind}.{language}"


class FollowUpService:
    def __init__(self, uow: UnitOfWorkFactory, loyalty=None, settings=None) -> None:  # noqa: ANN001
        self._uow = uow
        self._loyalty = loyalty
        self._settings = settings  # SettingsService: targets, weekend and messages are shop settings

    def promise(
        self,
        *,
        what: str,
        owner: str,
        due: datetime | None = None,
        working_days: int | None = None,
        customer_id: int | None = None,
        order_id: int | None = None,
        channel: str = "",
        today: date | None = None,
    ) -> int:
        """A promise made to a customer: what, who keeps it, by when. The deadline is ``due``; or the end of the
        day ``working_days`` working days from today (the shop's weekend not counted), e.g. "a replacement within
        7 working days"; or, when neither is given, the channel's response-time target from now."""
        what = what.strip()
        if not what:
            raise InvalidInput("what", "required")
        owner = " ".join(owner.split())
        if not owner:
            raise InvalidInput("owner", "required")
        if len(what) > 2000 or len(owner) > 64:
            raise InvalidInput("what", "too long")
        if channel and channel not in CHANNELS:
            raise InvalidInput("channel", "unknown", channel)
        if due is None and working_days is not None:
            day = add_working_days(today or date.today(), working_days, self.targets().weekend)
            due = datetime.combine(day, _END_OF_DAY).astimezone()
        elif due is None:
            target = self.targets().target(channel) if channel else None
            if target is None:
                raise InvalidInput("due", "required")
            due = utcnow() + target
        with self._uow() as uow:
            if customer_id is not None and uow.session.get(Customer, customer_id) is None:
                raise NotFound("customer", customer_id)
            item = FollowUp(
                kind="promise",
                customer_id=customer_id,
                order_id=order_id,
                what=what,
                owner=owner,
                channel=channel,
                due_at=due,
                created_at=utcnow(),
            )
            uow.session.add(item)
            uow.commit()
            return item.id

    def done(self, follow_up_id: int, *, by: str) -> None:
        with self._uow() as uow:
            item = uow.session.get(FollowUp, follow_up_id)
            if item is None:
                raise NotFound("follow-up", follow_up_id)
            if item.done_at is None:
                item.done_at, item.done_by = utcnow(), " ".join(by.split())[:64]
                uow.commit()

    def on_order_edited(self, session, order_id: int, customer_before: int | None) -> None:  # noqa: ANN001
        """In an order edit's transaction: the order's open items follow it — they are for its customer now, and a
        reorder reminder goes when its product left the order or the customer changed (it was made from the order,
        never typed; ``generate`` makes it again for the new customer when still due)."""
        order = session.get(Order, order_id)
        products = set(session.exec(select(OrderLine.product_id).where(OrderLine.order_id == order_id)).all())
        items = session.exec(select(FollowUp).where(FollowUp.order_id == order_id, FollowUp.done_at.is_(None))).all()
        for item in items:
            if item.kind == "reorder" and (_product_of(item) not in products or customer_before != order.customer_id):
                session.delete(item)
            elif item.customer_id != order.customer_id and order.customer_id is not None:
                item.customer_id = order.customer_id
        session.flush()

    def generate(self, today: date | None = None, *, check_in_days: int = 3, now: datetime | None = None) -> int:
        """Make the items the shop's data calls for (check-ins N days after delivery, this month's birthdays,
        one-stamp-away nudges, returns of the last 30 days waiting, reorder reminders); returns how many are new.
        Safe to run again. Only what fell due in the last 30 days comes, so a first check on an old shop is a day's
        work, not a backlog, and nothing is late the moment it appears."""
        now = now or datetime.now().astimezone()
        today = today or now.date()
        morning = datetime.combine(today, time(18)).astimezone()  # due by the end of the working day
        if today == now.date() and morning <= now:  # checked in the evening: by the end of tomorrow's
            morning += timedelta(days=1)
        if self._loyalty is not None:
            self._loyalty.grant_birthday_rewards(today)  # the greeting can then tell the customer their reward
        wanted: list[FollowUp] = []
        with self._uow() as uow:
            session = uow.session
            delivered_before = datetime.combine(today - timedelta(days=check_in_days), time.max).astimezone()
            for order_id, customer_id in session.exec(
                select(Order.id, Order.customer_id).where(
                    Order.status == "delivered",
                    Order.customer_id.is_not(None),
                    Order.delivered_at <= delivered_before,
                    Order.delivered_at >= delivered_before - timedelta(days=30),
                )
            ).all():
                wanted.append(
                    FollowUp(
                        kind="check_in",
                        customer_id=customer_id,
                        order_id=order_id,
                        due_at=morning,
                        source_key=f"check_in:{order_id}",
                    )
                )
            for customer_id, birthday in session.exec(
                select(Customer.id, Customer.birthday).where(
                    Customer.birthday.is_not(None),
                    Customer.merged_into_id.is_(None),
                    extract("month", Customer.birthday) == today.month,
                )
            ).all():
                day = min(birthday.day, 28) if birthday.month == 2 else birthday.day
                due = datetime.combine(date(today.year, today.month, day), time(9)).astimezone()
                due = max(due, morning) if day <= today.day else due  # today's or passed: by today's end
                wanted.append(
                    FollowUp(
                        kind="birthday",
                        customer_id=customer_id,
                        due_at=due,
                        source_key=f"birthday:{customer_id}:{today.year}",
                    )
                )
            for return_id, customer_id, order_id in session.exec(
                select(ReturnRequest.id, ReturnRequest.customer_id, ReturnRequest.order_id).where(
                    ReturnRequest.status.in_(("requested", "received", "inspected")),
                    ReturnRequest.created_at >= datetime.combine(today - timedelta(days=30), time.min).astimezone(),
                )
            ).all():
                wanted.append(
                    FollowUp(
                        kind="return",
                        customer_id=customer_id,
                        order_id=order_id,
                        due_at=morning,
                        source_key=f"return:{return_id}",
                    )
                )
            wanted += self._reorders(session, today, morning)
        if self._loyalty is not None:
            for customer_id, program_id, _missing in self._loyalty.close_to_reward(missing=1):
                cards = {c.program_id: c for c in self._loyalty.cards(customer_id)}
                rewards = len(cards[program_id].rewards) if program_id in cards else 0
                wanted.append(
                    FollowUp(
                        kind="nudge",
                        customer_id=customer_id,
                        due_at=morning,
                        source_key=f"nudge:{customer_id}:{program_id}:{rewards}",
                    )
                )
        made = 0
        for item in wanted:
            with self._uow() as uow:
                if uow.session.exec(select(FollowUp.id).where(FollowUp.source_key == item.source_key)).first():
                    continue
                item.created_at = utcnow()
                uow.session.add(item)
                try:
                    uow.commit()
                    made += 1
                except IntegrityError:  # another desk made it a moment ago
                    uow.rollback()
        return made

    def _reorders(self, session, today: date, due: datetime) -> list[FollowUp]:  # noqa: ANN001
        """A reminder per customer and consumable whose last non-cancelled order with it is the product's reorder
        interval old (up to ``REORDER_WINDOW_DAYS`` more), and who has not ordered it since; once per that order."""
        later_order, later_line = aliased(Order), aliased(OrderLine)
        ordered_since = exists().where(
            later_line.order_id == later_order.id,
            later_line.product_id == OrderLine.product_id,
            later_order.customer_id == Order.customer_id,
            later_order.status != "cancelled",
            or_(
                later_order.created_at > Order.created_at,
                and_(later_order.created_at == Order.created_at, later_order.id > Order.id),
            ),
        )
        wanted = []
        products = session.exec(
            select(Product.id, Product.reorder_days).where(Product.reorder_days > 0, Product.active.is_(True))
        ).all()
        for product_id, days in products:  # a handful of consumables: one simple query each, any database
            bought_by = datetime.combine(today - timedelta(days=days), time.max).astimezone()
            rows = session.exec(
                select(Order.customer_id, Order.id)
                .join(OrderLine, OrderLine.order_id == Order.id)
                .join(Customer, Customer.id == Order.customer_id)
                .where(
                    OrderLine.product_id == product_id,
                    Order.status != "cancelled",
                    Customer.merged_into_id.is_(None),
                    Order.created_at <= bought_by,
                    Order.created_at > bought_by - timedelta(days=REORDER_WINDOW_DAYS + 1),
                    ~ordered_since,
                )
                .distinct()
            ).all()
            for customer_id, order_id in rows:
                wanted.append(
                    FollowUp(
                        kind="reorder",
                        customer_id=customer_id,
                        order_id=order_id,
                        due_at=due,
                        source_key=f"reorder:{customer_id}:{product_id}:{order_id}",
                    )
                )
        return wanted

    def queue(self, *, include_done: bool = False, limit: int = 500) -> list[FollowUpRow]:
        """Open items, the earliest deadline first (overdue ones therefore at the top), each with its order's
        number, the product of a reorder reminder and the response-time target of its channel."""
        targets = self.targets()
        with self._uow() as uow:
            statement = (
                select(FollowUp, Customer, Order.number)
                .join(Customer, FollowUp.customer_id == Customer.id, isouter=True)
                .join(Order, FollowUp.order_id == Order.id, isouter=True)
                .order_by(FollowUp.done_at.is_not(None), FollowUp.due_at, FollowUp.id)
                .limit(limit)
            )
            if not include_done:
                statement = statement.where(FollowUp.done_at.is_(None))
            found = uow.session.exec(statement).all()
            product_ids = {_product_of(item) for item, _customer, _number in found} - {None}
            names = {
                p.id: (p.name_en, p.name_ar, p.name_fa)
                for p in uow.session.exec(select(Product).where(Product.id.in_(product_ids)))
            }
            return [
                FollowUpRow(
                    id=item.id,
                    kind=item.kind,
                    customer_id=item.customer_id,
                    customer_name=customer.name if customer else "",
                    customer_phone=(customer.phone or "") if customer else "",
                    customer_email=(customer.email or "") if customer else "",
                    order_id=item.order_id,
                    what=item.what,
                    owner=item.owner,
                    channel=item.channel,
                    due_at=item.due_at,
                    done_at=item.done_at,
                    done_by=item.done_by,
                    created_at=item.created_at,
                    order_number=number,
                    customer_language=customer.language if customer else "",
                    product_id=_product_of(item),
                    product_names=names.get(_product_of(item), ("", "", "")),
                    target_minutes=targets.minutes.get(item.channel) if item.channel else None,
                )
                for item, customer, number in found
            ]

    # --- the shop's settings for follow-ups ----------------------------------------------------------------------
    def targets(self) -> ResponseTargets:
        """The response-time target per channel and the weekend working-day deadlines skip."""
        stored = self._settings.stored(_PREFIX) if self._settings is not None else {}
        minutes = {}
        for channel, default in DEFAULT_TARGET_MINUTES.items():
            text = stored.get(_TARGET + channel)
            minutes[channel] = default if text is None else (int(text) if text.isdigit() and int(text) else None)
        weekend_text = stored.get(_WEEKEND)
        if weekend_text is None:
            country = self._settings.load().country if self._settings is not None else ""
            weekend = default_weekend(country)
        else:
            weekend = tuple(int(day) for day in weekend_text.split(",") if day.isdigit())
        return ResponseTargets(minutes, weekend)

    def save_targets(self, minutes: Mapping[str, int | None], weekend: Iterable[int]) -> ResponseTargets:
        """Store the shop's targets (``None``: no target for that channel) and weekend; returns what was stored."""
        clean = validate_targets(minutes, weekend)
        values = {_TARGET + channel: str(value or "") for channel, value in clean.minutes.items()}
        values[_WEEKEND] = ",".join(map(str, clean.weekend))
        self._need_settings().store(values)
        return self.targets()

    def message_template(self, kind: str, language: str) -> str | None:
        """The shop's own message for a kind of follow-up in a language, or ``None`` for the default."""
        if self._settings is None:
            return None
        text = self._settings.stored(_message_key(kind, language)).get(_message_key(kind, language), "")
        return text if text.strip() else None

    def save_message_template(self, kind: str, language: str, text: str) -> str:
        """Validate and store a message; an empty text goes back to the default."""
        if kind not in KINDS or language not in LANGUAGES:
            raise InvalidInput("message", "unknown kind or language", f"{kind}/{language}")
        clean = validate_message(kind, text) if text.strip() else ""
        self._need_settings().store({_message_key(kind, language): clean})
        return clean

    def reward_code(self, customer_id: int, *, kind: str = "") -> str:
        """The customer's newest usable reward code (of a program ``kind`` such as "birthday" when there is one),
        for the message; "" when there is none."""
        if self._loyalty is None:
            return ""
        now = utcnow()
        usable = [r for r in self._loyalty.rewards(customer_id) if r.open(now)]
        preferred = [r for r in usable if r.program_kind == kind]
        chosen = preferred or usable
        return chosen[0].code if chosen else ""

    def _need_settings(self):  # noqa: ANN202
        if self._settings is None:
            raise InvalidInput("settings", "not available")
        return self._settings


def _product_of(item: FollowUp) -> int | None:
    """The product of a reorder reminder, kept in its source key (reorder:customer:product:order)."""
    if item.kind != "reorder" or not item.source_key:
        return None
    parts = item.source_key.split(":")
    return int(parts[2]) if len(parts) == 4 and parts[2].isdigit() else None
