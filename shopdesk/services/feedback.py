"""Feedback recorded on orders: NPS (0-10), CSAT (1-5), a public review left (where), a comment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import select

from shopdesk.db.models import Feedback, Order
from shopdesk.db.types import utcnow
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services.errors import InvalidInput, NotFound


@dataclass(frozen=True)
class FeedbackRow:
    at: datetime
    nps: int | None
    csat: int | None
    review_site: str
    comment: str
    actor: str


class FeedbackService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def record(
        self,
        order_id: int,
        *,
        nps: int | None = None,
        csat: int | None = None,
        review_site: str = "",
        comment: str = "",
        actor: str = "",
    ) -> int:
        """Record what the customer of an order said; at least one answer is needed."""
        if nps is not None and not 0 <= nps <= 10:
            raise InvalidInput("nps", "out of range", str(nps))
        if csat is not None and not 1 <= csat <= 5:
            raise InvalidInput("csat", "out of range", str(csat))
        review_site = " ".join(review_site.split())
        if len(review_site) > 64:
            raise InvalidInput("review_site", "too long", review_site[:30])
        if len(comment) > 5000:
            raise InvalidInput("comment", "too long")
        if nps is None and csat is None and not review_site and not comment.strip():
            raise InvalidInput("feedback", "required")
        with self._uow() as uow:
            order = uow.session.get(Order, order_id)
            if order is None:
                raise NotFound("order", order_id)
            entry = Feedback(
                order_id=order_id,
                customer_id=order.customer_id,
                nps=nps,
                csat=csat,
                review_site=review_site,
                comment=comment.strip(),
                at=utcnow(),
                actor=actor[:64],
            )
            uow.session.add(entry)
            uow.commit()
            return entry.id

    def for_order(self, order_id: int) -> list[FeedbackRow]:
        with self._uow() as uow:
            rows = uow.session.exec(
                select(Feedback).where(Feedback.order_id == order_id).order_by(Feedback.at, Feedback.id)
            ).all()
            return [FeedbackRow(r.at, r.nps, r.csat, r.review_site, r.comment, r.actor) for r in rows]
