"""Per-desk preferences (language, digits, calendar, window geometry) in an INI file via ``QSettings``.

They live outside the shop database so the window can be drawn, in the right language and direction,
before the database libraries are even imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings

LANGUAGES = ("en", "ar", "fa")
DIGITS = ("native", "latin")
CALENDARS = ("gregorian", "jalali", "hijri")
DEFAULT_CALENDAR = {"en": "gregorian", "ar": "gregorian", "fa": "jalali"}


@dataclass(frozen=True)
class DisplayPreferences:
    language: str = "en"
    digits: str = "native"  # Arabic only: Arabic-Indic ("native") or Western ("latin") digits
    calendar: str = "gregorian"


def language_from_locale(locale: QLocale) -> str:
    if locale.language() == QLocale.Language.Arabic:
        return "ar"
    if locale.language() == QLocale.Language.Persian:
        return "fa"
    return "en"


class PreferencesStore:
    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def display(self) -> DisplayPreferences:
        language = self._settings.value("display/language", "", str)
        if language not in LANGUAGES:
            language = language_from_locale(QLocale.system())  # first run: follow the system
        return self.display_for(language)

    def display_for(self, language: str) -> DisplayPreferences:
        digits = self._settings.value(f"{language}/digits", "native", str)
        calendar = self._settings.value(f"{language}/calendar", DEFAULT_CALENDAR[language], str)
        return DisplayPreferences(
            language=language,
            digits=digits if digits in DIGITS else "native",
            calendar=calendar if calendar in CALENDARS else DEFAULT_CALENDAR[language],
        )

    def save_display(self, prefs: DisplayPreferences) -> None:
        self._settings.setValue("display/language", prefs.language)
        self._settings.setValue(f"{prefs.language}/digits", prefs.digits)
        self._settings.setValue(f"{prefs.language}/calendar", prefs.calendar)
        self._settings.sync()

    def geometry(self, name: str) -> QByteArray | None:
        value = self._settings.value(f"window/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_geometry(self, name: str, value: QByteArray) -> None:
        self._settings.setValue(f"window/{name}", value)
        self._settings.sync()

    def network_warning_shown(self, database: str) -> bool:
        """Whether this desk already warned that ``database`` is on a network drive (warned once per file)."""
        return database in self._settings.value("warnings/network_drive", [], list)

    def remember_network_warning(self, database: str) -> None:
        shown = list(self._settings.value("warnings/network_drive", [], list))
        if database not in shown:
            self._settings.setValue("warnings/network_drive", [*shown, database])
            self._settings.sync()
