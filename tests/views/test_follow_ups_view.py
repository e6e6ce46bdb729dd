"""The follow-up queue on screen: a promise with an owner and a deadline, overdue items marked, answering by
WhatsApp in one click marks the item done."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate

from shopdesk.services.customer_records import CustomerDraft
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
