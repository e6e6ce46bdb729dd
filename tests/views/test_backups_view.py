"""Settings → Backups: the list in the desk's calendar and digits, Back up now into a chosen folder (elsewhere the
owner's, once roles are on), Verify with a plain answer, Restore after confirming (the state before saved first,
the database opened again), Delete after confirming, and on PostgreSQL only a note that the server keeps its own
backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from shopdesk import paths
from shopdesk.services.backups import BackupService
from shopdesk.services.exports import run_to_end
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from shopdesk.views.backups_view import BackupsView
from shopdesk.views.jobs import JobRunner
from shopdesk.views.locale_format import Formatter
from shopdesk.views.preferences import DisplayPreferences
from tests.integration.test_restore import schema_not_utf8


class InlineJobs:
    """Runs each job at once, on this thread (the real runner is tested once below)."""

    def start(self, job) -> None:  # noqa: ANN001
        job.run()


def _service(database) -> BackupService:  # noqa: ANN001
    return BackupService(
        database_path=database.sqlite_path, folder=paths.backups_dir, suspend=database.suspend, resume=database.resume
    )


def _view(qtbot, backups, *, jobs=None, display=None) -> BackupsView:  # noqa: ANN001
    display = display or DisplayPreferences()
    view = BackupsView(jobs=jobs or InlineJobs(), formatter=lambda: Formatter(display))
    qtbot.addWidget(view)
    view.attach(backups)
    view.show()
    return view


def _orders(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM shop_order").fetchone()[0]
    finally:
        conn.close()


def test_backups_are_listed_newest_first_with_kind_and_size_in_persian_digits_and_calendar(qtbot, sqlite_demo):
    backups = _service(sqlite_demo)
    for _ in backups.back_up():
        pass
    view = _view(qtbot, backups, display=DisplayPreferences(language="fa", calendar="jalali"))
    assert view.table.rowCount() == 1
    made = view.table.item(0, 0).text()
    assert any("۰" <= ch <= "۹" for ch in made) and not any(ch.isascii() and ch.isdigit() for ch in made)
    assert made.startswith("۱۴")  # a Jalali year (14xx), not 20xx
    assert view.table.item(0, 1).text() == "Made with Back up now"  # no Persian translation loaded here
    assert any("۰" <= ch <= "۹" for ch in view.table.item(0, 2).text())


def test_back_up_now_writes_a_checked_copy_into_the_chosen_folder(qtbot, sqlite_demo, tmp_path, monkeypatch):
    view = _view(qtbot, _service(sqlite_demo))
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(view, "ask_folder", lambda: str(usb))
    with qtbot.waitSignal(view.backup_made) as made:
        view.back_up_button.click()
    copy = made.args[0]
    assert copy.parent == usb and _orders(copy) == _orders(sqlite_demo.sqlite_path)
    assert "Backup made and checked" in view.result.text()
    assert view.table.rowCount() == 0  # a copy elsewhere is not one of the backups folder's


def test_back_up_now_runs_in_the_background_and_lists_the_new_backup(qtbot, sqlite_demo, monkeypatch):
    jobs = JobRunner()
    view = _view(qtbot, _service(sqlite_demo), jobs=jobs)
    monkeypatch.setattr(view, "ask_folder", lambda: str(paths.backups_dir()))
    with qtbot.waitSignal(view.backup_made, timeout=20000):
        view.back_up_button.click()
        assert not view.back_up_button.isEnabled()  # busy meanwhile, the window still responsive
    assert view.table.rowCount() == 1 and view.back_up_button.isEnabled()
    jobs.wait()


def test_verify_says_plainly_whether_a_backup_is_sound_or_damaged(qtbot, sqlite_demo, tmp_path, monkeypatch):
    backups = _service(sqlite_demo)
    for _ in backups.back_up():
        pass
    view = _view(qtbot, backups)
    view.table.selectRow(0)
    view.verify_button.click()
    assert "is sound" in view.result.text()
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    view.table.clearSelection()
    monkeypatch.setattr(view, "ask_backup_file", lambda: str(junk))
    view.verify_button.click()
    assert "junk.sqlite3" in view.result.text()
    assert "damaged" in view.result.text() or "not a shopdesk backup" in view.result.text()


def test_a_restore_asks_first_saves_the_state_before_and_reopens_the_database(qtbot, sqlite_demo, monkeypatch):
    backups = _service(sqlite_demo)
    for _ in backups.back_up():
        pass
    before = _orders(sqlite_demo.sqlite_path)
    services = build_services(sqlite_demo.unit_of_work)
    services.orders.place_order(OrderDraft(lines=(LineDraft("Tea", 1, 500),)))
    view = _view(qtbot, backups)
    view.table.selectRow(0)
    asked = []
    monkeypatch.setattr(view, "confirm_restore", lambda what: asked.append(what) or False)
    view.restore_button.click()
    assert asked and services.orders.count() == before + 1  # not confirmed: nothing changed
    monkeypatch.setattr(view, "confirm_restore", lambda what: True)
    view.table.selectRow(0)
    with qtbot.waitSignal(view.database_restored) as restored:
        view.restore_button.click()
    result = restored.args[0]
    assert services.orders.count() == before  # the same services read the restored file
    assert result.saved is not None and _orders(result.saved) == before + 1
    assert "saved as" in view.result.text()
    assert [entry.kind for entry in backups.list_backups()] == ["before-restore", "manual"]


def test_a_damaged_backup_is_not_restored_and_nothing_changes(qtbot, sqlite_demo, tmp_path, monkeypatch):
    backups = _service(sqlite_demo)
    before = _orders(sqlite_demo.sqlite_path)
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    view = _view(qtbot, backups)
    monkeypatch.setattr(view, "ask_backup_file", lambda: str(other))
    monkeypatch.setattr(view, "confirm_restore", lambda what: True)
    view.restore_button.click()
    assert "not a shopdesk backup" in view.result.text()
    assert _orders(sqlite_demo.sqlite_path) == before and backups.list_backups() == []


def test_on_postgresql_the_screen_only_says_the_server_keeps_the_backups(qtbot):
    view = _view(qtbot, BackupService(database_path=None, folder=paths.backups_dir))
    assert view.server_note.isVisible() and "pg_dump" in view.server_note.text()
    assert not view.table.isVisible() and not view.back_up_button.isVisible()


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_the_backups_tab_is_in_the_settings_area_right_to_left(make_window, sqlite_demo, language):
    window = make_window(language, sqlite_demo)
    window.attach(window._services, database_label=sqlite_demo.description, backups=_service(sqlite_demo))
    window.show_area("settings")
    settings = window.settings_view
    settings.show_backups()
    assert settings.backups_view.isVisible() and settings.backups_view.isRightToLeft()


def test_after_a_restore_in_the_window_every_area_shows_the_restored_data(make_window, sqlite_demo, monkeypatch):
    backups = _service(sqlite_demo)
    for _ in backups.back_up():
        pass
    window = make_window("en", sqlite_demo)
    window.attach(window._services, database_label=sqlite_demo.description, backups=backups)
    before = window._order_count
    window._services.orders.place_order(OrderDraft(lines=(LineDraft("Tea", 1, 500),)))
    window.refresh()
    assert window._order_count == before + 1
    window.show_area("settings")
    view = window.settings_view.backups_view
    monkeypatch.setattr(view, "confirm_restore", lambda what: True)
    view.table.selectRow(view.table.rowCount() - 1)
    window.settings_view.backups_view._jobs = InlineJobs()
    view.restore_button.click()
    assert window._order_count == before
    assert window.orders_view.model.rowCount() > 0


def test_delete_asks_first_and_removes_only_the_chosen_backup(qtbot, sqlite_demo, monkeypatch):
    backups = _service(sqlite_demo)
    first = run_to_end(backups.back_up())
    second = run_to_end(backups.back_up(kind="before-import"))
    view = _view(qtbot, backups)
    assert not view.delete_button.isEnabled()  # nothing selected
    view.table.selectRow(0)
    assert view.delete_button.isEnabled()
    asked = []
    monkeypatch.setattr(view, "confirm_delete", lambda what: asked.append(what) or False)
    view.delete_button.click()
    assert asked and first.exists() and second.exists()  # not confirmed: nothing deleted
    monkeypatch.setattr(view, "confirm_delete", lambda what: True)
    view.table.selectRow(0)
    view.delete_button.click()
    assert not second.exists() and first.exists()
    assert view.table.rowCount() == 1 and "Backup deleted" in view.result.text()


def test_once_roles_are_on_back_up_now_into_another_folder_needs_the_owner(qtbot, sqlite_demo, tmp_path, monkeypatch):
    from shopdesk.services.accounts import AccountService, ScryptParameters
    from shopdesk.views.roles import OwnerGuard, PinDialog

    accounts = AccountService(sqlite_demo.unit_of_work, scrypt=ScryptParameters(n=2**10))
    owner = accounts.create_owner("Layla", "246810")
    guard = OwnerGuard(accounts=accounts)
    view = BackupsView(jobs=InlineJobs(), formatter=lambda: Formatter(DisplayPreferences()), guard=guard)
    qtbot.addWidget(view)
    view.attach(_service(sqlite_demo))
    usb = tmp_path / "usb"
    usb.mkdir()
    asked = []
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, *a, **k: asked.append(k["action"])))
    monkeypatch.setattr(view, "ask_folder", lambda: str(usb))
    view.back_up_button.click()
    assert asked == ["backup.elsewhere"] and list(usb.iterdir()) == []  # PIN refused: no copy
    monkeypatch.setattr(view, "ask_folder", lambda: str(paths.backups_dir()))
    view.back_up_button.click()  # into the backups folder: staff may
    assert asked == ["backup.elsewhere"] and view.table.rowCount() == 1
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, *a, **k: owner))
    monkeypatch.setattr(view, "ask_folder", lambda: str(usb))
    with qtbot.waitSignal(view.backup_made):
        view.back_up_button.click()
    assert len(list(usb.iterdir())) == 1
    entry = accounts.audit_log()[0]
    assert (entry.action, entry.details) == ("backup.elsewhere", {"folder": str(usb)})


def test_the_windows_backup_before_an_import_is_kept_as_one(make_window, sqlite_demo):
    backups = _service(sqlite_demo)
    window = make_window("en", sqlite_demo)
    window.attach(window._services, database_label=sqlite_demo.description, backups=backups)
    window._backup_before_import()  # what the import runs before its first write
    assert [entry.kind for entry in backups.list_backups()] == ["before-import"]


def test_restore_in_the_window_refuses_a_damaged_or_foreign_file_saying_why(qtbot, sqlite_demo, tmp_path, monkeypatch):
    backups = _service(sqlite_demo)
    for _ in backups.back_up():
        pass
    made = backups.list_backups()[0].path
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(made.read_bytes())
    schema_not_utf8(damaged)
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    before = sqlite_demo.sqlite_path.read_bytes()
    view = _view(qtbot, backups)
    monkeypatch.setattr(view, "confirm_restore", lambda what: True)
    for chosen, words in ((damaged, "is damaged and cannot be used; nothing was written"), (empty, "an empty file")):
        monkeypatch.setattr(view, "ask_backup_file", lambda chosen=chosen: str(chosen))
        view.table.clearSelection()
        view.restore_button.click()
        assert words in view.result.text() and "utf-8" not in view.result.text()
        assert chosen.name in view.result.text()
    assert sqlite_demo.sqlite_path.read_bytes() == before
    assert [entry.kind for entry in backups.list_backups()] == ["manual"]  # no before-restore backup either


def test_a_restore_in_the_window_is_the_owners_and_written_to_the_restored_audit_log(qtbot, fresh_shop, monkeypatch):
    from shopdesk.services.accounts import AccountService, ScryptParameters
    from shopdesk.views import roles
    from shopdesk.views.roles import OwnerGuard

    accounts = AccountService(fresh_shop.unit_of_work, scrypt=ScryptParameters(n=2**4))
    accounts.create_owner("Layla", "246810")
    backups = _service(fresh_shop)
    for _ in backups.back_up():
        pass
    accounts.audit("Layla", "export.orders", {"rows": 3})  # after the backup
    guard = OwnerGuard(accounts=accounts)
    asked = []
    monkeypatch.setattr(roles.PinDialog, "ask", lambda parent, **kw: asked.append(kw["action"]) or accounts.owners()[0])
    view = BackupsView(jobs=InlineJobs(), formatter=lambda: Formatter(DisplayPreferences()), guard=guard)
    qtbot.addWidget(view)
    view.attach(backups)
    monkeypatch.setattr(view, "confirm_restore", lambda what: True)
    view.table.selectRow(0)
    with qtbot.waitSignal(view.database_restored) as restored:
        view.restore_button.click()
    assert asked == ["restore"]
    log = accounts.audit_log()  # the restored file's
    assert [(e.account, e.action) for e in log[:2]] == [("Layla", "restore"), ("Layla", "export.orders")]
    saved = restored.args[0].saved
    assert log[0].details["saved_as"] == str(saved) and log[0].details["from"] == "window"
    assert saved.name in view.result.text() and "audit log" in view.result.text()
    from shopdesk.views.accounts_view import AccountsView

    guard.unlock_as("Layla")
    page = AccountsView(guard=guard, formatter=lambda: Formatter(DisplayPreferences()))
    qtbot.addWidget(page)
    page.attach(accounts)
    assert page.audit_table.item(0, 2).text() == "Restore a backup"
    words = page.audit_table.item(0, 3).text()
    assert "The state before is in: " in words and str(saved) in words and "Backup restored: " in words


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_the_explanation_that_opens_with_shopdesk_reads_right_to_left(qtbot, sqlite_demo, make_window, language):
    """Its first strong letter is the Latin "shopdesk": without a mark the paragraph (and the folder) was laid out
    left to right in Arabic and Persian."""
    import unicodedata

    make_window(language)  # the language's translators and direction
    view = _view(qtbot, _service(sqlite_demo), display=DisplayPreferences(language=language))
    first_strong = next(c for c in view.intro.text() if unicodedata.bidirectional(c) in ("L", "R", "AL", "RLM", "LRM"))
    assert unicodedata.bidirectional(first_strong) in ("R", "AL") or first_strong == "\u200f"
    assert "shopdesk" in view.intro.text()
