"""What the frozen build adds and leaves out (packaging/packaging_rules.py), checked without building."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import packaging_rules  # noqa: E402


def test_every_module_a_migration_imports_is_a_hidden_import(tmp_path):
    found = packaging_rules.migration_imports(ROOT)
    assert {"alembic", "sqlalchemy", "sqlmodel", "shopdesk.db.types"} <= set(found)
    # a new migration importing something nothing else does is seen on the next build
    versions = tmp_path / "shopdesk" / "db" / "migrations" / "versions"
    versions.mkdir(parents=True)
    (versions / "0099_new.py").write_text("import json\nfrom xml.dom import minidom\n", encoding="utf-8")
    assert packaging_rules.migration_imports(tmp_path) == ["json", "xml.dom", "xml.dom.minidom"]
    hidden = packaging_rules.hidden_imports(tmp_path)
    assert {"json", "xml.dom.minidom", "sqlalchemy.dialects.postgresql.psycopg"} <= set(hidden)


def test_unused_qt_parts_and_other_languages_are_left_out_and_what_we_use_is_kept():
    out = [
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/translations/qt_pt_BR.qm",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/lib/libQt6Quick.so.6",
    ]
    kept = [
        "PySide6/Qt/translations/qtbase_ar.qm",
        "PySide6/Qt/translations/qt_fa.qm",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
        "PySide6/Qt/lib/libQt6Charts.so.6",
        "resources/i18n/shopdesk_ar.qm",
    ]
    assert [path for path in out if not packaging_rules.left_out(path)] == []
    assert [path for path in kept if packaging_rules.left_out(path)] == []
    assert packaging_rules.left_out("PySide6\\Qt\\translations\\qt_pt_BR.qm")  # Windows paths alike


def test_the_version_is_read_from_the_package():
    from shopdesk import __version__

    assert packaging_rules.version(ROOT) == __version__


def test_the_installers_workflow_builds_and_smoke_tests_on_windows_and_macos():
    import yaml

    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "installers.yml").read_text(encoding="utf-8"))
    jobs = workflow["jobs"]
    assert set(jobs) == {"windows", "macos"}
    assert jobs["windows"]["runs-on"].startswith("windows") and jobs["macos"]["runs-on"].startswith("macos")
    for job in jobs.values():
        runs = [step.get("run", "") for step in job["steps"]]
        assert any("scripts/build_app.py" in run for run in runs)
        smoke = [step for step in job["steps"] if "tests/e2e/test_frozen_build.py" in step.get("run", "")]
        assert len(smoke) == 1 and smoke[0]["env"]["SHOPDESK_FROZEN_DIST"] == "dist"
    assert any("shopdesk.iss" in step.get("run", "") for step in jobs["windows"]["steps"])
    assert any("make_dmg.sh" in step.get("run", "") for step in jobs["macos"]["steps"])


def test_the_windows_installer_is_per_user_and_never_deletes_the_shops_data():
    script = (ROOT / "packaging" / "windows" / "shopdesk.iss").read_text(encoding="utf-8")
    settings = [line.strip() for line in script.splitlines() if not line.lstrip().startswith(";")]
    assert "PrivilegesRequired=lowest" in settings
    assert (
        r'Source: "..\..\dist\shopdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs'
        in settings
    )
    assert not any(line.startswith("[UninstallDelete]") for line in settings)
    assert not any("localappdata}\\shopdesk" in line.lower() for line in settings)
