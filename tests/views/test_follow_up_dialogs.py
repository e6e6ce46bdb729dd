"""The shop's settings for follow-ups on screen: response-time targets per channel with the weekend, and the
message of each kind in each language with details clicked in; what cannot be used says why and stays typed."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from shopdesk.services.registry import build_services


def _page(window):
    window.show_area("followups")
    return window.page("followups")


def test_targets_are_typed_in_any_digits_and_a_negative_one_is_explained_next_to_it(make_window, fresh_shop, qtbot):
    services = build_services(fresh_shop.unit_of_work)
    window = make_window("ar", fresh_shop)
    page = _page(window)
    page.targets_button.click()
    dialog = page.targets_dialog
    assert dialog.amounts["chat"].text() == "١٥" and dialog.units["chat"].currentData() == "minutes"
    assert dialog.amounts["email"].text() == "١" and dialog.units["email"].currentData() == "days"
    assert [day for day, box in dialog.weekend.items() if box.isChecked()] == [5]  # the shop is in Iran
    dialog.amounts["chat"].setText("٣٠")
    dialog.amounts["email"].setText("-4")
    dialog.units["email"].setCurrentIndex(dialog.units["email"].findData("hours"))
    dialog.amounts["phone"].setText("")
    assert not dialog.save()
    assert dialog.errors["email"].isVisibleTo(dialog) and not dialog.errors["chat"].isVisibleTo(dialog)
    assert dialog.amounts["email"].text() == "-4"  # kept as typed
    assert services.follow_ups.targets().minutes["chat"] == 15  # nothing stored
    dialog.amounts["email"].setText("۸")
    dialog.weekend[6].setChecked(True)
    assert dialog.save()
    targets = services.follow_ups.targets()
    assert (targets.minutes["chat"], targets.minutes["email"], targets.minutes["phone"]) == (30, 480, None)
    assert targets.weekend == (5, 6)


def test_four_days_off_are_refused(make_window, fresh_shop, qtbot):
    window = make_window("en", fresh_shop)
    page = _page(window)
    page.targets_button.click()
    dialog = page.targets_dialog
    for day in (1, 2, 3, 4):
        dialog.weekend[day].setChecked(True)
    assert not dialog.save()
    assert dialog.weekend_error.text() == "At most three days of the week can be the weekend."


def test_a_message_is_edited_per_kind_and_language_with_details_clicked_in(make_window, fresh_shop, qtbot):
    services = build_services(fresh_shop.unit_of_work)
    window = make_window("en", fresh_shop)
    page = _page(window)
    page.messages_button.click()
    dialog = page.messages_dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("reorder"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.text.toPlainText().startswith("Hello $first_name, your $product")  # the default
    assert dialog.placeholder_buttons["product"].isVisibleTo(dialog)
    assert not dialog.placeholder_buttons["discount_code"].isVisibleTo(dialog)  # not a reorder detail
    assert "Rose soap" in dialog.preview.text() and "Sara" in dialog.preview.text()
    dialog.text.setPlainText("Hi ")
    dialog.text.moveCursor(QTextCursor.MoveOperation.End)
    dialog.placeholder_buttons["first_name"].click()
    dialog.text.insertPlainText(", time for more $reward")
    assert not dialog.save()
    assert dialog.error.text() == "$reward is not a detail of this kind of follow-up; use the buttons below."
    assert dialog.text.toPlainText() == "Hi $first_name, time for more $reward"  # kept
    dialog.kind.setCurrentIndex(dialog.kind.findData("birthday"))  # away and back: the draft is kept
    dialog.kind.setCurrentIndex(dialog.kind.findData("reorder"))
    assert dialog.text.toPlainText() == "Hi $first_name, time for more $reward"
    dialog.text.setPlainText("Hi $first_name, time for more $product {")
    assert dialog.save()
    assert services.follow_ups.message_template("reorder", "en") == "Hi $first_name, time for more $product {"
    assert dialog.preview.text() == "Hi Sara, time for more Rose soap {"
    dialog.text.setPlainText("50$ off")
    assert not dialog.save()
    assert "write $$ for a dollar sign" in dialog.error.text()
    dialog.default_button.click()
    assert dialog.save()
    assert services.follow_ups.message_template("reorder", "en") is None  # the default again


def test_the_default_messages_are_the_translated_texts_of_the_queue(make_window, fresh_shop, qtbot):
    window = make_window("fa", fresh_shop)
    page = _page(window)
    page.messages_button.click()
    dialog = page.messages_dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("check_in"))
    for language, word in (("ar", "مرحباً $first_name"), ("en", "Hello $first_name"), ("fa", "$first_name")):
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        assert word in dialog.text.toPlainText() and "$shop_name" in dialog.text.toPlainText()
    dialog.grab().save(str(fresh_shop.sqlite_path.parent / "follow_up_messages_fa.png"))
    QApplication.processEvents()
