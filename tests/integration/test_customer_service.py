"""Customers: typed in any digits, found as people type, figures computed in SQL, merged without loss."""

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.customers import CustomerService
from shopdesk.services.errors import DuplicatePhone, InvalidInput, NotFound
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.orders import OrderService
from shopdesk.services.settings import SettingsService, ShopSettings


@pytest.fixture
def orders(database):
    SettingsService(database.unit_of_work).save(ShopSettings(shop_name="Golnar", currency="IRR", country="IR"))
    return OrderService(database.unit_of_work)


@pytest.fixture
def customers(database, orders):
    return CustomerService(database.unit_of_work, orders=orders)


def _order(orders, customer_id, amount, status=None):
    placed = orders.place_order(OrderDraft(lines=(LineDraft("Tea", 1, amount),), customer_id=customer_id))
    if status:
        orders.change_status([placed.id], status)
    return placed


def test_phones_typed_in_persian_or_arabic_digits_are_stored_in_e164(customers):
    mahsa = customers.create_customer(CustomerDraft(name="مهسا", phone="۰۹۱۲ ۳۴۵ ۶۷۸۹"))
    khaled = customers.create_customer(CustomerDraft(name="خالد", phone="+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧"))
    assert customers.get_profile(mahsa).phone == "+989123456789"
    assert customers.get_profile(khaled).phone == "+966501234567"


def test_a_phone_that_is_taken_offers_the_customer_who_has_it(customers):
    first = customers.create_customer(CustomerDraft(name="Sara", phone="09123456789"))
    with pytest.raises(DuplicatePhone) as caught:
        customers.create_customer(CustomerDraft(name="Sara K.", phone="+98 912 345 6789"))
    assert (caught.value.existing_id, caught.value.existing_name) == (first, "Sara")


@pytest.mark.parametrize(
    ("draft", "field", "reason"),
    [
        (CustomerDraft(name="   "), "name", "required"),
        (CustomerDraft(name="x" * 10_000), "name", "too long"),
        (CustomerDraft(name="Ali", phone="abc"), "phone", "not a phone number"),
        (CustomerDraft(name="Ali", phone="12"), "phone", "not a phone number"),
        (CustomerDraft(name="Ali", email="ali@"), "email", "not an e-mail address"),
        (CustomerDraft(name="Ali", language="de"), "language", "unknown language"),
        (CustomerDraft(name="Ali", birthday=date.today() + timedelta(days=3)), "birthday", "not a plausible birthday"),
    ],
)
def test_bad_customer_details_name_the_field_and_save_nothing(customers, database, draft, field, reason):
    with pytest.raises(InvalidInput) as caught:
        customers.create_customer(draft)
    assert (caught.value.field, caught.value.reason) == (field, reason)
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM customer")).scalar() == 0


def test_names_with_markup_and_direction_overrides_are_stored_exactly(customers):
    name = "Sara <b>&amp;</b> \u202eevil\x07"
    customer_id = customers.create_customer(CustomerDraft(name=name))
    assert customers.get_profile(customer_id).name == name
    assert [c.id for c in customers.find_customers("sara")] == [customer_id]


def test_customers_are_found_by_any_word_of_their_name_and_by_phone_digits(customers):
    ali = customers.create_customer(CustomerDraft(name="علی رضایی", phone="09121234567"))
    fatima = customers.create_customer(CustomerDraft(name="فاطمة الزهراء", phone="+966501234567"))
    customers.create_customer(CustomerDraft(name="Emma Brown"))

    def ids(typed):
        return [c.id for c in customers.find_customers(typed)]

    assert ids("علي") == [ali]
    assert ids("رضايي") == [ali]
    assert ids("فاطمه") == [fatima]
    assert ids("الزهرا") == [fatima]
    assert ids("۰۹۱۲۱") == [ali]
    assert ids("0501") == [fatima]
    assert ids("+9665012") == [fatima]
    assert ids("علي رضا") == [ali]  # every typed word must start a word of the name
    assert ids("علي فاطمه") == []
    assert ids("") == []


def test_profile_figures_are_computed_over_orders_that_were_not_cancelled(customers, orders, database):
    customer_id = customers.create_customer(CustomerDraft(name="Noor"))
    empty = customers.get_profile(customer_id).figures
    assert (empty.orders, empty.total_spent_minor, empty.average_order_minor, empty.last_order_at) == (0, 0, 0, None)
    _order(orders, customer_id, 1000)
    _order(orders, customer_id, 2001, "paid")
    _order(orders, customer_id, 9999, "cancelled")
    with database.engine.begin() as conn:  # make the first order a month older
        conn.execute(
            text("UPDATE shop_order SET created_at = created_at - INTERVAL '30 days' WHERE number = 1001")
            if database.engine.dialect.name == "postgresql"
            else text("UPDATE shop_order SET created_at = datetime(created_at, '-30 days') WHERE number = 1001")
        )
    profile = customers.get_profile(customer_id)
    figures = profile.figures
    assert figures.orders == 2
    assert figures.total_spent_minor == 3001
    assert figures.average_order_minor == 1500  # 1500.5 rounded half to even
    assert figures.lifetime_value_minor == 3001
    assert (figures.last_order_at - figures.first_order_at).days == 30
    assert figures.days_since_last_order == 0
    assert [o.number for o in profile.recent_orders] == [1003, 1002, 1001]
    assert profile.currency == "IRR"


def test_merging_moves_orders_and_details_and_keeps_the_duplicate_traceable(customers, orders):
    keep = customers.create_customer(CustomerDraft(name="Omar Haddad", email="omar@example.com"))
    duplicate = customers.create_customer(
        CustomerDraft(name="Omar H.", phone="+962791234567", notes="likes oud", tags="vip", birthday=date(1990, 5, 4))
    )
    _order(orders, keep, 1000)
    _order(orders, duplicate, 500)
    customers.merge_customers(keep_id=keep, duplicate_id=duplicate)
    profile = customers.get_profile(keep)
    assert profile.figures.orders == 2 and profile.figures.total_spent_minor == 1500
    assert profile.phone == "+962791234567"
    assert profile.email == "omar@example.com"
    assert profile.birthday == date(1990, 5, 4)
    assert profile.notes == "likes oud" and profile.tags == ("vip",)
    assert [c.id for c in customers.find_customers("omar")] == [keep]
    assert customers.find_by_phone_or_id(str(duplicate)) == keep
    assert customers.get_profile(duplicate).id == keep
    with pytest.raises(NotFound):
        customers.merge_customers(keep_id=keep, duplicate_id=duplicate)


def test_scripts_name_customers_by_phone_in_any_format_or_by_id(customers):
    customer_id = customers.create_customer(CustomerDraft(name="Leila", phone="+98 935 111 2233"))
    assert customers.find_by_phone_or_id("09351112233") == customer_id
    assert customers.find_by_phone_or_id("۰۹۳۵۱۱۱۲۲۳۳") == customer_id
    assert customers.find_by_phone_or_id(str(customer_id)) == customer_id
    assert customers.find_by_phone_or_id("09359999999") is None


def test_merging_two_customers_with_phones_keeps_the_second_phone_and_one_of_each_tag(customers):
    keep = customers.create_customer(CustomerDraft(name="Omar", phone="+962791234567", tags="vip"))
    twin = customers.create_customer(CustomerDraft(name="Omar B.", phone="+962797654321", tags="VIP, wholesale"))
    customers.merge_customers(keep_id=keep, duplicate_id=twin)
    profile = customers.get_profile(keep)
    assert "+962797654321" in profile.notes
    assert profile.tags == ("vip", "wholesale")


def test_names_with_heh_hamza_and_zwnj_parts_are_found(customers):
    fatemeh = customers.create_customer(CustomerDraft(name="فاطمۀ زهرا"))
    akbar = customers.create_customer(CustomerDraft(name="علی\u200cاکبر کریمی"))

    def ids(typed):
        return [c.id for c in customers.find_customers(typed)]

    assert ids("فاطمه") == [fatemeh] and ids("فاطمة") == [fatemeh]
    assert ids("اکبر") == [akbar] and ids("علی اکبر") == [akbar] and ids("علی\u200cاکبر") == [akbar]


def test_a_nul_in_a_name_is_refused_and_odd_digits_are_not_an_id(customers):
    with pytest.raises(InvalidInput) as caught:
        customers.create_customer(CustomerDraft(name="Sa\x00ra"))
    assert caught.value.field == "name"
    assert customers.find_by_phone_or_id("²") is None


def test_orders_in_another_currency_are_counted_apart_never_summed(customers, orders, database):
    customer_id = customers.create_customer(CustomerDraft(name="Huda"))
    _order(orders, customer_id, 1250)  # IRR, the shop's currency
    SettingsService(database.unit_of_work).save(ShopSettings(shop_name="Golnar", currency="KWD", country="IR"))
    _order(orders, customer_id, 3000)  # KWD from now on
    figures = customers.get_profile(customer_id).figures
    assert (figures.orders, figures.total_spent_minor, figures.orders_in_other_currencies) == (1, 3000, 1)


def test_the_birthday_is_stamped_when_given_and_only_when_it_changes(customers, database):
    sara = customers.create_customer(CustomerDraft(name="Sara", birthday=date(1990, 5, 4)))
    set_at = customers.get_profile(sara).birthday_set_at
    assert set_at is not None and set_at.tzinfo is not None
    assert customers.get_profile(customers.create_customer(CustomerDraft(name="Ali"))).birthday_set_at is None

    customers.update_customer(sara, CustomerDraft(name="Sara K.", notes="likes tea", birthday=date(1990, 5, 4)))
    assert customers.get_profile(sara).birthday_set_at == set_at

    long_ago = set_at - timedelta(days=90)
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE customer SET birthday_set_at = :at WHERE id = :id"), {"at": long_ago, "id": sara})
    customers.update_customer(sara, CustomerDraft(name="Sara K.", birthday=date(1990, 6, 4)))
    assert customers.get_profile(sara).birthday_set_at > long_ago
    customers.update_customer(sara, CustomerDraft(name="Sara K."))
    assert customers.get_profile(sara).birthday_set_at is None


def test_who_referred_a_customer_is_kept_and_shown_on_the_profile(customers):
    leila = customers.create_customer(CustomerDraft(name="Leila", phone="+98 935 111 2233"))
    nima = customers.create_customer(CustomerDraft(name="Nima", referred_by_id=leila))
    profile = customers.get_profile(nima)
    assert (profile.referred_by_id, profile.referred_by_name, profile.referred_by_phone) == (
        leila,
        "Leila",
        "+989351112233",
    )
    customers.update_customer(nima, CustomerDraft(name="Nima R.", referred_by_id=leila))
    assert customers.get_profile(nima).referred_by_id == leila
    customers.update_customer(nima, CustomerDraft(name="Nima R."))
    profile = customers.get_profile(nima)
    assert (profile.referred_by_id, profile.referred_by_name) == (None, "")


@pytest.mark.parametrize("who", ["itself", "unknown", "its own referee"])
def test_a_customer_cannot_be_referred_by_itself_by_nobody_or_by_one_it_referred(customers, who):
    sara = customers.create_customer(CustomerDraft(name="Sara"))
    referee = customers.create_customer(CustomerDraft(name="Ali", referred_by_id=sara))
    referrer, reason = {
        "itself": (sara, "same customer"),
        "unknown": (referee + 1000, "not found"),
        "its own referee": (referee, "refers back"),
    }[who]
    with pytest.raises(InvalidInput) as caught:
        customers.update_customer(sara, CustomerDraft(name="Sara K.", referred_by_id=referrer))
    assert (caught.value.field, caught.value.reason) == ("referred_by", reason)
    assert customers.get_profile(sara).name == "Sara"  # nothing was saved
    with pytest.raises(InvalidInput) as caught:
        customers.create_customer(CustomerDraft(name="Omar", referred_by_id=2**40))
    assert (caught.value.field, caught.value.reason) == ("referred_by", "not found")


def test_a_referrer_that_was_merged_away_stands_for_the_customer_it_was_merged_into(customers):
    keep = customers.create_customer(CustomerDraft(name="Omar Haddad"))
    duplicate = customers.create_customer(CustomerDraft(name="Omar H."))
    customers.merge_customers(keep_id=keep, duplicate_id=duplicate)
    nima = customers.create_customer(CustomerDraft(name="Nima", referred_by_id=duplicate))
    assert customers.get_profile(nima).referred_by_id == keep


@pytest.mark.parametrize("link", ["duplicate referred by kept", "kept referred by duplicate", "through a third"])
def test_merging_moves_referrals_to_the_kept_customer_who_never_refers_itself(customers, link):
    keep = customers.create_customer(CustomerDraft(name="Omar Haddad"))
    duplicate = customers.create_customer(CustomerDraft(name="Omar H.", birthday=date(1990, 5, 4)))
    friend = customers.create_customer(CustomerDraft(name="Nima", referred_by_id=duplicate))
    if link == "duplicate referred by kept":
        customers.update_customer(
            duplicate, CustomerDraft(name="Omar H.", birthday=date(1990, 5, 4), referred_by_id=keep)
        )
    elif link == "kept referred by duplicate":
        customers.update_customer(keep, CustomerDraft(name="Omar Haddad", referred_by_id=duplicate))
    else:  # the kept customer referred Leila, who referred the duplicate: taking her would make a two-way referral
        leila = customers.create_customer(CustomerDraft(name="Leila", referred_by_id=keep))
        customers.update_customer(
            duplicate, CustomerDraft(name="Omar H.", birthday=date(1990, 5, 4), referred_by_id=leila)
        )
    birthday_set_at = customers.get_profile(duplicate).birthday_set_at
    customers.merge_customers(keep_id=keep, duplicate_id=duplicate)
    profile = customers.get_profile(keep)
    assert profile.referred_by_id is None
    assert customers.get_profile(friend).referred_by_id == keep
    assert (profile.birthday, profile.birthday_set_at) == (date(1990, 5, 4), birthday_set_at)
    assert birthday_set_at is not None


def test_merging_gives_the_kept_customer_the_duplicates_referrer_when_it_has_none(customers):
    leila = customers.create_customer(CustomerDraft(name="Leila"))
    keep = customers.create_customer(CustomerDraft(name="Omar Haddad", birthday=date(1985, 1, 2)))
    duplicate = customers.create_customer(
        CustomerDraft(name="Omar H.", referred_by_id=leila, birthday=date(1990, 5, 4))
    )
    kept_set_at = customers.get_profile(keep).birthday_set_at
    customers.merge_customers(keep_id=keep, duplicate_id=duplicate)
    profile = customers.get_profile(keep)
    assert (profile.referred_by_id, profile.referred_by_name) == (leila, "Leila")
    assert (profile.birthday, profile.birthday_set_at) == (date(1985, 1, 2), kept_set_at)
