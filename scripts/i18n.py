"""Refresh the translation sources and build the compiled catalogues.

    python scripts/i18n.py            # lupdate: collect tr() strings into resources/i18n/*.ts
    python scripts/i18n.py --release  # lrelease: compile the .ts files into the .qm files that ship

Translators edit the .ts files with Qt Linguist (``pyside6-linguist``); both .ts and .qm are committed so
a fresh install shows Arabic and Persian, and tests/unit/test_translations.py checks they are in step.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("ar", "fa", "en")  # English carries only plural forms ("1 order", "2 orders")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6")
    return found


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT)) for p in (ROOT / "shopdesk").rglob("*.py") if "views" in p.parts or p.name == "app.py"
    )


def update(ts_dir: Path) -> list[Path]:
    outputs = []
    for lang in LANGUAGES:
        ts = ts_dir / f"shopdesk_{lang}.ts"
        plural_only = ["-pluralonly"] if lang == "en" else []
        subprocess.run(
            [
                _tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *plural_only,
                "-target-language",
                lang,
                *sources(),
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        outputs.append(ts)
    return outputs


def release(ts_dir: Path, qm_dir: Path) -> list[Path]:
    outputs = []
    for lang in LANGUAGES:
        ts, qm = ts_dir / f"shopdesk_{lang}.ts", qm_dir / f"shopdesk_{lang}.qm"
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)
        outputs.append(qm)
    return outputs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--release", action="store_true")
    args = parser.parse_args()
    i18n = ROOT / "resources" / "i18n"
    if args.release:
        release(i18n, i18n)
    else:
        update(i18n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
