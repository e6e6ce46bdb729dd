"""The owner's PIN before privileged actions: ``OwnerGuard`` (one per window) and the small ``PinDialog``.

Until the owner creates the first account (Settings → Accounts) the guard lets everything through and writes
nothing, so a shop without accounts works as it always did. From then on ``require_owner(guard, parent, action)``
asks for the owner's PIN — unless the desk was unlocked as owner in the last few minutes — and writes the action
to the audit log. Staff work (orders, packing, printing) never calls it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.account_records import AccountRow
from shopdesk.services.errors import InvalidInput, PinRefused, TooManyTries
from shopdesk.services.text import safe_single_line
from shopdesk.views.widgets import EditingDialog, FieldError

if TYPE_CHECKING:
    from shopdesk.services.accounts import AccountService

UNLOCK_SECONDS = 5 * 60

# What each audited action is called, on screen and in the audit log (the service stores only the code).
ACTION_TEXTS = {
    "accounts.owner_created": QT_TRANSLATE_NOOP("Roles", "Owner account created"),
    "accounts.staff_added": QT_TRANSLATE_NOOP("Roles", "Staff account added"),
    "accounts.deactivated": QT_TRANSLATE_NOOP("Roles", "Account deactivated"),
    "accounts.reactivated": QT_TRANSLATE_NOOP("Roles", "Account brought back"),
    "accounts.pin_changed": QT_TRANSLATE_NOOP("Roles", "PIN changed"),
    "accounts.pin_refused": QT_TRANSLATE_NOOP("Roles", "Wrong PIN"),
    "accounts.locked": QT_TRANSLATE_NOOP("Roles", "Too many wrong PINs: waiting"),
    "settings.open": QT_TRANSLATE_NOOP("Roles", "Open the shop's settings, backups and accounts"),
    "settings.save": QT_TRANSLATE_NOOP("Roles", "Save the shop settings"),
    "summaries.open": QT_TRANSLATE_NOOP("Roles", "See the revenue summaries"),
    "export.orders": QT_TRANSLATE_NOOP("Roles", "Export the orders"),
    "export.customers": QT_TRANSLATE_NOOP("Roles", "Export the customers"),
    "import.orders": QT_TRANSLATE_NOOP("Roles", "Import orders"),
    "backup.elsewhere": QT_TRANSLATE_NOOP("Roles", "Back up the shop's data outside the backups folder"),
    "backup.delete": QT_TRANSLATE_NOOP("Roles", "Delete a backup"),
    "return.refund": QT_TRANSLATE_NOOP("Roles", "Refund a return"),
    "return.credit": QT_TRANSLATE_NOOP("Roles", "Give store credit for a return"),
    "return.override": QT_TRANSLATE_NOOP("Roles", "Allow a return outside the policy"),
    "returns.policy": QT_TRANSLATE_NOOP("Roles", "Change the return policy"),
    "catalogue.edit": QT_TRANSLATE_NOOP("Roles", "Change the catalogue and prices"),
    "templates.edit": QT_TRANSLATE_NOOP("Roles", "Change message templates"),
    "loyalty.adjust": QT_TRANSLATE_NOOP("Roles", "Adjust a loyalty balance"),
    "restore": QT_TRANSLATE_NOOP("Roles", "Restore a backup"),
}


def action_text(code: str) -> str:
    """The action in the desk's language (a code from a newer shopdesk is shown as it is)."""
    source = ACTION_TEXTS.get(code)
    return QCoreApplication.translate("Roles", source) if source else code


class OwnerGuard(QObject):
    """Asks for the owner's PIN before privileged actions and writes each one to the audit log.

    Once the PIN was right the desk stays unlocked as owner for ``UNLOCK_SECONDS`` or until ``lock()``."""

    unlocked_changed = Signal(bool)

    def __init__(
        self,
        *,
        accounts: AccountService | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._clock = clock
        self._owner: str | None = None
        self._until = 0.0
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self.lock)

    def attach(self, accounts: AccountService | None) -> None:
        """A database was opened (or restored): its accounts decide from now on; the desk is locked."""
        self._accounts = accounts
        self.lock()

    @property
    def accounts(self) -> AccountService | None:
        return self._accounts

    def roles_on(self) -> bool:
        """True once the shop has accounts (before that nothing is asked and nothing is audited)."""
        return self._accounts is not None and self._accounts.has_accounts()

    @property
    def unlocked_as(self) -> str | None:
        """The owner this desk is unlocked as, or None (locked, or the unlock has run out)."""
        if self._owner is not None and self._clock() < self._until:
            return self._owner
        return None

    def unlock_as(self, owner: str) -> None:
        self._owner = owner
        self._until = self._clock() + UNLOCK_SECONDS
        self._expiry.start(UNLOCK_SECONDS * 1000)
        self.unlocked_changed.emit(True)

    def lock(self) -> None:
        was_unlocked = self._owner is not None
        self._owner = None
        self._until = 0.0
        self._expiry.stop()
        if was_unlocked:
            self.unlocked_changed.emit(False)

    def require_owner(
        self,
        parent: QWidget | None,
        action: str,
        details: Mapping[str, object] | None = None,
        *,
        audit: bool = True,
    ) -> bool:
        """True when ``action`` may go ahead: roles are off, the desk is unlocked as owner, or the owner's PIN was
        typed now. Each allowed action is written to the audit log (when roles are on); with ``audit=False`` the
        caller writes it with ``record`` once it knows what the action did."""
        if not self.roles_on():
            return True
        owner = self.unlocked_as
        if owner is None:
            owners = self._accounts.owners()
            if not owners:  # cannot happen through the app: the owner cannot be deactivated
                return False
            verified = PinDialog.ask(parent, accounts=self._accounts, name=owners[0].name, action=action)
            if verified is None:
                return False
            owner = verified.name
            self.unlock_as(owner)
        if audit:
            self._accounts.audit(owner, action, details)
        return True

    def record(self, action: str, details: Mapping[str, object] | None = None) -> None:
        """Write an owner's action that was already allowed (e.g. what an export wrote), when roles are on."""
        owner = self.unlocked_as
        if owner is not None and self._accounts is not None:
            self._accounts.audit(owner, action, details)


def require_owner(
    guard: OwnerGuard | None,
    parent: QWidget | None,
    action: str,
    details: Mapping[str, object] | None = None,
    *,
    audit: bool = True,
) -> bool:
    """``guard.require_owner(...)``, or True for a view built without a guard (tests, the command line's views)."""
    return True if guard is None else guard.require_owner(parent, action, details, audit=audit)


def record(guard: OwnerGuard | None, action: str, details: Mapping[str, object] | None = None) -> None:
    """Write an allowed owner's action to the audit log once done (nothing without a guard or accounts)."""
    if guard is not None:
        guard.record(action, details)


class PinDialog(EditingDialog):
    """Asks for one account's PIN (digits in any script, masked) and checks it; after too many wrong PINs it says
    plainly how long to wait, counting down, and takes no PIN until then."""

    def __init__(self, *, accounts: AccountService, name: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self._accounts = accounts
        self._name = name
        self._action = action
        self.account: AccountRow | None = None
        self._wait_ends = 0.0
        self._error: tuple[str, int] | None = None  # what the error line says, so it follows the language

        self.message = QLabel()
        self.message.setObjectName("pinMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label = QLabel()
        self.name_value = QLabel(safe_single_line(name))
        self.name_value.setTextFormat(Qt.TextFormat.PlainText)
        self.pin_label = QLabel()
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(40)
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
        self.error = FieldError()
        self.error.setObjectName("pinError")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.unlock_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setObjectName("unlock")
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick_timeout)

        form = QFormLayout()
        form.addRow(self.name_label, self.name_value)
        form.addRow(self.pin_label, self.pin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self._retranslate()

    @classmethod
    def ask(cls, parent: QWidget | None, *, accounts: AccountService, name: str, action: str) -> AccountRow | None:
        """The account once its PIN was typed right, or None when the user gave up (patched in tests)."""
        dialog = cls(accounts=accounts, name=name, action=action, parent=parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.account if accepted else None

    # --- slots ------------------------------------------------------------------------------------------------------
    def _on_buttons_accepted(self) -> None:
        try:
            self.account = self._accounts.verify(self._name, self.pin.text())
        except InvalidInput as exc:
            self._show_error("short" if exc.reason in ("empty", "too short") else "digits")
            return
        except TooManyTries as exc:
            self._start_wait(exc.wait_seconds)
            return
        except PinRefused:
            self._show_error("wrong")
            self.pin.clear()
            return
        finally:
            self.pin.setFocus()
        self.accept()

    def _on_tick_timeout(self) -> None:
        left = self._seconds_left()
        if left <= 0:
            self._tick.stop()
            self.unlock_button.setEnabled(True)
            self.pin.setEnabled(True)
            self._show_error(None)
            return
        self._show_error("wait", left)

    # --- helpers ----------------------------------------------------------------------------------------------------
    def _start_wait(self, seconds: int) -> None:
        self._wait_ends = time.monotonic() + seconds
        self.pin.clear()
        self.pin.setEnabled(False)
        self.unlock_button.setEnabled(False)
        self._show_error("wait", seconds)
        self._tick.start()

    def _seconds_left(self) -> int:
        return max(0, int(-(-(self._wait_ends - time.monotonic()) // 1)))

    def _show_error(self, kind: str | None, seconds: int = 0) -> None:
        self._error = (kind, seconds) if kind else None
        self.error.show_message(self._error_text())

    def _error_text(self) -> str:
        if self._error is None:
            return ""
        kind, seconds = self._error
        if kind == "wrong":
            return self.tr("Wrong PIN.")
        if kind == "short":
            return self.tr("A PIN has at least 6 digits.")
        if kind == "digits":
            return self.tr("A PIN is digits only.")
        if seconds > 90:
            minutes = -(-seconds // 60)
            return self.tr("Too many wrong PINs. Try again in %Ln minute(s).", "", minutes)
        return self.tr("Too many wrong PINs. Try again in %Ln second(s).", "", seconds)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Owner's PIN"))
        self.message.setText(self.tr("This needs the owner's PIN: %1.").replace("%1", action_text(self._action)))
        self.name_label.setText(self.tr("Owner"))
        self.pin_label.setText(self.tr("PIN"))
        self.note.setText(self.tr("The desk stays unlocked for 5 minutes, or until you lock it."))
        self.unlock_button.setText(self.tr("Unlock"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.error.show_message(self._error_text())
