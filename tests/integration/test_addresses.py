"""Addresses, percent discounts and product lines on placed orders, on SQLite and PostgreSQL."""

import pytest

from shopdesk.services.addresses import Address, BookEntry
from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.errors import InvalidInput
from shopdesk.services.order_rows import LineDraft, OrderDraft, OrderQuery
from shopdesk.services.product_records import ProductRow
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings

HOME = Address(recipient="Sara", phone="0501234567", line1="12 King Fahd Rd", district="Al Olaya", city="الرياض",
               postal_code="١٢٢١١", country="sa", short_code="rrrd2929")  # fmt: skip
WORK = Address(recipient="Sara", line1="Tower 3, floor 9", city="Jeddah", country="SA")


@pytest.fixture
def services(database):
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    return services


def _order(services, **changes):
    base = dict(lines=(LineDraft("Rose soap", 1, 1200),), channel="website")
    base.update(changes)
    return services.orders.place_order(OrderDraft(**base))


def test_the_ship_to_address_is_copied_onto_the_order_and_a_later_book_edit_leaves_it(services):
    sara = services.customers.create_customer(CustomerDraft(name="Sara"))
    home = services.addresses.add_address(sara, HOME, label="home")
    [entry] = services.addresses.addresses(sara)
    placed = _order(services, customer_id=sara, ship_to=entry.address)
    services.addresses.update_address(home, WORK, label="home")
    detail = services.orders.get_order(placed.id)
    assert detail.ship_to.line1 == "12 King Fahd Rd"
    assert (detail.ship_to.postal_code, detail.ship_to.country, detail.ship_to.short_code) == (
        "12211",
        "SA",
        "RRRD2929",
    )
    assert detail.bill_to is None
    services.addresses.delete_address(home)
    assert services.orders.get_order(placed.id).ship_to == detail.ship_to


def test_a_bill_to_is_kept_beside_the_ship_to_and_a_walk_in_sale_has_none(services):
    placed = _order(services, ship_to=HOME, bill_to=WORK)
    detail = services.orders.get_order(placed.id)
    assert (detail.ship_to.city, detail.bill_to.city) == ("الرياض", "Jeddah")
    walk_in = services.orders.get_order(_order(services, channel="in_store").id)
    assert (walk_in.ship_to, walk_in.bill_to) == (None, None)


def test_an_order_with_a_bad_address_is_refused_naming_the_field_and_nothing_is_saved(services):
    for address, kind, field in (
        (Address(line1="x", city="Tehran", country="IR", postal_code="۱۲۳۴۵"), "ship_to", "ship_to.postal_code"),
        (Address(line1="x", city="Dubai", country="AE", short_code="RRRD2929"), "bill_to", "bill_to.short_code"),
    ):
        with pytest.raises(InvalidInput) as caught:
            _order(services, **{kind: address})
        assert caught.value.field == field
    assert services.orders.count() == 0


def test_persian_and_arabic_digits_in_a_postal_code_are_stored_as_ascii(services):
    iran = Address(recipient="سارا", line1="خیابان ولیعصر", city="تهران", country="IR", postal_code="۱۲۳۴۵-۶۷۸۹۰")
    detail = services.orders.get_order(_order(services, ship_to=iran).id)
    assert detail.ship_to.postal_code == "1234567890"


def test_the_first_address_is_the_default_and_one_default_remains(services):
    sara = services.customers.create_customer(CustomerDraft(name="Sara"))
    home = services.addresses.add_address(sara, HOME, label="home")
    work = services.addresses.add_address(sara, WORK, label="work")
    assert [(a.id, a.is_default) for a in services.addresses.addresses(sara)] == [(home, True), (work, False)]
    services.addresses.set_default_address(work)
    assert [(a.id, a.is_default) for a in services.addresses.addresses(sara)] == [(work, True), (home, False)]
    services.addresses.delete_address(work)
    assert [(a.id, a.is_default) for a in services.addresses.addresses(sara)] == [(home, True)]
    profile = services.customers.get_profile(sara)
    assert [(a.label, a.address.short_code) for a in profile.addresses] == [("home", "RRRD2929")]


def test_the_customer_dialogs_book_is_saved_in_one_go_and_a_bad_address_saves_nothing(services):
    sara = services.customers.create_customer(CustomerDraft(name="Sara"))
    home = services.addresses.add_address(sara, HOME, label="home")
    ids = services.addresses.save_book(sara, [BookEntry(HOME, "home", id=home), BookEntry(WORK, "work", True)])
    assert [(a.id, a.label, a.is_default) for a in services.addresses.addresses(sara)] == [
        (ids[1], "work", True),
        (home, "home", False),
    ]
    bad = Address(line1="x", city="Tehran", country="IR", postal_code="123")
    with pytest.raises(InvalidInput) as caught:
        services.addresses.save_book(sara, [BookEntry(bad, "new")])
    assert caught.value.field == "addresses[0].postal_code"
    assert len(services.addresses.addresses(sara)) == 2


def test_merging_customers_keeps_one_default_address_the_kept_customers(services):
    keep = services.customers.create_customer(CustomerDraft(name="Sara", phone="0501234567"))
    duplicate = services.customers.create_customer(CustomerDraft(name="Sara A"))
    services.addresses.add_address(duplicate, WORK)
    home = services.addresses.add_address(keep, HOME)
    services.customers.merge_customers(keep_id=keep, duplicate_id=duplicate)
    assert [(a.id, a.is_default) for a in services.addresses.addresses(keep)] == [(home, True), (home - 1, False)]


@pytest.mark.parametrize("typed", ["الرياض", "الریاض", "الرياض ", "الر"])
def test_searching_orders_by_city_finds_those_shipped_there(services, typed):
    riyadh = _order(services, ship_to=HOME)
    _order(services, ship_to=WORK)
    _order(services, channel="in_store")
    assert [row.id for row in services.orders.page(OrderQuery(search=typed), limit=10)] == [riyadh.id]
    assert [row.id for row in services.orders.page(OrderQuery(search="jeddah"), limit=10)] != [riyadh.id]


def test_percent_discounts_are_kept_with_the_amounts_they_came_to_rounded_half_to_even(services):
    placed = _order(
        services,
        lines=(
            LineDraft("Soap", 1, 25, discount_basis_points=1000),
            LineDraft("Candle", 1, 35, discount_basis_points=1000),
        ),
        order_discount_basis_points=1250,
    )
    detail = services.orders.get_order(placed.id)
    assert [(line.discount_minor, line.discount_basis_points) for line in detail.lines] == [(2, 1000), (4, 1000)]
    assert (detail.discount_minor, detail.discount_basis_points) == (7, 1250)  # 12.5% of 54 = 6.75
    assert detail.subtotal_minor == 54 and detail.row.total_minor == 47
    amount = services.orders.get_order(_order(services, order_discount_minor=100).id)
    assert (amount.discount_minor, amount.discount_basis_points) == (100, None)


def test_a_product_line_keeps_the_products_name_in_the_customers_language_and_its_sku_apart(services):
    candle = services.products.save_product(
        ProductRow(id=None, sku="CANDLE-OUD", name_en="Oud candle", name_ar="شمعة عود", price_minor=4500)
    )
    only_fa = services.products.save_product(
        ProductRow(id=None, sku="TEA-1", name_en="", name_fa="چای", price_minor=900)
    )
    arab = services.customers.create_customer(CustomerDraft(name="Huda", language="ar"))
    persian = services.customers.create_customer(CustomerDraft(name="Reza", language="fa"))
    lines = (LineDraft("CANDLE-OUD", 1, 4500, product_id=candle), LineDraft("tea-1", 1, 900, product_id=only_fa))
    for customer, language, names in (
        (arab, "", ["شمعة عود", "چای"]),
        (persian, "", ["Oud candle", "چای"]),  # no Persian name: the first the catalogue has
        (None, "en", ["Oud candle", "چای"]),
        (None, "ar", ["شمعة عود", "چای"]),
    ):
        placed = _order(services, lines=lines, customer_id=customer, language=language)
        detail = services.orders.get_order(placed.id)
        assert [(line.description, line.sku) for line in detail.lines] == list(
            zip(names, ["CANDLE-OUD", "TEA-1"], strict=True)
        )
    own = _order(services, lines=(LineDraft("Oud candle, gift wrapped", 1, 4500, product_id=candle),))
    assert services.orders.get_order(own.id).lines[0].description == "Oud candle, gift wrapped"


def test_a_line_picked_by_its_sku_keeps_the_products_name_not_the_sku(services):
    candle = services.products.save_product(
        ProductRow(id=None, sku="CANDLE-OUD", name_en="Oud candle", name_ar="شمعة عود", price_minor=4500)
    )
    placed = services.orders.place_order(OrderDraft(lines=(LineDraft("CANDLE-OUD", 1, 4500, product_id=candle),)))
    [line] = services.orders.get_order(placed.id).lines
    assert line.description == "Oud candle"


def test_the_address_book_and_the_order_keep_the_same_address_fields():
    from shopdesk.db.models import AddressFields, CustomerAddress, OrderAddress
    from shopdesk.services.addresses import ADDRESS_FIELDS

    assert tuple(AddressFields.model_fields) == ADDRESS_FIELDS
    for table in (CustomerAddress.__table__, OrderAddress.__table__):
        assert set(ADDRESS_FIELDS) <= set(table.columns.keys())
