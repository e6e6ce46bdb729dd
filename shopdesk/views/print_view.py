"""Print studio page: choose orders and a document, preview it, then print it or save it as a PDF. Besides
packing inserts and notes it offers receipts, tax invoices and credit notes on their own sizes (80 mm and 58 mm
rolls, A5, A4), made by ``TaxPrintService`` as ``shopdesk print receipts|invoices|credit-notes`` makes them; they
are noted as printed when saved or printed, not when previewed.

The PDF is made off the GUI thread (``jobs.Job``) with a progress dialog and Cancel. Printing to a real printer
draws each previewed page (``QPdfDocument.render``) onto the printer at its own resolution, so what is printed is
exactly what was previewed and saved.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.errors import DatabaseBusy, InvalidInput, NotFound
from shopdesk.services.files import written_whole
from shopdesk.services.numbers import ascii_digits, order_number
from shopdesk.services.order_rows import STATUSES
from shopdesk.services.print_requests import LANGUAGES, PrintRequest
from shopdesk.services.printing import DOCUMENTS, SIZE_NAMES, TAX_DOCUMENTS, TAX_SIZES
from shopdesk.views.busy import refused_text
from shopdesk.views.jobs import Job, JobRunner
from shopdesk.views.labels import LANGUAGE_NAMES, status_text
from shopdesk.views.pdf_printing import print_pdf
from shopdesk.views.print_texts import document_text
from shopdesk.views.roles import OwnerGuard
from shopdesk.views.widgets import fill_combo, open_owned

if TYPE_CHECKING:
    from shopdesk.services.print_studio import PrintService
    from shopdesk.services.tax.printing import TaxPrintService
    from shopdesk.views.preferences import DisplayPreferences


class PrintView(QWidget):
    printed = Signal(int)  # documents printed or saved
    status_message = Signal(str)

    def __init__(
        self,
        *,
        prints: PrintService,
        selected_orders: Callable[[], list[int]],
        display_for: Callable[[str], DisplayPreferences],
        jobs: JobRunner,
        guard: OwnerGuard | None = None,
        tax_prints: TaxPrintService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``tax_prints``: receipts, tax invoices and credit notes are offered too."""
        super().__init__(parent)
        self._prints = prints
        self._tax_prints = tax_prints
        self._sized_for: str | None = None  # the document the sizes were offered for
        self._guard = guard  # printing is staff work; changing the messages is the owner's
        self._selected_orders = selected_orders
        self._display_for = display_for
        self._jobs = jobs
        self._folder = tempfile.TemporaryDirectory(prefix="shopdesk-print-")
        self._job: Job | None = None
        self._progress: QProgressDialog | None = None
        self._then: Callable[[], None] | None = None
        # what the preview shows: the orders, the request (a tax document: its name and size) and the file
        self.ready: tuple[list[int], PrintRequest | tuple[str, str], Path] | None = None
        self._said: Callable[[], str] | None = None  # the last message, made again in a new language

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.from_selection = QRadioButton()
        self.from_status = QRadioButton()
        self.from_numbers = QRadioButton()
        self.source = QButtonGroup(self)
        for button in (self.from_status, self.from_selection, self.from_numbers):
            self.source.addButton(button)
        self.from_status.setChecked(True)
        self.status = QComboBox()
        self.today_only = QCheckBox()
        self.today_only.setChecked(True)
        self.numbers = QLineEdit()
        self.numbers.setPlaceholderText("1001, 1002")
        self.document = QComboBox()
        self.size = QComboBox()
        self.language = QComboBox()
        self.gift_mode = QCheckBox()
        self.gift_line = QLineEdit()
        self.gift_line.setMaxLength(200)
        self.messages_button = QPushButton()
        self.messages_dialog = None
        self.preview_button = QPushButton()
        self.save_button = QPushButton()
        self.print_button = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.pdf_view.setMinimumSize(QSize(320, 360))

        self._status_row = QWidget()
        status_row = QHBoxLayout(self._status_row)
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.today_only)
        self.form = QFormLayout()
        self.form.addRow(self.from_status)
        self.form.addRow(self._status_row)
        self.form.addRow(self.from_selection)
        self.form.addRow(self.from_numbers)
        self.form.addRow(self.numbers)
        self.document_label, self.size_label, self.language_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.document_label, self.document)
        self.form.addRow(self.size_label, self.size)
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.gift_mode)
        self.gift_line_label = QLabel()
        self.gift_line_label.setWordWrap(True)
        self.form.addRow(self.gift_line_label)
        self.form.addRow(self.gift_line)
        self.form.addRow(self.messages_button)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.save_button, self.print_button):
            buttons.addWidget(button)
        controls = QVBoxLayout()
        controls.addWidget(self.title)
        controls.addLayout(self.form)
        controls.addLayout(buttons)
        controls.addWidget(self.message)
        controls.addStretch(1)
        side = QWidget()
        side.setLayout(controls)
        side.setMaximumWidth(420)
        layout = QHBoxLayout(self)
        layout.addWidget(side)
        layout.addWidget(self.pdf_view, 1)

        for combo in (self.status, self.document, self.size, self.language):
            combo.currentIndexChanged.connect(self._on_choice_changed)
        self.document.currentIndexChanged.connect(lambda _index: self._fill_sizes())
        for check in (self.today_only, self.gift_mode):
            check.toggled.connect(self._on_choice_changed)
        self.source.buttonToggled.connect(self._on_choice_changed)
        self.numbers.textEdited.connect(self._on_numbers_edited)
        self.gift_line.textEdited.connect(self._on_choice_changed)
        self.messages_button.clicked.connect(self.open_messages)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_pages)
        self._retranslate()
        self.status.setCurrentIndex(max(0, self.status.findData("packed")))

    # --- choices ---------------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Print studio"))
        self.from_status.setText(self.tr("Orders with status"))
        self.today_only.setText(self.tr("changed today"))
        self.from_selection.setText(self.tr("Orders selected in the orders list"))
        self.from_numbers.setText(self.tr("Order numbers"))
        self.document_label.setText(self.tr("Document"))
        self.size_label.setText(self.tr("Page size"))
        self.language_label.setText(self.tr("Language"))
        self.gift_mode.setText(self.tr("Gift mode (no prices, with the gift message)"))
        self.gift_line_label.setText(self.tr("A line about a free sample or gift in the parcel (optional)"))
        self.messages_button.setText(self.tr("Messages…"))
        self.preview_button.setText(self.tr("Preview"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.print_button.setText(self.tr("Print…"))
        fill_combo(self.status, STATUSES, status_text)
        documents = {
            "inserts": self.tr("Packing inserts"),
            "notes": self.tr("Thank-you notes"),
            "receipts": self.tr("Receipts (simplified tax invoices)"),
            "invoices": self.tr("Tax invoices"),
            "credit-notes": self.tr("Credit notes"),
        }
        offered = (*DOCUMENTS, *(TAX_DOCUMENTS if self._tax_prints is not None else ()))
        self.document.blockSignals(True)  # the same document, its name in another language
        fill_combo(self.document, offered, documents.__getitem__)
        self.document.blockSignals(False)
        self._fill_sizes()
        languages = {"auto": self.tr("Each customer's language"), **LANGUAGE_NAMES}
        fill_combo(self.language, ("auto", *LANGUAGES), languages.__getitem__)
        if self._said is not None:
            self.message.setText(self._said())

    def _fill_sizes(self) -> None:
        """The page sizes of the chosen document: rolls and sheets for receipts and invoices; the gift options and
        messages belong to inserts and notes only."""
        sizes = {
            "a6": self.tr("A6 (105 × 148 mm)"),
            "a5": self.tr("A5 (148 × 210 mm; notes fold to A6)"),
            "a4": self.tr("A4 (210 × 297 mm)"),
            "4x6": self.tr("4 × 6 in (label printer)"),
            "a4-2up": self.tr("2 per A4 sheet, with cut marks"),
            "a4-4up": self.tr("4 per A4 sheet, with cut marks"),
        }
        tax = self.tax_document() is not None
        if tax:
            sizes |= {
                "80mm": self.tr("80 mm roll (receipt printer)"),
                "58mm": self.tr("58 mm roll (small receipt printer)"),
                "a5": self.tr("A5 (148 × 210 mm)"),
            }
        names = TAX_SIZES if tax else SIZE_NAMES
        chosen = self.size.currentData()
        if tax and self.document.currentData() != self._sized_for or chosen not in names:
            chosen = {"receipts": "80mm", None: "a6"}.get(self.tax_document(), "a4")  # the usual paper of each
        self._sized_for = self.document.currentData()
        self.size.blockSignals(True)
        fill_combo(self.size, names, sizes.__getitem__)
        self.size.setCurrentIndex(max(0, self.size.findData(chosen)))
        self.size.blockSignals(False)
        for widget in (self.gift_mode, self.gift_line_label, self.gift_line, self.messages_button):
            widget.setEnabled(not tax)
        self._on_choice_changed()

    def tax_document(self) -> str | None:
        """The tax document chosen (receipts, invoices, credit-notes), or None for an insert or a note."""
        document = self.document.currentData()
        return document if document in TAX_DOCUMENTS else None

    def _on_choice_changed(self, *_args: object) -> None:
        self.ready = None
        self.status.setEnabled(self.from_status.isChecked())
        self.today_only.setEnabled(self.from_status.isChecked())
        self.numbers.setEnabled(self.from_numbers.isChecked())

    def _on_numbers_edited(self, _text: str) -> None:
        self.from_numbers.setChecked(True)
        self._on_choice_changed()

    def request(self) -> PrintRequest:
        return PrintRequest(
            document=self.document.currentData(),
            size=self.size.currentData(),
            language=self.language.currentData(),
            gift_mode=self.gift_mode.isChecked(),
            gift_line=self.gift_line.text().strip(),
        )

    def chosen_order_ids(self) -> list[int]:
        """The orders the choices name; raises ``InvalidInput`` or ``NotFound`` with what is wrong."""
        if self.from_selection.isChecked():
            ids = self._selected_orders()
            if not ids:
                raise InvalidInput("orders", "none selected")
            return ids
        if self.from_numbers.isChecked():
            parts = [p.strip() for p in ascii_digits(self.numbers.text()).replace("،", ",").split(",") if p.strip()]
            bad = [p for p in parts if order_number(p) is None]
            if bad or not parts:
                raise InvalidInput("numbers", "not order numbers", bad[0] if bad else "")
            return self._prints.order_ids(numbers=[order_number(p) for p in parts])
        from datetime import date

        since = date.today() if self.today_only.isChecked() else None
        return self._prints.order_ids(status=self.status.currentData(), since=since)

    def open_messages(self, _checked: bool = False) -> None:
        """Edit the shop's messages; the preview is made again afterwards so it shows the new words."""
        from shopdesk.views.message_templates_dialog import MessageTemplatesDialog

        language = self.language.currentData()
        dialog = MessageTemplatesDialog(
            prints=self._prints,
            display_for=self._display_for,
            language=language if language in LANGUAGES else "en",
            guard=self._guard,
            parent=self,
        )
        dialog.finished.connect(lambda _result: self._on_choice_changed())
        open_owned(self, "messages_dialog", dialog)

    # --- making the PDF ---------------------------------------------------------------------------------------
    def preview(self, then: Callable[[], None] | None = None) -> None:
        """Make the PDF for the current choices in the background and show it; then run ``then``."""
        if self._job is not None:
            return
        self.ready = None
        try:
            ids = self.chosen_order_ids()
        except InvalidInput as exc:
            self._say(lambda error=exc: self._input_message(error))
            return
        except NotFound as exc:
            self._say(lambda key=str(exc.key): self.tr("There is no order %1.").replace("%1", key))
            return
        if not ids:
            self._say(lambda: self.tr("No orders match these choices."))
            return
        self.pdf.close()  # the preview file is about to be replaced
        out = Path(self._folder.name) / "preview.pdf"
        tax_document = self.tax_document()
        if tax_document is not None:
            work = self._tax_work(ids, tax_document, out)
        else:
            request = self.request()
            # Built here, on the GUI thread: the desk's preferences (QSettings) are not for the worker thread.
            made = {language: document_text(self._display_for(language)) for language in LANGUAGES}
            text_for = made.__getitem__

            def work(cancel):  # noqa: ANN001, ANN202
                yield from self._prints.write_pdf(ids, request, text_for, out, cancel)
                return ids, request, out

        self._then = then if callable(then) else None
        job = Job(work)
        job.signals.progress.connect(self._on_job_progress)
        job.signals.finished.connect(self._on_job_finished)
        job.signals.failed.connect(self._on_job_failed)
        job.signals.cancelled.connect(self._on_job_cancelled)
        self._job = job
        self._progress = QProgressDialog(
            self.tr("Preparing %Ln document(s)…", "", len(ids)), self.tr("Cancel"), 0, len(ids), self
        )
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(400)
        self._progress.canceled.connect(job.cancel)
        self._set_busy(True)
        self._jobs.start(job)

    def _tax_work(self, ids: list[int], document: str, out: Path):  # noqa: ANN202
        """The job making a preview of receipts, invoices or credit notes (not yet noted as printed)."""
        from shopdesk.views.tax_print_buttons import tax_texts_for

        texts = tax_texts_for(self._display_for)  # on the GUI thread, as for inserts
        size, language, tax_prints = self.size.currentData(), self.language.currentData(), self._tax_prints

        def work(_cancel):  # noqa: ANN001, ANN202
            tax_prints.write_pdf(document, ids, size, texts, out, language=language, mark_printed=False)
            return ids, (document, size), out
            yield  # a generator for Job: one file, no progress to report

        return work

    def _record_printed(self, ids: list[int], request: PrintRequest | tuple[str, str]) -> None:
        if isinstance(request, tuple):
            self._tax_prints.record_printed(request[0], ids)  # a second printing of them will say "copy"
        else:
            self._prints.record_printed(ids, request)

    def _on_job_progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(done)

    def _on_job_finished(self, result) -> None:  # noqa: ANN001
        self._end_job()
        ids, request, path = result
        self.pdf.load(str(path))
        self.ready = (ids, request, path)
        counts = {} if isinstance(request, tuple) else self._prints.print_counts(ids, request.document)
        again = sum(1 for n in counts.values() if n)
        shown = self.pdf.pageCount() if isinstance(request, tuple) else len(ids)

        def ready() -> str:
            text = self.tr("%Ln document(s) ready.", "", shown)
            return text + " " + self.tr("%Ln of them printed before.", "", again) if again else text

        self._say(ready)
        then, self._then = self._then, None
        if then is not None:
            then()

    def _on_job_failed(self, error: Exception) -> None:
        self._end_job()
        self._then = None
        if isinstance(error, DatabaseBusy):
            self._say(lambda: refused_text(error))
        elif isinstance(error, InvalidInput) and error.field == "orders":
            self._say(
                lambda: self.tr(
                    "The orders chosen have none of these documents: an order placed without VAT has no tax "
                    "invoice, and only a return or a cancellation gives a credit note."
                )
            )
        elif isinstance(error, OSError):
            reason = error.strerror or str(error)
            self._say(lambda: self.tr("The PDF could not be written: %1").replace("%1", reason))
        else:
            self._say(lambda: self.tr("The documents could not be made: %1").replace("%1", str(error)))

    def _on_job_cancelled(self) -> None:
        self._end_job()
        self._then = None
        self._say(lambda: self.tr("Cancelled; nothing was printed."))

    def _end_job(self) -> None:
        self._job = None
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.preview_button, self.save_button, self.print_button):
            button.setEnabled(not busy)

    # --- output -----------------------------------------------------------------------------------------------
    def save_pdf(self, _checked: bool = False) -> None:
        if self.ready is None:
            self.preview(then=self.save_pdf)
            return
        ids, request, path = self.ready
        target = self._ask_save_path(f"{request[0] if isinstance(request, tuple) else request.document}.pdf")
        if not target:
            return
        try:
            with open(path, "rb") as source, written_whole(Path(target)) as copy:
                shutil.copyfileobj(source, copy)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self._say(lambda: self.tr("The PDF could not be saved: %1").replace("%1", reason))
            return
        self._record_printed(ids, request)
        self._say(lambda: self.tr("Saved %Ln document(s) to %1.", "", len(ids)).replace("%1", str(target)))
        self.printed.emit(len(ids))

    def print_pages(self, _checked: bool = False) -> None:
        if self.ready is None:
            self.preview(then=self.print_pages)
            return
        ids, request, _path = self.ready
        printer = self._ask_printer()
        if printer is None:
            return
        if not print_pdf(self.pdf, printer):
            self._say(lambda: self.tr("The printer could not be started."))
            return
        self._record_printed(ids, request)
        self._say(lambda: self.tr("Sent %Ln document(s) to the printer.", "", len(ids)))
        self.printed.emit(len(ids))

    def _ask_save_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), suggested, "PDF (*.pdf)")
        return path

    def _ask_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    def _input_message(self, error: InvalidInput) -> str:
        if error.field == "orders":
            return self.tr("Select orders in the orders list first.")
        if error.field == "numbers":
            return self.tr("Type order numbers separated by commas, e.g. 1001, 1002.")
        return str(error)

    def _say(self, words: Callable[[], str]) -> None:
        """Show what happened; ``words`` makes the text, again after a language switch."""
        self._said = words
        text = words()
        self.message.setText(text)
        self.status_message.emit(text)
