"""The shop's settings for follow-ups, reached from the Follow-ups area: response-time targets per channel with the
weekend working-day deadlines skip, and the message of each kind of follow-up in each language.

Both say what cannot be used next to the field and keep what was typed; the messages dialog keeps a draft of
every kind and language while it is open, so switching to another one loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.errors import InvalidInput
from shopdesk.services.follow_up_records import CHANNELS, KINDS
from shopdesk.services.follow_up_rules import MAX_TARGET_MINUTES, MESSAGE_PLACEHOLDERS, validate_message
from shopdesk.services.numbers import parse_whole
from shopdesk.services.print_requests import LANGUAGES
from shopdesk.services.printing.templates import fill
from shopdesk.views.follow_up_texts import channel_name, default_message, kind_name
from shopdesk.views.labels import LANGUAGE_NAMES
from shopdesk.views.template_editing import MessageDraftsDialog, placeholder_buttons, set_message_text
from shopdesk.views.widgets import EditingDialog, FieldError, fill_combo

if TYPE_CHECKING:
    from shopdesk.services.follow_ups import FollowUpService
    from shopdesk.views.locale_format import Formatter

UNITS = {"minutes": 1, "hours": 60, "days": 24 * 60}


class ResponseTargetsDialog(EditingDialog):
    """How soon the shop answers on each channel (blank: no target), and which days are its weekend."""

    def __init__(self, *, follow_ups: FollowUpService, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._follow_ups = follow_ups
        self._formatter = formatter
        targets = follow_ups.targets()
        self.amounts: dict[str, QLineEdit] = {}
        self.units: dict[str, QComboBox] = {}
        self.errors: dict[str, FieldError] = {}
        self._channel_labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        for row, channel in enumerate(CHANNELS):
            minutes = targets.minutes.get(channel)
            unit = _unit_for(minutes)
            amount = QLineEdit(formatter.integer(minutes // UNITS[unit]) if minutes else "")
            amount.setMaximumWidth(90)
            units = QComboBox()
            for key in UNITS:
                units.addItem("", key)
            units.setCurrentIndex(units.findData(unit))
            error = FieldError()
            label = QLabel()
            grid.addWidget(label, row * 2, 0)
            grid.addWidget(amount, row * 2, 1)
            grid.addWidget(units, row * 2, 2)
            grid.addWidget(error, row * 2 + 1, 1, 1, 3)
            self.amounts[channel], self.units[channel], self.errors[channel] = amount, units, error
            self._channel_labels[channel] = label
        grid.setColumnStretch(3, 1)
        self.weekend: dict[int, QCheckBox] = {}
        days = QHBoxLayout()
        first = formatter.locale.firstDayOfWeek().value
        for offset in range(7):
            day = (first - 1 + offset) % 7 + 1
            box = QCheckBox(formatter.locale.dayName(day))
            box.setChecked(day in targets.weekend)
            self.weekend[day] = box
            days.addWidget(box)
        days.addStretch(1)
        self.weekend_error = FieldError()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.weekend_label = QLabel()
        self.weekend_note = QLabel()
        self.weekend_note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.weekend_label)
        layout.addLayout(days)
        layout.addWidget(self.weekend_note)
        layout.addWidget(self.weekend_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._retranslate()
        self.setMinimumWidth(560)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Response times"))
        self.intro.setText(
            self.tr(
                "How soon the shop means to answer on each channel. Each open item shows the time left against it; "
                "a new promise on a channel is due by it unless you choose a day. Leave blank for no target."
            )
        )
        names = {"minutes": self.tr("minutes"), "hours": self.tr("hours"), "days": self.tr("days")}
        for channel in CHANNELS:
            self._channel_labels[channel].setText(channel_name(channel))
            for index in range(self.units[channel].count()):
                self.units[channel].setItemText(index, names[self.units[channel].itemData(index)])
        self.weekend_label.setText(self.tr("Weekend (not counted in “within N working days”)"))
        self.weekend_note.setText(self.tr("Public holidays are not known to shopdesk: choose a later day then."))

    def minutes(self) -> dict[str, int | None]:
        """The targets as typed, in minutes; ``InvalidInput`` names the channel of the first one that is not a
        whole positive number."""
        values = {}
        for channel in CHANNELS:
            factor = UNITS[self.units[channel].currentData()]
            count = parse_whole(
                self.amounts[channel].text(),
                field=f"target.{channel}",
                minimum=1,
                maximum=MAX_TARGET_MINUTES // factor,
            )
            values[channel] = count * factor if count is not None else None
        return values

    def save(self) -> bool:
        for error in (*self.errors.values(), self.weekend_error):
            error.show_message("")
        try:
            minutes = self.minutes()
            self._follow_ups.save_targets(minutes, [day for day, box in self.weekend.items() if box.isChecked()])
        except InvalidInput as exc:
            channel = exc.field.removeprefix("target.")
            if channel in self.errors:
                self.errors[channel].show_message(
                    self.tr("A whole number from 1, at most 30 days; blank for no target.")
                )
                self.amounts[channel].setFocus()
            else:
                self.weekend_error.show_message(self.tr("At most three days of the week can be the weekend."))
            return False
        self.accept()
        return True


def _unit_for(minutes: int | None) -> str:
    if minutes and minutes % (24 * 60) == 0:
        return "days"
    if minutes and minutes % 60 == 0:
        return "hours"
    return "minutes"


class FollowUpMessagesDialog(MessageDraftsDialog):
    """The shop's own message for each kind of follow-up and language, with the details clicked in."""

    def __init__(
        self,
        *,
        follow_ups: FollowUpService,
        language: str,
        shop_name: Callable[[], str],
        formatter: Formatter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._follow_ups = follow_ups
        self._shop_name = shop_name
        self._formatter = formatter
        self.kind = QComboBox()
        self.choice = self.kind  # the message chosen, with the language (MessageDraftsDialog)
        self.language = QComboBox()
        self.text = QTextEdit()
        self.text.setAcceptRichText(False)
        self.text.setMinimumHeight(110)
        self.error = FieldError()
        self.saved_note = QLabel()
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setStyleSheet("background: #f1f3f4; padding: 8px; border-radius: 4px;")
        every = tuple(dict.fromkeys(name for names in MESSAGE_PLACEHOLDERS.values() for name in names))
        grid, self.placeholder_buttons = placeholder_buttons(every, self._insert_placeholder, columns=4)
        self.default_button = QPushButton()
        self.default_button.setAutoDefault(False)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self._labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        form.addRow(self._labels[0], self.kind)
        form.addRow(self._labels[1], self.language)
        actions = QHBoxLayout()
        actions.addWidget(self.default_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addWidget(self._labels[2])
        layout.addLayout(grid)
        layout.addLayout(actions)
        layout.addWidget(self.saved_note)
        layout.addWidget(self._labels[3])
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self._retranslate()
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.kind.currentIndexChanged.connect(self._on_choice_changed)
        self.language.currentIndexChanged.connect(self._on_choice_changed)
        self.text.textChanged.connect(self._on_text_changed)
        self.save_button.clicked.connect(self.save)
        self.default_button.clicked.connect(self._on_default_clicked)
        self.setMinimumWidth(620)
        self._show_choice()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Follow-up messages"))
        self._labels[0].setText(self.tr("Follow-up"))
        self._labels[1].setText(self.tr("Language"))
        self._labels[2].setText(self.tr("Click to insert a detail:"))
        self._labels[3].setText(self.tr("As a customer will read it:"))
        self.default_button.setText(self.tr("Use the default message"))
        self.save_button.setText(self.tr("Save"))
        fill_combo(self.kind, KINDS, kind_name)
        fill_combo(self.language, LANGUAGES, LANGUAGE_NAMES.__getitem__)

    def _show_choice(self) -> None:
        kind, language = key = self._key()
        text = self._drafts[key] if key in self._drafts else self._stored_text(key)
        self._shown = key
        for name, button in self.placeholder_buttons.items():
            button.setVisible(name in MESSAGE_PLACEHOLDERS[kind])
        set_message_text(self.text, text, language)
        self.error.show_message("")
        self.saved_note.setText("")

    def _stored_text(self, key: tuple[str, str]) -> str:
        kind, language = key
        return self._follow_ups.message_template(kind, language) or default_message(kind, language)

    def _on_default_clicked(self) -> None:
        kind, language = self._key()
        set_message_text(self.text, default_message(kind, language), language)

    def _on_text_changed(self) -> None:
        kind, language = self._key()
        if kind is None or language is None:
            return
        try:
            text = validate_message(kind, self.text.toPlainText())
        except InvalidInput:
            self.preview.setText("")
            return
        self.preview.setText(fill(text, self.sample(language), MESSAGE_PLACEHOLDERS[kind], isolated=False))
        self.preview.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if language in ("ar", "fa") else Qt.LayoutDirection.LeftToRight
        )

    def sample(self, language: str) -> dict[str, str]:
        """Invented details to show a message with."""
        names = {"en": "Sara Ahmed", "ar": "سارة أحمد", "fa": "سارا احمدی"}
        products = {"en": "Rose soap", "ar": "صابون الورد", "fa": "صابون گل رز"}
        return {
            "first_name": names[language].split()[0],
            "customer_name": names[language],
            "shop_name": self._shop_name(),
            "order_number": self._formatter.plain_digits(1024),
            "product": products[language],
            "discount_code": "R-7Q2KXM",
            "promise": self.tr("a replacement within 7 working days"),
        }

    def save(self) -> bool:
        """Check and store the message; one that cannot be used says why and stays as typed."""
        kind, language = self._key()
        text = self.text.toPlainText()
        try:
            self._follow_ups.save_message_template(
                kind, language, "" if text.strip() == default_message(kind, language) else text
            )
        except InvalidInput as exc:
            self.error.show_message(self.reason(exc, kind))
            self.saved_note.setText("")
            return False
        self.error.show_message("")
        self._drafts.pop((kind, language), None)
        self.saved_note.setText(self.tr("Saved."))
        return True

    def reason(self, exc: InvalidInput, kind: str) -> str:
        if exc.reason == "unknown placeholder":
            return self.tr("%1 is not a detail of this kind of follow-up; use the buttons below.").replace(
                "%1", exc.value
            )
        if exc.reason == "too long":
            return self.tr("The message is too long (2,000 characters at most).")
        return self.tr("A $ must start a detail such as $first_name; write $$ for a dollar sign.")
