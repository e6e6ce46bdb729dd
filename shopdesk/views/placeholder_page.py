"""An honest page for an area that is not built yet: it says what will come, and shows nothing fake."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingSoonPage(QWidget):
    def __init__(self, *, title: Callable[[], str], description: Callable[[], str], parent: QWidget | None = None):
        super().__init__(parent)
        self._title_text = title
        self._description_text = description
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.notice = QLabel()
        self.notice.setObjectName("comingSoon")
        self.notice.setStyleSheet("font-weight: bold; color: #8a5a00;")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.notice)
        layout.addWidget(self.description)
        layout.addStretch(1)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self._title_text())
        self.notice.setText(self.tr("Coming soon: this area is not built yet."))
        self.description.setText(self._description_text())
