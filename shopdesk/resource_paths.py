"""The one place that knows where shopdesk's bundled resources (fonts, translations, icons) live.

Resources ship in three shapes: inside the wheel (``shopdesk/resources``), in a source checkout or an
editable install (``<repo>/resources``), and inside a frozen installer (``sys._MEIPASS/resources``).
Nothing else in the code base may build a resource path, and nothing here looks at the current directory.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """Return the folder that holds ``fonts/``, ``i18n/`` and ``icons/``."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates.append(package_dir / "resources")  # installed wheel
    candidates.append(package_dir.parent / "resources")  # source checkout / editable install
    for candidate in candidates:
        if (candidate / "i18n").is_dir():
            return candidate
    raise FileNotFoundError("shopdesk resources not found; looked in: " + ", ".join(map(str, candidates)))


def resource_path(*parts: str) -> Path:
    """Return the path of a bundled resource, e.g. ``resource_path("fonts", "NotoSans-Regular.ttf")``."""
    return resources_dir().joinpath(*parts)
