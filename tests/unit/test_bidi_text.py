"""The printed-text layout: levels, visual order, shaping, wrapping. Exact checks on the glyphs a line draws;
the OCR of whole pages is in tests/integration/test_print_ocr.py."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from shopdesk.services.printing.bidi_text import (
    draw_lines,
    embedding_levels,
    glyph_text,
    layout,
    visual_order,
)
from shopdesk.services.printing.fonts import document_fonts

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "rtl_phrases.json"  # the repository carries its own data
FONTS = document_fonts().regular


def lines_of(text: str, lang: str, width: float = 10_000, size: float = 12):
    return layout(text, FONTS, size, width, rtl=lang in ("ar", "fa"), language=lang)


def test_levels_follow_the_bracket_pair_rule():
    text = "طلب Order #1024 (DHL) وصل"
    levels = embedding_levels(text, rtl=True)
    assert len(levels) == len(text)
    assert levels[text.index("(")] == levels[text.index(")")] == 2  # the brackets belong to the Latin run
    assert levels[0] == 1 and levels[text.index("O")] == 2


def test_levels_are_per_character_not_per_byte():
    text = "ab ۱۲ سلام 𝒳"
    assert len(embedding_levels(text, rtl=False)) == len(text)


def test_visual_order_reverses_rtl_runs_and_keeps_numbers_inside_them():
    # logical: R R _ N N _ R   (levels 1 1 1 2 2 1 1)
    assert visual_order([1, 1, 1, 2, 2, 1, 1]) == [6, 5, 3, 4, 2, 1, 0]
    assert visual_order([0, 0, 0]) == [0, 1, 2]


def test_latin_in_arabic_keeps_its_words_and_brackets_in_place():
    (line,) = lines_of("طلب Order #1024 (DHL) وصل", "ar")
    printed = glyph_text(line)
    assert "Order #1024 (DHL)" in printed
    # the first word is printed rightmost
    assert line.runs[-1].source.strip() == "طلب" and line.runs[0].source.strip() == "وصل"


def test_persian_digits_print_in_order_and_brackets_face_their_text():
    (line,) = lines_of("اعتبار (تا ۳۰ آذر ۱۴۰۵)", "fa")
    printed = glyph_text(line)
    assert "۱۴۰۵" in printed and "۳۰" in printed
    assert printed.startswith("(") and printed.index("(") < printed.index("۱۴۰۵")  # mirrored: "(" at the left
    assert [run.source for run in line.runs if run.source.strip() in ("(", ")")] == [")", "("]


def test_zwnj_separates_letters_and_draws_nothing():
    (with_zwnj,) = lines_of("بسته\u200cبندی", "fa")
    (joined,) = lines_of("بستهبندی", "fa")
    assert "\u200c" not in glyph_text(with_zwnj)
    assert glyph_text(with_zwnj) != glyph_text(joined)  # the letters around the ZWNJ take their unjoined forms


def test_arabic_letters_are_joined():
    (joined,) = lines_of("سسس", "ar")
    (alone,) = lines_of("س", "ar")
    assert len(glyph_text(joined)) == 3
    assert glyph_text(joined) != glyph_text(alone) * 3  # final, medial and initial forms, not three isolated ones


def test_markup_and_controls_print_literally_or_not_at_all():
    (line,) = lines_of('<link href="javascript:x">x</link>\x07\x1b', "en")
    assert glyph_text(line) == '<link href="javascript:x">x</link>'


def test_a_right_to_left_override_in_a_value_does_not_reorder_the_text_around_it():
    value = "\u2068Sara\u202eevil\u2069"  # values reach layout isolated (FSI … PDI), as templates do
    (line,) = lines_of(f"Hello {value} and welcome", "en")
    assert glyph_text(line).startswith("Hello ") and glyph_text(line).endswith(" and welcome")


def test_long_text_wraps_in_reading_order_within_the_width():
    text = "ممنون از خرید شما، مهسا جان! سفارش شماره ۱۰۲۴ ارسال شد."
    lines = lines_of(text, "fa", width=120)
    assert len(lines) > 1
    assert all(line.width <= 120 for line in lines)
    words = [w for line in lines for run in line.runs for w in [run.source]]
    assert lines[0].runs[-1].source.startswith("ممنون")  # the first line holds the first words
    assert "ارسال" in "".join(run.source for run in lines[-1].runs)
    assert words


def test_a_word_wider_than_the_line_is_cut_between_characters_and_nothing_is_lost():
    lines = lines_of("a " + "x" * 200 + " b", "en", width=50)
    assert len(lines) > 3 and all(line.width <= 50 for line in lines)
    assert "".join(run.source for line in lines for run in line.runs).replace(" ", "") == "a" + "x" * 200 + "b"


def test_a_web_address_breaks_after_its_slashes_not_in_the_middle_of_a_word():
    url = "https://reviews.example.com/golnar-and-co/review?ref=sg&utm_source=insert"
    lines = lines_of(url, "en", width=200)
    assert len(lines) > 1 and all(line.width <= 200 for line in lines)
    pieces = ["".join(run.source for run in line.runs) for line in lines]
    assert "".join(pieces) == url
    assert all(piece.endswith(("/", "?", "&", "-")) for piece in pieces[:-1])


def test_a_date_wraps_whole_at_a_space_and_not_after_its_slash():
    text = "Returns accepted until 22/12/2026"
    width = lines_of("Returns accepted until 22/", "en", width=1000)[0].width + 1  # "22/" fits, "22/12/…" not
    lines = lines_of(text, "en", width=width)
    pieces = ["".join(run.source for run in line.runs) for line in lines]
    assert pieces == ["Returns accepted until", "22/12/2026"]


def test_combining_marks_stay_with_their_letter_when_a_word_is_cut():
    word = "بِسْمِ" * 30
    lines = lines_of(word, "ar", width=40)
    for line in lines[1:]:
        first = "".join(run.source for run in line.runs)[0]
        assert not 0x064B <= ord(first) <= 0x0652


def test_every_sample_phrase_lays_out_with_all_its_characters():
    cases = json.loads(SAMPLES.read_text(encoding="utf-8"))["cases"]
    for case in cases:
        lines = lines_of(case["text"], case["lang"], width=200)
        shaped = "".join(run.source for line in lines for run in line.runs)
        assert sorted(shaped.replace(" ", "")) == sorted(case["text"].replace(" ", "")), case["text"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_drawn_pdf_embeds_the_fonts_and_has_text(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    out = tmp_path / "t.pdf"
    canvas = Canvas(str(out))
    draw_lines(canvas, lines_of("Order #1024 طلب", "ar"), 50, 700, 300, 16, "right")
    canvas.save()
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert fonts.count(" yes ") >= 2 and "NotoSansArabic" in fonts  # embedded subsets of both faces


def test_a_value_that_closes_its_isolate_early_cannot_reverse_the_message():
    from shopdesk.services.printing.templates import fill

    message = fill("Dear $first_name, order 1024", {"first_name": "Sara\u2069\u202eevil"})
    (line,) = lines_of(message, "en")
    assert glyph_text(line) == "Dear Saraevil, order 1024"


def _glyph_ids(line) -> list[tuple[str, int]]:
    """(face, glyph id) of each glyph a line draws."""
    from reportlab.pdfbase import pdfmetrics

    glyphs = []
    for run in line.runs:
        face = pdfmetrics.getFont(run.font).face
        for char in str.__str__(run.text):
            glyphs.append((run.font, face.charToGlyph.get(ord(char), 0)))
    return glyphs


@pytest.mark.parametrize(("text", "lang"), [("Happy birthday 🎁🌹!", "en"), ("عيد ميلاد سعيد 🎁🌹", "ar")])
def test_emoji_print_in_the_symbols_face_never_as_an_empty_box(text, lang):
    (line,) = lines_of(text, lang)
    assert all(glyph != 0 for _face, glyph in _glyph_ids(line))  # glyph 0 is .notdef: an empty box
    emoji = [run for run in line.runs if run.font == FONTS.symbols]
    assert emoji and "".join(run.source for run in emoji) == "🎁🌹"
    assert "Happy" in glyph_text(line) or "سعيد" in "".join(run.source for run in line.runs)


def test_a_family_emoji_joined_by_zero_width_joiners_is_shaped_as_one_sequence():
    (line,) = lines_of("Love 👩‍👩‍👧 and ❤️", "en")
    emoji = [run.source for run in line.runs if run.font == FONTS.symbols]
    assert "👩\u200d👩\u200d👧" in emoji
    assert all(glyph != 0 for _face, glyph in _glyph_ids(line))


def test_a_character_no_face_has_is_left_out_and_the_rest_stays():
    (line,) = lines_of("Tea 中 for Sara", "en")
    assert all(glyph != 0 for _face, glyph in _glyph_ids(line))
    assert "".join(run.source for run in line.runs) == "Tea  for Sara"
