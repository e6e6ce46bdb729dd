"""Upkeep while the window is open: the automatic backup (SQLite: a checked copy when the shop's data changed) and
this month's birthday rewards, once when the database is open and then every day the window stays open.

Both run as jobs on the window's job runner, where database writers share one thread, never on threads of their
own; a run still queued or running is not started twice. Each outcome is reported (``backup_reported``,
``birthdays_reported``) so the window shows a failure in the status bar and the Backups tab shows the last
automatic backup and when it ran — never swallowed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from shopdesk.services.text import isolate_ltr
from shopdesk.views.jobs import Job

if TYPE_CHECKING:
    from shopdesk.views.jobs import JobRunner
    from shopdesk.views.locale_format import Formatter


@dataclass(frozen=True)
class UpkeepOutcome:
    """How one automatic run ended: ``result`` is the new backup's path (None: nothing had changed) or the number
    of birthday rewards given; ``error`` says why it failed, in the system's words."""

    at: datetime  # aware, when the run ended
    result: Path | int | None = None
    error: str | None = None

    @property
    def failed(self) -> bool:
        return self.error is not None


def error_text(error: BaseException) -> str:
    """An exception in plain words for the screen: the system's message, never a traceback."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror + (f" ({error.filename})" if error.filename else "")
    return str(error) or type(error).__name__


def warning_texts(
    backup: UpkeepOutcome | None, birthdays: UpkeepOutcome | None, formatter: Formatter
) -> tuple[str, str]:
    """The status bar's words for failed upkeep: a short line and the details (its tooltip); ("", "") when the
    last runs went well."""
    lines, details = [], []
    if backup is not None and backup.failed:
        lines.append(QApplication.translate("Upkeep", "The automatic backup failed"))
        details.append(
            QApplication.translate(
                "Upkeep",
                "The automatic backup at %1 failed: %2. shopdesk tries again every day and each time it starts; "
                "click to open Settings → Backups and use Back up now.",
            )
            .replace("%1", formatter.datetime(backup.at))
            .replace("%2", isolate_ltr(backup.error or ""))
        )
    if birthdays is not None and birthdays.failed:
        lines.append(QApplication.translate("Upkeep", "Birthday rewards could not be given"))
        details.append(
            QApplication.translate(
                "Upkeep",
                "This month's birthday rewards could not be given at %1: %2. shopdesk tries again every day and "
                "each time it starts.",
            )
            .replace("%1", formatter.datetime(birthdays.at))
            .replace("%2", isolate_ltr(birthdays.error or ""))
        )
    return " · ".join(lines), "\n\n".join(details)


class Upkeep(QObject):
    backup_reported = Signal(object)  # UpkeepOutcome of the automatic backup
    birthdays_reported = Signal(object)  # UpkeepOutcome of the birthday rewards

    DAY_MS = 24 * 60 * 60 * 1000

    def __init__(
        self,
        *,
        jobs: JobRunner,
        back_up: Callable[[threading.Event], Generator] | None,
        grant_birthday_rewards: Callable[[], int],
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QObject | None = None,
    ) -> None:
        """``back_up`` is the backup service's ``back_up_if_changed`` (None on PostgreSQL: the server keeps the
        backups); ``grant_birthday_rewards`` the loyalty service's."""
        super().__init__(parent)
        self._jobs = jobs
        self._back_up = back_up
        self._grant = grant_birthday_rewards
        self._now = now
        self._pending: dict[str, Job] = {}  # held until the job reports (jobs are not deleted by the pool)
        self.last_backup: UpkeepOutcome | None = None
        self.last_birthdays: UpkeepOutcome | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("dailyUpkeep")
        self.timer.setInterval(self.DAY_MS)
        self.timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        """Run now and then every day; a second call changes nothing."""
        if self.timer.isActive():
            return
        self.timer.start()
        self.run()

    def stop(self) -> None:
        self.timer.stop()

    def run(self) -> None:
        """Queue each piece of upkeep that is not already queued or running."""
        if self._back_up is not None:
            self._submit("backup", self._back_up, self._on_backup_finished, self._on_backup_failed)
        self._submit("birthdays", self._birthdays, self._on_birthdays_finished, self._on_birthdays_failed)

    def busy(self) -> bool:
        return bool(self._pending)

    # --- jobs -------------------------------------------------------------------------------------------------------
    def _birthdays(self, _cancel: threading.Event) -> Generator[object, None, int]:
        return self._grant()
        yield  # a generator, as the job runner expects; there is no progress to report

    def _submit(self, key: str, work, finished, failed) -> None:  # noqa: ANN001
        if key in self._pending:
            return  # yesterday's run is still queued behind other work: never two at once
        job = Job(work, name=f"upkeep.{key}")
        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)  # nothing cancels upkeep: finished or failed always comes
        self._pending[key] = job
        self._jobs.start(job)

    def _on_timer_timeout(self) -> None:
        self.run()

    def _on_backup_finished(self, made: Path | None) -> None:
        self._pending.pop("backup", None)
        self.last_backup = UpkeepOutcome(self._now(), result=made)
        self.backup_reported.emit(self.last_backup)

    def _on_backup_failed(self, error: BaseException) -> None:
        self._pending.pop("backup", None)
        self.last_backup = UpkeepOutcome(self._now(), error=error_text(error))
        self.backup_reported.emit(self.last_backup)

    def _on_birthdays_finished(self, granted: int) -> None:
        self._pending.pop("birthdays", None)
        self.last_birthdays = UpkeepOutcome(self._now(), result=granted)
        self.birthdays_reported.emit(self.last_birthdays)

    def _on_birthdays_failed(self, error: BaseException) -> None:
        self._pending.pop("birthdays", None)
        self.last_birthdays = UpkeepOutcome(self._now(), error=error_text(error))
        self.birthdays_reported.emit(self.last_birthdays)
