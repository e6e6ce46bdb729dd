"""The customer's address book in the customer dialog, and an order's addresses on its page."""

from shopdesk.services.addresses import Address, BookEntry
from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services

HOME = Address(recipient="Huda", line1="12 King Fahd Rd", district="Al Olaya", city="Riyadh", postal_code="12211",
               country="SA", short_code="RRRD2929")  # fmt: skip
WORK = Address(recipient="Huda", line1="Tower 3", city="Jeddah", country="SA")


def _customers_view(make_window, database, language="en"):
    window = make_window(language, database)
    window.show_area("customers")
    return window, window.page("customers")


def test_the_address_book_is_kept_with_save_one_default_and_a_delete_asks_first(make_window, fresh_shop, monkeypatch):
    services = build_services(fresh_shop.unit_of_work)
    huda = services.customers.create_customer(CustomerDraft(name="Huda", phone="09121234567"))
    services.addresses.add_address(huda, HOME, label="home")
    _window, view = _customers_view(make_window, fresh_shop)
    view.show_customer(huda)
    view.open_edit_customer()
    dialog = view.dialog
    assert dialog.address_list.count() == 1 and "(default)" in dialog.address_list.item(0).text()
    answers = iter([BookEntry(WORK, "work", is_default=True)])
    monkeypatch.setattr(dialog, "ask_address", lambda entry: next(answers))
    dialog.add_address()
    assert "(default)" in dialog.address_list.item(1).text() and "(default)" not in dialog.address_list.item(0).text()
    questions = []
    monkeypatch.setattr(dialog, "confirm", lambda question: questions.append(question) or False)
    dialog.address_list.setCurrentRow(0)
    dialog.delete_address()
    assert dialog.address_list.count() == 2 and len(questions) == 1  # said no: nothing removed
    assert services.addresses.addresses(huda)[0].label == "home"  # nothing written before Save
    monkeypatch.setattr(dialog, "confirm", lambda question: True)
    dialog.delete_address()
    assert dialog.save() == huda
    [kept] = services.addresses.addresses(huda)
    assert (kept.label, kept.is_default, kept.address.city) == ("work", True, "Jeddah")


def test_an_address_typed_wrong_in_the_address_dialog_is_named_and_kept(qtbot):
    from shopdesk.views.address_fields import AddressDialog

    dialog = AddressDialog(country="SA")
    qtbot.addWidget(dialog)
    dialog.label.setText("home")
    dialog.fields.edits["line1"].setText("12 King Fahd Rd")
    dialog.fields.edits["city"].setText("Riyadh")
    dialog.fields.edits["short_code"].setText("RRRD29")
    assert dialog.save() is None
    assert dialog.fields.errors["short_code"].text() == "A short code is 4 letters and 4 digits, e.g. RRRD2929."
    assert dialog.fields.edits["city"].text() == "Riyadh"
    dialog.fields._select_country("AE")
    assert not dialog.fields.edits["short_code"].isVisibleTo(dialog)  # Saudi addresses only
    entry = dialog.save()
    assert (entry.address.country, entry.address.short_code, entry.label) == ("AE", "", "home")


def test_an_orders_page_shows_where_it_ships_and_its_percent_discounts(make_window, fresh_shop):
    services = build_services(fresh_shop.unit_of_work)
    placed = services.orders.place_order(
        OrderDraft(
            lines=(LineDraft("Rose soap", 2, 1250, discount_basis_points=1000),),
            order_discount_basis_points=500,
            channel="website",
            ship_to=HOME,
            bill_to=WORK,
        )
    )
    window = make_window("en", fresh_shop)
    window.orders_view.open_order(placed.id)
    page = window.orders_view.order_page
    plain = str.maketrans("", "", "\u2068\u2069\u200e\u200f")  # the isolates around each line
    texts = {caption.text(): value.text().translate(plain) for caption, value in page._fact_labels}
    assert texts["Ship to"] == "Huda\n12 King Fahd Rd\nAl Olaya\nRiyadh 12211\nRRRD2929\nSaudi Arabia"
    assert "Tower 3\nJeddah\nSaudi Arabia" in texts["Bill to"]
    assert page.lines.item(0, 3).text() == "10% = 2.50 SAR"
    assert "Discount 5% = 1.12 SAR" in page.totals.text()  # 5% of 22.50 = 1.125: half to even, 1.12


def test_a_new_customers_first_address_is_their_default(make_window, fresh_shop, monkeypatch):
    services = build_services(fresh_shop.unit_of_work)
    _window, view = _customers_view(make_window, fresh_shop, "ar")
    view.open_new_customer()
    dialog = view.dialog
    dialog.name.setText("هدى")
    monkeypatch.setattr(dialog, "ask_address", lambda entry: BookEntry(HOME, "المنزل"))
    dialog.add_address()
    customer_id = dialog.save()
    [kept] = services.addresses.addresses(customer_id)
    assert (kept.label, kept.is_default, kept.address.short_code) == ("المنزل", True, "RRRD2929")


def test_cancel_asks_before_throwing_away_an_address_added_to_the_book(make_window, fresh_shop, monkeypatch):
    services = build_services(fresh_shop.unit_of_work)
    huda = services.customers.create_customer(CustomerDraft(name="Huda", phone="09121234567"))
    _window, view = _customers_view(make_window, fresh_shop)
    view.show_customer(huda)
    view.open_edit_customer()
    dialog = view.dialog
    asked = []
    monkeypatch.setattr(dialog, "ask_discard", lambda: asked.append(True) or False)  # Keep editing
    monkeypatch.setattr(dialog, "ask_address", lambda entry: BookEntry(HOME, "home"))
    dialog.add_address()
    dialog.reject()
    assert asked == [True] and dialog.isVisible() and dialog.address_list.count() == 1
    assert services.addresses.addresses(huda) == []
