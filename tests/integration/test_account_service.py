"""Accounts and PINs on SQLite and PostgreSQL: hashed with a salt of their own, a wait after wrong PINs that a
restart does not reset (an injected clock, never sleep), digits in any script, and the audit log."""

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from shopdesk.services.accounts import FREE_TRIES, AccountService, ScryptParameters, wait_after
from shopdesk.services.errors import InvalidInput, NotFound, PinRefused, TooManyTries

FAST = ScryptParameters(n=2**10, r=8, p=1)  # the stored parameters are used to check; tests need not be slow


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture
def clock():  # noqa: ANN201
    return Clock()


@pytest.fixture
def accounts(database, clock):  # noqa: ANN001, ANN201
    return AccountService(database.unit_of_work, clock=clock, scrypt=FAST)


def _stored(database) -> list[dict]:  # noqa: ANN001
    with database.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(text("SELECT * FROM account ORDER BY id"))]


def test_a_new_shop_has_no_accounts_and_roles_are_off(accounts):
    assert not accounts.has_accounts()
    assert accounts.accounts() == []


def test_the_first_owner_turns_roles_on_and_is_the_only_owner_made_so(accounts):
    owner = accounts.create_owner("  Layla   Haddad ", "246810")
    assert owner.name == "Layla Haddad" and owner.role == "owner" and owner.active
    assert accounts.has_accounts()
    assert [a.name for a in accounts.owners()] == ["Layla Haddad"]
    with pytest.raises(InvalidInput) as refused:
        accounts.create_owner("Someone else", "135790")
    assert refused.value.reason == "owner exists"


def test_the_pin_is_never_stored_only_its_hash_with_a_salt_per_user(accounts, database):
    accounts.create_owner("Layla", "246810")
    accounts.add_staff("Reza", "246810", by="Layla")  # the same PIN…
    owner, staff = _stored(database)
    for row in (owner, staff):
        assert "246810" not in " ".join(str(v) for v in row.values())
        assert len(row["pin_salt"]) == 32 and len(row["pin_hash"]) == 64
        assert (row["scrypt_n"], row["scrypt_r"], row["scrypt_p"]) == (FAST.n, FAST.r, FAST.p)
    assert owner["pin_salt"] != staff["pin_salt"]
    assert owner["pin_hash"] != staff["pin_hash"]  # …hashes differently


def test_the_right_pin_is_accepted_and_a_wrong_one_refused(accounts):
    accounts.create_owner("Layla", "246810")
    assert accounts.verify("Layla", "246810").role == "owner"
    with pytest.raises(PinRefused):
        accounts.verify("Layla", "246811")
    with pytest.raises(PinRefused):
        accounts.verify("Nobody", "246810")


def test_a_pin_in_persian_or_arabic_digits_is_the_same_pin(accounts):
    accounts.create_owner("گلنار", "۲۴۶۸۱۰")
    assert accounts.verify("گلنار", "246810").name == "گلنار"
    assert accounts.verify("گلنار", "٢٤٦٨١٠").name == "گلنار"
    assert accounts.verify("گلنار", "\u200f۲۴۶ ۸۱۰").name == "گلنار"  # a bidi mark and a space are not part of it


@pytest.mark.parametrize(
    ("pin", "reason"), [("", "empty"), ("12345", "too short"), ("۱۲۳۴۵", "too short"), ("12345a", "not digits")]
)
def test_a_pin_shorter_than_six_digits_or_not_digits_is_refused(accounts, pin, reason):
    with pytest.raises(InvalidInput) as refused:
        accounts.create_owner("Layla", pin)
    assert refused.value.reason == reason
    assert not accounts.has_accounts()


def test_wrong_pins_make_the_account_wait_longer_each_time_even_for_the_right_pin(accounts, clock):
    accounts.create_owner("Layla", "246810")
    for _ in range(FREE_TRIES - 1):
        with pytest.raises(PinRefused):
            accounts.verify("Layla", "000000")
    with pytest.raises(TooManyTries) as waiting:
        accounts.verify("Layla", "000000")
    assert waiting.value.wait_seconds == 30
    clock.advance(seconds=29)
    with pytest.raises(TooManyTries) as still:
        accounts.verify("Layla", "246810")  # the right PIN is not even looked at while waiting
    assert still.value.wait_seconds == 1
    clock.advance(seconds=1)
    with pytest.raises(TooManyTries) as longer:
        accounts.verify("Layla", "111111")
    assert longer.value.wait_seconds == 60
    clock.advance(seconds=60)
    assert accounts.verify("Layla", "246810").name == "Layla"
    for _ in range(FREE_TRIES - 1):  # a right PIN starts the count again
        with pytest.raises(PinRefused):
            accounts.verify("Layla", "000000")


def test_the_wait_survives_a_restart(database, clock):
    AccountService(database.unit_of_work, clock=clock, scrypt=FAST).create_owner("Layla", "246810")
    for _ in range(FREE_TRIES):
        with pytest.raises((PinRefused, TooManyTries)):
            AccountService(database.unit_of_work, clock=clock, scrypt=FAST).verify("Layla", "000000")
    restarted = AccountService(database.unit_of_work, clock=clock, scrypt=FAST)
    with pytest.raises(TooManyTries):
        restarted.verify("Layla", "246810")
    assert restarted.accounts()[0].locked_until == clock.now + timedelta(seconds=30)


def test_the_wait_grows_to_an_hour_at_most():
    assert wait_after(FREE_TRIES - 1) == timedelta(0)
    assert wait_after(FREE_TRIES) == timedelta(seconds=30)
    assert wait_after(FREE_TRIES + 3) == timedelta(seconds=240)
    assert wait_after(FREE_TRIES + 40) == timedelta(hours=1)


def test_a_deactivated_staff_account_takes_no_pin_and_the_owner_cannot_be_deactivated(accounts):
    accounts.create_owner("Layla", "246810")
    accounts.add_staff("Reza", "135790", by="Layla")
    accounts.set_active("Reza", False, by="Layla")
    with pytest.raises(PinRefused):
        accounts.verify("Reza", "135790")
    with pytest.raises(InvalidInput):
        accounts.set_active("Layla", False, by="Layla")
    with pytest.raises(InvalidInput) as taken:
        accounts.add_staff("Reza", "135790", by="Layla")
    assert taken.value.reason == "taken"
    with pytest.raises(NotFound):
        accounts.set_active("Nobody", False, by="Layla")


def test_a_new_pin_replaces_the_old_one_with_a_new_salt_and_clears_the_wait(accounts, database):
    accounts.create_owner("Layla", "246810")
    accounts.add_staff("Reza", "135790", by="Layla")
    for _ in range(FREE_TRIES):
        with pytest.raises((PinRefused, TooManyTries)):
            accounts.verify("Reza", "000000")
    salt_before = _stored(database)[1]["pin_salt"]
    accounts.change_pin("Reza", "۹۷۵۳۱۰", by="Layla")
    assert _stored(database)[1]["pin_salt"] != salt_before
    assert accounts.verify("Reza", "975310").name == "Reza"
    with pytest.raises(PinRefused):
        accounts.verify("Reza", "135790")


def test_privileged_actions_and_wrong_pins_are_in_the_audit_log_newest_first(accounts, clock):
    accounts.create_owner("Layla", "246810")
    clock.advance(minutes=1)
    accounts.audit("Layla", "export.orders", {"rows": 12, "file": "سفارش‌ها.csv"})
    clock.advance(minutes=1)
    with pytest.raises(PinRefused):
        accounts.verify("Layla", "000000")
    log = accounts.audit_log()
    assert [e.action for e in log] == ["accounts.pin_refused", "export.orders", "accounts.owner_created"]
    assert log[1].account == "Layla" and log[1].details == {"rows": 12, "file": "سفارش‌ها.csv"}
    assert log[1].at == datetime(2026, 12, 1, 9, 1, tzinfo=UTC)
    assert [e.action for e in accounts.audit_log(1, before_id=log[0].id)] == ["export.orders"]
    assert [e.action for e in accounts.audit_log(action="export.orders")] == ["export.orders"]
    assert accounts.audit_count() == 3


def test_two_desks_setting_roles_up_at_once_make_one_owner(db_url):
    from concurrent.futures import ThreadPoolExecutor

    from shopdesk.services.database import open_database

    open_database(db_url).close()  # migrated once, before the race
    desks = [open_database(db_url) for _ in range(2)]
    barrier = threading.Barrier(2)

    def create(index: int) -> str:
        service = AccountService(desks[index].unit_of_work, scrypt=FAST)
        original = service._new_account

        def after_both_checked(*args):  # noqa: ANN002, ANN202 - both desks have seen "no accounts yet"
            barrier.wait(timeout=30)
            return original(*args)

        service._new_account = after_both_checked
        try:
            return service.create_owner(f"Owner {index}", "1357924").name
        except InvalidInput as exc:
            return exc.reason

    try:
        with ThreadPoolExecutor(2) as pool:
            results = sorted(pool.map(create, range(2)))
        assert results[0].startswith("Owner ") and results[1] == "owner exists"
        owners = AccountService(desks[0].unit_of_work, scrypt=FAST).owners()
        assert [owner.name for owner in owners] == [results[0]]
    finally:
        for desk in desks:
            desk.close()
