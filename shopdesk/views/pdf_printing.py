"""Sending a made PDF to a printer at its true size: the printer's paper is set from each PDF page (an A6 insert
prints as A6, not blown up to the printer's default A4) and pages are rendered at the printer's resolution,
capped so a 1200 dpi printer does not need half a gigabyte per page."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300  # enough for text and QR codes on any printer


def _paper(printer: QPrinter, points: QSizeF) -> None:
    landscape = points.width() > points.height()
    portrait = QSizeF(min(points.width(), points.height()), max(points.width(), points.height()))
    printer.setPageSize(QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageOrientation(orientation)


def print_pdf(document: QPdfDocument, printer: QPrinter) -> bool:
    """Draw every page of ``document`` on ``printer`` at its own size; False when the printer cannot start."""
    if document.pageCount() == 0:
        return False
    printer.setFullPage(True)
    _paper(printer, document.pagePointSize(0))
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for page in range(document.pageCount()):
            points = document.pagePointSize(page)
            if page:
                _paper(printer, points)
                printer.newPage()
            resolution = printer.resolution()
            dpi = min(resolution, MAX_DPI)
            image = document.render(page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
            target = QRectF(0, 0, points.width() * resolution / 72, points.height() * resolution / 72)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return True
