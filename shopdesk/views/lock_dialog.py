"""The message a second copy of shopdesk shows when another copy (here or on another desk) holds the shop's
SQLite file: who holds it and since when; Try again or Quit. Nothing is opened meanwhile."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from shopdesk.services.text import isolate_ltr
from shopdesk.views.locale_format import Formatter


class DatabaseInUseDialog(QMessageBox):
    """``holder`` is a ``LockHolder`` (host, pid, user, since; host empty when it did not say)."""

    def __init__(self, *, location: str, holder, formatter: Formatter, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("databaseInUse")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("The shop's database is in use"))
        self.setText(self.tr("Another copy of shopdesk has this shop's database open:") + "\n" + isolate_ltr(location))
        if getattr(holder, "known", False):
            lines = [
                self.tr("Computer: %1").replace("%1", isolate_ltr(holder.host)),
                self.tr("Process: %1").replace("%1", formatter.plain_digits(holder.pid)),
            ]
            if holder.user:
                lines.append(self.tr("User: %1").replace("%1", isolate_ltr(holder.user)))
            if holder.since is not None:
                lines.append(self.tr("Open since: %1").replace("%1", formatter.datetime(holder.since)))
            who = "\n".join(lines)
        else:
            who = self.tr("It did not say which computer it runs on.")
        self.setInformativeText(
            who
            + "\n\n"
            + self.tr(
                "Two copies writing to one file at once could lose orders, so this one does not open it. Close "
                "shopdesk there (or wait until it is closed), then choose Try again."
            )
        )
        self.try_again = self.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
        self.quit = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.try_again)

    def chose_try_again(self) -> bool:
        return self.clickedButton() is self.try_again
