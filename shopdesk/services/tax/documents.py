"""Issuing tax documents inside the transaction that causes them, and reading them back.

An invoice is issued in the order's own transaction when a taxed order is placed; a credit note in the return's
own transaction when its units come back for good with something given for them, and in the order's when it is
cancelled (for all its invoice has left). An edit that changes what the invoice states credits it in full and
issues a new invoice (``reissue_after_edit``): an issued invoice never changes, and an order's invoice in force is
its last. Numbers come from the ``counter`` rows ``tax_invoice`` and
``tax_credit_note``, bumped with one ``UPDATE … RETURNING`` in that same transaction: a second desk on PostgreSQL
waits on the row lock (SQLite: on the database's write lock) and takes the next number, and a transaction rolled
back gives its number back, so the numbers have neither gaps nor repeats.
"""

from __future__ import annotations

from sqlalchemy import case, func, insert, update
from sqlmodel import select

from shopdesk.db.models import (
    Customer,
    Order,
    OrderLine,
    ReturnLine,
    ReturnRequest,
    TaxDocument,
    TaxDocumentLine,
)
from shopdesk.db.types import utcnow
from shopdesk.services.counters import next_number
from shopdesk.services.return_queries import GIVEN_BACK, units_back
from shopdesk.services.return_rules import units_value
from shopdesk.services.tax.columns import stored_line, stored_shipping
from shopdesk.services.tax.records import TaxDocumentRow, TaxSettings
from shopdesk.services.tax.rules import RateTotal, ReturnedPart, given_back, remainder, sum_by_rate

COUNTERS = {"invoice": "tax_invoice", "credit_note": "tax_credit_note"}
_DOC = TaxDocument.__table__
_LINE = TaxDocumentLine.__table__


def _number(session, kind: str) -> int:  # noqa: ANN001
    used = case((_DOC.c.kind == kind, _DOC.c.number))
    return next_number(session, COUNTERS[kind], first=1, used=used)


def _insert(session, values: dict, by_rate: tuple[RateTotal, ...]) -> int:  # noqa: ANN001
    connection = session.connection()
    values = {
        **values,
        "number": _number(session, values["kind"]),
        "net_minor": sum(r.net_minor for r in by_rate),
        "tax_minor": sum(r.tax_minor for r in by_rate),
        "gross_minor": sum(r.gross_minor for r in by_rate),
    }
    document_id = connection.execute(insert(_DOC).returning(_DOC.c.id), values).scalar_one()
    connection.execute(
        insert(_LINE),
        [
            {
                "document_id": document_id,
                "rate_code": r.rate_code,
                "kind": r.kind,
                "basis_points": r.basis_points,
                "net_minor": r.net_minor,
                "tax_minor": r.tax_minor,
                "gross_minor": r.gross_minor,
            }
            for r in by_rate
        ],
    )
    return document_id


def _order_parts(session, order: Order) -> list:  # noqa: ANN001
    rows = session.exec(
        select(
            OrderLine.tax_rate, OrderLine.tax_kind, OrderLine.tax_basis_points, OrderLine.net_minor, OrderLine.tax_minor
        )
        .where(OrderLine.order_id == order.id)
        .order_by(OrderLine.id)
    ).all()
    shipping = stored_shipping(order)
    return [*(stored_line(*row) for row in rows), *([shipping] if shipping else [])]


def _buyer(session, order: Order) -> tuple[str, str]:  # noqa: ANN001
    """The buyer's name and VAT number as an invoice of the order states them now."""
    if order.customer_id is None:
        return "", ""
    name, vat = session.exec(select(Customer.name, Customer.vat_number).where(Customer.id == order.customer_id)).one()
    return (name or "")[:200], vat or ""


def issue_invoice(session, order_id: int, settings: TaxSettings, *, at=None) -> int | None:  # noqa: ANN001
    """The invoice of a taxed order (its id), issued when it was placed (``at``: now, for an edited order's new
    invoice), or None for an order without tax."""
    order = session.get(Order, order_id)
    if order is None or order.tax_minor is None:
        return None
    buyer_name, buyer_vat = _buyer(session, order)
    return _insert(
        session,
        {
            "kind": "invoice",
            "order_id": order_id,
            "issued_at": at or order.created_at,
            "currency": order.currency,
            "seller_name": (settings.legal_name_ar or settings.legal_name_en)[:200],
            "seller_vat": settings.vat_number,
            "buyer_name": buyer_name,
            "buyer_vat": buyer_vat,
            "reason": "",
        },
        sum_by_rate(_order_parts(session, order)),
    )


def _invoice(session, order_id: int) -> TaxDocument | None:  # noqa: ANN001
    """The order's invoice in force: its last (an edit that changed the amounts credited the ones before)."""
    return session.exec(
        select(TaxDocument)
        .where(TaxDocument.order_id == order_id, TaxDocument.kind == "invoice")
        .order_by(TaxDocument.id.desc())
    ).first()


def _by_rate(session, document_ids: list[int]) -> tuple[RateTotal, ...]:  # noqa: ANN001
    if not document_ids:
        return ()
    rows = session.connection().execute(
        select(
            _LINE.c.rate_code,
            _LINE.c.kind,
            _LINE.c.basis_points,
            _LINE.c.net_minor,
            _LINE.c.tax_minor,
            _LINE.c.gross_minor,
        )
        .where(_LINE.c.document_id.in_(document_ids))
        .order_by(_LINE.c.document_id, _LINE.c.basis_points.desc(), _LINE.c.rate_code)
    )
    return sum_by_rate([RateTotal(*row) for row in rows])


def _credit(
    session, invoice: TaxDocument, by_rate: tuple[RateTotal, ...], *, return_id=None, reason="", at=None
) -> int | None:  # noqa: ANN001
    if not by_rate:
        return None
    return _insert(
        session,
        {
            "kind": "credit_note",
            "order_id": invoice.order_id,
            "invoice_id": invoice.id,
            "return_id": return_id,
            "issued_at": at or utcnow(),
            "currency": invoice.currency,
            "seller_name": invoice.seller_name,
            "seller_vat": invoice.seller_vat,
            "buyer_name": invoice.buyer_name,
            "buyer_vat": invoice.buyer_vat,
            "reason": reason,
        },
        by_rate,
    )


def _credited_ids(session, invoice_id: int) -> list[int]:  # noqa: ANN001
    return list(
        session.exec(
            select(TaxDocument.id).where(TaxDocument.invoice_id == invoice_id, TaxDocument.kind == "credit_note")
        ).all()
    )


def credit_remainder(session, order_id: int) -> int | None:  # noqa: ANN001
    """A cancelled order's credit note: all its invoice has left after its returns' credit notes."""
    invoice = _invoice(session, order_id)
    if invoice is None:
        return None
    left = remainder(_by_rate(session, [invoice.id]), _by_rate(session, _credited_ids(session, invoice.id)))
    return _credit(session, invoice, left, reason="cancelled")


def reissue_after_edit(session, order_id: int, settings: TaxSettings) -> int | None:  # noqa: ANN001
    """An edited order whose invoice no longer states it (its amounts by rate, or its buyer): a credit note for
    all that invoice has left (reason "edited"), then a new invoice for the order as it is now, both issued now
    and numbered from their counters in the edit's transaction (a refused edit gives the numbers back). Returns
    the new invoice's id, or None when nothing was issued (no tax, or the invoice still states the order)."""
    invoice = _invoice(session, order_id)
    order = session.get(Order, order_id)
    if invoice is None or order is None or order.tax_minor is None:
        return None
    left = remainder(_by_rate(session, [invoice.id]), _by_rate(session, _credited_ids(session, invoice.id)))
    now = tuple(total for total in sum_by_rate(_order_parts(session, order)) if total.gross_minor or total.net_minor)
    if set(left) == set(now) and _buyer(session, order) == (invoice.buyer_name, invoice.buyer_vat):
        return None
    at = utcnow()
    _credit(session, invoice, left, reason="edited", at=at)
    return issue_invoice(session, order_id, settings, at=at)


def credit_return(session, return_id: int) -> int | None:  # noqa: ANN001
    """A return's credit note for what it gave back (refund, store credit or the value taken by an exchange),
    with the tax in proportion: each returned unit gives back its share of its line's tax (the same telescoping
    floor as its price), scaled by what was really given back. None when nothing was given back or the order had
    no invoice."""
    request = session.get(ReturnRequest, return_id)
    if request is None or not request.refund_minor:
        return None
    invoice = _invoice(session, request.order_id)
    if invoice is None:
        return None
    lines = {
        line.id: line for line in session.exec(select(OrderLine).where(OrderLine.order_id == request.order_id)).all()
    }
    before = units_back(session, request.order_id, ReturnRequest.id != return_id, GIVEN_BACK)
    parts = []
    for line_id, quantity in session.exec(
        select(ReturnLine.order_line_id, ReturnLine.quantity).where(ReturnLine.return_id == return_id)
    ).all():
        line = lines[line_id]
        if line.net_minor is None:
            continue
        gross = line.net_minor + line.tax_minor
        done = before.get(line_id, 0)
        parts.append(
            ReturnedPart(
                line.tax_rate,
                line.tax_kind,
                line.tax_basis_points or 0,
                units_value(gross, line.quantity, done, quantity),
                units_value(line.tax_minor, line.quantity, done, quantity),
            )
        )
    # never more than the invoice has left (a refund capped by what was paid may still exceed no rate's rest)
    back = given_back(parts, request.refund_minor)
    left = {
        (r.rate_code, r.kind, r.basis_points): r
        for r in remainder(_by_rate(session, [invoice.id]), _by_rate(session, _credited_ids(session, invoice.id)))
    }
    capped = []
    for r in back:
        rest = left.get((r.rate_code, r.kind, r.basis_points))
        if rest is None:
            continue
        gross, tax = min(r.gross_minor, rest.gross_minor), min(r.tax_minor, rest.tax_minor)
        capped.append(RateTotal(r.rate_code, r.kind, r.basis_points, gross - tax, tax, gross))
    return _credit(session, invoice, tuple(c for c in capped if c.gross_minor), return_id=return_id, reason="return")


# --- reading --------------------------------------------------------------------------------------------------------
def read_documents(session, document_ids: list[int]) -> list[TaxDocumentRow]:  # noqa: ANN001
    """These documents, in the order of ``document_ids``."""
    if not document_ids:
        return []
    found = {d.id: d for d in session.exec(select(TaxDocument).where(TaxDocument.id.in_(document_ids))).all()}
    order_numbers = dict(
        session.exec(select(Order.id, Order.number).where(Order.id.in_({d.order_id for d in found.values()}))).all()
    )
    invoice_ids = {d.invoice_id for d in found.values() if d.invoice_id is not None}
    invoice_numbers = (
        dict(session.exec(select(TaxDocument.id, TaxDocument.number).where(TaxDocument.id.in_(invoice_ids))).all())
        if invoice_ids
        else {}
    )
    return_ids = {d.return_id for d in found.values() if d.return_id is not None}
    return_numbers = (
        dict(session.exec(select(ReturnRequest.id, ReturnRequest.number).where(ReturnRequest.id.in_(return_ids))).all())
        if return_ids
        else {}
    )
    rows = []
    for document_id in document_ids:
        d = found.get(document_id)
        if d is None:
            continue
        rows.append(
            TaxDocumentRow(
                id=d.id,
                kind=d.kind,
                number=d.number,
                order_id=d.order_id,
                order_number=order_numbers[d.order_id],
                issued_at=d.issued_at,
                currency=d.currency,
                net_minor=d.net_minor,
                tax_minor=d.tax_minor,
                gross_minor=d.gross_minor,
                by_rate=_by_rate(session, [d.id]),
                seller_name=d.seller_name,
                seller_vat=d.seller_vat,
                buyer_name=d.buyer_name,
                buyer_vat=d.buyer_vat,
                invoice_number=invoice_numbers.get(d.invoice_id),
                return_number=return_numbers.get(d.return_id),
                reason=d.reason,
                printed_before=d.printed_at is not None,
            )
        )
    return rows


def documents_of_orders(session, order_ids: list[int], kind: str) -> list[int]:  # noqa: ANN001
    """The ids of the documents of ``kind`` of these orders, in the orders' order, then by number."""
    rows = session.exec(
        select(TaxDocument.order_id, TaxDocument.id)
        .where(TaxDocument.order_id.in_(order_ids), TaxDocument.kind == kind)
        .order_by(TaxDocument.number)
    ).all()
    by_order: dict[int, list[int]] = {}
    for order_id, document_id in rows:
        by_order.setdefault(order_id, []).append(document_id)
    return [document_id for order_id in order_ids for document_id in by_order.get(order_id, [])]


def current_invoices(session, order_ids: list[int]) -> list[int]:  # noqa: ANN001
    """The ids of these orders' invoices in force (the last of each; an edited order's earlier ones were
    credited), in the orders' order."""
    rows = session.exec(
        select(TaxDocument.order_id, func.max(TaxDocument.id))
        .where(TaxDocument.order_id.in_(order_ids), TaxDocument.kind == "invoice")
        .group_by(TaxDocument.order_id)
    ).all()
    last = dict(rows)
    return [last[order_id] for order_id in order_ids if order_id in last]


def mark_printed(session, document_ids: list[int]) -> None:  # noqa: ANN001
    """Note the first printing of these documents (a later printing says "copy")."""
    if document_ids:
        session.connection().execute(
            update(_DOC).where(_DOC.c.id.in_(document_ids), _DOC.c.printed_at.is_(None)).values(printed_at=utcnow())
        )


def highest_numbers(session) -> dict[str, int]:  # noqa: ANN001
    rows = session.connection().execute(select(_DOC.c.kind, func.max(_DOC.c.number)).group_by(_DOC.c.kind))
    return dict(rows.all())
