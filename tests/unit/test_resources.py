import subprocess
import sys

from shopdesk.resources import resource_path, resources_dir


def test_bundled_fonts_translations_and_licence_are_found():
    assert resource_path("fonts", "OFL.txt").is_file()
    assert sorted(p.name for p in resource_path("fonts").glob("*.ttf")) == [
        "NotoSans-Bold.ttf",
        "NotoSans-Regular.ttf",
        "NotoSansArabic-Bold.ttf",
        "NotoSansArabic-Regular.ttf",
    ]
    for lang in ("ar", "fa", "en"):
        assert resource_path("i18n", f"shopdesk_{lang}.qm").stat().st_size > 0


def test_resources_are_found_whatever_the_current_directory(tmp_path):
    code = "from shopdesk.resources import resources_dir; print(resources_dir())"
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(resources_dir())
