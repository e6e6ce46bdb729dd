"""Follow-ups: promises made to customers and what the shop's data calls for (check-ins after delivery,
birthdays, one stamp from a reward, returns waiting), overdue first; answered by e-mail or WhatsApp in one
click, which marks the item done with who and when."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING
from urllib.parse import quote

from PySide6.QtCore import QDate, QEvent, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.errors import InvalidInput
from shopdesk.services.follow_up_records import CHANNELS
from shopdesk.views.widgets import FieldError, IsolatingDelegate, desk_user, open_owned

if TYPE_CHECKING:
    from shopdesk.services.customers import CustomerService
    from shopdesk.services.follow_up_records import FollowUpRow
    from shopdesk.services.follow_ups import FollowUpService
    from shopdesk.views.locale_format import Formatter


class FollowUpsView(QWidget):
    def __init__(
        self,
        *,
        follow_ups: FollowUpService,
        customers: CustomerService,
        formatter: Callable[[], Formatter],
        shop_name: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._follow_ups = follow_ups
        self._customers = customers
        self._formatter = formatter
        self._shop_name = shop_name
        self.rows: list[FollowUpRow] = []
        self.promise_dialog = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.new_button = QPushButton()
        self.check_button = QPushButton()
        self.table = QTableWidget(0, 5)
        self.table.setItemDelegate(IsolatingDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column in (0, 1, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.email_button = QPushButton()
        self.whatsapp_button = QPushButton()
        self.done_button = QPushButton()
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.check_button)
        top.addWidget(self.new_button)
        actions = QHBoxLayout()
        for button in (self.email_button, self.whatsapp_button, self.done_button):
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
        self.done_button.setText(self.tr("Mark done"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Due"), self.tr("Kind"), self.tr("Customer"), self.tr("What"), self.tr("Owner")]
        )

    def kind_text(self, kind: str) -> str:
        return {
            "promise": self.tr("Promise"),
            "check_in": self.tr("Check-in after delivery"),
            "birthday": self.tr("Birthday"),
            "nudge": self.tr("One stamp from a reward"),
            "return": self.tr("Return waiting"),
        }.get(kind, kind)

    def refresh(self) -> None:
        f = self._formatter()
        now = datetime.now().astimezone()
        self.rows = self._follow_ups.queue()
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = (f.datetime(row.due_at), self.kind_text(row.kind), row.customer_name, row.what, row.owner)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if row.overdue(now):
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

    def greeting(self, row: FollowUpRow) -> str:
        """The message for this kind of item, in the desk's language, with the customer's first name."""
        name = (row.customer_name.split() or [""])[0]
        texts = {
            "check_in": self.tr("Hello %1, your order has arrived. Is everything as you hoped? — %2"),
            "birthday": self.tr("Happy birthday, %1! Everyone at %2 wishes you a wonderful year."),
            "nudge": self.tr("Hello %1, one more stamp and your next reward at %2 is yours."),
            "return": self.tr("Hello %1, we are looking after your return and will write soon. — %2"),
        }
        text = texts.get(row.kind, self.tr("Hello %1, about what we promised: %3 — %2"))
        return text.replace("%1", name).replace("%2", self._shop_name()).replace("%3", row.what)

    def send(self, how: str) -> bool:
        """Open an e-mail or a WhatsApp chat with the message written; the item is then done."""
        row = self.selected()
        if row is None:
            return False
        text = self.greeting(row)
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
            follow_ups=self._follow_ups, customers=self._customers, formatter=self._formatter(), parent=self
        )
        dialog.accepted.connect(self.refresh)
        open_owned(self, "promise_dialog", dialog)


class PromiseDialog(QDialog):
    """A promise made to a customer: what, who keeps it, by which day."""

    def __init__(
        self,
        *,
        follow_ups: FollowUpService,
        customers: CustomerService,
        formatter: Formatter,
        parent=None,  # noqa: ANN001
    ) -> None:
        super().__init__(parent)
        self._follow_ups = follow_ups
        self._customers = customers
        self.customer = QLineEdit()
        self.what = QLineEdit()
        self.owner = QLineEdit(desk_user())
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setCalendar(formatter.calendar)
        self.due.setLocale(formatter.locale)
        self.due.setDate(QDate(date.today() + timedelta(days=7)))
        self.channel = QComboBox()
        names = {
            "chat": self.tr("Chat"),
            "email": self.tr("E-mail"),
            "ticket": self.tr("Ticket"),
            "phone": self.tr("Phone"),
            "whatsapp": self.tr("WhatsApp"),
            "other": self.tr("Other"),
        }
        self.channel.addItem("—", "")
        for channel in CHANNELS:
            self.channel.addItem(names[channel], channel)
        self.error = FieldError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._labels = [QLabel() for _ in range(5)]
        form = QFormLayout(self)
        for label, field in zip(
            self._labels, (self.customer, self.what, self.owner, self.due, self.channel), strict=True
        ):
            form.addRow(label, field)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.setWindowTitle(self.tr("New promise"))
        self.setMinimumWidth(520)
        for label, text in zip(
            self._labels,
            (
                self.tr("Customer (phone or number, optional)"),
                self.tr("What was promised"),
                self.tr("Who keeps it"),
                self.tr("By"),
                self.tr("Channel"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.what.setPlaceholderText(self.tr("e.g. a replacement within 7 working days"))

    def save(self) -> bool:
        customer_id = None
        typed = self.customer.text().strip()
        if typed:
            customer_id = self._customers.find_by_phone_or_id(typed)
            if customer_id is None:
                self.error.show_message(self.tr("There is no customer %1.").replace("%1", typed))
                return False
        due = datetime.combine(self.due.date().toPython(), time(18)).astimezone()
        try:
            self._follow_ups.promise(
                what=self.what.text(),
                owner=self.owner.text(),
                due=due,
                customer_id=customer_id,
                channel=self.channel.currentData(),
            )
        except InvalidInput as exc:
            self.error.show_message(
                self.tr("Say what was promised.") if exc.field == "what" else self.tr("Say who keeps the promise.")
            )
            return False
        self.accept()
        return True
