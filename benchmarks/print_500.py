"""Print benchmark: 500 personalised A6 packing inserts (Arabic and Persian text, logo, QR) in one PDF.

    python benchmarks/print_500.py [--runs 3] [--count 500]

Compares, in the same run, against a bare ReportLab canvas drawing the same elements: the logo (as one form), the
same strings with plain ``drawString`` (no shaping, no bidi) and QR matrices computed beforehand, drawn as vector
squares. Target (issue 4): the whole batch <= 3x the bare canvas. Prints seconds, pages per second and the ratio;
asserts nothing. Checks the logo is embedded once.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image, ImageDraw  # noqa: E402
from reportlab.lib.pagesizes import A6  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from shopdesk.services.printing.documents import (  # noqa: E402
    Document,
    DocumentItem,
    DocumentRenderer,
    ShopHeader,
)
from shopdesk.services.printing.fonts import document_fonts  # noqa: E402
from shopdesk.services.printing.qr import qr_rows  # noqa: E402
from shopdesk.services.printing.review_links import tagged_url  # noqa: E402
from shopdesk.services.printing.templates import fill  # noqa: E402
from shopdesk.views.print_texts import default_text  # noqa: E402

NAMES = ["خالد العتيبي", "مهسا رضایی", "فاطمه حسینی", "نورة القحطاني", "علی‌رضا کریمی"]
MESSAGE = {
    "ar": "عزيزنا $first_name، شكراً لطلبك رقم $order_number! جهّزناه بعناية.",
    "fa": "$first_name عزیز، از سفارش $order_number ممنونیم! با دقت بسته‌بندی‌اش کردیم.",
}


def _logo() -> bytes:
    image = Image.new("RGB", (400, 150), "white")
    ImageDraw.Draw(image).ellipse((10, 10, 140, 140), fill=(190, 70, 40))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _documents(count: int) -> list[Document]:
    texts = {lang: default_text(lang) for lang in ("ar", "fa")}
    docs = []
    for i in range(count):
        lang = "ar" if i % 2 else "fa"
        text = texts[lang]
        number = 1001 + i
        name = NAMES[i % len(NAMES)]
        docs.append(
            Document(
                labels=text.labels,
                order_number=number,
                order_number_text=text.number(number),
                date_text="۱۴۰۵/۹/۱۰",
                customer_name=name,
                message=fill(MESSAGE[lang], {"first_name": name.split()[0], "order_number": text.number(number)}),
                items=(
                    DocumentItem("صابون گل رز", text.number(2), text.money(2500, "SAR"), "Keep dry between uses."),
                    DocumentItem("چای زعفرانی (Saffron)", text.number(1), text.money(2400, "SAR")),
                ),
                total_text=text.money(4900, "SAR"),
                review_url=tagged_url("https://reviews.example.com/golnar", number),
            )
        )
    return docs


def shopdesk_run(docs: list[Document], logo: bytes, out: Path) -> float:
    start = time.perf_counter()
    for _ in DocumentRenderer(ShopHeader("Golnar & Co.", logo), "a6").render(docs, str(out)):
        pass
    return time.perf_counter() - start


def bare_run(docs: list[Document], logo: bytes, out: Path) -> float:
    fonts = document_fonts()
    matrices = [qr_rows(d.review_url) for d in docs]  # computed beforehand: the floor, not what a shop gets
    start = time.perf_counter()
    canvas = Canvas(str(out), pagesize=A6, pageCompression=1)
    image = ImageReader(io.BytesIO(logo))
    canvas.beginForm("logo")
    canvas.drawImage(image, 0, 0, 40, 15)
    canvas.endForm()
    for doc, rows in zip(docs, matrices, strict=True):
        canvas.doForm("logo")
        canvas.setFont(fonts.regular.script, 10)
        y = 380
        for text in (doc.customer_name, doc.message, doc.order_number_text, *(i.name for i in doc.items)):
            canvas.drawString(20, y, text)
            y -= 16
        path = canvas.beginPath()
        cell = 2.4
        for r, row in enumerate(rows):
            c = 0
            while c < len(row):  # one rectangle per run of dark modules, as shopdesk draws them
                if row[c]:
                    first = c
                    while c < len(row) and row[c]:
                        c += 1
                    path.rect(20 + first * cell, 120 - r * cell, (c - first) * cell, cell)
                else:
                    c += 1
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.showPage()
    canvas.save()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--count", type=int, default=500)
    args = parser.parse_args()
    logo = _logo()
    docs = _documents(args.count)
    with tempfile.TemporaryDirectory() as folder:
        ours, bare = [], []
        for run in range(args.runs):
            bare.append(bare_run(docs, logo, Path(folder) / "bare.pdf"))
            ours.append(shopdesk_run(docs, logo, Path(folder) / f"ours{run}.pdf"))
        images = (Path(folder) / "ours0.pdf").read_bytes().count(b"/Subtype /Image")
    ours_s, bare_s = statistics.median(ours), statistics.median(bare)
    print(f"{args.count} A6 inserts, median of {args.runs} runs")
    print(f"  shopdesk   {ours_s:6.2f} s  {args.count / ours_s:7.0f} pages/s")
    print(f"  bare canvas{bare_s:6.2f} s  {args.count / bare_s:7.0f} pages/s  (no shaping, QR computed beforehand)")
    print(f"  ratio      {ours_s / bare_s:6.2f}x  (target <= 3x)")
    print(f"  logo images embedded: {images} (target 1)")


if __name__ == "__main__":
    main()
