"""Export… in the Orders and Customers areas: asks where to save the CSV file, writes it off the GUI thread with a
progress dialog and Cancel, then says how many rows went where (or, plainly, why nothing was written).

The service (``services/exports.ExportService``) does the work and leaves no partial file; this only asks, waits
and tells. Views hold one ``CsvExport`` per area and call ``start()`` from their button.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from shopdesk.views.jobs import Job, JobRunner
from shopdesk.views.roles import OwnerGuard, require_owner

KINDS = ("orders", "customers")


class CsvExport(QObject):
    """One area's CSV export. ``start`` runs ``work(path, cancel)``, a generator of ``Progress`` that returns a
    result with ``rows`` and ``path`` (``ExportService.export_orders`` or ``export_customers``)."""

    said = Signal(str)  # what the export came to, for the status bar
    running_changed = Signal(bool)

    def __init__(
        self, *, kind: str, work: Callable, jobs: JobRunner, parent: QWidget, guard: OwnerGuard | None = None
    ) -> None:
        super().__init__(parent)
        assert kind in KINDS
        self.kind = kind
        self._work = work
        self._jobs = jobs
        self._widget = parent
        self._guard = guard  # exports need the owner once the shop has accounts
        self.job: Job | None = None
        self.path: Path | None = None  # the file being written
        self._progress: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self) -> bool:
        """Ask for the file, then export into it in the background; False when nothing was started."""
        if self.running:
            return False
        if not require_owner(self._guard, self._widget, f"export.{self.kind}"):
            return False
        target = self.ask_path()
        if not target:
            return False
        path = Path(target)
        if not path.suffix:
            path = path.with_suffix(".csv")
        self.path = path
        job = Job(lambda cancel: self._work(path, cancel))
        job.signals.progress.connect(self._on_job_progress)
        job.signals.finished.connect(self._on_job_finished)
        job.signals.failed.connect(self._on_job_failed)
        job.signals.cancelled.connect(self._on_job_cancelled)
        self.job = job
        label = self.tr("Exporting orders…") if self.kind == "orders" else self.tr("Exporting customers…")
        self._progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._widget)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(400)
        self._progress.canceled.connect(job.cancel)
        self.running_changed.emit(True)
        self._jobs.start(job)
        return True

    def ask_path(self) -> str:
        """The file to write, from the save dialog ('' when the user closed it)."""
        title = self.tr("Export orders as CSV") if self.kind == "orders" else self.tr("Export customers as CSV")
        path, _filter = QFileDialog.getSaveFileName(self._widget, title, f"{self.kind}.csv", "CSV (*.csv)")
        return path

    # --- the job reports ------------------------------------------------------------------------------------------
    def _on_job_progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(done)

    def _on_job_finished(self, result) -> None:  # noqa: ANN001
        self._end()
        self.said.emit(_fill(self.tr("%Ln row(s) written to %1.", "", result.rows), _isolated(result.path)))

    def _on_job_failed(self, error: Exception) -> None:
        path = self.path
        self._end()
        if isinstance(error, OSError):
            # the reason as the system words it (in English), after the file named as the user chose it
            text = _fill(self.tr("%1 could not be written: %2"), _isolated(path), error.strerror or str(error))
        else:
            text = _fill(self.tr("The export failed: %1"), str(error))
        self.said.emit(text)
        QMessageBox.warning(self._widget, self.tr("Export"), text)

    def _on_job_cancelled(self) -> None:
        self._end()
        self.said.emit(self.tr("Export cancelled; no file was written."))

    def _end(self) -> None:
        self.job = None
        self.path = None
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        self.running_changed.emit(False)


def _isolated(path: Path | None) -> str:
    """A path reads left to right, whole, inside a right-to-left sentence."""
    return "\u2068" + str(path or "") + "\u2069"


def _fill(text: str, *values: str) -> str:
    """``%1``, ``%2`` … of a translated sentence, each replaced once (a value holding ``%2`` stays as it is)."""
    return re.sub(r"%(\d)", lambda match: values[int(match.group(1)) - 1], text)
