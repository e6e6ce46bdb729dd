"""The real application, started as a user starts it, on a temporary database."""

import json
import os
import subprocess
import sys


def _run_app(tmp_path, *args):
    report = tmp_path / "startup.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SHOPDESK_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        [sys.executable, "-m", "shopdesk", *args, "--startup-report", str(report), "--quit-when-ready"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done, json.loads(report.read_text()) if report.exists() else None


def test_the_app_opens_a_demo_database_and_shows_orders_in_persian(tmp_path):
    db = tmp_path / "shop.sqlite3"
    env = {**os.environ, "SHOPDESK_DATA_DIR": str(tmp_path / "data")}
    subprocess.run(
        [sys.executable, "-m", "shopdesk", "--db", str(db), "demo", "--orders", "500", "--customers", "50"],
        check=True,
        env=env,
        capture_output=True,
    )
    done, report = _run_app(tmp_path, "--db", str(db), "--lang", "fa")
    assert done.returncode == 0, done.stderr
    assert report["rows"] == 200  # the first page of the lazy list
    assert report["language"] == "fa"
    assert report["layout_direction"] == "RightToLeft"
    moments = report["moments"]
    assert moments["process_main"] <= moments["painted"] <= moments["database_open"] <= moments["data_shown"]


def test_a_new_shop_starts_on_an_empty_database_in_its_data_folder(tmp_path):
    done, report = _run_app(tmp_path, "--lang", "ar")
    assert done.returncode == 0, done.stderr
    assert report["rows"] == 0
    assert (tmp_path / "data" / "shopdesk.sqlite3").exists()


def test_a_damaged_database_is_reported_and_left_untouched(tmp_path):
    db = tmp_path / "broken.sqlite3"
    db.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    before = db.read_bytes()
    done, report = _run_app(tmp_path, "--db", str(db), "--lang", "en")
    assert done.returncode == 1
    assert "damaged" in report["error"] and str(db) in report["error"]
    assert db.read_bytes() == before


def test_a_database_whose_schema_text_is_not_utf8_is_reported_as_damaged_not_a_traceback(tmp_path):
    from tests.integration.test_restore import schema_not_utf8

    db = tmp_path / "shop.sqlite3"
    env = {**os.environ, "SHOPDESK_DATA_DIR": str(tmp_path / "data")}
    subprocess.run([sys.executable, "-m", "shopdesk", "--db", str(db), "orders", "list"], check=True, env=env)
    schema_not_utf8(db)
    before = db.read_bytes()
    done, report = _run_app(tmp_path, "--db", str(db), "--lang", "en")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "is damaged and has been left untouched" in report["error"] and str(db) in report["error"]
    assert db.read_bytes() == before


def test_the_first_run_follows_the_computers_language(tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "fa_IR.UTF-8")
    monkeypatch.setenv("LC_ALL", "fa_IR.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    done, report = _run_app(tmp_path)
    assert done.returncode == 0, done.stderr
    assert report["language"] == "fa"
    assert report["layout_direction"] == "RightToLeft"


def test_the_readme_run_line_opens_a_demo_shop_built_on_first_use(tmp_path):
    """`python3 -m shopdesk --demo`, as the README's first line runs it (quitting once the orders show)."""
    done, report = _run_app(tmp_path, "--demo")
    assert done.returncode == 0, done.stderr
    assert report["rows"] == 200
    assert (tmp_path / "data" / "demo.sqlite3").exists()
    assert not (tmp_path / "data" / "shopdesk.sqlite3").exists()  # the shop's own database is not touched
