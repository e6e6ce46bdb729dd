"""Receipts, tax invoices and credit notes as PDF pages: on 80 mm and 58 mm roll paper for thermal receipt printers
(one page as long as its content) or on A5 and A4 (as many pages as needed). Right to left where the language
reads so, every word through ``bidi_text`` like the other printed documents; bilingual (the document's language
and Arabic or English) where the shop's country asks for it. The words come in already translated
(``TaxDocumentText``); the service decides what is on the page (``Printable``)."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from shopdesk.services.files import written_whole
from shopdesk.services.printing import TAX_SIZES
from shopdesk.services.printing.bidi_text import Fonts, draw_lines, layout
from shopdesk.services.printing.fonts import SAVE_LOCK, document_fonts
from shopdesk.services.printing.qr import draw_qr
from shopdesk.services.printing.tax_words import TaxDocumentText
from shopdesk.services.printing.templates import isolate

ROLL_WIDTHS = {"80mm": 80 * mm, "58mm": 58 * mm}


@dataclass(frozen=True)
class PrintableLine:
    name: str
    quantity: int
    unit_price_minor: int
    amount_minor: int  # quantity x price less the line's discount, as the catalogue prices (with or without tax)
    basis_points: int | None  # its VAT rate, None when the order carries no tax
    kind: str = ""
    net_minor: int = 0
    tax_minor: int = 0


@dataclass(frozen=True)
class PrintableRate:
    basis_points: int
    kind: str
    net_minor: int
    tax_minor: int


@dataclass(frozen=True)
class Printable:
    """One document as printed. ``kind``: receipt (no tax: the shop is not registered), simplified (simplified tax
    invoice), invoice (a tax invoice: the buyer is registered) or credit_note."""

    kind: str
    currency: str
    seller_names: tuple[str, ...]  # the legal name(s) (or the shop's name)
    seller_lines: tuple[str, ...]  # address, phone
    seller_vat: str
    number: int | None  # the document's number (None: a receipt of an order without tax)
    order_number: int
    issued_at: datetime
    lines: tuple[PrintableLine, ...]
    rates: tuple[PrintableRate, ...]
    subtotal_minor: int = 0
    discount_minor: int = 0
    shipping_minor: int = 0
    net_minor: int = 0
    tax_minor: int = 0
    gross_minor: int = 0
    prices_include_tax: bool = True
    buyer_name: str = ""
    buyer_lines: tuple[str, ...] = ()
    buyer_vat: str = ""
    invoice_number: int | None = None  # a credit note's invoice
    return_number: int | None = None
    reason: str = ""  # cancelled | return
    copy: bool = False
    qr: str = ""  # the ZATCA QR's text (Saudi Arabia)
    rtl: bool = False
    extra: dict = field(default_factory=dict)


@dataclass
class _Block:
    height: float
    draw: Callable[[Canvas, float, float], None]  # (canvas, left x, top y)


class _Flow:
    """Blocks of a document laid out at one width; their total height sizes a roll, pages split the others."""

    def __init__(self, width: float, size: float, rtl: bool, language: str) -> None:
        self.width, self.size, self.rtl, self.language = width, size, rtl, language
        self.fonts = document_fonts()
        self.blocks: list[_Block] = []
        self.align = "right" if rtl else "left"

    def _lines(self, text: str, fonts: Fonts, size: float, width: float):  # noqa: ANN202
        return layout(text, fonts, size, width, rtl=self.rtl, language=self.language)

    def text(self, text: str, *, bold: bool = False, scale: float = 1.0, align: str | None = None) -> None:
        if not text:
            return
        size = self.size * scale
        leading = size * 1.3
        lines = self._lines(text, self.fonts.bold if bold else self.fonts.regular, size, self.width)
        where = {"start": self.align, "end": "left" if self.rtl else "right"}.get(align or "start", align)

        def draw(canvas: Canvas, x: float, y: float) -> None:
            draw_lines(canvas, lines, x, y - size, self.width, leading, where)

        self.blocks.append(_Block(leading * len(lines) + size * 0.3, draw))

    def row(self, cells: Sequence[tuple[str, float]], *, bold: bool = False) -> None:
        """Cells in reading order, each with its share of the width; the first reads in the document's direction,
        the others (figures) end-aligned."""
        size, leading = self.size, self.size * 1.3
        fonts = self.fonts.bold if bold else self.fonts.regular
        laid = []
        for index, (text, share) in enumerate(cells):
            width = self.width * share
            laid.append((width, self._lines(text if index == 0 else isolate(text), fonts, size, width - 3), index))
        height = leading * max(len(lines) for _w, lines, _i in laid) + size * 0.3

        def draw(canvas: Canvas, x: float, y: float) -> None:
            at = x + self.width if self.rtl else x
            for width, lines, index in laid:
                left = at - width if self.rtl else at
                align = self.align if index == 0 else ("left" if self.rtl else "right")
                draw_lines(canvas, lines, left + (0 if self.rtl else 0), y - size, width - 3, leading, align)
                at = left if self.rtl else at + width

        self.blocks.append(_Block(height, draw))

    def rule(self, *, dashed: bool = False) -> None:
        def draw(canvas: Canvas, x: float, y: float) -> None:
            canvas.saveState()
            canvas.setStrokeGray(0.3 if dashed else 0.6)
            canvas.setLineWidth(0.5)
            if dashed:
                canvas.setDash(2, 2)
            canvas.line(x, y - 3, x + self.width, y - 3)
            canvas.restoreState()

        self.blocks.append(_Block(6, draw))

    def space(self, height: float) -> None:
        self.blocks.append(_Block(height, lambda canvas, x, y: None))

    def qr(self, data: str, side: float) -> None:
        def draw(canvas: Canvas, x: float, y: float) -> None:
            draw_qr(canvas, data, x + (self.width - side) / 2, y - side, side)

        self.blocks.append(_Block(side + 2, draw))

    @property
    def height(self) -> float:
        return sum(block.height for block in self.blocks)


def _content(flow: _Flow, doc: Printable, text: TaxDocumentText, *, wide: bool) -> None:
    """Everything on the document, top to bottom."""
    money = lambda minor: text.money(minor, doc.currency)  # noqa: E731
    label = text.label
    for name in doc.seller_names:
        flow.text(isolate(name), scale=1.3, align="center")  # regular weight: it reads back by OCR
    for line in doc.seller_lines:
        flow.text(isolate(line), align="center")
    if doc.seller_vat:
        flow.text(f"{label('vat_number')}: {isolate(doc.seller_vat)}", align="center")
    flow.space(4)
    title = {"receipt": "receipt", "simplified": "simplified_invoice", "invoice": "tax_invoice"}.get(
        doc.kind, "credit_note"
    )
    flow.text(label(title), bold=True, scale=1.3, align="center")
    if doc.copy:
        flow.text(label("copy"), bold=True, align="center")
    flow.rule()
    if doc.number is not None:
        key = "credit_note_number" if doc.kind == "credit_note" else "invoice_number"
        flow.row([(label(key), 0.55), (text.number(doc.number), 0.45)])
    flow.row([(label("date"), 0.45), (text.moment(doc.issued_at), 0.55)])
    flow.row([(label("order"), 0.55), (text.number(doc.order_number), 0.45)])
    if doc.invoice_number is not None:
        flow.row([(label("for_invoice"), 0.55), (text.number(doc.invoice_number), 0.45)])
    if doc.return_number is not None:
        flow.row([(label("return"), 0.55), (text.number(doc.return_number), 0.45)])
    if doc.reason:
        flow.text(label(f"reason_{doc.reason}"))
    if doc.buyer_name or doc.buyer_vat:
        flow.rule()
        flow.text(label("buyer"), bold=True)
        flow.text(isolate(doc.buyer_name))
        for line in doc.buyer_lines:
            if line != doc.buyer_name:
                flow.text(line)
        if doc.buyer_vat:
            flow.text(f"{label('buyer_vat')}: {isolate(doc.buyer_vat)}")
    flow.rule()
    taxed = doc.kind != "receipt"
    if doc.lines and doc.kind == "credit_note":  # what came back or was cancelled; the amounts are the totals below
        flow.text(label("cancelled_items" if doc.reason == "cancelled" else "returned"), bold=True)
        for line in doc.lines:
            flow.text(f"{text.number(line.quantity)} × {isolate(line.name)}")
        flow.rule(dashed=True)
    elif doc.lines:
        if wide:
            head = [(label("item"), 0.34), (label("qty"), 0.08), (label("unit_price"), 0.16)]
            if taxed:
                head += [(label("vat_rate"), 0.1), (label("vat"), 0.14)]
            head += [(label("amount"), 0.18 if taxed else 0.42)]
            flow.row(head, bold=True)
            for line in doc.lines:
                cells = [(line.name, 0.34), (text.number(line.quantity), 0.08), (money(line.unit_price_minor), 0.16)]
                if taxed:
                    rate = _rate_words(line.basis_points or 0, line.kind, text)
                    cells += [(rate, 0.1), (money(line.tax_minor), 0.14)]
                cells += [(money(line.amount_minor), 0.18 if taxed else 0.42)]
                flow.row(cells)
        else:
            for line in doc.lines:
                flow.text(line.name)
                quantity = f"{text.number(line.quantity)} × {money(line.unit_price_minor)}"
                if taxed and line.basis_points is not None:
                    quantity += f"  ({isolate(_rate_words(line.basis_points, line.kind, text))})"
                flow.row([(quantity, 0.6), (money(line.amount_minor), 0.4)])
        flow.rule(dashed=True)
    if doc.kind != "credit_note":
        flow.row([(label("subtotal"), 0.6), (money(doc.subtotal_minor), 0.4)])
        if doc.discount_minor:
            flow.row([(label("discount"), 0.6), (money(doc.discount_minor), 0.4)])
        if doc.shipping_minor:
            flow.row([(label("shipping"), 0.6), (money(doc.shipping_minor), 0.4)])
    if taxed:
        flow.row([(label("total_excl"), 0.6), (money(doc.net_minor), 0.4)])
        for rate in doc.rates:
            words = _rate_words(rate.basis_points, rate.kind, text)
            if rate.kind == "standard":  # the rate isolated: a bilingual label's Arabic part cannot take it over
                flow.row([(f"{label('vat')} {isolate(words)}", 0.6), (money(rate.tax_minor), 0.4)])
            else:
                flow.row([(f"{isolate(words)} ({label('sales')})", 0.6), (money(rate.net_minor), 0.4)])
        flow.row([(label("vat_total"), 0.6), (money(doc.tax_minor), 0.4)], bold=True)
        flow.row([(label("total_incl"), 0.6), (money(doc.gross_minor), 0.4)], bold=True)
        if doc.prices_include_tax and doc.kind != "credit_note":
            flow.text(label("prices_include"), scale=0.85)
    else:
        flow.row([(label("total"), 0.6), (money(doc.gross_minor), 0.4)], bold=True)
    if doc.qr:
        flow.space(4)
        flow.qr(doc.qr, min(flow.width * 0.6, 42 * mm))
    flow.space(2)
    flow.text(label("thank_you"), align="center")


def _rate_words(points: int, kind: str, text: TaxDocumentText) -> str:
    if kind == "exempt":
        return text.label("exempt")
    if kind == "zero":
        return text.label("zero_rated")
    return text.percent(points)


def write_tax_pdf(documents: Sequence[tuple[Printable, TaxDocumentText]], size: str, out: Path) -> Path:
    """Each document on its own page(s): a roll page as long as its content, A5/A4 split over pages."""
    if size not in TAX_SIZES:
        raise ValueError(f"unknown size {size}")
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1, pageCompression=1)
    canvas.setTitle("shopdesk")
    for doc, text in documents:
        rtl = text.language in ("ar", "fa")
        if size in ROLL_WIDTHS:
            page_width = ROLL_WIDTHS[size]
            margin = 3 * mm if size == "58mm" else 4 * mm
            flow = _Flow(page_width - 2 * margin, 7.0 if size == "58mm" else 8.0, rtl, text.language)
            _content(flow, doc, text, wide=False)
            height = flow.height + 2 * margin
            canvas.setPageSize((page_width, height))
            y = height - margin
            for block in flow.blocks:
                block.draw(canvas, margin, y)
                y -= block.height
            canvas.showPage()
            continue
        page_width, page_height = A4 if size == "a4" else A5
        margin = 15 * mm if size == "a4" else 10 * mm
        flow = _Flow(page_width - 2 * margin, 10.0 if size == "a4" else 8.5, rtl, text.language)
        _content(flow, doc, text, wide=True)
        canvas.setPageSize((page_width, page_height))
        y = page_height - margin
        for block in flow.blocks:
            if y - block.height < margin:
                canvas.showPage()
                canvas.setPageSize((page_width, page_height))
                y = page_height - margin
            block.draw(canvas, margin, y)
            y -= block.height
        canvas.showPage()
    with SAVE_LOCK:
        canvas.save()
    with written_whole(Path(out)) as handle:
        handle.write(buffer.getvalue())
    return Path(out)
