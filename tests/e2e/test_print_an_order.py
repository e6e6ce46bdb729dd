"""End to end through the real application: log an order in the form, pack it at the packing station, print its
insert from the Print page, and decode the QR code a customer's phone would scan."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtWidgets import QApplication

from shopdesk.services.printing.review_links import tagged_url
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")), reason="poppler-utils and zbar-tools needed"
)
REVIEW = "https://reviews.example.com/golnar"


def test_an_order_logged_packed_and_printed_carries_its_review_qr(tmp_path, qtbot):
    from shopdesk.app import Application
    from shopdesk.services.database import open_database

    url = "sqlite:///" + str(tmp_path / "shop.sqlite3")
    setup = open_database(url)
    services = build_services(setup.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="IR", review_url=REVIEW))
    setup.close()

    app = Application(database_url=url, language="fa")
    window = app.window
    qtbot.addWidget(window)
    app.start()
    app.connect_database()
    try:
        # Log the order through the form.
        window.show_area("orders")
        view = window.orders_view
        view.open_order_form()
        form = view.order_form
        form.customer_search.setText("مهسا کریمی")
        form.new_customer_button.click()
        form.new_phone.setText("۰۹۱۲ ۱۲۳ ۴۵۶۷")
        form.set_line(0, item="Rose soap", quantity="۱", price="۱۲٫۵۰")
        with qtbot.waitSignal(form.order_placed) as placed:
            form.save()
        _order_id, number = placed.args

        # Pack it: scan the slip's number, tick the one item.
        window.show_area("packing")
        station = window.page("packing")
        station.handle_scan(str(number))
        with qtbot.waitSignal(station.order_packed):
            station.items.itemClicked.emit(station.items.item(0))
        assert not station.banner_is_error

        # Print its insert from the Print page: packed today.
        window.show_area("print")
        page = window.page("print")
        assert page.from_status.isChecked() and page.status.currentData() == "packed"
        out = tmp_path / "inserts.pdf"
        page._ask_save_path = lambda suggested: str(out)
        with qtbot.waitSignal(page.printed, timeout=20_000):
            page.save_button.click()
        QApplication.processEvents()
    finally:
        window.close()
        if app.database is not None:
            app.database.close()
        from shopdesk.views.preferences import DisplayPreferences

        app.languages.apply(DisplayPreferences())  # leave the shared QApplication in English for later tests

    subprocess.run(["pdftoppm", "-png", "-r", "150", str(out), str(tmp_path / "page")], check=True)
    (png,) = tmp_path.glob("page*.png")
    decoded = subprocess.run(
        ["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", str(png)], capture_output=True, text=True
    ).stdout.split()
    assert decoded == [tagged_url(REVIEW, number)]
