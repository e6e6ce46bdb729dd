"""The translated words, digits, money and dates of printed documents, for any language, from Qt's catalogues.

Printing in a batch mixes languages (each customer's own), so this loads a ``QTranslator`` per language and asks
it directly instead of going through the installed (screen) language. Only QtCore is used: the command line
prints without a GUI.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from shopdesk.resource_paths import resource_path
from shopdesk.services.print_requests import DocumentText
from shopdesk.services.printing.labels import PrintLabels
from shopdesk.views.address_fields import COUNTRY_NAMES
from shopdesk.views.labels import REASON_SOURCES
from shopdesk.views.locale_format import Formatter
from shopdesk.views.preferences import DEFAULT_CALENDAR, DisplayPreferences

_CONTEXT = "PrintedDocument"
_LABELS = {
    "order": QT_TRANSLATE_NOOP("PrintedDocument", "Order"),
    "thank_you": QT_TRANSLATE_NOOP("PrintedDocument", "Thank you!"),
    "items": QT_TRANSLATE_NOOP("PrintedDocument", "In your parcel"),
    "review": QT_TRANSLATE_NOOP("PrintedDocument", "Scan to review your order"),
    "feedback": QT_TRANSLATE_NOOP("PrintedDocument", "Scan to tell us privately how we did"),
    "return_by": QT_TRANSLATE_NOOP("PrintedDocument", "Returns accepted until"),
    "discount": QT_TRANSLATE_NOOP("PrintedDocument", "Your code for next time"),
    "loyalty": QT_TRANSLATE_NOOP("PrintedDocument", "Your loyalty card"),
    "continued": QT_TRANSLATE_NOOP("PrintedDocument", "continued"),
    "continued_next": QT_TRANSLATE_NOOP("PrintedDocument", "Continued on the next page"),
    "page_of": QT_TRANSLATE_NOOP("PrintedDocument", "page %1 of %2"),
    "ship_to": QT_TRANSLATE_NOOP("PrintedDocument", "Ship to"),
    "sku": QT_TRANSLATE_NOOP("PrintedDocument", "SKU"),
    "tracking": QT_TRANSLATE_NOOP("PrintedDocument", "Tracking"),
    "return_slip": QT_TRANSLATE_NOOP("PrintedDocument", "Return slip"),
    "return_number": QT_TRANSLATE_NOOP("PrintedDocument", "Return number"),
    "returning": QT_TRANSLATE_NOOP("PrintedDocument", "Coming back"),
    "reason": QT_TRANSLATE_NOOP("PrintedDocument", "Reason"),
    "put_in_parcel": QT_TRANSLATE_NOOP("PrintedDocument", "Please put this slip in the parcel with the items."),
    "condition": QT_TRANSLATE_NOOP("PrintedDocument", "Items must be"),
    "subtotal": QT_TRANSLATE_NOOP("PrintedDocument", "Subtotal"),
    "order_discount": QT_TRANSLATE_NOOP("PrintedDocument", "Discount"),
    "line_discount": QT_TRANSLATE_NOOP("PrintedDocument", "Discount on this line"),
    "shipping": QT_TRANSLATE_NOOP("PrintedDocument", "Shipping"),
    "vat": QT_TRANSLATE_NOOP("PrintedDocument", "VAT"),
    "vat_included": QT_TRANSLATE_NOOP("PrintedDocument", "incl. VAT"),
    "total": QT_TRANSLATE_NOOP("PrintedDocument", "Total"),
    "paid": QT_TRANSLATE_NOOP("PrintedDocument", "Paid"),
    "balance_due": QT_TRANSLATE_NOOP("PrintedDocument", "Balance due"),
    "collect_on_delivery": QT_TRANSLATE_NOOP("PrintedDocument", "To collect on delivery"),
}
_MESSAGES = {
    "inserts": QT_TRANSLATE_NOOP(
        "PrintedDocument",
        "Dear $first_name, thank you for your order $order_number! We packed it with care and hope you love it.",
    ),
    "notes": QT_TRANSLATE_NOOP(
        "PrintedDocument",
        "Dear $first_name, thank you for choosing $shop_name. It was a pleasure to prepare your order for you.",
    ),
    "inserts_no_name": QT_TRANSLATE_NOOP(
        "PrintedDocument", "Thank you for your order $order_number! We packed it with care and hope you love it."
    ),
    "notes_no_name": QT_TRANSLATE_NOOP(
        "PrintedDocument", "Thank you for choosing $shop_name. It was a pleasure to prepare your order for you."
    ),
    "gift": QT_TRANSLATE_NOOP("PrintedDocument", "A gift for you, chosen with care and packed by $shop_name."),
    "return_policy": QT_TRANSLATE_NOOP(
        "PrintedDocument",
        "Returns are accepted within $return_days days of delivery, unused and in their original packaging. "
        "Send the items with this slip; once we have checked them, the money goes back the way you paid.",
    ),
}


@cache
def _translator(language: str) -> QTranslator | None:
    if language == "en":
        return None
    translator = QTranslator()
    if not translator.load(str(resource_path("i18n", f"shopdesk_{language}.qm"))):
        raise FileNotFoundError(f"translation for {language!r} is missing from resources/i18n")
    return translator


def _translate(language: str, source: str) -> str:
    return _translate_in(language, _CONTEXT, source)


def _translate_in(language: str, context: str, source: str) -> str:
    translator = _translator(language)
    return (translator.translate(context, source) if translator is not None else "") or source


def document_text(prefs: DisplayPreferences) -> DocumentText:
    """Everything a document in ``prefs.language`` needs, with that desk's digits and calendar."""
    language = prefs.language
    formatter = Formatter(prefs)
    labels = PrintLabels(language, **{name: _translate(language, source) for name, source in _LABELS.items()})
    return DocumentText(
        labels=labels,
        number=formatter.plain_digits,
        money=formatter.money,
        date=formatter.date,
        messages={kind: _translate(language, source) for kind, source in _MESSAGES.items()},
        reasons={reason: _translate_in(language, "ReturnReason", source) for reason, source in REASON_SOURCES.items()},
        country=lambda code: (
            _translate_in(language, "Countries", COUNTRY_NAMES[code]) if code in COUNTRY_NAMES else code
        ),
    )


def default_text(language: str) -> DocumentText:
    """Document text with a language's usual digits and calendar (the command line, tests)."""
    return document_text(DisplayPreferences(language=language, calendar=DEFAULT_CALENDAR[language]))


def texts_for(display_for: Callable[[str], DisplayPreferences] | None = None) -> Callable[[str], DocumentText]:
    """The ``texts(language)`` a print batch asks for, each language made once; with the desk's own digits and
    calendar when ``display_for`` is given, else each language's usual ones."""
    made: dict[str, DocumentText] = {}

    def texts(language: str) -> DocumentText:
        if language not in made:
            made[language] = document_text(display_for(language)) if display_for else default_text(language)
        return made[language]

    return texts


def translated(language: str, context: str, source: str) -> str:
    """One source text in a language other than the screen's (a message written in the customer's language)."""
    return _translate_in(language, context, source)
