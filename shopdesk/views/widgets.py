"""Small reusable widgets: inputs that accept digits typed in any script, a labelled error line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
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


def desk_user() -> str:
    """Who is at this desk, for the history of returns and store credit (accounts come with roles)."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
