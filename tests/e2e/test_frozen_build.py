"""The installable app: build the self-contained application folder from this checkout (PyInstaller, as
``scripts/build_app.py`` does) and run the frozen program — not the source — as a shop owner's machine would: a
fresh data folder, no Python on its PATH. It creates and migrates a new shop, builds the demo, opens the window
(offscreen) and reports ready, prints Arabic and Persian inserts whose QR codes decode and whose words read back,
and writes a backup that checks sound. Prints the build time, the folder's size and the start-up time frozen
beside the start-up time from source."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import build_app  # noqa: E402

TOOLS = ("pdftoppm", "pdftotext", "zbarimg", "tesseract")
pytestmark = [
    pytest.mark.skipif(
        not sys.platform.startswith("linux") and not os.environ.get("SHOPDESK_FROZEN_SMOKE"),
        reason="the frozen build is tested here on Linux; Windows and macOS run it in .github/workflows",
    ),
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None and not os.environ.get("CI"),
        reason="PyInstaller not installed (pip install -e '.[test]')",
    ),
    pytest.mark.skipif(
        sys.platform.startswith("linux") and any(shutil.which(tool) is None for tool in TOOLS),
        reason="poppler, zbar and tesseract needed (.ci/run installs them)",
    ),
]
# Windows and macOS runners (.github/workflows/installers.yml) read the pages back where the tools are installed.
CAN_READ_PAGES = all(shutil.which(tool) for tool in TOOLS)
# Words the inserts print, of which OCR must find two: the slip's smaller type (one page for a whole order) reads less
# reliably in the greeting's long line, so the headings under it count too.
WORDS = {"ar": ("شكراً", "لطلبك", "بعناية"), "fa": ("سفارش", "ممنونیم", "بسته‌بندی‌اش", "وفاداری", "مرجوع")}


@pytest.fixture(scope="module")
def frozen(tmp_path_factory):
    """Built here from this checkout; or, where $SHOPDESK_FROZEN_DIST names a folder an earlier step built (the
    installers workflow), that build — the very one the installer then wraps."""
    given = os.environ.get("SHOPDESK_FROZEN_DIST")
    if given:
        size, files = build_app.folder_size(Path(given) / "shopdesk")
        program = build_app.executable(Path(given))
        return {
            "executable": str(program),
            "seconds": "(built before)",
            "megabytes": round(size / 1e6, 1),
            "files": files,
        }
    where = tmp_path_factory.mktemp("frozen")
    return build_app.build(where / "dist", where / "work")


def _env(home: Path) -> dict[str, str]:
    """A shop owner's machine: a fresh data folder and nothing of this Python anywhere the program could find."""
    bare = home / "bin"
    bare.mkdir(parents=True, exist_ok=True)
    return {
        "HOME": str(home),
        "PATH": str(bare),  # no python, no pip: the program must carry everything it runs
        "SHOPDESK_DATA_DIR": str(home / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "XDG_RUNTIME_DIR": str(home),
    }


def _run(program: str | list[str], env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    command = [program] if isinstance(program, str) else program
    done = subprocess.run([*command, *args], env=env, capture_output=True, text=True, timeout=600)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def _startup(program: str | list[str], env: dict[str, str], report: Path, *args: str) -> float:
    done = _run(program, env, *args, "--startup-report", str(report), "--quit-when-ready")
    assert done.returncode == 0, done.stderr
    moments = json.loads(report.read_text())["moments"]
    return moments["data_shown"] - moments["process_main"]


def _words(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_the_frozen_app_runs_a_shop_with_no_python_beside_it(frozen, tmp_path, capsys):
    program = frozen["executable"]
    assert Path(program).is_file()
    env = _env(tmp_path / "owner")
    data = tmp_path / "owner" / "data"

    assert _run(program, env, "--version").stdout.strip().startswith("shopdesk ")
    # A new shop: its database is created and migrated in the data folder.
    listed = _run(program, env, "orders", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == [] and (data / "shopdesk.sqlite3").is_file()
    # The demo shop, then the window on it: painted, data shown, right to left in Arabic.
    demo = _run(program, env, "demo", "--customers", "40", "--orders", "200", "--json")
    assert demo.returncode == 0, demo.stderr
    demo_db = json.loads(demo.stdout)["database"]
    report = tmp_path / "startup.json"
    frozen_seconds = _startup(program, env, report, "--demo", "--lang", "ar")
    shown = json.loads(report.read_text())
    assert shown["rows"] > 0 and shown["layout_direction"] == "RightToLeft"

    # Arabic and Persian inserts: QR codes decode, the words read back, the text is the source's own.
    orders = json.loads(_run(program, env, "--db", demo_db, "orders", "list", "--limit", "2", "--json").stdout)
    numbers = ",".join(str(order["number"]) for order in orders)
    source_env = {**os.environ, "SHOPDESK_DATA_DIR": str(tmp_path / "source-data"), "QT_QPA_PLATFORM": "offscreen"}
    source_db = tmp_path / "source.sqlite3"
    for language in ("ar", "fa"):
        pdf = tmp_path / f"inserts-{language}.pdf"
        printed = _run(
            program, env, "--db", demo_db, "print", "inserts", "--orders", numbers, "--size", "a5",
            "--lang", language, "--out", str(pdf),
        )  # fmt: skip
        assert printed.returncode == 0, printed.stderr
        assert pdf.read_bytes().startswith(b"%PDF")
        if not CAN_READ_PAGES:
            continue
        subprocess.run(["pdftoppm", "-png", "-r", "300", str(pdf), str(tmp_path / f"page-{language}")], check=True)
        pages = sorted(tmp_path.glob(f"page-{language}*.png"))
        assert len(pages) == 2
        for page in pages:
            decoded = subprocess.run(
                ["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", str(page)], capture_output=True, text=True
            ).stdout
            assert "utm_source=insert" in decoded, decoded
        text = subprocess.run(
            ["tesseract", str(pages[0]), "-", "-l", {"ar": "ara", "fa": "fas"}[language]],
            capture_output=True,
            text=True,
        ).stdout
        assert sum(word in text for word in WORDS[language]) >= 2, text
        # The same inserts from the source: the same words on the page.
        shutil.copyfile(demo_db, source_db)
        from_source = tmp_path / f"source-{language}.pdf"
        subprocess.run(
            [sys.executable, "-m", "shopdesk", "--db", str(source_db), "print", "inserts", "--orders", numbers,
             "--size", "a5", "--lang", language, "--out", str(from_source)],
            env=source_env, check=True, capture_output=True,
        )  # fmt: skip
        words = [
            subprocess.run(["pdftotext", str(f), "-"], capture_output=True, text=True).stdout
            for f in (pdf, from_source)
        ]
        assert words[0] == words[1]

    # A backup, checked sound.
    backup = _run(program, env, "--db", demo_db, "backup")
    assert backup.returncode == 0, backup.stderr
    copy = backup.stdout.strip().splitlines()[-1]
    assert Path(copy).is_file()
    checked = _run(program, env, "--db", copy, "check")
    assert (checked.returncode, checked.stdout.strip()) == (0, "ok")

    # Start-up from source on the same demo, for comparison (printed, never asserted: no timed assertions).
    source_seconds = _startup(
        [sys.executable, "-m", "shopdesk"],
        source_env,
        tmp_path / "source-startup.json",
        "--db",
        demo_db,
        "--lang",
        "ar",
    )
    with capsys.disabled():  # shown in the suite's output (.ci/run), not only with -s
        print(
            f"\nfrozen build: {frozen['seconds']} s to build, {frozen['megabytes']} MB in {frozen['files']} files; "
            f"start-up to first orders {frozen_seconds:.2f} s frozen, {source_seconds:.2f} s from source"
        )
