"""Logging an order through the form, in English and Persian, and finding it the way people type."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from shopdesk.services.registry import build_services


def _open_form(window, qtbot):
    window.show_area("orders")
    view = window.orders_view
    view.open_order_form()
    form = view.order_form
    qtbot.waitExposed(form)
    return view, form


def _type(widget, text):
    """Key presses for each character, as a keyboard in any script sends them (QTest only knows ASCII keys)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _search(view, text):
    view.search.setText(text)
    view.apply_filters()
    return [view.model.row(i).number for i in range(view.model.rowCount())]


@pytest.mark.parametrize("language", ["en", "fa"])
def test_an_order_logged_through_the_form_is_found_by_a_normalized_search(
    make_window, fresh_shop, qtbot, language, tmp_path
):
    window = make_window(language, fresh_shop)
    view, form = _open_form(window, qtbot)
    form.customer_search.setText("علی رضایی")
    form.new_customer_button.click()
    assert form.new_name.text() == "علی رضایی"
    form.new_phone.setText("۰۹۱۲ ۱۲۳ ۴۵۶۷")
    form.set_line(0, item="صابون گل رز" if language == "fa" else "Rose soap", quantity="۲")
    assert form.lines.item(0, 2).text()  # the product's price was filled in
    row = form.add_line()
    form.set_line(row, item="Gift wrap", quantity="1", price="۵٫۵۰")
    form.shipping.setText("10")
    form.tracking_number.setText("1z 999 aa1")
    form.grab().save(str(tmp_path / f"order_form_{language}.png"))
    form.activateWindow()
    form.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    with qtbot.waitSignal(form.order_placed) as placed:
        qtbot.keyClick(form.lines, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    order_id, number = placed.args
    assert number == 1001
    assert not form.isVisible()

    assert _search(view, "علي") == [1001]  # Arabic yeh finds the Persian spelling
    assert _search(view, "۱۰۰۱") == [1001]
    assert _search(view, "1Z999AA1") == [1001]
    assert _search(view, "nobody") == []
    services = build_services(fresh_shop.unit_of_work)
    [row] = services.orders.page(view.model.query.__class__(), limit=5)
    assert row.total_minor == 2 * 1250 + 550 + 1000
    assert row.customer_phone == "+989121234567"


def test_bad_input_is_explained_next_to_the_field_and_nothing_typed_is_lost(make_window, fresh_shop, qtbot):
    window = make_window("en", fresh_shop)
    _view, form = _open_form(window, qtbot)
    form.set_line(0, item="Rose soap", quantity="2", price="abc")
    form.shipping.setText("12,5")
    assert form.save() is None
    assert form.errors["lines"].isVisible()
    assert "Line 1" in form.errors["lines"].text() and "number" in form.errors["lines"].text()
    assert form.lines.currentColumn() == 2  # the price cell is where the cursor goes
    assert form.lines.item(0, 2).text() == "abc" and form.shipping.text() == "12,5"

    form.set_line(0, price="۱۲٫۵۰")
    assert form.save() is None
    assert "comma" in form.errors["shipping"].text()
    form.shipping.setText("0")
    form.set_line(0, quantity="0")
    assert form.save() is None
    assert "at least 1" in form.errors["lines"].text()
    form.set_line(0, quantity="3")
    assert form.save() == 1001


def test_a_phone_that_belongs_to_someone_offers_that_customer(make_window, fresh_shop, qtbot):
    from shopdesk.services.customer_records import CustomerDraft

    services = build_services(fresh_shop.unit_of_work)
    existing = services.customers.create_customer(CustomerDraft(name="Mahsa Karimi", phone="09351112233"))
    window = make_window("en", fresh_shop)
    _view, form = _open_form(window, qtbot)
    form.new_customer_button.click()
    form.new_name.setText("Mahsa K.")
    form.new_phone.setText("+98 935 111 2233")
    form.set_line(0, item="Mug")
    assert form.save() is None
    assert "Mahsa Karimi" in form.errors["phone"].text()
    assert form.use_existing_button.isVisible()
    form.use_existing_button.click()
    assert "Mahsa Karimi" in form.customer_chosen.text()
    number = form.save()
    [row] = services.orders.page(_view.model.query.__class__(search=str(number)), limit=5)
    assert row.customer_id == existing


def test_names_with_markup_and_control_characters_are_kept_and_shown_safely(make_window, fresh_shop, qtbot):
    window = make_window("en", fresh_shop)
    view, form = _open_form(window, qtbot)
    form.new_customer_button.click()
    form.new_name.setText("Sara <b>&\u202e\x07")
    form.set_line(0, item="Mug")
    form.save()
    shown = view.model.index(0, 2).data()
    assert "<b>&" in shown and "\u202e" not in shown and "\x07" not in shown
    assert view.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "Sara <b>&\u202e\x07"


def test_a_ten_thousand_character_name_is_refused_with_a_message(make_window, fresh_shop, qtbot):
    window = make_window("en", fresh_shop)
    _view, form = _open_form(window, qtbot)
    form.new_customer_button.click()
    form.new_name.setText("x" * 10_000)
    form.set_line(0, item="Mug")
    assert form.save() is None
    assert form.errors["name"].text() == "This is too long (at most 200 characters)."
    assert len(form.new_name.text()) == 10_000 or form.new_name.maxLength() < 10_000


def test_forty_orders_are_marked_packed_from_the_list(make_window, sqlite_demo, qtbot):
    window = make_window("en", sqlite_demo)
    view = window.orders_view
    view.status_filter.setCurrentIndex(view.status_filter.findData("paid"))
    view.apply_filters()
    paid = view.model.rowCount()
    assert paid > 0
    view.table.selectAll()
    view.change_status("packed")
    assert view.model.rowCount() == 0  # none left that are paid
    view.status_filter.setCurrentIndex(0)
    view.apply_filters()
    assert "order" in view.count_label.text()


def test_sorting_by_a_column_asks_the_database_in_that_order(make_window, sqlite_demo):
    window = make_window("en", sqlite_demo)
    view = window.orders_view
    view.table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.AscendingOrder)
    totals = [view.model.row(i).total_minor for i in range(view.model.rowCount())]
    assert totals == sorted(totals) and len(totals) == 200
    while view.model.canFetchMore():
        view.model.fetchMore()
    assert view.model.rowCount() == 300
    everything = [view.model.row(i).total_minor for i in range(300)]
    assert everything == sorted(everything)


def test_the_item_cell_offers_catalogue_names_as_you_type(make_window, fresh_shop, qtbot):
    window = make_window("fa", fresh_shop)
    _view, form = _open_form(window, qtbot)
    form.lines.setCurrentCell(0, 0)
    form.lines.editItem(form.lines.item(0, 0))
    editor = form.lines.findChild(QLineEdit)
    completer = editor.completer()
    completer.setCompletionPrefix("زعفران")
    assert completer.currentCompletion() == "چای زعفرانی"


def test_messages_name_the_table_line_the_user_sees_even_after_an_empty_one(make_window, fresh_shop, qtbot):
    window = make_window("en", fresh_shop)
    _view, form = _open_form(window, qtbot)
    form.add_line()
    form.set_line(1, item="Mug", quantity="0")
    form.set_line(0, quantity="1")  # row 0 stays untouched (no item, no price)
    assert form.save() is None
    assert form.errors["lines"].text().startswith("Line 2:")
    assert form.lines.currentRow() == 1
    form.set_line(1, quantity="2", price="abc")
    assert form.lines.item(1, 4).text() == "—"  # a line total never shows a stale amount


def test_each_order_field_has_its_message_and_markup_in_names_stays_text(make_window, fresh_shop, qtbot):
    from PySide6.QtCore import Qt as _Qt

    from shopdesk.services.customer_records import CustomerSummary

    window = make_window("en", fresh_shop)
    _view, form = _open_form(window, qtbot)
    form.set_line(0, item="Mug")
    form.discount_code.setText("X" * 65)
    assert form.save() is None
    assert form.errors["discount_code"].isVisible() and not form.errors["lines"].isVisible()
    form.choose_customer(CustomerSummary(id=1, name="<i>Sara</i> <img src=x>", phone="", email="", language="en"))
    assert form.customer_chosen.textFormat() == _Qt.TextFormat.PlainText
    assert "<i>Sara</i>" in form.customer_chosen.text()
    assert all(error.textFormat() == _Qt.TextFormat.PlainText for error in form.errors.values())


def test_the_date_filter_uses_the_days_picked_in_the_desks_calendar(make_window, fresh_shop, qtbot):
    from PySide6.QtCore import QDate

    window = make_window("fa", fresh_shop)
    view, form = _open_form(window, qtbot)
    form.set_line(0, item="Mug")
    form.save()
    view.use_dates.setChecked(True)
    assert view.model.rowCount() == 1
    view.date_to.setDate(QDate.currentDate().addDays(-1))
    assert view.model.rowCount() == 0 and view.query().date_to == QDate.currentDate().addDays(-1).toPython()


@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_enter_in_the_customer_search_chooses_the_highlighted_match(make_window, database, qtbot, language, tmp_path):
    from shopdesk.services.customer_records import CustomerDraft
    from shopdesk.services.settings import ShopSettings

    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="IR"))
    wanted = services.customers.create_customer(CustomerDraft(name="علی حسینی", phone="09121110001"))
    for name, phone in (("علی حسینی‌پور", "09121110002"), ("علیرضا حسینی", "09121110003")):
        services.customers.create_customer(CustomerDraft(name=name, phone=phone))
    window = make_window(language, database)
    _view, form = _open_form(window, qtbot)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    form.customer_search.setFocus()
    _type(form.customer_search, "علي حسيني")  # typed with the Arabic yeh
    qtbot.waitUntil(lambda: form.customer_results.count() == 3)
    results = form.customer_results
    assert results.currentItem().data(Qt.ItemDataRole.UserRole).id == wanted
    # Every suggestion is shown whole: no row is cut off by the list's edge.
    viewport = results.viewport().rect()
    for row in range(results.count()):
        assert viewport.contains(results.visualItemRect(results.item(row))), f"row {row} is cut off"
    form.grab().save(str(tmp_path / f"order_form_suggestions_{language}.png"))

    qtbot.keyClick(form.customer_search, Qt.Key.Key_Return)
    assert not form.new_customer.isVisible()
    assert form._customer is not None and form._customer.id == wanted
    assert "علی حسینی" in form.customer_chosen.text()
    form.shipping.setFocus()
    qtbot.keyClick(form.shipping, Qt.Key.Key_Return)  # Enter elsewhere does not drop her either
    assert form._customer.id == wanted and not form.new_customer.isVisible()
    form.set_line(0, item="Gift wrap", price="5")
    number = form.save()
    [row] = services.orders.page(_view.model.query.__class__(search=str(number)), limit=5)
    assert row.customer_id == wanted
    assert len(services.customers.find_customers("علی حسینی", limit=10)) == 3  # nobody new was made


def test_enter_on_a_name_nobody_has_opens_the_new_customer_fields_with_it(make_window, fresh_shop, qtbot):
    window = make_window("fa", fresh_shop)
    _view, form = _open_form(window, qtbot)
    _type(form.customer_search, "نگار")
    qtbot.keyClick(form.customer_search, Qt.Key.Key_Return)
    assert form.new_customer.isVisible() and form.new_name.text() == "نگار"


def test_down_then_enter_chooses_the_next_suggestion(make_window, fresh_shop, qtbot):
    from shopdesk.services.customer_records import CustomerDraft

    services = build_services(fresh_shop.unit_of_work)
    for name, phone in (("Sara Ahmadi", "09121110001"), ("Sara Karimi", "09121110002")):
        services.customers.create_customer(CustomerDraft(name=name, phone=phone))
    window = make_window("en", fresh_shop)
    _view, form = _open_form(window, qtbot)
    _type(form.customer_search, "sara")
    qtbot.waitUntil(lambda: form.customer_results.count() == 2)
    second = form.customer_results.item(1).data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(form.customer_search, Qt.Key.Key_Down)
    qtbot.keyClick(form.customer_search, Qt.Key.Key_Return)
    assert form._customer == second and not form.new_customer.isVisible()
    qtbot.keyClick(form.customer_search, Qt.Key.Key_Return)  # Enter again: still her, not the first match
    assert form._customer == second and not form.new_customer.isVisible()


@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_a_save_while_an_import_is_written_waits_with_a_message_keeps_the_form_and_saves_when_it_can(
    make_window, fresh_shop, qtbot, language, tmp_path
):
    import json
    import os
    import sqlite3

    window = make_window(language, fresh_shop)
    view, form = _open_form(window, qtbot)
    form.set_line(0, item="Rose soap", quantity="2")
    form.gift_message.setText("Happy Nowruz")
    # An import on TILL-2 says it is writing, and holds the file's write lock as its transaction does.
    other_desk = sqlite3.connect(fresh_shop.sqlite_path, isolation_level=None)
    note = {"what": "import", "host": "TILL-2", "pid": os.getpid(), "user": "sara", "since": None, "started": None}
    other_desk.execute(
        "INSERT INTO setting (key, value, updated_at) VALUES ('writing.import.TILL-2.1', ?, '2026-01-01 00:00:00')",
        (json.dumps(note),),
    )
    other_desk.execute("BEGIN IMMEDIATE")
    try:
        assert form.save() is None  # waited a moment for the lock, then said so
        assert form.isVisible() and form.waiting
        assert form.waiting_note.isVisible() and "TILL-2" in form.waiting_note.text()
        assert form.lines.item(0, 0).text() == "Rose soap" and form.gift_message.text() == "Happy Nowruz"
        form.grab().save(str(tmp_path / f"order_form_waiting_{language}.png"))
    finally:
        other_desk.execute("ROLLBACK")  # the import is over: its lock and its note go
        other_desk.execute("DELETE FROM setting WHERE key LIKE 'writing.%'")
        other_desk.close()
    with qtbot.waitSignal(form.order_placed, timeout=30_000) as placed:
        pass  # saved by itself, nothing pressed
    assert placed.args[1] == 1001
    assert not form.isVisible() and not form.waiting
    [row] = build_services(fresh_shop.unit_of_work).orders.page(view.model.query.__class__(), limit=5)
    assert row.total_minor == 2 * 1250


def test_paid_over_the_total_and_too_long_notes_are_explained_next_to_their_fields(make_window, fresh_shop, qtbot):
    window = make_window("en", fresh_shop)
    _view, form = _open_form(window, qtbot)
    form.set_line(0, item="Mug", quantity="1", price="1.00")
    form.paid_in_full.click()  # F8: not paid in full, what was paid is typed
    form.paid.setText("1000000000000")
    assert form.save() is None
    assert form.errors["paid"].text() == (
        "This is more than the order's total: record what the order costs, not the cash handed over."
    )
    assert "Total 1.00" in form.totals.text()  # the total stays in sight while what was paid is wrong
    form.paid.setText("1.00")
    form.notes.setPlainText("n" * 10_001)
    assert form.save() is None
    assert form.errors["notes"].text() == "This is too long (at most 10,000 characters)."
    assert form.errors["notes"].isVisibleTo(form) and not form.errors["lines"].isVisibleTo(form)
    form.notes.setPlainText("n" * 10_000)
    form.gift_message.setText("g" * 501)
    assert form.save() is None
    assert form.errors["gift_message"].text() == "This is too long (at most 500 characters)."
    form.gift_message.setText("Happy Eid")
    form.set_line(0, item="d" * 501)
    assert form.save() is None
    assert form.errors["lines"].text() == "Line 1: This is too long (at most 500 characters)."
    form.set_line(0, item="Mug")
    assert form.save() == 1001


@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_every_fields_error_shows_at_once_beside_its_field_and_nothing_typed_is_lost(
    make_window, fresh_shop, qtbot, language, tmp_path
):
    window = make_window(language, fresh_shop)
    _view, form = _open_form(window, qtbot)
    form.customer_search.setText("Sara")
    form.new_customer_button.click()
    form.new_phone.setText("12")  # not a phone
    form.shipping.setText("abc")  # not a number
    form.gift_message.setText("x" * 501)  # too long
    # no line at all
    assert form.save() is None
    shown = {key for key, label in form.errors.items() if label.isVisible() and label.text()}
    assert shown == {"lines", "phone", "shipping", "gift_message"}, shown
    if language == "en":
        assert form.errors["lines"].text() == "Add at least one line."
        assert form.errors["phone"].text() == "This is not a phone number."
    form.grab().save(str(tmp_path / f"order_form_all_errors_{language}.png"))
    assert (form.new_name.text(), form.new_phone.text(), form.shipping.text()) == ("Sara", "12", "abc")
    assert form.gift_message.text() == "x" * 501

    form.set_line(0, item="Rose soap", quantity="2", price="abc")  # a line, now with a bad price
    form.new_phone.setText("09121234567")
    assert form.save() is None
    shown = {key for key, label in form.errors.items() if label.isVisible() and label.text()}
    assert shown == {"lines", "shipping", "gift_message"}, shown
    form.set_line(0, price="12.50")
    form.shipping.setText("0")
    form.gift_message.setText("For you")
    assert form.save() == 1001
