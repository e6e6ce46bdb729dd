"""The follow-up queue: promises made to customers (what, owner, deadline), check-ins after delivery, birthday
greetings, nudges one stamp from a reward, returns waiting on the shop. Overdue items come first; done items
keep who and when. Generated items carry a ``source_key`` so making them again never doubles them."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import extract
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from shopdesk.db.models import Customer, FollowUp, Order, ReturnRequest
from shopdesk.db.types import utcnow
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services.errors import InvalidInput, NotFound
from shopdesk.services.follow_up_records import CHANNELS, FollowUpRow


class FollowUpService:
    def __init__(self, uow: UnitOfWorkFactory, loyalty=None) -> None:  # noqa: ANN001
        self._uow = uow
        self._loyalty = loyalty

    def promise(
        self,
        *,
        what: str,
        owner: str,
        due: datetime,
        customer_id: int | None = None,
        order_id: int | None = None,
        channel: str = "",
    ) -> int:
        """A promise made to a customer: what, who keeps it, by when (e.g. "replacement within 7 working days")."""
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

    def generate(self, today: date | None = None, *, check_in_days: int = 3) -> int:
        """Make the items the shop's data calls for (check-ins N days after delivery, this month's birthdays,
        one-stamp-away nudges, returns waiting); returns how many are new. Safe to run again."""
        today = today or date.today()
        morning = datetime.combine(today, time(18)).astimezone()  # due by the end of the working day
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
                    ReturnRequest.status.in_(("requested", "received", "inspected"))
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

    def queue(self, *, include_done: bool = False, limit: int = 500) -> list[FollowUpRow]:
        """Open items, the earliest deadline first (overdue ones therefore at the top)."""
        with self._uow() as uow:
            statement = (
                select(FollowUp, Customer)
                .join(Customer, FollowUp.customer_id == Customer.id, isouter=True)
                .order_by(FollowUp.done_at.is_not(None), FollowUp.due_at, FollowUp.id)
                .limit(limit)
            )
            if not include_done:
                statement = statement.where(FollowUp.done_at.is_(None))
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
                )
                for item, customer in uow.session.exec(statement).all()
            ]
