"""A save that met another desk's lock and was not caught by its screen is shown in words, not as a traceback."""

import sys

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from shopdesk.services.errors import DatabaseBusy
from shopdesk.views.busy import install_busy_report


class _Writer:
    what, host = "import", "TILL-2"


def test_a_database_busy_raised_in_a_slot_is_shown_as_a_message_naming_the_import(qtbot, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    window = QWidget()
    qtbot.addWidget(window)
    install_busy_report(lambda: window)
    button = QPushButton(window)

    def save() -> None:
        raise DatabaseBusy(_Writer())

    button.clicked.connect(save)
    button.click()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "databaseBusyMessage") is not None)
    box = window.findChild(QMessageBox, "databaseBusyMessage")
    assert "TILL-2" in box.text() and "Nothing was changed" in box.text()
    box.close()
