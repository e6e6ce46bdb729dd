"""Exchanging a returned item: pick what goes out instead (from the catalogue, or typed), and how many; the
replacement order is paid with what the return is worth."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from shopdesk.services.errors import InvalidInput
from shopdesk.services.numbers import parse_money
from shopdesk.services.order_rows import LineDraft
from shopdesk.views.widgets import EditingDialog, FieldError, NumberLineEdit

if TYPE_CHECKING:
    from shopdesk.services.product_records import ProductRow
    from shopdesk.views.locale_format import Formatter


class ExchangeDialog(EditingDialog):
    def __init__(
        self, *, products: list[ProductRow], formatter: Formatter, currency_digits: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._products = products
        self._formatter = formatter
        self._digits = currency_digits
        self.product = QComboBox()
        self.product.setEditable(True)  # a one-off item may be typed
        for product in products:
            self.product.addItem(product.name(formatter.prefs.language), product.id)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 999)
        self.quantity.setLocale(formatter.locale)
        self.price = NumberLineEdit()
        self.error = FieldError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        self._labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout(self)
        form.addRow(self._labels[0], self.product)
        form.addRow(self._labels[1], self.quantity)
        form.addRow(self._labels[2], self.price)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.product.currentIndexChanged.connect(self._on_product_changed)
        self._on_product_changed()
        self._retranslate()
        self.line: LineDraft | None = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Exchange for"))
        self._labels[0].setText(self.tr("Item"))
        self._labels[1].setText(self.tr("Quantity"))
        self._labels[2].setText(self.tr("Unit price"))

    def _on_product_changed(self, *_args: object) -> None:
        product = self._chosen()
        if product is not None:
            whole, fraction = divmod(product.price_minor, 10**self._digits)
            self.price.setText(f"{whole}.{fraction:0{self._digits}d}" if self._digits else str(whole))

    def _chosen(self) -> ProductRow | None:
        product_id = self.product.currentData()
        if self.product.currentText() != self.product.itemText(self.product.currentIndex()):
            return None  # typed over: a one-off item
        return next((p for p in self._products if p.id == product_id), None)

    def _on_accepted(self) -> None:
        name = self.product.currentText().strip()
        if not name:
            self.error.show_message(self.tr("Choose or type the item that goes out instead."))
            return
        try:
            price = parse_money(self.price.text(), minor_digits=self._digits, field="price")
        except InvalidInput:
            self.error.show_message(self.tr("Type a price, e.g. 12.50."))
            return
        product = self._chosen()
        self.line = LineDraft(name, self.quantity.value(), price, product_id=product.id if product else None)
        self.accept()
