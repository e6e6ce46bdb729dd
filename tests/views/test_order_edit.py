"""Editing an order from its page: the order form opens filled with it, a changed quantity shows in the page's
history, a packed order says why it cannot be edited, and a second desk's edit keeps everything typed."""

from __future__ import annotations

from dataclasses import replace

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.order_rows import LineDraft, OrderDraft, draft_from_detail
from shopdesk.services.registry import build_services
from shopdesk.views.order_form import QTY


def _placed(database, **changes):
    services = build_services(database.unit_of_work)
    customer = services.customers.create_customer(CustomerDraft(name="Sara Al-Harbi", phone="0501234567"))
    draft = OrderDraft(
        lines=(LineDraft("Rose soap", 2, 1250), LineDraft("Mug", 1, 2200)),
        customer_id=customer,
        shipping_minor=1000,
        notes="leave at the door",
    )
    return services, services.orders.place_order(replace(draft, **changes))


def _edit_form(window, qtbot, order_id):
    view = window.orders_view
    view.open_order(order_id)
    page = view.order_page
    page.edit_button.click()
    form = page.edit_dialog
    qtbot.waitExposed(form)
    return page, form


def test_a_quantity_edited_from_the_orders_page_shows_in_its_history(make_window, fresh_shop, qtbot):
    services, placed = _placed(fresh_shop)
    window = make_window("en", fresh_shop)
    page, form = _edit_form(window, qtbot, placed.id)
    assert form.windowTitle() == "Edit order 1001"
    assert form.customer_chosen.text().startswith("Customer: ")
    assert [form.lines.item(row, 0).text() for row in range(form.lines.rowCount())] == ["Rose soap", "Mug"]
    assert form.notes.toPlainText() == "leave at the door"
    assert not form.has_unsaved_changes()
    assert not form.paid.isEnabled()
    form.lines.item(0, QTY).setText("3")
    with qtbot.waitSignal(form.order_edited):
        form.save_button.click()
    assert not form.isVisible()
    assert page.lines.item(0, 1).text() == "3"
    history = [page.history.item(i).text() for i in range(page.history.count())]
    ltr = "\u2066{}\u2069".format
    before, after = (ltr(f"{n} × \u2068Rose soap\u2069 @ {ltr('12.50 SAR')}") for n in (2, 3))
    assert any(f"Items: {before} → {after}" in line for line in history), history
    assert any("Total: " in line for line in history)
    assert services.orders.get_order(placed.id).lines[0].quantity == 3
    assert window.orders_view.model.row(0).total_minor == 3 * 1250 + 2200 + 1000


def test_a_packed_order_cannot_be_edited_and_its_page_says_why(make_window, fresh_shop):
    services, placed = _placed(fresh_shop)
    services.orders.change_status([placed.id], "packed")
    window = make_window("en", fresh_shop)
    window.orders_view.open_order(placed.id)
    page = window.orders_view.order_page
    assert not page.edit_button.isEnabled()
    assert page.edit_note.text() == (
        "This order is packed or on its way: a change now goes through a return or a cancellation."
    )


def test_a_second_desk_is_told_the_order_changed_meanwhile_and_keeps_what_it_typed(make_window, fresh_shop, qtbot):
    services, placed = _placed(fresh_shop)
    window = make_window("en", fresh_shop)
    _page, form = _edit_form(window, qtbot, placed.id)
    form.lines.item(1, QTY).setText("4")
    form.notes.setPlainText("ring twice")
    # meanwhile another desk saves its own edit of the same order
    other = services.orders.get_order(placed.id)
    services.order_edits.edit_order(placed.id, other.version, replace(draft_from_detail(other), shipping_minor=0))
    form.save_button.click()
    assert form.isVisible()
    assert form.edit_mode.conflict.isVisible()
    assert form.edit_mode.conflict_note.text() == (
        "Another desk changed this order while you were editing it (Shipping). What you typed is still here."
    )
    assert (form.lines.item(1, QTY).text(), form.notes.toPlainText()) == ("4", "ring twice")
    saved = services.orders.get_order(placed.id)
    assert (saved.lines[1].quantity, saved.notes, saved.shipping_minor) == (1, "leave at the door", 0)
    form.edit_mode.keep_button.click()  # write this edit over the other desk's
    with qtbot.waitSignal(form.order_edited):
        form.save_button.click()
    saved = services.orders.get_order(placed.id)
    assert (saved.lines[1].quantity, saved.notes, saved.version) == (4, "ring twice", 2)


def test_loading_the_saved_order_after_a_conflict_shows_what_the_other_desk_saved(make_window, fresh_shop, qtbot):
    services, placed = _placed(fresh_shop)
    window = make_window("en", fresh_shop)
    _page, form = _edit_form(window, qtbot, placed.id)
    form.notes.setPlainText("mine")
    other = services.orders.get_order(placed.id)
    services.order_edits.edit_order(placed.id, other.version, replace(draft_from_detail(other), notes="theirs"))
    form.save_button.click()
    assert "Internal notes" in form.edit_mode.conflict_note.text()
    form.edit_mode.reload_button.click()
    assert (form.notes.toPlainText(), form.edit_mode.conflict.isVisible()) == ("theirs", False)
    assert not form.has_unsaved_changes()


def test_an_edit_below_what_was_paid_is_refused_beside_the_items_and_nothing_typed_is_lost(
    make_window, fresh_shop, qtbot
):
    services, placed = _placed(fresh_shop, paid_minor=5000, status="paid")
    window = make_window("en", fresh_shop)
    _page, form = _edit_form(window, qtbot, placed.id)
    form.lines.removeRow(1)  # the mug taken off: 25.00 + 10.00 shipping is less than the 50.00 paid
    form.save_button.click()
    assert form.isVisible()
    assert form.errors["lines"].text().startswith("The order would come to less than was paid for it.")
    assert form.lines.rowCount() == 1
    assert services.orders.get_order(placed.id).row.total_minor == 5700
