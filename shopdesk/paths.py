"""Where shopdesk keeps its files on this machine (via ``platformdirs``) and which database it opens.

Kept free of Qt and of the database libraries so the window can appear before they are imported.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote, unquote

from platformdirs import PlatformDirs

APP_NAME = "shopdesk"
ENV_DATABASE_URL = "SHOPDESK_DATABASE_URL"
ENV_DATA_DIR = "SHOPDESK_DATA_DIR"


def data_dir() -> Path:
    """The per-user data folder (``SHOPDESK_DATA_DIR`` overrides it, e.g. for tests or a USB install)."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else Path(PlatformDirs(APP_NAME, appauthor=False).user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "shopdesk.sqlite3"


def demo_database_path() -> Path:
    return data_dir() / "demo.sqlite3"


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def print_queue_dir() -> Path:
    """Where the packing station leaves inserts to print later, one PDF per order."""
    path = data_dir() / "print-queue"
    path.mkdir(parents=True, exist_ok=True)
    return path


def preferences_path() -> Path:
    """The per-desk preferences file (language, digits, calendar, window geometry)."""
    return data_dir() / "preferences.ini"


def database_url(db: str | None = None) -> str:
    """Pick the database: ``--db`` (a file path or URL) wins, then ``SHOPDESK_DATABASE_URL``, then the default file."""
    chosen = db or os.environ.get(ENV_DATABASE_URL)
    if not chosen:
        return sqlite_url(default_database_path())
    if "://" in chosen:
        return chosen
    return sqlite_url(Path(chosen))


def sqlite_url(path: Path) -> str:
    """A SQLAlchemy URL for a SQLite file. The path is percent-encoded: a folder named ``Shop #2`` or ``a?b``
    must open that file, not a file cut short at the ``?``."""
    return "sqlite:///" + quote(str(Path(path).expanduser().resolve()), safe="/\\:")


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    if not url.startswith("sqlite:///"):
        return None
    rest = url.removeprefix("sqlite:///").split("?", 1)[0]
    if not rest or rest == ":memory:":
        return None
    return Path(unquote(rest))


def describe_database(url: str) -> str:
    """A short, password-free description of the database for the status bar and messages."""
    path = sqlite_file(url)
    if path is not None:
        return str(path)
    if "@" in url:
        scheme, _, rest = url.partition("://")
        return f"{scheme}://{rest.split('@', 1)[1]}"
    return url
