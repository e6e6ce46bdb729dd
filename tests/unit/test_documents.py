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


def test_a_long_order_says_more_items_instead_of_running_off_the_card(tmp_path):
    items = tuple(DocumentItem(f"Item {n}", "1", "1.00 SAR") for n in range(60))
    document = _document()
    text = _text(tmp_path, Document(**{**document.__dict__, "items": items}))
    assert "Item 0" in text and "Item 59" not in text
    assert "and more items (see your order)" in text


def test_an_unknown_page_size_is_refused():
    with pytest.raises(ValueError, match="a7"):
        DocumentRenderer(ShopHeader("Golnar"), "a7")


def test_a_very_long_message_and_shop_name_stay_on_the_card(tmp_path):
    long_message = "Dear Sara, thank you for your order and for being with us. " * 40
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
