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
    (card,) = customers.cards.cards  # the card starts again, its reward waiting
    assert card.face.headline == "0 of 2 stamps" and card.stamp_grid.stamps == 0
    assert code in card.face.text and code in customers.cards.text()

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


@pytest.mark.parametrize("language", ["en", "ar"])
def test_points_tiers_referral_and_birthday_programs_are_set_up_on_the_page(make_window, fresh_shop, qtbot, language):
    services = build_services(fresh_shop.unit_of_work)
    window = make_window(language, fresh_shop)
    page = _loyalty_page(window)

    page.new_program("points")
    page.points_per_amount.setText("۱۰")  # ten of the currency earns...
    page.points_earned.setValue(3)
    page.point_value.setText("0.05")
    page.min_redeem.setValue(60)
    assert page.save()

    page.new_program("tiers")
    page.name.setText("VIP")
    page._add_level()
    page._add_level()
    for row, cells in enumerate((("Silver", "500", "1", "0", "0"), ("Gold", "100", "0", "0", "5"))):
        for column, text in enumerate(cells):
            page.levels.item(row, column).setText(text)
    assert not page.save()  # Gold needs more spend than Silver
    assert page.error.isVisibleTo(page)
    page.levels.item(1, 1).setText("2000")
    assert page.save()

    page.new_program("referral")
    page.referrer_reward.setCurrentIndex(page.referrer_reward.findData("fixed"))
    page.referrer_value.setText("20")
    assert page.save()
    page.new_program("birthday")
    assert page.save()  # the suggested 10% off

    by_kind = {p.kind: p.rules for p in services.loyalty.programs()}
    assert (by_kind["points"].per_amount_minor, by_kind["points"].points, by_kind["points"].point_value_minor) == (
        1000,
        3,
        5,
    )
    assert [(t.name, t.min_spend_minor, t.extra_stamps, t.discount_percent) for t in by_kind["tiers"].levels] == [
        ("Silver", 50000, 1, 0),
        ("Gold", 200000, 0, 5),
    ]
    assert (by_kind["referral"].referrer_reward, by_kind["referral"].referrer_value) == ("fixed", 2000)
    assert (by_kind["birthday"].reward, by_kind["birthday"].reward_value) == ("percent", 10)
    assert page.programs.count() == 4
    page.programs.setCurrentRow(1)  # shown again as saved
    assert page.pages.currentWidget() is page._page_of["tiers"] and page.levels.rowCount() == 2
    window.grab().save(str(fresh_shop.sqlite_path.parent / f"loyalty_tiers_{language}.png"))


def test_points_and_the_tier_on_the_profile_used_at_the_counter_and_adjusted_by_hand(
    make_window, fresh_shop, qtbot, monkeypatch
):
    from shopdesk.services.loyalty_rules import Points, Tier, Tiers

    services = build_services(fresh_shop.unit_of_work)
    points_program = services.loyalty.save_program(
        "Points", Points(per_amount_minor=100, point_value_minor=10, min_redeem=20)
    )
    services.loyalty.save_program("Levels", Tiers(levels=(Tier("Gold", 3000, discount_percent=10),)))
    customer = services.customers.create_customer(CustomerDraft(name="Sara", phone="09121112233"))
    services.orders.place_order(
        OrderDraft(lines=(LineDraft("Soap", 4, 1000),), customer_id=customer, status="paid", paid_minor=4000)
    )
    window = make_window("en", fresh_shop)
    window.show_area("customers")
    customers = window.page("customers")
    customers.show_customer(customer)
    text = "".join(c for c in customers.cards.text() if c not in "\u2066\u2067\u2068\u2069")
    assert "40 points\nworth 4.00\u00a0SAR" in text and "Levels\nGold" in text and "10% off every order" in text
    assert customers.use_points_button.isVisibleTo(customers)

    customers.open_loyalty_history()
    history = customers.loyalty_history_dialog
    assert history.table.rowCount() == 2  # points earned, tier reached
    history.amount.setValue(5)
    assert not history.adjust()  # no reason given
    history.reason.setText("Apology for a late parcel")
    assert history.adjust()
    assert services.loyalty.points(customer)[0].balance == 45
    history.close()

    view = window.orders_view
    view.open_order_form()
    form = view.order_form
    (summary,) = [c for c in services.customers.newest_customers(limit=5) if c.id == customer]
    form.choose_customer(summary)
    assert form.use_points_button.isVisibleTo(form) and form.tier_discount_button.isVisibleTo(form)
    form.set_line(0, item="Rose soap", quantity="2", price="10")
    form.apply_tier_discount()
    assert form.order_discount.text() == "2.00"
    monkeypatch.setattr(form, "ask_points", lambda state, most: 40)
    form.use_points()
    assert form.discount_code.text().startswith("R-") and form.order_discount.text() == "6.00"  # 4.00 + 10%
    assert services.loyalty.points(customer)[0].balance == 5
    assert not form.use_points_button.isVisibleTo(form)  # 5 left, fewer than the 20 needed
    assert form.save()
    assert services.loyalty.reward(form.discount_code.text()).redeemed_order_id is not None
    assert points_program


def test_the_tier_discount_follows_the_lines_and_not_another_customer(make_window, fresh_shop, qtbot):
    from shopdesk.services.loyalty_rules import Tier, Tiers

    services = build_services(fresh_shop.unit_of_work)
    services.loyalty.save_program("Levels", Tiers(levels=(Tier("Gold", 3000, discount_percent=10),)))
    gold = services.customers.create_customer(CustomerDraft(name="Sara", phone="09121112233"))
    other = services.customers.create_customer(CustomerDraft(name="Leila", phone="09121112244"))
    services.orders.place_order(
        OrderDraft(lines=(LineDraft("Soap", 4, 1000),), customer_id=gold, status="paid", paid_minor=4000)
    )
    window = make_window("en", fresh_shop)
    window.orders_view.open_order_form()
    form = window.orders_view.order_form
    by_id = {c.id: c for c in services.customers.newest_customers(limit=5)}
    form.choose_customer(by_id[gold])
    form.set_line(0, item="Rose soap", quantity="2", price="10")
    form.apply_tier_discount()
    assert form.order_discount.text() == "2.00"
    form.set_line(0, quantity="3")
    assert form.order_discount.text() == "3.00"
    form.choose_customer(by_id[other])
    assert form.order_discount.text() == "" and not form.tier_discount_button.isVisibleTo(form)
