"""Product records and the rules a catalogue entry must follow (no database imports: forms use them)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from shopdesk.services.errors import InvalidInput
from shopdesk.services.numbers import parse_whole
from shopdesk.services.order_rows import MAX_AMOUNT_MINOR
from shopdesk.services.text import strip_invisible

MAX_REORDER_DAYS = 3650  # ten years: longer is not a consumable any more


@dataclass(frozen=True)
class ProductRow:
    id: int | None
    sku: str
    name_en: str
    name_ar: str = ""
    name_fa: str = ""
    price_minor: int = 0
    returnable: bool = True
    care_tip_en: str = ""  # a care or usage tip per language, as names; each prints in its own language only
    care_tip_ar: str = ""
    care_tip_fa: str = ""
    active: bool = True
    reorder_days: int | None = None  # a consumable's typical time between purchases; None: not a consumable

    def name(self, language: str) -> str:
        """The name in a language, falling back to another one the shop filled in."""
        names = {"en": self.name_en, "ar": self.name_ar, "fa": self.name_fa}
        return names.get(language) or self.name_en or self.name_ar or self.name_fa

    def care_tip(self, language: str, shop_language: str = "") -> str:
        """The tip in a language, else in the shop's own language; never one in another script by chance."""
        tips = {"en": self.care_tip_en, "ar": self.care_tip_ar, "fa": self.care_tip_fa}
        return tips.get(language) or tips.get(shop_language) or ""


def validate_product(product: ProductRow) -> ProductRow:
    sku = strip_invisible(product.sku).strip().upper()
    if not sku:
        raise InvalidInput("sku", "required", product.sku)
    if len(sku) > 64 or any(ch.isspace() for ch in sku):
        raise InvalidInput("sku", "no spaces, at most 64 characters", product.sku)
    names = [product.name_en.strip(), product.name_ar.strip(), product.name_fa.strip()]
    if not any(names):
        raise InvalidInput("name_en", "required", product.name_en)
    if not 0 <= product.price_minor <= MAX_AMOUNT_MINOR:
        raise InvalidInput("price", "out of range", str(product.price_minor))
    if product.reorder_days is not None and not 1 <= product.reorder_days <= MAX_REORDER_DAYS:
        raise InvalidInput("reorder_days", "not a number of days", str(product.reorder_days))
    return replace(
        product,
        sku=sku,
        name_en=names[0],
        name_ar=names[1],
        name_fa=names[2],
        care_tip_en=product.care_tip_en.strip(),
        care_tip_ar=product.care_tip_ar.strip(),
        care_tip_fa=product.care_tip_fa.strip(),
    )


def parse_reorder_days(text: str) -> int | None:
    """A reorder interval typed in any digits (``۴۵`` is 45); blank is ``None`` (not a consumable). Raises
    ``InvalidInput("reorder_days", ...)`` for anything that is not a whole number of days from 1 to 3650."""
    try:
        return parse_whole(text, field="reorder_days", minimum=1, maximum=MAX_REORDER_DAYS)
    except InvalidInput:
        raise InvalidInput("reorder_days", "not a number of days", text) from None
