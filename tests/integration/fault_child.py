"""The child process of the kill test (tests/integration/test_fault_kill.py): imports and refunds through the real
services, forever, writing a journal line (flushed and fsynced) after each commit. The parent kills it with
SIGKILL at a random moment.

    python fault_child.py DATABASE_PATH WORK_FOLDER RUN
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

HEADER = ["Name", "Created at", "Financial Status", "Currency", "Lineitem quantity", "Lineitem name", "Lineitem price",
          "Billing Name", "Phone"]  # fmt: skip
ORDERS_PER_FILE = 5


def main() -> None:
    database_path, folder, run = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    from shopdesk.services.database import open_database
    from shopdesk.services.import_records import SHOPIFY
    from shopdesk.services.order_rows import LineDraft, OrderDraft
    from shopdesk.services.registry import build_services
    from shopdesk.services.return_records import ReturnDraft

    database = open_database("sqlite:///" + str(database_path), backup_dir=None)
    services = build_services(database.unit_of_work)
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
        report = services.imports.import_orders(path, SHOPIFY)
        assert report.written, report.problems
        committed(f"import {name}")
        placed = services.orders.place_order(
            OrderDraft(lines=(LineDraft("Candle", 2, 3000),), status="delivered", paid_minor=6000)
        )
        line = services.returns.returnable(placed.id).lines[0].line_id
        return_id = services.returns.request_return(ReturnDraft(placed.id, {line: 1}, "damaged"))
        services.returns.approve(return_id)
        services.returns.receive(return_id)
        services.returns.inspect(return_id, "damaged")
        services.returns.resolve(return_id, "refund")
        committed(f"refund {return_id}")


if __name__ == "__main__":
    main()
