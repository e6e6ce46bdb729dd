"""What a packing insert prints in its own language: each product's care tip in the insert's language (the shop's
own as a fallback, never another script by chance), emoji in names and messages printed, never as empty boxes."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.print_requests import PrintRequest
from shopdesk.services.product_records import ProductRow
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings
from shopdesk.views.print_texts import default_text

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

TIP_EN = "Keep dry between uses."
TIP_AR = "احفظه جافا بين الاستعمالات"
_MARKS = dict.fromkeys(map(ord, "\u200c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"))


def _plain(text: str) -> str:
    """The text layer's shaped Arabic letters to their plain forms, without bidi marks or vowel marks."""
    text = unicodedata.normalize("NFKC", text).translate(_MARKS)
    return " ".join("".join(char for char in text if unicodedata.category(char) != "Mn").split())


def _page_text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return _plain(out)


def _order(services, *, country: str, tips: dict[str, str], gift_message: str = "", name: str = "Huda") -> int:
    services.settings.save(ShopSettings(shop_name="Golnar & Co.", currency="SAR", country=country))
    product = services.products.save_product(
        ProductRow(None, "SOAP-1", "Rose soap", "صابون الورد", "صابون گل رز", price_minor=1200, **tips)
    )
    customer = services.customers.create_customer(CustomerDraft(name=name, language="en"))
    draft = OrderDraft(
        lines=(LineDraft("Rose soap", 1, 1200, product_id=product),), customer_id=customer, gift_message=gift_message
    )
    return services.orders.place_order(draft).id


def _write(services, order_id: int, request: PrintRequest, out: Path) -> Path:
    for _ in services.prints.write_pdf([order_id], request, default_text, out):
        pass
    return out


@needs_poppler
def test_each_insert_prints_the_care_tip_in_its_own_language(database, tmp_path):
    services = build_services(database.unit_of_work)
    order_id = _order(services, country="SA", tips={"care_tip_en": TIP_EN, "care_tip_ar": TIP_AR})
    arabic = _page_text(_write(services, order_id, PrintRequest(size="a5", language="ar"), tmp_path / "ar.pdf"))
    english = _page_text(_write(services, order_id, PrintRequest(size="a5", language="en"), tmp_path / "en.pdf"))
    assert all(word in arabic for word in TIP_AR.split()), arabic
    assert "Keep dry" not in arabic
    assert TIP_EN in english, english
    assert "الاستعمالات" not in english
    # Persian has no tip of its own: the shop's language (Arabic, a shop in Saudi Arabia), not the English one.
    persian = _page_text(_write(services, order_id, PrintRequest(size="a5", language="fa"), tmp_path / "fa.pdf"))
    assert "الاستعمالات" in persian and "Keep dry" not in persian


def test_a_tip_only_in_another_language_than_the_shops_is_left_off(database):
    services = build_services(database.unit_of_work)
    order_id = _order(services, country="GB", tips={"care_tip_ar": TIP_AR})
    (english,) = services.prints.documents([order_id], PrintRequest(language="en"), default_text)
    (arabic,) = services.prints.documents([order_id], PrintRequest(language="ar"), default_text)
    assert english.items[0].tip == ""
    assert arabic.items[0].tip == TIP_AR


@needs_poppler
@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_emoji_in_a_gift_message_and_a_name_print_as_themselves_with_the_rest_of_the_text(database, tmp_path, language):
    services = build_services(database.unit_of_work)
    order_id = _order(services, country="SA", tips={}, gift_message="Happy birthday Sara 🎁🌹", name="Sara 🌷")
    gift = _write(services, order_id, PrintRequest(size="a6", language=language, gift_mode=True), tmp_path / "g.pdf")
    fonts = subprocess.run(["pdffonts", str(gift)], capture_output=True, text=True, check=True).stdout
    assert "NotoEmoji" in fonts  # embedded: the emoji are drawn with its glyphs, not a missing one
    assert "Happy birthday Sara" in _page_text(gift)  # the rest of the message stays
    services.prints.save_message_template("inserts", language, "Packed for $customer_name")
    note = _write(services, order_id, PrintRequest(size="a6", language=language), tmp_path / "n.pdf")
    fonts = subprocess.run(["pdffonts", str(note)], capture_output=True, text=True, check=True).stdout
    assert "NotoEmoji" in fonts and "Sara" in _page_text(note)
    # (ReportLab's text layer maps a glyph beyond U+FFFF to the wrong characters, so copying an emoji out of the
    # PDF does not give it back; tests/unit/test_bidi_text.py checks each one is drawn with a glyph, not a box.)


# Masculine (and feminine) forms of address and imperatives that would tell a woman she is a man, or the reverse.
_GENDERED_ARABIC = re.compile(r"(?<!\w)(عزيزي|عزيزتي|عزيزنا|عزيزتنا|امسح|امسحي|ضع|ضعي|أرسل|أرسلي)(?!\w)")


def test_the_arabic_default_texts_greet_and_ask_without_a_gender():
    text = default_text("ar")
    printed = [*text.messages.values(), text.labels.review, text.labels.feedback, text.labels.put_in_parcel]
    for message in printed:
        assert not _GENDERED_ARABIC.search(message), message
    assert text.messages["inserts"].startswith("أهلاً $first_name،")
    assert text.messages["notes"].startswith("أهلاً $first_name،")
    # Persian marks no gender: its greeting keeps "$first_name عزیز".
    assert default_text("fa").messages["inserts"].startswith("$first_name عزیز")
