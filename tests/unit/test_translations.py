"""The committed .ts files hold every visible string, fully translated, and the shipped .qm match them."""

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import i18n  # noqa: E402

TS_DIR = ROOT / "resources" / "i18n"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in tree.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_every_string_is_translated(lang):
    messages = _messages(TS_DIR / f"shopdesk_{lang}.ts")
    assert len(messages) > 50
    for key, message in messages.items():
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), key
        texts = [translation.text] if message.get("numerus") != "yes" else [f.text for f in translation]
        assert all(t and t.strip() for t in texts), key


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_placeholders_survive_translation(lang):
    for (context, source), message in _messages(TS_DIR / f"shopdesk_{lang}.ts").items():
        translation = message.find("translation")
        texts = [translation.text] if message.get("numerus") != "yes" else [f.text for f in translation]
        for placeholder in ("%1", "%2"):
            if placeholder in source:
                assert all(placeholder in t for t in texts), (context, source)
        if message.get("numerus") == "yes":
            # Arabic's forms for zero, one and two may spell the number out; the others must show it.
            shown = texts[3:] if lang == "ar" else texts
            assert all("%Ln" in t or "%n" in t for t in shown), (context, source)


def test_ts_files_hold_every_string_in_the_code(tmp_path):
    """Running lupdate on today's code adds nothing: a new tr() string must be translated before it lands."""
    for ts in TS_DIR.glob("*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    i18n.update(tmp_path)
    for ts in TS_DIR.glob("*.ts"):
        assert set(_messages(tmp_path / ts.name)) == set(_messages(ts)), f"run scripts/i18n.py for {ts.name}"


def test_shipped_qm_files_are_built_from_the_ts_files(tmp_path):
    built = i18n.release(TS_DIR, tmp_path)
    for qm in built:
        assert qm.read_bytes() == (TS_DIR / qm.name).read_bytes(), f"run scripts/i18n.py --release for {qm.name}"
