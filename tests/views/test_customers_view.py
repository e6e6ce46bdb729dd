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


CARD_WORDS = {  # what each card says for 3 stamps of 10 (a free item), in each language
    "en": ("3 of 10 stamps", "7 more for the cheapest item free", "points", "Silver", "more to reach"),
    "ar": ("الأختام: ٣ من ١٠", "باقٍ ٧ أختام للمكافأة: أرخص منتج مجانًا", "نقطة", "Silver", "للوصول إلى"),
    "fa": ("۳ از ۱۰ مهر", "۷ مهر دیگر تا جایزه: ارزان\u200cترین کالا رایگان", "امتیاز", "Silver", "تا رسیدن به"),
}


def _near(colour, other) -> bool:  # noqa: ANN001
    return all(abs(a - b) <= 40 for a, b in zip(colour.getRgb()[:3], other.getRgb()[:3], strict=True))


@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_the_profile_draws_each_loyalty_program_as_a_card(make_window, fresh_shop, qtbot, tmp_path, language):
    from PySide6.QtGui import QPalette

    from shopdesk.services.loyalty_rules import Points, PunchCard, Tier, Tiers

    services = build_services(fresh_shop.unit_of_work)
    services.loyalty.save_program("Candle card", PunchCard(stamps_to_fill=10, reward="free_item", daily_limit=0))
    services.loyalty.save_program("Points", Points(per_amount_minor=100, point_value_minor=10, min_redeem=100))
    services.loyalty.save_program(
        "Club", Tiers(levels=(Tier("Silver", 1000), Tier("Gold", 50_000, discount_percent=5)))
    )
    customer = services.customers.create_customer(CustomerDraft(name="Sara", phone="09121112233"))
    for _ in range(3):
        services.orders.place_order(
            OrderDraft(lines=(LineDraft("Candle", 1, 1250),), customer_id=customer, status="paid", paid_minor=1250)
        )
    balance = services.loyalty.points(customer)[0].balance
    _window, view = _customers_view(make_window, fresh_shop, language)
    view.show_customer(customer)
    punch, points, tier = view.cards.cards
    # Wrapped lines take a few layout passes to find the cards' height.
    qtbot.waitUntil(lambda: all(card.height() >= card.heightForWidth(card.width()) for card in view.cards.cards))
    assert [card.face.kind for card in view.cards.cards] == ["punch", "points", "tier"]
    stamp_words, reward_words, points_word, level, next_words = CARD_WORDS[language]
    assert punch.face.headline == stamp_words and punch.face.lines == (reward_words,)
    assert points_word in points.face.headline and view._formatter.integer(balance) in points.face.headline
    assert tier.face.headline == "\u2068Silver\u2069" and next_words in tier.face.text and "Gold" in tier.face.text
    for card in view.cards.cards:  # the same words for a screen reader and under the mouse
        assert card.toolTip() == card.accessibleName() == card.face.text
        assert card.isVisibleTo(view)

    # Ten stamps: two rows of five, the first three filled, from the right in Arabic and Persian.
    grid = punch.stamp_grid
    assert grid.rows == [5, 5] and grid.stamps == 3
    right_to_left = language in ("ar", "fa")
    assert (grid.stamp_rect(0).x() > grid.stamp_rect(4).x()) == right_to_left
    assert grid.stamp_rect(5).y() > grid.stamp_rect(4).y() and grid.stamp_rect(5).x() == grid.stamp_rect(0).x()
    accent = view.palette().color(QPalette.ColorRole.Highlight)
    image = punch.grab().toImage()
    for number in range(10):
        centre = grid.mapTo(punch, grid.stamp_rect(number).center().toPoint())
        assert _near(image.pixelColor(centre), accent) == (number < 3), number
    # A rounded, accent-edged card; the bars fill from where the reading starts.
    assert _near(image.pixelColor(punch.width() // 2, 0), accent) and not _near(image.pixelColor(0, 0), accent)
    assert (points.meter.done, points.meter.goal) == (balance, 100)
    filled = points.meter.filled_rect()
    assert 0 < filled.width() < points.meter.width()
    assert (filled.right() == points.meter.width()) == right_to_left and (filled.left() == 0) != right_to_left
    assert (tier.meter.done, tier.meter.goal) == (3750, 50_000)
    view.grab().save(str(tmp_path / f"loyalty_cards_{language}.png"))


def test_the_loyalty_cards_follow_a_language_switch(make_window, fresh_shop, qtbot):
    from shopdesk.services.loyalty_rules import PunchCard
    from shopdesk.views.preferences import PreferencesStore

    services = build_services(fresh_shop.unit_of_work)
    services.loyalty.save_program("Candle card", PunchCard(stamps_to_fill=10, reward="free_item", daily_limit=0))
    customer = services.customers.create_customer(CustomerDraft(name="Sara", phone="09121112233"))
    for _ in range(3):
        services.orders.place_order(
            OrderDraft(lines=(LineDraft("Candle", 1, 1250),), customer_id=customer, status="paid", paid_minor=1250)
        )
    window, view = _customers_view(make_window, fresh_shop, "en")
    view.show_customer(customer)
    assert view.cards.cards[0].face.headline == CARD_WORDS["en"][0]
    from shopdesk import paths

    window.apply_display(PreferencesStore(paths.preferences_path()).display_for("fa"))
    QApplication.sendPostedEvents()
    (card,) = view.cards.cards
    assert (card.face.headline, card.face.lines) == (CARD_WORDS["fa"][0], (CARD_WORDS["fa"][1],))
    assert card.toolTip() == card.face.text
    assert card.stamp_grid.stamp_rect(0).x() > card.stamp_grid.stamp_rect(4).x()  # now filled from the right


@pytest.mark.parametrize(("size", "rows"), [(10, [5, 5]), (7, [4, 3]), (6, [6]), (4, [4]), (13, [5, 5, 3])])
def test_stamps_sit_in_even_rows_of_at_most_six(size, rows):
    from shopdesk.views.loyalty_cards import stamp_rows

    assert stamp_rows(size) == rows
