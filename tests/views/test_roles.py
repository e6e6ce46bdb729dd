"""Roles at the desk: the owner's PIN dialog unlocks or refuses (and says how long to wait), the guard lets
everything through until the shop has accounts, and each privileged entry point asks for the owner's PIN."""

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QDialog

from shopdesk.services.accounts import FREE_TRIES, AccountService, ScryptParameters
from shopdesk.services.registry import build_services
from shopdesk.services.settings import SettingsService
from shopdesk.views import roles
from shopdesk.views.accounts_view import AccountsView
from shopdesk.views.locale_format import Formatter
from shopdesk.views.preferences import DisplayPreferences
from shopdesk.views.roles import UNLOCK_SECONDS, OwnerGuard, PinDialog
from shopdesk.views.settings_view import SettingsView

FAST = ScryptParameters(n=2**10)


class Ticks:
    """A monotonic clock for the guard's unlock."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def accounts(fresh_shop):  # noqa: ANN001, ANN201
    return AccountService(fresh_shop.unit_of_work, scrypt=FAST)


@pytest.fixture
def owner(accounts):  # noqa: ANN001, ANN201
    return accounts.create_owner("Layla", "246810")


def _dialog(qtbot, accounts, action="export.orders"):  # noqa: ANN001, ANN202
    dialog = PinDialog(accounts=accounts, name="Layla", action=action)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_pin_dialog_unlocks_with_the_owners_pin_in_persian_digits(qtbot, accounts, owner):
    dialog = _dialog(qtbot, accounts)
    assert "Export the orders" in dialog.message.text()
    dialog.pin.setText("۲۴۶۸۱۰")
    dialog.unlock_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.account.name == "Layla"


def test_the_pin_dialog_refuses_a_wrong_pin_and_stays_open(qtbot, accounts, owner):
    dialog = _dialog(qtbot, accounts)
    dialog.pin.setText("135790")
    dialog.unlock_button.click()
    assert dialog.isVisible() and dialog.account is None
    assert dialog.error.text() == "Wrong PIN."
    assert dialog.pin.text() == ""
    dialog.pin.setText("123")
    dialog.unlock_button.click()
    assert dialog.error.text() == "A PIN has at least 6 digits."


def test_after_too_many_wrong_pins_the_dialog_says_how_long_to_wait_and_takes_no_pin(qtbot, accounts, owner):
    dialog = _dialog(qtbot, accounts)
    for _ in range(FREE_TRIES):
        dialog.pin.setText("000000")
        dialog.unlock_button.click()
    assert dialog.error.text().startswith("Too many wrong PINs. Try again in 30 second")  # "(s)" until en.ts has it
    assert not dialog.unlock_button.isEnabled() and not dialog.pin.isEnabled()
    dialog._wait_ends -= 30  # the wait is over (no sleeping in tests)
    dialog._on_tick_timeout()
    assert dialog.unlock_button.isEnabled() and dialog.error.text() == ""


def test_a_long_wait_is_said_in_minutes(qtbot, accounts, owner):
    dialog = _dialog(qtbot, accounts)
    dialog._start_wait(480)
    assert dialog.error.text().startswith("Too many wrong PINs. Try again in 8 minute")


def test_without_accounts_the_guard_asks_nothing_and_writes_nothing(qtbot, accounts, monkeypatch):
    asked = []
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, *a, **k: asked.append(k)))
    guard = OwnerGuard(accounts=accounts)
    assert guard.require_owner(None, "export.orders")
    assert roles.require_owner(None, None, "export.orders")  # a view built without a guard
    assert asked == [] and accounts.audit_log() == []


def test_the_guard_asks_once_then_stays_unlocked_for_five_minutes_and_audits_each_action(
    qtbot, accounts, owner, monkeypatch
):
    asked = []

    def ask(cls, parent, *, accounts, name, action):  # noqa: ANN001, ANN202
        asked.append(action)
        return owner

    monkeypatch.setattr(PinDialog, "ask", classmethod(ask))
    ticks = Ticks()
    guard = OwnerGuard(accounts=accounts, clock=ticks)
    assert guard.require_owner(None, "export.orders")
    ticks.now += UNLOCK_SECONDS - 1
    assert guard.require_owner(None, "settings.save")
    assert asked == ["export.orders"] and guard.unlocked_as == "Layla"
    ticks.now += 1
    assert guard.unlocked_as is None
    assert guard.require_owner(None, "summaries.open")
    guard.lock()
    assert guard.require_owner(None, "import.orders")
    assert asked == ["export.orders", "summaries.open", "import.orders"]
    actions = [e.action for e in accounts.audit_log()]
    assert actions[:4] == ["import.orders", "summaries.open", "settings.save", "export.orders"]
    assert {e.account for e in accounts.audit_log()} == {"Layla"}


def test_the_guard_refuses_when_the_pin_dialog_is_cancelled(qtbot, accounts, owner, monkeypatch):
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, *a, **k: None))
    guard = OwnerGuard(accounts=accounts)
    assert not guard.require_owner(None, "export.orders")
    assert [e.action for e in accounts.audit_log()] == ["accounts.owner_created"]


def _settings(qtbot, fresh_shop, accounts):  # noqa: ANN001, ANN202
    guard = OwnerGuard(accounts=accounts)
    view = SettingsView(display=DisplayPreferences(), guard=guard)
    qtbot.addWidget(view)
    view.attach(SettingsService(fresh_shop.unit_of_work), accounts=accounts)
    view.show()
    return view, guard


def test_settings_refuses_to_save_without_the_owners_pin_once_accounts_exist(
    qtbot, fresh_shop, accounts, owner, monkeypatch
):
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, *a, **k: None))
    view, _guard = _settings(qtbot, fresh_shop, accounts)
    view.shop_name.setText("Someone else's shop")
    view.save_button.click()
    assert SettingsService(fresh_shop.unit_of_work).load().shop_name == "Golnar"
    assert view.shop_name.text() == "Someone else's shop"  # nothing typed is lost
    view.tabs.setCurrentWidget(view.accounts_view)
    assert view.tabs.currentIndex() == 0  # the owner's tabs stay closed
    view.tabs.setCurrentWidget(view.backups_view)
    assert view.tabs.currentIndex() == 0


def test_settings_saves_with_the_owners_pin_and_audits_it(qtbot, fresh_shop, accounts, owner, monkeypatch):
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, *a, **k: owner))
    view, guard = _settings(qtbot, fresh_shop, accounts)
    view.shop_name.setText("Golnar & Co.")
    with qtbot.waitSignal(view.shop_settings_saved):
        view.save_button.click()
    assert accounts.audit_log()[0].action == "settings.save"
    view.tabs.setCurrentWidget(view.accounts_view)
    assert view.tabs.currentWidget() is view.accounts_view
    guard.lock()
    assert view.tabs.currentIndex() == 0  # locking closes the owner's tab


def test_without_accounts_settings_work_as_before_and_the_accounts_tab_creates_the_owner(qtbot, fresh_shop, accounts):
    view, guard = _settings(qtbot, fresh_shop, accounts)
    view.tabs.setCurrentWidget(view.accounts_view)
    page = view.accounts_view
    assert page.owner_box.isVisible() and not page.accounts_box.isVisible()
    page.owner_name.setText("لیلا")
    page.owner_pin.pin.setText("۲۴۶۸۱۰")
    page.owner_pin.again.setText("۲۴۶۸۱۱")
    page.create_owner_button.click()
    assert page.owner_pin.error.text() == "The two PINs are not the same."
    assert not accounts.has_accounts()
    page.owner_pin.again.setText("۲۴۶۸۱۰")
    page.create_owner_button.click()
    assert accounts.verify("لیلا", "246810").role == "owner"
    assert guard.unlocked_as == "لیلا"  # who just chose the PIN need not type it again
    assert page.accounts_box.isVisible() and not page.owner_box.isVisible()
    assert page.table.item(0, 0).text() == "لیلا" and page.table.item(0, 1).text() == "Owner"
    assert page.audit_table.item(0, 2).text() == "Owner account created"


def test_the_accounts_tab_adds_staff_changes_a_pin_and_deactivates(qtbot, fresh_shop, accounts, owner):
    guard = OwnerGuard(accounts=accounts)
    guard.unlock_as("Layla")
    page = AccountsView(guard=guard, formatter=lambda: Formatter(DisplayPreferences()))
    qtbot.addWidget(page)
    page.attach(accounts)
    page.show()
    page.staff_name.setText("Reza")
    page.staff_pin.pin.setText("12345")
    page.staff_pin.again.setText("12345")
    page.add_staff_button.click()
    assert page.staff_pin.error.text() == "A PIN has at least 6 digits."
    page.staff_pin.pin.setText("135790")
    page.staff_pin.again.setText("135790")
    page.add_staff_button.click()
    assert [(a.name, a.role) for a in accounts.accounts()] == [("Layla", "owner"), ("Reza", "staff")]
    page.select_row(1)
    page.new_pin.pin.setText("975310")
    page.new_pin.again.setText("975310")
    page.change_pin_button.click()
    assert accounts.verify("Reza", "975310").name == "Reza"
    page.select_row(1)
    assert page.active_button.text() == "Deactivate"
    page.active_button.click()
    assert not accounts.accounts()[1].active
    page.select_row(0)
    assert not page.active_button.isEnabled()  # the owner cannot be deactivated
    log = [(e.account, e.action) for e in accounts.audit_log()]
    assert log[:3] == [
        ("Layla", "accounts.deactivated"),
        ("Layla", "accounts.pin_changed"),
        ("Layla", "accounts.staff_added"),
    ]


def test_exports_imports_and_summaries_ask_for_the_owners_pin(make_window, fresh_shop, monkeypatch):
    services = build_services(fresh_shop.unit_of_work)
    services.accounts.create_owner("Layla", "246810")
    asked = []
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, parent, **k: asked.append(k["action"])))
    window = make_window("en", fresh_shop)
    view = window.orders_view
    monkeypatch.setattr(view.csv_export, "ask_path", lambda: pytest.fail("asked for a file without the PIN"))
    view.export_button.click()
    view.import_button.click()
    assert view.import_dialog is None
    window.show_area("summaries")
    assert window.navigation.currentRow() == 0 and window.pages.currentWidget() is view
    assert asked == ["export.orders", "import.orders", "summaries.open"]


def test_without_accounts_summaries_open_as_before(make_window, fresh_shop, monkeypatch):
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, *a, **k: pytest.fail("asked for a PIN")))
    window = make_window("en", fresh_shop)
    window.show_area("summaries")
    assert window.pages.currentWidget() is window.page("summaries")


def test_the_lock_button_shows_while_unlocked_and_locks(make_window, fresh_shop, monkeypatch):
    services = build_services(fresh_shop.unit_of_work)
    owner = services.accounts.create_owner("Layla", "246810")
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, *a, **k: owner))
    window = make_window("en", fresh_shop)
    assert not window.lock_button.isVisible()
    window.show_area("summaries")
    assert window.pages.currentWidget() is window.page("summaries")
    assert window.lock_button.isVisible() and "Layla" in window.lock_button.text()
    window.lock_button.click()
    assert not window.lock_button.isVisible()
    assert window.navigation.currentRow() == 0  # the revenue left the screen


def test_the_wait_after_wrong_pins_is_kept_for_the_next_dialog(qtbot, fresh_shop):
    start = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    now = [start]
    accounts = AccountService(fresh_shop.unit_of_work, clock=lambda: now[0], scrypt=FAST)
    accounts.create_owner("Layla", "246810")
    first = _dialog(qtbot, accounts)
    for _ in range(FREE_TRIES):
        first.pin.setText("000000")
        first.unlock_button.click()
    first.reject()
    now[0] = start + timedelta(seconds=10)
    second = _dialog(qtbot, accounts)
    second.pin.setText("246810")
    second.unlock_button.click()
    assert second.account is None
    assert second.error.text().startswith("Too many wrong PINs. Try again in 20 second")


def test_a_refund_needs_the_owners_pin_and_is_audited_with_its_amount(make_window, fresh_shop, qtbot, monkeypatch):
    from tests.views.test_returns_view import _delivered_order

    services, placed = _delivered_order(fresh_shop)
    owner = services.accounts.create_owner("Layla", "246810")
    answer = [None]
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, *a, **k: answer[0]))
    window = make_window("en", fresh_shop)
    window.orders_view.open_order(placed.id)
    window.orders_view.order_page.return_button.click()
    page = window.page("returns")
    dialog = page.return_dialog
    dialog.set_quantity(0, 1)
    dialog.reason.setCurrentIndex(dialog.reason.findData("damaged"))
    with qtbot.waitSignal(dialog.return_started):  # starting a return is staff work
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    for step in ("approved", "received", "inspected"):
        assert page.take_step(step)
    assert not page.take_step("refunded")
    assert page.detail.row.status == "inspected"
    answer[0] = owner
    asked = []
    # the refund's own question (its amount and customer) answered Refund; the PIN is asked before it
    monkeypatch.setattr(page, "confirm_give_back", lambda quote, resolution: asked.append(quote.amount_minor) or "")
    assert page.take_step("refunded")
    assert asked == [1250]
    entry = services.accounts.audit_log()[0]
    assert (entry.account, entry.action) == ("Layla", "return.refund")
    assert entry.details == {"return": page.detail.row.number, "amount_minor": 1250, "currency": "SAR"}


def test_a_price_change_needs_the_owners_pin(make_window, fresh_shop, monkeypatch):
    from shopdesk.views import products_dialog as pd

    services = build_services(fresh_shop.unit_of_work)
    owner = services.accounts.create_owner("Layla", "246810")
    answer = [None]
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, *a, **k: answer[0]))
    window = make_window("en", fresh_shop)
    window.orders_view.open_catalogue()
    dialog = window.orders_view.catalogue
    dialog.set_cell(0, pd.PRICE, "13.00")  # MUG
    assert dialog.save() == 0
    assert {p.sku: p.price_minor for p in services.products.list_products()}["MUG"] == 2200
    answer[0] = owner
    assert dialog.save() == 1
    assert {p.sku: p.price_minor for p in services.products.list_products()}["MUG"] == 1300
    assert services.accounts.audit_log()[0].details == {"products": ["MUG"]}


def test_the_follow_up_messages_and_response_times_ask_for_the_owners_pin(make_window, fresh_shop, monkeypatch):
    services = build_services(fresh_shop.unit_of_work)
    services.accounts.create_owner("Layla", "246810")
    asked = []
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, parent, **k: asked.append(k["action"])))
    window = make_window("en", fresh_shop)
    window.show_area("followups")
    view = window.page("followups")
    view.messages_button.click()
    view.targets_button.click()
    assert view.messages_dialog is None and view.targets_dialog is None  # refused: nothing opened
    assert asked == ["templates.edit", "settings.open"]
