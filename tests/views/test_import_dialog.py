"""Import… : a file previewed, checked (wrong rows listed with their reasons), imported after a backup; a mapping for
another shop's export made once and saved by name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from shopdesk.services.database import open_database
from shopdesk.services.order_rows import OrderQuery
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings
from tests.integration.test_imports import SHOPIFY_HEADER, shopify_rows, write_csv


@pytest.fixture
def dialog_on(qtbot, tmp_path):
    from shopdesk.views.import_dialog import ImportDialog
    from shopdesk.views.jobs import JobRunner
    from shopdesk.views.locale_format import Formatter
    from shopdesk.views.preferences import DisplayPreferences

    database = open_database("sqlite:///" + str(tmp_path / "shop.sqlite3"))
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    jobs = JobRunner()
    backups = []

    def build(language: str = "en"):  # noqa: ANN202
        dialog = ImportDialog(
            imports=services.imports,
            jobs=jobs,
            formatter=lambda: Formatter(DisplayPreferences(language=language)),
            before_write=lambda: backups.append("made"),
        )
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    yield build, services, backups
    jobs.wait()
    database.close()


def test_a_shopify_file_is_previewed_checked_then_imported(dialog_on, qtbot, tmp_path):
    build, services, backups = dialog_on
    dialog = build()
    assert dialog.open_file(write_csv(tmp_path / "orders.csv", shopify_rows()))
    assert dialog.format_combo.currentData() == "shopify"  # recognised from its columns
    assert "utf-8-sig" in dialog.file_info.text() and dialog.preview.rowCount() == 4
    assert not dialog.import_button.isEnabled()  # checked first
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert "3 new orders" in dialog.summary.text() and services.orders.count() == 0
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    assert services.orders.count() == 3 and backups == ["made"]
    assert dialog.summary.text().startswith("Imported.") and not dialog.import_button.isEnabled()


def test_wrong_rows_are_listed_with_their_reasons_and_nothing_is_written(dialog_on, qtbot, tmp_path):
    build, services, _backups = dialog_on
    rows = shopify_rows()
    rows[1][SHOPIFY_HEADER.index("Lineitem price")] = "fifty"
    dialog = build("ar")
    dialog.open_file(write_csv(tmp_path / "bad.csv", rows))
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.problems.rowCount() == 1 and not dialog.problems.isHidden()
    assert dialog.problems.item(0, 0).text() == "٣"  # the row, in the desk's digits
    assert dialog.problems.item(0, 1).text() == "Lineitem price" and dialog.problems.item(0, 3).text() == "fifty"
    assert dialog.problems.item(0, 2).text() not in ("", "not a number")  # said in Arabic
    assert not dialog.import_button.isEnabled() and services.orders.count() == 0


def test_an_order_number_too_long_to_keep_is_explained(dialog_on, qtbot, tmp_path):
    build, services, _backups = dialog_on
    rows = shopify_rows()
    rows[3][SHOPIFY_HEADER.index("Name")] = "MKT-" + "7" * 61
    dialog = build()
    dialog.open_file(write_csv(tmp_path / "long.csv", rows))
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.problems.rowCount() == 1 and dialog.problems.item(0, 0).text() == "5"
    assert dialog.problems.item(0, 2).text() == "An order number is kept up to 64 characters; this one is longer."
    assert not dialog.import_button.isEnabled() and services.orders.count() == 0


def test_a_mapping_for_another_shop_is_made_saved_and_used(dialog_on, qtbot, tmp_path):
    build, services, _backups = dialog_on
    header = ["رقم", "تاريخ", "عميل", "منتج", "كمية", "سعر"]
    path = write_csv(tmp_path / "zid.csv", [["Z-1", "2026-05-01", "نورة", "عطر", "1", "120"]], header=header)
    dialog = build("ar")
    dialog.open_file(path)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("\x00new"))
    assert dialog.mapping_box.isVisibleTo(dialog)
    dialog.mapping_name.setText("zid")
    for field, column in {"external_id": "رقم", "created_at": "تاريخ", "customer_name": "عميل",
                          "line_name": "منتج", "line_quantity": "كمية", "line_price": "سعر"}.items():  # fmt: skip
        combo = dialog.column_combos[field]
        combo.setCurrentIndex(combo.findData(column))
    assert dialog.save_mapping()
    assert services.imports.mappings()["zid"].columns["external_id"] == ("رقم",)
    assert dialog.format_combo.currentData() == "zid"
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None)
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    (order,) = services.orders.page(OrderQuery(), limit=5)
    assert order.customer_name == "نورة" and order.total_minor == 12000


def test_an_unreadable_file_is_explained(dialog_on, tmp_path):
    build, _services, _backups = dialog_on
    path = tmp_path / "junk.csv"
    path.write_bytes(b"\x00\x01\x02")
    dialog = build()
    assert not dialog.open_file(path)
    assert "NUL" in dialog.file_info.text() and not dialog.check_button.isEnabled()


def test_import_is_reached_from_the_orders_area_and_lists_what_came_in(make_window, qtbot, tmp_path):
    from PySide6.QtWidgets import QPushButton

    from shopdesk.views.orders_view import OrdersView

    database = open_database("sqlite:///" + str(tmp_path / "window.sqlite3"))
    build_services(database.unit_of_work).settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    window = make_window("fa", database)
    orders = window.findChild(OrdersView)
    button = window.findChild(QPushButton, "importOrders")
    assert button.isEnabled() and button.text() != "Import…"  # in Persian
    button.click()
    dialog = orders.import_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.open_file(write_csv(tmp_path / "orders.csv", shopify_rows()))
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None)
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: orders.model.rowCount() == 3)  # the list shows what came in
    dialog.close()
    database.close()


def _named(names: list[str], phone: str = "") -> list[list[str]]:
    from tests.integration.test_imports import _row

    return [
        _row(**{"Name": f"#{4000 + i}", "Created at": "2026-05-01 10:00:00 +0300", "Currency": "SAR",
                "Lineitem quantity": "1", "Lineitem name": "Soap", "Lineitem price": "10.00", "Billing Name": name,
                "Phone": phone})
        for i, name in enumerate(names)
    ]  # fmt: skip


def test_the_preview_shows_the_text_as_read_and_another_encoding_reads_it_again(dialog_on, qtbot, tmp_path):
    build, services, _backups = dialog_on
    dialog = build()
    path = write_csv(tmp_path / "latin.csv", _named(["Núñez Ødegård"]), encoding="latin-1")
    assert dialog.open_file(path)
    name_column = SHOPIFY_HEADER.index("Billing Name")
    assert dialog.encoding_combo.currentData() == "cp1252" and dialog.encoding_note.isHidden()
    assert dialog.preview.item(0, name_column).text() == "Núñez Ødegård"
    dialog.encoding_combo.setCurrentIndex(dialog.encoding_combo.findData("cp1256"))
    dialog.encoding_combo.activated.emit(dialog.encoding_combo.currentIndex())  # as a click on the list does
    garbled = "Núñez Ødegård".encode("latin-1").decode("cp1256")  # Nٌْez طdegهrd: what that choice would give
    assert dialog.preview.item(0, name_column).text() == garbled
    dialog.encoding_combo.setCurrentIndex(dialog.encoding_combo.findData("latin-1"))
    dialog.encoding_combo.activated.emit(dialog.encoding_combo.currentIndex())
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.report.encoding == "latin-1"  # the import reads the file as the preview showed it
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    (order,) = services.orders.page(OrderQuery(), limit=5)
    assert order.customer_name == "Núñez Ødegård"


def test_an_unclear_encoding_is_said_above_the_preview(dialog_on, tmp_path):
    build, _services, _backups = dialog_on
    dialog = build()
    assert dialog.open_file(write_csv(tmp_path / "unclear.csv", _named(["\xe9"]), encoding="latin-1"))
    assert not dialog.encoding_note.isHidden() and dialog.check_button.isEnabled()


def test_a_bad_byte_and_the_total_of_wrong_rows_are_shown(dialog_on, qtbot, tmp_path):
    build, _services, _backups = dialog_on
    rows = _named([f"علی {i}" for i in range(1004)] + ["BAD"])
    for row in rows[:1004]:
        row[SHOPIFY_HEADER.index("Lineitem price")] = "fifty"
    path = write_csv(tmp_path / "many.csv", rows, encoding="utf-8")
    path.write_bytes(path.read_bytes().replace(b"BAD", b"B\xffD"))
    dialog = build()
    dialog.open_file(path)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.report.problems_total == 1005 and dialog.problems.rowCount() == 1000
    assert "The first 1,000 are listed, and 5 more." in dialog.summary.text()
    assert "1,005 rows cannot be imported" in dialog.summary.text()


def test_an_unverified_phone_is_a_warning_in_the_check_and_the_import_goes_on(dialog_on, qtbot, tmp_path):
    build, services, _backups = dialog_on
    for language in ("en", "ar", "fa"):
        dialog = build(language)
        rows = _named(["Holly", "Holly"], phone="+447700900123")
        for i, row in enumerate(rows):
            row[0] = f"#{language}-{i}"
        dialog.open_file(write_csv(tmp_path / f"fiction_{language}.csv", rows))
        dialog.check_button.click()
        qtbot.waitUntil(lambda dialog=dialog: dialog.report is not None)
        assert dialog.problems.rowCount() == 2 and not dialog.problems.isHidden()
        assert dialog.problems.item(0, 3).text() == "+447700900123"
        assert dialog.problems.item(0, 2).text() != "phone unverified"  # said in words
        assert dialog.import_button.isEnabled()  # a warning does not stop the import
        dialog.grab().save(str(tmp_path / f"import_warning_{language}.png"))
        with qtbot.waitSignal(dialog.imported):
            dialog.import_button.click()
        dialog.encoding_note.show()  # as it looks for a file whose encoding is not clear
        dialog.grab().save(str(tmp_path / f"import_encoding_note_{language}.png"))
    assert services.orders.count() == 6


@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_the_import_dialog_in_each_language_shows_the_encoding_choice_and_the_warnings(
    make_window, qtbot, tmp_path, language
):
    from shopdesk.views.orders_view import OrdersView

    database = open_database("sqlite:///" + str(tmp_path / "window.sqlite3"))
    build_services(database.unit_of_work).settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    window = make_window(language, database)
    orders = window.findChild(OrdersView)
    orders.open_import()
    dialog = orders.import_dialog
    rows = _named(["علی رضایی", "Núñez"], phone="+447700900123")
    rows[0][SHOPIFY_HEADER.index("Lineitem price")] = "fifty"
    dialog.open_file(write_csv(tmp_path / "orders.csv", rows))
    dialog.encoding_note.show()  # as it shows for a file whose encoding is not clear
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.problems.rowCount() == 3  # the wrong row, then the two warnings
    if language != "en":
        assert dialog.encoding_label.text() != "Read as" and "Warning" not in dialog.problems.item(1, 2).text()
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog.layout().activate()  # the summary's new lines laid out before the picture
    dialog.grab().save(str(tmp_path / f"import_{language}.png"))
    dialog.close()
    database.close()
