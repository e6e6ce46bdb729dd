"""The packing station's checklist: which items of an order are in the box. Plain records, no database, so the
station's screen can use them directly."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

PACKABLE = ("new", "paid")  # cash on delivery is common: an unpaid order may be packed, if the shop allows it


def left_to_pay(status: str, total_minor: int, paid_minor: int) -> int:
    """What an order still waits for before it is paid: nothing once marked paid (or further), else its total
    less what was paid."""
    return max(0, total_minor - paid_minor) if status == "new" else 0


@dataclass(frozen=True)
class PackingLine:
    line_id: int
    name: str
    sku: str
    quantity: int


@dataclass(frozen=True)
class PackingOrder:
    id: int
    number: int
    status: str
    customer_name: str
    gift_message: str
    lines: tuple[PackingLine, ...]
    currency: str = ""
    due_minor: int = 0  # left to pay (an unpaid order packed for cash on delivery): the station warns

    @property
    def unpaid(self) -> bool:
        return self.due_minor > 0


class Scan(Enum):
    TICKED = "ticked"  # one more unit of a line is in the box
    ALREADY_COMPLETE = "already complete"  # every unit of that item is ticked already
    NOT_IN_ORDER = "not in order"


class PackingChecklist:
    """Units ticked per line; scanning a SKU or clicking a line ticks one unit; clicking a complete line clears
    it (a slip of the hand is undone with a second click, and never packs a 3-unit line at once)."""

    def __init__(self, order: PackingOrder) -> None:
        self.order = order
        self.packed = {line.line_id: 0 for line in order.lines}

    def scan(self, code: str) -> tuple[Scan, PackingLine | None]:
        key = code.strip().casefold()
        matches = [line for line in self.order.lines if line.sku and line.sku.casefold() == key]
        if not matches:
            return Scan.NOT_IN_ORDER, None
        for line in matches:
            if self.packed[line.line_id] < line.quantity:
                self.packed[line.line_id] += 1
                return Scan.TICKED, line
        return Scan.ALREADY_COMPLETE, matches[0]

    def toggle(self, line_id: int) -> None:
        line = next(line for line in self.order.lines if line.line_id == line_id)
        self.packed[line_id] = 0 if self.packed[line_id] >= line.quantity else self.packed[line_id] + 1

    def is_done(self, line: PackingLine) -> bool:
        return self.packed[line.line_id] >= line.quantity

    @property
    def remaining(self) -> int:
        return sum(line.quantity - self.packed[line.line_id] for line in self.order.lines)

    @property
    def complete(self) -> bool:
        return bool(self.order.lines) and self.remaining == 0
