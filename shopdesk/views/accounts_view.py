"""Settings → Accounts: create the owner (which turns roles on), add and deactivate staff, change PINs, and read
the audit log (when, in the desk's calendar and digits; who; what). Everything here but creating the first owner
needs the owner's PIN (through the window's ``OwnerGuard``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.account_records import AccountRow, AuditRow
from shopdesk.services.errors import InvalidInput, NotFound
from shopdesk.services.text import isolate_ltr, safe_single_line
from shopdesk.views.locale_format import Formatter
from shopdesk.views.roles import OwnerGuard, action_text, require_owner
from shopdesk.views.widgets import FieldError, IsolatingDelegate

if TYPE_CHECKING:
    from shopdesk.services.accounts import AccountService

AUDIT_ROWS = 200


def pin_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(40)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
    return edit


class PinPair(QWidget):
    """A PIN typed twice, with the message under it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pin = pin_edit(name)
        self.again = pin_edit(name + "Again")
        self.error = FieldError()
        self.pin_label, self.again_label = QLabel(), QLabel()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.pin_label, self.pin)
        form.addRow(self.again_label, self.again)
        form.addRow(self.error)

    def clear(self) -> None:
        self.pin.clear()
        self.again.clear()


class AccountsView(QWidget):
    accounts_changed = Signal()

    def __init__(self, *, guard: OwnerGuard, formatter: Callable[[], Formatter], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsView")
        self._guard = guard
        self._formatter = formatter
        self._accounts: AccountService | None = None
        self._rows: list[AccountRow] = []
        self._audit: list[AuditRow] = []
        self._errors: dict[FieldError, tuple[str, str]] = {}  # shown messages, re-worded on a language change

        # No accounts yet: create the owner.
        self.owner_box = QGroupBox()
        self.owner_intro = QLabel()
        self.owner_intro.setWordWrap(True)
        self.owner_name = QLineEdit()
        self.owner_name.setObjectName("ownerName")
        self.owner_name.setMaxLength(64)
        self.owner_name_label = QLabel()
        self.owner_name_error = FieldError()
        self.owner_pin = PinPair("ownerPin")
        self.create_owner_button = QPushButton()
        self.create_owner_button.setObjectName("createOwner")
        owner_form = QFormLayout()
        owner_form.addRow(self.owner_name_label, self.owner_name)
        owner_form.addRow(self.owner_name_error)
        owner_layout = QVBoxLayout(self.owner_box)
        owner_layout.addWidget(self.owner_intro)
        owner_layout.addLayout(owner_form)
        owner_layout.addWidget(self.owner_pin)
        owner_layout.addWidget(self.create_owner_button, 0, Qt.AlignmentFlag.AlignLeading)

        # Accounts exist: the list, staff, PINs.
        self.accounts_box = QGroupBox()
        self.roles_note = QLabel()
        self.roles_note.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("accountsTable")
        self.table.setItemDelegate(IsolatingDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(150)
        self.active_button = QPushButton()
        self.active_button.setObjectName("deactivate")
        self.change_pin_label = QLabel()
        self.new_pin = PinPair("newPin")
        self.change_pin_button = QPushButton()
        self.change_pin_button.setObjectName("changePin")
        self.staff_name = QLineEdit()
        self.staff_name.setObjectName("staffName")
        self.staff_name.setMaxLength(64)
        self.staff_name_label = QLabel()
        self.staff_name_error = FieldError()
        self.staff_pin = PinPair("staffPin")
        self.add_staff_button = QPushButton()
        self.add_staff_button.setObjectName("addStaff")
        self.add_staff_box = QGroupBox()
        self.change_pin_box = QGroupBox()

        staff_form = QFormLayout()
        staff_form.addRow(self.staff_name_label, self.staff_name)
        staff_form.addRow(self.staff_name_error)
        staff_layout = QVBoxLayout(self.add_staff_box)
        staff_layout.addLayout(staff_form)
        staff_layout.addWidget(self.staff_pin)
        staff_layout.addWidget(self.add_staff_button, 0, Qt.AlignmentFlag.AlignLeading)
        pin_layout = QVBoxLayout(self.change_pin_box)
        pin_layout.addWidget(self.change_pin_label)
        pin_layout.addWidget(self.new_pin)
        pin_layout.addWidget(self.change_pin_button, 0, Qt.AlignmentFlag.AlignLeading)
        pin_layout.addStretch(1)
        boxes = QHBoxLayout()
        boxes.addWidget(self.add_staff_box)
        boxes.addWidget(self.change_pin_box)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.active_button)
        list_buttons.addStretch(1)
        accounts_layout = QVBoxLayout(self.accounts_box)
        accounts_layout.addWidget(self.roles_note)
        accounts_layout.addWidget(self.table)
        accounts_layout.addLayout(list_buttons)
        accounts_layout.addLayout(boxes)

        self.audit_box = QGroupBox()
        self.audit_table = QTableWidget(0, 4)
        self.audit_table.setObjectName("auditTable")
        self.audit_table.setItemDelegate(IsolatingDelegate(self.audit_table))
        self.audit_table.verticalHeader().hide()
        self.audit_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.audit_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.audit_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.audit_table.horizontalHeader().setStretchLastSection(True)
        audit_layout = QVBoxLayout(self.audit_box)
        audit_layout.addWidget(self.audit_table)

        self.audit_table.setMinimumHeight(220)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.owner_box)
        layout.addWidget(self.accounts_box)
        layout.addWidget(self.audit_box, 1)
        layout.addStretch(0)
        scroll = QScrollArea()  # the tab scrolls rather than making the window taller
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setEnabled(False)

        self.create_owner_button.clicked.connect(self.create_owner)
        self.add_staff_button.clicked.connect(self.add_staff)
        self.change_pin_button.clicked.connect(self.change_pin)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self._retranslate()
        self._show_mode(has_accounts=False)

    def attach(self, accounts: AccountService) -> None:
        self._accounts = accounts
        self.setEnabled(True)
        self.refresh()

    def refresh(self) -> None:
        if self._accounts is None:
            return
        self._rows = self._accounts.accounts()
        self._show_mode(has_accounts=bool(self._rows))
        if not self._rows:
            return
        selected = self._selected()
        self.table.setRowCount(len(self._rows))
        for row, account in enumerate(self._rows):
            self._fill_account_row(row, account)
            if selected is not None and account.name == selected.name:
                self.select_row(row)
        self._audit = self._accounts.audit_log(AUDIT_ROWS)
        self._fill_audit()
        self._on_table_item_selection_changed()

    def set_formatter(self) -> None:
        if self._rows:
            for row, account in enumerate(self._rows):
                self._fill_account_row(row, account)
            self._fill_audit()

    # --- actions -------------------------------------------------------------------------------------------------
    def create_owner(self) -> bool:
        """The first account: the owner. Roles are on from now on, and this desk is unlocked as the new owner."""
        if self._accounts is None:
            return False
        self._clear(self.owner_name_error, self.owner_pin.error)
        pin = self._pin_twice(self.owner_pin)
        if pin is None:
            return False
        try:
            owner = self._accounts.create_owner(self.owner_name.text(), pin)
        except InvalidInput as exc:
            self._show_invalid(exc, self.owner_name_error, self.owner_pin.error)
            return False
        self.owner_name.clear()
        self.owner_pin.clear()
        self._guard.unlock_as(owner.name)
        self.refresh()
        self.accounts_changed.emit()
        return True

    def add_staff(self) -> bool:
        if self._accounts is None:
            return False
        self._clear(self.staff_name_error, self.staff_pin.error)
        pin = self._pin_twice(self.staff_pin)
        if pin is None or not require_owner(self._guard, self, "accounts.staff_added", audit=False):
            return False
        try:
            self._accounts.add_staff(self.staff_name.text(), pin, by=self._guard.unlocked_as or "")
        except InvalidInput as exc:
            self._show_invalid(exc, self.staff_name_error, self.staff_pin.error)
            return False
        self.staff_name.clear()
        self.staff_pin.clear()
        self.refresh()
        self.accounts_changed.emit()
        return True

    def change_pin(self) -> bool:
        account = self._selected()
        if self._accounts is None or account is None:
            return False
        self._clear(self.new_pin.error)
        pin = self._pin_twice(self.new_pin)
        if pin is None or not require_owner(self._guard, self, "accounts.pin_changed", audit=False):
            return False
        try:
            self._accounts.change_pin(account.name, pin, by=self._guard.unlocked_as or "")
        except (InvalidInput, NotFound) as exc:
            self._show_invalid(exc, self.new_pin.error, self.new_pin.error)
            return False
        self.new_pin.clear()
        self._say(self.new_pin.error, "pin changed")
        self.refresh()
        return True

    def toggle_active(self) -> bool:
        account = self._selected()
        if self._accounts is None or account is None or account.role == "owner":
            return False
        action = "accounts.deactivated" if account.active else "accounts.reactivated"
        if not require_owner(self._guard, self, action, audit=False):
            return False
        self._accounts.set_active(account.name, not account.active, by=self._guard.unlocked_as or "")
        self.refresh()
        self.accounts_changed.emit()
        return True

    def select_row(self, row: int) -> None:
        """Select an account's row. Not ``selectRow``: right to left, Qt looks for the column at the viewport's far
        edge, finds none and selects nothing."""
        index = self.table.model().index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)

    # --- helpers -------------------------------------------------------------------------------------------------
    def _selected(self) -> AccountRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows and rows[0].row() < len(self._rows) else None

    def _on_table_item_selection_changed(self) -> None:
        account = self._selected()
        self.active_button.setEnabled(account is not None and account.role != "owner")
        self.change_pin_button.setEnabled(account is not None)
        self.active_button.setText(
            self.tr("Bring back") if account is not None and not account.active else self.tr("Deactivate")
        )
        self.change_pin_label.setText(
            self.tr("New PIN for %1").replace("%1", safe_single_line(account.name))
            if account is not None
            else self.tr("Choose an account in the list to change its PIN.")
        )

    def _pin_twice(self, pair: PinPair) -> str | None:
        if pair.pin.text() != pair.again.text():
            self._say(pair.error, "pins differ")
            return None
        return pair.pin.text()

    def _show_invalid(self, exc: Exception, name_error: FieldError, pin_error: FieldError) -> None:
        if isinstance(exc, NotFound):
            self._say(pin_error, "not found")
        elif exc.field == "pin":
            self._say(pin_error, exc.reason)
        else:
            self._say(name_error, "too long name" if exc.reason == "too long" else exc.reason)

    def _say(self, error: FieldError, reason: str) -> None:
        self._errors[error] = reason
        error.show_message(self._reason_text(reason))
        error.setStyleSheet("color: palette(text);" if reason == "pin changed" else "color: #b00020;")

    def _clear(self, *errors: FieldError) -> None:
        for error in errors:
            self._errors.pop(error, None)
            error.show_message("")

    def _reason_text(self, reason: str) -> str:
        return {
            "pins differ": self.tr("The two PINs are not the same."),
            "empty": self.tr("Type a PIN of at least 6 digits."),
            "too short": self.tr("A PIN has at least 6 digits."),
            "too long": self.tr("A PIN has at most 32 digits."),
            "not digits": self.tr("A PIN is digits only."),
            "required": self.tr("Type a name."),
            "too long name": self.tr("The name is too long."),
            "taken": self.tr("Another account already has this name."),
            "owner exists": self.tr("The shop already has an owner."),
            "not found": self.tr("This account no longer exists."),
            "pin changed": self.tr("The PIN is changed."),
        }.get(reason, reason)

    def _show_mode(self, *, has_accounts: bool) -> None:
        self.owner_box.setVisible(not has_accounts)
        self.accounts_box.setVisible(has_accounts)
        self.audit_box.setVisible(has_accounts)

    def _fill_account_row(self, row: int, account: AccountRow) -> None:
        f = self._formatter()
        role = self.tr("Owner") if account.role == "owner" else self.tr("Staff")
        state = self.tr("Active") if account.active else self.tr("Deactivated")
        for column, text in enumerate((account.name, role, state, f.date(account.created_at.date()))):
            _set_cell(self.table, row, column, text)

    def _fill_audit(self) -> None:
        f = self._formatter()
        self.audit_table.setRowCount(len(self._audit))
        for row, entry in enumerate(self._audit):
            details = self._details_text(entry.details, f)
            texts = (f.datetime(entry.at), entry.account, action_text(entry.action), details)
            for column, text in enumerate(texts):
                _set_cell(self.audit_table, row, column, text)

    def _details_text(self, details: dict, f: Formatter) -> str:
        """An entry's details in words: known facts named and formatted, anything else as it was stored."""
        details = dict(details)
        parts = []
        if isinstance(details.get("amount_minor"), int) and details.get("currency"):
            amount = f.money(details.pop("amount_minor"), str(details.pop("currency")))
            parts.append(self.tr("Amount: %1").replace("%1", amount))
        labels = {
            "return": self.tr("Return %1"),
            "order": self.tr("Order %1"),
            "rows": self.tr("Rows: %1"),
            "tries": self.tr("Wrong PINs in a row: %1"),
            "seconds": self.tr("Wait: %1 s"),
            "carried": self.tr("Entries kept from after the backup: %1"),
        }
        files = {  # a restore's: the backup put in place, and the file that keeps the state (and the log) before
            "backup": self.tr("Backup restored: %1"),
            "saved_as": self.tr("The state before is in: %1"),
        }
        for key, label in files.items():
            if isinstance(details.get(key), str) and details[key]:
                parts.append(label.replace("%1", isolate_ltr(details.pop(key))))
        for key, label in labels.items():
            if isinstance(details.get(key), int):
                parts.append(label.replace("%1", f.integer(details.pop(key))))
        parts += [f"{key}: {value}" for key, value in details.items()]
        return " · ".join("\u2068" + str(part) + "\u2069" for part in parts)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.owner_box.setTitle(self.tr("Roles are off"))
        self.owner_intro.setText(
            self.tr(
                "There are no accounts yet, so anyone at this desk can do everything and no PIN is asked. Create "
                "the owner's account to keep refunds, prices, messages, settings, exports, imports and summaries "
                "behind the owner's PIN; staff can still take orders, pack and print."
            )
        )
        self.owner_name_label.setText(self.tr("Owner's name"))
        self.create_owner_button.setText(self.tr("Create the owner's account"))
        self.accounts_box.setTitle(self.tr("Accounts"))
        self.roles_note.setText(
            self.tr(
                "Refunds, prices, messages, settings, exports, imports and summaries need the owner's PIN. "
                "After 5 wrong PINs an account waits before it can try again."
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("State"), self.tr("Since")])
        self.add_staff_box.setTitle(self.tr("Add staff"))
        self.staff_name_label.setText(self.tr("Name"))
        self.add_staff_button.setText(self.tr("Add staff"))
        self.change_pin_box.setTitle(self.tr("Change a PIN"))
        self.change_pin_button.setText(self.tr("Change PIN"))
        for pair in (self.owner_pin, self.staff_pin, self.new_pin):
            pair.pin_label.setText(self.tr("PIN (at least 6 digits)"))
            pair.again_label.setText(self.tr("PIN again"))
        self.audit_box.setTitle(self.tr("Audit log (newest first)"))
        self.audit_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")]
        )
        for error, reason in self._errors.items():
            error.show_message(self._reason_text(reason))
        self._on_table_item_selection_changed()
        if self._rows:
            self.set_formatter()


def _set_cell(table: QTableWidget, row: int, column: int, text: str) -> None:
    """Re-worded in place (a new item would drop the selection on a language change)."""
    item = table.item(row, column)
    if item is None:
        table.setItem(row, column, QTableWidgetItem(text))
    else:
        item.setText(text)
