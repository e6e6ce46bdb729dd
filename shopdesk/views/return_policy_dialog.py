"""The shop's return policy: the window in days, a restocking fee per reason, which resolutions are offered, the
condition items must be in, and the policy in plain words per language (printed on return slips)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.errors import InvalidInput
from shopdesk.services.return_rules import REASONS, RESOLUTIONS, ReturnPolicy
from shopdesk.services.shop_settings import MAX_RETURN_DAYS
from shopdesk.views.labels import LANGUAGE_NAMES, reason_text
from shopdesk.views.widgets import EditingDialog, FieldError

if TYPE_CHECKING:
    from shopdesk.services.returns import ReturnService
    from shopdesk.views.locale_format import Formatter


class ReturnPolicyDialog(EditingDialog):
    def __init__(self, *, returns: ReturnService, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._returns = returns
        self.policy = returns.policy()
        self.window_days = QSpinBox()
        self.window_days.setRange(0, MAX_RETURN_DAYS)
        self.window_days.setLocale(formatter.locale)
        self.window_days.setValue(self.policy.window_days)
        self.fees: dict[str, QSpinBox] = {}
        self.fee_box = QGroupBox()
        fee_form = QFormLayout(self.fee_box)
        self._fee_labels: dict[str, QLabel] = {}
        for reason in self.policy.reasons:
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setLocale(formatter.locale)
            spin.setValue(self.policy.restocking_percent.get(reason, 0))
            self.fees[reason] = spin
            self._fee_labels[reason] = QLabel()
            fee_form.addRow(self._fee_labels[reason], spin)
        self.resolution_boxes = {name: QCheckBox() for name in RESOLUTIONS}
        for name, box in self.resolution_boxes.items():
            box.setChecked(name in self.policy.resolutions)
        self.condition = QLineEdit(self.policy.condition)
        self.own_reasons = QPlainTextEdit("\n".join(r for r in self.policy.reasons if r not in REASONS))
        self.own_reasons.setMaximumHeight(70)
        self.texts = QTabWidget()
        self.text_edits: dict[str, QTextEdit] = {}
        for language in ("ar", "fa", "en"):
            edit = QTextEdit()
            edit.setAcceptRichText(False)
            edit.setPlainText(self.policy.texts.get(language, ""))
            if language in ("ar", "fa"):
                edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
                option = edit.document().defaultTextOption()
                option.setTextDirection(Qt.LayoutDirection.RightToLeft)
                edit.document().setDefaultTextOption(option)
            self.text_edits[language] = edit
            self.texts.addTab(edit, LANGUAGE_NAMES[language])
        self.error = FieldError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self._labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        form.addRow(self._labels[0], self.window_days)
        resolutions = QHBoxLayout()
        for box in self.resolution_boxes.values():
            resolutions.addWidget(box)
        resolutions.addStretch(1)
        form.addRow(self._labels[1], resolutions)
        form.addRow(self._labels[2], self.condition)
        self._reasons_label = QLabel()
        form.addRow(self._reasons_label, self.own_reasons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fee_box)
        layout.addWidget(self._labels[3])
        layout.addWidget(self.texts, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._retranslate()
        self.resize(620, 640)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Return policy"))
        self._labels[0].setText(self.tr("Days to return, from delivery (0: no limit)"))
        self._labels[1].setText(self.tr("Offered"))
        self._labels[2].setText(self.tr("Items must be"))
        self._labels[3].setText(self.tr("The policy in plain words (printed on return slips; $return_days fills in):"))
        self.condition.setPlaceholderText(self.tr("e.g. unused, in the original packaging"))
        self.fee_box.setTitle(self.tr("Restocking fee kept, by reason"))
        self._reasons_label.setText(self.tr("Your own reasons (one a line)"))
        self.own_reasons.setPlaceholderText(self.tr("e.g. Arrived late"))
        for reason, label in self._fee_labels.items():
            label.setText(reason_text(reason))
        words = {"refund": self.tr("Refund"), "credit": self.tr("Store credit"), "exchange": self.tr("Exchange")}
        for name, box in self.resolution_boxes.items():
            box.setText(words[name])

    def save(self) -> bool:
        policy = ReturnPolicy(
            window_days=self.window_days.value(),
            restocking_percent={reason: spin.value() for reason, spin in self.fees.items() if spin.value()},
            resolutions=tuple(name for name, box in self.resolution_boxes.items() if box.isChecked()),
            reasons=(*REASONS, *(line.strip() for line in self.own_reasons.toPlainText().splitlines() if line.strip())),
            condition=self.condition.text().strip(),
            texts={
                lang: edit.toPlainText().strip() for lang, edit in self.text_edits.items() if edit.toPlainText().strip()
            },
        )
        try:
            self.policy = self._returns.save_policy(policy, window_days=self.window_days.value())
        except InvalidInput as exc:
            if exc.field == "resolutions":
                self.error.show_message(self.tr("Offer at least one of refund, store credit or exchange."))
            elif exc.field == "reasons":
                self.error.show_message(
                    self.tr("A reason is too long (32 characters at most): %1").replace("%1", exc.value)
                )
            elif exc.field == "texts":
                self.error.show_message(self.tr("A policy text is too long (2,000 characters at most)."))
            else:
                self.error.show_message(str(exc))
            return False
        self.accept()
        return True
