"""Settings: the shop's details are saved, and bad input gets a message next to its field, losing nothing."""

import pytest

from shopdesk.services.settings import SettingsService
from shopdesk.views.preferences import DisplayPreferences
from shopdesk.views.settings_view import SettingsView

PNG_1PX = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82"
)


def _view(qtbot, database):
    view = SettingsView(display=DisplayPreferences())
    qtbot.addWidget(view)
    view.attach(SettingsService(database.unit_of_work))
    view.show()
    return view


def test_the_shop_box_is_disabled_until_the_database_is_open(qtbot):
    view = SettingsView(display=DisplayPreferences())
    qtbot.addWidget(view)
    assert not view.shop_box.isEnabled()


def test_shop_settings_are_saved_with_a_logo(qtbot, sqlite_demo, tmp_path, monkeypatch):
    view = _view(qtbot, sqlite_demo)
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG_1PX)
    monkeypatch.setattr(view, "ask_logo_file", lambda: str(logo))
    view.choose_logo.click()
    view.shop_name.setText("گلنار <b>&")
    view.currency.setCurrentText("irr")
    with qtbot.waitSignal(view.shop_settings_saved):
        view.save_button.click()
    stored = SettingsService(sqlite_demo.unit_of_work).load()
    assert stored.shop_name == "گلنار <b>&"
    assert stored.currency == "IRR"
    assert stored.logo == PNG_1PX
    assert view.saved_note.text() == "Saved."


def test_a_bad_currency_is_explained_next_to_the_field_and_nothing_typed_is_lost(qtbot, sqlite_demo):
    view = _view(qtbot, sqlite_demo)
    view.shop_name.setText("New name")
    view.currency.setCurrentText("riyals")
    view.review_url.setText("https://example.com/r")
    view.save_button.click()
    assert view.errors["currency"].isVisible()
    assert "three-letter" in view.errors["currency"].text()
    assert view.shop_name.text() == "New name" and view.currency.currentText() == "riyals"
    assert view.review_url.text() == "https://example.com/r"
    assert SettingsService(sqlite_demo.unit_of_work).load().shop_name == "Golnar & Co."


def test_a_review_page_that_is_not_a_web_address_is_refused(qtbot, sqlite_demo):
    view = _view(qtbot, sqlite_demo)
    view.review_url.setText("javascript:alert(1)")
    view.save_button.click()
    assert view.errors["review_url"].isVisible()
    assert SettingsService(sqlite_demo.unit_of_work).load().review_url.startswith("https://")


def test_a_file_that_is_not_an_image_is_refused_as_a_logo(qtbot, sqlite_demo, tmp_path, monkeypatch):
    view = _view(qtbot, sqlite_demo)
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"not really a png")
    monkeypatch.setattr(view, "ask_logo_file", lambda: str(fake))
    view.choose_logo.click()
    view.save_button.click()
    assert view.errors["logo"].isVisible()
    assert SettingsService(sqlite_demo.unit_of_work).load().logo == b""


def test_a_message_next_to_a_field_follows_a_language_switch(make_window, sqlite_demo):
    window = make_window("en", sqlite_demo)
    window.show_area("settings")
    view = window.settings_view
    view.currency.setCurrentText("riyals")
    view.save_button.click()
    assert "three-letter" in view.errors["currency"].text()
    view.language.setCurrentIndex(view.language.findData("fa"))
    view.language.activated.emit(view.language.currentIndex())
    assert view.errors["currency"].isVisible()
    assert "سه‌حرفی" in view.errors["currency"].text()
    assert view.currency.currentText() == "riyals"


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "This is not an e-mail address."), ("ar", "ليس عنوان بريد"), ("fa", "نشانی ایمیل نیست")],
)
def test_the_shop_email_is_checked_explained_in_the_language_and_saved(make_window, fresh_shop, language, words):
    window = make_window(language, fresh_shop)
    window.show_area("settings")
    view = window.settings_view
    view.email.setText("sales at golnar")
    view.save_button.click()
    assert view.errors["email"].isVisible() and words in view.errors["email"].text()
    assert view.email.text() == "sales at golnar"  # kept to correct
    view.email.setText(" sales@golnar.example ")
    view.save_button.click()
    assert not view.errors["email"].isVisible()
    from shopdesk.services.registry import build_services

    assert build_services(fresh_shop.unit_of_work).settings.load().email == "sales@golnar.example"
    assert view.email.text() == "sales@golnar.example"


def test_the_shop_country_is_checked_and_saved(qtbot, sqlite_demo):
    view = _view(qtbot, sqlite_demo)
    view.country.setText("XX")
    view.save_button.click()
    assert view.errors["country"].isVisible()
    view.country.setText("ir")
    view.save_button.click()
    assert SettingsService(sqlite_demo.unit_of_work).load().country == "IR"
    assert not view.errors["country"].isVisible()


def test_the_return_window_takes_any_digits_and_refuses_words(make_window, fresh_shop, qtbot):
    window = make_window("fa", fresh_shop)
    view = window.settings_view
    window.show_area("settings")
    view.return_days.setText("عشرة")
    view.save_button.click()
    assert view.errors["return_days"].isVisible()
    assert view.return_days.text() == "عشرة"  # kept
    view.return_days.setText("۱۴")
    view.save_button.click()
    assert not view.errors["return_days"].isVisible()
    assert view.return_days.text() == "۱۴"
    from shopdesk.services.registry import build_services

    assert build_services(fresh_shop.unit_of_work).settings.load().return_days == 14


@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_whether_unpaid_orders_are_packed_is_a_shop_setting_the_packing_station_follows(
    make_window, fresh_shop, qtbot, language, tmp_path
):
    from shopdesk.services.registry import build_services

    services = build_services(fresh_shop.unit_of_work)
    window = make_window(language, fresh_shop)
    window.show_area("settings")
    view = window.settings_view
    assert view.pack_unpaid.isVisible() and view.pack_unpaid.isChecked()  # on until the shop says otherwise
    view.pack_unpaid.setChecked(False)
    with qtbot.waitSignal(view.shop_settings_saved):
        view.save_button.click()
    assert services.settings.load().pack_unpaid is False and not services.packing.packs_unpaid()
    window.grab().save(str(tmp_path / f"settings_pack_unpaid_{language}.png"))
    view.shop_name.setText("Golnar and sons")  # saving something else keeps the choice
    view.save_button.click()
    assert services.settings.load().pack_unpaid is False and not view.pack_unpaid.isChecked()
    view.pack_unpaid.setChecked(True)
    view.save_button.click()
    assert services.packing.packs_unpaid()


def test_the_owner_changes_the_shops_time_zone_and_a_wrong_one_is_explained(qtbot, sqlite_demo):
    view = _view(qtbot, sqlite_demo)
    view.time_zone.setCurrentText("Asia/Tehran")
    with qtbot.waitSignal(view.shop_settings_saved):
        view.save_button.click()
    assert SettingsService(sqlite_demo.unit_of_work).load().time_zone == "Asia/Tehran"
    view.time_zone.setCurrentText("Tehran")
    view.save_button.click()
    assert view.errors["time_zone"].isVisible() and "Asia/Tehran" in view.errors["time_zone"].text()
    assert view.time_zone.currentText() == "Tehran"  # what was typed stays
    assert SettingsService(sqlite_demo.unit_of_work).load().time_zone == "Asia/Tehran"
