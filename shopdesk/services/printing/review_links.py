"""The web address a printed QR code opens: the shop's review page, tagged with the order it came from."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"


def order_code(number: int) -> str:
    """The order number in base 36: short, URL-safe and readable (``1024`` -> ``sg``)."""
    if number < 0:
        raise ValueError("order numbers are not negative")
    digits = ""
    while True:
        number, rest = divmod(number, 36)
        digits = _ALPHABET[rest] + digits
        if not number:
            return digits


def tagged_url(base: str, number: int, source: str = "insert") -> str:
    """``base`` with ``ref=<order code>`` and ``utm_source``/``utm_medium`` added; other parameters kept."""
    parts = urlsplit(base)
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k not in ("ref", "utm_source", "utm_medium")
    ]
    query += [("ref", order_code(number)), ("utm_source", source), ("utm_medium", "print")]
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", urlencode(query), parts.fragment))
