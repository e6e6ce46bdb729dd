"""A customer's loyalty drawn as cards on their profile: a punch card's stamps as circles in rows (filled as earned,
from the right in Arabic and Persian), what the card leads to, a points balance with its way to a usable reward,
the tier reached and what the next one takes. Each card says the same in its tooltip and accessible name.

The texts are made here (translated, digits in the interface's language); the services give the figures."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from shopdesk.services.loyalty_rules import PunchCard
from shopdesk.services.text import isolate_ltr
from shopdesk.views.labels import in_ui_direction

if TYPE_CHECKING:
    from shopdesk.services.loyalty_records import CardState, PointsState, ProgramRow, RewardRow, TierState
    from shopdesk.services.loyalty_rules import Rules
    from shopdesk.views.locale_format import Formatter

STAMPS_PER_ROW = 6  # more make a second row: 10 stamps are two rows of 5, 7 are 4 and 3


def stamp_rows(size: int) -> list[int]:
    """How many stamps each row holds: as few rows as keep each within ``STAMPS_PER_ROW``, filled evenly."""
    rows = max(1, math.ceil(size / STAMPS_PER_ROW))
    per_row = math.ceil(size / rows)
    return [min(per_row, size - row * per_row) for row in range(rows)]


@dataclass(frozen=True)
class CardFace:
    """What one card shows, already translated: ``stamps`` of ``size`` for a punch card, ``progress`` (done, goal)
    for a points balance or a tier."""

    kind: str  # punch | points | tier
    title: str
    headline: str
    lines: tuple[str, ...] = ()
    stamps: int = 0
    size: int = 0
    progress: tuple[int, int] | None = None

    @property
    def text(self) -> str:
        """The card read aloud or as a tooltip: every line it shows."""
        return "\n".join((self.title, self.headline, *self.lines))


def _mix(colour: QColor, base: QColor, amount: int) -> QColor:
    """``amount`` percent of ``colour`` over ``base`` (a tint of the accent that text stays legible on)."""
    return QColor(
        *(
            (a * amount + b * (100 - amount)) // 100
            for a, b in ((colour.red(), base.red()), (colour.green(), base.green()), (colour.blue(), base.blue()))
        )
    )


class StampGrid(QWidget):
    """Circles in rows, the first ``stamps`` filled; the first stamp sits where the reading starts."""

    DIAMETER = 12
    GAP = 4

    def __init__(self, stamps: int, size: int, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stamps = max(0, min(stamps, size))
        self.rows = stamp_rows(size)
        self._colour = colour
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        step = self.DIAMETER + self.GAP
        return QSize(max(self.rows) * step - self.GAP + 2, len(self.rows) * step - self.GAP + 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def stamp_rect(self, number: int) -> QRectF:
        """Where stamp ``number`` (0 first) is drawn: rows fill from the leading edge, mirrored right to left."""
        per_row = self.rows[0]
        row, column = divmod(number, per_row)
        step = self.DIAMETER + self.GAP
        x = 1 + column * step
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            x = self.width() - 1 - column * step - self.DIAMETER
        return QRectF(x, 1 + row * step, self.DIAMETER, self.DIAMETER)

    def paintEvent(self, _event) -> None:  # noqa: ANN001
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self._colour, 1.6))
        for number in range(sum(self.rows)):
            painter.setBrush(self._colour if number < self.stamps else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(self.stamp_rect(number).adjusted(0.8, 0.8, -0.8, -0.8))  # the pen inside the box
        painter.end()


class Meter(QWidget):
    """A slim bar filled ``done`` of ``goal`` from the leading edge (from the right in Arabic and Persian)."""

    HEIGHT = 8

    def __init__(self, done: int, goal: int, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.done, self.goal = max(0, min(done, goal)), max(1, goal)
        self._colour = colour
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(120, self.HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self.HEIGHT)

    def filled_rect(self) -> QRectF:
        width = self.width() * self.done // self.goal
        x = self.width() - width if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else 0
        return QRectF(x, 0, width, self.HEIGHT)

    def paintEvent(self, _event) -> None:  # noqa: ANN001
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        radius = self.HEIGHT / 2
        painter.setBrush(_mix(self._colour, self.palette().color(QPalette.ColorRole.Base), 25))
        painter.drawRoundedRect(QRectF(0, 0, self.width(), self.HEIGHT), radius, radius)
        if self.done:
            painter.setBrush(self._colour)
            painter.drawRoundedRect(self.filled_rect(), radius, radius)
        painter.end()


class LoyaltyCard(QFrame):
    """One program's card: a rounded, accent-tinted rectangle with the program's name, its figure in large type,
    the stamps or the progress, and what comes next."""

    RADIUS = 10

    def __init__(self, face: CardFace, accent: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loyaltyCard")
        self.face = face
        self._accent = accent
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(5)
        self.title = self._label(face.title, "loyaltyCardTitle", "font-weight: bold;")
        self.headline = self._label(face.headline, "loyaltyCardHeadline", "font-size: 12pt; font-weight: bold;")
        layout.addWidget(self.title)
        layout.addWidget(self.headline)
        self.stamp_grid: StampGrid | None = None
        self.meter: Meter | None = None
        if face.kind == "punch":
            self.stamp_grid = StampGrid(face.stamps, face.size, accent)
            layout.addWidget(self.stamp_grid, 0, Qt.AlignmentFlag.AlignLeading)  # mirrored right to left
        elif face.progress is not None:
            self.meter = Meter(*face.progress, accent)
            layout.addWidget(self.meter)
        self.lines = [self._label(line, "loyaltyCardLine") for line in face.lines]
        for label in self.lines:
            layout.addWidget(label)
        layout.addStretch(1)
        self.setToolTip(face.text)
        self.setAccessibleName(face.text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def _label(self, text: str, name: str, style: str = "") -> QLabel:
        label = QLabel(in_ui_direction(_unbroken(text)))  # a Latin program name reads in the interface's direction
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        if style:
            label.setStyleSheet(style)
        return label

    def paintEvent(self, _event) -> None:  # noqa: ANN001
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), self.RADIUS, self.RADIUS)
        painter.fillPath(path, _mix(self._accent, self.palette().color(QPalette.ColorRole.Base), 9))
        painter.setPen(QPen(self._accent, 1))
        painter.drawPath(path)
        painter.end()


class LoyaltyPanel(QWidget):
    """The customer's cards side by side (as many to a row as fit, at least three columns wide so one card keeps a
    card's size) and, under them, the rewards that belong to no card (turned from points, for a referral, for a
    birthday)."""

    CARD_WIDTH = 114  # the least a card needs: a row of six stamps and the card's margins
    SPACING = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[LoyaltyCard] = []
        self.reward_lines: list[str] = []
        self.columns = 0
        self._grid = QGridLayout()
        self._grid.setSpacing(self.SPACING)
        self.rewards = QLabel()
        self.rewards.setObjectName("loyaltyRewards")
        self.rewards.setTextFormat(Qt.TextFormat.PlainText)
        self.rewards.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addWidget(self.rewards)

    def text(self) -> str:
        """Everything the panel says, card by card, then the rewards."""
        return "\n".join([card.face.text for card in self.cards] + self.reward_lines)

    def show_loyalty(
        self,
        *,
        cards: list[CardState],
        programs: list[ProgramRow],
        points: list[PointsState],
        tier: TierState | None,
        rewards: list[RewardRow],
        formatter: Formatter,
        currency: str,
    ) -> bool:
        """Draw the cards afresh (in the current language); returns whether there is anything to show."""
        self._formatter, self._currency = formatter, currency
        rules = {program.id: program.rules for program in programs}
        faces = [self._punch_face(card, rules.get(card.program_id)) for card in cards]
        faces += [self._points_face(state) for state in points]
        if tier is not None:
            faces.append(self._tier_face(tier))
        for card in self.cards:
            self._grid.removeWidget(card)
            card.hide()  # gone now, deleted when the event loop next runs
            card.deleteLater()
        accent = self.palette().color(QPalette.ColorRole.Highlight)  # settings have no accent colour of the shop
        self.cards = [LoyaltyCard(face, accent, self) for face in faces]
        self.columns = 0
        self._arrange()
        self.reward_lines = self._reward_lines(rewards)
        self.rewards.setText("\n".join(in_ui_direction(_unbroken(line)) for line in self.reward_lines))
        self.rewards.setVisible(bool(self.reward_lines))
        return bool(faces or self.reward_lines)

    def _arrange(self) -> None:
        """Place the cards in rows of as many as the width holds, in equal columns, at least three of them so a
        lone card keeps a card's size (re-placed only when the number of columns changes)."""
        fit = max(1, (self.width() + self.SPACING) // (self.CARD_WIDTH + self.SPACING))
        columns = min(fit, max(3, len(self.cards)))
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards:
            self._grid.removeWidget(card)
        for number, card in enumerate(self.cards):
            self._grid.addWidget(card, *divmod(number, columns))
        for column in range(max(columns, self._grid.columnCount())):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self._arrange()

    # --- the texts ------------------------------------------------------------------------------------------------
    def _punch_face(self, card: CardState, rules: Rules | None) -> CardFace:
        f = self._formatter
        lines = []
        if card.stamps < 0:  # a returned order's stamps had already become a reward
            headline = self.tr("%Ln stamp(s) owed", "", -card.stamps)
            lines.append(self.tr("New stamps first make up for a returned order."))
        else:
            headline = (
                self.tr("%1 of %2 stamps").replace("%1", f.integer(card.stamps)).replace("%2", f.integer(card.size))
            )
            if card.missing and isinstance(rules, PunchCard):
                lines.append(
                    self.tr("%Ln more for %1", "", card.missing).replace(
                        "%1", self.reward_text(rules.reward, rules.reward_value)
                    )
                )
            elif card.missing:
                lines.append(self.tr("%Ln more to fill the card", "", card.missing))
        now = datetime.now(UTC)
        open_codes = [reward.code for reward in card.rewards if reward.open(now)]
        if open_codes:
            lines.append(self.tr("Reward to use: %1").replace("%1", ", ".join(isolate_ltr(c) for c in open_codes)))
        return CardFace("punch", _name(card.program_name), headline, tuple(lines), stamps=card.stamps, size=card.size)

    def _points_face(self, state: PointsState) -> CardFace:
        f = self._formatter
        lines = [self.tr("worth %1").replace("%1", self._money(state.value_minor, self._currency))]
        if state.redeemable:
            lines.append(self.tr("Ready to use, at least %1 at a time").replace("%1", f.integer(state.min_redeem)))
        else:
            lines.append(self.tr("%Ln more point(s) to use them", "", state.min_redeem - state.balance))
        return CardFace(
            "points",
            _name(state.program_name),
            self.tr("%Ln point(s)", "", state.balance),
            tuple(lines),
            progress=(state.balance, state.min_redeem),
        )

    def _tier_face(self, tier: TierState) -> CardFace:
        f = self._formatter
        headline = _name(tier.level.name) if tier.level is not None else self.tr("No tier yet")
        lines = []
        if tier.level is not None and tier.level.discount_percent:
            lines.append(self.tr("%1% off every order").replace("%1", f.integer(tier.level.discount_percent)))
        lines.append(
            self.tr("Spent %1 in the last %Ln month(s)", "", tier.months).replace(
                "%1", self._money(tier.spend_minor, self._currency)
            )
        )
        if tier.next_level is not None:
            lines.append(
                self.tr("%1 more to reach %2")
                .replace("%1", self._money(tier.missing_minor, self._currency))
                .replace("%2", _name(tier.next_level.name))
            )
            progress = (tier.spend_minor, tier.next_level.min_spend_minor)
        else:
            lines.append(self.tr("The highest tier"))
            progress = (1, 1)
        return CardFace("tier", _name(tier.program_name), headline, tuple(lines), progress=progress)

    def _reward_lines(self, rewards: list[RewardRow]) -> list[str]:
        """Rewards from points, referrals and birthdays (a punch card's own rewards are on its card)."""
        now = datetime.now(UTC)
        lines = []
        for reward in rewards:
            if reward.program_kind == "punch" or not reward.open(now):
                continue
            line = self.tr("Reward %1: %2").replace("%1", isolate_ltr(reward.code))
            line = line.replace("%2", self.reward_text(reward.reward, reward.value))
            if reward.expires_at is not None:
                line += " · " + self.tr("until %1").replace(
                    "%1", self._formatter.date(reward.expires_at.astimezone().date())
                )
            lines.append(line)
        return lines

    def _money(self, amount_minor: int, currency: str) -> str:
        """Money that a wrapped line never splits between the amount and its currency."""
        return self._formatter.money(amount_minor, currency).replace(" ", "\u00a0")

    def reward_text(self, reward: str, value: int) -> str:
        if reward == "percent":
            return self.tr("%1% off").replace("%1", self._formatter.integer(value))
        if reward == "fixed":
            return self.tr("%1 off").replace("%1", self._money(value, self._currency))
        return self.tr("the cheapest item free")


def _unbroken(text: str) -> str:
    """Text for a wrapped label: a reward code (R-JT265U) never splits at its hyphen (a non-breaking one looks the
    same; the tooltip and the accessible name keep the code as typed)."""
    return text.replace("-", "\u2011")


def _name(text: str) -> str:
    """A name the shop typed, isolated so its own direction does not reorder the words around it."""
    return "\u2068" + text + "\u2069"
