"""Thank-you notes and packing inserts drawn with ReportLab, in any of the page sizes the shop prints on.

A document is drawn into a box, so the same drawing serves a whole A6 page, a quarter of an A4 sheet (4-up, with
cut marks) or the inside half of a folded A5 card. Every word reaches the page through ``bidi_text``; nothing here
uses ReportLab's paragraph markup, so names and messages print literally.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4, A5, A6, landscape
from reportlab.lib.units import inch, mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from shopdesk.services.printing import SIZE_NAMES
from shopdesk.services.printing.bidi_text import Fonts, Line, draw_lines, layout
from shopdesk.services.printing.fonts import SAVE_LOCK, document_fonts
from shopdesk.services.printing.labels import PrintLabels
from shopdesk.services.printing.qr import draw_qr
from shopdesk.services.printing.templates import isolate

# Page sizes by name: (page width, height in points, cells across, cells down). Physical sizes are exact.
SIZES = {
    "a6": (*A6, 1, 1),
    "a5": (*A5, 1, 1),
    "a4": (*A4, 1, 1),
    "4x6": (4 * inch, 6 * inch, 1, 1),
    "a4-2up": (*landscape(A4), 2, 1),  # two A5 portrait halves side by side
    "a4-4up": (*A4, 2, 2),  # four A6
}
assert tuple(SIZES) == SIZE_NAMES
CUT_MARK = 4 * mm
PRINTABLE_MARGIN = 6 * mm  # office printers leave the outer 4-5 mm blank: marks start inside it


@dataclass(frozen=True)
class DocumentItem:
    name: str
    quantity_text: str
    price_text: str = ""  # empty in gift mode
    tip: str = ""
    discount_text: str = ""  # "Discount on this line −2.00" when the line had one (already out of its price)
    sku: str = ""


@dataclass(frozen=True)
class TotalRow:
    """One row of the totals under the items: words at the reading start, the amount at the end."""

    label: str
    amount: str
    bold: bool = False


@dataclass(frozen=True)
class LoyaltyCard:
    stamps: int  # filled, this order's included
    size: int  # stamps that fill the card
    highlighted: int | None = None  # 1-based stamp earned by this order


@dataclass(frozen=True)
class Document:
    labels: PrintLabels
    order_number: int
    order_number_text: str  # in the document's digits
    date_text: str
    customer_name: str
    message: str
    items: tuple[DocumentItem, ...] = ()
    total_text: str = ""  # empty in gift mode
    totals: tuple[TotalRow, ...] = ()  # subtotal, discount, shipping, total, paid, balance; replaces total_text
    review_url: str = ""
    feedback_url: str = ""
    return_by_text: str = ""
    discount_code: str = ""
    gift_line: str = ""
    policy_text: str = ""  # the shop's return policy in plain words, in the document's language
    loyalty: LoyaltyCard | None = None
    digits: str = "0123456789"  # the document's ten digits, for its page numbers
    ship_to_name: str = ""  # who the parcel goes to (the recipient of a gift)
    ship_to: tuple[str, ...] = ()  # the address lines in the country's order, the phone last
    shipping_line: str = ""  # carrier and tracking number, when set


@dataclass(frozen=True)
class ShopHeader:
    name: str
    logo: bytes = b""  # PNG or JPEG
    contact: str = ""  # the shop's address and phone, printed small on inserts

    @cached_property
    def logo_image(self) -> ImageReader | None:
        return ImageReader(io.BytesIO(self.logo)) if self.logo else None


@dataclass
class _Box:
    """A document's area on the page, with a cursor that moves down as content is drawn."""

    x: float
    y: float
    width: float
    height: float
    rtl: bool
    margin: float = 0.0
    cursor: float = field(init=False)

    def __post_init__(self) -> None:
        self.cursor = self.y + self.height - self.margin

    @property
    def inner_left(self) -> float:
        return self.x + self.margin

    @property
    def inner_width(self) -> float:
        return self.width - 2 * self.margin

    @property
    def bottom(self) -> float:
        return self.y + self.margin

    def leading_x(self, item_width: float) -> float:
        """Where an item of this width starts when placed at the reading start of a line."""
        return self.inner_left + self.inner_width - item_width if self.rtl else self.inner_left

    def trailing_x(self, item_width: float) -> float:
        return self.inner_left if self.rtl else self.inner_left + self.inner_width - item_width


class DocumentRenderer:
    """Draws documents onto pages of one size; ``render`` writes a whole batch into one PDF."""

    def __init__(self, shop: ShopHeader, size: str = "a6") -> None:
        if size not in SIZES:
            raise ValueError(f"unknown page size {size!r}; use one of {', '.join(SIZES)}")
        self.shop = shop
        self.size = size
        self.fonts = document_fonts()

    def render(self, documents: Iterable[Document], out, kind: str = "inserts") -> Iterator[int]:
        """Draw each document, yielding the count drawn so far; ``out`` is a path or a binary file."""
        page_width, page_height, across, down = SIZES[self.size]
        if kind == "notes" and self.size == "a5":
            page_width, page_height = landscape(A5)  # a card folded once: front and back side by side
        canvas = Canvas(out, pagesize=(page_width, page_height), pageCompression=1, invariant=1)
        canvas.setTitle(f"{self.shop.name}: {kind}")
        canvas.setCreator("shopdesk")
        per_page = across * down
        cell_width, cell_height = page_width / across, page_height / down
        drawn = 0
        cells = 0
        logo_form = self._define_logo(canvas)

        def cell() -> tuple[float, float]:
            """The next free cell: a long order's continuation takes the cells after its first, in order."""
            nonlocal cells
            slot = cells % per_page
            if cells and slot == 0:
                canvas.showPage()
            if slot == 0 and per_page > 1:
                self._cut_marks(canvas, page_width, page_height, across, down)
            cells += 1
            column, row = slot % across, slot // across
            return column * cell_width, page_height - (row + 1) * cell_height

        def clipped(x: float, y: float) -> None:
            canvas.saveState()
            path = canvas.beginPath()
            path.rect(x, y, cell_width, cell_height)
            canvas.clipPath(path, stroke=0, fill=0)  # nothing drawn for one card reaches its neighbour

        for document in documents:
            x, y = cell()
            clipped(x, y)
            if kind == "notes":
                self._note(canvas, document, x, y, cell_width, cell_height, logo_form)
                canvas.restoreState()
            else:
                shown = self._insert(canvas, document, x, y, cell_width, cell_height, logo_form)
                pages = (
                    self._continuations(document, shown, cell_width, cell_height) if shown < len(document.items) else []
                )
                if pages:
                    self._first_page_marker(canvas, document, len(pages) + 1)
                canvas.restoreState()
                for number, (start, end) in enumerate(pages, start=2):
                    x, y = cell()
                    clipped(x, y)
                    self._continuation(
                        canvas, document, x, y, cell_width, cell_height, (start, end), number, len(pages) + 1
                    )
                    canvas.restoreState()
            drawn += 1
            yield drawn
        if not drawn:
            raise ValueError("nothing to print")
        canvas.showPage()
        with SAVE_LOCK:
            canvas.save()

    # -- shared pieces -------------------------------------------------------------------------------------

    def _define_logo(self, canvas: Canvas) -> str | None:
        """Put the logo in the PDF once, as a form every page refers to."""
        image = self.shop.logo_image
        if image is None:
            return None
        width, height = image.getSize()
        self._logo_ratio = width / height
        canvas.beginForm("shop_logo", lowerx=0, lowery=0, upperx=width, uppery=height)
        canvas.drawImage(image, 0, 0, width, height, mask="auto")
        canvas.endForm()
        self._logo_size = (width, height)
        return "shop_logo"

    def _draw_logo(self, canvas: Canvas, form: str | None, center_x: float, top: float, max_w: float, max_h: float):
        if form is None:
            return 0.0
        width, height = self._logo_size
        scale = min(max_w / width, max_h / height)
        canvas.saveState()
        canvas.translate(center_x - width * scale / 2, top - height * scale)
        canvas.scale(scale, scale)
        canvas.doForm(form)
        canvas.restoreState()
        return height * scale

    def _lines(self, text: str, labels: PrintLabels, size: float, width: float, bold: bool = False) -> list[Line]:
        fonts: Fonts = self.fonts.bold if bold else self.fonts.regular
        return layout(text, fonts, size, width, rtl=labels.rtl, language=labels.language)

    def _text(self, canvas, box: _Box, text: str, labels, size, *, bold=False, align=None, gap=0.35) -> None:
        """Draw a paragraph at the cursor across the box, moving the cursor below it."""
        lines = self._lines(text, labels, size, box.inner_width, bold)
        leading = size * 1.35
        align = align or ("right" if box.rtl else "left")
        box.cursor -= size
        box.cursor = draw_lines(canvas, lines, box.inner_left, box.cursor, box.inner_width, leading, align)
        box.cursor += leading - size * (0.3 + gap)

    def _fitted_text(self, canvas, box: _Box, text: str, labels, size, room: float, *, gap=0.35, align=None) -> None:
        """A paragraph within ``room`` points of height: set smaller when it is long, and at the smallest size cut
        after the last line that fits, with an ellipsis (the shop sees this in the template preview)."""
        for scale in (1.0, 0.9, 0.8, 0.72):
            lines = self._lines(text, labels, size * scale, box.inner_width)
            if _height(len(lines), size * scale) <= room:
                break
        size *= scale
        fit = max(1, int((room - size * 1.3) // (size * 1.35)) + 1)
        if len(lines) > fit:
            lines = lines[: fit - 1] + self._lines("…", labels, size, box.inner_width)
        leading = size * 1.35
        box.cursor -= size
        box.cursor = draw_lines(
            canvas, lines, box.inner_left, box.cursor, box.inner_width, leading, align or _lead(box)
        )
        box.cursor += leading - size * (0.3 + gap)

    def _item_height(self, box: _Box, item: DocumentItem, labels, size) -> float:
        figure, lines, _text_width, _figure_width = self._pair_layout(
            box, _item_words(item, labels), isolate(item.price_text), labels, size
        )
        height = max(len(figure), len(lines), 1) * size * 1.3 + size * 0.2
        for note in (item.discount_text, item.tip):
            if note:
                lines = len(self._lines(isolate(note), labels, size * 0.8, box.inner_width))
                height += (lines * 1.35 + 0.25) * size * 0.8
        return height

    def _cut_marks(self, canvas: Canvas, width: float, height: float, across: int, down: int) -> None:
        """Marks where to cut, inside the 6 mm most office printers leave unprinted, and a cross at each point
        where cuts meet or, on 2 per sheet, at the middle of the cut."""
        canvas.saveState()
        canvas.setLineWidth(0.3)
        canvas.setStrokeGray(0.4)
        edge = PRINTABLE_MARGIN
        for column in range(1, across):
            x = width * column / across
            canvas.line(x, edge, x, edge + CUT_MARK)
            canvas.line(x, height - edge - CUT_MARK, x, height - edge)
        for row in range(1, down):
            y = height * row / down
            canvas.line(edge, y, edge + CUT_MARK, y)
            canvas.line(width - edge - CUT_MARK, y, width - edge, y)
        half = CUT_MARK / 2
        for column in range(1, across):
            for row in range(1, down) if down > 1 else (0.5,):
                x, y = width * column / across, height * row / down
                canvas.line(x - half, y, x + half, y)
                canvas.line(x, y - half, x, y + half)
        canvas.restoreState()

    def _base_size(self, width: float) -> float:
        return max(8.0, min(12.0, 9.0 * width / (105 * mm)))

    def _qr_with_caption(self, canvas, box: _Box, url: str, caption: str, labels, size: float, slot: int = 0) -> float:
        """A QR code at the bottom of the box, its caption beside it; returns the height used."""
        qr_size = max(28 * mm, min(45 * mm, box.inner_width * 0.32))
        column_width = box.inner_width / 2 if slot or self._two_codes else box.inner_width
        left = box.leading_x(qr_size) if not slot else box.trailing_x(qr_size)
        if self._two_codes:
            offset = 0 if (slot == 0) != box.rtl else box.inner_width / 2
            left = box.inner_left + offset + (column_width - qr_size) / 2
            draw_qr(canvas, url, left, box.bottom + size * 2.6, qr_size)
            lines = self._lines(caption, labels, size * 0.85, column_width)
            draw_lines(canvas, lines, box.inner_left + offset, box.bottom + size * 1.6, column_width, size, "center")
            return qr_size + size * 2.6
        draw_qr(canvas, url, left, box.bottom, qr_size)
        text_width = box.inner_width - qr_size - 3 * mm
        text_left = box.inner_left if box.rtl else box.inner_left + qr_size + 3 * mm
        lines = self._lines(caption, labels, size, text_width)
        top = box.bottom + qr_size / 2 + len(lines) * size * 1.3 / 2 - size
        draw_lines(canvas, lines, text_left, top, text_width, size * 1.3, "right" if box.rtl else "left")
        return qr_size

    # -- packing insert ----------------------------------------------------------------------------------------

    def _insert(self, canvas, doc: Document, x, y, width, height, logo_form) -> None:
        labels = doc.labels
        size = self._base_size(width)
        box = _Box(x, y, width, height, labels.rtl, margin=max(6 * mm, width * 0.06))
        self._two_codes = bool(doc.review_url and doc.feedback_url)

        # Header: logo and shop name on the reading side, the order's barcode on the other.
        barcode_width, barcode_height = self._barcode(canvas, box, doc, size)
        header_width = box.inner_width - barcode_width - 4 * mm
        logo_height = 0.0
        if logo_form:
            logo_height = min(14 * mm, height * 0.1)
            logo_width = min(header_width, logo_height * self._logo_ratio)
            center = box.leading_x(logo_width) + logo_width / 2
            self._draw_logo(canvas, logo_form, center, box.cursor, logo_width, logo_height)
            box.cursor -= logo_height + 2 * mm
        name_lines = self._lines(isolate(self.shop.name), labels, size * 1.3, header_width, bold=True)
        if len(name_lines) > 2:  # a very long shop name keeps to two lines
            name_lines = name_lines[:2]
        name_left = box.inner_left + (0 if not labels.rtl else box.inner_width - header_width)
        box.cursor -= size * 1.3
        box.cursor = draw_lines(canvas, name_lines, name_left, box.cursor, header_width, size * 1.6, _lead(box))
        box.cursor = min(box.cursor + size * 1.6 - size * 0.5, box.y + box.height - box.margin - barcode_height)
        order_line = f"{labels.order} {doc.order_number_text} · {doc.date_text}"
        self._text(canvas, box, order_line, labels, size * 0.95)
        if self.shop.contact:
            canvas.saveState()
            canvas.setFillGray(0.35)
            self._fitted_text(canvas, box, isolate(self.shop.contact), labels, size * 0.75, _height(2, size * 0.75))
            canvas.restoreState()
        self._rule(canvas, box)
        if doc.ship_to:
            self._ship_to(canvas, box, doc, labels, size)

        # What is at the bottom decides how much room the message and the item list have.
        bottom_height = 0.0
        if doc.review_url:
            bottom_height = max(28 * mm, min(45 * mm, box.inner_width * 0.32)) + (size * 2.6 if self._two_codes else 0)
        extras = [text for text in (doc.gift_line, doc.return_by_text) if text]
        reserved = bottom_height + size * 1.6 * (len(extras) + (2 if doc.discount_code else 0))
        reserved += (size * 4.5 if doc.loyalty else 0) + 4 * mm
        policy_room = _height(3, size * 0.78) if doc.policy_text else 0.0
        reserved += policy_room

        if doc.message:  # leaves room for the items' heading, the first item, the total and "more items"
            items_room = 0.0
            if doc.items:  # the first item, then "continued on the next page"
                items_room = _height(1, size) + self._item_height(box, doc.items[0], labels, size)
                items_room += self._totals_height(doc, size) + (size * 1.4 if len(doc.items) > 1 else 0)
            room = box.cursor - (box.bottom + reserved + items_room)
            # The greeting keeps two lines at least; the items then continue on the next page if they must.
            room = max(room, _height(2, size * 1.05 * 0.72) + 0.5)
            self._fitted_text(canvas, box, doc.message, labels, size * 1.05, room, gap=0.8)

        shown = len(doc.items)
        self._marker = None
        if doc.items:
            self._text(canvas, box, labels.items, labels, size, bold=True, gap=0.4)
            total_height = self._totals_height(doc, size)
            for index, item in enumerate(doc.items):
                need = self._item_height(box, item, labels, size)
                tail = total_height if index == len(doc.items) - 1 else size * 1.4
                if box.cursor - need < box.bottom + reserved + tail:
                    # The rest continue on the next page(s); this line says so once their number is known.
                    shown = index
                    self._marker = (box, box.cursor, size)
                    box.cursor -= size * 1.4
                    break
                self._item(canvas, box, item, labels, size)
            if shown == len(doc.items):
                if doc.totals:
                    self._totals(canvas, box, doc.totals, labels, size)
                elif doc.total_text:
                    self._pair(canvas, box, "", isolate(doc.total_text), labels, size, bold=True)
            box.cursor -= size * 0.4

        # The footer (gift line, return-by date, code, card) flows on after the items, never down into the QR.
        box.cursor = max(box.cursor, box.bottom + reserved - 4 * mm)
        for text in extras:
            self._text(canvas, box, text, labels, size * 0.95)
        if doc.policy_text:
            canvas.saveState()
            canvas.setFillGray(0.3)
            self._fitted_text(canvas, box, doc.policy_text, labels, size * 0.78, policy_room)
            canvas.restoreState()
        if doc.discount_code:
            self._discount(canvas, box, doc, labels, size)
        if doc.loyalty:
            self._loyalty(canvas, box, doc.loyalty, labels, size)
        if doc.review_url:
            self._qr_with_caption(canvas, box, doc.review_url, labels.review, labels, size)
            if doc.feedback_url:
                self._qr_with_caption(canvas, box, doc.feedback_url, labels.feedback, labels, size, slot=1)
        return shown

    def _barcode(self, canvas, box: _Box, doc: Document, size: float) -> tuple[float, float]:
        """The order's Code 128 at the top of the box on the trailing side, its number under it; returns the width
        and height used. Bars of 0.53 mm: three dots a bar at 150 dpi, four on a 203 dpi label printer."""
        barcode = Code128(str(doc.order_number), barHeight=max(size * 2.2, 9 * mm), barWidth=1.5, quiet=False)
        left = box.trailing_x(barcode.width)
        top = box.y + box.height - box.margin
        barcode.drawOn(canvas, left, top - barcode.height)
        number = size * 0.8
        canvas.setFont("Helvetica", number)  # ASCII digits, as the bars carry them
        canvas.drawCentredString(left + barcode.width / 2, top - barcode.height - number * 1.1, str(doc.order_number))
        return barcode.width, barcode.height + number * 1.4

    def _ship_to(self, canvas, box: _Box, doc: Document, labels, size) -> None:
        """Where the parcel goes: the recipient in bold, the address lines, the phone; then carrier and tracking."""
        heading = f"{labels.ship_to}: {isolate(doc.ship_to_name)}" if doc.ship_to_name.strip() else labels.ship_to
        self._text(canvas, box, heading, labels, size, bold=True, gap=0.1)
        # address_lines laid them out (isolated codes) in the country's order; a small card runs them on in one
        # paragraph, a page of A5 or more gives each its line.
        # Each line is isolated (FSI … PDI) so lines in another script keep their order when run on.
        comma = "\u060c " if box.rtl else ", "
        rows = doc.ship_to if box.width > 120 * mm else [comma.join(f"\u2068{line}\u2069" for line in doc.ship_to)]
        for line in rows:
            self._text(canvas, box, line, labels, size * 0.85, gap=0.05)
        if doc.shipping_line:
            self._text(canvas, box, doc.shipping_line, labels, size * 0.85, bold=True, gap=0.1)
        box.cursor -= size * 0.2
        self._rule(canvas, box)

    # -- a long order's next pages -----------------------------------------------------------------------------

    def _page_of(self, doc: Document, page: int, pages: int) -> str:
        digits = str.maketrans("0123456789", doc.digits)
        return doc.labels.page_of.replace("%1", str(page).translate(digits)).replace("%2", str(pages).translate(digits))

    def _continuation_header(self, size: float) -> float:
        return max(_height(1, size * 1.2) + _height(2, size * 0.95), max(size * 2.2, 9 * mm) + size * 1.12) + 3 * mm

    def _continuations(self, doc: Document, shown: int, width: float, height: float) -> list[tuple[int, int]]:
        """The items each next page carries, [start, end) — measured as ``_continuation`` draws them: the
        totals after the last item, and a page always takes at least one item, so no line is ever dropped."""
        labels = doc.labels
        size = self._base_size(width)
        box = _Box(0, 0, width, height, labels.rtl, margin=max(6 * mm, width * 0.06))
        room = box.height - 2 * box.margin - self._continuation_header(size) - size
        pages, index = [], shown
        while index < len(doc.items):
            start, used = index, 0.0
            while index < len(doc.items):
                need = self._item_height(box, doc.items[index], labels, size)
                tail = self._totals_height(doc, size) if index == len(doc.items) - 1 else 0.0
                if index > start and used + need + tail > room:
                    break
                used += need
                index += 1
            pages.append((start, index))
        return pages

    def _first_page_marker(self, canvas, doc: Document, pages: int) -> None:
        box, cursor, size = self._marker
        box.cursor = cursor
        text = f"{doc.labels.continued_next} · {self._page_of(doc, 1, pages)}"
        self._text(canvas, box, text, doc.labels, size * 0.9, bold=True)

    def _continuation(self, canvas, doc: Document, x, y, width, height, items: tuple[int, int], page, pages) -> None:
        """A next page of a long order: the shop, the order (continued, page n of m), its items, and after the
        last item the totals. The barcode is on every page; the QR code and the footer stay on the first."""
        labels = doc.labels
        size = self._base_size(width)
        box = _Box(x, y, width, height, labels.rtl, margin=max(6 * mm, width * 0.06))
        top = box.cursor
        barcode_width, _ = self._barcode(canvas, box, doc, size)  # every page of the order scans
        head = _Box(box.x, box.y, box.width - barcode_width - 4 * mm, box.height, box.rtl, margin=box.margin)
        if box.rtl:
            head.x += barcode_width + 4 * mm
        name = self._lines(isolate(self.shop.name), labels, size * 1.2, head.inner_width, bold=True)[:1]
        head.cursor -= size * 1.2
        head.cursor = draw_lines(canvas, name, head.inner_left, head.cursor, head.inner_width, size * 1.5, _lead(head))
        head.cursor += size * 1.5 - size * 0.5
        line = f"{labels.order} {doc.order_number_text} · {labels.continued} · {self._page_of(doc, page, pages)}"
        self._fitted_text(canvas, head, line, labels, size * 0.95, _height(2, size * 0.95))
        box.cursor = top - self._continuation_header(size) + 2 * mm
        self._rule(canvas, box)
        box.cursor -= size * 0.2
        start, end = items
        for item in doc.items[start:end]:
            self._item(canvas, box, item, labels, size)
        if end == len(doc.items):
            if doc.totals:
                self._totals(canvas, box, doc.totals, labels, size)
            elif doc.total_text:
                self._pair(canvas, box, "", isolate(doc.total_text), labels, size, bold=True)

    def _totals_height(self, doc: Document, size: float) -> float:
        if doc.totals:
            return len(doc.totals) * size * 1.3 + size * 0.6
        return size * 1.4 if doc.total_text else 0.0

    def _totals(self, canvas, box: _Box, rows: tuple[TotalRow, ...], labels, size) -> None:
        """Subtotal, discount, shipping, total (bold, under a rule), then paid and what is left to pay."""
        box.cursor -= size * 0.2
        self._rule(canvas, box)
        box.cursor += 2 * mm - size * 0.3
        for row in rows:
            self._pair(canvas, box, row.label, isolate(row.amount), labels, size * 0.95, bold=row.bold)
            box.cursor += size * 0.1

    def _rule(self, canvas, box: _Box) -> None:
        canvas.saveState()
        canvas.setStrokeGray(0.75)
        canvas.setLineWidth(0.5)
        canvas.line(box.inner_left, box.cursor, box.inner_left + box.inner_width, box.cursor)
        canvas.restoreState()
        box.cursor -= 2 * mm

    def _pair_layout(self, box: _Box, left_text: str, right_text: str, labels, size, bold=False):  # noqa: ANN202
        fonts = self.fonts.bold if bold else self.fonts.regular
        figure = layout(right_text, fonts, size, box.inner_width / 2, rtl=labels.rtl, language=labels.language)
        figure_width = max((line.width for line in figure), default=0.0)
        text_width = box.inner_width - figure_width - 3 * mm
        lines = self._lines(left_text, labels, size, text_width, bold) if left_text else []
        return figure, lines, text_width, figure_width

    def _pair(self, canvas, box: _Box, left_text: str, right_text: str, labels, size, bold=False) -> None:
        """A line with text at the reading start and a figure at the end (prices, totals); either may wrap."""
        figure, lines, text_width, figure_width = self._pair_layout(box, left_text, right_text, labels, size, bold)
        top = box.cursor - size
        draw_lines(canvas, figure, box.trailing_x(figure_width), top, figure_width, size * 1.3, "left")
        start = box.inner_left + (box.inner_width - text_width if labels.rtl else 0)
        draw_lines(canvas, lines, start, top, text_width, size * 1.3, _lead(box))
        rows = max(len(figure), len(lines), 1)
        box.cursor = top - (rows - 1) * size * 1.3 - size * 0.45

    def _item(self, canvas, box: _Box, item: DocumentItem, labels, size) -> None:
        self._pair(canvas, box, _item_words(item, labels), isolate(item.price_text), labels, size)
        if item.discount_text:
            canvas.saveState()
            canvas.setFillGray(0.35)
            self._text(canvas, box, item.discount_text, labels, size * 0.8, gap=0.3)
            canvas.restoreState()
        if item.tip:
            canvas.saveState()
            canvas.setFillGray(0.35)
            self._text(canvas, box, isolate(item.tip), labels, size * 0.8, gap=0.3)
            canvas.restoreState()

    def _discount(self, canvas, box: _Box, doc: Document, labels, size) -> None:
        height = size * 2.6
        canvas.saveState()
        canvas.setDash(3, 2)
        canvas.setStrokeGray(0.3)
        canvas.roundRect(box.inner_left, box.cursor - height, box.inner_width, height, 4)
        canvas.restoreState()
        inner = _Box(box.inner_left, box.cursor - height, box.inner_width, height, box.rtl, margin=size * 0.6)
        inner.cursor = box.cursor - size * 0.5
        self._pair(canvas, inner, labels.discount, isolate(doc.discount_code), labels, size, bold=True)
        box.cursor -= height + size * 0.6

    def _loyalty(self, canvas, box: _Box, card: LoyaltyCard, labels, size) -> None:
        self._text(canvas, box, labels.loyalty, labels, size * 0.95, bold=True, gap=0.3)
        radius = min(size * 1.1, box.inner_width / (card.size * 2.6))
        step = (box.inner_width - 2 * radius) / max(1, card.size - 1) if card.size > 1 else 0
        step = min(step, radius * 3)
        y = box.cursor - radius - 1
        canvas.saveState()
        for index in range(card.size):
            offset = radius + index * step
            # Stamps fill in reading order: from the right in Arabic and Persian.
            cx = box.inner_left + box.inner_width - offset if box.rtl else box.inner_left + offset
            filled = index < card.stamps
            canvas.setLineWidth(1.4 if card.highlighted == index + 1 else 0.8)
            canvas.setStrokeGray(0.0 if filled else 0.55)
            canvas.setFillGray(0.15 if card.highlighted == index + 1 else 0.55)
            canvas.circle(cx, y, radius, stroke=1, fill=1 if filled else 0)
        canvas.restoreState()
        box.cursor = y - radius - size * 0.6

    # -- thank-you note ----------------------------------------------------------------------------------------

    def _note(self, canvas, doc: Document, x, y, width, height, logo_form) -> None:
        labels = doc.labels
        if self.size == "a5":
            # A5 folded once to an A6 card, printed on one side: the front (logo, shop name) and the back (the
            # message and QR) side by side; the front is on the right for a left-to-right reader.
            half = width / 2
            self._note_front(canvas, labels, x if labels.rtl else x + half, y, half, height, logo_form)
            canvas.saveState()
            canvas.setDash(2, 3)
            canvas.setStrokeGray(0.7)
            canvas.line(x + half, y, x + half, y + 5 * mm)
            canvas.line(x + half, y + height - 5 * mm, x + half, y + height)
            canvas.restoreState()
            self._note_inside(canvas, doc, x + half if labels.rtl else x, y, half, height, None)
            return
        self._note_inside(canvas, doc, x, y, width, height, logo_form)

    def _note_front(self, canvas, labels, x, y, width, height, logo_form) -> None:
        size = self._base_size(width)
        box = _Box(x, y, width, height, labels.rtl, margin=width * 0.1)
        box.cursor = y + height * 0.68
        used = self._draw_logo(canvas, logo_form, x + width / 2, box.cursor + 30 * mm, width * 0.5, 28 * mm)
        if not used:
            box.cursor = y + height * 0.6
        self._text(canvas, box, isolate(self.shop.name), labels, size * 1.8, bold=True, align="center")

    def _note_inside(self, canvas, doc: Document, x, y, width, height, logo_form) -> None:
        labels = doc.labels
        size = self._base_size(width) * 1.15
        box = _Box(x, y, width, height, labels.rtl, margin=max(8 * mm, width * 0.08))
        self._two_codes = bool(doc.review_url and doc.feedback_url)
        used = self._draw_logo(canvas, logo_form, x + width / 2, box.cursor, box.inner_width * 0.6, 16 * mm)
        box.cursor -= used + (3 * mm if used else 0)
        self._text(canvas, box, labels.thank_you, labels, size * 1.6, bold=True, align="center", gap=0.8)
        qr_height = max(28 * mm, min(45 * mm, box.inner_width * 0.32)) + (size * 2.6 if self._two_codes else 0)
        signature = _height(1, size * 0.95) + size
        room = box.cursor - (box.bottom + (qr_height if doc.review_url else 0) + signature)
        self._fitted_text(canvas, box, doc.message, labels, size, room, align="center", gap=0.9)
        self._fitted_text(
            canvas, box, f"— {isolate(self.shop.name)}", labels, size * 0.95, _height(2, size * 0.95), align="center"
        )
        if doc.review_url:
            self._qr_with_caption(canvas, box, doc.review_url, labels.review, labels, size * 0.85)
            if doc.feedback_url:
                self._qr_with_caption(canvas, box, doc.feedback_url, labels.feedback, labels, size * 0.85, slot=1)


def _height(lines: int, size: float) -> float:
    """The height a paragraph of ``lines`` lines takes, as ``_text`` draws it."""
    return size + max(0, lines - 1) * size * 1.35 + size * 0.3


def _item_words(item: DocumentItem, labels: PrintLabels) -> str:
    sku = f" · {labels.sku} {isolate(item.sku)}" if item.sku else ""
    return f"{item.quantity_text} × {isolate(item.name)}{sku}"


def _lead(box: _Box) -> str:
    return "right" if box.rtl else "left"
