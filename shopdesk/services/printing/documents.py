"""Thank-you notes and packing inserts drawn with ReportLab, in any of the page sizes the shop prints on.

A document is drawn into a box, so the same drawing serves a whole A6 page, a quarter of an A4 sheet (4-up, with
cut marks) or the inside half of a folded A5 card. Every word reaches the page through ``bidi_text``; nothing here
uses ReportLab's paragraph markup, so names and messages print literally.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

from reportlab.lib.pagesizes import A4, A5, A6, landscape
from reportlab.lib.units import inch, mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from shopdesk.services.printing import SIZE_NAMES
from shopdesk.services.printing.bidi_text import Fonts, Line, draw_lines, layout
from shopdesk.services.printing.boxes import _Box, _height, _lead
from shopdesk.services.printing.fonts import SAVE_LOCK, document_fonts
from shopdesk.services.printing.insert_pages import InsertPages
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


class DocumentRenderer(InsertPages):
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

        open_clip = False

        def open_cell() -> tuple[float, float]:
            """The next cell, clipped to itself (the one before closed): an insert calls it for each page."""
            nonlocal open_clip
            if open_clip:
                canvas.restoreState()
            x, y = cell()
            clipped(x, y)
            open_clip = True
            return x, y

        for document in documents:
            if kind == "notes":
                x, y = open_cell()
                self._note(canvas, document, x, y, cell_width, cell_height, logo_form)
            else:
                self._insert(canvas, document, cell_width, cell_height, logo_form, open_cell)
            canvas.restoreState()
            open_clip = False
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

    def _lines(self, text: str, labels: PrintLabels, size: float, width: float, bold: bool = False) -> tuple[Line]:
        fonts: Fonts = self.fonts.bold if bold else self.fonts.regular
        return _laid_out(text, fonts, size, width, labels.rtl, labels.language)

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

    def _rule(self, canvas, box: _Box) -> None:
        canvas.saveState()
        canvas.setStrokeGray(0.75)
        canvas.setLineWidth(0.5)
        canvas.line(box.inner_left, box.cursor, box.inner_left + box.inner_width, box.cursor)
        canvas.restoreState()
        box.cursor -= 2 * mm

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


@lru_cache(maxsize=4096)
def _laid_out(text: str, fonts: Fonts, size: float, width: float, rtl: bool, language: str) -> tuple[Line, ...]:
    """``layout``, kept: the same labels and captions print on every insert, and an insert's parts are laid out
    once to be measured and again to be drawn."""
    return tuple(layout(text, fonts, size, width, rtl=rtl, language=language))
