"""The Returns area: start a return from an order, approve, receive, inspect and refund it; a return the policy
blocks is refused with the day the window closed, then allowed with the owner's written reason."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QTimer
from sqlalchemy import update

from shopdesk.db.models import Order
from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from shopdesk.services.return_records import ReturnDraft
from shopdesk.services.settings import ShopSettings


def _delivered_order(database, *, days_ago=3):
    services = build_services(database.unit_of_work)
    settings = services.settings.load()
    services.settings.save(ShopSettings(**{**settings.__dict__, "return_days": 15}))
    customer = services.customers.create_customer(CustomerDraft(name="خالد العتيبي", language="ar"))
    placed = services.orders.place_order(
        OrderDraft(
            lines=(LineDraft("Rose soap", 2, 1250), LineDraft("Mug", 1, 2200)), customer_id=customer, paid_minor=4700
        )
    )
    services.orders.change_status([placed.id], "delivered")
    delivered = datetime.now(UTC) - timedelta(days=days_ago)
    with database.engine.begin() as connection:
        connection.execute(
            update(Order.__table__).where(Order.__table__.c.id == placed.id).values(delivered_at=delivered)
        )
    return services, placed


def _returns_page(window):
    window.show_area("returns")
    return window.page("returns")


def _answer_give_back(page, *, reason=None, confirm=True, shot=None):
    """Answer the refund / store credit question once it is open (it runs its own event loop); returns what it
    showed: its question, its details, whether its button could be pressed before a reason was written."""
    seen = {}

    def answer(hops=0):
        dialog = page.give_back_dialog
        if dialog is None or not dialog.isVisible():
            if hops < 20:  # posted before the question opened: look again on the next turn of the event loop
                QTimer.singleShot(0, lambda: answer(hops + 1))
            return
        seen.update(
            question=dialog.question.text().replace("\u2068", "").replace("\u2069", ""),
            details=dialog.details.text().replace("\u2068", "").replace("\u2069", ""),
            confirm_enabled=dialog.confirm.isEnabled(),
            reason_shown=dialog.reason.isVisible(),
        )
        if shot:
            dialog.grab().save(str(shot))
        if reason is not None:
            dialog.reason.setText(reason)
        if confirm:
            dialog.confirm.click()
        else:
            dialog.reject()

    QTimer.singleShot(0, answer)
    return seen


def _inspected_return(services, order_id, line=0, quantity=1):
    line_id = services.returns.returnable(order_id).lines[line].line_id
    return_id = services.returns.request_return(ReturnDraft(order_id, {line_id: quantity}, "damaged"))
    services.returns.approve(return_id)
    services.returns.receive(return_id)
    services.returns.inspect(return_id, "as_new")
    return return_id


@pytest.mark.parametrize(
    ("language", "given_back"),
    [("en", "Given back: 12.50 SAR"), ("ar", "المُعاد: ١٢٫٥٠ SAR")],
)
def test_a_return_is_started_from_its_order_approved_received_inspected_and_refunded(
    make_window, fresh_shop, qtbot, language, given_back
):
    services, placed = _delivered_order(fresh_shop)
    window = make_window(language, fresh_shop)
    window.orders_view.open_order(placed.id)
    window.orders_view.order_page.return_button.click()  # "Start a return…" on the order's page
    page = window.page("returns")
    assert window.pages.currentWidget() is page
    dialog = page.return_dialog
    assert dialog is not None and dialog.order is not None and dialog.lines.rowCount() == 2
    dialog.set_quantity(0, 1)
    dialog.reason.setCurrentIndex(dialog.reason.findData("damaged"))
    dialog.note.setText("Box crushed")
    with qtbot.waitSignal(dialog.return_started):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert page.detail is not None and page.detail.row.status == "requested"
    for step in ("approved", "received"):
        assert page.step_buttons[step].isVisible()
        page.step_buttons[step].click()
    page.condition.setCurrentIndex(page.condition.findData("opened"))
    page.step_buttons["inspected"].click()
    seen = _answer_give_back(page)
    page.step_buttons["refunded"].click()
    assert seen["question"].startswith("Refund" if language == "en" else "إعادة")
    assert page.detail.row.status == "refunded"
    assert given_back in page.facts.text()
    assert page.history.count() == 5
    assert page.step_buttons["closed"].isVisible() and not page.step_buttons["approved"].isVisible()
    window.grab().save(str(fresh_shop.sqlite_path.parent / f"returns_{language}.png"))
    assert services.returns.get_return(page.detail.row.id).row.refund_minor == 1250


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_return_outside_the_window_is_blocked_then_allowed_with_a_written_reason(
    make_window, fresh_shop, qtbot, language
):
    services, placed = _delivered_order(fresh_shop, days_ago=40)
    window = make_window(language, fresh_shop)
    page = _returns_page(window)
    page.start_return()
    dialog = page.return_dialog
    dialog.order_number.setText("١٠٠١" if language == "ar" else "1001")
    dialog.order_number.editingFinished.emit()
    assert dialog.order is not None
    dialog.set_quantity(1, 1)
    assert dialog.save() is None
    assert dialog.blocked.isVisible() and dialog.override.isVisible()
    closed = services.returns.returnable(placed.id).window_closes
    assert window.formatter.date(closed) in dialog.blocked.text()
    assert services.returns.list_returns() == []
    assert dialog.quantities() == {services.returns.returnable(placed.id).lines[1].line_id: 1}  # kept
    dialog.override.setText("Regular customer, was abroad")
    assert dialog.save() is not None
    (row,) = services.returns.list_returns()
    assert services.returns.get_return(row.id).override_reason == "Regular customer, was abroad"
    assert "Regular customer, was abroad" in page.facts.text()


def test_rejecting_asks_why_and_keeps_it(make_window, fresh_shop, qtbot):
    services, placed = _delivered_order(fresh_shop)
    window = make_window("en", fresh_shop)
    page = _returns_page(window)
    page.start_return(placed.id)
    dialog = page.return_dialog
    dialog.set_quantity(0, 2)
    dialog.save()
    page.ask_rejection_reason = lambda: ""
    assert not page.take_step("rejected")  # no reason, no rejection
    page.ask_rejection_reason = lambda: "Used, no box"
    assert page.take_step("rejected")
    assert page.detail.row.status == "rejected"
    assert "Rejected because: Used, no box" in page.facts.text()


def test_too_many_units_and_a_missing_reason_are_explained_in_the_dialog(make_window, fresh_shop, qtbot):
    _services, placed = _delivered_order(fresh_shop)
    window = make_window("en", fresh_shop)
    page = _returns_page(window)
    page.start_return(placed.id)
    dialog = page.return_dialog
    assert dialog.save() is None
    assert dialog.quantity_error.isVisible()
    dialog.set_quantity(0, 1)
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    assert dialog.save() is None
    assert dialog.reason_error.text() == "Say what the reason is."
    dialog.reason_text.setText("Colour looks different")
    assert dialog.save() is not None


def test_the_return_slip_is_saved_from_the_returns_page(make_window, fresh_shop, qtbot, tmp_path):
    services, placed = _delivered_order(fresh_shop)
    window = make_window("fa", fresh_shop)
    page = _returns_page(window)
    page.start_return(placed.id)
    page.return_dialog.set_quantity(0, 1)
    page.return_dialog.save()
    assert page.slip_button.isVisible()
    target = tmp_path / "out" / "slip.pdf"
    target.parent.mkdir()
    page.ask_slip_path = lambda suggested: str(target)
    assert page.save_slip()
    assert target.read_bytes().startswith(b"%PDF")
    page.ask_slip_path = lambda suggested: str(tmp_path / "missing-folder" / "slip.pdf")
    assert not page.save_slip()  # an unwritable place is said, nothing half-written
    assert not (tmp_path / "missing-folder").exists()


def test_the_return_policy_is_set_from_the_returns_page(make_window, fresh_shop, qtbot):
    services, placed = _delivered_order(fresh_shop)
    window = make_window("ar", fresh_shop)
    page = _returns_page(window)
    page.policy_button.click()
    dialog = page.policy_dialog
    assert dialog.window_days.value() == 15
    dialog.window_days.setValue(30)
    dialog.fees["changed_mind"].setValue(10)
    dialog.resolution_boxes["exchange"].setChecked(False)
    dialog.text_edits["ar"].setPlainText("يمكنك الإرجاع خلال $return_days يوماً.")
    for box in dialog.resolution_boxes.values():
        box.setChecked(False)
    assert not dialog.save()
    assert dialog.error.isVisible()
    dialog.resolution_boxes["refund"].setChecked(True)
    dialog.resolution_boxes["credit"].setChecked(True)
    assert dialog.save()
    policy = services.returns.policy()
    assert policy.window_days == 30 and services.settings.load().return_days == 30
    assert policy.restocking_percent == {"changed_mind": 10}
    assert policy.resolutions == ("refund", "credit")
    assert policy.texts == {"ar": "يمكنك الإرجاع خلال $return_days يوماً."}


def test_an_exchange_places_the_replacement_order_from_the_returns_page(make_window, fresh_shop, qtbot):
    from shopdesk.services.order_rows import LineDraft

    services, placed = _delivered_order(fresh_shop)
    window = make_window("en", fresh_shop)
    page = _returns_page(window)
    page.start_return(placed.id)
    page.return_dialog.set_quantity(0, 1)
    page.return_dialog.save()
    for step in ("approved", "received", "inspected"):
        page.take_step(step)
    assert page.step_buttons["exchanged"].isVisible()
    page.ask_exchange_line = lambda: LineDraft("Rose soap, large", 1, 1500)
    assert page.take_step("exchanged")
    assert page.detail.row.status == "exchanged"
    assert "Exchanged for order 1002" in page.facts.text()
    assert services.orders.get_order(services.orders.order_id_for_number(1002)).row.status == "new"  # 2.50 to pay


def test_the_exchange_dialog_prices_a_catalogue_item_and_refuses_a_bad_price(make_window, fresh_shop, qtbot):
    from shopdesk.views.exchange_dialog import ExchangeDialog

    window = make_window("fa", fresh_shop)
    products = build_services(fresh_shop.unit_of_work).products.list_products()
    dialog = ExchangeDialog(products=products, formatter=window.formatter, currency_digits=2)
    qtbot.addWidget(dialog)
    dialog.product.setCurrentIndex(dialog.product.findText("ماگ"))
    assert dialog.price.text() == "22.00"
    dialog.quantity.setValue(2)
    dialog.buttons.accepted.emit()
    assert dialog.line.product_id is not None and dialog.line.quantity == 2 and dialog.line.unit_price_minor == 2200
    dialog.price.setText("abc")
    dialog.line = None
    dialog.buttons.accepted.emit()
    assert dialog.line is None and dialog.error.text() == "یک قیمت بنویسید، مثلاً ۱۲٫۵۰."


def test_store_credit_from_a_return_pays_for_the_next_order_in_the_form(make_window, fresh_shop, qtbot):
    services, placed = _delivered_order(fresh_shop)
    line_id = services.returns.returnable(placed.id).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(placed.id, {line_id: 1}, "wrong_size"))
    for step in ("approve", "receive"):
        getattr(services.returns, step)(return_id)
    services.returns.inspect(return_id, "as_new")
    services.returns.resolve(return_id, "credit")  # 12.50 SAR of credit
    customer_id = services.orders.get_order(placed.id).row.customer_id
    window = make_window("ar", fresh_shop)
    view = window.orders_view
    view.open_order_form()
    form = view.order_form
    assert not form.credit_row.isVisibleTo(form)
    (summary,) = [c for c in services.customers.newest_customers(limit=5) if c.id == customer_id]
    form.choose_customer(summary)
    assert form.credit_row.isVisibleTo(form) and "١٢٫٥٠" in form.store_credit_note.text()
    form.set_line(0, item="Mug", quantity="1", price="20")
    form.store_credit.setText("١٥")
    assert form.save() is None  # more than the credit: said next to the field, nothing saved
    assert form.errors["store_credit"].text() == "هذا أكثر من رصيد المتجر لدى العميل."
    form.store_credit.setText("١٢٫٥٠")
    form.paid.setText("7.50")
    number = form.save()
    assert number == 1002
    assert services.returns.credit_balance(customer_id, "SAR") == 0
    order = services.orders.get_order(services.orders.order_id_for_number(1002))
    assert order.paid_minor == 2000


def test_the_shops_own_reasons_are_offered_when_starting_a_return(make_window, fresh_shop, qtbot):
    services, placed = _delivered_order(fresh_shop)
    window = make_window("en", fresh_shop)
    page = _returns_page(window)
    page.open_policy()
    page.policy_dialog.own_reasons.setPlainText("Arrived late\n\n" + "x" * 40)
    assert not page.policy_dialog.save()
    assert "32 characters" in page.policy_dialog.error.text()
    page.policy_dialog.own_reasons.setPlainText("Arrived late")
    assert page.policy_dialog.save()
    page.start_return(placed.id)
    dialog = page.return_dialog
    assert (
        dialog.reason.findData("Arrived late") >= 0
        and dialog.reason.itemText(dialog.reason.findData("Arrived late")) == "Arrived late"
    )
    dialog.reason.setCurrentIndex(dialog.reason.findData("Arrived late"))
    dialog.set_quantity(0, 1)
    assert dialog.save() is not None
    assert "Reason: Arrived late" in page.facts.text()


def test_a_customers_profile_shows_store_credit_and_the_owner_can_end_it(make_window, fresh_shop, qtbot):
    services, placed = _delivered_order(fresh_shop)
    line_id = services.returns.returnable(placed.id).lines[0].line_id
    return_id = services.returns.request_return(ReturnDraft(placed.id, {line_id: 1}, "wrong_size"))
    for step in ("approve", "receive"):
        getattr(services.returns, step)(return_id)
    services.returns.inspect(return_id, "as_new")
    services.returns.resolve(return_id, "credit")
    customer_id = services.orders.get_order(placed.id).row.customer_id
    window = make_window("fa", fresh_shop)
    window.show_area("customers")
    view = window.page("customers")
    view.show_customer(customer_id)
    assert view.credit.isVisibleTo(view) and "۱۲٫۵۰" in view.credit.text()
    view.ask_expire_note = lambda: None  # changed their mind
    view.expire_credit_button.click()
    assert services.returns.credit_balance(customer_id, "SAR") == 1250
    view.ask_expire_note = lambda: "Valid six months"
    view.expire_credit_button.click()
    assert services.returns.credit_balance(customer_id, "SAR") == 0
    assert not view.credit.isVisibleTo(view)
    assert services.returns.credit_ledger(customer_id)[-1].note == "Valid six months"


def test_the_return_policy_opens_from_settings_too_and_the_list_filters_by_order(make_window, fresh_shop, qtbot):
    services, placed = _delivered_order(fresh_shop)
    window = make_window("en", fresh_shop)
    window.show_area("settings")
    settings = window.settings_view
    assert settings.return_policy_button.isVisibleTo(settings)
    settings.return_policy_button.click()
    settings.return_policy_dialog.window_days.setValue(20)
    assert settings.return_policy_dialog.save()
    assert settings.return_days.text() == "20"  # the shop form shows the new window
    line_id = services.returns.returnable(placed.id).lines[0].line_id
    services.returns.request_return(ReturnDraft(placed.id, {line_id: 1}, "damaged"))
    page = _returns_page(window)
    page.refresh()
    assert len(page.rows) == 1
    page.order_filter.setText("9999")
    assert page.rows == []
    page.order_filter.setText("1001")
    assert len(page.rows) == 1


def test_the_dialog_forgets_an_order_and_its_override_when_another_is_typed(make_window, fresh_shop, qtbot):
    services, placed = _delivered_order(fresh_shop, days_ago=40)
    window = make_window("en", fresh_shop)
    page = _returns_page(window)
    page.start_return(placed.id)
    dialog = page.return_dialog
    dialog.set_quantity(0, 1)
    assert dialog.save() is None and dialog.override.isVisibleTo(dialog)
    dialog.override.setText("Loyal customer")
    dialog.order_number.setText("4242")
    dialog.order_number.editingFinished.emit()
    assert dialog.order is None and dialog.lines.rowCount() == 0
    assert not dialog.override.isVisibleTo(dialog) and dialog.override.text() == ""
    assert dialog.save() is None  # nothing is filed against the order shown before
    assert services.returns.list_returns() == []


@pytest.mark.parametrize(
    ("language", "question", "paid"),
    [
        ("en", "Refund 12.50 SAR to خالد العتيبي?", "Paid for these items: 12.50 SAR"),
        ("ar", "١٢٫٥٠ SAR", "١٢٫٥٠ SAR"),
        ("fa", "۱۲٫۵۰ SAR", "۱۲٫۵۰ SAR"),
    ],
)
def test_a_refund_names_its_amount_and_customer_and_is_given_only_when_confirmed(
    make_window, fresh_shop, qtbot, language, question, paid
):
    services, placed = _delivered_order(fresh_shop)
    return_id = _inspected_return(services, placed.id)
    window = make_window(language, fresh_shop)
    page = _returns_page(window)
    page.refresh(return_id)
    assert paid in page.facts.text()
    shots = fresh_shop.sqlite_path.parent
    seen = _answer_give_back(page, confirm=False, shot=shots / f"refund_question_{language}.png")
    assert not page.take_step("refunded")  # one click asks; Cancel gives nothing
    assert question in seen["question"] and "خالد العتيبي" in seen["question"]
    assert not seen["reason_shown"] and seen["confirm_enabled"]
    assert services.returns.get_return(return_id).row.status == "inspected"
    seen = _answer_give_back(page)
    assert page.take_step("refunded")
    assert services.returns.get_return(return_id).row.refund_minor == 1250
    window.grab().save(str(shots / f"refunded_{language}.png"))


def test_store_credit_is_confirmed_with_its_amount_and_customer(make_window, fresh_shop, qtbot):
    services, placed = _delivered_order(fresh_shop)
    return_id = _inspected_return(services, placed.id, line=1)
    window = make_window("en", fresh_shop)
    page = _returns_page(window)
    page.refresh(return_id)
    seen = _answer_give_back(page)
    assert page.take_step("credited")
    assert seen["question"] == "Give 22.00 SAR of store credit to خالد العتيبي?"
    customer_id = services.orders.get_order(placed.id).row.customer_id
    assert services.returns.credit_balance(customer_id, "SAR") == 2200


@pytest.mark.parametrize(
    ("language", "not_paid"),
    [
        ("en", "Paid for these items: 0.00 SAR — order 1001 was not paid."),
        ("ar", "٠٫٠٠ SAR"),
        ("fa", "۰٫۰۰ SAR"),
    ],
)
def test_an_unpaid_orders_return_says_it_was_not_paid_and_closes_without_refund_only_with_a_reason(
    make_window, fresh_shop, qtbot, language, not_paid
):
    services = build_services(fresh_shop.unit_of_work)
    customer = services.customers.create_customer(CustomerDraft(name="خالد العتيبي", language="ar"))
    placed = services.orders.place_order(  # saved unpaid (cash on delivery), then packed: 10.98 at its prices
        OrderDraft(lines=(LineDraft("Rose soap", 2, 549),), customer_id=customer)
    )
    services.orders.change_status([placed.id], "packed")
    return_id = _inspected_return(services, placed.id, quantity=2)
    window = make_window(language, fresh_shop)
    page = _returns_page(window)
    page.refresh(return_id)
    assert not_paid in page.facts.text()
    assert "10.98" not in page.facts.text() and "١٠٫٩٨" not in page.facts.text()
    assert page.step_buttons["closed"].isVisible()
    assert page.step_buttons["closed"].text() == window.tr("Close without refund") or language != "en"
    shots = fresh_shop.sqlite_path.parent
    window.grab().save(str(shots / f"unpaid_inspected_{language}.png"))
    seen = _answer_give_back(page, confirm=False, shot=shots / f"nothing_back_{language}.png")
    assert not page.take_step("refunded")  # one click on Refund no longer closes it with 0.00
    assert seen["reason_shown"] and not seen["confirm_enabled"]  # no reason, no closing
    assert services.returns.get_return(return_id).row.status == "inspected"
    seen = _answer_give_back(page, reason="Cash on delivery refused")
    assert page.take_step("refunded")
    detail = services.returns.get_return(return_id)
    assert (detail.row.status, detail.resolution, detail.row.refund_minor) == ("closed", "none", 0)
    assert detail.nothing_back_reason == "Cash on delivery refused"
    assert "Cash on delivery refused" in page.facts.text()
    window.grab().save(str(shots / f"closed_without_refund_{language}.png"))


@pytest.mark.parametrize("amount", [0, 1250])
def test_enter_in_the_question_never_gives_money_and_closes_with_nothing_only_after_a_reason(qtbot, amount):
    from PySide6.QtCore import Qt

    from shopdesk.services.return_records import GiveBack
    from shopdesk.views.give_back_dialog import GiveBackDialog
    from shopdesk.views.locale_format import Formatter
    from shopdesk.views.preferences import DisplayPreferences

    quote = GiveBack(1, 1, 1001, "خالد العتيبي", "SAR", 1250, 0, 0 if amount == 0 else 1250, 0, amount)
    dialog = GiveBackDialog(quote, "refund", formatter=Formatter(DisplayPreferences()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if amount:
        with qtbot.waitSignal(dialog.rejected):  # Enter is Cancel: a refund takes a click on its own button
            qtbot.keyClick(dialog, Qt.Key.Key_Return)
        return
    dialog.reason.setFocus()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.confirm.isEnabled()  # no reason: nothing happens
    qtbot.keyClicks(dialog.reason, "Never paid")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.reason_text() == "Never paid"
