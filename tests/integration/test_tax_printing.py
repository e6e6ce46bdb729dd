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
    out = tmp_path / "invoice.pdf"
    services.tax_prints.write_pdf("invoices", [placed.id], "a4", tax_text, out, language="ar")
    subprocess.run(["pdftoppm", "-png", "-r", "200", str(out), str(tmp_path / "i")], check=True)
    text = ""
    for png in sorted(tmp_path.glob("i*.png")):
        text += subprocess.run(
            ["tesseract", str(png), "-", "-l", "ara+fas"], capture_output=True, text=True, check=True
        ).stdout
    folded = text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789"))
    assert "جلنار" in text
    assert VAT in folded.replace(" ", "")
    # the totals in Arabic-Indic digits: OCR reads their decimals reliably (63.25 with VAT, 8.25 VAT)
    assert re.search(r"3[,.٫]25", folded) and re.search(r"8[,.٫]25", folded)


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
