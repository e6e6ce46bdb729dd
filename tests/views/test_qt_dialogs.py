"""Qt's own dialogs and words in Arabic and Persian: the file dialog's labels and sizes of files."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QFileDialog, QLabel, QWidget

from shopdesk.views.i18n import LanguageSwitcher
from shopdesk.views.locale_format import Formatter
from shopdesk.views.preferences import DisplayPreferences


def _file_dialog_words(mode: QFileDialog.AcceptMode, folder: str) -> set[str]:
    dialog = QFileDialog(None, "", folder, "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the dialog Linux desks get; Windows' is the system's
    dialog.setAcceptMode(mode)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    words = set()
    for widget in dialog.findChildren(QWidget):
        words.add(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            words.add(widget.text())
        if isinstance(widget, QAbstractItemView) and hasattr(widget, "header"):
            model = widget.model()
            words |= {
                str(model.headerData(i, Qt.Orientation.Horizontal)) for i in range(model.columnCount(QModelIndex()))
            }
    dialog.deleteLater()
    return {w for w in words if re.search("[A-Za-z]", w) and w != folder and "*.pdf" not in w}


@pytest.mark.parametrize("language", ["ar", "fa"])
@pytest.mark.parametrize("mode", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave])
def test_the_file_dialog_has_no_english_word_in_arabic_and_persian(qapp, language, mode, tmp_path):
    switcher = LanguageSwitcher(qapp)
    try:
        switcher.apply(DisplayPreferences(language="en"))
        english = _file_dialog_words(mode, str(tmp_path))
        assert {"&Look in:", "Files of &type:"} <= english
        switcher.apply(DisplayPreferences(language=language))
        assert _file_dialog_words(mode, str(tmp_path)) & english == set()
    finally:
        switcher.apply(DisplayPreferences())


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "3.3 MB"), ("ar", "٣٫٣ ميغابايت"), ("fa", "۳٫۳ مگابایت")],
)
def test_file_sizes_are_in_the_languages_digits_and_words(qapp, language, expected):
    switcher = LanguageSwitcher(qapp)
    try:
        prefs = DisplayPreferences(language=language)
        switcher.apply(prefs)
        formatter = Formatter(prefs)
        assert formatter.data_size(3_456_789) == expected
        assert formatter.data_size(2048).endswith(("KB", "كيلوبايت", "کیلوبایت"))
        assert "MiB" not in formatter.data_size(5 * 1024 * 1024)
    finally:
        switcher.apply(DisplayPreferences())
