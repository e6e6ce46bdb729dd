"""An order's page: lines, details and history, and moving it on from there."""

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services


def _placed(database):
    services = build_services(database.unit_of_work)
    customer = services.customers.create_customer(CustomerDraft(name="مهسا کریمی", phone="09351112233"))
    placed = services.orders.place_order(
        OrderDraft(
            lines=(LineDraft("صابون گل رز", 2, 1250, 250), LineDraft("Mug", 1, 2200)),
            customer_id=customer,
            order_discount_minor=200,
            discount_code="next-7q2k",
            shipping_minor=1000,
            carrier="Tipax",
            tracking_number="ab 123 456",
            gift_message="تولدت مبارک",
        )
    )
    return services, placed


def test_an_orders_page_shows_its_lines_details_and_history(make_window, fresh_shop, tmp_path):
    _services, placed = _placed(fresh_shop)
    window = make_window("fa", fresh_shop)
    view = window.orders_view
    view.open_order(placed.id)
    page = view.order_page
    assert page.heading.text() == "سفارش ۱۰۰۱ · جدید"
    assert page.lines.rowCount() == 2
    assert page.lines.item(0, 4).text() == "۲۲٫۵۰ SAR"
    texts = [value.text() for _caption, value in page._fact_labels]
    assert "مهسا کریمی" in texts[0] and "\u2066+۹۸۹۳۵۱۱۱۲۲۳۳\u2069" in texts[0]  # shown in Persian digits
    assert "\u2066AB123456\u2069" in texts[4] and "Tipax" in texts[4]
    assert texts[6] == "\u200fتولدت مبارک"  # starts with the interface's direction mark
    assert "NEXT-7Q2K" in page.totals.text() and "۵۲٫۵۰ SAR" in page.totals.text()
    assert page.history.count() == 1
    page.grab().save(str(tmp_path / "order_detail_fa.png"))


def test_moving_an_order_on_from_its_page_updates_the_history_and_the_list(make_window, fresh_shop):
    services, placed = _placed(fresh_shop)
    window = make_window("en", fresh_shop)
    view = window.orders_view
    view.open_order(placed.id)
    page = view.order_page
    page.mark("paid")
    page.mark("paid")  # already there: nothing changes
    assert page.heading.text() == "Order 1001 · Paid"
    assert [page.history.item(i).text().split("  ")[-1] for i in range(page.history.count())] == ["New", "New → Paid"]
    assert view.model.index(0, 3).data() == "Paid"
    assert [e.to_status for e in services.orders.history(placed.id)] == ["new", "paid"]


def test_a_move_that_is_not_allowed_says_why_on_the_page(make_window, fresh_shop):
    _services, placed = _placed(fresh_shop)
    window = make_window("en", fresh_shop)
    window.orders_view.open_order(placed.id)
    page = window.orders_view.order_page
    page.mark("delivered")
    page.mark("paid")
    assert page.refused.text() == "A delivered or cancelled order does not move any more."
    assert page.heading.text() == "Order 1001 · Delivered"


def test_print_insert_on_the_order_page_saves_the_orders_insert_as_pdf_and_notes_it(make_window, fresh_shop, tmp_path):
    services, placed = _placed(fresh_shop)
    window = make_window("fa", fresh_shop)
    view = window.orders_view
    view.open_order(placed.id)
    page = view.order_page
    assert page.print_button.isVisible() and page.print_button.text() == "چاپ برگه‌ی داخل بسته…"
    target = tmp_path / "insert.pdf"
    asked = []
    page._ask_save_path = lambda suggested: asked.append(suggested) or str(target)
    page.print_button.click()
    assert asked == ["insert-1001.pdf"]
    assert target.read_bytes().startswith(b"%PDF")
    assert services.prints.print_counts([placed.id], "inserts") == {placed.id: 1}
    assert page.print_note.text() and "insert.pdf" in page.print_note.text()

    page._ask_save_path = lambda suggested: ""  # the save dialog cancelled: nothing written, nothing noted
    page.print_button.click()
    assert services.prints.print_counts([placed.id], "inserts") == {placed.id: 1}


def test_an_order_opened_from_the_customers_history_prints_its_insert_too(make_window, fresh_shop, tmp_path):
    services, placed = _placed(fresh_shop)
    window = make_window("en", fresh_shop)
    window.show_area("customers")
    customers = window.page("customers")
    customers.show_customer(services.orders.get_order(placed.id).row.customer_id)
    customers._on_history_double_clicked(customers.history_model.index(0, 0))
    page = customers.order_page
    assert page.print_button.isVisible()
    page._ask_save_path = lambda suggested: str(tmp_path / suggested)
    page.print_button.click()
    assert (tmp_path / "insert-1001.pdf").read_bytes().startswith(b"%PDF")
    assert services.prints.print_counts([placed.id], "inserts") == {placed.id: 1}
