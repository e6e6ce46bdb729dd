"""Write the sample PDFs in docs/samples/: each document and page size, one page each in English, Arabic and
Persian, from a small throwaway shop with every part of an insert on (logo, address, phone and e-mail, two QR
codes, return window and policy, loyalty card with a reward code, ship-to, carrier and tracking, discount code,
shipping, cash to collect); and the VAT documents of a Saudi shop registered for VAT (receipts on 80 mm and 58 mm
rolls, A4 tax invoices to a business customer, a credit note, the Persian VAT report by Jalali months), written
without noting them printed, so no sample ever says "copy".

    python scripts/print_samples.py
"""

from __future__ import annotations

import io
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from PIL import Image, ImageDraw

    from shopdesk.services.addresses import Address
    from shopdesk.services.customer_records import CustomerDraft
    from shopdesk.services.database import open_database
    from shopdesk.services.order_rows import LineDraft, OrderDraft
    from shopdesk.services.print_requests import PrintRequest
    from shopdesk.services.printing import DOCUMENTS, SIZE_NAMES
    from shopdesk.services.product_records import ProductRow
    from shopdesk.services.registry import build_services
    from shopdesk.services.settings import ShopSettings
    from shopdesk.views.print_texts import default_text

    logo = io.BytesIO()
    image = Image.new("RGB", (360, 120), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 112, 112), fill=(176, 58, 46))
    draw.ellipse((40, 40, 80, 80), fill="white")
    image.save(logo, "PNG")
    out_dir = ROOT / "docs" / "samples"
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database("sqlite:///" + str(Path(folder) / "samples.sqlite3"))
        services = build_services(database.unit_of_work)
        services.settings.save(
            ShopSettings(
                shop_name="Golnar & Co.",
                currency="SAR",
                review_url="https://reviews.example.com/golnar",
                feedback_url="https://golnar.example.com/tell-us",
                return_days=14,
                logo=logo.getvalue(),
                address="14 Tahlia Street, Jeddah",
                phone="+966 12 555 0100",
                email="hello@golnar.example",
            )
        )
        services.returns.save_policy(
            replace(
                services.returns.policy(),
                texts={
                    "en": "Unused items in their packaging come back within $return_days days.",
                    "ar": "نقبل إرجاع المنتجات غير المستخدمة في تغليفها خلال $return_days يوماً.",
                    "fa": "کالای استفاده‌نشده در بسته‌بندی تا $return_days روز پس گرفته می‌شود.",
                },
            )
        )
        soap = services.products.save_product(
            ProductRow(
                id=None,
                sku="SOAP",
                name_en="Rose soap",
                name_ar="صابون الورد",
                name_fa="صابون گل رز",
                price_minor=1250,
                care_tip_en="Keep dry between uses.",
                care_tip_ar="احفظه جافًا بين الاستعمالات.",
                care_tip_fa="بین استفاده‌ها خشک نگهش دارید.",
            )
        )
        candle = services.products.save_product(
            ProductRow(
                id=None,
                sku="CANDLE-OUD",
                name_en="Oud candle",
                name_ar="شمعة العود",
                name_fa="شمع عود",
                price_minor=3800,
            )
        )
        people = [
            CustomerDraft(name="Emma Clarke", language="en"),
            CustomerDraft(name="خالد العتيبي", language="ar"),
            CustomerDraft(name="مهسا رضایی", language="fa"),
        ]
        numbers = []
        for person in people:
            customer = services.customers.create_customer(person)
            lines = (
                LineDraft("Rose soap", 2, 1250, product_id=soap),
                LineDraft("Saffron tea (Golnar)", 1, 2400),
                LineDraft("Oud candle", 1, 3800, product_id=candle),
            )
            draft = OrderDraft(
                lines=lines,
                customer_id=customer,
                order_discount_minor=290,
                discount_code="WELCOME",
                shipping_minor=1500,
                payment_method="cash_on_delivery",
                carrier="SMSA",
                tracking_number="290012345678",
                ship_to=Address(
                    recipient=person.name,
                    phone="+966501112233",
                    line1="King Fahd Road 7",
                    district="Al Rawdah",
                    city="Jeddah",
                    postal_code="23435",
                    country="SA",
                ),
            )
            numbers.append(services.orders.place_order(draft).number)
        from shopdesk.services.loyalty_rules import PunchCard

        program = services.loyalty.save_program("Golnar card", PunchCard(stamps_to_fill=7))
        for customer_id in {
            services.orders.get_order(i).row.customer_id for i in services.prints.order_ids(numbers=numbers)
        }:
            services.loyalty.adjust(customer_id, program, 10, "sample")  # a filled card (a reward code), 3 stamps on
        ids = services.prints.order_ids(numbers=numbers)
        for document in DOCUMENTS:
            for size in SIZE_NAMES:
                out = out_dir / f"{document}-{size}.pdf"
                for _ in services.prints.write_pdf(ids, PrintRequest(document, size), default_text, out):
                    pass
                print(out.relative_to(ROOT))
        for size in ("a6", "a4"):  # the packing slip of a gift: ship-to kept, no price
            out = out_dir / f"gift-slip-{size}.pdf"
            for _ in services.prints.write_pdf(ids, PrintRequest("inserts", size, gift_mode=True), default_text, out):
                pass
            print(out.relative_to(ROOT))
        database.close()
    with tempfile.TemporaryDirectory() as folder:
        for out in tax_samples(Path(folder) / "tax.sqlite3", out_dir):
            print(out.relative_to(ROOT))


def tax_samples(database_path: Path, out_dir: Path) -> list[Path]:
    """Receipts (80 mm en/ar/fa, 58 mm ar), tax invoices (A4 en/ar/fa), a credit note (A4 ar) and the VAT report in
    Persian, from a small Saudi shop registered for VAT."""
    from datetime import date

    from shopdesk.services.addresses import Address
    from shopdesk.services.customer_records import CustomerDraft
    from shopdesk.services.database import open_database
    from shopdesk.services.order_rows import LineDraft, OrderDraft
    from shopdesk.services.product_records import ProductRow
    from shopdesk.services.registry import build_services
    from shopdesk.services.settings import ShopSettings
    from shopdesk.services.tax.records import TaxSettings, default_rates
    from shopdesk.views.locale_format import Formatter
    from shopdesk.views.preferences import DisplayPreferences
    from shopdesk.views.tax_report_texts import export_tax_report, report_months
    from shopdesk.views.tax_texts import tax_text

    database = open_database("sqlite:///" + str(database_path))
    services = build_services(database.unit_of_work)
    services.settings.save(
        ShopSettings(
            shop_name="Golnar & Co.",
            currency="SAR",
            country="SA",
            address="14 Tahlia Street, Jeddah",
            phone="+966 12 555 0100",
        )
    )
    services.tax.save_settings(
        TaxSettings(
            registered=True,
            vat_number="399999999900003",  # ZATCA's test taxpayer number, not a real shop's
            legal_name_ar="مؤسسة جلنار وشركاه التجارية",
            legal_name_en="Golnar & Co. Trading Est.",
            address="طريق الملك فهد، جدة 23435",
            rates=default_rates("SA"),
        )
    )
    soap = services.products.save_product(
        ProductRow(id=None, sku="SOAP", name_en="Rose soap", name_ar="صابون الورد", price_minor=1150)
    )
    dates = services.products.save_product(
        ProductRow(id=None, sku="DATES", name_en="Date box", name_ar="علبة تمر", price_minor=4600)
    )
    services.tax.set_product_rate(dates, "zero")  # a zero-rated line beside the standard ones
    people = {
        "en": CustomerDraft(name="Emma Clarke", language="en"),
        "ar": CustomerDraft(name="خالد العتيبي", language="ar"),
        "fa": CustomerDraft(name="مهسا رضایی", language="fa"),
    }
    ship_to = Address(recipient="", line1="King Fahd Road 7", district="Al Rawdah", city="Jeddah", country="SA")
    orders = {}
    for language, person in people.items():
        customer = services.customers.create_customer(person)
        services.tax.set_buyer_vat(customer, "310122393500003")  # business customers: full tax invoices
        draft = OrderDraft(
            lines=(
                LineDraft("Rose soap", 3, 1150, product_id=soap),
                LineDraft("Date box", 1, 4600, product_id=dates),
                LineDraft("Saffron tea", 1, 2300),
            ),
            customer_id=customer,
            shipping_minor=1500,
            ship_to=replace(ship_to, recipient=person.name),
        )
        orders[language] = services.orders.place_order(draft).id
    cancelled = services.orders.place_order(
        OrderDraft(lines=(LineDraft("Rose soap", 2, 1150, product_id=soap),), customer_id=customer)
    ).id
    services.orders.change_status([cancelled], "cancelled")  # its credit note
    written = []

    def write(document: str, order_id: int, size: str, language: str, name: str) -> None:
        out = out_dir / name
        services.tax_prints.write_pdf(document, [order_id], size, tax_text, out, language=language, mark_printed=False)
        written.append(out)

    for language, order_id in orders.items():
        write("receipts", order_id, "80mm", language, f"tax_receipt_80mm_{language}.pdf")
    write("receipts", orders["ar"], "58mm", "ar", "tax_receipt_58mm_ar.pdf")
    for language, order_id in orders.items():
        write("invoices", order_id, "a4", language, f"tax_invoice_a4_{language}.pdf")
    write("credit-notes", cancelled, "a4", "ar", "tax_credit_note_a4_ar.pdf")
    persian = Formatter(DisplayPreferences(language="fa", calendar="jalali"))
    today = date.today()
    start = today.replace(day=1)
    report = services.tax_report.report(start, today, month_starts=report_months(start, today, persian))
    written.append(export_tax_report(report, persian, "Golnar & Co.", out_dir / "tax_report_fa.pdf"))
    database.close()
    return written


if __name__ == "__main__":
    main()
