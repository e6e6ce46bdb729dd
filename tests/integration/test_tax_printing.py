"""Receipts and tax invoices as printed: the ZATCA QR decoded from the rendered page with every TLV field, the
Arabic invoice read back by OCR, the 80 mm roll 80 mm wide and as long as its content; and the tax report equal
to the sum of its invoices and credit notes."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, timedelta

import pytest

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings
from shopdesk.services.tax import zatca
from shopdesk.services.tax.records import TaxSettings, default_rates
from shopdesk.services.tax.report import TaxReportService
from shopdesk.views.tax_texts import tax_text

VAT = "310122393500003"
needs_tools = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("pdftoppm", "zbarimg", "tesseract", "pdfinfo")), reason="poppler, zbar, tesseract"
)


@pytest.fixture
def shop(database):
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    services.tax.save_settings(
        TaxSettings(
            registered=True,
            vat_number=VAT,
            legal_name_ar="مؤسسة جلنار",
            legal_name_en="Golnar Est.",
            rates=default_rates("SA"),
        )
    )
    huda = services.customers.create_customer(CustomerDraft(name="هدى", language="ar"))
    placed = services.orders.place_order(
        OrderDraft(lines=(LineDraft("صابون", 3, 1150), LineDraft("شاي", 1, 2300)), customer_id=huda, shipping_minor=575)
    )
    return services, placed


def test_the_zatca_tlv_reads_back_field_by_field():
    fields = zatca.ZatcaFields("Bobs Records", "310122393500003", "2022-04-25T15:30:00Z", "1000.00", "150.00")
    text = zatca.encode(fields)
    # ZATCA's published example (QR code creation guideline) for these values
    assert text.startswith("AQxCb2JzIFJlY29yZHMCDzMxMDEyMjM5MzUwMDAwMw")
    assert zatca.decode(text) == fields
    arabic = zatca.ZatcaFields("مؤسسة جلنار", VAT, "2026-01-01T00:00:00Z", "1.00", "0.13")
    assert zatca.decode(zatca.encode(arabic)) == arabic  # the length byte counts UTF-8 bytes


@needs_tools
def test_the_printed_receipt_carries_a_zatca_qr_with_every_field_and_is_80_mm_wide(shop, tmp_path):
    services, placed = shop
    out = tmp_path / "receipt.pdf"
    assert services.tax_prints.write_pdf("receipts", [placed.id], "80mm", tax_text, out) == 1
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size"))
    width, height = (float(v) for v in size.split(":")[1].split("pts")[0].split(" x "))
    assert abs(width - 80 / 25.4 * 72) < 0.01
    # as long as its content: far shorter than a page, and longer with more lines
    assert 150 < height < 900
    subprocess.run(["pdftoppm", "-png", "-r", "300", str(out), str(tmp_path / "r")], check=True)
    (png,) = tmp_path.glob("r*.png")
    scanned = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True, check=True)
    fields = zatca.decode(scanned.stdout.strip())
    (invoice,) = services.tax.invoices([placed.id])
    assert fields.seller_name == "مؤسسة جلنار"
    assert fields.vat_number == VAT
    assert fields.timestamp == invoice.issued_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert fields.total_with_vat == "63.25" and fields.vat_total == "8.25"
    assert (invoice.gross_minor, invoice.tax_minor) == (6325, 825)
    # a reprint says copy
    again = services.tax_prints.printables("receipts", [placed.id])
    assert next(again)[0].copy


@needs_tools
def test_the_arabic_invoice_reads_back_by_ocr_with_seller_vat_number_and_total(shop, tmp_path):
    services, placed = shop
    # The installed OCR models know Arabic-Indic digits only in their Persian forms: `ara` has no ٢-٩ at all and
    # `fas` reads ٠١٢٣٥٧٨٩ (the same glyphs as ۰۱۲۳۵۷۸۹) but not ٤ or ٦, whose Persian forms differ. So this order's
    # totals (98.00 with VAT, 12.78 VAT) use the digits OCR can read, and the whole amounts are checked.
    order = services.orders.place_order(OrderDraft(lines=(LineDraft("عود", 2, 3750), LineDraft("شاي", 1, 2300))))
    (invoice,) = services.tax.invoices([order.id])
    assert (invoice.gross_minor, invoice.tax_minor) == (9800, 1278)
    out = tmp_path / "invoice.pdf"
    services.tax_prints.write_pdf("invoices", [order.id], "a4", tax_text, out, language="ar")
    # read at two resolutions: the name's joined letters read best at 200 dpi, the small figures at 300
    for dpi in (200, 300):
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(out), str(tmp_path / f"i{dpi}")], check=True)
    text = ""
    for png in sorted(tmp_path.glob("i*.png")):
        text += subprocess.run(
            ["tesseract", str(png), "-", "-l", "ara+fas"], capture_output=True, text=True, check=True
        ).stdout
    folded = text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789"))
    assert "جلنار" in text
    assert VAT in folded.replace(" ", "")

    def amount(minor: int, end: str = r"(?!\d)") -> str:  # the whole amount, not the tail of a longer number
        return rf"(?<![\d,.٫]){minor // 100}[,.٫]{minor % 100:02d}{end}"

    assert re.search(amount(invoice.gross_minor), folded), folded
    # the VAT and the net amount too (OCR may take the currency's first letter for one more digit after them)
    assert re.search(amount(invoice.tax_minor, ""), folded), folded
    assert re.search(amount(invoice.net_minor, ""), folded), folded


def test_the_tax_report_equals_the_sum_of_its_invoices_and_credit_notes(shop):
    services, placed = shop
    second = services.orders.place_order(OrderDraft(lines=(LineDraft("x", 2, 1000),)))
    services.orders.change_status([second.id], "cancelled")
    today = date.today()
    report = TaxReportService(services.tax._uow).report(today - timedelta(days=1), today + timedelta(days=1))
    invoices = services.tax.invoices([placed.id, second.id])
    notes = services.tax.credit_notes([placed.id, second.id])
    assert report.invoices == 2 and report.credit_notes == 1
    assert report.output_tax_minor == sum(d.tax_minor for d in invoices)
    assert report.credited_tax_minor == sum(d.tax_minor for d in notes)
    assert report.taxable_sales_minor == sum(d.net_minor for d in invoices)
    assert report.net_tax_due_minor == report.output_tax_minor - report.credited_tax_minor == 825


def _words(pdf) -> list[tuple[float, float, float, str]]:
    """(x start, x end, y middle, text) of each word on the first page, as poppler places it."""
    import unicodedata
    from html import unescape

    out = subprocess.run(["pdftotext", "-bbox", "-l", "1", str(pdf), "-"], capture_output=True, text=True, check=True)
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out.stdout
    )
    plain = lambda s: unicodedata.normalize("NFKC", unescape(s))  # noqa: E731 - shaped Arabic to plain letters
    return [(float(x0), float(x1), (float(y0) + float(y1)) / 2, plain(word)) for x0, y0, x1, y1, word in found]


def _line_with(words, *wanted: str) -> list[tuple[float, float, float, str]]:
    """The first line holding all the ``wanted`` words, left to right."""
    for middle in sorted({w[2] for w in words}):
        line = sorted((w for w in words if abs(w[2] - middle) < 4), key=lambda w: w[0])
        if all(any(w[3] == word for w in line) for word in wanted):
            return line
    raise AssertionError(f"no line with {wanted}")


@needs_tools
@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_bilingual_rate_line_keeps_each_language_and_the_rate_in_place(shop, tmp_path, language):
    services, placed = shop
    out = tmp_path / "invoice.pdf"
    services.tax_prints.write_pdf("invoices", [placed.id], "a5", tax_text, out, language=language)
    percent = "15%" if language == "en" else "٪١٥"  # poppler gives glyphs left to right: the sign first in Arabic
    line = _line_with(_words(out), percent, "VAT", "/")
    label_side = (lambda w: w[0] < 280) if language == "en" else (lambda w: w[0] > 140)  # A5: 420 pt wide
    texts = [w[3] for w in line if label_side(w)]  # the label's part of the row, left to right
    arabic = [i for i, t in enumerate(texts) if re.search("[\u0621-\u064a]", t)]  # Arabic letters
    assert arabic and "VAT" in texts, texts
    if language == "en":  # VAT / <Arabic> 15%: the rate after the Arabic label, not inside it
        assert texts[0] == "VAT" and texts[-1] == percent and max(arabic) == len(texts) - 2, texts
    else:  # read from the right: <Arabic> / VAT ١٥٪; the rate at the left end
        assert texts[0] == percent and texts[1] == "VAT" and min(arabic) > 1, texts


@needs_tools
def test_a_cancellations_credit_note_lists_what_it_credits(database, tmp_path):
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="AE"))
    services.tax.save_settings(
        TaxSettings(registered=True, vat_number=VAT, legal_name_en="Golnar", rates=default_rates("AE"))
    )
    lines = (LineDraft("Rose soap", 3, 1150), LineDraft("Mint tea", 1, 2300))
    placed = services.orders.place_order(OrderDraft(lines=lines))
    services.orders.change_status([placed.id], "cancelled")
    out = tmp_path / "credit.pdf"
    services.tax_prints.write_pdf("credit-notes", [placed.id], "80mm", tax_text, out, language="en")
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split())
    assert "Cancelled items 3 × Rose soap 1 × Mint tea" in text, text


@needs_tools
def test_the_persian_tax_report_title_keeps_the_shops_full_stop_at_the_end_of_its_name(shop, tmp_path):
    from shopdesk.views.locale_format import Formatter
    from shopdesk.views.preferences import DisplayPreferences
    from shopdesk.views.tax_report_texts import export_tax_report

    services, _placed = shop
    today = date.today()
    report = TaxReportService(services.tax._uow).report(today - timedelta(days=1), today + timedelta(days=1))
    out = export_tax_report(report, Formatter(DisplayPreferences(language="fa")), "Golnar & Co.", tmp_path / "r.pdf")
    title = [w[3] for w in _line_with(_words(out), "Golnar")]
    assert "Co." in title and not any(t.startswith(".") for t in title), title
    assert title.index("Golnar") < title.index("Co.")  # the name reads left to right inside the Persian title
