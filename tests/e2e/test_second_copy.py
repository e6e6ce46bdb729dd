"""The real application on a SQLite file another copy holds: it says who holds it and opens nothing until Try
again finds the file free; and a database on a network drive is warned about (in a message once per file, in
the status bar every time)."""

from __future__ import annotations

import subprocess
import sys

from tests.integration.test_database_lock import HOLD


def _app(url: str, qtbot):  # noqa: ANN001, ANN202
    from shopdesk.app import Application

    app = Application(database_url=url, language="en")
    qtbot.addWidget(app.window)
    app.start()
    return app


def test_a_second_copy_is_told_who_holds_the_database_and_opens_it_once_it_is_free(tmp_path, qtbot):
    path = tmp_path / "shop.sqlite3"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout.readline().strip() == "HELD"
    app = _app("sqlite:///" + str(path), qtbot)
    try:
        app.connect_database()
        dialog = app.in_use_dialog
        assert app.database is None and dialog is not None
        assert f"Process: {holder.pid}" in dialog.informativeText()
        assert "another copy of shopdesk" in app.window.database_status.text()
        dialog.try_again.click()  # still held: asked again
        assert app.database is None and app.in_use_dialog is not None
        holder.communicate("\n", timeout=30)
        app.in_use_dialog.try_again.click()
        assert app.database is not None and app.database.lock.held
        assert app.window.orders_view is not None
    finally:
        if holder.poll() is None:
            holder.kill()
        if app.database is not None:
            app.database.close()


def test_a_database_on_a_network_drive_is_warned_about_once_per_file(tmp_path, qtbot, monkeypatch):
    import shopdesk.services.network_drive as network_drive

    monkeypatch.setattr(network_drive, "network_file_system", lambda path: "smbfs")
    url = "sqlite:///" + str(tmp_path / "shop.sqlite3")
    first = _app(url, qtbot)
    first.connect_database()
    assert first.network_dialog is not None and "PostgreSQL" in first.network_dialog.text()
    assert first.window.network_warning.isVisible() and "smbfs" in first.window.network_warning.toolTip()
    first.network_dialog.close()
    first.database.close()
    again = _app(url, qtbot)
    again.connect_database()
    assert again.network_dialog is None  # told once for this file
    assert again.window.network_warning.isVisible()
    again.database.close()
