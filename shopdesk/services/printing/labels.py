"""The fixed words of a printed document. Light (no ReportLab), so screens can build them before printing."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PrintLabels:
    """The fixed words of a printed document, already translated into its language."""

    language: str  # ar | fa | en
    order: str = "Order"
    thank_you: str = "Thank you!"
    items: str = "In your parcel"
    review: str = "Scan to review your order"
    feedback: str = "Scan to tell us privately how we did"
    return_by: str = "Returns accepted until"
    discount: str = "Your code for next time"
    loyalty: str = "Your loyalty card"
    continued: str = "continued"
    continued_next: str = "Continued on the next page"
    page_of: str = "page %1 of %2"
    ship_to: str = "Ship to"
    sku: str = "SKU"
    tracking: str = "Tracking"
    return_slip: str = "Return slip"
    return_number: str = "Return number"
    returning: str = "Coming back"
    reason: str = "Reason"
    put_in_parcel: str = "Please put this slip in the parcel with the items."
    condition: str = "Items must be"
    subtotal: str = "Subtotal"
    order_discount: str = "Discount"
    line_discount: str = "Discount on this line"
    shipping: str = "Shipping"
    vat: str = "VAT"
    vat_included: str = "incl. VAT"
    total: str = "Total"
    paid: str = "Paid"
    balance_due: str = "Balance due"
    collect_on_delivery: str = "To collect on delivery"

    @property
    def rtl(self) -> bool:
        return self.language in ("ar", "fa")
