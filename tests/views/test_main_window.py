"""The main window in English, Arabic and Persian: navigation, direction, digits, calendars, live switching."""

import re

import pytest
from PySide6.QtCore import QCalendar, QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel

from shopdesk.views.main_window import AREAS

PERSIAN_DIGITS = re.compile("[۰-۹]")
ARABIC_DIGITS = re.compile("[٠-٩]")

NAV_TITLES = {
    "en": [
        "Orders",
        "Customers",
        "Print",
        "Packing station",
        "Returns",
        "Loyalty",
        "Follow-ups",
        "Summaries",
        "Settings",
    ],
    "ar": [
        "الطلبات",
        "العملاء",
        "الطباعة",
        "محطة التغليف",
        "المرتجعات",
        "الولاء",
        "المتابعات",
        "الملخصات",
        "الإعدادات",
    ],
    "fa": ["سفارش‌ها", "مشتریان", "چاپ", "میز بسته‌بندی", "مرجوعی‌ها", "وفاداری", "پیگیری‌ها", "گزارش‌ها", "تنظیمات"],
}


def _nav_titles(window):
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_every_area_is_in_the_navigation_in_the_chosen_language(make_window, language, tmp_path):
    window = make_window(language)
    assert _nav_titles(window) == NAV_TITLES[language]
    expected = Qt.LayoutDirection.LeftToRight if language == "en" else Qt.LayoutDirection.RightToLeft
    assert QApplication.layoutDirection() == expected
    assert window.layoutDirection() == expected
    window.grab().save(str(tmp_path / f"main_{language}.png"))
    assert (tmp_path / f"main_{language}.png").stat().st_size > 10_000


def test_every_area_is_a_real_page_once_the_database_is_open(make_window, fresh_shop):
    window = make_window("en", fresh_shop)
    for area in AREAS:
        page = window.page(area.key)
        assert not isinstance(page, QLabel), area.key  # a real page, not the "Opening the database…" note


def test_keyboard_shortcuts_move_between_areas(make_window, qtbot):
    window = make_window("en")
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.navigation, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.settings_view
    qtbot.keyClick(window.navigation, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.navigation.currentRow() == 0


def test_persian_shows_persian_digits_and_jalali_dates(make_window, sqlite_demo):
    window = make_window("fa", sqlite_demo)
    model = window.orders_view.model
    number = model.index(0, 0).data()
    date_text = model.index(0, 1).data()
    total = model.index(0, 5).data()
    assert PERSIAN_DIGITS.search(number) and not re.search("[0-9]", number)
    assert PERSIAN_DIGITS.search(total)
    row = model.row(0)
    local = row.created_at.astimezone()
    parts = QCalendar(QCalendar.System.Jalali).partsFromDate(QDate(local.year, local.month, local.day))
    persian = QLocale("fa_IR")
    expected = f"{persian.toString(parts.year)}/{persian.toString(parts.month)}/{persian.toString(parts.day)}"
    assert date_text.startswith(expected.replace(persian.groupSeparator(), "")), (date_text, expected)
    assert window.count_status.text() == "۳۰۰ سفارش"


def test_arabic_lets_the_shop_choose_western_digits_and_hijri_dates(make_window, sqlite_demo, qtbot):
    window = make_window("ar", sqlite_demo)
    model = window.orders_view.model
    assert ARABIC_DIGITS.search(model.index(0, 0).data())
    settings = window.settings_view
    settings.digits.setCurrentIndex(settings.digits.findData("latin"))
    settings.digits.activated.emit(settings.digits.currentIndex())
    assert re.fullmatch("[0-9]+", model.index(0, 0).data())
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    settings.calendar.setCurrentIndex(settings.calendar.findData("hijri"))
    settings.calendar.activated.emit(settings.calendar.currentIndex())
    assert re.match(r"\d{1,2}\u200f?/\d{1,2}\u200f?/14\d\d", model.index(0, 1).data()), model.index(0, 1).data()
    assert window.display.calendar == "hijri" and window.display.digits == "latin"


def test_switching_language_in_settings_applies_live_and_is_remembered(make_window, sqlite_demo, qtbot):
    window = make_window("en", sqlite_demo)
    assert window.orders_view.model.headerData(0, Qt.Orientation.Horizontal) == "Order"
    combo = window.settings_view.language
    combo.setCurrentIndex(combo.findData("fa"))
    combo.activated.emit(combo.currentIndex())
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert _nav_titles(window) == NAV_TITLES["fa"]
    assert window.orders_view.title.text() == "سفارش‌ها"
    assert window.orders_view.model.headerData(0, Qt.Orientation.Horizontal) == "سفارش"
    assert window.settings_view.shop_box.title() == "فروشگاه"
    assert window.display.calendar == "jalali"  # Persian's default calendar
    assert PERSIAN_DIGITS.search(window.orders_view.model.index(0, 0).data())
    assert window.orders_view.count_label.text() == "۳۰۰ سفارش"  # the list's count is re-worded, too

    combo.setCurrentIndex(combo.findData("en"))
    combo.activated.emit(combo.currentIndex())
    assert _nav_titles(window) == NAV_TITLES["en"]
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.count_status.text() == "300 orders"

    from shopdesk import paths
    from shopdesk.views.preferences import PreferencesStore

    assert PreferencesStore(paths.preferences_path()).display().language == "en"


def test_window_geometry_is_remembered(make_window):
    window = make_window("en")
    window.setGeometry(40, 50, 700, 500)
    chosen = window.size()
    assert chosen != window.__class__.DEFAULT_SIZE
    window.close()
    again = make_window("en", size=False)
    assert again.size() == chosen


def test_the_database_location_reads_left_to_right_inside_rtl_text(make_window, sqlite_demo):
    window = make_window("ar", sqlite_demo)
    text = window.database_status.text()
    assert text.startswith("قاعدة البيانات:")
    assert "\u2066" + sqlite_demo.description + "\u2069" in text


def test_each_language_keeps_the_digits_and_calendar_this_desk_chose_for_it(make_window, sqlite_demo):
    window = make_window("ar", sqlite_demo)
    settings = window.settings_view
    for combo, value in ((settings.digits, "latin"), (settings.calendar, "hijri")):
        combo.setCurrentIndex(combo.findData(value))
        combo.activated.emit(combo.currentIndex())
    for language in ("en", "ar"):
        settings.language.setCurrentIndex(settings.language.findData(language))
        settings.language.activated.emit(settings.language.currentIndex())
    assert (window.display.language, window.display.digits, window.display.calendar) == ("ar", "latin", "hijri")
    assert settings.digits.currentData() == "latin" and settings.calendar.currentData() == "hijri"


def test_ctrl_q_closes_the_window(make_window, qtbot):
    window = make_window("en")
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_ctrl_n_and_ctrl_f_work_while_the_side_bar_has_focus(make_window, fresh_shop, qtbot):
    window = make_window("en", fresh_shop)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.navigation.setFocus()
    qtbot.waitUntil(window.navigation.hasFocus)
    qtbot.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.orders_view.search.hasFocus)

    qtbot.keyClick(window.navigation, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Customers
    window.navigation.setFocus()
    qtbot.waitUntil(window.navigation.hasFocus)
    qtbot.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.page("customers").search.hasFocus)

    window.navigation.setFocus()
    qtbot.waitUntil(window.navigation.hasFocus)
    qtbot.keyClick(window.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.orders_view.order_form
    assert form is not None and form.isVisible()
    assert window.pages.currentWidget() is window.orders_view


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_the_mark_as_button_has_room_for_its_words_and_the_menus_arrow(make_window, sqlite_demo, language):
    from PySide6.QtWidgets import QStyle

    window = make_window(language, sqlite_demo)
    button = window.orders_view.change_status_button
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    assert button.width() >= button.fontMetrics().horizontalAdvance(button.text()) + 2 * arrow + 24
