"""Render the application's screens to PNG in each language (for docs/screenshots and view tests)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

SIZE = QSize(1100, 680)


def render_all_screens(*, database_url: str, out_dir: Path) -> list[Path]:
    """Start the real application once and grab its areas in en, ar and fa; returns the files written."""
    from shopdesk.app import Application

    app = Application(database_url=database_url, language="en")
    window = app.window
    window.resize(SIZE)
    app.start()
    app.connect_database()
    written = []
    for language in ("en", "ar", "fa"):
        window.apply_display(app.preferences.display_for(language))
        for area in ("orders", "settings", "summaries"):
            window.show_area(area)
            QApplication.processEvents()
            path = out_dir / f"main_{area}_{language}.png"
            window.grab().save(str(path))
            written.append(path)
    window.close()
    return written
