"""Installing translations, locale and layout direction, and switching them live."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox

from shopdesk.resource_paths import resource_path
from shopdesk.views.locale_format import locale_for
from shopdesk.views.preferences import DisplayPreferences

# Words of Qt's own file dialog that Qt's Arabic and Persian catalogues (qtbase_ar/fa.qm) miss, because Qt 6 added
# the keyboard accelerator after they were translated. Ours carries them, in Qt's context: a translator installed
# later (Qt's) is asked first, and ours answers what it does not know.
QT_CATALOGUE_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


class LanguageSwitcher:
    """Owns the installed translators; ``apply`` swaps them, and Qt sends every widget a LanguageChange."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []

    def apply(self, prefs: DisplayPreferences) -> None:
        for translator in self._translators:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._translators = []
        own = QTranslator(self._app)
        if not own.load(str(resource_path("i18n", f"shopdesk_{prefs.language}.qm"))):
            raise FileNotFoundError(f"translation for {prefs.language!r} is missing from resources/i18n")
        self._translators.append(own)  # English too: it carries the plural forms
        if prefs.language != "en":
            qt = QTranslator(self._app)
            if qt.load(f"qtbase_{prefs.language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._translators.append(qt)
        locale = locale_for(prefs)
        QLocale.setDefault(locale)
        # Set the direction before installing translators so widgets relayout once, mirrored.
        self._app.setLayoutDirection(locale.textDirection())
        for translator in self._translators:
            self._app.installTranslator(translator)
        # Qt posts LanguageChange; deliver it now so every open window shows the new words before we return.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        fit_combo_boxes_to_new_words()


def fit_combo_boxes_to_new_words() -> None:
    """A combo box keeps the width of the words it was first shown with ("All statuse…" after a switch): from the
    first switch on, each one sizes itself to its items whenever they change."""
    for widget in QApplication.allWidgets():
        if (
            isinstance(widget, QComboBox)
            and widget.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow
        ):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
