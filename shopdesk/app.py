"""The one place that wires the application: Qt, fonts, language, the window, then the database and services.

The window is painted before SQLModel, SQLAlchemy and Alembic are imported (they cost most of the start-up
time), then the database is opened, checked, backed up if a migration is due, migrated, and the first orders
are shown. ReportLab and the QR library are imported only when printing starts.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from shopdesk import __version__, paths
from shopdesk.views.appearance import apply_style, register_fonts
from shopdesk.views.busy import install_busy_report
from shopdesk.views.i18n import LanguageSwitcher
from shopdesk.views.main_window import MainWindow
from shopdesk.views.preferences import LANGUAGES, PreferencesStore


@dataclass
class StartupReport:
    """Wall-clock moments of start-up, written as JSON for the benchmark and the end-to-end test."""

    path: Path | None
    quit_when_ready: bool = False
    moments: dict[str, float] = field(default_factory=dict)
    details: dict[str, object] = field(default_factory=dict)

    def mark(self, name: str) -> None:
        self.moments.setdefault(name, time.time())

    def write(self) -> None:
        if self.path is not None:
            self.path.write_text(json.dumps({"moments": self.moments, **self.details}, ensure_ascii=False))


class Application:
    def __init__(
        self,
        *,
        database_url: str,
        language: str | None = None,
        report: StartupReport | None = None,
        argv: list[str] | None = None,
    ) -> None:
        self.qt = QApplication.instance() or QApplication(argv or sys.argv[:1])
        self.qt.setApplicationName("shopdesk")
        self.qt.setApplicationVersion(__version__)
        self.qt.setOrganizationName("shopdesk")
        from shopdesk.views.about_dialog import app_icon

        self.qt.setWindowIcon(app_icon())
        self.database_url = database_url
        self.report = report or StartupReport(None)
        self.database = None
        self.in_use_dialog = None
        self.network_dialog = None
        self.services = None  # built once the database is open
        register_fonts(self.qt)
        apply_style(self.qt)
        self.preferences = PreferencesStore(paths.preferences_path())
        display = self.preferences.display()
        if language in LANGUAGES:
            display = self.preferences.display_for(language)
        self.languages = LanguageSwitcher(self.qt)
        self.languages.apply(display)
        self.window = MainWindow(preferences=self.preferences, display=display, languages=self.languages)
        install_busy_report(lambda: QApplication.activeWindow() or self.window)  # a save no screen caught waiting
        self.window.first_painted.connect(self._on_window_first_painted)
        self.window.data_shown.connect(self._on_window_data_shown)

    def start(self) -> None:
        self.window.show()

    def _on_window_first_painted(self) -> None:
        self.report.mark("painted")
        # Let the paint reach the screen, then do the slow part.
        QTimer.singleShot(0, self.connect_database)

    def connect_database(self) -> None:
        if self.database is not None:
            return
        from shopdesk.services.database import open_database  # imports SQLModel: after the first paint
        from shopdesk.services.errors import DatabaseDamaged, DatabaseInUse, DatabaseUnavailable
        from shopdesk.services.registry import build_services

        self.report.mark("imports_done")
        try:
            # The window holds the file's lock while it is open: a second copy is told who has it.
            self.database = open_database(self.database_url, lock=True)
        except DatabaseInUse as exc:
            self._in_use(exc)
            return
        except DatabaseDamaged as exc:
            self._fail(
                QApplication.translate(
                    "Application",
                    "The database file %1 is damaged and has been left untouched. Restore a backup or contact "
                    "support; shopdesk will not write to it.",
                ).replace("%1", exc.location),
                exc.details,
            )
            return
        except DatabaseUnavailable as exc:
            self._fail(
                QApplication.translate("Application", "The database %1 cannot be opened.").replace("%1", exc.location),
                exc.details,
            )
            return
        except Exception as exc:  # noqa: BLE001 - whatever it is, the user must see it, not a frozen window
            where = paths.describe_database(self.database_url)
            self._fail(
                QApplication.translate("Application", "The database %1 cannot be opened.").replace("%1", where),
                f"{type(exc).__name__}: {exc}",
            )
            return
        self.report.mark("database_open")
        self.services = build_services(self.database.unit_of_work)
        self.window.attach(self.services, database_label=self.database.description, backups=self._backups())
        if not self.report.quit_when_ready:
            # The backup and birthday rewards now and daily, once per window, on its job runner (not per refresh).
            self.window.start_upkeep()
        self._warn_if_on_a_network_drive()

    def _backups(self):  # noqa: ANN202
        from shopdesk.services.backups import BackupService

        database = self.database
        return BackupService(
            database_path=database.sqlite_path,
            folder=paths.backups_dir,
            suspend=database.suspend,
            resume=database.resume,
        )

    def _in_use(self, exc) -> None:  # noqa: ANN001
        """Another copy holds the file: say who, open nothing; Try again or Quit."""
        from shopdesk.views.lock_dialog import DatabaseInUseDialog

        message = QApplication.translate(
            "Application", "The database %1 is open in another copy of shopdesk; this one does not open it."
        ).replace("%1", exc.location)
        self.window.show_database_error(message)
        self.report.details["error"] = message
        self.report.details["holder"] = str(exc.holder)
        if self.report.quit_when_ready:
            self._finish()
            return
        dialog = DatabaseInUseDialog(
            location=exc.location, holder=exc.holder, formatter=self.window.formatter, parent=self.window
        )
        self.in_use_dialog = dialog

        def chosen(_result: int) -> None:
            self.in_use_dialog = None
            if dialog.chose_try_again():
                self.report.details.pop("error", None)
                self.connect_database()
            else:
                self.window.close()

        dialog.finished.connect(chosen)
        dialog.open()

    def _warn_if_on_a_network_drive(self) -> None:
        """SQLite over a network file system can be damaged by two writers: say so in the status bar while
        open, and once per file in a message."""
        from shopdesk.services.network_drive import network_file_system
        from shopdesk.views.main_window import network_warning_text

        path = self.database.sqlite_path if self.database is not None else None
        if path is None:
            return
        try:
            kind = network_file_system(path)
        except Exception:  # noqa: BLE001 - a warning that cannot be worked out must not stop the shop
            kind = None
        if not kind:
            return
        self.window.show_network_warning(kind)
        self.report.details["network_drive"] = kind
        if self.report.quit_when_ready or self.preferences.network_warning_shown(str(path)):
            return
        self.preferences.remember_network_warning(str(path))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QApplication.translate("Application", "shopdesk"),
            network_warning_text(kind),
            parent=self.window,
        )
        self.network_dialog = box
        box.open()

    def _fail(self, message: str, details: str) -> None:
        self.window.show_database_error(message)
        self.report.details["error"] = message
        if self.report.quit_when_ready:
            self._finish()
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical, QApplication.translate("Application", "shopdesk"), message, parent=self.window
        )
        box.setDetailedText(details)
        box.open()

    def _on_window_data_shown(self, rows: int) -> None:
        self.report.mark("data_shown")
        self.report.details["rows"] = rows
        if self.report.quit_when_ready:
            self._finish()

    def _finish(self) -> None:
        self.report.details["language"] = self.window.display.language
        self.report.details["layout_direction"] = self.qt.layoutDirection().name
        self.report.write()
        QTimer.singleShot(0, self.window.close)

    def exec(self) -> int:
        try:
            code = self.qt.exec()
            return 1 if code == 0 and "error" in self.report.details else code
        finally:
            self.window.finish_jobs()  # a backup or write under way ends before its database is closed
            if self.database is not None:
                self.database.close()


def run_gui(*, database_url: str, language: str | None = None, report: StartupReport | None = None) -> int:
    app = Application(database_url=database_url, language=language, report=report)
    app.start()
    return app.exec()
