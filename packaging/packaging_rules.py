"""What the frozen build must add and may leave out (read by ``packaging/shopdesk.spec``; tested without a build).

PyInstaller follows imports it can see. Three kinds it cannot: modules imported from strings (ReportLab's
barcodes, SQLAlchemy's dialects), and whatever an Alembic migration imports — the migrations are data files that
Alembic loads at run time, so a future migration importing something nothing else does would fail only frozen.
``hidden_imports`` scans them with ``ast`` on every build.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

# Loaded by name at run time, never by an import statement the analysis can follow.
ALWAYS = [
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg",
    "psycopg_binary",  # a shop can still point the installed app at its PostgreSQL server
    "alembic.runtime.migration",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "logging.config",  # alembic's command module configures logging by name
]

# Files of the analysis left out of the folder: (pattern on the path inside the bundle, why).
LEFT_OUT = [
    (r"(^|/)qtvirtualkeyboard|virtualkeyboard", "the Qt virtual keyboard drags in Qt Quick and Qml (~17 MB)"),
    (r"platforminputcontexts/", "input-method plugins: the virtual keyboard's and compose keys' loaders"),
    (r"platformthemes/libqgtk3", "the GTK3 theme bundles the build machine's GTK; Qt's own dialogs serve"),
    (r"platforms/lib(qvnc|qlinuxfb|qeglfs|qminimalegl|qvkkhrdisplay)", "platforms a desk never uses"),
    (r"(^|/)libQt6(Qml|Quick|VirtualKeyboard|Network|OpenGL|Svg|Pdf?Quick|WaylandEgl)[A-Za-z]*\.so", "unused Qt"),
    (r"translations/(?!qt(base)?_(ar|fa|en)\.qm$)[^/]+\.qm$", "Qt's own translations other than ar, fa, en"),
    (r"plugins/(egldeviceintegrations|generic)/", "EGL full-screen devices and raw input (kiosks), not desks"),
    (r"PIL/_avif|libavif", "Pillow's AVIF codec: shopdesk reads PNG and JPEG logos"),
    (r"(^|/)(tcl|tk)[0-9.]*(/|$)|_tkinter", "Tk: not a Tk program"),
]
_LEFT_OUT = [re.compile(pattern) for pattern, _why in LEFT_OUT]


def left_out(path_in_bundle: str) -> bool:
    """Whether a file of the analysis stays out of the application folder."""
    path = path_in_bundle.replace("\\", "/")
    return any(pattern.search(path) for pattern in _LEFT_OUT)


def migration_imports(root: Path) -> list[str]:
    """Every module the Alembic migrations (and their env.py) import, as dotted names."""
    found: set[str] = set()
    for script in sorted((root / "shopdesk" / "db" / "migrations").rglob("*.py")):
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"), str(script))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names if alias.name != "*")
    return sorted(found)


def hidden_imports(root: Path) -> list[str]:
    import importlib.util

    names = []
    for name in [*ALWAYS, *migration_imports(root)]:
        try:
            if importlib.util.find_spec(name) is not None:  # ``from alembic import op``: op is an attribute
                names.append(name)
        except (ImportError, ValueError):
            continue
    return names


def version(root: Path) -> str:
    """shopdesk's version, read from the package without importing it."""
    text = (root / "shopdesk" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)
