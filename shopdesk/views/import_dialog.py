"""Import… in the Orders area: a CSV export from another shop (Shopify, WooCommerce, or any other through a column
mapping made here once and saved by name), previewed before anything is written, checked (a dry run: what would
be created, what is already there, which rows are wrong and why), then imported all at once after a backup.

The service (``services/imports.ImportService``) reads and writes; this asks, shows and waits, off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
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

from shopdesk.services.errors import DatabaseBusy, InvalidInput, UnreadableFile
from shopdesk.services.import_encoding import ENCODINGS
from shopdesk.services.import_records import DATE_ORDERS, FIELDS, FORMATS, REQUIRED, ColumnMapping, ImportReport
from shopdesk.services.order_rows import CHANNELS
from shopdesk.views.busy import refused_text
from shopdesk.views.input_errors import input_error_text, reason_text
from shopdesk.views.jobs import Job, JobRunner
from shopdesk.views.labels import channel_text
from shopdesk.views.widgets import EditingDialog, IsolatingDelegate, fill_combo

if TYPE_CHECKING:
    from shopdesk.services.imports import ImportService
    from shopdesk.views.locale_format import Formatter

NEW_MAPPING = "\x00new"  # the format combo's "New column mapping…"
_CHOICE = {"utf-8-sig": "utf-8"}  # a BOM is read whichever UTF-8 is chosen


class ImportDialog(EditingDialog):
    imported = Signal(object)  # the ImportReport of an import that wrote

    def __init__(
        self,
        *,
        imports: ImportService,
        jobs: JobRunner,
        formatter: Callable[[], Formatter],
        before_write: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._imports = imports
        self._jobs = jobs
        self._formatter = formatter
        self._before_write = before_write
        self.header: list[str] = []
        self.report: ImportReport | None = None
        self.job: Job | None = None
        self.resize(900, 640)

        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.choose_button = QPushButton()
        self.format_combo = QComboBox()
        self.file_info = QLabel()
        self.file_info.setWordWrap(True)
        self.encoding_combo = QComboBox()  # how the file is read; the preview shows the text so
        self.encoding_combo.setObjectName("importEncoding")
        self.encoding_label = QLabel()
        self.encoding_note = QLabel()  # when the encoding is not clear
        self.encoding_note.setObjectName("fieldError")
        self.encoding_note.setWordWrap(True)
        self.preview = QTableWidget(0, 0)
        self.preview.setItemDelegate(IsolatingDelegate(self.preview))
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setMaximumHeight(170)

        self.mapping_box = QGroupBox()
        self.mapping_name = QLineEdit()
        self.channel_combo = QComboBox()
        self.date_order_combo = QComboBox()
        self.save_mapping_button = QPushButton()
        self.mapping_message = QLabel()
        self.mapping_message.setObjectName("fieldError")
        self.mapping_message.setTextFormat(Qt.TextFormat.PlainText)
        self.column_combos: dict[str, QComboBox] = {name: QComboBox() for name in FIELDS}
        self.field_labels: dict[str, QLabel] = {name: QLabel() for name in FIELDS}
        self.name_label, self.channel_label, self.date_order_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.name_label, self.mapping_name)
        for name in FIELDS:
            form.addRow(self.field_labels[name], self.column_combos[name])
        form.addRow(self.channel_label, self.channel_combo)
        form.addRow(self.date_order_label, self.date_order_combo)
        mapping_layout = QVBoxLayout(self.mapping_box)
        columns = QHBoxLayout()
        columns.addLayout(form)
        mapping_layout.addLayout(columns)
        mapping_bottom = QHBoxLayout()
        mapping_bottom.addWidget(self.mapping_message, 1)
        mapping_bottom.addWidget(self.save_mapping_button)
        mapping_layout.addLayout(mapping_bottom)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.problems = QTableWidget(0, 4)
        self.problems.setItemDelegate(IsolatingDelegate(self.problems))
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problems.verticalHeader().hide()
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.check_button = QPushButton()
        self.import_button = QPushButton()
        self.close_button = QPushButton()

        top = QFormLayout()
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        self.file_label, self.format_label = QLabel(), QLabel()
        top.addRow(self.file_label, file_row)
        top.addRow(self.format_label, self.format_combo)
        top.addRow(self.encoding_label, self.encoding_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.encoding_note)
        layout.addWidget(self.file_info)
        layout.addWidget(self.preview)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)

        self.choose_button.clicked.connect(self.choose_file)
        self.format_combo.currentIndexChanged.connect(lambda _i: self._show_mapping())
        self.encoding_combo.activated.connect(self._on_encoding_combo_activated)
        self.save_mapping_button.clicked.connect(self.save_mapping)
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.close_button.clicked.connect(self.reject)
        self._retranslate()
        self._fill_formats()
        self._update_buttons()

    # --- choosing ---------------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an orders export"),
            "",
            self.tr("CSV or text files (*.csv *.txt *.tsv);;All files (*)"),
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path, encoding: str | None = None) -> bool:
        """Show the file's columns and first rows as read in ``encoding`` (by default the one found in it, with a
        note when that is not clear); False (and why) when it cannot be read."""
        self.report = None
        self._show_report()
        self.encoding_note.hide()
        try:
            if encoding is None:
                guess = self._imports.guess_encoding(path)
                encoding = guess.encoding
                self.encoding_note.setVisible(not guess.certain)
            encoding, header, rows = self._imports.preview(path, encoding=encoding)
        except UnreadableFile as exc:
            self.header = []
            self.path_edit.clear()
            self.file_info.setText(self._unreadable_text(exc))
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            self._update_buttons()
            return False
        self.encoding_combo.setCurrentIndex(max(0, self.encoding_combo.findData(_CHOICE.get(encoding, encoding))))
        self.path_edit.setText(str(path))
        self.header = header
        f = self._formatter()
        self.file_info.setText(
            self.tr("%1 columns, read as %2. The first rows:")
            .replace("%1", f.integer(len(header)))
            .replace("%2", encoding)
        )
        self.preview.setColumnCount(len(header))
        self.preview.setHorizontalHeaderLabels(header)
        self.preview.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, cell in enumerate(cells[: len(header)]):
                self.preview.setItem(r, c, QTableWidgetItem(cell))
        self._fill_column_combos()
        self._guess_format()
        self._update_buttons()
        self.remember_entries()  # the columns as read and guessed: only what the user sets counts as a change
        return True

    def _on_encoding_combo_activated(self, _index: int) -> None:
        """Another encoding chosen: the preview is read again in it, so the user sees what it gives."""
        if self.path_edit.text():
            self.open_file(Path(self.path_edit.text()), self.encoding_combo.currentData())

    def mapping(self) -> ColumnMapping:
        """The chosen format, or the mapping as the columns are set here."""
        key = self.format_combo.currentData()
        known = self._imports.mappings()
        if key in FORMATS:
            return known[key]
        columns = {name: (combo.currentData(),) for name, combo in self.column_combos.items() if combo.currentData()}
        return ColumnMapping(
            name=self.mapping_name.text().strip(),
            columns=columns,
            channel=self.channel_combo.currentData() or "website",
            date_order=self.date_order_combo.currentData() or "",
        )

    def save_mapping(self) -> bool:
        try:
            self._imports.save_mapping(self.mapping())
        except InvalidInput as exc:
            self.mapping_message.setText(self._field_text(exc.field) + ": " + input_error_text(exc))
            return False
        name = self.mapping_name.text().strip()
        self.mapping_message.setText(self.tr("Saved as %1.").replace("%1", name))
        self._fill_formats(select=name)
        return True

    # --- importing --------------------------------------------------------------------------------------------
    def run(self, *, dry_run: bool) -> bool:
        """Check (``dry_run``) or import the file in the background."""
        if self.job is not None or not self.path_edit.text():
            return False
        mapping = self.mapping()
        missing = [name for name in REQUIRED if not mapping.columns.get(name)]
        if missing or not mapping.name:
            self.mapping_message.setText(
                self.tr("Choose the columns for: %1").replace("%1", ", ".join(self._field_text(m) for m in missing))
                if missing
                else self.tr("Give the mapping a name: it marks the orders it brings in.")
            )
            return False
        path = Path(self.path_edit.text())
        before_write = self._before_write
        encoding = self.encoding_combo.currentData()  # as the preview showed it

        def work(_cancel):  # noqa: ANN001, ANN202
            if False:  # a generator, as jobs are
                yield
            return self._imports.import_orders(
                path, mapping, dry_run=dry_run, before_write=before_write, encoding=encoding
            )

        job = Job(work)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        self.job = job
        self.summary.setText(self.tr("Checking the file…") if dry_run else self.tr("Importing…"))
        self._update_buttons()
        self._jobs.start(job)
        return True

    def _on_finished(self, report: ImportReport) -> None:
        self.job = None
        self.report = report
        self._show_report()
        self._update_buttons()
        if report.written:
            self.imported.emit(report)

    def _on_failed(self, error: Exception) -> None:
        self.job = None
        if isinstance(error, UnreadableFile):
            text = self._unreadable_text(error)
        elif isinstance(error, DatabaseBusy):  # another import, or another desk's long save, held what it needed
            text = refused_text(error)
        elif isinstance(error, OSError):
            text = self.tr("The file could not be read: %1").replace("%1", error.strerror or str(error))
        else:
            text = self.tr("The import failed and nothing was written: %1").replace("%1", str(error))
        self.summary.setText(text)
        self._update_buttons()

    def _show_report(self) -> None:
        report = self.report
        self.problems.setRowCount(0)
        self.problems.setVisible(bool(report and (report.problems or report.warnings)))
        if report is None:
            self.summary.clear()
            return
        f = self._formatter()
        counts = (
            self.tr("%1 new orders, %2 already here; %3 new customers, %4 found by phone or e-mail; %5 rows.")
            .replace("%1", f.integer(report.orders_new))
            .replace("%2", f.integer(report.orders_existing))
            .replace("%3", f.integer(report.customers_new))
            .replace("%4", f.integer(report.customers_matched))
            .replace("%5", f.integer(report.rows))
        )
        lines = []
        total = max(report.problems_total, len(report.problems))
        if report.problems:
            head = self.tr("%Ln row(s) cannot be imported; nothing was written. Correct the file and check again.", "",
                           total)  # fmt: skip
            if total > len(report.problems):
                lines.append(
                    self.tr("The first %1 are listed, and %2 more.")
                    .replace("%1", f.integer(len(report.problems)))
                    .replace("%2", f.integer(total - len(report.problems)))
                )
            if any(p.reason == "bytes not in the encoding" for p in report.problems):
                lines.append(self.tr("Some rows hold bytes the chosen encoding cannot read: choose another above."))
        elif report.written:
            head = self.tr("Imported. A backup was made just before.")
        else:
            head = self.tr("Ready to import:")
        warned = max(report.warnings_total, len(report.warnings))
        if warned:
            lines.append(self.tr("%Ln row(s) with a warning: phones kept as typed, marked unverified.", "", warned))
        self.summary.setText("\n".join([head, counts, *lines]))
        listed = [*report.problems, *report.warnings]
        self.problems.setRowCount(len(listed))
        for row, problem in enumerate(listed):
            cells = (f.integer(problem.row), problem.column, reason_text(problem.reason), problem.value)
            for column, text in enumerate(cells):
                self.problems.setItem(row, column, QTableWidgetItem(text))

    # --- helpers ----------------------------------------------------------------------------------------------
    def _fill_formats(self, select: str | None = None) -> None:
        current = select or self.format_combo.currentData()
        names = {"shopify": "Shopify", "woocommerce": "WooCommerce"}
        keys = [*FORMATS, *sorted(k for k in self._imports.mappings() if k not in FORMATS), NEW_MAPPING]
        self.format_combo.blockSignals(True)
        fill_combo(
            self.format_combo, keys, lambda k: self.tr("New column mapping…") if k == NEW_MAPPING else names.get(k, k)
        )
        index = self.format_combo.findData(current)
        self.format_combo.setCurrentIndex(max(0, index))
        self.format_combo.blockSignals(False)
        self._show_mapping()

    def _fill_column_combos(self) -> None:
        for combo in self.column_combos.values():
            combo.clear()
            combo.addItem("—", "")
            for column in self.header:
                combo.addItem(column, column)

    def _guess_format(self) -> None:
        """Pick the built-in format whose required columns the file has."""
        for key, mapping in FORMATS.items():
            if all(any(c in self.header for c in mapping.columns[name]) for name in REQUIRED):
                self.format_combo.setCurrentIndex(self.format_combo.findData(key))
                return

    def _show_mapping(self) -> None:
        key = self.format_combo.currentData()
        editable = key not in FORMATS
        self.mapping_box.setVisible(editable)
        self.mapping_message.clear()
        if not editable:
            self.remember_entries()
            return
        saved = self._imports.mappings().get(key) if key != NEW_MAPPING else None
        self.mapping_name.setText(saved.name if saved else "")
        for name, combo in self.column_combos.items():
            wanted = next((c for c in (saved.columns.get(name, ()) if saved else ()) if c in self.header), "")
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(saved.channel if saved else "website")))
        self.date_order_combo.setCurrentIndex(max(0, self.date_order_combo.findData(saved.date_order if saved else "")))
        self.remember_entries()  # a mapping as saved (or a new one, empty): a change is what the user sets after

    def _update_buttons(self) -> None:
        ready = bool(self.path_edit.text()) and self.job is None
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready and self.report is not None and not self.report.problems
                                      and not self.report.written)  # fmt: skip
        self.choose_button.setEnabled(self.job is None)

    def _unreadable_text(self, exc: UnreadableFile) -> str:
        texts = {
            "empty": self.tr("The file is empty."),
            "nul bytes": self.tr("This is not a text file (it holds NUL bytes). Export it again as CSV."),
            "malformed": self.tr(
                "The file is not a well-formed CSV file (line %1): a quote is not closed or a cell is far too long."
            ),  # fmt: skip
            "missing columns": self.tr("These columns are missing: %2. Choose another format or make a mapping."),
            "no such file": self.tr("The file could not be opened: %2"),
            "encoding unclear": self.tr("The file's encoding is not clear: choose it above."),
        }
        text = texts.get(exc.reason, exc.reason)
        return text.replace("%1", self._formatter().integer(exc.line)).replace("%2", exc.detail)

    def _field_text(self, name: str) -> str:
        return self.field_labels[name].text() if name in self.field_labels else name

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import orders"))
        self.file_label.setText(self.tr("File"))
        self.format_label.setText(self.tr("Format"))
        self.encoding_label.setText(self.tr("Read as"))
        self.encoding_note.setText(
            self.tr("The encoding is not clear. Check that the names below read right, or choose another.")
        )
        encodings = {
            "utf-8": self.tr("UTF-8"),
            "cp1256": self.tr("Windows Arabic (Windows-1256)"),
            "cp1252": self.tr("Windows Western (Windows-1252)"),
            "latin-1": self.tr("Latin-1 (ISO-8859-1)"),
            "utf-16": self.tr("UTF-16 (Excel's Unicode text)"),
        }
        fill_combo(self.encoding_combo, ENCODINGS, encodings.__getitem__)
        self.choose_button.setText(self.tr("Choose file…"))
        self.mapping_box.setTitle(self.tr("Column mapping"))
        self.name_label.setText(self.tr("Name"))
        self.channel_label.setText(self.tr("Channel"))
        self.date_order_label.setText(self.tr("Dates like 03/04/2026"))
        self.save_mapping_button.setText(self.tr("Save mapping"))
        self.check_button.setText(self.tr("Check"))
        self.import_button.setText(self.tr("Import"))
        self.close_button.setText(self.tr("Close"))
        labels = {
            "external_id": self.tr("Order number"),
            "created_at": self.tr("Order date"),
            "status": self.tr("Status"),
            "financial_status": self.tr("Payment status"),
            "fulfillment_status": self.tr("Fulfilment status"),
            "cancelled_at": self.tr("Cancelled at"),
            "customer_name": self.tr("Customer name"),
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "currency": self.tr("Currency"),
            "line_name": self.tr("Item name"),
            "line_sku": self.tr("Item SKU"),
            "line_quantity": self.tr("Item quantity"),
            "line_price": self.tr("Item price"),
            "discount": self.tr("Discount"),
            "shipping": self.tr("Shipping"),
            "total": self.tr("Total"),
            "payment_method": self.tr("Payment method"),
            "notes": self.tr("Notes"),
        }
        for name, label in self.field_labels.items():
            label.setText(labels[name] + (" *" if name in REQUIRED else ""))
        fill_combo(self.channel_combo, CHANNELS, channel_text)
        orders = {"": self.tr("Refuse when unclear"), "dmy": self.tr("Day first"), "mdy": self.tr("Month first")}
        fill_combo(self.date_order_combo, DATE_ORDERS, orders.__getitem__)
        self.problems.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Why"), self.tr("Value")])
        if self.format_combo.count():
            self._fill_formats()
        self._show_report()
