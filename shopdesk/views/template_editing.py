"""What the editors of the shop's own messages share (printed messages, follow-up messages): a message shown in its
language's direction, buttons that insert a ``$placeholder`` spelled right, and a draft kept for each choice of
message and language while the owner switches between them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QComboBox, QGridLayout, QPushButton, QTextEdit, QWidget

from shopdesk.services.text import isolate_ltr
from shopdesk.views.widgets import EditingDialog


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


class MessageDraftsDialog(EditingDialog):
    """A dialog that edits one message per choice (a document, a kind of follow-up) and language. What was typed
    is kept per choice while the owner switches between them, until saved. A subclass sets ``choice`` and
    ``language`` (combos) and ``text`` (the edit), and writes ``_retranslate``, ``_stored_text`` (the message kept
    for a choice and language, or the default) and ``_show_choice``, which shows ``_drafts.get(key)`` or the
    stored message and sets ``_shown``."""

    choice: QComboBox
    language: QComboBox
    text: QTextEdit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drafts: dict[tuple[str, str], str] = {}
        self._shown: tuple[str, str] | None = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        raise NotImplementedError

    def _show_choice(self) -> None:
        raise NotImplementedError

    def _stored_text(self, key: tuple[str, str]) -> str:
        raise NotImplementedError

    def has_unsaved_changes(self) -> bool:
        """Any message typed, here or under another choice, that differs from the one kept."""
        typed = dict(self._drafts)
        if self._shown is not None:
            typed[self._shown] = self.text.toPlainText()
        return any(text.strip() != self._stored_text(key).strip() for key, text in typed.items())

    def _key(self) -> tuple[str, str]:
        return self.choice.currentData(), self.language.currentData()

    def _on_choice_changed(self, _index: int) -> None:
        if None in self._key() or self._key() == self._shown:
            return  # a combo being refilled after a language switch
        if self._shown is not None:
            self._drafts[self._shown] = self.text.toPlainText()
        self._show_choice()

    def _insert_placeholder(self, name: str) -> None:
        self.text.insertPlainText(f"${name}")
        self.text.setFocus()
