"""The encoding of a file to import: found from a sample of its first megabyte, never from the whole file.

The certain cases are decided exactly: a BOM (UTF-8 or UTF-16), text that reads as UTF-8 (plain ASCII included),
and text that is UTF-8 but for a few bytes (those rows are then reported as wrong rows, by number, rather than
the whole file being read as something else). For the rest — a shop's old Windows export — ``charset-normalizer``
proposes Windows-1256 (Arabic, Persian) or Windows-1252 (Western Europe, a superset of Latin-1), and the proposal
is taken only when the text it gives reads as that script: Arabic letters among Arabic letters, accented Latin
letters within Latin words. Otherwise the guess is marked uncertain and the user sees the text and picks.

Bytes the chosen encoding cannot read are never replaced silently: they are decoded as lone surrogates
(U+DC00 + the byte, the ``shopdesk.bad-bytes`` error handler), which no encoding here produces from good bytes,
so the reader finds them in their row and reports it.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from shopdesk.services.errors import InvalidInput, UnreadableFile

# What the user may choose (--encoding, the Import dialog), as they are named there.
ENCODINGS = ("utf-8", "cp1256", "cp1252", "latin-1", "utf-16")
BAD_BYTES = "shopdesk.bad-bytes"
SAMPLE = 1 << 20  # bytes read to decide
PLAUSIBLE = 256 * 1024  # of those, what charset-normalizer and the script check read
_LEGACY = ("cp1256", "cp1252")  # what charset-normalizer may propose for a file that is not UTF-8
_BAD = re.compile("[\udc00-\udcff]+")
_READ_WELL = re.compile("[^\x00-\x7f\udc00-\udcff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def _escape_bad_bytes(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return "".join(chr(0xDC00 + byte) for byte in error.object[error.start : error.end]), error.end


codecs.register_error(BAD_BYTES, _escape_bad_bytes)


def has_bad_bytes(text: str) -> bool:
    return _BAD.search(text) is not None


def show_bad_bytes(text: str) -> str:
    """A cell with bytes its encoding could not read, those bytes written as ``\\xNN``."""
    return _BAD.sub(lambda m: "".join(f"\\x{ord(ch) - 0xDC00:02x}" for ch in m.group()), text)


@dataclass(frozen=True)
class EncodingGuess:
    encoding: str  # as Python names it: utf-8-sig, utf-16, utf-8, cp1256, cp1252, latin-1
    certain: bool  # False: the user should see the text and choose


def check_encoding(name: str) -> str:
    """An encoding the user named (``--encoding``), or ``InvalidInput``."""
    wanted = name.strip().lower().replace("_", "-")
    aliases = {"utf8": "utf-8", "windows-1256": "cp1256", "windows-1252": "cp1252", "latin1": "latin-1",
               "iso-8859-1": "latin-1", "utf16": "utf-16", "utf-8-sig": "utf-8"}  # fmt: skip
    wanted = aliases.get(wanted, wanted)
    if wanted not in ENCODINGS:
        raise InvalidInput("encoding", "unknown encoding", name)
    return wanted


def open_text(path: Path, encoding: str):  # noqa: ANN201
    """The file as text in ``encoding`` (a BOM is skipped; bytes it cannot read come out as lone surrogates)."""
    try:
        with open(path, "rb") as raw:
            head = raw.read(3)
    except OSError as exc:
        raise UnreadableFile("no such file", detail=exc.strerror or str(exc)) from exc
    if encoding in ("utf-8", "utf-8-sig"):
        encoding = "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
    return open(path, encoding=encoding, errors=BAD_BYTES, newline=""), encoding  # noqa: SIM115


def guess_encoding(path: Path) -> EncodingGuess:
    """The file's encoding from its first megabyte. Raises ``UnreadableFile("nul bytes")`` for binary data or
    UTF-16 without its BOM."""
    try:
        with open(path, "rb") as raw:
            sample = raw.read(SAMPLE)
            whole = len(sample) < SAMPLE
    except OSError as exc:
        raise UnreadableFile("no such file", detail=exc.strerror or str(exc)) from exc
    if sample.startswith(codecs.BOM_UTF8):
        return EncodingGuess("utf-8-sig", True)
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return EncodingGuess("utf-16", True)
    if b"\x00" in sample:
        raise UnreadableFile("nul bytes")
    if not whole:  # end the sample on a whole line, so no character is cut in two
        sample = sample[: sample.rfind(b"\n") + 1] or sample
    text = sample.decode("utf-8", errors=BAD_BYTES)
    bad = len(_BAD.findall(text))
    if not bad:
        return EncodingGuess("utf-8", True)
    read_well = len(_READ_WELL.findall(text))
    if read_well >= 3 * bad:  # UTF-8 but for a few bytes: their rows are reported
        return EncodingGuess("utf-8", True)
    return _legacy(sample)


def _legacy(sample: bytes) -> EncodingGuess:
    from charset_normalizer import from_bytes  # loaded only for files that need it

    best = from_bytes(sample[:PLAUSIBLE], cp_isolation=list(_LEGACY)).best()
    proposed = best.encoding if best is not None else _LEGACY[0]
    # the proposal when its text reads as its script; else the other one when that does; else ask
    for encoding in (proposed, *(e for e in _LEGACY if e != proposed)):
        if _READS_AS[encoding](sample[:PLAUSIBLE].decode(encoding, errors=BAD_BYTES)):
            return EncodingGuess(encoding, True)
    return EncodingGuess(proposed, False)


def reads_as_arabic(text: str) -> bool:
    """Whether text read as Windows-1256 looks like Arabic or Persian: its letters outside ASCII are nearly all
    Arabic script, and they stand in words of their own rather than inside Latin ones (Latin-1's ``Núñez`` read as
    Windows-1256 gives ``Nٌْez``)."""
    others = [(i, ch) for i, ch in enumerate(text) if ord(ch) > 0x7F and not unicodedata.category(ch).startswith("Z")]
    if not others:
        return False
    arabic = [i for i, ch in others if _ARABIC.match(ch)]
    inside_latin = sum(1 for i in arabic if _latin_next_to(text, i))
    return len(arabic) >= 0.9 * len(others) and inside_latin <= 0.05 * len(arabic)


def reads_as_latin(text: str) -> bool:
    """Whether text read as Windows-1252 looks like a Latin-script language: what is outside ASCII is nearly all
    Latin letters (mostly inside words) or typographic punctuation, and no control characters or unread bytes."""
    others = [(i, ch) for i, ch in enumerate(text) if ord(ch) > 0x7F]
    if not others:
        return False
    letters = [i for i, ch in others if unicodedata.name(ch, "").startswith("LATIN")]
    signs = sum(1 for _i, ch in others if unicodedata.category(ch)[0] in "PSZN")
    in_words = sum(1 for i in letters if any(0 <= j < len(text) and text[j].isascii() and text[j].isalpha()
                                             for j in (i - 1, i + 1)))  # fmt: skip
    return len(letters) + signs >= 0.95 * len(others) and in_words >= 0.5 * len(letters)


def _latin_next_to(text: str, i: int) -> bool:
    return any(0 <= j < len(text) and _is_latin(text[j]) for j in (i - 1, i + 1))


def _is_latin(ch: str) -> bool:
    return ch.isalpha() and (ch.isascii() or unicodedata.name(ch, "").startswith("LATIN"))


_READS_AS = {"cp1256": reads_as_arabic, "cp1252": reads_as_latin}
