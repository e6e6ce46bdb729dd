"""Recording what a customer said about an order: NPS (0-10), CSAT (1-5), a public review, a comment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from shopdesk.services.errors import InvalidInput
from shopdesk.views.widgets import EditingDialog, FieldError, desk_user

if TYPE_CHECKING:
    from shopdesk.services.feedback import FeedbackService
    from shopdesk.views.locale_format import Formatter


class FeedbackDialog(EditingDialog):
    def __init__(
        self, *, feedback: FeedbackService, order_id: int, formatter: Formatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._feedback = feedback
        self._order_id = order_id
        self.nps = QComboBox()
        self.nps.addItem("—", None)
        for score in range(11):
            self.nps.addItem(formatter.integer(score), score)
        self.csat = QComboBox()
        self.csat.addItem("—", None)
        for score in range(1, 6):
            self.csat.addItem(formatter.integer(score), score)
        self.review_site = QLineEdit()
        self.comment = QPlainTextEdit()
        self.comment.setMaximumHeight(90)
        self.error = FieldError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._labels = [QLabel() for _ in range(4)]
        form = QFormLayout(self)
        for label, field in zip(self._labels, (self.nps, self.csat, self.review_site, self.comment), strict=True):
            form.addRow(label, field)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Customer feedback"))
        self._labels[0].setText(self.tr("How likely to recommend us (0-10)"))
        self._labels[1].setText(self.tr("How satisfied (1-5)"))
        self._labels[2].setText(self.tr("Review left on (e.g. Google)"))
        self._labels[3].setText(self.tr("What they said"))

    def save(self) -> bool:
        try:
            self._feedback.record(
                self._order_id,
                nps=self.nps.currentData(),
                csat=self.csat.currentData(),
                review_site=self.review_site.text(),
                comment=self.comment.toPlainText(),
                actor=desk_user(),
            )
        except InvalidInput as exc:
            if exc.field == "feedback":
                self.error.show_message(self.tr("Choose a score, name where a review was left, or write a comment."))
            else:
                self.error.show_message(self.tr("This cannot be saved: %1").replace("%1", exc.reason))
            return False
        self.accept()
        return True
