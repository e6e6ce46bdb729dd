"""What goes on a receipt, a tax invoice or a credit note, read from the database, and the PDF written from it.

``receipts``: each order's simplified tax invoice (its receipt), or a plain receipt for an order without tax;
``invoices``: each order's invoice in full, a tax invoice with the buyer's name, address and VAT number when the
buyer is registered; ``credit-notes``: the credit notes of the orders. The first printing of a document is noted
on it; every later one says "copy". In Saudi Arabia the simplified invoices and the credit notes carry the ZATCA
QR code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from sqlmodel import select

from shopdesk.db.models import Customer, Order, OrderLine, ReturnLine, ReturnRequest
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services.addresses import address_lines
from shopdesk.services.errors import InvalidInput
from shopdesk.services.orders import OrderService
from shopdesk.services.printing import TAX_DOCUMENTS, TAX_SIZES
from shopdesk.services.settings import shop_setting
from shopdesk.services.shop_settings import shop_language
from shopdesk.services.tax import documents, zatca
from shopdesk.services.tax.records import TaxDocumentRow, TaxSettings
from shopdesk.services.tax.service import read_settings

BILINGUAL_COUNTRIES = ("SA",)  # tax invoices in Arabic, here printed with English beside it


class TaxPrintService:
    def __init__(self, uow: UnitOfWorkFactory, orders: OrderService) -> None:
        self._uow = uow
        self._orders = orders

    def write_pdf(
        self,
        document: str,
        order_ids: list[int],
        size: str,
        texts: Callable[[str, str | None], object],
        out: Path,
        *,
        language: str = "auto",
        mark_printed: bool = True,
    ) -> int:
        """Write the documents of these orders into one PDF; returns how many. ``texts(language, second)`` gives
        the words of a language (with a second language for bilingual documents). ``mark_printed=False`` for a
        preview: the documents are noted as printed by ``record_printed`` once they are saved or printed."""
        from shopdesk.services.printing.tax_documents import write_tax_pdf  # ReportLab: only when printing

        if document not in TAX_DOCUMENTS:
            raise InvalidInput("document", "unknown document", document)
        if size not in TAX_SIZES:
            raise InvalidInput("size", "unknown page size", size)
        printables = list(self.printables(document, order_ids, language=language))
        if not printables:
            raise InvalidInput("orders", "nothing to print", document)
        made = {}
        pages = []
        for printable, doc_language, second, _id in printables:
            key = (doc_language, second)
            if key not in made:
                made[key] = texts(doc_language, second)
            pages.append((printable, made[key]))
        write_tax_pdf(pages, size, out)
        if not mark_printed:
            return len(pages)
        with self._uow() as uow:
            documents.mark_printed(uow.session, [doc_id for *_, doc_id in printables if doc_id is not None])
            uow.commit()
        return len(pages)

    def record_printed(self, document: str, order_ids: list[int]) -> None:
        """Note the first printing of these orders' invoices (``receipts``, ``invoices``) or credit notes; every
        later printing of them says "copy"."""
        kind = "credit_note" if document == "credit-notes" else "invoice"
        with self._uow() as uow:
            documents.mark_printed(uow.session, documents.documents_of_orders(uow.session, order_ids, kind))
            uow.commit()

    def printables(self, document: str, order_ids: list[int], *, language: str = "auto") -> Iterator[tuple]:
        """(Printable, language, second language or None, document id or None) for each document to print."""
        from shopdesk.services.printing.tax_documents import Printable, PrintableLine, PrintableRate

        with self._uow() as uow:
            session = uow.session
            connection = session.connection()
            settings = read_settings(connection)
            country = shop_setting(connection, "country").upper()
            shop_name = shop_setting(connection, "shop_name")
            shop_lines = tuple(x for x in (settings.address or shop_setting(connection, "address"),) if x)
            phone = shop_setting(connection, "phone")
            kind = "credit_note" if document == "credit-notes" else "invoice"
            if kind == "invoice":  # the invoice in force: an edited order's earlier ones were credited
                ids = documents.current_invoices(session, order_ids)
            else:
                ids = documents.documents_of_orders(session, order_ids, kind)
            rows: dict[int, list[TaxDocumentRow]] = {}
            for row in documents.read_documents(session, ids):
                rows.setdefault(row.order_id, []).append(row)
            orders = {o.id: o for o in session.exec(select(Order).where(Order.id.in_(order_ids))).all()}
        addresses = self._orders.ship_addresses(order_ids)
        for order_id in order_ids:
            order = orders.get(order_id)
            if order is None:
                continue
            with self._uow() as uow:
                session = uow.session
                customer = session.get(Customer, order.customer_id) if order.customer_id else None
                lines = session.exec(
                    select(OrderLine).where(OrderLine.order_id == order_id).order_by(OrderLine.id)
                ).all()
                returned = {}
                for doc in rows.get(order_id, []):
                    if doc.return_number is not None:
                        returned[doc.id] = session.exec(
                            select(ReturnLine.order_line_id, ReturnLine.quantity)
                            .join(ReturnRequest, ReturnRequest.id == ReturnLine.return_id)
                            .where(ReturnRequest.number == doc.return_number)
                        ).all()
            doc_language = (
                language if language != "auto" else (customer.language if customer else "") or shop_language(country)
            )
            second = None
            if country in BILINGUAL_COUNTRIES and doc_language in ("ar", "en"):
                second = "en" if doc_language == "ar" else "ar"
            rtl = doc_language in ("ar", "fa")
            seller_names = _seller_names(settings, shop_name, doc_language, second)
            seller_lines = (*shop_lines, *((phone,) if phone else ()))
            printed_lines = tuple(
                PrintableLine(
                    name=line.description,
                    quantity=line.quantity,
                    unit_price_minor=line.unit_price_minor,
                    amount_minor=line.quantity * line.unit_price_minor - line.discount_minor,
                    basis_points=line.tax_basis_points,
                    kind=line.tax_kind,
                    net_minor=line.net_minor or 0,
                    tax_minor=line.tax_minor or 0,
                )
                for line in lines
            )
            common = {
                "currency": order.currency,
                "seller_names": seller_names,
                "seller_lines": seller_lines,
                "order_number": order.number,
                "subtotal_minor": order.subtotal_minor,
                "discount_minor": order.discount_minor,
                "shipping_minor": order.shipping_minor,
                "prices_include_tax": bool(order.prices_include_tax),
                "rtl": rtl,
            }
            docs: list[TaxDocumentRow] = rows.get(order_id, [])
            if not docs:
                if document == "receipts":  # an order without tax (the shop was not registered): a plain receipt
                    yield (
                        Printable(
                            kind="receipt",
                            seller_vat="",
                            number=None,
                            issued_at=order.created_at,
                            lines=printed_lines,
                            rates=(),
                            gross_minor=order.total_minor,
                            **common,
                        ),
                        doc_language,
                        second,
                        None,
                    )
                continue
            for doc in docs:
                rates = tuple(PrintableRate(r.basis_points, r.kind, r.net_minor, r.tax_minor) for r in doc.by_rate)
                simplified = doc.kind == "invoice" and (document == "receipts" or not doc.standard)
                with_qr = country == "SA" and (simplified or doc.kind == "credit_note")
                qr = ""
                if with_qr:
                    qr = zatca.encode(
                        zatca.fields_for(
                            doc.seller_name, doc.seller_vat, doc.issued_at, doc.gross_minor, doc.tax_minor, doc.currency
                        )
                    )
                buyer = {}
                if doc.kind == "credit_note" or not simplified:
                    address = addresses.get(order_id)
                    buyer = {
                        "buyer_name": doc.buyer_name,
                        "buyer_vat": doc.buyer_vat,
                        "buyer_lines": tuple(address_lines(address, rtl=rtl)) if address is not None else (),
                    }
                doc_lines = printed_lines
                if doc.kind == "credit_note":
                    by_line = {line.id: i for i, line in enumerate(lines)}
                    credited = returned.get(doc.id, ())
                    if doc.reason == "cancelled":  # what the invoice has left: its lines less what came back
                        credited = _left_after_returns(lines, docs, doc, returned)
                    doc_lines = tuple(
                        _returned_line(printed_lines[by_line[line_id]], quantity) for line_id, quantity in credited
                    )
                yield (
                    Printable(
                        kind="credit_note"
                        if doc.kind == "credit_note"
                        else ("simplified" if simplified else "invoice"),
                        seller_vat=doc.seller_vat,
                        number=doc.number,
                        issued_at=doc.issued_at,
                        lines=doc_lines,
                        rates=rates,
                        net_minor=doc.net_minor,
                        tax_minor=doc.tax_minor,
                        gross_minor=doc.gross_minor,
                        invoice_number=doc.invoice_number,
                        return_number=doc.return_number,
                        reason=doc.reason,
                        copy=doc.printed_before,
                        qr=qr,
                        **buyer,
                        **common,
                    ),
                    doc_language,
                    second,
                    doc.id,
                )


def _left_after_returns(lines, docs, cancellation, returned) -> list[tuple[int, int]]:  # noqa: ANN001
    """(order line id, quantity) a cancellation's credit note credits: each line's quantity less what the credit
    notes of the same invoice's returns already credited."""
    back: dict[int, int] = {}
    for doc in docs:
        if doc.id != cancellation.id and doc.invoice_number == cancellation.invoice_number:
            for line_id, quantity in returned.get(doc.id, ()):
                back[line_id] = back.get(line_id, 0) + quantity
    left = ((line.id, line.quantity - back.get(line.id, 0)) for line in lines)
    return [(line_id, quantity) for line_id, quantity in left if quantity > 0]


def _returned_line(line, quantity: int):  # noqa: ANN001, ANN202
    from dataclasses import replace

    return replace(line, quantity=quantity, amount_minor=line.unit_price_minor * quantity, tax_minor=0, net_minor=0)


def _seller_names(settings: TaxSettings, shop_name: str, language: str, second: str | None) -> tuple[str, ...]:
    if not settings.registered:
        return (shop_name,)
    by_language = {"ar": settings.legal_name_ar, "fa": settings.legal_name_ar, "en": settings.legal_name_en}
    names = [by_language.get(language, "")] + ([by_language.get(second, "")] if second else [])
    names = [name for name in dict.fromkeys(names) if name]
    return tuple(names) or (settings.legal_name_ar or settings.legal_name_en or shop_name,)
