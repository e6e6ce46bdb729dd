"""Settings → Backups: the shop's backups, a backup made now (to any folder: a USB stick), verify, restore,
delete.

The work runs in the background (``views/jobs.py``) so the window never freezes. A restore blocks the window
while it runs: every connection is closed, the current state is saved as a backup, the backup is put in place
and the database opened again; then ``database_restored`` tells the main window to show the restored data.
On PostgreSQL the screen only says that the server keeps its own backups. Once roles are on, a copy outside the
backups folder is the owner's (the PIN, or the desk unlocked as owner; written to the audit log). Only automatic
backups are thinned out; the owner deletes the others here, after a question.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.backup_records import BackupCheck, BackupEntry, RestoreResult
from shopdesk.services.errors import InvalidInput
from shopdesk.services.text import isolate_ltr
from shopdesk.views.jobs import Job, JobRunner
from shopdesk.views.labels import in_ui_direction
from shopdesk.views.locale_format import Formatter
from shopdesk.views.roles import OwnerGuard, record, require_owner

if TYPE_CHECKING:
    from shopdesk.services.backups import BackupService
    from shopdesk.views.upkeep import UpkeepOutcome


class BackupsView(QWidget):
    database_restored = Signal(object)  # RestoreResult: every view should show the restored data
    backup_made = Signal(object)  # Path of the new backup

    def __init__(
        self,
        *,
        jobs: JobRunner,
        formatter: Callable[[], Formatter],
        guard: OwnerGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._guard = guard
        self._formatter = formatter
        self._backups: BackupService | None = None
        self._entries: list[BackupEntry] = []
        self._job: Job | None = None
        self._subject: Path | None = None  # the file being verified or restored, named in a refusal
        self._busy: QProgressDialog | None = None
        self._message: tuple[str, tuple[str, ...]] | None = None  # shown again in a new language
        self._automatic: UpkeepOutcome | None = None  # the last automatic backup (views/upkeep.py)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.automatic = QLabel()  # the last automatic backup: when, and made, not needed, or why it failed
        self.automatic.setObjectName("lastAutomaticBackup")
        self.automatic.setWordWrap(True)
        self.automatic.setTextFormat(Qt.TextFormat.PlainText)
        self.automatic.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.automatic.hide()
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backupsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.back_up_button = QPushButton()
        self.back_up_button.setObjectName("backUpNow")
        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verifyBackup")
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreBackup")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteBackup")
        self.result = QLabel()
        self.result.setObjectName("backupResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.server_note = QLabel()
        self.server_note.setObjectName("serverBackups")
        self.server_note.setWordWrap(True)
        self.server_note.hide()

        buttons = QHBoxLayout()
        for button in (self.back_up_button, self.verify_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.automatic)
        layout.addWidget(self.server_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.result)

        self.back_up_button.clicked.connect(self._on_back_up_button_clicked)
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self._set_enabled(False)
        self._retranslate()

    # --- wiring -------------------------------------------------------------------------------------------
    def attach(self, backups: BackupService) -> None:
        self._backups = backups
        sqlite = backups.available
        self.server_note.setVisible(not sqlite)
        for widget in (
            self.intro,
            self.table,
            self.back_up_button,
            self.verify_button,
            self.restore_button,
            self.delete_button,
        ):
            widget.setVisible(sqlite)
        self._set_enabled(sqlite)
        self._retranslate()
        self.refresh()

    def refresh(self) -> None:
        """List the backups again (the folder changes as backups are made and thinned out)."""
        if self._backups is None or not self._backups.available:
            return
        try:
            self._entries = self._backups.list_backups()
        except OSError as exc:
            self._entries = []
            self._say(
                QT_TRANSLATE_NOOP("BackupsView", "The backups folder cannot be read: %1"), exc.strerror or str(exc)
            )
        self._fill_table()

    def show_automatic(self, outcome: UpkeepOutcome) -> None:
        """The last automatic backup's outcome and when; a new backup is listed at once."""
        self._automatic = outcome
        self._show_automatic()
        if outcome.result is not None:
            self.refresh()

    def selected(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self._entries[rows[0].row()] if rows and rows[0].row() < len(self._entries) else None

    # --- asking (patched in tests) ----------------------------------------------------------------------------
    def ask_folder(self) -> str:
        default = str(self._backups.default_folder()) if self._backups else ""
        return QFileDialog.getExistingDirectory(self, self.tr("Back up into which folder?"), default)

    def ask_backup_file(self) -> str:
        default = str(self._backups.default_folder()) if self._backups else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), default, self.tr("shopdesk backups (*.sqlite3);;All files (*)")
        )
        return path

    def confirm_restore(self, what: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore a backup"),
            self.tr("Put the backup of %1 in place of the shop's data?").replace("%1", what),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "Everything entered after that backup will be gone from the screens. The current data is saved "
                "as a backup first, so nothing is lost. shopdesk must be closed on every other desk that uses this "
                "database before you go on."
            )
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    def confirm_delete(self, what: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete a backup"),
            self.tr("Delete the backup of %1?").replace("%1", what),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(self.tr("The file is deleted for good; it cannot be restored afterwards."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    # --- slots ----------------------------------------------------------------------------------------------
    def _on_back_up_button_clicked(self) -> None:
        if self._backups is None:
            return
        folder = self.ask_folder()
        if not folder:
            return
        chosen = Path(folder)
        target = chosen if self._backups.is_elsewhere(chosen) else None
        # a copy of every customer (and the PIN hashes) leaving the backups folder is the owner's to make
        if target is not None and not require_owner(self._guard, self, "backup.elsewhere", {"folder": str(target)}):
            return
        backups = self._backups
        self._run(lambda cancel: backups.back_up(target, cancel), self._on_backup_done, self.tr("Backing up…"))

    def _on_verify_button_clicked(self) -> None:
        path = self._chosen_path()
        if path is None:
            return
        backups = self._backups
        self._run(lambda cancel: backups.verify(path, cancel), self._on_verify_done, self.tr("Checking the backup…"))

    def _on_restore_button_clicked(self) -> None:
        path = self._chosen_path()
        if path is None:
            return
        # The restore itself writes who did it into the restored database (with the audit trail kept).
        if not require_owner(self._guard, self, "restore", audit=False):
            return
        if not self.confirm_restore(self._describe(path)):
            return
        by = (self._guard.unlocked_as if self._guard is not None else None) or ""
        backups = self._backups
        self._subject = path
        self._run(
            lambda cancel: backups.restore(path, cancel, by=by),
            self._on_restore_done,
            self.tr("Restoring…"),
            block=True,
        )

    def _on_delete_button_clicked(self) -> None:
        entry = self.selected()
        if self._backups is None or entry is None:
            return
        if not self.confirm_delete(self._describe(entry.path)):
            return
        try:
            self._backups.delete(entry.path)
        except InvalidInput:
            self._say(
                QT_TRANSLATE_NOOP("BackupsView", "%1 is not one of the backups folder's backups; nothing was deleted."),
                entry.path.name,
            )
        except OSError as exc:
            self._say(QT_TRANSLATE_NOOP("BackupsView", "The backup was not deleted: %1"), exc.strerror or str(exc))
        else:
            record(self._guard, "backup.delete", {"file": entry.path.name})
            self._say(QT_TRANSLATE_NOOP("BackupsView", "Backup deleted: %1"), entry.path.name)
        self.refresh()

    def _on_table_item_selection_changed(self) -> None:
        self.delete_button.setEnabled(self._job is None and self.selected() is not None)

    def _on_backup_done(self, made: Path) -> None:
        self._say(QT_TRANSLATE_NOOP("BackupsView", "Backup made and checked: %1"), str(made))
        self.refresh()
        self.backup_made.emit(made)

    def _on_verify_done(self, check: BackupCheck) -> None:
        name = check.path.name
        if check.ok:
            self._say(QT_TRANSLATE_NOOP("BackupsView", "%1 is sound: SQLite's integrity check found no problem."), name)
        else:
            self._say(*self._problem(check.problem, name, check.details))

    def _on_restore_done(self, result: RestoreResult) -> None:
        if result.saved is not None:
            self._say(
                QT_TRANSLATE_NOOP(
                    "BackupsView",
                    "The backup %1 is in place. The data as it was before, with the audit log as it was, is saved as "
                    "%2. The audit entries written since the backup were kept, and the restore is in the audit log.",
                ),
                result.restored.name,
                result.saved.name,
            )
        else:
            self._say(QT_TRANSLATE_NOOP("BackupsView", "The backup %1 is in place."), result.restored.name)
        self.refresh()
        self.database_restored.emit(result)

    def _on_job_failed(self, error: Exception) -> None:
        if isinstance(error, InvalidInput):
            self._say(*self._problem(error.reason, self._subject.name if self._subject else "", error.value))
        elif isinstance(error, OSError):
            self._say(QT_TRANSLATE_NOOP("BackupsView", "Nothing was changed: %1"), error.strerror or str(error))
        else:
            self._say(QT_TRANSLATE_NOOP("BackupsView", "Nothing was changed: %1"), str(error))
        self.refresh()

    # --- helpers ------------------------------------------------------------------------------------------------
    def _chosen_path(self) -> Path | None:
        if self._backups is None:
            return None
        entry = self.selected()
        if entry is not None:
            return entry.path
        chosen = self.ask_backup_file()  # nothing selected: a backup from elsewhere (a USB stick)
        return Path(chosen) if chosen else None

    def _describe(self, path: Path) -> str:
        for entry in self._entries:
            if entry.path == path:
                return self._formatter().datetime(entry.made_at)
        return isolate_ltr(path.name)

    def _problem(self, problem: str, name: str, details: str) -> tuple[str, ...]:
        texts = {
            "missing": QT_TRANSLATE_NOOP("BackupsView", "%1: there is no such file."),
            "empty": QT_TRANSLATE_NOOP(
                "BackupsView", "%1 is an empty file, not a shopdesk backup; nothing was changed."
            ),
            "not_a_database": QT_TRANSLATE_NOOP(
                "BackupsView", "%1 is not a shopdesk backup (not a database file); nothing was changed."
            ),
            "damaged": QT_TRANSLATE_NOOP(
                "BackupsView", "%1 is damaged and cannot be used; nothing was written. SQLite found: %2"
            ),
            "not_shopdesk": QT_TRANSLATE_NOOP(
                "BackupsView", "%1 is a database, but not a shopdesk backup; nothing was changed."
            ),
            "newer": QT_TRANSLATE_NOOP(
                "BackupsView", "%1 was made by a newer shopdesk (%2); update shopdesk on this desk first."
            ),
        }
        return (
            texts.get(problem, QT_TRANSLATE_NOOP("BackupsView", "%1 cannot be used: %2")),
            name or self.tr("This backup"),
            details,
        )

    def _run(self, work, done, busy_text: str, *, block: bool = False) -> None:  # noqa: ANN001
        job = Job(work)
        job.signals.finished.connect(lambda result: (self._end_job(), done(result)))
        job.signals.failed.connect(lambda error: (self._end_job(), self._on_job_failed(error)))
        job.signals.cancelled.connect(self._end_job)
        self._job = job
        self._set_enabled(False)
        self._message = None
        self.result.setText(busy_text)
        if block:  # nothing may use the database while its file is replaced
            self._busy = QProgressDialog(busy_text, "", 0, 0, self.window())
            self._busy.setCancelButton(None)
            self._busy.setWindowModality(Qt.WindowModality.ApplicationModal)
            self._busy.setMinimumDuration(0)
            self._busy.show()
        self._jobs.start(job)

    def _end_job(self) -> None:
        self._job = None
        if self._busy is not None:
            self._busy.reset()
            self._busy.deleteLater()
            self._busy = None
        self._set_enabled(self._backups is not None and self._backups.available)

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.back_up_button, self.verify_button, self.restore_button):
            button.setEnabled(enabled)
        self.delete_button.setEnabled(enabled and self.selected() is not None)

    def _say(self, source: str, *args: str) -> None:
        """Show a result; kept as its source text so a language switch shows it in the new language."""
        self._message = (source, args)
        self._show_message()

    def _show_message(self) -> None:
        if self._message is None:
            return
        source, args = self._message
        text = self.tr(source)
        for number, value in enumerate(args, start=1):
            text = text.replace(f"%{number}", isolate_ltr(value) if "/" in value or "\\" in value else value)
        self.result.setText(text)

    def _fill_table(self) -> None:
        formatter = self._formatter()
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            made = QTableWidgetItem(formatter.datetime(entry.made_at))
            made.setToolTip(str(entry.path))
            kind = QTableWidgetItem(self._kind_text(entry.kind))
            size = QTableWidgetItem(formatter.data_size(entry.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate((made, kind, size)):
                self.table.setItem(row, column, item)

    def _kind_text(self, kind: str) -> str:
        return {
            "automatic": self.tr("Automatic (daily)"),
            "manual": self.tr("Made with Back up now"),
            "before-migration": self.tr("Before an update of shopdesk"),
            "before-restore": self.tr("Before a restore"),
            "before-import": self.tr("Before an import"),
            "before-demo": self.tr("Before the demo data"),
        }.get(kind, self.tr("Other"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def set_formatter(self) -> None:
        """Digits or calendar changed: show the dates and sizes again."""
        self._fill_table()
        self._show_automatic()

    def _show_automatic(self) -> None:
        outcome = self._automatic
        sqlite = self._backups is not None and self._backups.available
        self.automatic.setVisible(outcome is not None and sqlite)
        if outcome is None:
            return
        when = self._formatter().datetime(outcome.at)
        if outcome.failed:
            text = self.tr(
                "The last automatic backup, at %1, failed: %2. shopdesk tries again every day and each time it "
                "starts; until then, use Back up now."
            )
        elif outcome.result is None:
            text = self.tr("Last automatic backup check: %1; nothing had changed since the newest backup.")
        else:
            text = self.tr("Last automatic backup: %1, made and checked.")
        self.automatic.setText(text.replace("%1", when).replace("%2", isolate_ltr(outcome.error or "")))
        self.automatic.setStyleSheet("color: #b00020; font-weight: bold;" if outcome.failed else "")

    def _retranslate(self) -> None:
        folder = str(self._backups.default_folder()) if self._backups is not None and self._backups.available else ""
        self.intro.setText(  # opens with "shopdesk" in every language: the interface's direction, not the word's
            in_ui_direction(
                self.tr(
                    "shopdesk backs up the shop's data by itself when it starts and every day it stays open, whenever "
                    "something changed, and keeps the last 7 days, 4 weeks and 12 months of these automatic backups. "
                    "Backups made with Back up now or before an import, a restore or an update stay until you delete "
                    "them. Backups folder: %1"
                ).replace("%1", isolate_ltr(folder))
            )
        )
        self.server_note.setText(
            self.tr(
                "This shop's data is kept on a PostgreSQL server. The server keeps its own backups (pg_dump); "
                "ask whoever looks after the server. There is nothing to back up on this desk."
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.back_up_button.setText(self.tr("Back up now…"))
        self.back_up_button.setToolTip(self.tr("A checked copy into a folder you choose, e.g. a USB stick"))
        self.verify_button.setText(self.tr("Verify"))
        self.verify_button.setToolTip(
            self.tr("Run SQLite's full integrity check on the selected backup (or on a file you choose)")
        )
        self.restore_button.setText(self.tr("Restore…"))
        self.restore_button.setToolTip(
            self.tr("Put the selected backup (or a file you choose) in place of the shop's data")
        )
        self.delete_button.setText(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected backup (asks first)"))
        self._fill_table()
        self._show_message()
        self._show_automatic()
