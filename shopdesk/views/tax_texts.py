"""The translated words, digits, money and times of receipts, tax invoices and credit notes, for any language,
from Qt's catalogues (only QtCore: the command line prints without a GUI)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from shopdesk.services.printing.tax_words import TaxDocumentText
from shopdesk.views.locale_format import Formatter
from shopdesk.views.preferences import DEFAULT_CALENDAR, DisplayPreferences
from shopdesk.views.print_texts import translated

_CONTEXT = "TaxDocument"
LABELS = {
    "receipt": QT_TRANSLATE_NOOP("TaxDocument", "Receipt"),
    "simplified_invoice": QT_TRANSLATE_NOOP("TaxDocument", "Simplified tax invoice"),
    "tax_invoice": QT_TRANSLATE_NOOP("TaxDocument", "Tax invoice"),
    "credit_note": QT_TRANSLATE_NOOP("TaxDocument", "Credit note"),
    "copy": QT_TRANSLATE_NOOP("TaxDocument", "COPY"),
    "vat_number": QT_TRANSLATE_NOOP("TaxDocument", "VAT number"),
    "invoice_number": QT_TRANSLATE_NOOP("TaxDocument", "Invoice number"),
    "credit_note_number": QT_TRANSLATE_NOOP("TaxDocument", "Credit note number"),
    "date": QT_TRANSLATE_NOOP("TaxDocument", "Date"),
    "order": QT_TRANSLATE_NOOP("TaxDocument", "Order"),
    "for_invoice": QT_TRANSLATE_NOOP("TaxDocument", "For invoice"),
    "return": QT_TRANSLATE_NOOP("TaxDocument", "Return"),
    "reason_cancelled": QT_TRANSLATE_NOOP("TaxDocument", "The order was cancelled."),
    "reason_return": QT_TRANSLATE_NOOP("TaxDocument", "Goods returned."),
    "reason_edited": QT_TRANSLATE_NOOP("TaxDocument", "The order was changed; a new invoice replaces this one."),
    "returned": QT_TRANSLATE_NOOP("TaxDocument", "Returned"),
    "cancelled_items": QT_TRANSLATE_NOOP("TaxDocument", "Cancelled items"),
    "buyer": QT_TRANSLATE_NOOP("TaxDocument", "Buyer"),
    "buyer_vat": QT_TRANSLATE_NOOP("TaxDocument", "Buyer's VAT number"),
    "item": QT_TRANSLATE_NOOP("TaxDocument", "Item"),
    "qty": QT_TRANSLATE_NOOP("TaxDocument", "Qty"),
    "unit_price": QT_TRANSLATE_NOOP("TaxDocument", "Unit price"),
    "vat_rate": QT_TRANSLATE_NOOP("TaxDocument", "VAT rate"),
    "vat": QT_TRANSLATE_NOOP("TaxDocument", "VAT"),
    "amount": QT_TRANSLATE_NOOP("TaxDocument", "Amount"),
    "subtotal": QT_TRANSLATE_NOOP("TaxDocument", "Subtotal"),
    "discount": QT_TRANSLATE_NOOP("TaxDocument", "Discount"),
    "shipping": QT_TRANSLATE_NOOP("TaxDocument", "Shipping"),
    "total_excl": QT_TRANSLATE_NOOP("TaxDocument", "Total excluding VAT"),
    "vat_total": QT_TRANSLATE_NOOP("TaxDocument", "VAT total"),
    "total_incl": QT_TRANSLATE_NOOP("TaxDocument", "Total including VAT"),
    "total": QT_TRANSLATE_NOOP("TaxDocument", "Total"),
    "sales": QT_TRANSLATE_NOOP("TaxDocument", "sales"),
    "zero_rated": QT_TRANSLATE_NOOP("TaxDocument", "Zero-rated"),
    "exempt": QT_TRANSLATE_NOOP("TaxDocument", "Exempt"),
    "prices_include": QT_TRANSLATE_NOOP("TaxDocument", "Prices include VAT."),
    "thank_you": QT_TRANSLATE_NOOP("TaxDocument", "Thank you!"),
}


def labels_in(language: str) -> dict[str, str]:
    return {key: translated(language, _CONTEXT, source) for key, source in LABELS.items()}


def tax_text(language: str, second: str | None = None, prefs: DisplayPreferences | None = None) -> TaxDocumentText:
    """The words of a tax document in ``language`` (and ``second`` beside them), with the language's usual digits
    and calendar unless the desk's ``prefs`` are given."""
    prefs = prefs or DisplayPreferences(language=language, calendar=DEFAULT_CALENDAR[language])
    formatter = Formatter(prefs)
    return TaxDocumentText(
        language=language,
        labels=labels_in(language),
        number=formatter.plain_digits,
        money=formatter.money,
        percent=formatter.basis_points,
        moment=formatter.datetime,
        second=labels_in(second) if second else None,
    )
