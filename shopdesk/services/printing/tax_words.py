"""The words of a tax document in one language, as the views hand them to the printing (no ReportLab here, so the
window can make them without loading it)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from shopdesk.services.printing.templates import isolate


@dataclass(frozen=True)
class TaxDocumentText:
    """The words of a tax document in one language (``labels`` by key, ``second``: the same in the second
    language of a bilingual document), its digits, money, percent and time."""

    language: str
    labels: Mapping[str, str]
    number: Callable[[int], str]
    money: Callable[[int, str], str]
    percent: Callable[[int], str]  # basis points
    moment: Callable[[datetime], str]
    second: Mapping[str, str] | None = None

    def label(self, key: str) -> str:
        first = self.labels[key]
        if self.second is None or self.second.get(key, first) == first:
            return first
        # Each language's part in its own direction: "VAT / ضريبة القيمة المضافة" keeps what follows it outside.
        return f"{isolate(first)} / {isolate(self.second[key])}"
