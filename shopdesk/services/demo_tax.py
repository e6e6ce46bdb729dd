"""The demo shop's VAT: a Saudi demo is registered at 15% and an Emirati one at 5%, prices including tax, with
test registration numbers. The orders the demo writes in bulk get their tax and their invoices here (as placing
them through the order service would have given them), numbered in the order they were placed, and a cancelled
one its credit note when it was cancelled; the newest orders are placed through the services and get theirs there."""

from __future__ import annotations

import json
from dataclasses import asdict

from sqlalchemy import bindparam, insert, select, update

from shopdesk.db.models import Counter, Order, OrderEvent, OrderLine, TaxDocument, TaxDocumentLine
from shopdesk.services.tax.columns import line_columns, order_columns
from shopdesk.services.tax.records import TaxSettings, default_rates
from shopdesk.services.tax.rules import order_tax, sum_by_rate

# Test registration numbers (ZATCA's documentation uses 399999999900003 for a test taxpayer), not real shops'.
DEMO_REGISTRATIONS = {
    "SA": TaxSettings(
        registered=True,
        vat_number="399999999900003",
        legal_name_ar="مؤسسة جلنار وشركاه التجارية",
        legal_name_en="Golnar & Co. Trading Est.",
        address="طريق الملك فهد، الرياض 12211",
        rates=default_rates("SA"),
    ),
    "AE": TaxSettings(
        registered=True,
        vat_number="100399999900003",
        legal_name_ar="جلنار وشركاه للتجارة ذ.م.م",
        legal_name_en="Golnar & Co. Trading LLC",
        address="12 Market Street, Dubai",
        rates=default_rates("AE"),
    ),
}


def demo_tax_setting(country: str) -> dict[str, str]:
    """The ``tax`` setting of a demo shop in ``country`` (not registered outside SA and AE: a demo built over
    another one must not keep its registration)."""
    settings = DEMO_REGISTRATIONS.get(country) or TaxSettings(rates=default_rates(country))
    return {"tax": json.dumps(asdict(settings), ensure_ascii=False, sort_keys=True)}


def tax_bulk_orders(conn, country: str) -> int:  # noqa: ANN001
    """Tax every order written in bulk and issue its invoice, and a cancelled one's credit note (it was placed,
    then cancelled); returns how many invoices."""
    settings = DEMO_REGISTRATIONS.get(country)
    if settings is None:
        return 0
    orders = Order.__table__
    lines = OrderLine.__table__
    rows = conn.execute(
        select(
            orders.c.id,
            orders.c.created_at,
            orders.c.currency,
            orders.c.discount_minor,
            orders.c.shipping_minor,
            orders.c.customer_id,
        ).order_by(orders.c.created_at, orders.c.id)
    ).all()
    by_order: dict[int, list] = {}
    for line in conn.execute(
        select(
            lines.c.id, lines.c.order_id, lines.c.quantity, lines.c.unit_price_minor, lines.c.discount_minor
        ).order_by(lines.c.id)
    ):
        by_order.setdefault(line.order_id, []).append(line)
    events = OrderEvent.__table__
    cancelled = select(events.c.order_id, events.c.at).where(events.c.to_status == "cancelled")
    cancelled_at = {order_id: at for order_id, at in conn.execute(cancelled)}
    rate = settings.rate(None)
    order_updates, line_updates, documents, document_lines = [], [], [], []
    seller = settings.legal_name_ar
    for number, (order_id, created_at, currency, discount, shipping, _customer) in enumerate(rows, start=1):
        order_lines = by_order.get(order_id, [])
        taxed = order_tax(
            [line.quantity * line.unit_price_minor - line.discount_minor for line in order_lines],
            [rate] * len(order_lines),
            order_discount_minor=discount,
            shipping_minor=shipping,
            shipping_rate=settings.rate(settings.shipping_rate),
            prices_include_tax=True,
        )
        order_updates.append({"key": order_id, **order_columns(taxed)})
        line_updates += [{"key": line.id, **line_columns(taxed, i)} for i, line in enumerate(order_lines)]
        documents.append(
            {
                "kind": "invoice",
                "number": number,
                "order_id": order_id,
                "issued_at": created_at,
                "currency": currency,
                "net_minor": taxed.net_minor,
                "tax_minor": taxed.tax_minor,
                "gross_minor": taxed.gross_minor,
                "seller_name": seller,
                "seller_vat": settings.vat_number,
                "buyer_name": "",
                "buyer_vat": "",
                "reason": "",
            }
        )
        document_lines.append(sum_by_rate([*taxed.lines, *([taxed.shipping] if taxed.shipping else [])]))
    if not rows:
        return 0
    conn.execute(
        update(orders).where(orders.c.id == bindparam("key")),
        order_updates,
    )
    if line_updates:
        conn.execute(update(lines).where(lines.c.id == bindparam("key")), line_updates)
    invoice_ids = _insert_documents(conn, "invoice", documents, document_lines)
    # a cancelled order's credit note: all its invoice, when it was cancelled, numbered in the order of those times
    credited = sorted(
        (cancelled_at.get(document["order_id"], document["issued_at"]), index)
        for index, document in enumerate(documents)
        if document["order_id"] in cancelled_at
    )
    notes = [
        {
            **documents[index],
            "kind": "credit_note",
            "number": number,
            "issued_at": at,
            "reason": "cancelled",
            "invoice_id": invoice_ids[index],
        }
        for number, (at, index) in enumerate(credited, start=1)
    ]
    _insert_documents(conn, "credit_note", notes, [document_lines[index] for _at, index in credited])
    conn.execute(
        insert(Counter),
        [
            {"name": "tax_invoice", "next_value": len(documents) + 1},
            {"name": "tax_credit_note", "next_value": len(notes) + 1},
        ],
    )
    return len(rows)


def _insert_documents(conn, kind: str, documents: list[dict], by_rates: list) -> list[int]:  # noqa: ANN001
    """Insert documents of one kind numbered 1, 2, ... with their lines by rate; returns their ids in order."""
    if not documents:
        return []
    table = TaxDocument.__table__
    conn.execute(insert(TaxDocument), documents)
    ids = dict(conn.execute(select(table.c.number, table.c.id).where(table.c.kind == kind)).all())
    conn.execute(
        insert(TaxDocumentLine),
        [
            {
                "document_id": ids[document["number"]],
                "rate_code": r.rate_code,
                "kind": r.kind,
                "basis_points": r.basis_points,
                "net_minor": r.net_minor,
                "tax_minor": r.tax_minor,
                "gross_minor": r.gross_minor,
            }
            for document, by_rate in zip(documents, by_rates, strict=True)
            for r in by_rate
        ],
    )
    return [ids[document["number"]] for document in documents]
