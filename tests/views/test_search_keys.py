"""From a search box, the keyboard reaches the matches: Enter on a single match opens it, Down goes into the list."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services


def _shop(database):
    services = build_services(database.unit_of_work)
    ali = services.customers.create_customer(CustomerDraft(name="علی رضایی", phone="09121234567", language="fa"))
    omar = services.customers.create_customer(CustomerDraft(name="Omar Haddad", phone="+962791234567"))
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
