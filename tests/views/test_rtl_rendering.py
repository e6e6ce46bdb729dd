"""What a person sees: Arabic and Persian on screen are joined and read right-to-left in the right order.

The page is rendered to PNG and read back with tesseract (Arabic and Persian data); a wrongly shaped or
reversed rendering does not read back as these words.
"""

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")

CASES = {
    "ar": ("ara", ["مرحباً", "وصل", "طلبك", "تمنيت"]),
    "fa": ("fas", ["سلام", "سفارش", "رسید", "همه"]),
}


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_a_follow_up_message_reads_back_in_order(make_window, fresh_shop, tmp_path, language):
    from datetime import UTC, datetime

    from PySide6.QtWidgets import QLabel

    from shopdesk.services.follow_up_records import FollowUpRow

    tess_lang, words = CASES[language]
    window = make_window(language, fresh_shop)
    window.show_area("followups")
    page = window.page("followups")
    row = FollowUpRow(1, "check_in", 1, "", "", "", 1, "", "", "", datetime.now(UTC), None, "")
    label = QLabel(page.greeting(row).replace("—", ""))
    label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    font = label.font()
    font.setPointSize(20)
    label.setFont(font)
    label.adjustSize()
    image = label.grab().toImage()
    image = image.scaled(
        image.width() * 2,
        image.height() * 2,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    png = tmp_path / f"followups_{language}.png"
    image.save(str(png))
    text = subprocess.run(
        ["tesseract", str(png), "-", "-l", tess_lang, "--psm", "6"], capture_output=True, text=True, check=True
    ).stdout
    positions = [text.find(word) for word in words]
    assert all(p >= 0 for p in positions), (words, text)
    assert positions == sorted(positions), text
