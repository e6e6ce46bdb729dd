"""What the About box says: shopdesk's version and the free software it carries, with their licences.

No Qt and no database libraries (the window reads it; the frozen build's test reads it too). Versions come from
the installed distributions' metadata (the frozen build ships that metadata), and say "" when it is missing.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata

from shopdesk import __version__


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str


# (shown name, distribution name, licence). Fonts are files, not distributions: their version is the font's own.
LIBRARIES = (
    ("Qt / PySide6", "PySide6-Essentials", "LGPL-3.0"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("SQLModel", "sqlmodel", "MIT"),
    ("Alembic", "alembic", "MIT"),
    ("ReportLab", "reportlab", "BSD-3-Clause"),
    ("HarfBuzz / uharfbuzz", "uharfbuzz", "Apache-2.0 (HarfBuzz: MIT)"),
    ("python-bidi", "python-bidi", "LGPL-3.0"),
    ("segno", "segno", "BSD-3-Clause"),
    ("phonenumbers", "phonenumbers", "Apache-2.0"),
    ("jdatetime", "jdatetime", "Python-2.0"),
    ("platformdirs", "platformdirs", "MIT"),
    ("filelock", "filelock", "Unlicense"),
    ("psutil", "psutil", "BSD-3-Clause"),
    ("Pillow", "pillow", "MIT-CMU"),
    ("psycopg", "psycopg", "LGPL-3.0"),
)
FONTS = (
    Component("Noto Sans", "2.004", "SIL Open Font License 1.1"),
    Component("Noto Sans Arabic", "2.005", "SIL Open Font License 1.1"),
)


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def components() -> list[Component]:
    """Python itself, the libraries shopdesk runs on and the bundled fonts, each with its licence."""
    found = [Component("Python", platform.python_version(), "Python-2.0")]
    found += [Component(name, _version(distribution), licence) for name, distribution, licence in LIBRARIES]
    return [*found, *FONTS]


def version() -> str:
    return __version__
