"""Lines of mixed Arabic, Persian and Latin text laid out for a PDF page: joined, ordered and wrapped.

ReportLab alone cannot print Arabic or Persian correctly (see issue 4): without its ``rlbidi`` extra it draws
unjoined letters left to right, and its own harfbuzz shaping guesses each word's direction, so Persian digit runs
come out reversed. This module does the whole job in the order the Unicode bidi algorithm (UAX #9) asks for:

1. embedding levels per paragraph, from an implementation with the bracket-pair rule (N0), so that
   ``Order #1024 (DHL)`` inside Arabic keeps its brackets around ``DHL``;
2. line breaks in logical order at spaces, measured with shaped widths;
3. per line, rules L1 (trailing spaces take the paragraph level) and L2 (reverse runs from the highest level
   down to the lowest odd one) give visual runs;
4. each run is shaped by harfbuzz in logical order with its direction set explicitly (rtl for odd levels), its
   language (``fa`` picks Persian forms), default-ignorables removed (ZWNJ separates letters and leaves no mark);
   harfbuzz mirrors brackets in rtl runs;
5. the glyphs become ReportLab ``ShapedStr`` values drawn by a plain ``drawString``, runs placed left to right.

Where the levels come from. python-bidi (wrapping the Rust ``unicode-bidi`` crate, which implements N0 and the
isolates) ships wheels for Windows, macOS and Linux; it does not expose the levels as an API, but
``get_display(debug=True)`` returns its ``BidiInfo`` with them, which we parse. PyICU builds from source against
a system ICU (no wheels on Windows), FriBidi is a system library missing on Windows and macOS, and Qt, although
already a dependency, may not be imported below ``shopdesk.views`` (the command line prints without a GUI).
The parsing leans on a debug format, and the drawing on ReportLab internals (``ShapedStr``, ``ShapeData``,
``TTFont.hbFont``): both versions are pinned in ``pyproject.toml`` and ``tests/unit/test_bidi_text.py`` fails
loudly when either changes.

Fonts: the script face (Noto Sans Arabic) has no Latin letters and no brackets, so each character falls back to
the Latin face only when the script face lacks it or the character belongs to a Latin word; digits and
punctuation stay with the letters around them, never switching face inside an Arabic word. Emoji and other
pictographs neither face has take the symbols face (monochrome Noto Emoji), with the joiners, variation selectors
and skin-tone modifiers of their sequence; a character no face has is left out rather than printed as a box.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz
from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

_LEVELS_START = "\n    levels: ["  # a real newline: inside the debug text's quoted string newlines are escaped
_LEVELS_END = "\n    ],"
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")
_FEATURES = {"kern": True, "liga": True}

# Characters that never reach the page: C0/C1 controls, and the separators we handle ourselves.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Fonts:
    """Registered ReportLab TrueType fonts (``shapable=True``): one for Arabic script, one for Latin, and
    optionally one for emoji and symbols the other two lack."""

    script: str
    latin: str
    symbols: str = ""


@dataclass(frozen=True)
class Run:
    """Glyphs of one font and one direction, ready for ``canvas.drawString``."""

    text: ShapedStr
    font: str
    size: float
    width: float
    source: str  # the characters shaped, in logical order
    rtl: bool


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]  # in visual order, left to right
    width: float


class BidiFormatChanged(RuntimeError):
    """python-bidi's debug output no longer looks as this module expects (an upgrade changed it)."""


def embedding_levels(text: str, rtl: bool) -> list[int]:
    """Resolved embedding levels, one per character, of one paragraph (rules up to I2)."""
    if not text:
        return []
    debug = get_display(text, base_dir="R" if rtl else "L", debug=True)
    start = debug.find(_LEVELS_START)
    end = debug.find(_LEVELS_END, start)
    if start < 0 or end < 0:
        raise BidiFormatChanged("no levels in python-bidi's debug output")
    byte_levels = [int(level) for level in _LEVEL.findall(debug, start, end)]
    levels: list[int] = []
    offset = 0
    for char in text:
        if offset >= len(byte_levels):
            break
        levels.append(byte_levels[offset])
        offset += len(char.encode("utf-8"))  # the crate gives one level per UTF-8 byte
    if offset != len(byte_levels):
        raise BidiFormatChanged(f"{len(byte_levels)} levels for {offset} bytes of text")
    return levels


def visual_order(levels: Sequence[int]) -> list[int]:
    """Rule L2: logical indices in visual order, left to right."""
    order = list(range(len(levels)))
    odd = [level for level in levels if level % 2]
    if not odd:
        return order
    for level in range(max(levels), min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


def is_arabic_script(char: str) -> bool:
    code = ord(char)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


def clean(text: str) -> str:
    """What may be printed of a value: tabs become spaces, other control characters go."""
    return _CONTROL.sub("", text.replace("\t", " "))


def _has_glyph(font: str, char: str) -> bool:
    return ord(char) in pdfmetrics.getFont(font).face.charToGlyph


def _in_emoji_sequence(char: str) -> bool:
    """A zero-width joiner, a variation selector or a skin-tone modifier: part of the emoji before it."""
    return char in "\u200d\ufe0e\ufe0f" or 0x1F3FB <= ord(char) <= 0x1F3FF


def printable(text: str, fonts: Fonts) -> str:
    """``text`` without the characters none of the faces can draw (they would print as empty boxes)."""
    faces = [face for face in (fonts.script, fonts.latin, fonts.symbols) if face]
    return "".join(
        char
        for char in text
        if char in "\n " or unicodedata.category(char) == "Cf" or any(_has_glyph(face, char) for face in faces)
    )


def _fonts_for(text: str, fonts: Fonts, rtl: bool) -> list[str]:
    """The face of each character: letters by script, everything else the face of the letters before it, and
    what neither has (emoji) the symbols face."""
    chosen: list[str] = []
    current = fonts.script if rtl else fonts.latin
    for char in text:
        category = unicodedata.category(char)
        other = fonts.latin if current == fonts.script else fonts.script
        if is_arabic_script(char):
            font = fonts.script
        elif category[0] == "L":
            font = fonts.latin
        elif fonts.symbols and chosen and chosen[-1] == fonts.symbols and _in_emoji_sequence(char):
            font = fonts.symbols
        elif category == "Cf" or _has_glyph(current, char):
            font = current  # digits, spaces, ZWNJ and punctuation stay with their word
        elif fonts.symbols and not _has_glyph(other, char) and _has_glyph(fonts.symbols, char):
            font = fonts.symbols
        else:
            font = other
        if category[0] == "L":
            current = font
        chosen.append(font)
    return chosen


def _shape(text: str, font_name: str, size: float, rtl: bool, language: str, script_face: bool) -> Run:
    ttf = pdfmetrics.getFont(font_name)
    hb_font = ttf.hbFont(size)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.flags = uharfbuzz.BufferFlags.REMOVE_DEFAULT_IGNORABLES
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    if script_face:
        buffer.script = "Arab"  # digits and punctuation take the script of the letters around them
    buffer.language = language
    uharfbuzz.shape(hb_font, buffer, _FEATURES)
    chars = []
    data = []
    width = 0.0
    face = ttf.face
    for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        gid = info.codepoint
        owners = face.glyphToChar.get(gid)
        code = owners[0] if owners else ttf.hbAddPrivate(hb_font.glyph_to_string(gid), gid, pos.x_advance)
        x_advance = ttf.pdfScale(pos.x_advance)
        data.append(
            ShapeData(
                info.cluster,
                x_advance,
                ttf.pdfScale(pos.y_advance),
                ttf.pdfScale(pos.x_offset),
                ttf.pdfScale(pos.y_offset),
                face.charWidths[code],
            )
        )
        chars.append(chr(code))
        width += x_advance * size / 1000
    return Run(ShapedStr("".join(chars), shapeData=data), font_name, size, width, text, rtl)


@lru_cache(maxsize=8192)
def _shape_cached(text: str, font_name: str, size: float, rtl: bool, language: str, script_face: bool) -> Run:
    return _shape(text, font_name, size, rtl, language, script_face)


def _line(
    text: str, levels: Sequence[int], faces: Sequence[str], size: float, rtl: bool, language: str, script_font: str
) -> Line:
    """Lay out one line: L1, L2, then shape each run of one level and one face."""
    base = 1 if rtl else 0
    levels = list(levels)
    i = len(text)
    while i > 0 and (text[i - 1].isspace() or unicodedata.category(text[i - 1]) == "Cf"):
        i -= 1
        levels[i] = base  # L1: trailing whitespace and isolate marks take the paragraph level
    order = visual_order(levels)
    runs: list[Run] = []
    start = 0
    while start < len(order):
        end = start + 1
        key = (levels[order[start]], faces[order[start]])
        while end < len(order) and (levels[order[end]], faces[order[end]]) == key:
            end += 1
        indices = sorted(order[start:end])
        run_text = "".join(text[k] for k in indices)
        runs.append(_shape_cached(run_text, key[1], size, key[0] % 2 == 1, language, key[1] == script_font))
        start = end
    return Line(tuple(runs), sum(run.width for run in runs))


def layout(text: str, fonts: Fonts, size: float, max_width: float, *, rtl: bool, language: str) -> list[Line]:
    """Lines of ``text`` no wider than ``max_width`` points (a single word wider than that gets a line alone).

    ``rtl`` is the paragraph direction (the document's language), ``language`` an ISO code for harfbuzz.
    Newlines start new paragraphs.
    """
    lines: list[Line] = []
    for paragraph in printable(clean(text), fonts).split("\n"):
        lines.extend(_paragraph(paragraph, fonts, size, max_width, rtl, language))
    return lines


def _paragraph(text: str, fonts: Fonts, size: float, max_width: float, rtl: bool, language: str) -> list[Line]:
    if not text.strip():
        return [Line((), 0.0)]
    levels = embedding_levels(text, rtl)
    faces = _fonts_for(text, fonts, rtl)

    def piece(start: int, end: int) -> Line:
        return _line(text[start:end], levels[start:end], faces[start:end], size, rtl, language, fonts.script)

    whole = piece(0, len(text))
    if whole.width <= max_width:
        return [whole]
    # Greedy wrapping in logical order; each candidate line is measured as it will be drawn. Breaks: at a space
    # (the space is dropped); after / ? & - inside a word (nothing dropped) only when no space leaves a line that
    # fits, so a web address wider than the line breaks after its slashes but a date (22/12/2026) stays whole.
    breaks = sorted(
        {(m.start(), m.start() + 1, True) for m in re.finditer(" ", text)}
        | {(m.end(), m.end(), False) for m in re.finditer(r"[/?&\-](?=\S)", text)}
    )
    breaks.append((len(text), len(text), True))
    lines: list[Line] = []
    start = 0
    while start < len(text):
        at_space: tuple[int, int, Line] | None = None
        in_word: tuple[int, int, Line] | None = None
        for end, resume, space in breaks:
            if end <= start:
                continue
            candidate = piece(start, end)
            if candidate.width > max_width:
                break
            if space:
                at_space = (end, resume, candidate)
            else:
                in_word = (end, resume, candidate)
        fitted = at_space or in_word
        if fitted is None:  # even the first word is too wide: cut it between characters
            end = next(end for end, _resume, _space in breaks if end > start)
            end = _widest_cut(text, piece, start, end, max_width)
            fitted = (end, end, piece(start, end))
        _end, resume, line = fitted
        lines.append(line)
        start = resume
        while start < len(text) and text[start] == " ":
            start += 1  # a line never starts with the spaces that ended the one before
    return lines


def _widest_cut(text: str, piece, start: int, end: int, max_width: float) -> int:  # noqa: ANN001
    """The end of the longest ``text[start:cut]`` that fits (at least one character), never cutting before a
    combining mark or a joiner, which belong to the character before them."""
    low, high = start + 1, end
    while low < high:
        middle = (low + high + 1) // 2
        if piece(start, middle).width <= max_width:
            low = middle
        else:
            high = middle - 1
    cut = low
    while cut < end and (unicodedata.category(text[cut])[0] == "M" or text[cut] in "\u200c\u200d"):
        cut += 1
    return cut


def glyph_text(line: Line) -> str:
    """The characters of a line's glyphs, left to right as printed (mirrored brackets included); for tests."""
    return "".join(str.__str__(run.text) for run in line.runs)


def draw_lines(canvas, lines: Sequence[Line], x: float, y: float, width: float, leading: float, align: str) -> float:
    """Draw lines from baseline ``y`` downwards inside ``[x, x + width]``; return the baseline after the last.

    ``align`` is ``"left"``, ``"right"`` or ``"center"`` (an rtl paragraph is drawn ``"right"``).
    """
    for line in lines:
        if align == "right":
            left = x + width - line.width
        elif align == "center":
            left = x + (width - line.width) / 2
        else:
            left = x
        for run in line.runs:
            canvas.setFont(run.font, run.size)
            canvas.drawString(left, y, run.text)
            left += run.width
        y -= leading
    return y
