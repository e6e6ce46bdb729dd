import subprocess
import sys

from shopdesk.resource_paths import resource_path, resources_dir


def test_bundled_fonts_translations_and_licence_are_found():
    assert resource_path("fonts", "OFL.txt").is_file()
    assert sorted(p.name for p in resource_path("fonts").glob("*.ttf")) == [
        "NotoEmoji-Regular.ttf",
        "NotoSans-Bold.ttf",
        "NotoSans-Regular.ttf",
        "NotoSansArabic-Bold.ttf",
        "NotoSansArabic-Regular.ttf",
    ]
    for lang in ("ar", "fa", "en"):
        assert resource_path("i18n", f"shopdesk_{lang}.qm").stat().st_size > 0


def test_resources_are_found_whatever_the_current_directory(tmp_path):
    code = "from shopdesk.resource_paths import resources_dir; print(resources_dir())"
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(resources_dir())


def test_the_wheel_carries_the_resources_and_finds_them(tmp_path):
    """Build the wheel, unpack it, and look the resources up from the unpacked package (not the checkout)."""
    import zipfile
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(root),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next((tmp_path / "dist").glob("shopdesk-*.whl"))
    zipfile.ZipFile(wheel).extractall(tmp_path / "site")
    code = "import shopdesk.resource_paths as r; print(r.resources_dir()); print(r.resource_path('fonts', 'OFL.txt'))"
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(tmp_path / "site"), "PATH": "/usr/bin:/bin"},
    )
    found, licence = out.stdout.split()
    assert found == str(tmp_path / "site" / "shopdesk" / "resources")
    assert Path(licence).is_file()
    assert (tmp_path / "site" / "shopdesk" / "resources" / "i18n" / "shopdesk_fa.qm").is_file()
    assert (tmp_path / "site" / "shopdesk" / "db" / "migrations" / "versions" / "0002_orders.py").is_file()
