"""The follow-up queue on screen: a promise with an owner and a deadline, overdue items marked, answering by
WhatsApp in one click marks the item done."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from urllib.parse import unquote

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QGuiApplication
from sqlalchemy import update

from shopdesk.db.models import FollowUp, Order
from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services


def _page(window):
    window.show_area("followups")
    return window.page("followups")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_promise_is_added_shown_and_answered_by_whatsapp(make_window, fresh_shop, qtbot, language):
    services = build_services(fresh_shop.unit_of_work)
    services.customers.create_customer(CustomerDraft(name="سارا رضایی", phone="+989121112233"))
    services.follow_ups.promise(
        what="Call back", owner="Ali", due=datetime.now(UTC) - timedelta(days=1)
    )  # already late
    window = make_window(language, fresh_shop)
    page = _page(window)
    page.new_button.click()
    dialog = page.promise_dialog
    dialog.what.setText("")
    assert not dialog.save()
    dialog.customer.setText("۰۹۱۲۱۱۱۲۲۳۳" if language == "ar" else "09121112233")
    dialog.what.setText("Replacement within 7 working days")
    dialog.owner.setText("Sara")
    dialog.due.setDate(QDate.currentDate().addDays(7))
    assert dialog.save()
    assert page.table.rowCount() == 2
    overdue = "overdue" if language == "en" else "متأخر"
    assert overdue in page.table.item(0, 0).text() and overdue not in page.table.item(1, 0).text()
    page.table.setCurrentCell(1, 0)
    opened = []
    page.open_url = lambda url: opened.append(url) or True
    assert page.send("whatsapp"), page.message.text()
    assert opened[0].startswith("https://wa.me/989121112233?text=")
    assert page.table.rowCount() == 1  # done, with who and when
    done = [r for r in services.follow_ups.queue(include_done=True) if r.done_at is not None]
    assert len(done) == 1 and done[0].what == "Replacement within 7 working days"
    window.grab().save(str(fresh_shop.sqlite_path.parent / f"followups_{language}.png"))


def test_an_email_needs_an_address_and_nothing_is_marked_done_without_it(make_window, fresh_shop, qtbot):
    services = build_services(fresh_shop.unit_of_work)
    customer = services.customers.create_customer(CustomerDraft(name="Ali"))
    services.follow_ups.promise(what="Send the invoice", owner="Sara", due=datetime.now(UTC), customer_id=customer)
    window = make_window("en", fresh_shop)
    page = _page(window)
    page.table.setCurrentCell(0, 0)
    assert not page.send("email")
    assert page.message.text() == "This customer has no e-mail address."
    assert page.table.rowCount() == 1


def _reorder_shop(fresh_shop, *, language="fa"):
    """Sara bought soap (45-day interval) 50 days ago; the reminder is made."""
    services = build_services(fresh_shop.unit_of_work)
    soap = next(p for p in services.products.list_products() if p.sku == "SOAP")
    services.products.save_product(replace(soap, reorder_days=45))
    sara = services.customers.create_customer(
        CustomerDraft(name="سارا رضایی", phone="+989121112233", email="sara@example.com", language=language)
    )
    placed = services.orders.place_order(
        OrderDraft(lines=(LineDraft("Rose soap", 1, 1250, product_id=soap.id),), customer_id=sara, paid_minor=1250)
    )
    with fresh_shop.engine.begin() as connection:
        connection.execute(update(Order.__table__).values(created_at=datetime.now(UTC) - timedelta(days=50)))
    assert services.follow_ups.generate() == 1
    return services, placed


def test_a_reorder_reminder_names_the_product_and_is_sent_in_the_customers_language(make_window, fresh_shop, qtbot):
    services, placed = _reorder_shop(fresh_shop, language="fa")
    window = make_window("en", fresh_shop)
    page = _page(window)
    assert page.table.rowCount() == 1
    assert page.table.item(0, 1).text() == "Time to reorder"
    assert page.table.item(0, 3).text() == "Rose soap"  # the desk's language
    page.table.setCurrentCell(0, 0)
    opened = []
    page.open_url = lambda url: opened.append(url) or True
    assert page.send("email")
    body = unquote(opened[0].split("body=")[1])
    assert "صابون گل رز" in body  # the customer's language
    assert opened[0].startswith("mailto:sara@example.com?")
    assert page.table.rowCount() == 0


def test_copy_puts_the_shops_own_message_on_the_clipboard_and_leaves_the_item_open(make_window, fresh_shop, qtbot):
    services, placed = _reorder_shop(fresh_shop, language="en")
    services.follow_ups.save_message_template("reorder", "en", "Hi $first_name, more $product? Order $order_number")
    window = make_window("fa", fresh_shop)
    page = _page(window)
    page.table.setCurrentCell(0, 0)
    text = page.copy_message()
    assert text == f"Hi سارا, more Rose soap? Order {placed.number}"  # an English message keeps Western digits
    assert QGuiApplication.clipboard().text() == text
    assert page.table.rowCount() == 1  # copying is not sending


def test_each_open_item_shows_its_channels_target_and_the_time_left_or_how_late(make_window, fresh_shop, qtbot):
    services = build_services(fresh_shop.unit_of_work)
    services.follow_ups.promise(what="Size chart", owner="Ali", channel="chat")  # due by the 15-minute target
    late = services.follow_ups.promise(
        what="Invoice", owner="Ali", channel="email", due=datetime.now(UTC) + timedelta(days=3)
    )
    with fresh_shop.engine.begin() as connection:  # the e-mail came in 30 hours ago
        connection.execute(
            update(FollowUp.__table__)
            .where(FollowUp.__table__.c.id == late)
            .values(created_at=datetime.now(UTC) - timedelta(hours=30))
        )
    services.follow_ups.promise(what="Call back", owner="Ali", due=datetime.now(UTC) + timedelta(days=1))
    window = make_window("en", fresh_shop)
    page = _page(window)
    texts = {page.table.item(r, 3).text(): page.table.item(r, 4) for r in range(page.table.rowCount())}
    assert texts["Size chart"].text() in ("15 min · 14 min left", "15 min · 15 min left")
    assert texts["Invoice"].text() == "1 day · 6 h late"  # English plural forms shipped
    assert texts["Invoice"].foreground().color().name() == "#b00020"
    assert texts["Call back"].text() == ""  # no channel, no target


def test_a_promise_on_a_channel_is_due_by_its_target_unless_working_days_are_given(make_window, fresh_shop, qtbot):
    services = build_services(fresh_shop.unit_of_work)
    window = make_window("fa", fresh_shop)
    page = _page(window)
    page.new_button.click()
    dialog = page.promise_dialog
    dialog.what.setText("Send the size chart")
    dialog.channel.setCurrentIndex(dialog.channel.findData("chat"))
    assert dialog.due_mode.currentData() == dialog.TARGET
    assert dialog.save()
    row = services.follow_ups.queue()[0]
    assert abs(row.due_at - (datetime.now(UTC) + timedelta(minutes=15))) < timedelta(minutes=1)
    page.new_button.click()
    dialog = page.promise_dialog
    dialog.what.setText("A replacement")
    dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
    dialog.due_mode.setCurrentIndex(dialog.due_mode.findData(dialog.WORKING_DAYS))
    dialog.due_mode.activated.emit(dialog.due_mode.currentIndex())
    dialog.working_days.setText("-2")
    assert not dialog.save()
    assert dialog.error.isVisibleTo(dialog) and dialog.working_days.text() == "-2"  # says why, keeps it
    dialog.working_days.setText("۶")  # Persian digits; Friday is the weekend in Iran
    assert dialog.save()
    row = next(r for r in services.follow_ups.queue() if r.what == "A replacement")
    expected = date.today()
    for _ in range(6):
        expected += timedelta(days=1)
        while expected.isoweekday() == 5:
            expected += timedelta(days=1)
    assert row.due_at.astimezone().date() == expected


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_messages_leave_the_shop_without_invisible_isolate_marks(make_window, fresh_shop, qtbot, language):
    """Copied or sent, a message in Arabic or Persian carries no U+2066…U+2069 into WhatsApp or an e-mail."""
    services, placed = _reorder_shop(fresh_shop, language=language)
    window = make_window(language, fresh_shop)
    page = _page(window)
    page.table.setCurrentCell(0, 0)
    assert any(mark in page.greeting(page.selected()) for mark in "\u2066\u2067\u2068\u2069")  # on screen: isolated
    copied = page.copy_message()
    assert copied and QGuiApplication.clipboard().text() == copied
    assert not any(mark in copied for mark in "\u2066\u2067\u2068\u2069")
    opened = []
    page.open_url = lambda url: opened.append(url) or True
    assert page.send("email")
    body = unquote(opened[0].split("body=")[1])
    assert body == copied


@pytest.mark.parametrize("language", ["en", "fa"])
def test_items_the_shops_data_made_say_what_to_do_by_when_and_who(make_window, sqlite_demo, language):
    window = make_window(language, sqlite_demo)
    page = _page(window)
    assert page.check_for_new() > 0
    made = [r for r, row in enumerate(page.rows) if row.kind != "promise"]
    assert made
    for r in made:
        what, target, owner = (page.table.item(r, c).text() for c in (3, 4, 5))
        assert what and target and owner, (page.rows[r].kind, what, target, owner)
