"""QR codes drawn as vector squares: sharp at any printer resolution and cheap to make.

``segno`` with a fixed mask pattern: choosing the best of the eight masks is what makes QR generation slow
(issue 4 measured ReportLab's own widget at 48 ms a code); any mask scans, and error correction stays at M or
higher (``boost_error`` raises it when the data leaves room).
"""

from __future__ import annotations

import segno

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def qr_rows(data: str) -> list[list[bool]]:
    """The dark modules of the code for ``data``, row by row from the top, quiet zone excluded."""
    code = segno.make_qr(data, error="m", mask=0, boost_error=True)
    return [[bool(cell) for cell in row] for row in code.matrix_iter(border=0)]


def draw_qr(canvas, data: str, x: float, y: float, size: float) -> None:
    """Draw the code with its quiet zone in the square whose lower left corner is ``(x, y)``."""
    rows = qr_rows(data)
    modules = len(rows) + 2 * QUIET_ZONE
    cell = size / modules
    path = canvas.beginPath()
    top = y + size - QUIET_ZONE * cell
    for r, row in enumerate(rows):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                # one rectangle per horizontal run of dark modules, a hair wider so runs do not show seams
                path.rect(x + (QUIET_ZONE + start) * cell, top - (r + 1) * cell, (c - start) * cell, cell * 1.001)
            else:
                c += 1
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
