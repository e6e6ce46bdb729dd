"""Loyalty in the app: setting up a punch card, the card on a customer's profile, and redeeming a reward in the
order form."""

from __future__ import annotations

import pytest

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services


def _loyalty_page(window):
    window.show_area("loyalty")
    return window.page("loyalty")


@pytest.mark.parametrize("language", ["en", "fa"])
def test_a_punch_card_is_set_up_and_orders_earn_on_it(make_window, fresh_shop, qtbot, language):
    services = build_services(fresh_shop.unit_of_work)
    window = make_window(language, fresh_shop)
    page = _loyalty_page(window)
    page.new_program()
    page.name.setText("Coffee card")
    page.stamps_to_fill.setValue(3)
    page.daily_limit.setValue(0)  # the new card suggests one stamp a day; this shop allows more
    page.reward.setCurrentIndex(page.reward.findData("fixed"))
    page.reward_value.setText("")
    assert not page.save()
    assert page.error.isVisibleTo(page)
    page.reward_value.setText("۵")
    assert page.save()
    (program,) = services.loyalty.programs()
    assert (program.name, program.rules.stamps_to_fill, program.rules.reward_value) == ("Coffee card", 3, 500)
    customer = services.customers.create_customer(CustomerDraft(name="مهسا", phone="09121112233"))
    for _ in range(2):
        services.orders.place_order(
            OrderDraft(lines=(LineDraft("Coffee", 1, 1000),), customer_id=customer, status="paid", paid_minor=1000)
        )
    page.refresh()
    assert page.close_list.count() == 1 and "مهسا" in page.close_list.item(0).text()
    window.grab().save(str(fresh_shop.sqlite_path.parent / f"loyalty_{language}.png"))


def test_a_reward_is_shown_on_the_profile_and_redeemed_once_in_the_order_form(make_window, fresh_shop, qtbot):
    from shopdesk.services.loyalty_rules import PunchCard

    services = build_services(fresh_shop.unit_of_work)
    services.loyalty.save_program("Soap card", PunchCard(stamps_to_fill=2, reward="fixed", reward_value=500))
    customer = services.customers.create_customer(CustomerDraft(name="Sara", phone="09121112233"))
    for _ in range(2):
        services.orders.place_order(
            OrderDraft(lines=(LineDraft("Soap", 1, 1250),), customer_id=customer, status="paid", paid_minor=1250)
        )
    code = services.loyalty.cards(customer)[0].rewards[0].code
    window = make_window("en", fresh_shop)
    window.show_area("customers")
    customers = window.page("customers")
    customers.show_customer(customer)
    assert "Soap card: ○○ (0 of 2)" in customers.cards.text().replace("\u2066", "").replace("\u2069", "").replace(
        "\u2068", ""
    )
    assert code in customers.cards.text()

    view = window.orders_view
    view.open_order_form()
    form = view.order_form
    (summary,) = [c for c in services.customers.newest_customers(limit=5) if c.id == customer]
    form.choose_customer(summary)
    form.set_line(0, item="Rose soap", quantity="2")
    assert "Earns 1 stamp" in form.reward_note.text()
    form.discount_code.setText(code.lower())
    form.apply_reward_code()
    assert form.order_discount.text() == "5.00"
    assert code in form.reward_note.text()
    assert form.save() == 1003
    assert services.loyalty.reward(code).redeemed_order_id is not None
    # The same code again: said next to the field, nothing saved.
    view.open_order_form()
    again = view.order_form
    again.choose_customer(summary)
    again.set_line(0, item="Rose soap", quantity="1")
    again.discount_code.setText(code)
    again.apply_reward_code()
    assert again.errors["discount_code"].text() == "This reward code was used already."
