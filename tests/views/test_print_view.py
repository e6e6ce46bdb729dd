"""The print studio page: choose orders, preview in the app, save a PDF or print it; each print is recorded."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtPrintSupport import QPrinter

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings


def _orders(database, count=3):
    services = build_services(database.unit_of_work)
    services.settings.save(
        ShopSettings(shop_name="Golnar", currency="SAR", country="IR", review_url="https://reviews.example.com/g")
    )
    customer = services.customers.create_customer(CustomerDraft(name="مهسا کریمی", language="fa"))
    placed = [
        services.orders.place_order(OrderDraft(lines=(LineDraft("صابون گل رز", 2, 1250),), customer_id=customer))
        for _ in range(count)
    ]
    return services, placed


def _open_print_page(window):
    window.show_area("print")
    return window.page("print")


def test_preview_then_save_writes_the_pdf_and_records_the_print(make_window, fresh_shop, qtbot, tmp_path):
    services, placed = _orders(fresh_shop)
    window = make_window("fa", fresh_shop)
    view = _open_print_page(window)
    view.numbers.setText("۱۰۰۱، 1003")
    view.numbers.textEdited.emit(view.numbers.text())
    assert view.from_numbers.isChecked()
    view.preview_button.click()
    qtbot.waitUntil(lambda: view.ready is not None, timeout=20_000)
    assert view.pdf.pageCount() == 2
    assert view.message.text() == "۲ سند آماده است."
    target = tmp_path / "out" / "inserts.pdf"
    target.parent.mkdir()
    view._ask_save_path = lambda suggested: str(target)
    view.save_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    ids = [placed[0].id, placed[2].id]
    assert services.prints.print_counts(ids, "inserts") == {ids[0]: 1, ids[1]: 1}
    # A second preview of the same orders says they were printed before.
    view.preview_button.click()
    qtbot.waitUntil(lambda: view.ready is not None, timeout=20_000)
    assert "پیش‌تر چاپ شده" in view.message.text()


def test_print_draws_every_previewed_page_on_the_printer(make_window, fresh_shop, qtbot, tmp_path):
    services, placed = _orders(fresh_shop, count=2)
    window = make_window("en", fresh_shop)
    view = _open_print_page(window)
    services.orders.change_status([p.id for p in placed], "packed")
    view.size.setCurrentIndex(view.size.findData("a4-2up"))
    printed = tmp_path / "printer.pdf"

    def printer():
        device = QPrinter(QPrinter.PrinterMode.HighResolution)
        device.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        device.setOutputFileName(str(printed))
        return device

    view._ask_printer = printer
    with qtbot.waitSignal(view.printed, timeout=20_000) as signal:
        view.print_button.click()  # no preview yet: it is made first, then printed
    assert signal.args == [2]
    assert services.prints.print_counts([p.id for p in placed], "inserts") == {placed[0].id: 1, placed[1].id: 1}
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True, check=True).stdout
        assert "Pages:           1" in info  # two inserts on one A4 sheet
        assert "Page size:       842 x 595 pts (A4)" in info  # the sheet at its true size, landscape


def test_wrong_choices_say_what_is_wrong_and_print_nothing(make_window, fresh_shop, qtbot):
    services, placed = _orders(fresh_shop, count=1)
    window = make_window("ar", fresh_shop)
    view = _open_print_page(window)
    view.numbers.setText("1001, 9999")
    view.numbers.textEdited.emit(view.numbers.text())
    view.preview_button.click()
    assert view.message.text() == "لا يوجد طلب 9999."
    assert view.ready is None
    view.numbers.setText("abc")
    view.numbers.textEdited.emit(view.numbers.text())
    view.preview_button.click()
    assert "أرقام الطلبات" in view.message.text()
    view.from_selection.setChecked(True)
    view.preview_button.click()
    assert view.message.text() == "حدّد الطلبات في قائمة الطلبات أولاً."
    assert services.prints.print_counts([placed[0].id], "inserts") == {}


def test_cancel_stops_the_batch_and_keeps_nothing(make_window, fresh_shop, qtbot):
    services, placed = _orders(fresh_shop, count=3)
    window = make_window("en", fresh_shop)
    view = _open_print_page(window)
    view.numbers.setText("1001,1002,1003")
    view.numbers.textEdited.emit(view.numbers.text())
    view.preview_button.click()
    view._job.cancel()  # as the progress dialog's Cancel does
    qtbot.waitUntil(lambda: view._job is None, timeout=20_000)
    assert view.ready is None or view.message.text() != ""


@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_print_page_screenshot(make_window, fresh_shop, qtbot, language, tmp_path):
    _orders(fresh_shop, count=2)
    window = make_window(language, fresh_shop)
    view = _open_print_page(window)
    view.numbers.setText("1001, 1002")
    view.numbers.textEdited.emit(view.numbers.text())
    view.preview_button.click()
    qtbot.waitUntil(lambda: view.ready is not None, timeout=20_000)
    assert window.grab().save(str(tmp_path / f"print-{language}.png"))


def test_messages_are_checked_saved_and_previewed_without_losing_what_was_typed(make_window, fresh_shop, qtbot):
    services, placed = _orders(fresh_shop, count=1)
    window = make_window("fa", fresh_shop)
    view = _open_print_page(window)
    view.messages_button.click()
    dialog = view.messages_dialog
    assert dialog is not None and dialog.language.currentData() == "en"  # "each customer's language" -> English
    dialog.language.setCurrentIndex(dialog.language.findData("fa"))
    assert dialog.text.toPlainText().startswith("$first_name عزیز")  # the translated default
    assert dialog.pdf.pageCount() == 1  # previewed on an invented order
    dialog.text.setPlainText("سلام $frist_name")
    assert not dialog.save()
    assert "$frist_name" in dialog.error.text() and dialog.error.isVisible()
    assert dialog.text.toPlainText() == "سلام $frist_name"  # kept
    dialog.text.setPlainText("سلام ")
    dialog.text.moveCursor(QTextCursor.MoveOperation.End)
    dialog.placeholder_buttons["first_name"].click()
    dialog.text.insertPlainText("، سفارش ")
    dialog.placeholder_buttons["order_number"].click()
    # Switching to another language and back keeps the draft.
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.language.setCurrentIndex(dialog.language.findData("fa"))
    assert dialog.text.toPlainText() == "سلام $first_name، سفارش $order_number"
    assert dialog.save()
    assert not dialog.error.isVisible() and dialog.pdf.pageCount() == 1
    assert services.prints.message_template("inserts", "fa") == "سلام $first_name، سفارش $order_number"
    ids = services.prints.order_ids(numbers=[placed[0].number])
    from shopdesk.views.print_texts import default_text

    (document,) = services.prints.documents(ids, services_request("fa"), default_text)
    assert document.message == "سلام \u2068مهسا\u2069، سفارش \u2068۱۰۰۱\u2069"
    dialog.default_button.click()
    assert dialog.save()
    assert services.prints.message_template("inserts", "fa") is None  # the default again
    dialog.close()


def services_request(language):
    from shopdesk.services.print_requests import PrintRequest

    return PrintRequest(language=language)


def test_an_a6_insert_prints_on_a6_paper_not_blown_up_to_the_printers_default(make_window, fresh_shop, qtbot, tmp_path):
    _orders(fresh_shop, count=1)
    window = make_window("en", fresh_shop)
    view = _open_print_page(window)
    view.numbers.setText("1001")
    view.numbers.textEdited.emit("1001")
    printed = tmp_path / "a6.pdf"

    def printer():
        device = QPrinter(QPrinter.PrinterMode.HighResolution)
        device.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        device.setOutputFileName(str(printed))
        return device

    view._ask_printer = printer
    with qtbot.waitSignal(view.printed, timeout=20_000):
        view.print_button.click()
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True, check=True).stdout
        assert re.search(r"Page size:\s+29[78] x 420 pts", info), info  # A6 is 297.6 x 419.5 points
