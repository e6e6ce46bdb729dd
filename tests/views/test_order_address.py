"""The order form's addresses and percent discounts, driven as people use it."""

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
