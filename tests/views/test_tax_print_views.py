"""Receipts, tax invoices and credit notes printed from the app: the print studio offers them on their own sizes
(80 mm and 58 mm rolls, A5, A4) through ``TaxPrintService``; the order page saves an order's receipt or invoice.
A preview is not a printing: only saving or printing notes them, and a later printing says "copy"."""

from __future__ import annotations

import pytest

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings
from shopdesk.services.tax.records import TaxSettings, default_rates

MM = 72 / 25.4  # PDF points in a millimetre


def _shop(database, *, registered=True):  # noqa: ANN001, ANN202
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    if registered:
        services.tax.save_settings(
            TaxSettings(
                registered=True,
                vat_number="300000000000003",
                legal_name_ar="متجر جلنار",
                legal_name_en="Golnar Store",
                rates=default_rates("SA"),
            )
        )
    huda = services.customers.create_customer(CustomerDraft(name="هدى", language="ar"))
    placed = [
        services.orders.place_order(OrderDraft(lines=(LineDraft("صابون", 2, 1150),), customer_id=huda))
        for _ in range(2)
    ]
    return services, placed


@pytest.mark.parametrize(
    ("language", "roll", "gift"),
    [
        ("en", "80 mm roll (receipt printer)", "Gift mode (no prices, with the gift message)"),
        ("ar", "لفافة ٨٠ مم (طابعة الإيصالات)", None),
        ("fa", "رول ۸۰ میلی‌متری (چاپگر رسید)", None),
    ],
)
def test_the_print_studio_previews_receipts_on_an_80_mm_roll_and_notes_them_printed_when_saved(
    make_window, fresh_shop, qtbot, tmp_path, language, roll, gift
):
    services, placed = _shop(fresh_shop)
    window = make_window(language, fresh_shop)
    window.show_area("print")
    view = window.page("print")
    view.document.setCurrentIndex(view.document.findData("receipts"))
    assert [view.size.itemData(i) for i in range(view.size.count())] == ["80mm", "58mm", "a5", "a4"]
    assert view.size.currentData() == "80mm" and view.size.currentText() == roll
    assert not view.gift_mode.isEnabled() and not view.messages_button.isEnabled()
    view.numbers.setText("1001, 1002")
    view.numbers.textEdited.emit(view.numbers.text())
    view.preview_button.click()
    qtbot.waitUntil(lambda: view.ready is not None, timeout=20_000)
    assert view.pdf.pageCount() == 2
    assert round(view.pdf.pagePointSize(0).width() / MM) == 80
    ids = [p.id for p in placed]
    assert not any(row.printed_before for row in services.tax.invoices(ids))  # a preview is not a printing
    window.grab().save(str(tmp_path / f"print_tax_{language}.png"))
    target = tmp_path / "receipts.pdf"
    view._ask_save_path = lambda suggested: str(target)
    view.save_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert all(row.printed_before for row in services.tax.invoices(ids))  # the next printing says "copy"
    # back to inserts: their own sizes and options again
    view.document.setCurrentIndex(view.document.findData("inserts"))
    assert view.size.currentData() == "a6" and view.gift_mode.isEnabled()
    if gift is not None:
        assert view.gift_mode.text() == gift


def test_credit_notes_of_orders_without_any_are_explained(make_window, fresh_shop, qtbot):
    services, placed = _shop(fresh_shop)
    window = make_window("en", fresh_shop)
    window.show_area("print")
    view = window.page("print")
    view.document.setCurrentIndex(view.document.findData("credit-notes"))
    assert view.size.currentData() == "a4"
    view.numbers.setText("1001")
    view.numbers.textEdited.emit(view.numbers.text())
    view.preview_button.click()
    qtbot.waitUntil(lambda: view._job is None, timeout=20_000)
    assert view.ready is None
    assert view.message.text().startswith("The orders chosen have none of these documents")
    services.orders.change_status([placed[0].id], "cancelled")  # a credit note now
    view.preview_button.click()
    qtbot.waitUntil(lambda: view.ready is not None, timeout=20_000)
    assert view.pdf.pageCount() == 1 and round(view.pdf.pagePointSize(0).width() / MM) == 210


@pytest.mark.parametrize(
    ("language", "saved"), [("en", "The receipt is saved in"), ("ar", "حُفظ الإيصال في"), ("fa", "رسید در")]
)
def test_the_order_page_saves_the_orders_receipt_and_invoice(make_window, fresh_shop, qtbot, tmp_path, language, saved):
    services, placed = _shop(fresh_shop)
    window = make_window(language, fresh_shop)
    window.orders_view.open_order(placed[0].id)
    page = window.orders_view.order_page
    buttons = page.tax_print
    assert buttons.isVisibleTo(page)
    receipt = tmp_path / "receipt.pdf"
    buttons.ask_save_path = lambda suggested: str(receipt)
    assert buttons.print_document("receipts")
    assert receipt.read_bytes().startswith(b"%PDF")
    assert saved in page.print_note.text()
    page.grab().save(str(tmp_path / f"order_page_tax_{language}.png"))
    invoice = tmp_path / "invoice.pdf"
    buttons.ask_save_path = lambda suggested: str(invoice)
    buttons.invoice_button.click()
    assert invoice.read_bytes().startswith(b"%PDF")
    assert services.tax.invoices([placed[0].id])[0].printed_before


def test_an_order_placed_without_vat_has_a_plain_receipt_and_no_invoice(make_window, fresh_shop, qtbot, tmp_path):
    services, placed = _shop(fresh_shop, registered=False)
    window = make_window("en", fresh_shop)
    window.orders_view.open_order(placed[0].id)
    page = window.orders_view.order_page
    page.tax_print.ask_save_path = lambda suggested: str(tmp_path / suggested)
    assert page.tax_print.print_document("receipts")
    assert not page.tax_print.print_document("invoices")
    assert page.print_note.text() == "This order has no tax invoice: it was placed without VAT."
    assert not (tmp_path / "invoice-1.pdf").exists()
