"""Payments in the window: a sale at the counter is paid in full on save (F8 changes it) with no key more than
before; the order page shows paid, balance and the money history, records a payment with Enter, and refuses more
than the balance with both amounts, in the user's language."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from tests.views.test_order_address import IN_STORE_KEYS, Keyboard, _open_form

# The address typed on the same sale (the ship-to opened and its first line chosen with the mouse): the street,
# Tab twice (past the second line), the district, Tab, the city; measured on the form before payments (29095be).
ADDRESS_KEYS = 15 + 2 + 5 + 1 + 6


def _sale_to_a_new_customer(keys, form, qtbot, *, address=False):
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
    if address:
        form.ship_check.click()
        QTest.mouseClick(form.ship_fields.edits["line1"], Qt.MouseButton.LeftButton)
        keys.type("King Fahd Rd 12")
        keys.press(Qt.Key.Key_Tab)
        keys.press(Qt.Key.Key_Tab)
        keys.type("Olaya")
        keys.press(Qt.Key.Key_Tab)
        keys.type("Riyadh")
    with qtbot.waitSignal(form.order_placed) as placed:
        keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    return placed.args[0]


def test_an_in_store_sale_to_a_new_customer_with_an_address_is_paid_in_full_with_no_key_more(
    make_window, fresh_shop, qtbot
):
    window = make_window("en", fresh_shop)
    _view, form = _open_form(window, qtbot)
    assert form.paid_in_full.isChecked() and form.paid_in_full.text() == "Paid in full on save (F8)"
    keys = Keyboard()
    order_id = _sale_to_a_new_customer(keys, form, qtbot, address=True)
    assert keys.count == IN_STORE_KEYS + ADDRESS_KEYS
    services = build_services(fresh_shop.unit_of_work)
    detail = services.orders.get_order(order_id)
    assert (detail.row.status, detail.ship_to.city) == ("paid", "Riyadh")
    money = services.payments.money(order_id)
    assert [(e.method, e.amount_minor) for e in money.entries] == [("cash", detail.row.total_minor)]
    assert money.balance_minor == 0


def test_an_order_to_ship_waits_for_its_money(make_window, fresh_shop, qtbot):
    window = make_window("en", fresh_shop)
    _view, form = _open_form(window, qtbot)
    form.channel.setCurrentIndex(form.channel.findData("instagram"))  # to be shipped: paid when the money comes
    assert not form.paid_in_full.isChecked() and form.paid.isVisibleTo(form)
    form.channel.setCurrentIndex(form.channel.findData("in_store"))
    assert form.paid_in_full.isChecked()


def test_f8_leaves_a_counter_sale_unpaid_and_cash_on_delivery_waits_for_the_courier(make_window, fresh_shop, qtbot):
    window = make_window("en", fresh_shop)
    _view, form = _open_form(window, qtbot)
    form.set_line(0, item="Rose soap", quantity="2")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8)  # one key: not paid now
    assert not form.paid_in_full.isChecked() and form.paid.isVisibleTo(form)
    assert "Balance due 25.00 SAR" in form.totals.text()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8)
    assert form.paid_in_full.isChecked() and "Balance due 0.00 SAR" in form.totals.text()
    form.channel.setCurrentIndex(form.channel.findData("whatsapp"))
    assert form.paid_in_full.isChecked()  # chosen with F8: the channel leaves it as chosen
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8)
    form.payment_method.setCurrentIndex(form.payment_method.findData("cash_on_delivery"))
    form.ship_check.setChecked(False)
    with qtbot.waitSignal(form.order_placed) as placed:
        form.save()
    money = build_services(fresh_shop.unit_of_work).payments.money(placed.args[0])
    assert (money.status, money.paid_minor, money.balance_minor) == ("new", 0, 2500)


def _unpaid(database, total=10000):
    services = build_services(database.unit_of_work)
    customer = services.customers.create_customer(CustomerDraft(name="مهسا کریمی", phone="09351112233"))
    placed = services.orders.place_order(
        OrderDraft(lines=(LineDraft("صابون گل رز", 1, total),), customer_id=customer, channel="website")
    )
    return services, placed


def test_a_payment_recorded_on_the_order_page_shows_in_its_money_and_settles_it(make_window, fresh_shop, qtbot):
    services, placed = _unpaid(fresh_shop)
    window = make_window("en", fresh_shop)
    view = window.orders_view
    view.open_order(placed.id)
    page = view.order_page
    panel = page.payments_panel
    assert panel.figures.text() == "Paid 0.00 SAR · Balance due 100.00 SAR"
    panel.open_record()
    dialog = panel.record_dialog
    qtbot.waitExposed(dialog)
    assert dialog.amount.text() == "100.00" and dialog.method.currentData() == "cash"
    dialog.amount.setText("40")
    dialog.method.setCurrentIndex(dialog.method.findData("card"))
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)  # Enter records it
    assert not dialog.isVisible()
    assert panel.figures.text() == "Paid 40.00 SAR · Balance due 60.00 SAR"
    assert [panel.table.item(0, column).text() for column in (1, 2, 3)] == ["Payment", "Card", "40.00 SAR"]
    panel.open_record()
    dialog = panel.record_dialog
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)  # the rest, as offered
    assert page.heading.text() == "Order 1001 · Paid"
    assert not panel.record_button.isVisibleTo(page)
    assert view.model.row(0).status == "paid"  # the list follows


def test_more_than_the_balance_is_refused_with_both_amounts_in_persian_and_nothing_is_lost(
    make_window, fresh_shop, qtbot, tmp_path
):
    services, placed = _unpaid(fresh_shop, total=5000)
    services.payments.record_payment(placed.id, 2000, "cash", actor="mina")
    window = make_window("fa", fresh_shop)
    view = window.orders_view
    view.open_order(placed.id)
    panel = view.order_page.payments_panel
    panel.open_record()
    dialog = panel.record_dialog
    dialog.amount.setText("۴۰")
    dialog.note.setText("بیعانه")
    assert dialog.save() is None
    assert dialog.amount_error.text() == "\u2068۴۰٫۰۰ SAR\u2069 بیشتر از \u2068۳۰٫۰۰ SAR\u2069 باقی‌مانده است."
    assert (dialog.amount.text(), dialog.note.text()) == ("۴۰", "بیعانه")
    assert services.payments.money(placed.id).paid_minor == 2000
