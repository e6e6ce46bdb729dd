"""Text helpers: the normalized search key that lets people find Arabic and Persian names as they type them.

``search_key`` folds the letters that people use interchangeably (أ/إ/آ/ا, ى/ي/ی, ك/ک, ة/ه), drops
tatweel, harakat and ZWNJ, makes every digit ASCII and casefolds Latin. The key is stored beside the
original so searches use an index instead of scanning in Python; the original is never altered.
"""

from __future__ import annotations

import re
import unicodedata

from shopdesk.services.errors import InvalidInput
from shopdesk.services.numbers import ascii_digits

_LETTER_FOLDS = str.maketrans(
    {
        "\u0623": "\u0627",  # أ -> ا
        "\u0625": "\u0627",  # إ -> ا
        "\u0622": "\u0627",  # آ -> ا
        "\u0671": "\u0627",  # ٱ -> ا
        "\u0649": "\u064a",  # ى -> ي
        "\u06cc": "\u064a",  # ی (Persian yeh) -> ي
        "\u0626": "\u064a",  # ئ -> ي
        "\u06a9": "\u0643",  # ک (Persian kaf) -> ك
        "\u0629": "\u0647",  # ة -> ه
        "\u06c0": "\u0647",  # ۀ -> ه
        "\u06d5": "\u0647",  # ە: what ۀ decomposes to (NFKD splits off its hamza) -> ه
        "\u0624": "\u0648",  # ؤ -> و
    }
)
# Characters that change nothing about the word a person means.
_DROP = dict.fromkeys(
    map(ord, "\u0640\u200c\u200d\u200b\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
)


# A lone half of a UTF-16 surrogate pair: Python holds it (a file name's undecodable byte, a broken paste) but no
# database or file can store it as text.
_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(field: str, text: str, *, limit: int | None = None) -> None:
    """Raise ``InvalidInput(field, ...)`` for text no database keeps — a NUL character (``contains a NUL
    character``) or half a surrogate pair (``broken character``) — or longer than ``limit`` characters (``too long``,
    with the limit). Everything else is kept exactly as typed."""
    if "\x00" in text:
        raise InvalidInput(field, "contains a NUL character", text[:50])
    if not text.isascii() and _SURROGATE.search(text):
        raise InvalidInput(field, "broken character", text[:50].encode("utf-8", "replace").decode())
    if limit is not None and len(text) > limit:
        raise InvalidInput(field, "too long", text[:50], limit=limit)


MAX_EMAIL = 320
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def check_email(field: str, text: str) -> str:
    """An e-mail address as typed, trimmed; empty is allowed. Raise ``InvalidInput(field, "not an e-mail address")``
    for anything that is not one name@domain.tld (or what ``check_text`` refuses)."""
    email = text.strip()
    check_text(field, email, limit=MAX_EMAIL)
    if email and not _EMAIL.fullmatch(email):
        raise InvalidInput(field, "not an e-mail address", text)
    return email


def searchable(text: str) -> str:
    """Text to search with: half a surrogate pair (see ``check_text``) becomes U+FFFD, which no stored text holds, so
    a search for it finds nothing instead of failing."""
    return _SURROGATE.sub("\ufffd", text) if not text.isascii() else text


def strip_invisible(text: str) -> str:
    """Remove zero-width and bidi control characters (pasted from right-to-left text, never meant)."""
    return text.translate(_DROP)


def search_key(text: str) -> str:
    """Return the normalized form of ``text`` used for matching (never shown to the user)."""
    decomposed = unicodedata.normalize("NFKD", text)
    # Mn = non-spacing marks: Arabic harakat, shadda, sukun, and Latin accents alike.
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    recomposed = unicodedata.normalize("NFKC", stripped)
    folded = ascii_digits(recomposed.translate(_DROP)).translate(_LETTER_FOLDS).casefold()
    return " ".join(folded.split())


MAX_TOKEN = 200


def name_tokens(key: str) -> set[str]:
    """The words of a normalized name, each searchable by prefix (``customer_name_token``)."""
    return {word[:MAX_TOKEN] for word in key.split()}


def name_search_tokens(name: str, key: str | None = None) -> set[str]:
    """The searchable words of a name: as written, and with each ZWNJ-joined part on its own, so ``اکبر`` and
    ``علی اکبر`` find ``علی‌اکبر`` as well as ``علیاکبر`` does. ``key``: the name's ``search_key`` when the caller
    has it already (an import keys thousands of names)."""
    tokens = name_tokens(search_key(name) if key is None else key)
    if "\u200c" in name:  # without one, the split spelling is the same name
        tokens |= name_tokens(search_key(name.replace("\u200c", " ")))
    return tokens


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string that starts with ``prefix`` (code-point order).

    ``column >= prefix AND column < prefix_upper_bound(prefix)`` is a prefix match an index can serve, where
    ``LIKE 'x%'`` cannot (SQLite never uses an index for LIKE under its default settings).
    """
    return prefix + "\U0010ffff"


def safe_single_line(text: str) -> str:
    """Text for one-line display: control characters shown as visible symbols, bidi overrides isolated.

    The stored value is never changed; this is only for drawing it.
    """
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Cc":
            out.append("\ufffd" if ch not in "\t\n\r" else " ")
        elif ch in "\u202a\u202b\u202d\u202e":
            continue  # an embedded override would reorder the rest of the row
        else:
            out.append(ch)
    # First Strong Isolate keeps a name's direction from leaking into the text around it.
    return "\u2068" + "".join(out) + "\u2069"


def isolate_ltr(text: str) -> str:
    """Left-to-right data (a phone, a path, a tracking number) wrapped so right-to-left text around it cannot
    reorder its characters (Left-to-Right Isolate … Pop Directional Isolate)."""
    return "\u2066" + text + "\u2069"
