"""The packing station: scan an order, tick its items, and it is packed with its insert queued; wrong orders
are refused loudly and nothing is marked packed by mistake."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shopdesk import paths
from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services


def _paid_order(database, status="paid", paid_minor=0):
    services = build_services(database.unit_of_work)
    products = {p.sku: p for p in services.products.list_products()}
    customer = services.customers.create_customer(CustomerDraft(name="مهسا کریمی", language="fa"))
    placed = services.orders.place_order(
        OrderDraft(
            lines=(
                LineDraft("Rose soap", 2, 1250, product_id=products["SOAP"].id),
                LineDraft("Mug", 1, 2200, product_id=products["MUG"].id),
            ),
            customer_id=customer,
            paid_minor=paid_minor,
        )
    )
    if status != "new":
        services.orders.change_status([placed.id], "paid")
    if status not in ("new", "paid"):
        services.orders.change_status([placed.id], status)
    return services, placed


def _station(window):
    window.show_area("packing")
    return window.page("packing")


def _scan(qtbot, station, text):
    station.scan.setText(text)
    qtbot.keyClick(station.scan, "\r")


def test_scanning_the_order_and_its_items_packs_it_and_queues_the_insert(make_window, fresh_shop, qtbot):
    services, placed = _paid_order(fresh_shop)
    window = make_window("en", fresh_shop)
    station = _station(window)
    _scan(qtbot, station, "1001")
    assert station.heading.text() == "Order 1001 · مهسا کریمی"
    assert station.items.count() == 2 and not station.banner_is_error
    _scan(qtbot, station, "SOAP")
    _scan(qtbot, station, "TEA")
    assert station.banner_is_error and "TEA" in station.banner.text()
    _scan(qtbot, station, "soap")
    assert services.orders.get_order(placed.id).row.status == "paid"  # the mug is not in the box yet
    with qtbot.waitSignal(station.order_packed):
        station.items.itemClicked.emit(station.items.item(1))
    assert services.orders.get_order(placed.id).row.status == "packed"
    assert station.banner.text() == "Order 1001 is packed; its insert waits in the print queue."
    queued = paths.print_queue_dir() / "insert-1001.pdf"
    assert queued.read_bytes().startswith(b"%PDF")
    assert services.prints.print_counts([placed.id], "inserts") == {placed.id: 1}
    # The same slip scanned again is refused: nothing is packed twice.
    _scan(qtbot, station, "1001")
    assert station.banner_is_error and station.banner.text() == "Order 1001 is already Packed. Do not pack it again."


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("cancelled", "سفارش ۱۰۰۱ لغو شده است. آن را بسته‌بندی نکنید."),
        ("shipped", "سفارش ۱۰۰۱ قبلاً ارسال‌شده است. دوباره بسته‌بندی‌اش نکنید."),
    ],
)
def test_cancelled_or_shipped_orders_are_refused_in_persian(make_window, fresh_shop, qtbot, status, expected):
    services, placed = _paid_order(fresh_shop, status=status)
    window = make_window("fa", fresh_shop)
    station = _station(window)
    _scan(qtbot, station, "۱۰۰۱")
    assert station.banner_is_error
    assert station.banner.text() == expected
    assert station.items.count() == 0
    assert services.orders.get_order(placed.id).row.status == status


def test_unknown_numbers_and_junk_are_refused_in_arabic(make_window, fresh_shop, qtbot):
    _paid_order(fresh_shop)
    window = make_window("ar", fresh_shop)
    station = _station(window)
    _scan(qtbot, station, "٤٠٤٠")
    assert station.banner_is_error and station.banner.text() == "لا يوجد طلب ٤٠٤٠."
    _scan(qtbot, station, "hello")
    assert station.banner_is_error and "ليس رقم طلب" in station.banner.text()


def test_an_order_packed_at_another_desk_meanwhile_is_not_packed_again(make_window, fresh_shop, qtbot):
    services, placed = _paid_order(fresh_shop)
    window = make_window("en", fresh_shop)
    station = _station(window)
    _scan(qtbot, station, "1001")
    services.orders.change_status([placed.id], "packed")  # the other desk was faster
    _scan(qtbot, station, "SOAP")
    _scan(qtbot, station, "SOAP")
    _scan(qtbot, station, "MUG")
    assert station.banner_is_error and "already Packed" in station.banner.text()
    assert services.prints.print_counts([placed.id], "inserts") == {}
    assert len([e for e in services.orders.history(placed.id) if e.to_status == "packed"]) == 1


@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_packing_station_screenshot(make_window, fresh_shop, qtbot, language, tmp_path):
    _paid_order(fresh_shop)
    window = make_window(language, fresh_shop)
    station = _station(window)
    _scan(qtbot, station, "1001")
    _scan(qtbot, station, "SOAP")
    assert window.grab().save(str(tmp_path / f"packing-{language}.png"))


def _typed_by_scanner(qtbot, text):
    """A USB scanner types into whatever has the keyboard, then presses Enter."""
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def _click_item(qtbot, station, row):
    item = station.items.item(row)
    qtbot.mouseClick(
        station.items.viewport(), Qt.MouseButton.LeftButton, pos=station.items.visualItemRect(item).center()
    )


def test_clicking_an_item_a_refusal_or_packing_never_takes_the_scanners_keystrokes(make_window, fresh_shop, qtbot):
    services, placed = _paid_order(fresh_shop)
    window = make_window("en", fresh_shop)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    station = _station(window)
    qtbot.waitUntil(station.scan.hasFocus)
    _typed_by_scanner(qtbot, "1001")
    _click_item(qtbot, station, 1)  # the mug ticked with the mouse
    assert station.checklist.packed[station.checklist.order.lines[1].line_id] == 1
    assert station.scan.hasFocus()
    _typed_by_scanner(qtbot, "SOAP")  # not lost: the next scan lands in the scan field
    assert station.checklist.packed[station.checklist.order.lines[0].line_id] == 1
    _typed_by_scanner(qtbot, "TEA")  # refused...
    assert station.banner_is_error and station.scan.hasFocus()
    with qtbot.waitSignal(station.order_packed):
        _typed_by_scanner(qtbot, "SOAP")  # ...and the scanning goes on
    assert services.orders.get_order(placed.id).row.status == "packed" and station.scan.hasFocus()
    station.print_now.click()  # the station's option is clicked, the scanner still types into the scan field
    assert station.scan.hasFocus()
    station.print_now.click()


@pytest.mark.parametrize(
    ("language", "opened", "packed"),
    [
        (
            "en",
            "Order 1001 is not paid: collect 47.00 SAR on delivery. Tick each item as it goes in the box.",
            "Order 1001 is packed. It is not paid: collect 47.00 SAR on delivery.",
        ),
        ("ar", "٤٧٫٠٠ SAR", "٤٧٫٠٠ SAR"),
        ("fa", "۴۷٫۰۰ SAR", "۴۷٫۰۰ SAR"),
    ],
)
def test_an_unpaid_order_is_packed_with_a_visible_warning_and_a_beep(
    make_window, fresh_shop, qtbot, language, opened, packed, tmp_path
):
    services, placed = _paid_order(fresh_shop, status="new")  # saved unpaid: cash on delivery
    window = make_window(language, fresh_shop)
    station = _station(window)
    beeps = []
    station.beep = lambda: beeps.append(station.banner.text())
    _scan(qtbot, station, "1001")
    assert station.banner_is_warning and not station.banner_is_error
    assert opened in station.banner.text().replace("\u2066", "").replace("\u2069", "")
    assert station.payment.isVisible() and len(beeps) == 1
    qtbot.waitUntil(lambda: station.banner.height() >= station.banner.heightForWidth(station.banner.width()))
    window.grab().save(str(tmp_path / f"packing_unpaid_{language}.png"))
    for code in ("SOAP", "SOAP", "MUG"):
        _scan(qtbot, station, code)
    assert services.orders.get_order(placed.id).row.status == "packed"
    assert station.banner_is_warning
    assert packed in station.banner.text().replace("\u2066", "").replace("\u2069", "")
    assert station.payment.isVisible()


def test_a_shop_that_packs_only_paid_orders_refuses_an_unpaid_one_with_the_reason(make_window, fresh_shop, qtbot):
    services, placed = _paid_order(fresh_shop, status="new", paid_minor=2000)
    services.settings.save(replace(services.settings.load(), pack_unpaid=False))
    window = make_window("en", fresh_shop)
    station = _station(window)
    beeps = []
    station.beep = lambda: beeps.append(station.banner.text())
    _scan(qtbot, station, "1001")
    assert station.banner_is_error and len(beeps) == 1
    assert station.banner.text().replace("\u2066", "").replace("\u2069", "") == (
        "Order 1001 is not paid (27.00 SAR to pay). This shop packs only paid orders: do not pack it until it is paid."
    )
    assert station.items.count() == 0 and not station.payment.isVisible()
    services.orders.change_status([placed.id], "paid")  # paid at the counter: now it is packed
    _scan(qtbot, station, "1001")
    assert not station.banner_is_error and station.items.count() == 2
