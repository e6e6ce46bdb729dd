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

    def build(language: str = "en", database=None, *, size: bool = True, jobs=None, backups=None):  # noqa: ANN001, ANN202
        store = PreferencesStore(paths.preferences_path())
        display = store.display_for(language)
        switcher.apply(display)
        window = MainWindow(preferences=store, display=display, languages=switcher, jobs=jobs)
        qtbot.addWidget(window)
        if database is not None:
            from shopdesk.services.registry import build_services

            window.attach(build_services(database.unit_of_work), database_label=database.description, backups=backups)
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


@pytest.fixture
def fresh_shop(tmp_path):  # noqa: ANN001, ANN201
    """An empty shop with its settings and three products, no orders yet."""
    from shopdesk.services.database import open_database
    from shopdesk.services.product_records import ProductRow
    from shopdesk.services.registry import build_services
    from shopdesk.services.settings import ShopSettings

    db = open_database("sqlite:///" + str(tmp_path / "shop.sqlite3"))
    services = build_services(db.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="IR"))
    for sku, en, fa, price in (
        ("SOAP", "Rose soap", "صابون گل رز", 1250),
        ("MUG", "Mug", "ماگ", 2200),
        ("TEA", "Saffron tea", "چای زعفرانی", 2400),
    ):
        services.products.save_product(ProductRow(id=None, sku=sku, name_en=en, name_fa=fa, price_minor=price))
    yield db
    db.close()
