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
    more_items: str = "and more items (see your order)"
    return_slip: str = "Return slip"
    return_number: str = "Return number"
    returning: str = "Coming back"
    reason: str = "Reason"
    put_in_parcel: str = "Please put this slip in the parcel with the items."
    condition: str = "Items must be"

    @property
    def rtl(self) -> bool:
        return self.language in ("ar", "fa")
