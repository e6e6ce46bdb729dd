"""Packing station: a focused, large-type page for packing staff.

Scan or type an order number (USB barcode scanners type like a keyboard and press Enter; every packing slip
carries a Code 128 barcode of its order number), tick each item (click it, or scan its SKU), and when the last
one is ticked the order becomes packed and its insert is printed or queued. A wrong, unknown, cancelled or
already-packed order is said plainly, in large red type, with a beep; nothing is marked packed by mistake. An order
not paid yet is packed with a warning in large amber type and the same beep (what is left to collect stays on
screen), or refused when the shop packs only paid orders (Settings → Shop). The scan field keeps the keyboard:
clicking an item, a refusal or a packed order never leaves the scanner typing into something else.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.errors import InvalidInput, NotFound, NotPackable, NotPaid
from shopdesk.services.numbers import ascii_digits
from shopdesk.services.packing_list import PackingChecklist, PackingOrder, Scan
from shopdesk.services.print_requests import PrintRequest
from shopdesk.services.text import isolate_ltr
from shopdesk.views.labels import status_text
from shopdesk.views.pdf_printing import print_pdf
from shopdesk.views.print_texts import texts_for

if TYPE_CHECKING:
    from shopdesk.services.packing import PackingService
    from shopdesk.services.print_studio import PrintService
    from shopdesk.views.locale_format import Formatter
    from shopdesk.views.preferences import DisplayPreferences

_OK = "background: #e3f4e1; color: #1d5e20; border: 2px solid #4c9a50;"
_WRONG = "background: #fde2e0; color: #9b1c12; border: 3px solid #d2362a;"
_NEUTRAL = "background: #eef1f5; color: #27323f; border: 1px solid #c5ccd6;"
_WARN = "background: #fff1cc; color: #6b4500; border: 3px solid #e0a100;"


class PackingStation(QWidget):
    order_packed = Signal(int)  # order id

    def __init__(
        self,
        *,
        packing: PackingService,
        prints: PrintService,
        display_for: Callable[[str], DisplayPreferences],
        formatter: Callable[[], Formatter],
        language: Callable[[], str],
        queue_dir: Callable[[], Path],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._packing = packing
        self._prints = prints
        self._display_for = display_for
        self._formatter = formatter
        self._language = language
        self._queue_dir = queue_dir
        self.checklist: PackingChecklist | None = None
        self.last_insert: Path | None = None

        big = QFont(self.font())
        big.setPointSizeF(max(16.0, big.pointSizeF() * 1.8))
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.scan = QLineEdit()
        self.scan.setFont(big)
        self.scan.setClearButtonEnabled(True)
        self.banner = QLabel()
        self.banner.setFont(big)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setMargin(12)
        self.heading = QLabel()
        heading_font = QFont(big)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.payment = QLabel()  # an unpaid order's "collect … on delivery", on screen while it is packed
        self.payment.setFont(heading_font)
        self.payment.setWordWrap(True)
        self.payment.setTextFormat(Qt.TextFormat.PlainText)
        self.payment.setMargin(8)
        self.payment.setStyleSheet(_WARN)
        self.payment.hide()
        self.gift = QLabel()
        self.gift.setWordWrap(True)
        self.gift.setTextFormat(Qt.TextFormat.PlainText)
        self.items = QListWidget()
        self.items.setFont(big)
        self.items.setSpacing(4)
        self.items.setStyleSheet("QListWidget::indicator { width: 26px; height: 26px; }")
        # Clicking an item (or the option below) must not take the keyboard from the scan field: a scanner types
        # into whatever has focus, and the next SKU would be lost.
        self.items.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.print_now = QCheckBox()
        self.print_now.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.queue_note = QLabel()
        self.queue_note.setTextFormat(Qt.TextFormat.PlainText)
        self.queue_note.setWordWrap(True)

        options = QHBoxLayout()
        options.addWidget(self.print_now)
        options.addWidget(self.queue_note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.scan)
        layout.addWidget(self.banner)
        layout.addWidget(self.heading)
        layout.addWidget(self.payment)
        layout.addWidget(self.gift)
        layout.addWidget(self.items, 1)
        layout.addLayout(options)

        self.scan.returnPressed.connect(self._on_scan_return_pressed)
        self.items.itemClicked.connect(self._on_items_item_clicked)
        self.print_now.toggled.connect(lambda _on: self._retranslate())
        self._banner_text: Callable[[], str] = lambda: self.tr("Scan an order number to start.")
        self._banner_style = _NEUTRAL
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self.scan.setFocus()

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Packing station"))
        self.scan.setPlaceholderText(self.tr("Scan or type an order number, then each item's SKU"))
        self.print_now.setText(self.tr("Print the insert on the default printer"))
        if self.print_now.isChecked():
            self.queue_note.setText("")
        else:
            folder = isolate_ltr(str(self._queue_dir()))
            self.queue_note.setText(self.tr("Otherwise inserts are saved to print later in %1").replace("%1", folder))
        self._show_banner(self._banner_text, self._banner_style)
        self._show_payment()
        self._fill_items()

    # --- scanning ---------------------------------------------------------------------------------------------
    def _on_scan_return_pressed(self) -> None:
        code = self.scan.text().strip()
        self.scan.clear()
        if code:
            self.handle_scan(code)

    def handle_scan(self, code: str) -> None:
        """A code from the scanner or the keyboard: an item of the open order, or an order number."""
        if self.checklist is not None and not self.checklist.complete:
            result, line = self.checklist.scan(code)
            if result is Scan.TICKED:
                self._fill_items()
                self._ok(lambda: self.tr("%1 ticked.").replace("%1", line.name))
                self._finish_if_complete()
                return
            if result is Scan.ALREADY_COMPLETE:
                self._wrong(lambda: self.tr("All of %1 is packed already.").replace("%1", line.name))
                return
            if not ascii_digits(code).lstrip("#").strip().isdigit():
                self._wrong(lambda: self.tr("%1 is not in this order.").replace("%1", isolate_ltr(code)))
                return
        self.open_order(code)

    def open_order(self, code: str) -> None:
        try:
            order = self._packing.open_order(code, self._language())
        except InvalidInput:
            self._wrong(lambda: self.tr("%1 is not an order number.").replace("%1", isolate_ltr(code)))
            return
        except NotFound as exc:
            number = self._number(exc.key)
            self._wrong(lambda: self.tr("There is no order %1.").replace("%1", number))
            return
        except NotPackable as exc:
            self._not_packable(exc)
            return
        self.checklist = PackingChecklist(order)
        self._show_payment()
        self.heading.setText(self._heading(order))
        self.gift.setText(order.gift_message)
        self.gift.setVisible(bool(order.gift_message))
        self._fill_items()
        if not order.lines:
            self._wrong(lambda: self.tr("Order %1 has no items to pack.").replace("%1", self._number(order.number)))
            return
        if order.unpaid:
            due = self._formatter().money(order.due_minor, order.currency)
            self._warn(
                lambda: (
                    self.tr("Order %1 is not paid: collect %2 on delivery. Tick each item as it goes in the box.")
                    .replace("%1", self._number(order.number))
                    .replace("%2", isolate_ltr(due))
                )
            )
            return
        self._ok(
            lambda: self.tr("Order %1: tick each item as it goes in the box.").replace("%1", self._number(order.number))
        )

    def _on_items_item_clicked(self, item: QListWidgetItem) -> None:
        self._keep_scanning()
        if self.checklist is None or self.checklist.complete:
            return
        self.checklist.toggle(item.data(Qt.ItemDataRole.UserRole))
        self._fill_items()
        self._finish_if_complete()

    def _keep_scanning(self) -> None:
        """The scan field takes the keyboard back (the scanner's next code lands there), while the page is shown."""
        if self.isVisible():
            self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- packed -----------------------------------------------------------------------------------------------
    def _finish_if_complete(self) -> None:
        checklist = self.checklist
        if checklist is None or not checklist.complete:
            return
        order = checklist.order
        try:
            self._packing.mark_packed(order)
        except NotPackable as exc:
            self.checklist = None
            self._not_packable(exc)
            return
        number = self._number(order.number)
        self.order_packed.emit(order.id)
        try:
            where = self._print_insert(order)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self._wrong(
                lambda: (
                    self.tr("Order %1 is packed, but its insert could not be made: %2")
                    .replace("%1", number)
                    .replace("%2", reason)
                )
            )
            return
        if order.unpaid:
            due = isolate_ltr(self._formatter().money(order.due_minor, order.currency))
            self._warn(
                lambda: (
                    self.tr("Order %1 is packed. It is not paid: collect %2 on delivery.")
                    .replace("%1", number)
                    .replace("%2", due)
                ),
                beep=False,
            )
        elif where is None:
            self._ok(lambda: self.tr("Order %1 is packed and its insert is printing.").replace("%1", number))
        else:
            self._ok(lambda: self.tr("Order %1 is packed; its insert waits in the print queue.").replace("%1", number))

    def _print_insert(self, order: PackingOrder) -> Path | None:
        """Make the order's insert; print it now, or leave it in the queue folder (returned)."""
        request = PrintRequest(document="inserts", size="a6", language="auto")
        path = self._queue_dir() / f"insert-{order.number}.pdf"
        for _ in self._prints.write_pdf([order.id], request, texts_for(self._display_for), path):
            pass
        self.last_insert = path
        if self.print_now.isChecked():
            document = QPdfDocument(self)
            document.load(str(path))
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printed = print_pdf(document, printer)
            document.close()
            document.deleteLater()
            if printed:
                self._prints.record_printed([order.id], request)
                path.unlink(missing_ok=True)
                return None
        self._prints.record_printed([order.id], request)
        return path

    # --- showing ----------------------------------------------------------------------------------------------
    def _heading(self, order: PackingOrder) -> str:
        text = self.tr("Order %1").replace("%1", self._number(order.number))
        if order.customer_name:
            text += " · " + order.customer_name
        return text

    def _fill_items(self) -> None:
        self.items.clear()
        if self.checklist is None:
            return
        formatter = self._formatter()
        for line in self.checklist.order.lines:
            done = self.checklist.packed[line.line_id]
            text = f"{formatter.integer(line.quantity)} × {line.name}"
            if line.sku:
                text += f"  ({isolate_ltr(line.sku)})"
            if line.quantity > 1:
                text += f"   {formatter.integer(done)}/{formatter.integer(line.quantity)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, line.line_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if self.checklist.is_done(line) else Qt.CheckState.Unchecked)
            self.items.addItem(item)

    def _number(self, number: object) -> str:
        try:
            return self._formatter().plain_digits(int(number))
        except (TypeError, ValueError):
            return str(number)

    def _show_payment(self) -> None:
        order = self.checklist.order if self.checklist is not None else None
        if order is None or not order.unpaid:
            self.payment.hide()
            return
        due = isolate_ltr(self._formatter().money(order.due_minor, order.currency))
        self.payment.setText(self.tr("Not paid: collect %1 on delivery.").replace("%1", due))
        self.payment.show()

    def _not_packable(self, error: NotPackable) -> None:
        number = self._number(error.number)
        status = status_text(error.status)
        if isinstance(error, NotPaid):
            self.checklist = None
            self._show_payment()
            self.heading.clear()
            self.gift.hide()
            self._fill_items()
            due = isolate_ltr(self._formatter().money(error.due_minor, error.currency))
            self._wrong(
                lambda: (
                    self.tr(
                        "Order %1 is not paid (%2 to pay). This shop packs only paid orders: do not pack it until "
                        "it is paid."
                    )
                    .replace("%1", number)
                    .replace("%2", due)
                )
            )
        elif error.status == "cancelled":
            self._wrong(lambda: self.tr("Order %1 is cancelled. Do not pack it.").replace("%1", number))
        else:
            self._wrong(
                lambda: (
                    self.tr("Order %1 is already %2. Do not pack it again.").replace("%1", number).replace("%2", status)
                )
            )

    def _ok(self, text: Callable[[], str]) -> None:
        self._show_banner(text, _OK)
        self._keep_scanning()

    def _wrong(self, text: Callable[[], str]) -> None:
        self._show_banner(text, _WRONG)
        self.beep()
        self._keep_scanning()

    def _warn(self, text: Callable[[], str], *, beep: bool = True) -> None:
        self._show_banner(text, _WARN)
        if beep:
            self.beep()
        self._keep_scanning()

    def beep(self) -> None:
        """The station's sound for what needs a look: refusals and unpaid orders."""
        QApplication.beep()

    def _show_banner(self, text: Callable[[], str], style: str) -> None:
        self._banner_text, self._banner_style = text, style
        self.banner.setText(text())
        self.banner.setStyleSheet(style)

    @property
    def banner_is_error(self) -> bool:
        return self._banner_style == _WRONG

    @property
    def banner_is_warning(self) -> bool:
        return self._banner_style == _WARN
