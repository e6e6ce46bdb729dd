"""The packing insert (packing slip), planned before it is drawn so that a typical order takes one sheet.

Page 1: the shop (logo, name, address, phone and e-mail) with the order's Code 128 beside it, the order and its
date, where the parcel goes, the greeting, then the items. After the last item come the sums and, once, at the
bottom of that page, the footer: gift line, return policy, and two columns, the return-by date, the reward code
and the loyalty card on the reading side, the QR codes on the other. A long order continues on further pages
(cells on a sheet of 2 or 4), each with the barcode and "continued · page n of m"; every page but the last ends
with "continued on the next page" beside a small review QR (so every page scans, the barcode and the QR); nothing
is reserved for the footer on any page but the last, and the last page always takes at least one item with the
sums.

Type scales with the page, less than the page does: a bigger page holds more lines, not the same ones larger.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm

from shopdesk.services.printing.bidi_text import draw_lines
from shopdesk.services.printing.boxes import NO_INK, _Box, _height, _lead, measured
from shopdesk.services.printing.qr import draw_qr
from shopdesk.services.printing.templates import isolate

if TYPE_CHECKING:
    from shopdesk.services.printing.documents import Document, DocumentItem
    from shopdesk.services.printing.labels import PrintLabels

ADDRESS_BLOCK = 160 * mm  # from this width (A4) the ship-to gives each address line its own, as on a label
QR_GAP = 3 * mm
COLUMN_GAP = 4 * mm


class InsertPages:
    """The packing insert's drawing, mixed into ``DocumentRenderer`` (which has the text, logo and rule helpers)."""

    def _slip_size(self, width: float) -> float:
        """Body type: 8.5 pt on A6, 10 pt on A5, 11 pt on A4 (it grows as the square root of the width)."""
        return max(8.0, min(11.0, 8.5 * (width / (105 * mm)) ** 0.5))

    def _slip_box(self, x: float, y: float, width: float, height: float, labels: PrintLabels) -> _Box:
        return _Box(x, y, width, height, labels.rtl, margin=max(6 * mm, width * 0.06))

    def _qr_side(self, box: _Box) -> float:
        """A QR code's side, quiet zone included: 24 mm on a small card (modules of half a millimetre for a
        tagged review address), up to 30 mm on bigger pages."""
        return max(24 * mm, min(30 * mm, box.inner_width * 0.24))

    # -- the whole insert ------------------------------------------------------------------------------------------

    def _insert(self, canvas, doc: Document, width, height, logo_form, open_cell: Callable[[], tuple[float, float]]):
        labels = doc.labels
        size = self._slip_size(width)
        x, y = open_cell()
        box = self._slip_box(x, y, width, height, labels)
        self._slip_header(canvas, box, doc, size, logo_form)
        if doc.ship_to:
            self._ship_to(canvas, box, doc, labels, size)
        elif doc.shipping_line:
            self._text(canvas, box, doc.shipping_line, labels, size * 0.85, bold=True)
            self._rule(canvas, box)
        room, pages = self._plan(box, doc, size, height)
        if doc.message:
            self._fitted_text(canvas, box, doc.message, labels, size * 1.05, room, gap=0.8)
        for number, (start, end) in enumerate(pages, start=1):
            if number > 1:
                x, y = open_cell()
                box = self._slip_box(x, y, width, height, labels)
                self._continued_header(canvas, box, doc, size, number, len(pages))
            elif doc.items:
                self._text(canvas, box, labels.items, labels, size, bold=True, gap=0.4)
            for item in doc.items[start:end]:
                self._item(canvas, box, item, labels, size)
            if number < len(pages):  # the marker (and its small QR) sits at the bottom of the page
                marker = measured(box, lambda ink, probe, n=number: self._marker(ink, probe, doc, size, n, len(pages)))
                box.cursor = min(box.cursor - size * 0.3, box.bottom + marker)
                self._marker(canvas, box, doc, size, number, len(pages))
                continue
            self._sums(canvas, box, doc, size)
            footer = measured(box, lambda ink, probe: self._footer(ink, probe, doc, size))
            if footer:
                box.cursor = min(box.cursor - size * 0.6, box.bottom + footer)  # the footer sits at the bottom
                self._footer(canvas, box, doc, size)

    def _plan(self, box: _Box, doc: Document, size: float, height: float) -> tuple[float, list[tuple[int, int]]]:
        """The greeting's room and the items each page takes, [start, end), measured as they are drawn. One page
        when the items, the sums and the footer fit under a greeting of two lines at least; otherwise the greeting
        keeps what page 1 has beside one item, items fill the pages, and the last page keeps at least one item
        with the sums and the footer. No item is ever left out."""
        labels = doc.labels
        message_size = size * 1.05
        heights = [self._item_height(box, item, labels, size) for item in doc.items]
        heading = measured(box, lambda ink, b: self._text(ink, b, labels.items, labels, size, bold=True, gap=0.4))
        tail = measured(box, lambda ink, b: self._sums(ink, b, doc, size))
        footer = measured(box, lambda ink, b: self._footer(ink, b, doc, size))
        tail += footer + (size * 0.6 if footer else 0.0)
        marker = measured(box, lambda ink, b: self._marker(ink, b, doc, size, 1, 9)) + size * 0.3 if doc.items else 0.0
        if not doc.items:
            heading = 0.0
        available = box.cursor - box.bottom
        least = _height(2, message_size * 0.72) + 0.5  # a greeting keeps two lines at least
        gap = message_size * 0.8  # what the greeting takes below its room

        def greeting(room: float) -> float:
            if not doc.message:
                return 0.0
            return measured(box, lambda ink, b: self._fitted_text(ink, b, doc.message, labels, message_size, room))

        one_page = available - heading - sum(heights) - tail - gap
        if not doc.message or one_page >= least:
            room = max(one_page, least)
            return room, [(0, len(heights))]
        first = heights[0] if heights else 0.0
        room = max(least, available - heading - first - marker - gap)
        page_room = available - (greeting(room) + gap if doc.message else 0.0) - heading
        next_room = height - 2 * box.margin - self._continued_header_height(size)
        pages: list[tuple[int, int]] = []
        index = 0
        while True:
            if sum(heights[index:]) + tail <= page_room or index == len(heights):
                pages.append((index, len(heights)))
                return room, pages
            end, used = index, 0.0
            while end < len(heights) and used + heights[end] <= page_room - marker:
                used += heights[end]
                end += 1
            if end == len(heights):  # the last item goes over with the sums
                end -= 1
            if end == index and pages:  # a next page takes one item at least, however tall
                end += 1
            pages.append((index, end))
            index, page_room = end, next_room

    # -- page 1's head ----------------------------------------------------------------------------------------------

    def _slip_header(self, canvas, box: _Box, doc: Document, size: float, logo_form) -> None:
        """Logo and shop name on the reading side, the order's barcode on the other; then the order and date, the
        shop's address, phone and e-mail small, and a rule."""
        labels = doc.labels
        barcode_width, barcode_height = self._barcode(canvas, box, doc, size)
        header_width = box.inner_width - barcode_width - COLUMN_GAP
        if logo_form:
            logo_height = min(14 * mm, max(8 * mm, box.height * 0.055))
            logo_width = min(header_width, logo_height * self._logo_ratio)
            center = box.leading_x(logo_width) + logo_width / 2
            self._draw_logo(canvas, logo_form, center, box.cursor, logo_width, logo_height)
            box.cursor -= logo_height + 1.5 * mm
        name_lines = self._lines(isolate(self.shop.name), labels, size * 1.3, header_width, bold=True)[:2]
        name_left = box.inner_left + (0 if not labels.rtl else box.inner_width - header_width)
        box.cursor -= size * 1.3
        box.cursor = draw_lines(canvas, name_lines, name_left, box.cursor, header_width, size * 1.6, _lead(box))
        box.cursor = min(box.cursor + size * 1.6 - size * 0.5, box.y + box.height - box.margin - barcode_height)
        self._text(canvas, box, f"{labels.order} {doc.order_number_text} · {doc.date_text}", labels, size * 0.95)
        if self.shop.contact:
            canvas.saveState()
            canvas.setFillGray(0.35)
            self._fitted_text(canvas, box, isolate(self.shop.contact), labels, size * 0.75, _height(2, size * 0.75))
            canvas.restoreState()
        self._rule(canvas, box)

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
        """Where the parcel goes: the recipient in bold, the address lines, the phone; then carrier and tracking.
        Up to A5 the address runs on in one paragraph (two or three lines on A6): the shipping label carries it
        line by line; an A4 page has the room to give each line its own."""
        heading = f"{labels.ship_to}: {isolate(doc.ship_to_name)}" if doc.ship_to_name.strip() else labels.ship_to
        self._text(canvas, box, heading, labels, size * 0.95, bold=True, gap=0.05)
        # address_lines laid them out (isolated codes) in the country's order; each is isolated (FSI … PDI) so a
        # line in another script keeps its own order ("Jeddah 23435" on an Arabic page), run on or not.
        comma = "\u060c " if box.rtl else ", "
        lines = [f"\u2068{line}\u2069" for line in doc.ship_to]
        rows = lines if box.width >= ADDRESS_BLOCK else [comma.join(lines)]
        for line in rows:
            self._text(canvas, box, line, labels, size * 0.85, gap=0.05)
        if doc.shipping_line:
            self._text(canvas, box, doc.shipping_line, labels, size * 0.85, bold=True, gap=0.05)
        box.cursor -= size * 0.15
        self._rule(canvas, box)

    # -- a long order's next pages ----------------------------------------------------------------------------------

    def _page_of(self, doc: Document, page: int, pages: int) -> str:
        digits = str.maketrans("0123456789", doc.digits)
        return doc.labels.page_of.replace("%1", str(page).translate(digits)).replace("%2", str(pages).translate(digits))

    def _continued_header_height(self, size: float) -> float:
        return max(_height(1, size * 1.2) + _height(2, size * 0.95), max(size * 2.2, 9 * mm) + size * 1.12) + 3 * mm

    def _continued_header(self, canvas, box: _Box, doc: Document, size: float, page: int, pages: int) -> None:
        """A next page's head: the shop, the order (continued, page n of m) and the barcode (every page scans)."""
        labels = doc.labels
        top = box.cursor
        barcode_width, _ = self._barcode(canvas, box, doc, size)
        head = _Box(box.x, box.y, box.width - barcode_width - COLUMN_GAP, box.height, box.rtl, margin=box.margin)
        if box.rtl:
            head.x += barcode_width + COLUMN_GAP
        name = self._lines(isolate(self.shop.name), labels, size * 1.2, head.inner_width, bold=True)[:1]
        head.cursor -= size * 1.2
        head.cursor = draw_lines(canvas, name, head.inner_left, head.cursor, head.inner_width, size * 1.5, _lead(head))
        head.cursor += size * 1.5 - size * 0.5
        line = f"{labels.order} {doc.order_number_text} · {labels.continued} · {self._page_of(doc, page, pages)}"
        self._fitted_text(canvas, head, line, labels, size * 0.95, _height(2, size * 0.95))
        box.cursor = top - self._continued_header_height(size) + 2 * mm
        self._rule(canvas, box)
        box.cursor -= size * 0.2

    def _marker(self, canvas, box: _Box, doc: Document, size: float, page: int, pages: int) -> None:
        """The foot of a page that is not the last: "continued on the next page · page n of m" and, when the shop
        has a review page, a small review QR beside it (so every page scans), its caption under the words."""
        labels = doc.labels
        text = f"{labels.continued_next} · {self._page_of(doc, page, pages)}"
        if not doc.review_url:
            self._text(canvas, box, text, labels, size * 0.9, bold=True)
            return
        side = self._small_qr_side(box)
        self._rule(canvas, box)
        top = box.cursor
        self._draw_qr(canvas, doc.review_url, box.trailing_x(side), top - side, side)
        words = _Box(box.x, box.y, box.width - side - COLUMN_GAP, box.height, box.rtl, margin=box.margin)
        if box.rtl:
            words.x += side + COLUMN_GAP

        def say(ink, into: _Box) -> None:  # noqa: ANN001
            self._text(ink, into, text, labels, size * 0.9, bold=True, gap=0.2)
            ink.saveState()
            ink.setFillGray(0.35)
            self._text(ink, into, labels.review, labels, size * 0.78, gap=0.0)
            ink.restoreState()

        words.cursor = top - max(0.0, (side - measured(words, say)) / 2)  # the words level with the code's middle
        say(canvas, words)
        box.cursor = min(top - side, words.cursor)

    def _small_qr_side(self, box: _Box) -> float:
        """The review QR at the foot of a page that is not the last, quiet zone included: 19 mm on a small card
        (modules of 0.4 mm, over two dots at 150 dpi, for a tagged review address), up to 22 mm on bigger pages."""
        return max(19 * mm, min(22 * mm, box.inner_width * 0.2))

    # -- items and sums -----------------------------------------------------------------------------------------

    def _item_height(self, box: _Box, item: DocumentItem, labels, size) -> float:
        figure, lines, _text_width, _figure_width = self._pair_layout(
            box, _item_words(item, labels), _amount(item.price_text), labels, size
        )
        height = max(len(figure), len(lines), 1) * size * 1.3 + size * 0.2
        for note in (item.discount_text, isolate(item.tip) if item.tip else ""):
            if note:
                lines = len(self._lines(note, labels, size * 0.8, box.inner_width))
                height += (lines * 1.35 + 0.25) * size * 0.8
        return height

    def _item(self, canvas, box: _Box, item: DocumentItem, labels, size) -> None:
        self._pair(canvas, box, _item_words(item, labels), _amount(item.price_text), labels, size)
        for note in (item.discount_text, isolate(item.tip) if item.tip else ""):
            if note:
                canvas.saveState()
                canvas.setFillGray(0.35)
                self._text(canvas, box, note, labels, size * 0.8, gap=0.3)
                canvas.restoreState()

    def _sums(self, canvas, box: _Box, doc: Document, size: float) -> None:
        """Subtotal, discount, shipping, total (bold, under a rule), then paid and what is left to pay; or the one
        total line of a document made without them; nothing on a gift."""
        if doc.totals:
            box.cursor -= size * 0.2
            self._rule(canvas, box)
            box.cursor += 2 * mm - size * 0.3
            for row in doc.totals:
                self._pair(canvas, box, row.label, _amount(row.amount), doc.labels, size * 0.95, bold=row.bold)
                box.cursor += size * 0.1
        elif doc.total_text:
            self._pair(canvas, box, "", _amount(doc.total_text), doc.labels, size, bold=True)

    def _pair_layout(self, box: _Box, left_text: str, right_text: str, labels, size, bold=False):  # noqa: ANN202
        figure = self._lines(right_text, labels, size, box.inner_width / 2, bold)
        figure_width = max((line.width for line in figure), default=0.0)
        text_width = box.inner_width - figure_width - 3 * mm
        lines = self._lines(left_text, labels, size, text_width, bold) if left_text else ()
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

    # -- the footer, on the last page ------------------------------------------------------------------------------

    def _footer(self, canvas, box: _Box, doc: Document, size: float) -> None:
        """Gift line and return policy across the box; under them two columns: the return-by date, the reward code
        and the loyalty card on the reading side, the QR codes with their captions on the other."""
        labels = doc.labels
        if doc.gift_line:
            self._text(canvas, box, doc.gift_line, labels, size * 0.95)
        if doc.policy_text:
            canvas.saveState()
            canvas.setFillGray(0.3)
            self._fitted_text(canvas, box, doc.policy_text, labels, size * 0.78, _height(3, size * 0.78), gap=0.5)
            canvas.restoreState()
        pairs = ((doc.review_url, labels.review), (doc.feedback_url, labels.feedback))
        codes = [(url, caption) for url, caption in pairs if url]
        notes = bool(doc.return_by_text or doc.discount_code or doc.loyalty)
        if not codes:
            self._notes(canvas, box, doc, size)
            return
        side = self._qr_side(box)
        top = box.cursor - size * 0.2
        if not notes and len(codes) == 1:  # one code: its caption beside it, on the reading side
            url, caption = codes[0]
            self._draw_qr(canvas, url, box.trailing_x(side), top - side, side)
            words = _Box(box.x, box.y, box.width - side - COLUMN_GAP, box.height, box.rtl, margin=box.margin)
            if box.rtl:
                words.x += side + COLUMN_GAP
            lines = self._lines(caption, labels, size, words.inner_width)
            middle = top - side / 2 + len(lines) * size * 1.3 / 2 - size
            draw_lines(canvas, lines, words.inner_left, middle, words.inner_width, size * 1.3, _lead(words))
            box.cursor = top - side
            return
        slot = side + QR_GAP if notes else box.inner_width / len(codes)
        column = slot * len(codes)
        lowest = top
        for index, (url, caption) in enumerate(codes):  # the review code first, in reading order
            left = box.trailing_x(column) + (column - (index + 1) * slot if box.rtl else index * slot)
            self._draw_qr(canvas, url, left + (slot - side) / 2, top - side, side)
            caption_size = max(6.0, size * 0.78)
            lines = self._lines(caption, labels, caption_size, slot - QR_GAP / 2)
            end = draw_lines(canvas, lines, left, top - side - caption_size * 0.4, slot, caption_size * 1.2, "center")
            lowest = min(lowest, end + caption_size * 0.2)
        if notes:
            column_box = _Box(box.x, box.y, box.width - column - COLUMN_GAP, box.height, box.rtl, margin=box.margin)
            if box.rtl:  # the codes on the left
                column_box.x += column + COLUMN_GAP
            column_box.cursor = box.cursor
            self._notes(canvas, column_box, doc, size)
            lowest = min(lowest, column_box.cursor)
        box.cursor = lowest

    def _draw_qr(self, canvas, url: str, left: float, bottom: float, side: float) -> None:
        if canvas is not NO_INK:  # a code is not worked out only to be measured
            draw_qr(canvas, url, left, bottom, side)

    def _notes(self, canvas, box: _Box, doc: Document, size: float) -> None:
        labels = doc.labels
        if doc.return_by_text:
            self._text(canvas, box, doc.return_by_text, labels, size * 0.9, gap=0.5)
        if doc.discount_code:
            self._reward_code(canvas, box, doc, labels, size)
        if doc.loyalty:
            self._loyalty(canvas, box, doc.loyalty, labels, size)

    def _reward_code(self, canvas, box: _Box, doc: Document, labels, size) -> None:
        """The code for next time in a dashed box: its words, then the code itself, larger, under them."""
        pad = size * 0.5
        outer = min(box.inner_width, 75 * mm)  # a coupon's width, not the width of an A4 column
        left = box.leading_x(outer)
        width = outer - 2 * pad
        words = self._lines(labels.discount, labels, size * 0.85, width)
        code = self._lines(isolate(doc.discount_code), labels, size * 1.1, width, bold=True)
        height = pad + len(words) * size * 0.85 * 1.3 + len(code) * size * 1.1 * 1.25 + pad * 0.6
        canvas.saveState()
        canvas.setDash(3, 2)
        canvas.setStrokeGray(0.3)
        canvas.roundRect(left, box.cursor - height, outer, height, 4)
        canvas.restoreState()
        y = box.cursor - pad - size * 0.85
        y = draw_lines(canvas, words, left + pad, y, width, size * 0.85 * 1.3, "center")
        draw_lines(canvas, code, left + pad, y - size * 0.25, width, size * 1.1 * 1.25, "center")
        box.cursor -= height + size * 0.6

    def _loyalty(self, canvas, box: _Box, card, labels, size) -> None:  # noqa: ANN001
        self._text(canvas, box, labels.loyalty, labels, size * 0.9, bold=True, gap=0.3)
        radius = min(size * 0.9, box.inner_width / (card.size * 2.6))
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
        box.cursor = y - radius - size * 0.4


def _item_words(item: DocumentItem, labels: PrintLabels) -> str:
    sku = f" · {labels.sku} {isolate(item.sku)}" if item.sku else ""
    return f"{item.quantity_text} × {isolate(item.name)}{sku}"


def _amount(text: str) -> str:
    """A sum kept left to right (U+2066 … U+2069), so every row of a column has its currency on the same side: an
    Arabic negative (its sign after an Arabic letter mark) would otherwise read right to left, "SAR ٢٫٩٠-"."""
    return f"\u2066{text}\u2069" if text else ""
