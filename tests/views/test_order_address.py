"""The order form's addresses and percent discounts, driven as people use it."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from shopdesk.services.registry import build_services

# Keys pressed to log an in-store sale to a new customer before addresses existed (measured on that form): the
# name typed in the customer search, Tab to "New customer", Space, Tab to the phone, the phone, Tab twice to the
# items, the product's name, Tab, the quantity, Tab, Ctrl+S.
IN_STORE_KEYS = 10 + 1 + 1 + 1 + 12 + 2 + 9 + 1 + 1 + 1 + 1


def _open_form(window, qtbot):
    window.show_area("orders")
    view = window.orders_view
    view.open_order_form()
    form = view.order_form
    qtbot.waitExposed(form)
    form.activateWindow()
    form.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    return view, form


class Keyboard:
    """Presses keys on whatever has the focus, as a person would, and counts them."""

    def __init__(self):
        self.count = 0

    def type(self, text):
        for ch in text:
            QTest.keyClicks(QApplication.focusWidget(), ch)
            self.count += 1

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier):
        QTest.keyClick(QApplication.focusWidget(), key, modifier)
        self.count += 1


def test_an_in_store_sale_to_a_new_customer_takes_no_more_keys_than_before_addresses(make_window, fresh_shop, qtbot):
    window = make_window("en", fresh_shop)
    view, form = _open_form(window, qtbot)
    keys = Keyboard()
    keys.type("Ali Rezaei")
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Space)  # New customer: the name typed moves into it
    keys.press(Qt.Key.Key_Tab)
    keys.type("0912 1234567")
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Tab)
    keys.type("Rose soap")
    keys.press(Qt.Key.Key_Tab)
    keys.type("2")
    keys.press(Qt.Key.Key_Tab)
    with qtbot.waitSignal(form.order_placed) as placed:
        keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert keys.count == IN_STORE_KEYS
    services = build_services(fresh_shop.unit_of_work)
    detail = services.orders.get_order(placed.args[0])
    assert detail.row.customer_name == "Ali Rezaei"
    assert [(line.description, line.quantity, line.sku) for line in detail.lines] == [("Rose soap", 2, "SOAP")]
    assert (detail.ship_to, detail.bill_to, detail.row.channel) == (None, None, "in_store")


@pytest.mark.parametrize(("line_typed", "order_typed"), [("10%", "5%"), ("١٠٪", "٥٪"), ("۱۰٪", "۵٪")])
def test_percent_discounts_in_any_digits_update_the_totals_as_typed(
    make_window, fresh_shop, qtbot, line_typed, order_typed
):
    window = make_window("en", fresh_shop)
    view, form = _open_form(window, qtbot)
    form.set_line(0, item="Rose soap", quantity="3")  # 3 x 12.50 = 37.50
    assert "Total 37.50 SAR" in form.totals.text()
    form.set_line(0, discount=line_typed)  # 3.75 off
    assert form.lines.item(0, 4).text() == "33.75 SAR (−3.75)"
    assert "Total 33.75 SAR" in form.totals.text()
    form.order_discount.setText(order_typed)  # 5% of 33.75 = 1.6875 -> 1.69
    assert form.order_discount_amount.text() == "= 1.69 SAR"
    assert "Total 32.06 SAR" in form.totals.text()
    with qtbot.waitSignal(form.order_placed) as placed:
        form.save()
    detail = build_services(fresh_shop.unit_of_work).orders.get_order(placed.args[0])
    assert [(line.discount_minor, line.discount_basis_points) for line in detail.lines] == [(375, 1000)]
    assert (detail.discount_minor, detail.discount_basis_points, detail.row.total_minor) == (169, 500, 3206)


def test_a_value_the_totals_cannot_use_is_said_as_it_is_typed(make_window, fresh_shop, qtbot):
    window = make_window("en", fresh_shop)
    _view, form = _open_form(window, qtbot)
    form.set_line(0, item="Rose soap")
    form.order_discount.setText("120%")
    assert form.totals.text() == "Total: —  A percent is between 0% and 100%."


def _type_address(fields, **values):
    for name, text in values.items():
        if name == "country":
            fields._select_country(text)
        else:
            fields.edits[name].setText(text)


def test_an_invalid_postal_code_is_named_next_to_its_field_and_nothing_typed_is_lost(make_window, fresh_shop, qtbot):
    window = make_window("fa", fresh_shop)
    _view, form = _open_form(window, qtbot)
    form.set_line(0, item="Rose soap")
    form.channel.setCurrentIndex(form.channel.findData("website"))
    assert form.ship_check.isChecked() and form.address_box.isVisibleTo(form)  # an order to ship shows its address
    assert form.ship_fields.country_code() == "IR"  # the shop's country
    typed = dict(recipient="سارا", line1="خیابان ولیعصر ۱۲", city="تهران", postal_code="۱۲۳۴۵")
    _type_address(form.ship_fields, **typed)
    assert form.save() is None
    error = form.ship_fields.errors["postal_code"]
    assert error.isVisibleTo(form) and error.text() == "این کد پستی آن کشور نیست."
    assert {name: form.ship_fields.edits[name].text() for name in typed} == typed
    assert form.lines.item(0, 0).text() == "Rose soap"
    form.ship_fields.edits["postal_code"].setText("۱۲۳۴۵-۶۷۸۹۰")
    with qtbot.waitSignal(form.order_placed) as placed:
        form.save()
    detail = build_services(fresh_shop.unit_of_work).orders.get_order(placed.args[0])
    assert (detail.ship_to.city, detail.ship_to.postal_code, detail.ship_to.country) == ("تهران", "1234567890", "IR")


def test_the_customers_default_address_is_preselected_and_a_different_bill_to_is_kept(make_window, fresh_shop, qtbot):
    from shopdesk.services.addresses import Address
    from shopdesk.services.customer_records import CustomerDraft

    services = build_services(fresh_shop.unit_of_work)
    sara = services.customers.create_customer(CustomerDraft(name="Sara Ahmadi", phone="09121234567"))
    services.addresses.add_address(sara, Address(line1="Work tower", city="Shiraz", country="IR"), label="work")
    home = Address(line1="12 Valiasr St", city="Tehran", country="IR", postal_code="1234567890")
    services.addresses.add_address(sara, home, label="home", default=True)
    window = make_window("en", fresh_shop)
    _view, form = _open_form(window, qtbot)
    [customer] = services.customers.find_customers("Sara")
    form.choose_customer(customer)
    assert not form.address_box.isVisibleTo(form)  # a sale at the counter: no address unless asked for
    form.ship_check.click()
    assert form.ship_fields.edits["city"].text() == "Tehran"  # the default, preselected
    form.book_combo.setCurrentIndex(1)
    form.book_combo.activated.emit(1)
    assert form.ship_fields.edits["city"].text() == "Shiraz"
    form.bill_check.click()
    _type_address(form.bill_fields, line1="Bazaar 4", city="Isfahan", country="IR")
    form.set_line(0, item="Mug")
    with qtbot.waitSignal(form.order_placed) as placed:
        form.save()
    detail = services.orders.get_order(placed.args[0])
    assert (detail.ship_to.city, detail.bill_to.city) == ("Shiraz", "Isfahan")
    assert detail.row.channel == "in_store"
