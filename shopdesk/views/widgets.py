"""Small reusable widgets: inputs that accept digits typed in any script, a labelled error line, and the base of
every dialog that edits (it asks before throwing away what was typed)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QShowEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QTableWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.errors import InvalidInput
from shopdesk.services.numbers import parse_decimal
from shopdesk.views.labels import LANGUAGE_NAMES


class AnyDigitsValidator(QValidator):
    """Accepts numbers typed with Western, Arabic-Indic or Persian digits (``۱۲٫۵``, ``١٢٫٥``, ``12.5``)."""

    def validate(self, text: str, pos: int):  # noqa: ANN201
        if not text.strip() or text.strip() in "-+.\u066b":
            return QValidator.State.Intermediate, text, pos
        try:
            parse_decimal(text)
        except InvalidInput:
            return QValidator.State.Intermediate, text, pos  # kept as typed; the form says why
        return QValidator.State.Acceptable, text, pos


class NumberLineEdit(QLineEdit):
    """A line edit for numbers and money; ``value()`` gives a ``Decimal`` whatever digits were typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(AnyDigitsValidator(self))

    def value(self):  # noqa: ANN201
        return parse_decimal(self.text())


class FieldError(QLabel):
    """The message shown next to a field that holds a value we cannot use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed, markup included
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class IsolatingDelegate(QStyledItemDelegate):
    """Draws each cell's text as a Unicode isolate (U+2068 … U+2069), so a Latin phrase in a right-to-left table
    keeps its full stop and brackets where they belong, and an Arabic name in a left-to-right table reads
    right-to-left. Only the drawing changes; what is stored and edited stays exactly as typed."""

    def initStyleOption(self, option, index) -> None:  # noqa: ANN001
        super().initStyleOption(option, index)
        if option.text and not option.text.startswith("\u2068"):
            option.text = "\u2068" + option.text + "\u2069"


def fit_menu_button(button: QPushButton) -> None:
    """A button that opens a menu, wide enough for its words and the menu's arrow in every language: the style's
    size hint leaves the arrow no room in Arabic and Persian ("تعيين المحدد كـ…" was cut). Call after setText."""
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 2 * arrow + 32)


def stacked(*widgets: QWidget) -> QWidget:
    """Widgets one above the other with no margins: a field and the message under it."""
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    for widget in widgets:
        box.addWidget(widget)
    return holder


def side_by_side(*widgets: QWidget) -> QWidget:
    """Widgets in a row from the leading edge (mirrored in right-to-left languages)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return holder


def fill_combo(combo: QComboBox, values, text, *, everything: str | None = None) -> None:  # noqa: ANN001
    """(Re)fill a combo box with ``values`` shown as ``text(value)``, optionally after an "all" entry (data None),
    keeping the current choice (used again on every language change)."""
    current = combo.currentData()
    combo.clear()
    if everything is not None:
        combo.addItem(everything, None)
    for value in values:
        combo.addItem(text(value), value)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)


def fill_language_combo(combo: QComboBox, chosen: str) -> None:
    """The three languages, each named in itself, with ``chosen`` selected."""
    fill_combo(combo, tuple(LANGUAGE_NAMES), LANGUAGE_NAMES.__getitem__)
    combo.setCurrentIndex(combo.findData(chosen))


def open_owned(owner: QWidget, attribute: str, dialog: QDialog) -> None:
    """Open a dialog that deletes itself on close, kept as ``owner.<attribute>`` while it is open (tests and
    callers reach it there) and set back to None when it closes, so nothing touches a deleted dialog."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _result: setattr(owner, attribute, None))
    setattr(owner, attribute, dialog)
    dialog.open()


class EditingDialog(QDialog):
    """The base of every dialog that edits. Escape, Cancel (wired to ``reject``) and the window's close button ask
    "Discard the changes?" when something was typed since the dialog opened (Keep editing is the default); an
    untouched dialog closes at once. Saving goes through ``accept`` and never asks.

    What counts as typed: every editor's value (line and text edits, combo boxes, check boxes, spin and date boxes,
    table cells, checkable list items), remembered when the dialog is first shown, so typing something and
    deleting it again is no change. A dialog that saves and stays open calls ``remember_entries()`` after saving;
    one whose edits are kept elsewhere (drafts per choice, rows marked as changed) overrides
    ``has_unsaved_changes()``."""

    _entries: list[tuple[QWidget, object]] | None = None

    def showEvent(self, event: QShowEvent) -> None:
        if self._entries is None:
            self.remember_entries()
        super().showEvent(event)

    def remember_entries(self) -> None:
        """What is in the editors now is what "no changes" means from here on."""
        self._entries = [(widget, _entered_value(widget)) for widget in _editors(self)]

    def has_unsaved_changes(self) -> bool:
        if self._entries is None:
            return False  # never shown: nothing was typed
        # Editors gone since (the rows of another order, which shows in the order number typed) are not counted.
        if any(shiboken6.isValid(widget) and _entered_value(widget) != value for widget, value in self._entries):
            return True
        # Nor are editors made since (a calendar popup), unless typed in: a table cell's editor still open.
        known = {widget for widget, _value in self._entries}
        return any(
            widget not in known and isinstance(widget, QLineEdit) and widget.isModified() for widget in _editors(self)
        )

    def ask_discard(self) -> bool:
        """True when the user chose to discard what was typed (tests answer it)."""
        box, discard = discard_question(self)
        box.exec()
        return box.clickedButton() is discard

    def reject(self) -> None:
        if self.has_unsaved_changes() and not self.ask_discard():
            return  # Keep editing: the dialog stays open with everything typed
        super().reject()

    def close_without_asking(self) -> None:
        """Close, throwing away what was typed, for a program that filled the dialog itself (screenshots)."""
        super().reject()


_DISCARD_TEXTS = (
    QT_TRANSLATE_NOOP("EditingDialog", "Discard the changes?"),
    QT_TRANSLATE_NOOP("EditingDialog", "What you typed here has not been saved."),
    QT_TRANSLATE_NOOP("EditingDialog", "Discard"),
    QT_TRANSLATE_NOOP("EditingDialog", "Keep editing"),
)


def discard_question(parent: QWidget) -> tuple[QMessageBox, QAbstractButton]:
    """The question asked before an editing dialog throws away what was typed, and its Discard button."""
    question, note, discard_text, keep_text = (QCoreApplication.translate("EditingDialog", t) for t in _DISCARD_TEXTS)
    box = QMessageBox(QMessageBox.Icon.Question, parent.windowTitle(), question, parent=parent)
    box.setInformativeText(note)
    discard = box.addButton(discard_text, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(keep_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box, discard


def _editors(dialog: QWidget) -> list[QWidget]:
    """The widgets of a dialog that hold something typed or chosen, each once."""
    found = []
    for widget in dialog.findChildren(QWidget):
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(parent, (QAbstractSpinBox, QComboBox)):
            continue  # the box's own text field: the box is counted
        if _inside(widget, QCalendarWidget):
            continue  # a date box's calendar popup: the date box is counted
        if _entered_value(widget) is not _NOT_AN_EDITOR:
            found.append(widget)
    return found


def _inside(widget: QWidget, kind: type) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kind):
            return True
        parent = parent.parentWidget()
    return False


_NOT_AN_EDITOR = object()


def _entered_value(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit | QAbstractSpinBox | QPlainTextEdit | QTextEdit) and widget.isReadOnly():
        return _NOT_AN_EDITOR  # shown, never typed in
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):  # the text only when typed: a chosen item's text follows the language
        return widget.currentIndex(), widget.currentText() if widget.isEditable() else None
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else _NOT_AN_EDITOR
    if isinstance(widget, QTableWidget):
        if widget.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers:
            return _NOT_AN_EDITOR  # a table that only shows (a history, a preview)
        return tuple(
            (item.text(), item.data(Qt.ItemDataRole.CheckStateRole)) if item is not None else None
            for row in range(widget.rowCount())
            for column in range(widget.columnCount())
            for item in (widget.item(row, column),)
        )
    if isinstance(widget, QListWidget):
        return tuple(widget.item(row).data(Qt.ItemDataRole.CheckStateRole) for row in range(widget.count()))
    return _NOT_AN_EDITOR


def ask_yes_no(parent: QWidget, title: str, question: str) -> bool:
    """A Yes/No question; the question is shown as plain text (names are quoted as typed, markup included)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box.exec() == QMessageBox.StandardButton.Yes


def desk_user() -> str:
    """Who is at this desk, for the history of returns and store credit (accounts come with roles)."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
