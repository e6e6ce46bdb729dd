"""What the editors of the shop's own messages share (printed messages, follow-up messages): a message shown in its
language's direction, and buttons that insert a ``$placeholder`` spelled right."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QGridLayout, QPushButton, QTextEdit

from shopdesk.services.text import isolate_ltr


def set_message_text(edit: QTextEdit, text: str, language: str) -> None:
    """Show a message in its language's direction, as it will be read (not guessed from its first letter, which
    may be the Latin of a placeholder such as $first_name). A ``QTextEdit``: ``QPlainTextEdit`` ignores a
    paragraph's set direction."""
    edit.setPlainText(text)
    rtl = language in ("ar", "fa")
    cursor = edit.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    block = QTextBlockFormat()
    block.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    block.setAlignment(
        Qt.AlignmentFlag.AlignAbsolute | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    )
    cursor.mergeBlockFormat(block)
    cursor.clearSelection()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)


def placeholder_buttons(
    names: Sequence[str], insert: Callable[[str], None], *, columns: int = 3
) -> tuple[QGridLayout, dict[str, QPushButton]]:
    """A grid of buttons, one per placeholder, each calling ``insert(name)``."""
    grid = QGridLayout()
    buttons: dict[str, QPushButton] = {}
    for index, name in enumerate(names):
        button = QPushButton(isolate_ltr(f"${name}"))  # reads "$first_name" in a right-to-left dialog too
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False, n=name: insert(n))
        buttons[name] = button
        grid.addWidget(button, index // columns, index % columns)
    return grid, buttons
