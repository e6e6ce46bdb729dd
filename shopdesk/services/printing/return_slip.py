"""The return slip that goes in the parcel: return number (RMA) as text and as a Code 128 barcode, the order,
the items coming back, the reason, and the shop's policy in plain words."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from shopdesk.services.printing.documents import SIZES, DocumentRenderer, _Box
from shopdesk.services.printing.fonts import SAVE_LOCK
from shopdesk.services.printing.labels import PrintLabels
from shopdesk.services.printing.templates import isolate


@dataclass(frozen=True)
class ReturnSlip:
    labels: PrintLabels
    return_number: int
    return_number_text: str
    order_number_text: str
    date_text: str
    customer_name: str
    items: tuple[tuple[str, str], ...]  # (quantity text, item name)
    reason: str
    policy: str  # the shop's return policy in the customer's language
    return_by_text: str = ""  # "Returns accepted until <date>", in the customer's calendar and digits


def barcode_value(return_number: int) -> str:
    return f"RMA{return_number}"


class ReturnSlipRenderer(DocumentRenderer):
    def render_slip(self, slip: ReturnSlip, out) -> None:  # noqa: ANN001
        width, height, _across, _down = SIZES[self.size]
        canvas = Canvas(out, pagesize=(width, height), pageCompression=1, invariant=1)
        canvas.setTitle(f"{self.shop.name}: {slip.labels.return_slip} {slip.return_number}")
        canvas.setCreator("shopdesk")
        logo_form = self._define_logo(canvas)
        labels = slip.labels
        size = self._base_size(width)
        box = _Box(0, 0, width, height, labels.rtl, margin=max(7 * mm, width * 0.07))
        used = self._draw_logo(canvas, logo_form, box.leading_x(30 * mm) + 15 * mm, box.cursor, 30 * mm, 12 * mm)
        box.cursor -= used + (2 * mm if used else 0)
        self._text(canvas, box, isolate(self.shop.name), labels, size * 1.2, bold=True)
        self._text(canvas, box, labels.return_slip, labels, size * 1.8, bold=True, gap=0.6)
        self._text(canvas, box, f"{labels.return_number}: {slip.return_number_text}", labels, size * 1.4, bold=True)
        order_line = f"{labels.order} {slip.order_number_text} · {slip.date_text}"
        if slip.customer_name:
            order_line += f" · {isolate(slip.customer_name)}"
        self._text(canvas, box, order_line, labels, size)
        barcode = Code128(barcode_value(slip.return_number), barHeight=14 * mm, barWidth=max(0.9, size / 9), quiet=True)
        barcode.drawOn(canvas, box.x + (width - barcode.width) / 2, box.cursor - barcode.height - 2 * mm)
        box.cursor -= barcode.height + 5 * mm
        self._rule(canvas, box)
        self._text(canvas, box, labels.returning, labels, size, bold=True, gap=0.3)
        for quantity, name in slip.items:
            self._text(canvas, box, f"{quantity} × {isolate(name)}", labels, size, gap=0.2)
        box.cursor -= size * 0.4
        self._text(canvas, box, f"{labels.reason}: {slip.reason}", labels, size)
        if slip.return_by_text:
            self._text(canvas, box, slip.return_by_text, labels, size)
        self._rule(canvas, box)
        if slip.policy:
            canvas.saveState()
            canvas.setFillGray(0.2)
            self._text(canvas, box, slip.policy, labels, size * 0.9, gap=0.5)
            canvas.restoreState()
        self._text(canvas, box, labels.put_in_parcel, labels, size, bold=True)
        canvas.showPage()
        with SAVE_LOCK:
            canvas.save()
