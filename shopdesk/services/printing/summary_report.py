"""The summary as a PDF report (figures, a bar chart of return reasons, the cohort table as a heat map) and as CSV,
right to left where the language reads so. The text comes in already translated and written."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from shopdesk.services.csv_cells import safe_cell
from shopdesk.services.files import written_whole
from shopdesk.services.printing.bidi_text import draw_lines, layout
from shopdesk.services.printing.fonts import SAVE_LOCK, document_fonts
from shopdesk.services.printing.templates import isolate


def write_csv(rows: Sequence[Sequence[str]], out: Path) -> Path:
    """UTF-8 with a byte-order mark (Excel then reads Arabic and Persian), written whole or not at all."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow([safe_cell(str(cell)) for cell in row])
    return _write(Path(out), ("\ufeff" + buffer.getvalue()).encode("utf-8"))


@dataclass(frozen=True)
class ReportTable:
    """A table of already-written cells; ``widths`` are shares of the page's width, in reading order."""

    title: str
    header: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths: Sequence[float]
    shades: Sequence[Sequence[Decimal | None]] | None = None  # per cell, 0 to 1: how dark its heat-map fill is
    note: str = ""
    size: float = 10.5


@dataclass(frozen=True)
class ReportBars:
    """A horizontal bar chart: (name, the number as written, the number) per bar, largest first."""

    title: str
    bars: Sequence[tuple[str, str, int]]
    empty: str  # said instead of the chart when there are no bars


_BAR_RGB = (0.13, 0.59, 0.85)  # the screen's chart blue


class _Page:
    """Where the next line goes on the canvas, starting a new page when the space runs out."""

    def __init__(self, canvas: Canvas, rtl: bool, language: str) -> None:
        self.canvas, self.rtl, self.language = canvas, rtl, language
        self.fonts = document_fonts()
        width, self.height = A4
        self.margin = 18 * mm
        self.inner = width - 2 * self.margin
        self.align = "right" if rtl else "left"
        self.y = self.height - self.margin - 18

    def room(self, needed: float) -> None:
        if self.y - needed < self.margin:
            self.canvas.showPage()
            self.y = self.height - self.margin - 18

    def text(self, text: str, face: str, size: float, leading: float) -> None:
        lines = layout(text, face, size, self.inner, rtl=self.rtl, language=self.language)
        self.room(leading * len(lines))
        self.y = draw_lines(self.canvas, lines, self.margin, self.y, self.inner, leading, self.align)

    def cells(self, row: Sequence[str], widths: Sequence[float], face: str, size: float, shades=None) -> None:  # noqa: ANN001
        """One table row: cells in reading order (right to left in Arabic and Persian), a rule under it."""
        leading = size * 1.35
        laid = []
        for column, (share, cell) in enumerate(zip(widths, row, strict=True)):
            cell_width = self.inner * share
            # captions read in the document's direction; figures (money with a Latin code) keep their own
            text = str(cell) if column == 0 else isolate(str(cell))
            laid.append((cell_width, layout(text, face, size, cell_width - 6, rtl=self.rtl, language=self.language)))
        self.room(leading * max(len(lines) for _w, lines in laid) + 4)
        x = self.margin + self.inner if self.rtl else self.margin
        tallest = self.y
        for column, (cell_width, lines) in enumerate(laid):
            left = x - cell_width if self.rtl else x
            shade = shades[column] if shades is not None else None
            if shade is not None:  # heat map: the larger the share, the deeper the blue
                depth = float(shade)  # a colour, not an amount
                self.canvas.setFillColorRGB(*(1 - depth * (1 - c) * 0.75 for c in _BAR_RGB))  # text stays legible
                bottom = self.y - leading * len(lines) + leading - size * 0.45  # on the rule under the row
                self.canvas.rect(left + 0.5, bottom + 0.5, cell_width - 1, leading * len(lines) + 3, stroke=0, fill=1)
                self.canvas.setFillGray(0)
            end = draw_lines(self.canvas, lines, left + 3, self.y, cell_width - 6, leading, self.align)
            self.canvas.setFillGray(0)
            tallest = min(tallest, end)
            x = left if self.rtl else x + cell_width
        self.canvas.setStrokeGray(0.8)
        self.canvas.line(
            self.margin, tallest + leading - size * 0.45, self.margin + self.inner, tallest + leading - size * 0.45
        )
        self.y = tallest - 4

    def table(self, table: ReportTable) -> None:
        if table.title:
            self.y -= 8
            self.room(60)
            self.text(table.title, self.fonts.bold, 13, 18)
        if table.note:
            self.text(table.note, self.fonts.regular, 8.5, 11)
            self.y -= 4
        self.cells(table.header, table.widths, self.fonts.bold, table.size)
        for index, row in enumerate(table.rows):
            shades = table.shades[index] if table.shades is not None else None
            self.cells(row, table.widths, self.fonts.regular, table.size, shades)

    def bars(self, chart: ReportBars) -> None:
        """Name at the reading start, then a bar as long as its share of the largest, then the number."""
        self.y -= 8
        self.room(60)
        self.text(chart.title, self.fonts.bold, 13, 18)
        if not chart.bars:
            self.text(chart.empty, self.fonts.regular, 10.5, 14)
            return
        size, leading = 10.5, 17
        name_width, number_width = self.inner * 0.32, self.inner * 0.1
        bar_room = self.inner - name_width - number_width - 12
        largest = max(value for _name, _text, value in chart.bars) or 1
        for name, number, value in chart.bars:
            self.room(leading)
            length = bar_room * value / largest
            name_lines = layout(name, self.fonts.regular, size, name_width - 6, rtl=self.rtl, language=self.language)
            number_lines = layout(
                isolate(number), self.fonts.regular, size, number_width, rtl=self.rtl, language=self.language
            )
            if self.rtl:
                name_left, bar_left = (
                    self.margin + self.inner - name_width,
                    self.margin + self.inner - name_width - 6 - length,
                )
                number_left = bar_left - 6 - number_width
            else:
                name_left, bar_left = self.margin, self.margin + name_width + 6
                number_left = bar_left + length + 6
            draw_lines(self.canvas, name_lines[:1], name_left, self.y, name_width - 6, leading, self.align)
            self.canvas.setFillColorRGB(*_BAR_RGB)
            self.canvas.rect(bar_left, self.y - 2, length, size, stroke=0, fill=1)
            self.canvas.setFillGray(0)
            draw_lines(
                self.canvas, number_lines, number_left, self.y, number_width, leading, "right" if self.rtl else "left"
            )
            self.y -= leading


def write_pdf(title: str, subtitle: str, blocks: Sequence[ReportTable | ReportBars], language: str, out: Path) -> Path:
    """The report: its title and period, then each table or chart in turn, over as many A4 pages as needed."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    canvas.setTitle(title)
    page = _Page(canvas, language in ("ar", "fa"), language)
    page.text(title, page.fonts.bold, 18, 24)
    page.text(subtitle, page.fonts.regular, 11, 16)
    page.y -= 10
    for block in blocks:
        if isinstance(block, ReportBars):
            page.bars(block)
        else:
            page.table(block)
    canvas.showPage()
    with SAVE_LOCK:
        canvas.save()
    return _write(Path(out), buffer.getvalue())


def _write(out: Path, data: bytes) -> Path:
    with written_whole(out) as handle:
        handle.write(data)
    return Path(out)
