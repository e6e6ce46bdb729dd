"""What the print studio is asked for and answers with: plain records with no database code, so the screens can
use them (``print_studio`` holds the service)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from shopdesk.services.errors import InvalidInput
from shopdesk.services.printing import DOCUMENTS, SIZE_NAMES
from shopdesk.services.printing.labels import PrintLabels

LANGUAGES = ("ar", "fa", "en")


@dataclass(frozen=True)
class DocumentText:
    """What a language needs to print: translated labels, its digits, money and dates, default messages."""

    labels: PrintLabels
    number: Callable[[int], str]  # plain digits, no grouping (order numbers)
    money: Callable[[int, str], str]  # minor units, currency code
    date: Callable[[date], str]
    messages: Mapping[str, str]  # document kind -> default message template ("return_policy" too)
    reasons: Mapping[str, str] = field(default_factory=dict)  # return reason -> its words
    country: Callable[[str], str] = str  # ISO country code -> its name in this language


@dataclass(frozen=True)
class PrintRequest:
    document: str = "inserts"  # inserts | notes
    size: str = "a6"
    language: str = "auto"  # auto (each customer's language) | ar | fa | en
    gift_mode: bool = False  # no prices; the order's gift message printed
    gift_line: str = ""  # e.g. "A free sample is in your parcel"
    feedback_url: str = ""  # optional second QR for private feedback

    def __post_init__(self) -> None:
        if self.document not in DOCUMENTS:
            raise InvalidInput("document", "unknown document", self.document)
        if self.size not in SIZE_NAMES:
            raise InvalidInput("size", "unknown page size", self.size)
        if self.language not in ("auto", *LANGUAGES):
            raise InvalidInput("language", "unknown language", self.language)


@dataclass(frozen=True)
class PrintedDocument:
    document: str
    size: str
    language: str
    at: datetime


@dataclass(frozen=True)
class Progress:
    done: int
    total: int


@dataclass(frozen=True)
class PrintResult:
    path: Path
    pages: int
    order_ids: tuple[int, ...] = field(default=())
