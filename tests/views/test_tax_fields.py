"""VAT where products and customers are edited: a product's rate in the catalogue, a business customer's VAT
number in the customer form (checked by the Saudi rule in Saudi Arabia); both only for a shop registered for VAT."""

from __future__ import annotations

import pytest

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings
from shopdesk.services.tax.records import TaxSettings, default_rates
from shopdesk.views import products_dialog as pd


def _register(database, country="SA"):  # noqa: ANN001, ANN202
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country=country))
    services.tax.save_settings(
        TaxSettings(
            registered=True,
            vat_number="300000000000003",
            legal_name_ar="متجر جلنار",
            legal_name_en="Golnar Store",
            rates=default_rates(country),
        )
    )
    return services


def _catalogue(make_window, database, language="en"):  # noqa: ANN001, ANN202
    window = make_window(language, database)
    window.orders_view.open_catalogue()
    return window.orders_view.catalogue


def test_the_catalogue_has_no_vat_rate_column_while_the_shop_is_not_registered(make_window, fresh_shop):
    dialog = _catalogue(make_window, fresh_shop)
    assert dialog.table.isColumnHidden(pd.VAT_RATE) and dialog.rate_combo(0) is None
    dialog.set_cell(0, pd.PRICE, "13.00")
    assert dialog.save() == 1  # the rest of the catalogue is edited as before


@pytest.mark.parametrize(
    ("language", "default", "zero"),
    [
        ("en", "Default (15%)", "Zero-rated"),
        ("ar", "الافتراضية (١٥٪\u061c)", "خاضع لنسبة صفر"),
        ("fa", "پیش‌فرض (۱۵٪)", "نرخ صفر"),
    ],
)
def test_a_products_vat_rate_is_chosen_in_the_catalogue_and_orders_are_taxed_at_it(
    make_window, fresh_shop, tmp_path, language, default, zero
):
    services = _register(fresh_shop)
    dialog = _catalogue(make_window, fresh_shop, language)
    assert not dialog.table.isColumnHidden(pd.VAT_RATE)
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, pd.SKU).text() == "TEA")
    combo = dialog.rate_combo(row)
    assert combo.currentText() == default and combo.currentData() == ""
    combo.setCurrentIndex(combo.findData("zero"))
    assert combo.currentText() == zero
    dialog.table.scrollToItem(dialog.table.item(row, pd.ACTIVE))
    dialog.grab().save(str(tmp_path / f"catalogue_tax_{language}.png"))
    assert dialog.save() == 1
    tea = next(p for p in services.products.list_products() if p.sku == "TEA")
    assert services.tax.product_rates()[tea.id] == "zero"
    placed = services.orders.place_order(OrderDraft(lines=(LineDraft("Saffron tea", 1, 2400, product_id=tea.id),)))
    assert services.tax.order_tax(placed.id).tax_minor == 0
    dialog.reject()
    again = _catalogue(make_window, fresh_shop, language)
    assert again.rate_combo(row).currentData() == "zero"  # as saved


def _customer_form(make_window, database, language="en"):  # noqa: ANN001, ANN202
    window = make_window(language, database)
    window.show_area("customers")
    view = window.page("customers")
    view.open_new_customer()
    return view.dialog


def test_the_customer_form_has_no_vat_number_while_the_shop_is_not_registered(make_window, fresh_shop):
    dialog = _customer_form(make_window, fresh_shop)
    assert dialog.vat_number.isHidden() or not dialog.vat_number.isVisibleTo(dialog)


@pytest.mark.parametrize(
    ("language", "refused"),
    [
        ("en", "A Saudi VAT number has 15 digits and begins and ends with 3."),
        ("ar", "يتكون الرقم الضريبي السعودي من ١٥ رقمًا يبدأ بـ ٣ وينتهي بـ ٣."),
        ("fa", "شماره اقتصادی عربستان ۱۵ رقم است و با ۳ آغاز و با ۳ تمام می‌شود."),
    ],
)
def test_a_business_customers_vat_number_is_checked_by_the_saudi_rule_and_saved(
    make_window, fresh_shop, tmp_path, language, refused
):
    services = _register(fresh_shop)
    dialog = _customer_form(make_window, fresh_shop, language)
    assert dialog.vat_number.isVisibleTo(dialog)
    dialog.name.setText("Golnar Trading")
    dialog.vat_number.setText("310122393500004")  # ends with 4
    assert dialog.save() is None
    assert dialog.errors["vat_number"].text() == refused
    assert dialog.vat_number.text() == "310122393500004"  # kept as typed
    assert services.customers.newest_customers(limit=5) == []  # nothing saved
    dialog.grab().save(str(tmp_path / f"customer_vat_{language}.png"))
    dialog.vat_number.setText("٣١٠-١٢٢-٣٩٣٥-٠٠٠٠٣")  # Arabic-Indic digits and dashes, as printed on a certificate
    customer_id = dialog.save()
    assert customer_id is not None
    assert services.tax.buyer_vat(customer_id) == "310122393500003"
    view = dialog.parent()
    view.open_edit_customer()
    assert view.dialog.vat_number.text() == "310122393500003"


def test_a_vat_number_is_cleared_by_emptying_the_field(make_window, fresh_shop):
    services = _register(fresh_shop)
    customer = services.customers.create_customer(CustomerDraft(name="Golnar Trading"))
    services.tax.set_buyer_vat(customer, "310122393500003")
    window = make_window("en", fresh_shop)
    window.show_area("customers")
    view = window.page("customers")
    view.show_customer(customer)
    view.open_edit_customer()
    view.dialog.vat_number.setText("")
    assert view.dialog.save() == customer
    assert services.tax.buyer_vat(customer) == ""
