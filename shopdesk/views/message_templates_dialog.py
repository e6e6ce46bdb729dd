"""The shop's own messages for printed documents, per document and language: edited, checked, saved, previewed.

Placeholders are inserted with a click so they are spelled right; a template that cannot be used says why next
to the text and keeps everything typed. Drafts of every document and language are kept while the dialog is
open, so switching to another one loses nothing.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.errors import InvalidInput
from shopdesk.services.print_requests import LANGUAGES
from shopdesk.services.printing import DOCUMENTS
from shopdesk.services.printing.templates import PLACEHOLDERS
from shopdesk.views.labels import LANGUAGE_NAMES
from shopdesk.views.print_texts import document_text
from shopdesk.views.roles import OwnerGuard, record, require_owner
from shopdesk.views.template_editing import MessageDraftsDialog, placeholder_buttons, set_message_text
from shopdesk.views.widgets import FieldError, fill_combo

if TYPE_CHECKING:
    from shopdesk.services.print_studio import PrintService
    from shopdesk.views.preferences import DisplayPreferences


_PREVIEW = QSize(280, 400)


class MessageTemplatesDialog(MessageDraftsDialog):
    def __init__(
        self,
        *,
        prints: PrintService,
        display_for: Callable[[str], DisplayPreferences],
        language: str,
        guard: OwnerGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._prints = prints
        self._guard = guard  # the shop's messages need the owner once the shop has accounts
        self._display_for = display_for
        self._previews = 0
        self._folder = tempfile.TemporaryDirectory(prefix="shopdesk-template-")
        self.document = QComboBox()
        self.choice = self.document  # the message chosen, with the language (MessageDraftsDialog)
        self.language = QComboBox()
        self.text = QTextEdit()  # not QPlainTextEdit: it ignores a paragraph's set direction
        self.text.setAcceptRichText(False)
        self.text.setMinimumHeight(110)
        self.error = FieldError()
        self.saved_note = QLabel()
        grid, self.placeholder_buttons = placeholder_buttons(PLACEHOLDERS, self._insert_placeholder)
        self.default_button = QPushButton()
        self.default_button.setAutoDefault(False)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.pdf = QPdfDocument(self)
        self.preview = QLabel()  # the sample page as a picture
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(QSize(_PREVIEW.width() + 8, _PREVIEW.height() + 8))
        self.preview.setStyleSheet("background: #9a9a9a;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self._labels = [QLabel(), QLabel(), QLabel()]
        self.form.addRow(self._labels[0], self.document)
        self.form.addRow(self._labels[1], self.language)
        editor = QVBoxLayout()
        editor.addLayout(self.form)
        editor.addWidget(self.text)
        editor.addWidget(self.error)
        editor.addWidget(self._labels[2])
        editor.addLayout(grid)
        actions = QHBoxLayout()
        actions.addWidget(self.default_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        editor.addLayout(actions)
        editor.addWidget(self.saved_note)
        editor.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(editor, 3)
        body.addWidget(self.preview, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.buttons)

        self._retranslate()
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.document.currentIndexChanged.connect(self._on_choice_changed)
        self.language.currentIndexChanged.connect(self._on_choice_changed)
        self.save_button.clicked.connect(self.save)
        self.default_button.clicked.connect(self._on_default_clicked)
        self._show_choice()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Printed messages"))
        self._labels[0].setText(self.tr("Document"))
        self._labels[1].setText(self.tr("Language"))
        self._labels[2].setText(self.tr("Click to insert a detail of the order:"))
        self.default_button.setText(self.tr("Use the default message"))
        self.save_button.setText(self.tr("Save and preview"))
        documents = {"inserts": self.tr("Packing inserts"), "notes": self.tr("Thank-you notes")}
        fill_combo(self.document, DOCUMENTS, documents.__getitem__)
        fill_combo(self.language, LANGUAGES, LANGUAGE_NAMES.__getitem__)

    def _show_choice(self) -> None:
        key = self._key()
        text = self._drafts[key] if key in self._drafts else self._stored_text(key)
        self._shown = key
        self._set_text(text)
        self.error.show_message("")
        self.saved_note.setText("")
        self._preview(text)

    def _stored_text(self, key: tuple[str, str]) -> str:
        own = self._prints.message_template(*key)
        return own if own is not None else self._text_for(key[1]).messages[key[0]]

    def _text_for(self, language: str):  # noqa: ANN202
        return document_text(self._display_for(language))

    def _on_default_clicked(self) -> None:
        document, language = self._key()
        self._set_text(self._text_for(language).messages[document])

    def _set_text(self, text: str) -> None:
        set_message_text(self.text, text, self._key()[1])

    def save(self) -> bool:
        """Check and store the message, then preview it; a message that cannot be used says why and stays."""
        document, language = self._key()
        text = self.text.toPlainText()
        default = self._text_for(language).messages[document]
        if not require_owner(self._guard, self, "templates.edit", audit=False):
            return False
        try:
            self._prints.save_message_template(document, language, "" if text.strip() == default else text)
        except InvalidInput as exc:
            self.error.show_message(self._reason(exc))
            self.saved_note.setText("")
            return False
        record(self._guard, "templates.edit", {"document": document, "language": language})
        self.error.show_message("")
        self._drafts.pop((document, language), None)
        self.saved_note.setText(self.tr("Saved. The preview shows it on an invented order."))
        self._preview(text)
        return True

    def _preview(self, text: str) -> None:
        document, language = self._key()
        self._previews += 1
        out = Path(self._folder.name) / f"sample-{self._previews}.pdf"
        try:
            self._prints.sample_pdf(document, self._text_for(language), text, out)
        except InvalidInput as exc:
            self.error.show_message(self._reason(exc))
            return
        except (OSError, ValueError) as exc:  # e.g. a logo stored before logos were checked, that will not open
            self.error.show_message(self.tr("The preview could not be made: %1").replace("%1", str(exc)))
            return
        self.pdf.close()
        self.pdf.load(str(out))
        page = self.pdf.pagePointSize(0)
        scale = min(_PREVIEW.width() / page.width(), _PREVIEW.height() / page.height())
        size = QSize(round(page.width() * scale), round(page.height() * scale))
        paper = QImage(size, QImage.Format.Format_RGB32)
        paper.fill(Qt.GlobalColor.white)  # pages render on a transparent background
        painter = QPainter(paper)
        painter.drawImage(0, 0, self.pdf.render(0, size))
        painter.end()
        self.preview.setPixmap(QPixmap.fromImage(paper))

    def _reason(self, exc: InvalidInput) -> str:
        if exc.reason == "unknown placeholder":
            return self.tr("%1 is not a detail shopdesk knows; use the buttons below.").replace("%1", exc.value)
        if exc.reason == "too long":
            return self.tr("The message is too long for a printed card (2,000 characters at most).")
        return self.tr("A $ must start a detail such as $first_name; write $$ for a dollar sign.")
