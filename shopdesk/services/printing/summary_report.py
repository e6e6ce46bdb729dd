"""The summary as a one-page PDF report and as CSV, right to left where the language reads so."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from shopdesk.services.files import written_whole
from shopdesk.services.printing.bidi_text import draw_lines, layout
from shopdesk.services.printing.fonts import SAVE_LOCK, document_fonts
from shopdesk.services.printing.templates import isolate

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """A cell a spreadsheet will not run as a formula (a leading = + - @ tab or CR gets a quote before it)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_csv(rows: Sequence[Sequence[str]], out: Path) -> Path:
    """UTF-8 with a byte-order mark (Excel then reads Arabic and Persian), written whole or not at all."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow([safe_cell(str(cell)) for cell in row])
    return _write(Path(out), ("\ufeff" + buffer.getvalue()).encode("utf-8"))


def write_pdf(
    title: str, subtitle: str, header: Sequence[str], rows: Sequence[Sequence[str]], language: str, out: Path
) -> Path:
    fonts = document_fonts()
    rtl = language in ("ar", "fa")
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    canvas.setTitle(title)
    width, height = A4
    margin = 18 * mm
    inner = width - 2 * margin
    align = "right" if rtl else "left"
    y = height - margin - 18
    y = draw_lines(
        canvas, layout(title, fonts.bold, 18, inner, rtl=rtl, language=language), margin, y, inner, 24, align
    )
    y = (
        draw_lines(
            canvas, layout(subtitle, fonts.regular, 11, inner, rtl=rtl, language=language), margin, y, inner, 16, align
        )
        - 10
    )
    columns = (0.5, 0.25, 0.25)
    for index, row in enumerate((header, *rows)):
        face = fonts.bold if index == 0 else fonts.regular
        x = margin + inner if rtl else margin
        tallest = y
        for column, (share, cell) in enumerate(zip(columns, row, strict=True)):
            cell_width = inner * share
            left = x - cell_width if rtl else x
            # captions read in the document's direction; figures (money with a Latin code) keep their own
            text = str(cell) if column == 0 else isolate(str(cell))
            lines = layout(text, face, 10.5, cell_width - 6, rtl=rtl, language=language)
            end = draw_lines(canvas, lines, left + 3, y, cell_width - 6, 14, align)
            tallest = min(tallest, end)
            x = left if rtl else x + cell_width
        canvas.setStrokeGray(0.8)
        canvas.line(margin, tallest + 9, margin + inner, tallest + 9)
        y = tallest - 4
        if y < margin:
            canvas.showPage()
            y = height - margin - 18
    canvas.showPage()
    with SAVE_LOCK:
        canvas.save()
    return _write(Path(out), buffer.getvalue())


def _write(out: Path, data: bytes) -> Path:
    with written_whole(out) as handle:
        handle.write(data)
    return Path(out)
