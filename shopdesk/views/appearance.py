"""How the application looks: the bundled fonts (so Arabic and Persian look right on a machine that has none
installed) and the few style rules shared by every screen."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from shopdesk.resource_paths import resource_path

# Noto Sans carries Latin; Noto Sans Arabic carries Arabic and Persian (it has no Latin glyphs).
# Listing both makes Qt pick per character, so a Latin run inside Arabic text keeps a proper face.
UI_FAMILIES = ["Noto Sans", "Noto Sans Arabic"]

STYLESHEET = """
QLabel#pageTitle { font-size: 16pt; font-weight: bold; padding: 4px 0 8px 0; }
QListWidget#navigation { font-size: 11pt; }
QListWidget#navigation::item { padding: 7px 10px; }
"""


def register_fonts(app: QApplication) -> list[str]:
    """Add every bundled font to Qt and make the pair the application font; returns the families loaded."""
    loaded: list[str] = []
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    font = QFont(app.font())
    font.setFamilies(UI_FAMILIES)
    app.setFont(font)
    return sorted(set(loaded))


def apply_style(app: QApplication) -> None:
    app.setStyleSheet(STYLESHEET)
