"""Build shopdesk's self-contained application folder for this machine (PyInstaller, one folder).

    python3 -m pip install -e '.[build]'      # once: PyInstaller
    python3 scripts/build_app.py              # → dist/shopdesk/shopdesk (shopdesk.exe on Windows, .app on macOS)
    python3 scripts/build_app.py --dist DIR --work DIR [--json]

It holds Python, the Qt modules shopdesk uses, its resources (fonts, translations, icons) and the Alembic
migrations; nothing else is needed on the machine. Prints the build time, the folder's size and its file count.
What it adds and leaves out, and why: packaging/packaging_rules.py. The installers wrap this folder:
packaging/windows/shopdesk.iss (Inno Setup) and packaging/macos/make_dmg.sh, built by
.github/workflows/installers.yml on Windows and macOS.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and files under ``folder`` (links not followed)."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def executable(dist: Path) -> Path:
    """The frozen program inside the built folder (on Windows the console one, whose output scripts can read)."""
    if sys.platform == "darwin":
        return dist / "shopdesk.app" / "Contents" / "MacOS" / "shopdesk"
    return dist / "shopdesk" / ("shopdesk-cli.exe" if sys.platform == "win32" else "shopdesk")


def build(dist: Path, work: Path) -> dict:
    started = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "packaging" / "shopdesk.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"PyInstaller failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    size, files = folder_size(dist / "shopdesk")
    return {
        "folder": str(dist / "shopdesk"),
        "executable": str(executable(dist)),
        "seconds": round(seconds, 1),
        "megabytes": round(size / 1_000_000, 1),
        "files": files,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = build(args.dist.resolve(), args.work.resolve())
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"built {result['executable']} in {result['seconds']} s: "
            f"{result['megabytes']} MB in {result['files']} files"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
