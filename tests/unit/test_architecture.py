"""The layering and the code style are checked by the test suite, not by good intentions."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} is not installed (pip install -e '.[test]')"
    return found


def test_import_linter_contracts_hold():
    result = subprocess.run([_tool("lint-imports")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_finds_nothing():
    result = subprocess.run([_tool("ruff"), "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_services_and_db_import_without_qt():
    code = (
        "import sys; import shopdesk.services.database, shopdesk.services.demo, shopdesk.services.settings, "
        "shopdesk.services.orders, shopdesk.cli; "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd="/")


def test_no_view_and_not_the_window_pull_in_the_database_libraries():
    """The window must paint before SQLModel/SQLAlchemy/Alembic are imported (start-up time), and no view may
    reach the database stack at all."""
    views = sorted(p.stem for p in (ROOT / "shopdesk" / "views").glob("*.py") if p.stem != "__init__")
    code = (
        "import sys, importlib; import shopdesk.app\n"
        f"for name in {views!r}: importlib.import_module('shopdesk.views.' + name)\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('sqlmodel', 'sqlalchemy', 'alembic', 'psycopg', "
        "'reportlab', 'qrcode')]; assert not heavy, heavy"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd="/")
