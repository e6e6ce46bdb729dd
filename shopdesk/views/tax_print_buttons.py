""" "Print receipt…" and "Print invoice…" on an order's page: the order's receipt (80 mm roll) or tax invoice (A4)
saved as a PDF to print, made by ``TaxPrintService`` as ``shopdesk print receipts|invoices`` makes them, in the
customer's language with this desk's digits and calendar. The first printing is noted; a later one says "copy"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from shopdesk.services.errors import DatabaseBusy, InvalidInput
from shopdesk.services.text import isolate_ltr

if TYPE_CHECKING:
    from shopdesk.services.tax.printing import TaxPrintService
    from shopdesk.views.preferences import DisplayPreferences

PAGES = {"receipts": "80mm", "invoices": "a4"}  # what a shop usually prints each on


def tax_texts_for(display_for: Callable[[str], DisplayPreferences]) -> Callable[[str, str | None], object]:
    """The words of tax documents in each language (and a second beside them), with this desk's display for the
    language; made here, on the GUI thread (the desk's preferences are QSettings), for the printing to use."""
    from shopdesk.services.print_requests import LANGUAGES
    from shopdesk.views.tax_texts import tax_text

    made = {
        (language, second): tax_text(language, second, display_for(language))
        for language in LANGUAGES
        for second in (None, *LANGUAGES)
        if second != language
    }
    return lambda language, second=None: made[(language, second)]


class TaxPrintButtons(QWidget):
    def __init__(
        self,
        *,
        tax_prints: TaxPrintService | None,
        order_id: int,
        display_for: Callable[[str], DisplayPreferences] | None,
        note: QLabel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tax_prints = tax_prints
        self._order_id = order_id
        self._display_for = display_for
        self._note = note  # where the page says what was saved, or why not
        self.receipt_button = QPushButton()
        self.receipt_button.setObjectName("printReceipt")
        self.invoice_button = QPushButton()
        self.invoice_button.setObjectName("printInvoice")
        self.receipt_button.clicked.connect(lambda: self.print_document("receipts"))
        self.invoice_button.clicked.connect(lambda: self.print_document("invoices"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.receipt_button)
        layout.addWidget(self.invoice_button)
        self.setVisible(tax_prints is not None and display_for is not None)
        self._retranslate()

    def print_document(self, document: str) -> bool:
        """Save this order's receipt or invoice as a PDF (asked where); False when nothing was saved."""
        if self._tax_prints is None or self._display_for is None:
            return False
        target = self.ask_save_path(f"{document[:-1]}-{self._order_id}.pdf")
        if not target:
            return False
        texts = tax_texts_for(self._display_for)
        try:
            self._tax_prints.write_pdf(document, [self._order_id], PAGES[document], texts, Path(target))
        except InvalidInput:  # only an invoice can be missing: a receipt of an order without VAT is a plain one
            self._note.setText(self.tr("This order has no tax invoice: it was placed without VAT."))
            return False
        except DatabaseBusy as exc:
            from shopdesk.views.busy import refused_text

            self._note.setText(refused_text(exc))
            return False
        except OSError as exc:
            self._note.setText(self.tr("The PDF could not be saved: %1").replace("%1", exc.strerror or str(exc)))
            return False
        receipt = document == "receipts"
        saved = self.tr("The receipt is saved in %1.") if receipt else self.tr("The invoice is saved in %1.")
        self._note.setText(saved.replace("%1", isolate_ltr(target)))
        return True

    def ask_save_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), suggested, "PDF (*.pdf)")
        return path

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.receipt_button.setText(self.tr("Print receipt…"))
        self.receipt_button.setToolTip(self.tr("Save this order's receipt (80 mm roll) as a PDF, to print"))
        self.invoice_button.setText(self.tr("Print invoice…"))
        self.invoice_button.setToolTip(self.tr("Save this order's tax invoice (A4) as a PDF, to print"))
