"""Loyalty area: set up programs (punch cards, points, tiers, referral, birthday) and see who is one stamp from a
reward."""

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
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.errors import InvalidInput
from shopdesk.services.loyalty_rules import (
    EARN_ON,
    KINDS,
    REWARDS,
    Birthday,
    Points,
    PunchCard,
    Referral,
    Rules,
    Tier,
    Tiers,
)
from shopdesk.services.money import minor_digits
from shopdesk.services.numbers import parse_money
from shopdesk.views.labels import status_text
from shopdesk.views.widgets import FieldError, NumberLineEdit, fill_combo

if TYPE_CHECKING:
    from shopdesk.services.customers import CustomerService
    from shopdesk.services.loyalty import LoyaltyService
    from shopdesk.views.locale_format import Formatter


def ask_points(parent: QWidget, title: str, prompt: str, least: int, most: int) -> int | None:
    """How many points to use, from ``least`` to ``most`` (offered: all of them); None when the user cancels."""
    from PySide6.QtWidgets import QInputDialog

    points, ok = QInputDialog.getInt(parent, title, prompt, most, least, most)
    return points if ok else None


class _RewardFields:
    """A reward's kind and value, as on a punch card, a referral or a birthday page."""

    def __init__(self) -> None:
        self.kind = QComboBox()
        self.value = NumberLineEdit()

    def fill(self, texts: dict[str, str]) -> None:
        fill_combo(self.kind, REWARDS, texts.__getitem__)

    def show(self, reward: str, value: int, money_text: Callable[[int], str], whole: Callable[[int], str]) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(reward)))
        self.value.setText(whole(value) if reward == "percent" else money_text(value))

    def read(self, digits: int, field: str) -> tuple[str, int]:
        reward = self.kind.currentData()
        text = self.value.text().strip() or "0"
        if reward == "percent":
            return reward, int(parse_money(text, minor_digits=0, field=field))
        return reward, parse_money(text, minor_digits=digits, field=field)


TIER_COLUMNS = 5  # name, spend from, extra stamps, points bonus %, standing discount %


class LoyaltyView(QWidget):
    """Loyalty → Programs: punch cards, points, tiers, referral and birthday rewards; one or more may run."""

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
        self._rows: list = []

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.programs = QListWidget()
        self.programs.setMaximumHeight(150)
        self.new_kind = QComboBox()
        self.new_button = QPushButton()
        self.form_box = QGroupBox()
        self.name = QLineEdit()
        self.active = QCheckBox()
        self.active.setChecked(True)
        self.error = FieldError()
        self.save_button = QPushButton()
        self.pages = QStackedWidget()
        self._kind = "punch"

        # punch card
        self.stamps_to_fill = QSpinBox()
        self.stamps_to_fill.setRange(2, 50)
        self.stamps_to_fill.setValue(6)
        self.min_order = NumberLineEdit()
        self.per_amount = NumberLineEdit()
        self._punch_reward = _RewardFields()
        self.reward, self.reward_value = self._punch_reward.kind, self._punch_reward.value
        self.expiry_days = QSpinBox()
        self.expiry_days.setRange(0, 3650)
        self.daily_limit = QSpinBox()
        self.daily_limit.setRange(0, 100)
        self.earn_on = QComboBox()
        # points
        self.points_per_amount = NumberLineEdit()
        self.points_earned = QSpinBox()
        self.points_earned.setRange(1, 10_000)
        self.point_value = NumberLineEdit()
        self.min_redeem = QSpinBox()
        self.min_redeem.setRange(1, 10_000_000)
        self.points_earn_on = QComboBox()
        # tiers
        self.tier_months = QSpinBox()
        self.tier_months.setRange(1, 60)
        self.tier_months.setValue(12)
        self.levels = QTableWidget(0, TIER_COLUMNS)
        self.levels.verticalHeader().hide()
        self.levels.horizontalHeader().setStretchLastSection(True)
        self.add_level_button = QPushButton()
        self.remove_level_button = QPushButton()
        # referral
        self._referrer_reward = _RewardFields()
        self._friend_reward = _RewardFields()
        self.referrer_reward, self.referrer_value = self._referrer_reward.kind, self._referrer_reward.value
        self.friend_reward, self.friend_value = self._friend_reward.kind, self._friend_reward.value
        self.referral_earn_on = QComboBox()
        # birthday
        self._birthday_reward = _RewardFields()
        self.birthday_reward, self.birthday_value = self._birthday_reward.kind, self._birthday_reward.value
        self.birthday_note = QLabel()
        self.birthday_note.setWordWrap(True)

        self._labels: dict[str, list[QLabel]] = {}
        self._page_of: dict[str, QWidget] = {}
        self._add_page(
            "punch",
            (
                self.stamps_to_fill,
                self.min_order,
                self.per_amount,
                self.reward,
                self.reward_value,
                self.expiry_days,
                self.daily_limit,
                self.earn_on,
            ),
        )
        self._add_page(
            "points",
            (self.points_per_amount, self.points_earned, self.point_value, self.min_redeem, self.points_earn_on),
        )
        level_buttons = QHBoxLayout()
        level_buttons.addWidget(self.add_level_button)
        level_buttons.addWidget(self.remove_level_button)
        level_buttons.addStretch(1)
        buttons = QWidget()
        buttons.setLayout(level_buttons)
        self._add_page("tiers", (self.tier_months, self.levels, buttons))
        self._add_page(
            "referral",
            (self.referrer_reward, self.referrer_value, self.friend_reward, self.friend_value, self.referral_earn_on),
        )
        self._add_page("birthday", (self.birthday_reward, self.birthday_value, self.birthday_note))

        form = QFormLayout()
        self._name_label = QLabel()
        form.addRow(self._name_label, self.name)
        box = QVBoxLayout(self.form_box)
        box.addLayout(form)
        box.addWidget(self.pages)
        box.addWidget(self.active)
        box.addWidget(self.error)
        box.addWidget(self.save_button)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.new_kind)
        top.addWidget(self.new_button)
        self.close_title = QLabel()
        self.close_list = QListWidget()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.programs)
        layout.addWidget(self.form_box, 3)
        layout.addWidget(self.close_title)
        layout.addWidget(self.close_list, 1)

        self._spins = (
            self.stamps_to_fill,
            self.expiry_days,
            self.daily_limit,
            self.points_earned,
            self.min_redeem,
            self.tier_months,
        )
        self.programs.currentRowChanged.connect(self._on_programs_current_row_changed)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.save_button.clicked.connect(self.save)
        self.add_level_button.clicked.connect(lambda: self._add_level())
        self.remove_level_button.clicked.connect(self._remove_level)
        self._retranslate()
        self.refresh()

    def _add_page(self, kind: str, fields: tuple[QWidget, ...]) -> None:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        labels = []
        for field in fields:
            label = QLabel()
            labels.append(label)
            form.addRow(label, field)
        self._labels[kind] = labels
        self._page_of[kind] = page
        self.pages.addWidget(page)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    def kind_text(self, kind: str) -> str:
        return {
            "punch": self.tr("Punch card"),
            "points": self.tr("Points"),
            "tiers": self.tr("Tiers"),
            "referral": self.tr("Referral"),
            "birthday": self.tr("Birthday"),
        }[kind]

    def _retranslate(self) -> None:
        for spin in self._spins:  # the language's digits, also after a switch
            spin.setLocale(self._formatter().locale)
        self.title.setText(self.tr("Loyalty programs"))
        fill_combo(self.new_kind, KINDS, self.kind_text)
        self.new_button.setText(self.tr("New program"))
        self._name_label.setText(self.tr("Name"))
        texts = {
            "punch": (
                self.tr("Stamps to fill the card"),
                self.tr("A stamp for each order of at least"),
                self.tr("Or one stamp per (amount spent; empty: per order)"),
                self.tr("Reward"),
                self.tr("Reward value (amount or percent)"),
                self.tr("Stamps expire after days (0: never)"),
                self.tr("Most stamps a day (0: no limit)"),
                self.tr("An order earns when it is"),
            ),
            "points": (
                self.tr("For each amount spent"),
                self.tr("Points earned"),
                self.tr("One point is worth"),
                self.tr("Fewest points used at once"),
                self.tr("An order earns when it is"),
            ),
            "tiers": (
                self.tr("Spend counted over months"),
                self.tr("Levels"),
                "",
            ),
            "referral": (
                self.tr("Reward for the one who referred"),
                self.tr("Its value (amount or percent)"),
                self.tr("Reward for the new customer"),
                self.tr("Its value (amount or percent)"),
                self.tr("The first order rewards when it is"),
            ),
            "birthday": (self.tr("Reward"), self.tr("Reward value (amount or percent)"), ""),
        }
        for kind, labels in self._labels.items():
            for label, text in zip(labels, texts[kind], strict=True):
                label.setText(text)
        rewards = {
            "free_item": self.tr("The cheapest item free"),
            "fixed": self.tr("An amount off"),
            "percent": self.tr("A percentage off"),
        }
        for fields in (self._punch_reward, self._referrer_reward, self._friend_reward, self._birthday_reward):
            fields.fill(rewards)
        for combo in (self.earn_on, self.points_earn_on, self.referral_earn_on):
            fill_combo(combo, EARN_ON, status_text)
        self.levels.setHorizontalHeaderLabels(
            [
                self.tr("Level"),
                self.tr("From spend"),
                self.tr("Extra stamps"),
                self.tr("Extra points %"),
                self.tr("Standing discount %"),
            ]
        )
        self.add_level_button.setText(self.tr("Add level"))
        self.remove_level_button.setText(self.tr("Remove level"))
        self.birthday_note.setText(
            self.tr(
                "Given once a year in the customer's birthday month, good until the month ends; not when the "
                "birthday was entered or changed in the last 30 days."
            )
        )
        self.active.setText(self.tr("Running"))
        self.save_button.setText(self.tr("Save program"))
        self.close_title.setText(self.tr("One stamp away from a reward"))
        self._show_kind(self._kind)

    def _show_kind(self, kind: str) -> None:
        self._kind = kind
        self.pages.setCurrentWidget(self._page_of[kind])
        self.form_box.setTitle(self.kind_text(kind))

    # --- programs ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._rows = self._loyalty.programs()
        self.programs.blockSignals(True)
        self.programs.clear()
        for program in self._rows:
            state = "" if program.active else " " + self.tr("(paused)")
            self.programs.addItem(f"\u2068{program.name}\u2069 · {self.kind_text(program.kind)}{state}")
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
        self._show_kind(program.kind)
        self.new_kind.setEnabled(True)
        self.name.setText(program.name)
        rules = program.rules
        money, whole = self._money_text, self._formatter().plain_digits
        if program.kind == "punch":
            self.stamps_to_fill.setValue(rules.stamps_to_fill)
            self.min_order.setText(money(rules.min_order_minor))
            self.per_amount.setText(money(rules.per_amount_minor))
            self._punch_reward.show(rules.reward, rules.reward_value, money, whole)
            self.expiry_days.setValue(rules.expiry_days)
            self.daily_limit.setValue(rules.daily_limit)
            self.earn_on.setCurrentIndex(max(0, self.earn_on.findData(rules.earn_on)))
        elif program.kind == "points":
            self.points_per_amount.setText(money(rules.per_amount_minor))
            self.points_earned.setValue(rules.points)
            self.point_value.setText(money(rules.point_value_minor))
            self.min_redeem.setValue(rules.min_redeem)
            self.points_earn_on.setCurrentIndex(max(0, self.points_earn_on.findData(rules.earn_on)))
        elif program.kind == "tiers":
            self.tier_months.setValue(rules.months)
            self.levels.setRowCount(0)
            for level in rules.levels:
                self._add_level(level)
        elif program.kind == "referral":
            self._referrer_reward.show(rules.referrer_reward, rules.referrer_value, money, whole)
            self._friend_reward.show(rules.friend_reward, rules.friend_value, money, whole)
            self.referral_earn_on.setCurrentIndex(max(0, self.referral_earn_on.findData(rules.earn_on)))
        else:
            self._birthday_reward.show(rules.reward, rules.reward_value, money, whole)
        self.active.setChecked(program.active)
        self.error.show_message("")

    def _on_new_button_clicked(self) -> None:
        self.new_program(self.new_kind.currentData() or "punch")

    def new_program(self, kind: str = "punch") -> None:
        """A blank program of ``kind`` with sensible suggestions, ready to be named and saved."""
        self._program_id = None
        self.programs.blockSignals(True)
        self.programs.setCurrentRow(-1)  # clicking the program shown before brings it back
        self.programs.blockSignals(False)
        self._show_kind(kind)
        self.name.setText(self.kind_text(kind))
        self.stamps_to_fill.setValue(6)
        for edit in (self.min_order, self.per_amount, self.reward_value, self.points_per_amount, self.point_value):
            edit.clear()
        self.reward.setCurrentIndex(0)
        self.expiry_days.setValue(0)
        self.daily_limit.setValue(1)
        self.earn_on.setCurrentIndex(0)
        self.points_per_amount.setText(self._formatter().plain_digits(1))
        self.points_earned.setValue(1)
        self.min_redeem.setValue(100)
        self.tier_months.setValue(12)
        self.levels.setRowCount(0)
        for fields in (self._referrer_reward, self._friend_reward, self._birthday_reward):
            fields.kind.setCurrentIndex(max(0, fields.kind.findData("percent")))
            fields.value.setText(self._formatter().plain_digits(10))
        self.active.setChecked(True)
        self.error.show_message("")

    def _add_level(self, level=None) -> None:  # noqa: ANN001
        row = self.levels.rowCount()
        self.levels.insertRow(row)
        whole = self._formatter().plain_digits
        if level is None:
            values = ("", "", whole(0), whole(0), whole(0))
        else:
            values = (
                level.name,
                self._money_text(level.min_spend_minor) or whole(0),
                whole(level.extra_stamps),
                whole(level.points_bonus_percent),
                whole(level.discount_percent),
            )
        for column, value in enumerate(values):
            self.levels.setItem(row, column, QTableWidgetItem(value))

    def _remove_level(self) -> None:
        row = self.levels.currentRow()
        if row >= 0:
            self.levels.removeRow(row)

    def _read_levels(self, digits: int) -> tuple[Tier, ...]:
        levels = []
        for row in range(self.levels.rowCount()):
            cells = [(self.levels.item(row, c).text() if self.levels.item(row, c) else "").strip() for c in range(5)]
            if not any(cells):
                continue
            whole = [int(parse_money(cell or "0", minor_digits=0, field="levels")) for cell in cells[2:]]
            spend = parse_money(cells[1] or "0", minor_digits=digits, field="levels")
            levels.append(Tier(cells[0], spend, whole[0], whole[1], whole[2]))
        return tuple(levels)

    def read_rules(self) -> Rules:
        """The rules on the page of the kind shown; raises ``InvalidInput`` for what cannot be read."""
        digits = minor_digits(self._currency())

        def money(edit: QLineEdit, field: str) -> int:
            return parse_money(edit.text().strip() or "0", minor_digits=digits, field=field)

        if self._kind == "punch":
            reward, value = self._punch_reward.read(digits, "reward_value")
            return PunchCard(
                stamps_to_fill=self.stamps_to_fill.value(),
                min_order_minor=money(self.min_order, "min_order"),
                per_amount_minor=money(self.per_amount, "per_amount"),
                reward=reward,
                reward_value=value,
                expiry_days=self.expiry_days.value(),
                daily_limit=self.daily_limit.value(),
                earn_on=self.earn_on.currentData(),
            )
        if self._kind == "points":
            return Points(
                per_amount_minor=money(self.points_per_amount, "per_amount"),
                points=self.points_earned.value(),
                point_value_minor=money(self.point_value, "point_value"),
                min_redeem=self.min_redeem.value(),
                earn_on=self.points_earn_on.currentData(),
            )
        if self._kind == "tiers":
            return Tiers(levels=self._read_levels(digits), months=self.tier_months.value())
        if self._kind == "referral":
            referrer, referrer_value = self._referrer_reward.read(digits, "referrer_value")
            friend, friend_value = self._friend_reward.read(digits, "friend_value")
            return Referral(referrer, referrer_value, friend, friend_value, self.referral_earn_on.currentData())
        reward, value = self._birthday_reward.read(digits, "reward_value")
        return Birthday(reward=reward, reward_value=value)

    def save(self) -> bool:
        try:
            rules = self.read_rules()
            self._program_id = self._loyalty.save_program(
                self.name.text(), rules, active=self.active.isChecked(), program_id=self._program_id
            )
        except InvalidInput as exc:
            self.error.show_message(self._reason(exc))
            return False
        self.error.show_message("")
        self.status_message.emit(self.tr("Program saved."))
        self.refresh()
        self.programs_changed.emit()
        return True

    def _reason(self, exc: InvalidInput) -> str:
        if exc.field == "name":
            return self.tr("Give the program a name.")
        if exc.field in ("reward_value", "referrer_value", "friend_value"):
            return self.tr("Say what the reward is worth: an amount, or a percentage from 1 to 100.")
        if exc.field == "point_value" or (exc.field == "per_amount" and self._kind == "points"):
            return self.tr("Say how much is spent for the points and what one point is worth.")
        if exc.field == "kind" and exc.reason == "one tiers program at a time":
            return self.tr("One tiers program runs at a time: pause %1 first.").replace("%1", exc.value)
        if exc.field == "levels":
            return self.tr(
                "Each level needs its own name and a higher spend than the one before; perks are whole numbers "
                "and a discount is at most 100%."
            )
        return self.tr("Type amounts as numbers, e.g. 50 or 12.50.")

    def _money_text(self, amount_minor: int) -> str:
        """An amount for editing, in the language's digits (read back in any digits)."""
        if not amount_minor:
            return ""
        return self._formatter().amount(amount_minor, self._currency())

    # --- one stamp away ---------------------------------------------------------------------------------------
    def _fill_close_list(self) -> None:
        self.close_list.clear()
        names = {p.id: p.name for p in self._rows}
        for customer_id, program_id, _missing in self._loyalty.close_to_reward(missing=1):
            try:
                profile = self._customers.get_profile(customer_id, history=0)
            except Exception:  # noqa: BLE001 (a merged or removed customer is simply not listed)
                continue
            phone = "  " + self._formatter().phone(profile.phone) if profile.phone else ""
            self.close_list.addItem(f"\u2068{profile.name}\u2069{phone} · \u2068{names.get(program_id, '')}\u2069")
