"""VAT in the order screens: the order form's running total adds the VAT on top when prices exclude it and "Paid in
full on save" pays that gross; the order page shows net, VAT by rate, gross and the invoice number; an order opened
from a customer's history offers Edit… as in the Orders area."""

from PySide6.QtCore import Qt

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from shopdesk.services.tax.records import TaxSettings, default_rates
from tests.views.test_order_address import Keyboard, _open_form


def _register(services, *, inclusive):
    services.tax.save_settings(
        TaxSettings(
            registered=True,
            vat_number="300000000000003",
            legal_name_en="Golnar Store",
            prices_include_tax=inclusive,
            rates=default_rates("SA"),
        )
    )


def test_an_in_store_sale_in_a_shop_pricing_before_tax_is_paid_its_gross_with_balance_zero(
    make_window, fresh_shop, qtbot
):
    services = build_services(fresh_shop.unit_of_work)
    _register(services, inclusive=False)
    window = make_window("en", fresh_shop)
    _view, form = _open_form(window, qtbot)
    keys = Keyboard()
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Tab)
    keys.type("Rose soap")
    keys.press(Qt.Key.Key_Tab)
    keys.type("2")
    keys.press(Qt.Key.Key_Tab)
    keys.type("50")
    keys.press(Qt.Key.Key_Tab)
    assert form.totals.text() == "Subtotal 100.00 SAR · VAT 15.00 SAR · Total 115.00 SAR · Balance due 0.00 SAR"
    with qtbot.waitSignal(form.order_placed) as placed:
        keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    money = services.payments.money(placed.args[0])
    assert (money.total_minor, money.paid_minor, money.balance_minor) == (11500, 11500, 0)
    assert services.orders.get_order(placed.args[0]).row.status == "paid"


def test_the_order_page_shows_the_tax_lines_and_the_invoice_number(make_window, fresh_shop, qtbot):
    services = build_services(fresh_shop.unit_of_work)
    _register(services, inclusive=True)
    placed = services.orders.place_order(
        OrderDraft(lines=(LineDraft("Oud", 1, 11500),), shipping_minor=1150, paid_minor=12650)
    )
    window = make_window("en", fresh_shop)
    view = window.orders_view
    view.open_order(placed.id)
    page = view.order_page
    assert "incl. VAT 16.50 SAR · Total 126.50 SAR" in page.totals.text()
    assert page.tax_lines.text().lstrip("\u200e") == "Net 110.00 SAR · VAT 15% 16.50 SAR · Gross 126.50 SAR\nInvoice 1"


def test_an_order_opened_from_a_customers_history_offers_edit(make_window, fresh_shop, qtbot):
    services = build_services(fresh_shop.unit_of_work)
    customer = services.customers.create_customer(CustomerDraft(name="Huda", phone="0501234567"))
    placed = services.orders.place_order(OrderDraft(lines=(LineDraft("Oud", 1, 10000),), customer_id=customer))
    window = make_window("en", fresh_shop)
    window.show_area("customers")
    customers = window.page_by_key["customers"]
    customers.show_customer(customer)
    customers._on_history_double_clicked(customers.history_model.index(0, 0))
    page = customers.order_page
    assert page.edit_button.isVisibleTo(page) and page.edit_button.isEnabled()
    page.open_edit()
    form = page.edit_dialog
    qtbot.waitExposed(form)
    form.lines.item(0, 1).setText("2")
    with qtbot.waitSignal(form.order_edited):
        form.save()
    assert services.orders.get_order(placed.id).row.total_minor == 20000
    assert customers.history_model.row(0).total_minor == 20000  # the history follows
