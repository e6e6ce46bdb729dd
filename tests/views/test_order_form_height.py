"""The new-order dialog keeps its size as it fills: what grows scrolls inside it, and nothing is cut."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QWidget,
)

from shopdesk.services.registry import build_services


def _cut(form) -> list[str]:
    """Visible fields, buttons and labels given less height than they need to show their text, or drawn over
    one another (a table over the message under it)."""
    cut = []
    shown = []
    for widget in form.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(
            widget, QLabel | QLineEdit | QComboBox | QAbstractButton | QTableWidget
        ):
            continue
        if isinstance(widget.parentWidget(), QLineEdit | QComboBox | QAbstractSpinBox):
            continue  # a part of a field (its clear button, a combo's or a date's text), measured with the field
        shown.append(widget)
        if isinstance(widget, QTableWidget):
            needed = widget.minimumHeight()
        elif isinstance(widget, QLabel) and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
        else:
            needed = widget.minimumSizeHint().height()
        if widget.height() < needed:
            text = widget.currentText() if isinstance(widget, QComboBox) else getattr(widget, "text", str)()
            cut.append(f"{type(widget).__name__} {widget.objectName()!r} {text[:40]!r}: {widget.height()} < {needed}")
    visible = [(widget, widget.visibleRegion().boundingRect()) for widget in shown]  # what a scroll area shows
    places = [
        (widget, rect.translated(widget.mapTo(form, rect.topLeft()) - rect.topLeft())) for widget, rect in visible
    ]
    for index, (one, where) in enumerate(places):
        for other, there in places[index + 1 :]:
            if where.intersects(there) and not (one.isAncestorOf(other) or other.isAncestorOf(one)):
                cut.append(
                    f"{one.objectName() or type(one).__name__} overlaps {other.objectName() or type(other).__name__}"
                )
    return cut


@pytest.mark.parametrize("language", ["en", "fa"])
def test_the_new_order_dialog_keeps_its_height_as_it_fills(make_window, fresh_shop, qtbot, language, tmp_path):
    from shopdesk.services.customer_records import CustomerDraft

    services = build_services(fresh_shop.unit_of_work)
    for index in range(6):
        services.customers.create_customer(CustomerDraft(name=f"Sara Ahmadi {index}", phone=f"0912111000{index}"))
    window = make_window(language, fresh_shop)
    window.show_area("orders")
    window.orders_view.open_order_form()
    form = window.orders_view.order_form
    qtbot.waitExposed(form)
    QApplication.processEvents()
    start = form.geometry()
    seen = {}

    def step(name: str) -> None:
        QApplication.processEvents()
        seen[name] = (form.geometry(), _cut(form))
        form.grab().save(str(tmp_path / f"{name}_{language}.png"))
        heights = {name: geometry.getRect() for name, (geometry, _cut_) in seen.items()}
        assert form.geometry() == start, f"the dialog started at {start.getRect()} and changed: {heights}"

    step("empty")
    form.customer_search.setText("Nobody Here")
    form.new_customer_button.click()  # the new customer's fields open
    step("new customer")
    form.customer_search.setText("Sara")
    form.customer_search.textEdited.emit("Sara")
    qtbot.waitUntil(lambda: form.customer_results.count() == 6)
    step("matches shown")
    qtbot.keyClick(form.customer_search, Qt.Key.Key_Return)
    assert form._customer is not None
    step("customer chosen")
    form.set_line(0, item="Rose soap", quantity="2")
    form.set_line(form.add_line(), item="Mug", quantity="1")
    step("two lines")
    for _ in range(4):
        form.set_line(form.add_line(), item="Saffron tea", quantity="1")
    step("six lines")
    form.order_discount.setText("10%")
    step("discount")
    form.ship_check.setChecked(True)
    step("ship to")
    form.bill_check.setChecked(True)
    step("bill to")
    form.set_line(1, price="abc")
    form.shipping.setText("12,5")
    form.paid_in_full.click()
    form.paid.setText("lots")
    form.gift_message.setText("x" * 400)
    for name, text in (("ship_to_line1", "12 Vali-e Asr"), ("ship_to_city", "Tehran")):
        form.findChild(QLineEdit, name).setText(text)  # the bill-to address, far below, is left empty
    form.body.verticalScrollBar().setValue(0)
    assert form.save() is None
    assert form.errors["lines"].isVisible() and form.errors["shipping"].isVisible()
    QApplication.processEvents()
    focused = form.focusWidget()  # the first field to put right, scrolled into view
    assert focused.objectName().startswith("bill_to_")
    viewport = form.body.viewport()
    assert viewport.rect().contains(focused.rect().translated(focused.mapTo(viewport, focused.rect().topLeft())))
    step("errors")
    form.bill_check.setChecked(False)
    form.ship_check.setChecked(False)
    step("address closed")

    cut = {name: widgets for name, (_geometry, widgets) in seen.items() if widgets}
    assert not cut, f"cut off: {cut}"
    form.close_without_asking()
