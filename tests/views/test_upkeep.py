"""Upkeep while the window is open: the automatic backup and birthday rewards start once (not once per refresh),
run as jobs on the window's job runner, again when the daily timer fires, and a failure shows in the status bar
and on the Backups tab in the window's language."""

from __future__ import annotations

import errno
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from shopdesk import paths
from shopdesk.services.backups import BackupService
from shopdesk.services.loyalty import LoyaltyService
from shopdesk.views.preferences import DisplayPreferences


class RecordingJobs:
    """A job runner that only notes what it was given; the test runs the jobs when it chooses."""

    def __init__(self) -> None:
        self.started = []

    def start(self, job) -> None:  # noqa: ANN001
        self.started.append(job)

    def wait(self, msecs: int = -1) -> bool:
        return True

    def upkeep(self) -> list[str]:
        return [getattr(job, "name", "") for job in self.started if getattr(job, "name", "").startswith("upkeep.")]


class InlineJobs:
    """Runs each job at once, on this thread."""

    def start(self, job) -> None:  # noqa: ANN001
        job.run()

    def wait(self, msecs: int = -1) -> bool:
        return True


class FullDiskBackups:
    """The shop's real backups, except that the automatic one fails as on a full disk until ``broken`` is False."""

    def __init__(self, real: BackupService) -> None:
        self._real = real
        self.broken = True

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._real, name)

    def back_up_if_changed(self, cancel=None):  # noqa: ANN001, ANN201
        if self.broken:
            raise OSError(errno.ENOSPC, "No space left on device")
        return (yield from self._real.back_up_if_changed(cancel))


def _backups(database) -> BackupService:  # noqa: ANN001
    return BackupService(database_path=database.sqlite_path, folder=paths.backups_dir)


def test_three_refreshes_start_upkeep_once_on_the_windows_job_runner(qtbot, fresh_shop, monkeypatch):
    from shopdesk.app import Application

    runner = RecordingJobs()
    monkeypatch.setattr("shopdesk.views.jobs.JobRunner", lambda: runner)
    url = "sqlite:///" + str(fresh_shop.sqlite_path)
    fresh_shop.close()
    app = Application(database_url=url, language="en")
    qtbot.addWidget(app.window)
    app.start()
    try:
        app.connect_database()
        for _ in range(3):
            app.window.refresh()  # F5
        assert runner.upkeep() == ["upkeep.backup", "upkeep.birthdays"]

        app.window.upkeep.timer.timeout.emit()  # a day later, yesterday's jobs still queued: not doubled
        assert runner.upkeep() == ["upkeep.backup", "upkeep.birthdays"]
        for job in list(runner.started):
            if job.name.startswith("upkeep."):
                job.run()
        assert len(_backups(fresh_shop).list_backups()) == 1
        assert not app.window.upkeep_warning.isVisible()

        app.window.upkeep.timer.timeout.emit()  # the next day: once more
        assert runner.upkeep() == ["upkeep.backup", "upkeep.birthdays"] * 2
        assert app.window.upkeep.timer.interval() == 24 * 60 * 60 * 1000
    finally:
        app.window.close()
        if app.database is not None:
            app.database.close()
        app.languages.apply(DisplayPreferences())  # leave the shared QApplication in English


@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_a_failing_automatic_backup_shows_in_the_status_bar_and_on_the_backups_tab(
    make_window, fresh_shop, language, tmp_path
):
    backups = FullDiskBackups(_backups(fresh_shop))
    window = make_window(language, fresh_shop, jobs=InlineJobs(), backups=backups)
    window.start_upkeep()

    warning = window.upkeep_warning
    assert warning.isVisible()
    outcome = window.upkeep.last_backup
    assert outcome.failed and "No space left on device" in outcome.error
    assert "No space left on device" in warning.toolTip()
    assert window.formatter.datetime(outcome.at) in warning.toolTip()
    if language == "en":
        assert warning.text() == "The automatic backup failed"
    else:
        assert warning.text() and warning.text() != "The automatic backup failed"  # translated
    window.grab().save(str(tmp_path / f"upkeep_status_{language}.png"))

    warning.click()  # takes the user to Settings → Backups
    page = window.settings_view
    assert window.pages.currentWidget() is page and page.tabs.currentWidget() is page.backups_view
    automatic = page.backups_view.automatic
    assert automatic.isVisible()
    assert window.formatter.datetime(outcome.at) in automatic.text()
    assert "No space left on device" in automatic.text()
    if language == "en":
        assert automatic.text().startswith("The last automatic backup, at ")
    window.grab().save(str(tmp_path / f"upkeep_backups_{language}.png"))

    backups.broken = False  # space freed; the next day's run makes the backup
    window.upkeep.timer.timeout.emit()
    assert not window.upkeep.last_backup.failed and window.upkeep.last_backup.result is not None
    assert not warning.isVisible()
    assert "No space left on device" not in automatic.text()
    assert window.formatter.datetime(window.upkeep.last_backup.at) in automatic.text()
    assert page.backups_view.table.rowCount() == 1  # the new backup is listed at once


def test_birthday_rewards_that_fail_are_shown_and_tried_again_the_next_day(make_window, fresh_shop, monkeypatch):
    real = LoyaltyService.grant_birthday_rewards
    calls = []

    def grant(self, today: date | None = None) -> int:  # noqa: ANN001
        calls.append(today)
        if len(calls) == 1:
            raise RuntimeError("database is locked")
        return real(self, today)

    monkeypatch.setattr(LoyaltyService, "grant_birthday_rewards", grant)
    window = make_window("en", fresh_shop, jobs=InlineJobs(), backups=_backups(fresh_shop))
    window.start_upkeep()
    assert window.upkeep_warning.isVisible()
    assert window.upkeep_warning.text() == "Birthday rewards could not be given"
    assert "database is locked" in window.upkeep_warning.toolTip()

    window.upkeep.timer.timeout.emit()
    assert len(calls) == 2 and not window.upkeep_warning.isVisible()


def test_upkeep_runs_on_the_real_job_runner_and_lists_the_new_backup(make_window, sqlite_demo, qtbot):
    window = make_window("en", sqlite_demo, backups=_backups(sqlite_demo))
    settings = window.settings_view  # built before: the tab is updated when the backup reports
    window.start_upkeep()
    with qtbot.waitSignal(window.upkeep.backup_reported, timeout=60_000) as reported:
        pass
    assert reported.args[0].result is not None and not reported.args[0].failed
    assert settings.backups_view.automatic.text().startswith("Last automatic backup: ")
    assert settings.backups_view.table.rowCount() == 1
    qtbot.waitUntil(lambda: not window.upkeep.busy(), timeout=60_000)
    window.start_upkeep()  # a second call starts nothing
    assert not window.upkeep.busy()
    QApplication.processEvents()


def test_on_postgresql_upkeep_gives_birthday_rewards_and_leaves_backups_to_the_server(make_window, database):
    jobs = RecordingJobs()
    backups = _backups(database)  # no file on PostgreSQL: not available
    window = make_window("en", database, jobs=jobs, backups=backups)
    window.start_upkeep()
    expected = ["upkeep.backup", "upkeep.birthdays"] if backups.available else ["upkeep.birthdays"]
    assert jobs.upkeep() == expected
    for job in jobs.started:
        job.run()
    assert not window.upkeep_warning.isVisible()
    assert (not window.settings_view.backups_view.automatic.isHidden()) == backups.available
