"""From a search box, the keyboard reaches the matches: Enter on a single match opens it, Down goes into the list."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services


def _shop(database):
    services = build_services(database.unit_of_work)
    ali = services.customers.create_customer(CustomerDraft(name="علی رضایی", phone="09121234567", language="fa"))
    omar = services.customers.create_customer(CustomerDraft(name="Omar Haddad", phone="+962795550100"))
    orders = {}
    for customer, price in ((ali, 1250), (omar, 900), (omar, 400)):
        orders.setdefault(customer, []).append(
            services.orders.place_order(OrderDraft(lines=(LineDraft("Soap", 1, price),), customer_id=customer))
        )
    return ali, omar, orders


def _active(window, qtbot):
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_enter_in_the_orders_search_opens_the_single_match(make_window, fresh_shop, qtbot):
    ali, _omar, orders = _shop(fresh_shop)
    window = make_window("en", fresh_shop)
    _active(window, qtbot)
    view = window.orders_view
    view.search.setFocus()
    view.search.setText("رضایی")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(view, "order_page", None) is not None)
    assert view.order_page._order_id == orders[ali][0].id


def test_enter_with_several_matches_opens_nothing_and_down_goes_into_the_list(make_window, fresh_shop, qtbot):
    _ali, _omar, _orders = _shop(fresh_shop)
    window = make_window("en", fresh_shop)
    _active(window, qtbot)
    view = window.orders_view
    view.search.setFocus()
    view.search.setText("Omar")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.model.rowCount() == 2
    assert getattr(view, "order_page", None) is None
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    qtbot.waitUntil(view.table.hasFocus)
    assert view.table.currentIndex().row() == 0
    first = view.model.row(0).id
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(view, "order_page", None) is not None)
    assert view.order_page._order_id == first


def test_enter_or_down_in_the_customers_search_opens_the_single_match(make_window, fresh_shop, qtbot):
    ali, omar, _orders = _shop(fresh_shop)
    window = make_window("en", fresh_shop)
    window.show_area("customers")
    view = window.page("customers")
    _active(window, qtbot)
    view.search.setFocus()
    view.search.setText("رضایی")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.profile is not None)
    assert view.profile.id == ali

    view.search.clear()
    qtbot.keyClicks(view.search, "Omar")  # typed: the list follows after a pause, or at once on Down
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    qtbot.waitUntil(view.results.hasFocus)
    assert view.results.count() == 1
    qtbot.waitUntil(lambda: view.profile.id == omar)


@pytest.mark.parametrize("typed", ["4567", "۴۵۶۷", "٤٥٦٧", "123 4567"])
def test_the_last_digits_of_a_phone_find_the_customer_and_their_orders(make_window, database, qtbot, typed):
    from shopdesk.services.settings import ShopSettings

    build_services(database.unit_of_work).settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="IR"))
    ali, omar, orders = _shop(database)
    window = make_window("en", database)
    view = window.orders_view
    view.search.setText(typed)
    view.apply_filters()
    assert [view.model.row(i).id for i in range(view.model.rowCount())] == [orders[ali][0].id]

    window.show_area("customers")
    customers = window.page("customers")
    customers.search.setText(typed)
    customers.refresh_list()
    assert [customers.results.item(i).data(Qt.ItemDataRole.UserRole).id for i in range(customers.results.count())] == [
        ali
    ]


def test_three_last_digits_are_too_few_to_search_by(make_window, fresh_shop):
    _shop(fresh_shop)
    window = make_window("en", fresh_shop)
    window.show_area("customers")
    customers = window.page("customers")
    customers.search.setText("567")  # a phone's last three digits are shared by too many customers
    customers.refresh_list()
    assert customers.results.count() == 0
