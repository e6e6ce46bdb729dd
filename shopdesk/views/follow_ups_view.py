"""Follow-ups: promises made to customers and what the shop's data calls for (check-ins after delivery,
birthdays, one stamp from a reward, returns waiting, reorder reminders), overdue first, each against its
channel's response-time target; answered by e-mail or WhatsApp in one click with the shop's message for that kind
in the customer's language (which marks the item done with who and when), or the message copied."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING
from urllib.parse import quote

from PySide6.QtCore import QDate, QEvent, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.errors import InvalidInput
from shopdesk.services.follow_up_records import CHANNELS
from shopdesk.services.follow_up_rules import MAX_WORKING_DAYS, MESSAGE_PLACEHOLDERS
from shopdesk.services.numbers import parse_whole
from shopdesk.services.printing.templates import fill
from shopdesk.views.follow_up_dialogs import FollowUpMessagesDialog, ResponseTargetsDialog
from shopdesk.views.follow_up_texts import channel_name, default_message, kind_name
from shopdesk.views.roles import require_owner
from shopdesk.views.widgets import EditingDialog, FieldError, IsolatingDelegate, desk_user, open_owned, side_by_side

if TYPE_CHECKING:
    from shopdesk.services.customers import CustomerService
    from shopdesk.services.follow_up_records import FollowUpRow
    from shopdesk.services.follow_ups import FollowUpService
    from shopdesk.views.locale_format import Formatter
    from shopdesk.views.roles import OwnerGuard


class FollowUpsView(QWidget):
    def __init__(
        self,
        *,
        follow_ups: FollowUpService,
        customers: CustomerService,
        formatter: Callable[[], Formatter],
        shop_name: Callable[[], str],
        guard: OwnerGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._guard = guard
        self._follow_ups = follow_ups
        self._customers = customers
        self._formatter = formatter
        self._shop_name = shop_name
        self.rows: list[FollowUpRow] = []
        self.promise_dialog = None
        self.targets_dialog = None
        self.messages_dialog = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.new_button = QPushButton()
        self.check_button = QPushButton()
        self.targets_button = QPushButton()
        self.messages_button = QPushButton()
        self.table = QTableWidget(0, 6)
        self.table.setItemDelegate(IsolatingDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column in (0, 1, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.email_button = QPushButton()
        self.whatsapp_button = QPushButton()
        self.copy_button = QPushButton()
        self.done_button = QPushButton()
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.targets_button)
        top.addWidget(self.messages_button)
        top.addWidget(self.check_button)
        top.addWidget(self.new_button)
        actions = QHBoxLayout()
        for button in (self.email_button, self.whatsapp_button, self.copy_button, self.done_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.new_button.clicked.connect(self.new_promise)
        self.check_button.clicked.connect(self.check_for_new)
        self.done_button.clicked.connect(lambda: self.mark_done())
        self.email_button.clicked.connect(lambda: self.send("email"))
        self.whatsapp_button.clicked.connect(lambda: self.send("whatsapp"))
        self.copy_button.clicked.connect(lambda: self.copy_message())
        self.targets_button.clicked.connect(self.edit_targets)
        self.messages_button.clicked.connect(self.edit_messages)
        self._retranslate()  # the queue is read when the page is shown (showEvent)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self.refresh()

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Follow-ups"))
        self.new_button.setText(self.tr("New promise…"))
        self.check_button.setText(self.tr("Check for new"))
        self.email_button.setText(self.tr("E-mail…"))
        self.whatsapp_button.setText(self.tr("WhatsApp…"))
        self.copy_button.setText(self.tr("Copy message"))
        self.done_button.setText(self.tr("Mark done"))
        self.targets_button.setText(self.tr("Response times…"))
        self.messages_button.setText(self.tr("Messages…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Due"),
                self.tr("Kind"),
                self.tr("Customer"),
                self.tr("What"),
                self.tr("Response target"),
                self.tr("Owner"),
            ]
        )

    def kind_text(self, kind: str) -> str:
        return kind_name(kind)

    def duration_text(self, minutes: int) -> str:
        """A length of time in the largest whole unit that says it: 15 min, 24 h, 3 days."""
        hours, days = divmod(minutes, 60)[0], divmod(minutes, 24 * 60)[0]
        if minutes >= 48 * 60 or (days and minutes == days * 24 * 60):
            return self.tr("%Ln day(s)", "", days)
        if hours:
            return self.tr("%Ln h", "", hours)
        return self.tr("%Ln min", "", minutes)

    def target_text(self, row: FollowUpRow, now: datetime) -> tuple[str, bool]:
        """The channel's target and the time left against it (or how late), and whether it is late."""
        left = row.time_left(now)
        made = row.kind != "promise" and row.due_at is not None and row.done_at is None
        if left is None and made:  # made by the shop's data, with no channel: the time left to its deadline
            left = row.due_at - now
            minutes = int(abs(left.total_seconds()) // 60)
            if left.total_seconds() >= 0:
                return self.tr("%1 left").replace("%1", self.duration_text(minutes)), False
            return self.tr("%1 late").replace("%1", self.duration_text(minutes)), True
        if left is None or row.target_minutes is None:
            return "", False
        target = self.duration_text(row.target_minutes)
        minutes = int(abs(left.total_seconds()) // 60)
        if left.total_seconds() >= 0:
            return self.tr("%1 · %2 left").replace("%1", target).replace("%2", self.duration_text(minutes)), False
        return self.tr("%1 · %2 late").replace("%1", target).replace("%2", self.duration_text(minutes)), True

    def what_text(self, row: FollowUpRow) -> str:
        """What to do: the promise as typed, or for an item the shop's data made, what it asks for."""
        f = self._formatter()
        if row.kind == "reorder":
            return row.product_name(f.prefs.language)
        if row.what:
            return row.what
        number = f.plain_digits(row.order_number) if row.order_number else ""
        made = {
            "check_in": self.tr("Ask how order %1 arrived"),
            "return": self.tr("Return of order %1 is waiting"),
            "birthday": self.tr("Send birthday wishes"),
            "nudge": self.tr("Tell them one more stamp earns a reward"),
        }
        return made.get(row.kind, "").replace("%1", number)

    def owner_text(self, row: FollowUpRow) -> str:
        return row.owner or self.tr("Anyone at the desk")

    def refresh(self) -> None:
        f = self._formatter()
        now = datetime.now().astimezone()
        self.rows = self._follow_ups.queue()
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            target, late = self.target_text(row, now)
            values = (f.datetime(row.due_at), self.kind_text(row.kind), row.customer_name, self.what_text(row))
            for c, value in enumerate((*values, target, self.owner_text(row))):
                item = QTableWidgetItem(value)
                if row.overdue(now) or (c == 4 and late):
                    item.setForeground(QColor("#b00020"))
                    if c == 0:
                        item.setText(value + " · " + self.tr("overdue"))
                self.table.setItem(r, c, item)
        self.message.setText(self.tr("%Ln open item(s)", "", len(self.rows)))

    def selected(self) -> FollowUpRow | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def check_for_new(self) -> int:
        made = self._follow_ups.generate()
        self.refresh()
        self.message.setText(self.tr("%Ln new item(s).", "", made))
        return made

    def mark_done(self, row: FollowUpRow | None = None) -> bool:
        row = row or self.selected()
        if row is None:
            return False
        self._follow_ups.done(row.id, by=desk_user())
        self.refresh()
        return True

    def message_language(self, row: FollowUpRow) -> str:
        """The customer's own language for messages, else the desk's."""
        return row.customer_language or self._formatter().prefs.language

    def greeting(self, row: FollowUpRow) -> str:
        """The shop's message for this kind of item (or the default one) in the customer's language, filled with
        the customer's and the item's details."""
        language = self.message_language(row)
        template = self._follow_ups.message_template(row.kind, language) or default_message(row.kind, language)
        name = row.customer_name
        values = {
            "first_name": (name.split() or [""])[0],
            "customer_name": name,
            "shop_name": self._shop_name(),
            "order_number": self._number_in(language, row.order_number) if row.order_number else "",
            "product": row.product_name(language),
            "promise": row.what,
            "discount_code": (
                self._follow_ups.reward_code(row.customer_id, kind=row.kind)
                if row.customer_id and "$discount_code" in template
                else ""
            ),
        }
        placeholders = MESSAGE_PLACEHOLDERS.get(row.kind, ())
        return fill(template, values, placeholders, isolated=language in ("ar", "fa")).strip()

    def _number_in(self, language: str, number: int) -> str:
        """An order number in the desk's digits when the message is in the desk's language, else Western digits
        (which readers of all three languages know)."""
        f = self._formatter()
        return f.plain_digits(number) if f.prefs.language == language else str(number)

    def copy_message(self, row: FollowUpRow | None = None) -> str:
        """Put the filled message on the clipboard (for Instagram, a marketplace's inbox…); the item stays open
        until it is marked done, since copying is not sending."""
        row = row or self.selected()
        if row is None:
            return ""
        text = outgoing(self.greeting(row))
        QGuiApplication.clipboard().setText(text)
        self.message.setText(self.tr("Message copied. Mark the item done once it is sent."))
        return text

    def edit_targets(self) -> None:
        """The shop's response times and weekend: a setting, so the owner's (when roles are on)."""
        if not require_owner(self._guard, self, "settings.open"):
            return
        dialog = ResponseTargetsDialog(follow_ups=self._follow_ups, formatter=self._formatter(), parent=self)
        dialog.accepted.connect(self.refresh)
        open_owned(self, "targets_dialog", dialog)

    def edit_messages(self) -> None:
        """The shop's follow-up messages: template changes are the owner's (when roles are on)."""
        if not require_owner(self._guard, self, "templates.edit"):
            return
        dialog = FollowUpMessagesDialog(
            follow_ups=self._follow_ups,
            language=self._formatter().prefs.language,
            shop_name=self._shop_name,
            formatter=self._formatter(),
            parent=self,
        )
        open_owned(self, "messages_dialog", dialog)

    def send(self, how: str) -> bool:
        """Open an e-mail or a WhatsApp chat with the message written; the item is then done."""
        row = self.selected()
        if row is None:
            return False
        text = outgoing(self.greeting(row))
        if how == "email":
            if not row.customer_email:
                self.message.setText(self.tr("This customer has no e-mail address."))
                return False
            url = f"mailto:{row.customer_email}?subject={quote(self._shop_name())}&body={quote(text)}"
        else:
            digits = "".join(ch for ch in row.customer_phone if ch.isdigit())
            if not digits:
                self.message.setText(self.tr("This customer has no phone number."))
                return False
            url = f"https://wa.me/{digits}?text={quote(text)}"
        if not self.open_url(url):
            self.message.setText(self.tr("No program opened the link."))
            return False
        return self.mark_done(row)

    def open_url(self, url: str) -> bool:
        return QDesktopServices.openUrl(QUrl(url))

    def new_promise(self) -> None:
        dialog = PromiseDialog(
            follow_ups=self._follow_ups,
            customers=self._customers,
            formatter=self._formatter(),
            duration=self.duration_text,
            parent=self,
        )
        dialog.accepted.connect(self.refresh)
        open_owned(self, "promise_dialog", dialog)


class PromiseDialog(EditingDialog):
    """A promise made to a customer: what, who keeps it, by when: on a day, within N working days (the shop's
    weekend not counted), or by the channel's response-time target (the default once a channel with a target is
    chosen)."""

    ON_DAY, WORKING_DAYS, TARGET = "day", "working_days", "target"

    def __init__(
        self,
        *,
        follow_ups: FollowUpService,
        customers: CustomerService,
        formatter: Formatter,
        duration: Callable[[int], str] = str,  # minutes as words ("15 min")
        parent=None,  # noqa: ANN001
    ) -> None:
        super().__init__(parent)
        self._follow_ups = follow_ups
        self._customers = customers
        self._formatter = formatter
        self._duration = duration
        self._targets = follow_ups.targets()
        self._mode_chosen = False  # once the person picks how the deadline is given, a channel no longer changes it
        self.customer = QLineEdit()
        self.what = QLineEdit()
        self.owner = QLineEdit(desk_user())
        self.due_mode = QComboBox()
        for mode in (self.ON_DAY, self.WORKING_DAYS, self.TARGET):
            self.due_mode.addItem("", mode)
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        formatter.dress_date_edit(self.due)
        self.due.setDate(QDate(date.today() + timedelta(days=7)))
        self.working_days = QLineEdit(formatter.integer(7))
        self.working_days.setMaximumWidth(80)
        self.target_note = QLabel()
        self.due_fields = QStackedWidget()
        for widget in (self.due, self.working_days, self.target_note):
            self.due_fields.addWidget(side_by_side(widget))
        self.channel = QComboBox()
        self.channel.addItem("—", "")
        for channel in CHANNELS:
            self.channel.addItem(channel_name(channel), channel)
        self.error = FieldError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._labels = [QLabel() for _ in range(5)]
        deadline = side_by_side(self.due_mode, self.due_fields)
        form = QFormLayout(self)
        for label, field in zip(
            self._labels, (self.customer, self.what, self.owner, self.channel, deadline), strict=True
        ):
            form.addRow(label, field)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.setWindowTitle(self.tr("New promise"))
        self.setMinimumWidth(560)
        for label, text in zip(
            self._labels,
            (
                self.tr("Customer (phone or number, optional)"),
                self.tr("What was promised"),
                self.tr("Who keeps it"),
                self.tr("Channel"),
                self.tr("By"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.due_mode.setItemText(0, self.tr("On"))
        self.due_mode.setItemText(1, self.tr("Within working days"))
        self.due_mode.setItemText(2, self.tr("The channel's response target"))
        self.what.setPlaceholderText(self.tr("e.g. a replacement within 7 working days"))
        self.due_mode.activated.connect(self._on_due_mode_activated)
        self.due_mode.currentIndexChanged.connect(self.due_fields.setCurrentIndex)
        self.due_mode.currentIndexChanged.connect(lambda _index: self._show_target())
        self.channel.currentIndexChanged.connect(self._on_channel_changed)
        self._show_target()

    def _on_due_mode_activated(self, _index: int) -> None:
        self._mode_chosen = True

    def _on_channel_changed(self, _index: int) -> None:
        """A channel with a target makes the target the deadline, unless the person chose how it is given."""
        if not self._mode_chosen:
            has_target = self._targets.target(self.channel.currentData() or "") is not None
            self.due_mode.setCurrentIndex(self.due_mode.findData(self.TARGET if has_target else self.ON_DAY))
        self._show_target()

    def _show_target(self) -> None:
        minutes = self._targets.minutes.get(self.channel.currentData() or "")
        if minutes:
            self.target_note.setText(self.tr("in %1 from now").replace("%1", self._duration(minutes)))
        else:
            self.target_note.setText(self.tr("choose a channel that has a response target"))

    def save(self) -> bool:
        customer_id = None
        typed = self.customer.text().strip()
        if typed:
            customer_id = self._customers.find_by_phone_or_id(typed)
            if customer_id is None:
                self.error.show_message(self.tr("There is no customer %1.").replace("%1", typed))
                return False
        mode = self.due_mode.currentData()
        due, working_days = None, None
        try:
            if mode == self.ON_DAY:
                due = datetime.combine(self.due.date().toPython(), time(18)).astimezone()
            elif mode == self.WORKING_DAYS:
                working_days = parse_whole(
                    self.working_days.text(), field="working_days", minimum=0, maximum=MAX_WORKING_DAYS
                )
                if working_days is None:
                    raise InvalidInput("working_days", "required")
            self._follow_ups.promise(
                what=self.what.text(),
                owner=self.owner.text(),
                due=due,
                working_days=working_days,
                customer_id=customer_id,
                channel=self.channel.currentData(),
            )
        except InvalidInput as exc:
            self.error.show_message(self._reason(exc))
            return False
        self.accept()
        return True

    def _reason(self, exc: InvalidInput) -> str:
        if exc.field == "what":
            return self.tr("Say what was promised.")
        if exc.field == "owner":
            return self.tr("Say who keeps the promise.")
        if exc.field == "working_days":
            return self.tr("Working days: a whole number from 0 to 365.")
        if exc.field == "due":
            return self.tr("Choose a day, or a channel that has a response target.")
        return self.tr("The shop's weekend leaves no working day; change it in Response times….")


_ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))


def outgoing(text: str) -> str:
    """A message as it leaves the shop (clipboard, WhatsApp, e-mail): without the isolates that keep names in order on
    screen, which other programs show as stray marks or count as characters. ZWNJ and the rest stay."""
    return text.translate(_ISOLATES)
