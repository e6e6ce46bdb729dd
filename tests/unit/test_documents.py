"""Documents drawn straight from records: the optional parts (discount code, return-by date, gift line, loyalty
card) print when given and leave no trace when not; long orders never run off the card."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from shopdesk.services.printing.documents import (
    Document,
    DocumentItem,
    DocumentRenderer,
    LoyaltyCard,
    ShopHeader,
)
from shopdesk.services.printing.labels import PrintLabels

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def _text(tmp_path, document, size="a6", kind="inserts"):
    out = tmp_path / "doc.pdf"
    for _ in DocumentRenderer(ShopHeader("Golnar"), size).render([document], str(out), kind):
        pass
    return " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split())


def _document(**extra):
    return Document(
        labels=PrintLabels("en"),
        order_number=1024,
        order_number_text="1024",
        date_text="1 Dec 2026",
        customer_name="Sara",
        message="Dear Sara, thank you!",
        items=(DocumentItem("Rose soap", "2", "25.00 SAR", "Keep dry."),),
        total_text="25.00 SAR",
        **extra,
    )


def test_optional_parts_print_when_given(tmp_path):
    text = _text(
        tmp_path,
        _document(
            discount_code="NEXT-7Q2K",
            return_by_text="Returns accepted until 15 Dec 2026",
            gift_line="A free sample is in your parcel.",
            loyalty=LoyaltyCard(stamps=4, size=7, highlighted=4),
        ),
    )
    for words in (
        "Your code for next time",
        "NEXT-7Q2K",
        "Returns accepted until 15 Dec 2026",
        "A free sample is in your parcel.",
        "Your loyalty card",
        "2 × Rose soap",
        "Keep dry.",
    ):
        assert words in text


def test_nothing_optional_prints_when_not_given(tmp_path):
    text = _text(tmp_path, _document())
    assert "Your code" not in text and "Returns accepted" not in text and "loyalty" not in text
    assert "Scan to review" not in text  # no review page set: no QR and no caption


@pytest.mark.parametrize("size", ["a6", "4x6", "a5", "a4", "a4-2up", "a4-4up"])
def test_a_long_order_continues_on_the_next_pages_and_drops_no_line(tmp_path, size):
    items = tuple(DocumentItem(f"Item {n}", "1", "1.00 SAR") for n in range(60))
    document = Document(**{**_document().__dict__, "items": items, "total_text": "60.00 SAR"})
    out = tmp_path / f"long-{size}.pdf"
    for _ in DocumentRenderer(ShopHeader("Golnar"), size).render([document, _document()], str(out)):
        pass
    words = subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True).stdout.split("\n")
    names = [line.split("× ")[-1].strip() for line in words if "× Item " in line]
    assert names == [f"Item {n}" for n in range(60)]  # every line, once, in order
    text = " ".join(" ".join(words).split())
    pages = text.count("continued · page")
    assert pages >= (1 if size == "a4" else 2)
    assert f"Continued on the next page · page 1 of {pages + 1}" in text
    assert f"page {pages + 1} of {pages + 1}" in text
    assert text.count("60.00 SAR") == 1  # the total once, after the last line


def test_an_unknown_page_size_is_refused():
    with pytest.raises(ValueError, match="a7"):
        DocumentRenderer(ShopHeader("Golnar"), "a7")


def test_a_very_long_message_and_shop_name_stay_on_the_card(tmp_path):
    long_message = "Dear Sara, thank you for your order and for being with us. " * 80  # more than a card holds
    document = Document(**{**_document().__dict__, "message": long_message})
    out = tmp_path / "long.pdf"
    for _ in DocumentRenderer(ShopHeader("Golnar & Co. " * 30), "a6").render([document], str(out)):
        pass
    # Everything drawn stays inside the page: pdftotext's bounding boxes are within A6.
    html = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True).stdout
    import re

    for y_max in re.findall(r'yMax="([0-9.]+)"', html):
        assert float(y_max) <= 419.6
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split())
    assert "2 × Rose soap" in text  # the first item still prints, the message was shortened for it
    assert "…" in text
