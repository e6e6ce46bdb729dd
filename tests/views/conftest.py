from __future__ import annotations

import pytest

from shopdesk import paths


@pytest.fixture
def make_window(qtbot, qapp):  # noqa: ANN001, ANN201
    """Build the real main window (translators, direction, fonts) in a language, optionally on a database."""
    from shopdesk.views.appearance import apply_style, register_fonts
    from shopdesk.views.i18n import LanguageSwitcher
    from shopdesk.views.main_window import MainWindow
    from shopdesk.views.preferences import PreferencesStore

    register_fonts(qapp)
    apply_style(qapp)
    switcher = LanguageSwitcher(qapp)

    def build(language: str = "en", database=None, *, size: bool = True):  # noqa: ANN001, ANN202
        store = PreferencesStore(paths.preferences_path())
        display = store.display_for(language)
        switcher.apply(display)
        window = MainWindow(preferences=store, display=display, languages=switcher)
        qtbot.addWidget(window)
        if database is not None:
            from shopdesk.services.orders import OrderService
            from shopdesk.services.settings import SettingsService

            window.attach(
                orders=OrderService(database.unit_of_work),
                settings=SettingsService(database.unit_of_work),
                database_label=database.description,
            )
        if size:
            window.resize(1000, 640)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield build
    from shopdesk.views.preferences import DisplayPreferences

    switcher.apply(DisplayPreferences())  # leave the application in English for the next test


@pytest.fixture
def sqlite_demo(tmp_path):  # noqa: ANN001, ANN201
    from shopdesk.services.database import open_database
    from shopdesk.services.demo import build_demo

    db = open_database("sqlite:///" + str(tmp_path / "demo.sqlite3"))
    build_demo(db.engine, customers=40, orders=300, seed=2)
    yield db
    db.close()
