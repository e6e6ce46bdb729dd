"""Loyalty area: set up punch cards (Loyalty → Programs) and see who is one stamp from a reward."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.errors import InvalidInput
from shopdesk.services.loyalty_rules import EARN_ON, REWARDS, PunchCard
from shopdesk.services.money import minor_digits
from shopdesk.services.numbers import parse_money
from shopdesk.views.labels import status_text
from shopdesk.views.widgets import FieldError, NumberLineEdit, fill_combo

if TYPE_CHECKING:
    from shopdesk.services.customers import CustomerService
    from shopdesk.services.loyalty import LoyaltyService
    from shopdesk.views.locale_format import Formatter


def stamp_row(stamps: int, size: int) -> str:
    """A card drawn with filled and empty stamps (● ○); stamps owed after a reversal show as ⊖."""
    if stamps < 0:
        return "⊖" * min(-stamps, size) + "○" * size
    return "●" * min(stamps, size) + "○" * max(0, size - stamps)


class LoyaltyView(QWidget):
    programs_changed = Signal()
    status_message = Signal(str)

    def __init__(
        self,
        *,
        loyalty: LoyaltyService,
        customers: CustomerService,
        formatter: Callable[[], Formatter],
        currency: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._loyalty = loyalty
        self._customers = customers
        self._formatter = formatter
        self._currency = currency
        self._program_id: int | None = None

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.programs = QListWidget()
        self.programs.setMaximumHeight(110)
        self.new_button = QPushButton()
        self.form_box = QGroupBox()
        self.name = QLineEdit()
        self.stamps_to_fill = QSpinBox()
        self.stamps_to_fill.setRange(2, 50)
        self.stamps_to_fill.setValue(6)
        self.min_order = NumberLineEdit()
        self.per_amount = NumberLineEdit()
        self.reward = QComboBox()
        self.reward_value = NumberLineEdit()
        self.expiry_days = QSpinBox()
        self.expiry_days.setRange(0, 3650)
        self.daily_limit = QSpinBox()
        self.daily_limit.setRange(0, 100)
        self.earn_on = QComboBox()
        self.active = QCheckBox()
        self.active.setChecked(True)
        self.error = FieldError()
        self.save_button = QPushButton()
        self.close_title = QLabel()
        self.close_list = QListWidget()

        self._labels = [QLabel() for _ in range(9)]
        form = QFormLayout(self.form_box)
        for label, field in zip(
            self._labels,
            (
                self.name,
                self.stamps_to_fill,
                self.min_order,
                self.per_amount,
                self.reward,
                self.reward_value,
                self.expiry_days,
                self.daily_limit,
                self.earn_on,
            ),
            strict=True,
        ):
            form.addRow(label, field)
        form.addRow(self.active)
        form.addRow(self.error)
        form.addRow(self.save_button)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.programs)
        layout.addWidget(self.form_box)
        layout.addWidget(self.close_title)
        layout.addWidget(self.close_list, 1)

        for spin in (self.stamps_to_fill, self.expiry_days, self.daily_limit):
            spin.setLocale(formatter().locale)
        self.programs.currentRowChanged.connect(self._on_programs_current_row_changed)
        self.new_button.clicked.connect(self.new_program)
        self.save_button.clicked.connect(self.save)
        self._retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Loyalty"))
        self.new_button.setText(self.tr("New punch card"))
        self.form_box.setTitle(self.tr("Punch card"))
        for label, text in zip(
            self._labels,
            (
                self.tr("Name"),
                self.tr("Stamps to fill the card"),
                self.tr("A stamp for each order of at least"),
                self.tr("Or one stamp per (amount spent; empty: per order)"),
                self.tr("Reward"),
                self.tr("Reward value (amount or percent)"),
                self.tr("Stamps expire after days (0: never)"),
                self.tr("Most stamps a day (0: no limit)"),
                self.tr("An order earns when it is"),
            ),
            strict=True,
        ):
            label.setText(text)
        rewards = {
            "free_item": self.tr("The cheapest item free"),
            "fixed": self.tr("An amount off"),
            "percent": self.tr("A percentage off"),
        }
        fill_combo(self.reward, REWARDS, rewards.__getitem__)
        fill_combo(self.earn_on, EARN_ON, status_text)
        self.active.setText(self.tr("Running"))
        self.save_button.setText(self.tr("Save punch card"))
        self.close_title.setText(self.tr("One stamp away from a reward"))

    # --- programs ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._rows = self._loyalty.programs()
        self.programs.blockSignals(True)
        self.programs.clear()
        for program in self._rows:
            state = "" if program.active else " " + self.tr("(paused)")
            self.programs.addItem(f"\u2068{program.name}\u2069 · {program.rules.stamps_to_fill}{state}")
        self.programs.blockSignals(False)
        ids = [p.id for p in self._rows]
        if self._program_id in ids:
            self.programs.setCurrentRow(ids.index(self._program_id))
        elif self._rows:
            self.programs.setCurrentRow(0)
            self._show(self._rows[0])
        self._fill_close_list()

    def _on_programs_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self._show(self._rows[row])

    def _show(self, program) -> None:  # noqa: ANN001
        self._program_id = program.id
        card = program.rules
        self.name.setText(program.name)
        self.stamps_to_fill.setValue(card.stamps_to_fill)
        self.min_order.setText(self._money_text(card.min_order_minor))
        self.per_amount.setText(self._money_text(card.per_amount_minor))
        self.reward.setCurrentIndex(max(0, self.reward.findData(card.reward)))
        value = card.reward_value if card.reward == "percent" else card.reward_value
        self.reward_value.setText(str(value) if card.reward == "percent" else self._money_text(value))
        self.expiry_days.setValue(card.expiry_days)
        self.daily_limit.setValue(card.daily_limit)
        self.earn_on.setCurrentIndex(max(0, self.earn_on.findData(card.earn_on)))
        self.active.setChecked(program.active)
        self.error.show_message("")

    def new_program(self) -> None:
        self._program_id = None
        self.programs.clearSelection()
        self._show_blank()

    def _show_blank(self) -> None:
        self.name.setText(self.tr("Loyalty card"))
        self.stamps_to_fill.setValue(6)
        for edit in (self.min_order, self.per_amount, self.reward_value):
            edit.clear()
        self.reward.setCurrentIndex(0)
        self.expiry_days.setValue(0)
        self.daily_limit.setValue(1)
        self.earn_on.setCurrentIndex(0)
        self.active.setChecked(True)
        self.error.show_message("")

    def save(self) -> bool:
        digits = minor_digits(self._currency())
        try:
            reward = self.reward.currentData()
            value_text = self.reward_value.text().strip() or "0"
            value = (
                int(parse_money(value_text, minor_digits=0, field="reward_value"))
                if reward == "percent"
                else parse_money(value_text, minor_digits=digits, field="reward_value")
            )
            card = PunchCard(
                stamps_to_fill=self.stamps_to_fill.value(),
                min_order_minor=parse_money(self.min_order.text() or "0", minor_digits=digits, field="min_order"),
                per_amount_minor=parse_money(self.per_amount.text() or "0", minor_digits=digits, field="per_amount"),
                reward=reward,
                reward_value=value,
                expiry_days=self.expiry_days.value(),
                daily_limit=self.daily_limit.value(),
                earn_on=self.earn_on.currentData(),
            )
            self._program_id = self._loyalty.save_program(
                self.name.text(), card, active=self.active.isChecked(), program_id=self._program_id
            )
        except InvalidInput as exc:
            self.error.show_message(self._reason(exc))
            return False
        self.error.show_message("")
        self.status_message.emit(self.tr("Punch card saved."))
        self.refresh()
        self.programs_changed.emit()
        return True

    def _reason(self, exc: InvalidInput) -> str:
        if exc.field == "name":
            return self.tr("Give the card a name.")
        if exc.field == "reward_value":
            return self.tr("Say what the reward is worth: an amount, or a percentage from 1 to 100.")
        return self.tr("Type amounts as numbers, e.g. 50 or 12.50.")

    def _money_text(self, amount_minor: int) -> str:
        if not amount_minor:
            return ""
        digits = minor_digits(self._currency())
        whole, fraction = divmod(amount_minor, 10**digits)
        return f"{whole}.{fraction:0{digits}d}" if digits else str(whole)

    # --- one stamp away ---------------------------------------------------------------------------------------
    def _fill_close_list(self) -> None:
        self.close_list.clear()
        names = {p.id: p.name for p in self._rows}
        for customer_id, program_id, _missing in self._loyalty.close_to_reward(missing=1):
            try:
                profile = self._customers.get_profile(customer_id, history=0)
            except Exception:  # noqa: BLE001 (a merged or removed customer is simply not listed)
                continue
            phone = f"  \u2066{profile.phone}\u2069" if profile.phone else ""
            self.close_list.addItem(f"\u2068{profile.name}\u2069{phone} · \u2068{names.get(program_id, '')}\u2069")
