"""The child process of the kill test (tests/integration/test_fault_kill.py): imports, refunds and CSV exports
through the real services, forever, writing a journal line (flushed and fsynced) after each is done.

At each moment worth dying at it prints a line on stdout (``import-writing NAME``: inside the import's
transaction, before its first write; ``import-commit NAME``: all written, COMMIT not yet sent;
``import-committed NAME``: committed, not yet in the journal; the same for the order and the return steps of a
refund; ``export-page NAME ROWS``: part of the file written under its temporary name; ``export-done NAME ROWS``:
the file in place, not yet in the journal) and waits for the parent's ``go``. The parent either answers or kills
it with SIGKILL there, so a kill lands at the same moment of the work on a slow machine as on a fast one.

Starting Python and importing shopdesk takes seconds on a busy machine, so this process does it once, prints
``ready``, and for each ``run N`` line forks a worker that opens the database and does the work (``pid P`` first);
when the worker has died it prints ``ended N EXITCODE`` (-9 after SIGKILL). Nothing is opened before the fork.

    python fault_child.py DATABASE_PATH WORK_FOLDER
"""

from __future__ import annotations

import csv
import os
import sqlite3
import sys
import traceback
from pathlib import Path

HEADER = ["Name", "Created at", "Financial Status", "Currency", "Lineitem quantity", "Lineitem name", "Lineitem price",
          "Billing Name", "Phone"]  # fmt: skip
ORDERS_PER_FILE = 5
EXPORT_PAGE = 40  # orders per page of the export: a kill can land with part of the file written


def gate(moment: str) -> None:
    """Say where we are and wait for the parent's go-ahead (or its SIGKILL)."""
    print(moment, flush=True)
    if sys.stdin.readline().strip() != "go":
        os._exit(3)  # the parent went away


class GatedUnitOfWork:
    """The real unit of work, reporting the moments before and after each COMMIT."""

    def __init__(self, inner, doing) -> None:  # noqa: ANN001
        self._inner = inner
        self._doing = doing  # [kind, name]: what this COMMIT belongs to

    def __enter__(self) -> GatedUnitOfWork:
        self._inner.__enter__()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._inner.__exit__(*exc_info)

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._inner, name)

    def commit(self) -> None:
        kind, name = self._doing
        gate(f"{kind}-commit {name}")
        self._inner.commit()
        gate(f"{kind}-committed {name}")


def main() -> None:
    database_path, folder = Path(sys.argv[1]), Path(sys.argv[2])
    import shopdesk.services.database  # noqa: F401 - imported once here, before the workers are forked
    import shopdesk.services.exports  # noqa: F401
    import shopdesk.services.registry  # noqa: F401

    print("ready", flush=True)
    for command in sys.stdin:
        run = command.split()[1]
        pid = os.fork()
        if pid == 0:
            try:
                print(f"pid {os.getpid()}", flush=True)
                work(database_path, folder, run)
            except BaseException:
                traceback.print_exc()
            finally:
                sys.stderr.flush()
                os._exit(1)  # only an error ends the work (its traceback is on stderr): never the loop above
        _pid, status = os.waitpid(pid, 0)
        print(f"ended {run} {os.waitstatus_to_exitcode(status)}", flush=True)


def work(database_path: Path, folder: Path, run: str) -> None:
    from shopdesk.services.database import open_database
    from shopdesk.services.exports import ExportService
    from shopdesk.services.import_records import SHOPIFY
    from shopdesk.services.order_rows import LineDraft, OrderDraft
    from shopdesk.services.registry import build_services
    from shopdesk.services.return_records import ReturnDraft

    database = open_database("sqlite:///" + str(database_path), backup_dir=None)
    doing = ["start", run]  # what the next COMMIT belongs to: ["import", "3-1"]
    services = build_services(lambda: GatedUnitOfWork(database.unit_of_work(), doing))
    exports = ExportService(database.unit_of_work, page_size=EXPORT_PAGE)
    journal = open(folder / "journal.txt", "a", encoding="utf-8")  # noqa: SIM115

    def committed(line: str) -> None:
        journal.write(line + "\n")
        journal.flush()
        os.fsync(journal.fileno())

    step = 0
    while True:
        step += 1
        name = f"{run}-{step}"
        path = folder / f"import-{name}.csv"
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(HEADER)
            for n in range(ORDERS_PER_FILE):
                writer.writerow([f"K{name}-{n}", "2026-06-01 10:00:00 +0300", "paid", "SAR", "2", "صابون", "12.50",
                                 f"مشتری {name} {n}", f"+96650{step % 1000:03d}{n:04d}"])  # fmt: skip
        doing[:] = ["import", name]
        writing = f"import-writing {name}"
        report = services.imports.import_orders(path, SHOPIFY, before_write=lambda moment=writing: gate(moment))
        assert report.written, report.problems
        committed(f"import {name}")

        doing[:] = ["order", name]
        placed = services.orders.place_order(
            OrderDraft(lines=(LineDraft("Candle", 2, 3000),), status="delivered", paid_minor=6000)
        )
        line = services.returns.returnable(placed.id).lines[0].line_id
        doing[:] = ["refund", name]
        return_id = services.returns.request_return(ReturnDraft(placed.id, {line: 1}, "damaged"))
        services.returns.approve(return_id)
        services.returns.receive(return_id)
        services.returns.inspect(return_id, "damaged")
        services.returns.resolve(return_id, "refund")
        committed(f"refund {return_id}")

        # Every row the export must hold (this process is the only writer): a file under the final name has them all.
        raw = sqlite3.connect(database_path)
        rows = raw.execute("SELECT count(*) FROM order_line").fetchone()[0]
        raw.close()
        out = folder / f"export-{name}.csv"
        for _progress in exports.export_orders(out):
            gate(f"export-page {name} {rows}")
        gate(f"export-done {name} {rows}")
        committed(f"export {name}")


if __name__ == "__main__":
    main()
