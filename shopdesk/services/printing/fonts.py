"""The faces printed documents use, registered with ReportLab once per process and embedded as subsets."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from shopdesk.resource_paths import resource_path
from shopdesk.services.printing.bidi_text import Fonts

_FACES = {
    "ShopdeskArabic": "NotoSansArabic-Regular.ttf",
    "ShopdeskArabic-Bold": "NotoSansArabic-Bold.ttf",
    "ShopdeskLatin": "NotoSans-Regular.ttf",
    "ShopdeskLatin-Bold": "NotoSans-Bold.ttf",
    "ShopdeskEmoji": "NotoEmoji-Regular.ttf",  # monochrome: emoji in names and messages print as themselves
}


# ReportLab subsets fonts from one shared read position per font file when a PDF is saved: two threads saving at
# once (a batch in the background, the packing station's insert on the GUI thread) corrupt each other's subset.
SAVE_LOCK = threading.Lock()


@dataclass(frozen=True)
class DocumentFonts:
    regular: Fonts
    bold: Fonts


@cache
def document_fonts() -> DocumentFonts:
    for name, file_name in _FACES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name)), shapable=True))
    return DocumentFonts(
        regular=Fonts(script="ShopdeskArabic", latin="ShopdeskLatin", symbols="ShopdeskEmoji"),
        bold=Fonts(script="ShopdeskArabic-Bold", latin="ShopdeskLatin-Bold", symbols="ShopdeskEmoji"),
    )
