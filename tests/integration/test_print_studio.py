"""The print studio through its service: real orders in a real database, the PDF read back by the tools a
person's phone and eyes stand in for (zbarimg decodes every QR code, tesseract reads the Arabic and Persian)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import threading
import unicodedata
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


def _cells(pages: list[Path], across: int, down: int) -> list[Path]:
    """Each page cut into its cells (a sheet of 2 or 4), in order, blank cells left out: one insert page each."""
    from PIL import Image

    if (across, down) == (1, 1):
        return pages
    cells = []
    for page in pages:
        image = Image.open(page).convert("L")
        width, height = image.size[0] // across, image.size[1] // down
        for row in range(down):
            for column in range(across):
                cell = image.crop((column * width, row * height, (column + 1) * width, (row + 1) * height))
                # the cut marks at the cell's edges are no content: look inside them
                inner = cell.crop((width // 10, height // 10, width - width // 10, height - height // 10))
                if inner.getextrema()[0] < 128:
                    path = page.with_name(f"{page.stem}-cell{row}{column}.png")
                    cell.save(path)
                    cells.append(path)
    return cells


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


# Bidi marks a PDF's text layer carries around numbers and isolated words; they are not part of what is read.
_MARKS = dict.fromkeys(map(ord, "\u200c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"))
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789.", "٬,")


def _plain(text: str) -> str:
    """Text as read back: the shaped Arabic letters of the text layer to their plain forms, without vowel marks,
    joiners or bidi marks (a vowel mark may come out of pdftotext apart from its letter)."""
    text = unicodedata.normalize("NFKC", text).translate(_MARKS)
    return "".join(char for char in text if unicodedata.category(char) != "Mn")


def _page_text(pdf: Path, *options: str) -> str:
    out = subprocess.run(["pdftotext", *options, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return _plain(out)


def _amount_after(text: str, label: str, others: tuple[str, ...]) -> int:
    """The amount (in minor units, sign dropped) on the one row of the page that has every word of ``label`` and
    not every word of any of the ``others`` (longer labels sharing its words). Words, not their order: a right-to-
    left row comes out of the text layer with its words in the order they sit on the page."""

    def has(row: str, words: str) -> bool:
        return set(_plain(words).split()) <= set(row.replace("(", " ").replace(")", " ").split())

    rows = [row for row in text.splitlines() if has(row, label) and not any(has(row, other) for other in others)]
    assert len(rows) == 1, (label, rows)
    numbers = re.findall(r"\d+\.\d\d", rows[0].translate(_DIGITS))
    assert len(numbers) == 1, (label, rows[0])
    return round(float(numbers[0]) * 100)  # a test's reading of the page, never the app's money


@needs_poppler
@pytest.mark.parametrize("size", ["a6", "a4"])
@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_the_printed_totals_add_up_and_say_what_is_left_to_collect(shop, tmp_path, size, language):
    services, _ = shop
    customer = services.customers.create_customer(CustomerDraft(name="Noor", language=language))
    draft = OrderDraft(
        lines=(LineDraft("Lavender soap", 2, 1200, discount_minor=300), LineDraft("Olive oil candle", 1, 3550)),
        customer_id=customer,
        order_discount_minor=450,
        discount_code="SPRING",
        shipping_minor=1500,
        payment_method="cash_on_delivery",
        paid_minor=1000,
    )
    number = services.orders.place_order(draft).number
    pdf = _write(services, [number], PrintRequest(size=size, language=language), tmp_path / "totals.pdf")
    text = _page_text(pdf, "-layout")
    labels = default_text(language).labels
    subtotal = _amount_after(text, labels.subtotal, ())
    discount = _amount_after(text, labels.order_discount, (labels.line_discount,))
    shipping = _amount_after(text, labels.shipping, ())
    total = _amount_after(text, labels.total, (labels.subtotal,))
    paid = _amount_after(text, labels.paid, ())
    due = _amount_after(text, labels.collect_on_delivery, ())
    assert subtotal - discount + shipping == total
    assert (subtotal, discount, shipping, total) == (2100 + 3550, 450, 1500, 6700)
    assert total - paid == due == 5700
    assert "SPRING" in text
    assert _amount_after(text, labels.line_discount, ()) == 300


@needs_poppler
@pytest.mark.parametrize("inclusive", [False, True])
@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_a_taxed_orders_printed_totals_add_up_with_its_vat_and_paid_is_what_its_payments_came_to(
    shop, tmp_path, language, inclusive
):
    from shopdesk.services.tax.records import TaxSettings, default_rates

    services, _ = shop
    services.tax.save_settings(
        TaxSettings(
            registered=True,
            vat_number="300000000000003",
            legal_name_en="Golnar",
            prices_include_tax=inclusive,
            rates=default_rates("SA"),
        )
    )
    customer = services.customers.create_customer(CustomerDraft(name="Noor", language=language))
    draft = OrderDraft(
        lines=(LineDraft("Lavender soap", 2, 1200, discount_minor=300), LineDraft("Olive oil candle", 1, 3550)),
        customer_id=customer,
        order_discount_minor=450,
        shipping_minor=1500,
    )
    placed = services.orders.place_order(draft)
    services.payments.record_payment(placed.id, 1000, "card")
    services.payments.record_payment(placed.id, 500, "cash")
    pdf = _write(services, [placed.number], PrintRequest(language=language), tmp_path / "taxed.pdf")
    text = _page_text(pdf, "-layout")
    labels = default_text(language).labels
    subtotal = _amount_after(text, labels.subtotal, ())
    discount = _amount_after(text, labels.order_discount, (labels.line_discount,))
    shipping = _amount_after(text, labels.shipping, ())
    total = _amount_after(text, labels.total, (labels.subtotal,))
    tax = services.tax.order_tax(placed.id).tax_minor
    if inclusive:
        assert _amount_after(text, labels.vat_included, ()) == tax
        assert subtotal - discount + shipping == total
    else:
        assert _amount_after(text, labels.vat, (labels.vat_included,)) == tax
        assert subtotal - discount + shipping + tax == total
    assert total == services.orders.get_order(placed.id).row.total_minor
    paid = _amount_after(text, labels.paid, ())
    assert paid == services.payments.money(placed.id).paid_minor == 1500
    assert _amount_after(text, labels.balance_due, ()) == total - paid


@needs_poppler
def test_a_paid_order_prints_no_balance_and_a_gift_prints_no_totals(shop, tmp_path):
    services, _ = shop
    draft = OrderDraft(lines=(LineDraft("Lavender soap", 1, 1200),), shipping_minor=500, paid_minor=1700)
    number = services.orders.place_order(draft).number
    labels = default_text("en").labels
    text = _page_text(_write(services, [number], PrintRequest(language="en"), tmp_path / "paid.pdf"))
    assert labels.shipping in text and labels.balance_due not in text and labels.collect_on_delivery not in text
    gift = _page_text(_write(services, [number], PrintRequest(language="en", gift_mode=True), tmp_path / "gift.pdf"))
    assert not any(word in gift for word in (labels.subtotal, labels.shipping, labels.total, "17.00", "5.00"))


def _forty_line_order(services) -> tuple[list[str], int]:
    """Lina's order of forty differently named lines: its line names in order, and its number."""
    names = [f"Candle no. {n} amber" for n in range(1, 41)]
    lines = tuple(LineDraft(name, 1 + n % 3, 900 + n) for n, name in enumerate(names))
    customer = services.customers.create_customer(CustomerDraft(name="Lina", language="en"))
    return names, services.orders.place_order(OrderDraft(lines=lines, customer_id=customer)).number


@needs_zbar
@pytest.mark.parametrize("size", ["a6", "4x6", "a5", "a4", "a4-2up", "a4-4up"])
def test_a_forty_line_order_prints_every_line_across_its_pages(shop, tmp_path, size):
    services, orders = shop
    names, number = _forty_line_order(services)
    pdf = _write(services, [number, orders["en"]], PrintRequest(size=size, language="en"), tmp_path / "long.pdf")
    text = _page_text(pdf, "-raw")
    printed = [name for name in re.findall(r"Candle no\. \d+ amber", text)]
    assert printed == names  # each line once, in order; none dropped
    assert "Continued on the next page · page 1 of" in text
    cells = _cells(_pages(pdf), *{"a4-2up": (2, 1), "a4-4up": (2, 2)}.get(size, (1, 1)))
    bars = [_zbar(cell, "code128", "--raw").split() for cell in cells]
    codes = [_zbar(cell, "qrcode", "--raw").split() for cell in cells]
    its = [index for index, found in enumerate(bars) if str(number) in found]
    assert its == list(range(len(its))) and len(its) > (0 if size == "a4" else 1)  # from the first page (cell) on
    # Every page (cell) it is on scans at 150 dpi: its Code 128 and its review QR (the insert's own utm_source),
    # small beside "continued on the next page", full size in the footer after its totals on the last.
    assert [index for index, found in enumerate(codes) if tagged_url(REVIEW, number) in found] == its
    assert all(found for found in bars) and all(found for found in codes)  # every page (cell) of the batch
    assert all("utm_source=insert" in url for found in codes for url in found)
    # The next order starts on a page (or cell) of its own after the long one's last, and is whole.
    assert str(orders["en"]) in bars[-1]


@needs_ocr
@needs_poppler
@pytest.mark.parametrize("size", ["a6", "4x6", "a5", "a4", "a4-2up", "a4-4up"])
def test_every_line_of_a_forty_line_order_reads_back_by_ocr_across_its_pages(shop, tmp_path, size):
    """What a person reads, not only the text layer: OCR of the rendered pages finds each of the forty lines."""
    services, _orders = shop
    names, number = _forty_line_order(services)
    pdf = _write(services, [number], PrintRequest(size=size, language="en"), tmp_path / "ocr.pdf")
    read = " ".join(
        # --psm 4: one column of lines of varying size, so a line's name and its price stay on one line
        subprocess.run(["tesseract", str(page), "-", "-l", "eng", "--psm", "4"], capture_output=True, text=True).stdout
        for page in _pages(pdf, 300)
    )
    found = {int(n) for n in re.findall(r"Candle no\. ?(\d+) ?amber", read)}
    assert found == set(range(1, len(names) + 1)), sorted(set(range(1, len(names) + 1)) - found)


@needs_poppler
@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_the_slip_ships_to_the_recipient_with_skus_carrier_and_the_shops_contact(shop, tmp_path, language):
    from shopdesk.services.addresses import Address, address_lines
    from shopdesk.services.product_records import ProductRow

    services, _ = shop
    settings = services.settings.load()
    services.settings.save(
        replace(settings, address="12 Olive Street, Jeddah", phone="+966 12 555 0100", email="hello@rose.example")
    )
    product = services.products.save_product(ProductRow(None, "SOAP-LAV-01", "Lavender soap", price_minor=1200))
    customer = services.customers.create_customer(CustomerDraft(name="Buyer Person", language=language))
    ship_to = Address(
        recipient="Huda Recipient", phone="+966501112233", line1="King Fahd Road 7", district="Al Rawdah",
        city="Jeddah", postal_code="23435", country="SA", short_code="JEDA1234",
    )  # fmt: skip
    draft = OrderDraft(
        lines=(LineDraft("Lavender soap", 2, 1200, product_id=product),),
        customer_id=customer,
        ship_to=ship_to,
        carrier="SMSA",
        tracking_number="290012345678",
        gift_message="Happy birthday",
    )
    number = services.orders.place_order(draft).number
    labels = default_text(language).labels
    for gift in (False, True):
        pdf = _write(services, [number], PrintRequest(language=language, gift_mode=gift), tmp_path / f"s{gift}.pdf")
        text = " ".join(_page_text(pdf).split())
        assert "Huda Recipient" in text and "King Fahd Road 7" in text and "JEDA1234" in text and "23435" in text
        assert "+966501112233" in text and "SMSA" in text and "290012345678" in text
        assert "SOAP-LAV-01" in text and _plain(labels.ship_to) in text
        assert "12 Olive Street, Jeddah" in text and "+966 12 555 0100" in text and "hello@rose.example" in text
        assert ("24.00" in text.translate(_DIGITS)) != gift and ("Buyer" in text) != gift  # a gift: no price, buyer
    # The country's order of lines, as services/addresses lays them out (the country in the page's language).
    order = [line for line in address_lines(replace(ship_to, recipient="", phone=""), country_name="x") if line != "x"]
    if language == "en":  # the text layer gives a right-to-left paragraph's runs in the order they sit
        flat = _page_text(pdf, "-raw")
        assert [flat.index(part) for part in ("King Fahd Road 7", "Al Rawdah", "JEDA1234")] == sorted(
            flat.index(part) for part in ("King Fahd Road 7", "Al Rawdah", "JEDA1234")
        )
    assert order[0] == "King Fahd Road 7"
    notes = _page_text(_write(services, [number], PrintRequest(document="notes"), tmp_path / "note.pdf"))
    assert "King Fahd Road 7" not in notes and "290012345678" not in notes  # a thank-you note is not a slip


@needs_zbar
@pytest.mark.parametrize("size", ["a6", "4x6", "a5", "a4", "a4-2up", "a4-4up"])
def test_every_page_carries_a_barcode_that_scans_at_150_and_203_dpi_with_its_number_under_it(shop, tmp_path, size):
    services, orders = shop
    lines = tuple(LineDraft(f"Soap no. {n}", 1, 500) for n in range(30))
    long_order = services.orders.place_order(OrderDraft(lines=lines)).number
    numbers = [orders["ar"], long_order, orders["fa"]]
    pdf = _write(services, numbers, PrintRequest(size=size), tmp_path / "codes.pdf")
    for resolution in (150, 203):
        pages = _pages(pdf, resolution)
        found = set()
        for page in pages:
            codes = _zbar(page, "code128", "--raw").split()
            assert codes, f"no barcode read on {page.name} at {resolution} dpi"
            found.update(codes)
            page.unlink()
        assert found == {str(n) for n in numbers}
    text = _page_text(pdf, "-raw")  # the number in the bars' own digits, under them (Arabic pages included)
    assert all(str(n) in text.split() for n in numbers)


@needs_poppler
@pytest.mark.parametrize("size", ["a4-2up", "a4-4up"])
def test_cut_marks_stay_inside_the_printable_margin_and_mark_the_middle(shop, tmp_path, size):
    from PIL import Image

    services, orders = shop
    pdf = _write(services, list(orders.values()), PrintRequest(size=size), tmp_path / "sheet.pdf")
    image = Image.open(_pages(pdf, 150)[0]).convert("L")
    width, height = image.size
    edge = round(6 / 25.4 * 150) - 1  # 6 mm in pixels
    band = [(x, y) for x in range(width) for y in list(range(edge)) + list(range(height - edge, height))]
    band += [(x, y) for y in range(height) for x in list(range(edge)) + list(range(width - edge, width))]
    assert all(image.getpixel(point) > 240 for point in band)  # nothing where office printers do not print
    middle = [image.getpixel((width // 2 + dx, height // 2)) for dx in range(-8, 9)]
    assert min(middle) < 160  # the centre mark, on 2 per sheet as on 4
    top = [image.getpixel((width // 2, y)) for y in range(edge, edge + 20)]
    assert min(top) < 160  # the cut line's mark, just inside the margin


def _everything_on(services, language: str, count: int) -> int:
    """An order with every part of the insert on: the shop's logo, address, phone and e-mail, a review and a
    private-feedback QR code, a return window with its policy, a loyalty card with a reward code, a ship-to with
    carrier and tracking, SKUs and a care tip, an order discount with its code, shipping and cash to collect."""
    from shopdesk.services.addresses import Address
    from shopdesk.services.loyalty_rules import PunchCard
    from shopdesk.services.product_records import ProductRow

    settings = services.settings.load()
    services.settings.save(
        replace(
            settings,
            address="14 Tahlia Street, Jeddah",
            phone="+966 12 555 0100",
            email="hello@rose.example",
            feedback_url="https://shop.example.com/tell-us",
            return_days=14,
        )
    )
    policy = services.returns.policy()
    texts = {"en": "Unused items come back within $return_days days.", "ar": "نقبل الإرجاع خلال $return_days يوماً.",
             "fa": "کالای استفاده‌نشده تا $return_days روز پس گرفته می‌شود."}  # fmt: skip
    services.returns.save_policy(replace(policy, texts=texts))
    names = ["Rose soap", "Saffron tea (Golnar)", "Olive oil candle", "Lavender bath salt", "Cedar hand cream",
             "Jasmine body oil"]  # fmt: skip
    lines = []
    for n in range(count):
        sku = f"SKU-{language.upper()}-{count}-{n}"
        tip = "Keep dry between uses." if n == 0 else ""
        product = services.products.save_product(ProductRow(None, sku, names[n], price_minor=1250, care_tip_en=tip))
        lines.append(LineDraft(names[n], 1 + n % 2, 1250 + 100 * n, product_id=product))
    customer = services.customers.create_customer(CustomerDraft(name="Emma Clarke", language=language))
    program = services.loyalty.save_program(f"Card {language} {count}", PunchCard(stamps_to_fill=7))
    services.loyalty.adjust(customer, program, 10, "sample")  # a filled card (a reward code) and 3 stamps on
    draft = OrderDraft(
        lines=tuple(lines),
        customer_id=customer,
        order_discount_minor=290,
        discount_code="WELCOME",
        shipping_minor=1500,
        payment_method="cash_on_delivery",
        carrier="SMSA",
        tracking_number="290012345678",
        ship_to=Address(
            recipient="Emma Clarke", phone="+966501112233", line1="King Fahd Road 7", district="Al Rawdah",
            city="Jeddah", postal_code="23435", country="SA",
        ),
    )  # fmt: skip
    return services.orders.place_order(draft).number


@needs_poppler
@pytest.mark.parametrize(("size", "count"), [("a6", 2), ("a6", 3), ("4x6", 2), ("4x6", 3), ("a5", 2), ("a5", 6)])
@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_a_typical_order_with_everything_on_prints_on_one_page(shop, tmp_path, size, count, language):
    services, _ = shop
    number = _everything_on(services, language, count)
    (document,) = services.prints.documents(services.prints.order_ids(numbers=[number]), PrintRequest(), _texts)
    assert document.review_url and document.feedback_url and document.loyalty and document.discount_code
    assert document.return_by_text and document.policy_text and document.ship_to and document.shipping_line
    pdf = _write(services, [number], PrintRequest(size=size), tmp_path / "one.pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Pages:\s+1\n", info), info  # one sheet per parcel, nothing on a second
    text = " ".join(_page_text(pdf).split())
    labels = default_text(language).labels
    for part in (labels.total, labels.collect_on_delivery, labels.ship_to, labels.loyalty, labels.discount):
        assert " ".join(_plain(part).split()) in text, part  # all of it on that page, nothing left off
    assert all(f"SKU-{language.upper()}-{count}-{n}" in text for n in range(count))
    assert document.discount_code in text and "290012345678" in text and "WELCOME" in text
    assert "hello@rose.example" in text and "+966 12 555 0100" in text
