"""The print studio through its service: real orders in a real database, the PDF read back by the tools a
person's phone and eyes stand in for (zbarimg decodes every QR code, tesseract reads the Arabic and Persian)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.errors import Cancelled, InvalidInput, NotFound
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.print_requests import PrintRequest
from shopdesk.services.printing.review_links import tagged_url
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings
from shopdesk.views.print_texts import default_text

REVIEW = "https://reviews.example.com/rose?lang=x"
needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
needs_zbar = pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools not installed")
needs_ocr = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")


def _logo() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 90), "white")
    ImageDraw.Draw(image).ellipse((5, 5, 85, 85), fill=(190, 70, 40))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def shop(database):
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Rose & Thyme", currency="SAR", review_url=REVIEW, logo=_logo()))
    people = {
        "en": CustomerDraft(name='<link href="javascript:x">x</link>', language="en"),
        "ar": CustomerDraft(name="خالد العتيبي", phone="+966501234567", language="ar"),
        "fa": CustomerDraft(name="مهسا رضایی", phone="+989121234567", language="fa"),
    }
    orders = {}
    for language, draft in people.items():
        customer = services.customers.create_customer(draft)
        lines = (LineDraft("Lavender soap", 2, 1200), LineDraft("Olive oil candle", 1, 3550))
        orders[language] = services.orders.place_order(OrderDraft(lines=lines, customer_id=customer)).number
    return services, orders


def _texts(language: str):
    return default_text(language)


def _write(services, numbers, request, out: Path) -> Path:
    ids = services.prints.order_ids(numbers=numbers)
    for _ in services.prints.write_pdf(ids, request, _texts, out):
        pass
    return out


def _pages(pdf: Path, resolution: int = 150) -> list[Path]:
    subprocess.run(["pdftoppm", "-png", "-r", str(resolution), str(pdf), str(pdf.with_suffix(""))], check=True)
    return sorted(pdf.parent.glob(pdf.stem + "-*.png"))


def _zbar(page: Path, symbology: str, *options: str) -> str:
    command = ["zbarimg", "-q", *options, "-Sdisable", f"-S{symbology}.enable", str(page)]
    return subprocess.run(command, capture_output=True, text=True).stdout


@needs_poppler
@needs_zbar
@pytest.mark.parametrize("size", ["a6", "4x6", "a4-4up"])
def test_every_qr_code_opens_the_review_page_of_its_own_order(shop, tmp_path, size):
    services, orders = shop
    numbers = [orders["en"], orders["ar"], orders["fa"]]
    pdf = _write(services, numbers, PrintRequest(size=size), tmp_path / f"inserts-{size}.pdf")
    decoded = []
    for page in _pages(pdf):
        found = subprocess.run(
            ["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", str(page)], capture_output=True, text=True
        )
        decoded += found.stdout.split()
    assert sorted(decoded) == sorted(tagged_url(REVIEW, n) for n in numbers)
    assert all("utm_source=insert" in url and "lang=x" in url for url in decoded)


@needs_poppler
@needs_zbar
def test_a_private_feedback_page_adds_a_second_qr_code_for_each_order(shop, tmp_path):
    services, orders = shop
    settings = services.settings.load()
    services.settings.save(replace(settings, feedback_url="https://shop.example.com/tell-us"))
    pdf = _write(services, [orders["fa"]], PrintRequest(document="notes", size="a5"), tmp_path / "two.pdf")
    (page,) = _pages(pdf)
    decoded = sorted(_zbar(page, "qrcode", "--raw").split())
    assert decoded == sorted(
        [
            tagged_url(REVIEW, orders["fa"], "note"),  # utm_source names the document: a thank-you note
            tagged_url("https://shop.example.com/tell-us", orders["fa"], "note-feedback"),
        ]
    )


@needs_poppler
@needs_zbar
def test_the_packing_slip_barcode_carries_the_order_number(shop, tmp_path):
    services, orders = shop
    pdf = _write(services, [orders["ar"]], PrintRequest(size="a6"), tmp_path / "slip.pdf")
    (page,) = _pages(pdf, 200)
    found = subprocess.run(
        ["zbarimg", "-q", "-Sdisable", "-Scode128.enable", str(page)], capture_output=True, text=True
    ).stdout
    assert f"CODE-128:{orders['ar']}" in found


@needs_poppler
@needs_ocr
@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("ar", ["خالد", "شكراً", "لطلبك", "بعناية"]),
        ("fa", ["مهسا", "سفارش", "ممنونیم", "بسته‌بندی‌اش"]),
    ],
)
def test_arabic_and_persian_pages_read_back_with_the_name_and_the_message(shop, tmp_path, language, words):
    services, orders = shop
    pdf = _write(services, [orders[language]], PrintRequest(size="a5", language=language), tmp_path / "ocr.pdf")
    (page,) = _pages(pdf, 300)
    tess = {"ar": "ara", "fa": "fas"}[language]
    text = subprocess.run(["tesseract", str(page), "-", "-l", tess], capture_output=True, text=True).stdout
    assert words[0] in text  # the customer's first name
    found = [word for word in words[1:] if word in text]
    assert len(found) >= 2, (found, text)


@needs_poppler
def test_a_name_that_looks_like_markup_prints_literally_and_makes_no_link(shop, tmp_path):
    services, orders = shop
    services.prints.save_message_template("inserts", "en", "Packed for $customer_name & $shop_name")
    pdf = _write(services, [orders["en"]], PrintRequest(size="a6", language="en"), tmp_path / "markup.pdf")
    raw = pdf.read_bytes()
    assert b"/Annot" not in raw and b"/URI" not in raw and b"/JavaScript" not in raw
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert 'Packed for <link href="javascript:x">x</link> & Rose & Thyme' in " ".join(text.split())


@needs_poppler
@pytest.mark.parametrize(
    ("size", "points"),
    [("a6", "297.638 x 419.528"), ("a5", "419.528 x 595.276"), ("a4", "595.276 x 841.89"), ("4x6", "288 x 432")],
)
def test_page_sizes_are_physically_exact(shop, tmp_path, size, points):
    services, orders = shop
    pdf = _write(services, [orders["en"]], PrintRequest(size=size), tmp_path / "size.pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:\s+" + re.escape(points) + " pts", info), info


def test_the_logo_is_embedded_once_however_many_pages(shop, tmp_path):
    services, orders = shop
    ids = services.prints.order_ids(numbers=list(orders.values())) * 20
    out = tmp_path / "many.pdf"
    for _ in services.prints.write_pdf(ids, PrintRequest(), _texts, out):
        pass
    assert out.read_bytes().count(b"/Subtype /Image") == 1
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
        assert re.search(r"Pages:\s+60\b", info)


def test_each_print_is_recorded_on_the_order_and_reprints_add_up(shop, tmp_path):
    services, orders = shop
    ids = services.prints.order_ids(numbers=[orders["fa"]])
    request = PrintRequest(document="notes", size="a5")
    services.prints.record_printed(ids, request)
    services.prints.record_printed(ids, request)
    history = services.prints.print_history(ids[0])
    assert [(h.document, h.size, h.language) for h in history] == [("notes", "a5", "auto")] * 2
    assert services.prints.print_counts(ids, "notes") == {ids[0]: 2}
    assert services.prints.print_counts(ids, "inserts") == {}


def test_a_cancelled_batch_leaves_the_earlier_file_untouched_and_no_partial_file(shop, tmp_path):
    services, orders = shop
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "kept.pdf"
    out.write_bytes(b"earlier")
    cancel = threading.Event()
    ids = services.prints.order_ids(numbers=list(orders.values()))
    progress = services.prints.write_pdf(ids, PrintRequest(), _texts, out, cancel)
    assert next(progress).done == 1
    cancel.set()
    with pytest.raises(Cancelled):
        list(progress)
    assert out.read_bytes() == b"earlier"
    assert [p.name for p in out.parent.iterdir()] == ["kept.pdf"]


def test_a_full_disk_is_reported_and_leaves_nothing_behind(shop, tmp_path, monkeypatch):
    services, orders = shop
    import os

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "full.pdf"
    with pytest.raises(OSError, match="No space"):
        list(services.prints.write_pdf(services.prints.order_ids(numbers=[orders["en"]]), PrintRequest(), _texts, out))
    assert list(out.parent.iterdir()) == []


def test_orders_are_chosen_by_number_or_status_and_unknown_numbers_are_named(shop):
    services, orders = shop
    numbers = [orders["fa"], orders["en"]]
    ids = services.prints.order_ids(numbers=numbers)
    assert len(ids) == 2
    assert len(services.prints.order_ids(status="new")) == 3
    assert services.prints.order_ids(status="packed") == []
    with pytest.raises(NotFound) as missing:
        services.prints.order_ids(numbers=[orders["en"], 99999])
    assert missing.value.key == "99999"
    with pytest.raises(InvalidInput):
        services.prints.order_ids()


def test_the_shop_message_template_is_validated_and_used(shop):
    services, orders = shop
    with pytest.raises(InvalidInput) as bad:
        services.prints.save_message_template("inserts", "en", "Hi $frist_name")
    assert bad.value.value == "$frist_name"
    with pytest.raises(InvalidInput):
        services.prints.save_message_template("inserts", "en", "Costs $5")
    services.prints.save_message_template("inserts", "en", "Hi $first_name, order $order_number costs $$5")
    ids = services.prints.order_ids(numbers=[orders["en"]])
    (document,) = services.prints.documents(ids, PrintRequest(language="en"), _texts)
    assert document.message == f"Hi \u2068<link\u2069, order \u2068{orders['en']}\u2069 costs $5"
    services.prints.save_message_template("inserts", "en", "")
    (document,) = services.prints.documents(ids, PrintRequest(language="en"), _texts)
    assert document.message.startswith("Dear ")


def test_auto_language_follows_each_customer_and_gift_mode_hides_prices(shop):
    services, orders = shop
    ids = services.prints.order_ids(numbers=[orders["en"], orders["ar"], orders["fa"]])
    documents = list(services.prints.documents(ids, PrintRequest(), _texts))
    assert [d.labels.language for d in documents] == ["en", "ar", "fa"]
    assert documents[2].order_number_text == str(orders["fa"]).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert documents[1].items[0].price_text and documents[1].total_text
    gift = list(services.prints.documents(ids, PrintRequest(gift_mode=True), _texts))
    assert all(not item.price_text for d in gift for item in d.items) and not gift[0].total_text


def test_the_return_window_prints_a_return_by_date_from_the_expected_delivery(shop):
    services, orders = shop
    services.settings.save(replace(services.settings.load(), return_days="۱۵"))
    assert services.settings.load().return_days == 15
    with pytest.raises(InvalidInput) as bad:
        services.settings.save(replace(services.settings.load(), return_days="abc"))
    assert bad.value.field == "return_days"
    customer = services.customers.create_customer(CustomerDraft(name="Sara", language="en"))
    placed = services.orders.place_order(
        OrderDraft(lines=(LineDraft("Soap", 1, 500),), customer_id=customer, expected_delivery=date(2026, 12, 5))
    )
    services.prints.save_message_template("inserts", "en", "Return it by $return_by if it is not right.")
    (document,) = services.prints.documents([placed.id], PrintRequest(language="en"), _texts)
    assert document.return_by_text == "Returns accepted until 20/12/2026"
    assert document.message == "Return it by \u206820/12/2026\u2069 if it is not right."
    (persian,) = services.prints.documents([placed.id], PrintRequest(language="fa"), _texts)
    assert persian.return_by_text.endswith("۱۴۰۵/۹/۲۹")  # the customer's calendar and digits
    services.settings.save(replace(services.settings.load(), return_days=0))
    (none,) = services.prints.documents([placed.id], PrintRequest(language="en"), _texts)
    assert none.return_by_text == ""
