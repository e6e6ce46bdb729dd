"""The Customers area: find as you type, profile with SQL figures and history, edit, merge."""

import re

import pytest
from PySide6.QtWidgets import QApplication, QHeaderView

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services


def _customers_view(make_window, database, language="en"):
    window = make_window(language, database)
    window.show_area("customers")
    return window, window.page("customers")


def _figure(view, key):
    """A figure as read: its value after the mark that aligns it with the interface."""
    return view.figure_labels[key][1].text().lstrip("\u200e\u200f")


def _shop_with_customers(database):
    services = build_services(database.unit_of_work)
    ali = services.customers.create_customer(CustomerDraft(name="علی رضایی", phone="09121234567", language="fa"))
    omar = services.customers.create_customer(CustomerDraft(name="Omar Haddad", phone="+962791234567"))
    twin = services.customers.create_customer(CustomerDraft(name="Omar H.", notes="prefers WhatsApp"))
    for customer, price in ((ali, 1250), (ali, 2500), (omar, 900), (twin, 100)):
        services.orders.place_order(OrderDraft(lines=(LineDraft("Soap", 1, price),), customer_id=customer))
    return services, ali, omar, twin


def test_typing_arabic_spelling_finds_the_persian_customer_and_shows_the_figures(make_window, fresh_shop, tmp_path):
    _services, ali, _omar, _twin = _shop_with_customers(fresh_shop)
    _window, view = _customers_view(make_window, fresh_shop, "fa")
    view.search.setText("علي")
    view.refresh_list()
    assert view.results.count() == 1
    view.results.setCurrentRow(0)
    assert view.profile.id == ali
    assert _figure(view, "orders") == "۲"
    assert _figure(view, "total") == "۳۷٫۵۰ SAR"
    assert _figure(view, "average") == "۱۸٫۷۵ SAR"
    assert view.history_model.rowCount() == 2
    # shown in Persian digits, left to right; kept and exported as typed
    assert "\u2066+۹۸۹۱۲۱۲۳۴۵۶۷\u2069" in view.details.text()
    assert view.profile.phone == "+989121234567"
    view.grab().save(str(tmp_path / "customer_fa.png"))


def test_a_customer_is_edited_and_a_bad_phone_is_explained(make_window, fresh_shop, qtbot):
    _services, _ali, omar, _twin = _shop_with_customers(fresh_shop)
    _window, view = _customers_view(make_window, fresh_shop)
    view.show_customer(omar)
    view.open_edit_customer()
    dialog = view.dialog
    dialog.phone.setText("12")
    assert dialog.save() is None
    assert dialog.errors["phone"].text() == "This is not a phone number."
    dialog.phone.setText("+962 79 765 4321")
    dialog.tags.setText("vip, وفادار")
    assert dialog.save() == omar
    assert view.profile.phone == "+962797654321"
    assert "vip, وفادار" in view.details.text()


def test_a_phone_the_library_does_not_know_is_kept_unverified_after_a_warning(make_window, fresh_shop, qtbot, tmp_path):
    services, _ali, omar, _twin = _shop_with_customers(fresh_shop)
    for language in ("en", "ar", "fa"):
        services.customers.update_customer(omar, CustomerDraft(name="Omar Haddad", phone="+962791234567"))
        _window, view = _customers_view(make_window, fresh_shop, language)
        view.show_customer(omar)
        view.open_edit_customer()
        dialog = view.dialog
        dialog.phone.setText("+44 7700 900123")  # a range kept for films: possible, not in use
        assert dialog.save() is None  # first the warning, nothing refused
        assert dialog.errors["phone"].text() not in ("", "This is not a phone number.")
        dialog.grab().save(str(tmp_path / f"unverified_dialog_{language}.png"))
        assert dialog.save() == omar  # the second Save keeps it
        assert (view.profile.phone, view.profile.phone_verified) == ("+447700900123", False)
        assert view._formatter.phone("+447700900123") + " " in view.details.text()  # the mark beside the phone
        if language == "en":
            assert "(unverified)" in view.details.text()
        details = view.details  # the longer line laid out (wrapped) before the picture
        qtbot.waitUntil(lambda details=details: details.height() >= details.heightForWidth(details.width()))
        view.grab().save(str(tmp_path / f"unverified_profile_{language}.png"))
        view.open_edit_customer()
        assert view.dialog.save() == omar  # kept so before: saved again without a new warning


def test_duplicates_are_merged_and_the_history_follows(make_window, fresh_shop, monkeypatch):
    services, _ali, omar, twin = _shop_with_customers(fresh_shop)
    _window, view = _customers_view(make_window, fresh_shop)
    view.show_customer(omar)
    view.merge_search.setText("omar h")
    view._on_merge_timer_timeout()
    assert view.merge_results.count() == 1
    asked = []
    monkeypatch.setattr(view, "confirm", lambda question: asked.append(question) or True)
    view.merge_button.click()
    assert asked and "Omar H." in asked[0]
    assert _figure(view, "orders") == "2"
    assert view.history_model.rowCount() == 2
    assert "prefers WhatsApp" in view.details.text()
    view.search.setText("omar")
    view.refresh_list()
    assert view.results.count() == 1
    assert services.customers.find_by_phone_or_id(str(twin)) == omar


def test_a_new_customer_from_the_customers_area(make_window, fresh_shop):
    _window, view = _customers_view(make_window, fresh_shop)
    view.open_new_customer()
    view.dialog.name.setText("Lina Haddad")
    view.dialog.phone.setText("+44 7911 123456")
    customer_id = view.dialog.save()
    assert view.profile.id == customer_id
    assert re.search("Lina Haddad", view.name.text())
    assert _figure(view, "orders") == "0"


def test_the_profile_says_who_referred_the_customer(make_window, fresh_shop):
    services, ali, _omar, _twin = _shop_with_customers(fresh_shop)
    friend = services.customers.create_customer(CustomerDraft(name="Nima", referred_by_id=ali))
    _window, view = _customers_view(make_window, fresh_shop, "fa")
    view.show_customer(friend)
    shown = "".join(c for c in view.details.text() if c not in "\u2066\u2067\u2068\u2069")
    assert "معرفی‌شده توسط علی رضایی" in shown
    view.show_customer(ali)
    assert "معرفی‌شده" not in view.details.text()


def test_the_customer_list_is_a_table_sorted_by_value_not_by_text(make_window, sqlite_demo):
    """Name, phone, orders, spent, last order: money sorts by amount and dates by date, in Persian digits too."""
    from PySide6.QtCore import QCollator, Qt

    window, view = _customers_view(make_window, sqlite_demo, "fa")
    table = view.results
    assert table.columnCount() == 5 and table.count() > 10
    assert [table.horizontalHeaderItem(c).text() for c in range(5)] == ["نام", "تلفن", "سفارش‌ها", "خرید", "آخرین سفارش"]

    def column(c):
        return [table.item(row, c).data(Qt.ItemDataRole.UserRole + 1) for row in range(table.count())]

    table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    spent = column(3)
    assert spent == sorted(spent, reverse=True) and spent[0] > spent[-1]
    assert "SAR" in table.item(0, 3).text() and not any(ch in "0123456789" for ch in table.item(0, 3).text())
    table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    dates = [d for d in column(4) if d is not None]
    assert dates == sorted(dates)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = column(0)
    collator = QCollator(window.formatter.locale)
    assert all(collator.compare(a, b) <= 0 for a, b in zip(names, names[1:], strict=False))
    heights = {table.rowHeight(row) for row in range(table.count())}
    assert len(heights) == 1  # even rows
    table.setCurrentRow(2)
    assert view.profile.id == table.item(2).data(Qt.ItemDataRole.UserRole).id


def test_each_figure_sits_under_its_caption_in_arabic_and_persian(make_window, fresh_shop):
    """A value of digits and "SAR" was laid out as left-to-right text: it stood at the other side of its column."""
    _services, ali, _omar, _twin = _shop_with_customers(fresh_shop)
    for language in ("fa", "ar"):
        window, view = _customers_view(make_window, fresh_shop, language)
        view.show_customer(ali)
        for caption, value in view.figure_labels.values():
            window.grab()  # laid out
            caption_edge = caption.mapTo(window, caption.rect().topRight()).x()
            value_edge = value.mapTo(window, value.rect().topRight()).x()
            text_width = value.fontMetrics().horizontalAdvance(value.text())
            # both right-aligned in their (shared) column: the value's text ends where the caption's does
            assert abs(caption_edge - value_edge) <= 2 and value.text().startswith("\u200f"), value.text()
            assert text_width <= value.width()


@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_names_on_the_customer_list_show_whole_at_the_default_window_size(make_window, sqlite_demo, language):
    window = make_window(language, sqlite_demo, size=False)
    assert window.size() == window.DEFAULT_SIZE
    window.show_area("customers")
    view = window.page("customers")
    table = view.results
    QApplication.processEvents()
    assert table.count() > 20
    header = table.horizontalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch  # the name takes what is left
    assert all(header.sectionResizeMode(c) == QHeaderView.ResizeMode.ResizeToContents for c in range(1, 5))
    # Every name fits its column (Qt's own measure of the cells, margins included), and nothing is scrolled away.
    assert table.sizeHintForColumn(0) <= table.columnWidth(0), (table.sizeHintForColumn(0), table.columnWidth(0))
    assert table.horizontalScrollBar().maximum() == 0
    widest = max(range(table.count()), key=lambda row: table.fontMetrics().horizontalAdvance(table.item(row).text()))
    assert table.visualItemRect(table.item(widest)).width() >= table.fontMetrics().horizontalAdvance(
        table.item(widest).text()
    )
    # The profile keeps a usable width beside it.
    assert view.profile_panel.width() >= 380
    window.grab().save(str(sqlite_demo.engine.url.database).replace(".sqlite3", f"_list_{language}.png"))
