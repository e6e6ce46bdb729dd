"""Help → About shopdesk: version, data folder, database and the licences of what shopdesk carries."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from shopdesk import __version__, paths


@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_help_about_names_the_version_the_data_folder_the_database_and_each_licence(
    make_window, sqlite_demo, language, tmp_path
):
    window = make_window(language, sqlite_demo)
    assert window.about_action.menu() is None and window.help_menu.actions() == [window.about_action]
    window.about_action.trigger()
    dialog = window.about_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.version.text() == __version__
    assert str(paths.data_dir()) in dialog.data_folder.text()
    assert sqlite_demo.description in dialog.database.text()
    rows = {
        dialog.licences.item(row, 0).text(): (dialog.licences.item(row, 1).text(), dialog.licences.item(row, 2).text())
        for row in range(dialog.licences.rowCount())
    }
    assert rows["Qt / PySide6"][1] == "LGPL-3.0" and rows["Qt / PySide6"][0].startswith("6.")
    assert rows["Noto Sans Arabic"][1] == "SIL Open Font License 1.1"
    assert all(version for version, _licence in rows.values())  # every component names its version
    expected = Qt.LayoutDirection.RightToLeft if language in ("ar", "fa") else Qt.LayoutDirection.LeftToRight
    assert dialog.layoutDirection() == expected
    if language != "en":
        assert dialog.windowTitle() != "About shopdesk"  # translated
    dialog.grab().save(str(tmp_path / f"about_{language}.png"))
    dialog.reject()
    qtbot_wait = dialog.isVisible()
    assert not qtbot_wait
