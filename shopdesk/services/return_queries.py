"""Which returns count, as SQL: the conditions and the units-back query that returns, loyalty and summaries share,
so "given back for good" means the same everywhere."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import select

from shopdesk.db.models import ReturnLine, ReturnRequest
from shopdesk.services.return_rules import RESOLVED_STATUSES

NOT_REJECTED = ReturnRequest.rejection_reason == ""
GIVEN_BACK = ReturnRequest.status.in_((*RESOLVED_STATUSES, "closed"))  # refunded, credited, exchanged, then closed


def units_back(session, order_id: int, *conditions) -> dict[int, int]:  # noqa: ANN001
    """Units of each line of an order in returns that were not rejected (and meet ``conditions``)."""
    rows = session.exec(
        select(ReturnLine.order_line_id, func.sum(ReturnLine.quantity))
        .join(ReturnRequest, ReturnLine.return_id == ReturnRequest.id)
        .where(ReturnRequest.order_id == order_id, NOT_REJECTED, *conditions)
        .group_by(ReturnLine.order_line_id)
    ).all()
    return {line_id: int(quantity or 0) for line_id, quantity in rows}
