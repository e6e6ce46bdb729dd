"""What a gift's recipient reads, and what a walk-in sale's insert says: the buyer's name, reward code, loyalty
card and prices never appear on a gift; the gift message keeps its own direction on a page of any language and
obeys no bidi control typed into it; an order without a name greets no name; notes are tagged as notes; the
command line prints what the app prints."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.loyalty_rules import PunchCard
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.print_requests import PrintRequest
from shopdesk.services.printing.bidi_text import glyph_text, layout
from shopdesk.services.printing.fonts import document_fonts
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings
from shopdesk.views.print_texts import texts_for

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
REVIEW = "https://reviews.example.com/golnar"


@pytest.fixture
def shop(database):
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", review_url=REVIEW))
    buyer = services.customers.create_customer(CustomerDraft(name="Emma Wilson", language="en"))
    program = services.loyalty.save_program("Card", PunchCard(stamps_to_fill=3))
    services.loyalty.adjust(buyer, program, 3, "paper card")  # a full card: a reward code waits for her
    return services, buyer, database


def _order(services, customer, gift_message="", paid=True):
    placed = services.orders.place_order(
        OrderDraft(
            lines=(LineDraft("Lavender soap", 2, 1250),),
            customer_id=customer,
            gift_message=gift_message,
            paid_minor=2500 if paid else 0,
        )
    )
    return placed.id


def _text(pdf: Path) -> str:
    """The page's words as pdftotext reads them, without the direction marks it puts around runs."""
    extracted = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    return " ".join(re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", extracted).split())


@needs_poppler
@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_a_gift_insert_shows_no_buyer_name_no_reward_code_no_card_and_no_price(shop, tmp_path, language):
    services, buyer, _db = shop
    order_id = _order(services, buyer, gift_message="Happy birthday, Sara!")
    code = services.loyalty.cards(buyer)[0].rewards[0].code
    (document,) = services.prints.documents([order_id], PrintRequest(language=language, gift_mode=True), texts_for())
    assert document.loyalty is None and document.discount_code == "" and document.customer_name == ""
    out = tmp_path / "gift.pdf"
    for _ in services.prints.write_pdf([order_id], PrintRequest(language=language, gift_mode=True), texts_for(), out):
        pass
    printed = _text(out)
    assert "Emma" not in printed and code not in printed
    assert "Happy birthday, Sara" in printed and "Golnar" in printed  # (its direction: the layout tests below)
    assert not any(price in printed for price in ("25.00", "12.50", "۲۵٫۰۰", "٢٥٫٠٠"))
    # the same order printed for the buyer carries her name and her code: the gift page leaves them out on purpose
    for _ in services.prints.write_pdf([order_id], PrintRequest(language="en"), texts_for(), tmp_path / "own.pdf"):
        pass
    assert "Emma" in _text(tmp_path / "own.pdf") and code in _text(tmp_path / "own.pdf")


def _printed_lines(message: str, language: str):
    fonts = document_fonts().regular
    return layout(message, fonts, 12, 10_000, rtl=language in ("ar", "fa"), language=language)


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_a_latin_gift_message_keeps_its_punctuation_on_a_right_to_left_page(shop, language):
    services, buyer, _db = shop
    order_id = _order(services, buyer, gift_message="Happy birthday!")
    (document,) = services.prints.documents([order_id], PrintRequest(language=language, gift_mode=True), texts_for())
    last = _printed_lines(document.message, language)[-1]
    assert glyph_text(last).strip() == "Happy birthday!"  # not "!Happy birthday"


def test_a_persian_gift_message_reads_in_its_own_clause_order_on_an_english_page(shop):
    services, buyer, _db = shop
    message = "تولدت مبارک (۲۵ سالگی)، سارا!"
    order_id = _order(services, buyer, gift_message=message)
    (document,) = services.prints.documents([order_id], PrintRequest(language="en", gift_mode=True), texts_for())
    last = _printed_lines(document.message, "en")[-1]
    # laid out right to left as its own paragraph: its first word is drawn rightmost, its "!" leftmost
    marks = " \u2066\u2067\u2068\u2069"
    words = [run.source.strip(marks) for run in last.runs if run.source.strip(marks)]
    assert words[-1].startswith("تولدت") and words[0].endswith("!")


def test_a_bidi_override_typed_into_a_gift_message_reverses_nothing(shop):
    services, buyer, _db = shop
    order_id = _order(services, buyer, gift_message="Sara\u202eevil\u202c and friends")
    (document,) = services.prints.documents([order_id], PrintRequest(language="en", gift_mode=True), texts_for())
    assert "\u202e" not in document.message and "\u202c" not in document.message
    last = _printed_lines(document.message, "en")[-1]
    assert glyph_text(last).strip() == "Saraevil and friends"


@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_a_walk_in_sale_greets_no_name(shop, language):
    services, _buyer, _db = shop
    order_id = _order(services, None)
    for document_kind in ("inserts", "notes"):
        request = PrintRequest(document=document_kind, language=language)
        (document,) = services.prints.documents([order_id], request, texts_for())
        assert "Dear" not in document.message and "عزيزنا" not in document.message and "عزیز" not in document.message
        assert " ," not in document.message and "\u2069," not in document.message
        assert document.message.strip()


def test_a_walk_in_sale_with_the_shops_own_template_still_greets_no_name(shop):
    services, _buyer, _db = shop
    services.prints.save_message_template("inserts", "en", "Dear $first_name, thanks from $shop_name!")
    order_id = _order(services, None)
    (document,) = services.prints.documents([order_id], PrintRequest(language="en"), texts_for())
    assert not document.message.startswith("Dear") and document.message.startswith("Thank you")


@needs_poppler
def test_the_command_line_prints_what_the_app_prints(shop, tmp_path):
    services, buyer, database = shop
    order_id = _order(services, buyer)
    number = services.orders.get(order_id).number if hasattr(services.orders, "get") else 1001
    app_pdf = tmp_path / "app.pdf"
    for _ in services.prints.write_pdf([order_id], PrintRequest(language="en"), texts_for(), app_pdf):
        pass
    url = database.url
    done = subprocess.run(
        [sys.executable, "-m", "shopdesk", "--db", url, "print", "inserts", "--orders", str(number),
         "--lang", "en", "--out", str(tmp_path / "cli.pdf")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    cli_text, app_text = _text(tmp_path / "cli.pdf"), _text(app_pdf)
    assert "Your loyalty card" in app_text and services.loyalty.cards(buyer)[0].rewards[0].code in app_text
    assert cli_text == app_text
