"""A save that waited for another connection's lock and gave up (``DatabaseBusy``: an import being written, another
desk's long save): the words for it, and the one place that shows it when the screen that saved did not handle it
itself (the order form waits and saves by itself; every other save says what happened, and nothing of it was
kept, so the same action can be done again). A driver's "database is locked" never reaches the user."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from shopdesk.services.errors import DatabaseBusy
from shopdesk.services.text import isolate_ltr


def writer_text(writer: object) -> str:
    """Who the save waits for: "An import is being written on TILL-2", or another desk."""
    what = getattr(writer, "what", None)
    if what == "import":
        text = QCoreApplication.translate("Busy", "An import is being written on %1")
        return text.replace("%1", isolate_ltr(str(writer.host)))
    return QCoreApplication.translate("Busy", "Another desk is saving a lot at once")


def waiting_text(writer: object) -> str:
    """For a form that keeps what was typed and saves by itself when it can."""
    text = QCoreApplication.translate("Busy", "%1… Your order will be saved when it finishes.")
    return text.replace("%1", writer_text(writer))


def refused_text(error: DatabaseBusy) -> str:
    """For any other save: nothing was changed; the same action can be done again."""
    text = QCoreApplication.translate("Busy", "%1. Nothing was changed: do it again when it has finished.")
    return text.replace("%1", writer_text(error.holder))


def install_busy_report(parent: Callable[[], QWidget | None]) -> None:
    """Show a ``DatabaseBusy`` that reached the event loop (raised in a slot no screen caught it in) as a message
    over ``parent()``, instead of a traceback on the console; other errors go on to the hook that was there."""
    previous = sys.excepthook

    def report(kind, error, traceback) -> None:  # noqa: ANN001
        if isinstance(error, DatabaseBusy):
            title = QCoreApplication.translate("Busy", "Not saved yet")
            ok = QMessageBox.StandardButton.Ok
            box = QMessageBox(QMessageBox.Icon.Warning, title, refused_text(error), ok, parent())
            box.setObjectName("databaseBusyMessage")
            box.open()
            return
        previous(kind, error, traceback)

    sys.excepthook = report
