"""Cells of the CSV files the shop opens in a spreadsheet (reports, exports): text a spreadsheet would run as a
formula is neutralized, the OWASP way.

Only text is passed through ``safe_cell``: names, notes, SKUs and other words people typed (or imported).
Numbers we write ourselves — money as decimal strings, which may start with a minus, counts, ids — stay as they
are, so a spreadsheet still reads ``-12.50`` as a number.
"""

from __future__ import annotations

# A spreadsheet runs a cell as a formula when it starts with = + - or @; a leading tab or carriage return can
# hide one of those from a careless check in some programs.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """A cell a spreadsheet will not run as a formula (a leading = + - @ tab or CR gets a quote before it)."""
    return "'" + text if text.startswith(FORMULA_START) else text
