"""The customer dialog's referrer: typed as a phone in any digits or as a customer number, explained when unknown."""

import pytest

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.registry import build_services


def _customers_view(make_window, database, language="en"):
    window = make_window(language, database)
    window.show_area("customers")
    return window, window.page("customers")


def test_a_referrer_typed_as_a_phone_in_persian_digits_is_found_and_saved(make_window, fresh_shop):
    services = build_services(fresh_shop.unit_of_work)
    leila = services.customers.create_customer(CustomerDraft(name="لیلا کریمی", phone="09121234567"))
    _window, view = _customers_view(make_window, fresh_shop)
    view.open_new_customer()
    dialog = view.dialog
    dialog.name.setText("Nima")
    dialog.referred_by.setText("۰۹۱۲ ۱۲۳ ۴۵۶۷")
    customer_id = dialog.save()
    assert customer_id is not None
    assert services.customers.get_profile(customer_id).referred_by_id == leila


def test_an_unknown_referrer_is_explained_next_to_the_field_and_nothing_typed_is_lost(make_window, fresh_shop):
    services = build_services(fresh_shop.unit_of_work)
    _window, view = _customers_view(make_window, fresh_shop)
    view.open_new_customer()
    dialog = view.dialog
    dialog.name.setText("Nima Rahimi")
    dialog.phone.setText("09351112233")
    dialog.referred_by.setText("۹۹۹۹")
    assert dialog.save() is None
    assert dialog.errors["referred_by"].text() == "No customer has this phone or number."
    assert dialog.errors["referred_by"].isVisibleTo(dialog)
    assert (dialog.name.text(), dialog.phone.text(), dialog.referred_by.text()) == (
        "Nima Rahimi",
        "09351112233",
        "۹۹۹۹",
    )
    assert services.customers.find_customers("nima") == []
    dialog.referred_by.clear()
    assert dialog.save() is not None
    assert [c.name for c in services.customers.find_customers("nima")] == ["Nima Rahimi"]


def test_a_customer_cannot_be_entered_as_their_own_referrer(make_window, fresh_shop):
    services = build_services(fresh_shop.unit_of_work)
    sara = services.customers.create_customer(CustomerDraft(name="Sara"))
    _window, view = _customers_view(make_window, fresh_shop)
    view.show_customer(sara)
    view.open_edit_customer()
    view.dialog.referred_by.setText(str(sara))
    assert view.dialog.save() is None
    assert view.dialog.errors["referred_by"].text() == "A customer cannot refer themselves."


@pytest.mark.parametrize("language", ["en", "ar"])
def test_editing_shows_who_referred_the_customer(make_window, fresh_shop, language):
    services = build_services(fresh_shop.unit_of_work)
    leila = services.customers.create_customer(CustomerDraft(name="ليلى حداد", phone="+966501234567"))
    walk_in = services.customers.create_customer(CustomerDraft(name="Omar"))
    nima = services.customers.create_customer(CustomerDraft(name="Nima", referred_by_id=leila))
    sam = services.customers.create_customer(CustomerDraft(name="Sam", referred_by_id=walk_in))
    _window, view = _customers_view(make_window, fresh_shop, language)
    view.show_customer(nima)
    view.open_edit_customer()
    dialog = view.dialog
    assert dialog.referred_by.text() == "+966501234567"
    assert "ليلى حداد" in dialog.referrer_name.text() and dialog.referrer_name.isVisibleTo(dialog)
    dialog.grab().save(str(fresh_shop.sqlite_path.parent / f"customer_dialog_{language}.png"))
    dialog.referred_by.setText("+96650")
    assert not dialog.referrer_name.isVisibleTo(dialog)  # the name stands only for what was saved
    dialog.referred_by.setText("+966501234567")
    assert dialog.save() == nima
    assert services.customers.get_profile(nima).referred_by_id == leila

    view.show_customer(sam)  # no phone: the customer number stands for the referrer
    view.open_edit_customer()
    assert view.dialog.referred_by.text() == str(walk_in)
    assert view.dialog.save() == sam
    assert services.customers.get_profile(sam).referred_by_id == walk_in


@pytest.mark.parametrize(("language", "limit"), [("en", "10,000"), ("fa", "۱۰٬۰۰۰")])
def test_notes_past_their_limit_are_explained_next_to_the_notes(make_window, fresh_shop, language, limit):
    services = build_services(fresh_shop.unit_of_work)
    _window, view = _customers_view(make_window, fresh_shop, language)
    view.open_new_customer()
    dialog = view.dialog
    dialog.name.setText("Nima")
    dialog.notes.setPlainText("n" * 10_001)
    assert dialog.save() is None
    assert limit in dialog.errors["notes"].text()
    assert dialog.errors["notes"].isVisibleTo(dialog) and not dialog.errors["name"].isVisibleTo(dialog)
    assert services.customers.find_customers("nima") == []
    dialog.notes.setPlainText("n" * 10_000)
    assert dialog.save() is not None
