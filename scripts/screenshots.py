"""Render the main window in English, Arabic and Persian on the demo database into docs/screenshots/.

    python scripts/screenshots.py [--out docs/screenshots]

Runs offscreen; builds a fresh demo database in a temporary folder, so it never touches a shop's data.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SHOPDESK_DATA_DIR"] = tmp
        from shopdesk.screenshots import render_all_screens
        from shopdesk.services.database import open_database
        from shopdesk.services.demo import build_demo

        url = "sqlite:///" + str(Path(tmp) / "demo.sqlite3")
        database = open_database(url)
        build_demo(database.engine, customers=300, orders=2000, seed=7)
        database.close()
        args.out.mkdir(parents=True, exist_ok=True)
        for path in render_all_screens(database_url=url, out_dir=args.out):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
