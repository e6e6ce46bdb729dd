"""Long work off the GUI thread: a generator run in a ``QThreadPool``, reporting progress, result or failure.

The generator yields progress records with ``done`` and ``total`` and finally returns its result; the window stays
responsive, and Cancel sets the job's event, which the service checks between steps.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from shopdesk.services.errors import Cancelled


class JobSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the generator's return value
    failed = Signal(object)  # the exception
    cancelled = Signal()


class Job(QRunnable):
    def __init__(self, work: Callable[[threading.Event], Generator], *, name: str = "") -> None:
        super().__init__()
        self.name = name  # what the job is, for whoever watches the runner (tests, logs)
        self.signals = JobSignals()
        self.cancel_event = threading.Event()
        self._work = work
        self.setAutoDelete(False)  # the view holds the job until it reports

    def run(self) -> None:
        try:
            steps = self._work(self.cancel_event)
            while True:
                try:
                    step = next(steps)
                except StopIteration as stop:
                    result = stop.value
                    break
                self.signals.progress.emit(step.done, step.total)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # reported to the user by the view, never lost in the thread
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)

    def cancel(self) -> None:
        self.cancel_event.set()


class JobRunner:
    """Starts jobs on a pool with one thread: database writers never race each other."""

    def __init__(self) -> None:
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)

    def start(self, job: Job) -> None:
        self._pool.start(job)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
