"""Export… in the Orders and Customers areas: asks for a file, writes it off the GUI thread, says what it did."""

import csv

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from shopdesk.views.customers_view import CustomersView
from shopdesk.views.locale_format import Formatter
from shopdesk.views.orders_view import OrdersView
from shopdesk.views.preferences import DisplayPreferences


class InlineJobRunner:
    """Runs each job at once on this thread, so a test reads its result right after the click."""

    def __init__(self) -> None:
        self.started = 0

    def start(self, job) -> None:
        self.started += 1
        job.run()


def _shop(database):
    services = build_services(database.unit_of_work)
    ali = services.customers.create_customer(CustomerDraft(name="علی رضایی", phone="09121234567", language="fa"))
    services.customers.create_customer(CustomerDraft(name='=HYPERLINK("http://x")'))
    services.orders.place_order(
        OrderDraft(lines=(LineDraft("Soap", 2, 1250), LineDraft("Tea", 1, 2400)), customer_id=ali)
    )
    services.orders.place_order(OrderDraft(lines=(LineDraft("Mug", 1, 2200),)))
    return services


@pytest.fixture
def save_as(monkeypatch):
    """The save dialog answers with the path given (``''``: the user closed it); what it was asked is kept."""
    asked = []

    def answer(path):
        def dialog(parent, title, name, filters):
            asked.append((title, name, filters))
            return str(path), filters

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
        return asked

    return answer


@pytest.fixture
def warnings(monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: said.append(text)))
    return said


def _written(rows, path):
    return f"{rows} rows written to \u2068{path}\u2069."


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_export_in_the_orders_area_writes_the_file_in_the_background_and_says_so(
    make_window, fresh_shop, save_as, tmp_path, qtbot
):
    _shop(fresh_shop)
    window = make_window("en", fresh_shop)
    view = window.orders_view
    out = tmp_path / "orders.csv"
    asked = save_as(out)
    assert view.export_button.text() == "Export…" and view.export_button.isEnabled()
    with qtbot.waitSignal(view.csv_export.said, timeout=20_000) as said:
        view.export_button.click()
        assert not view.export_button.isEnabled()  # one export at a time
    assert asked == [("Export orders as CSV", "orders.csv", "CSV (*.csv)")]
    assert said.args == [_written(3, out)]
    assert window.statusBar().currentMessage() == said.args[0]
    assert view.export_button.isEnabled()
    rows = _rows(out)
    assert [(r["number"], r["line_description"], r["customer_name"]) for r in rows] == [
        ("1001", "Soap", "علی رضایی"),
        ("1001", "Tea", "علی رضایی"),
        ("1002", "Mug", ""),
    ]


def test_export_in_the_customers_area_writes_every_customer(qtbot, fresh_shop, save_as, tmp_path):
    services = _shop(fresh_shop)
    jobs = InlineJobRunner()
    view = CustomersView(
        customers=services.customers,
        orders=services.orders,
        formatter=Formatter(DisplayPreferences()),
        exports=services.exports,
        jobs=jobs,
    )
    qtbot.addWidget(view)
    messages = []
    view.status_message.connect(messages.append)
    out = tmp_path / "customers"  # typed without its extension
    save_as(out)
    view.export_button.click()
    assert jobs.started == 1
    assert messages == [_written(2, f"{out}.csv")]
    rows = _rows(tmp_path / "customers.csv")
    assert [(r["name"], r["orders"], r["spent"]) for r in rows] == [
        ("علی رضایی", "1", "49.00"),
        ('\'=HYPERLINK("http://x")', "0", "0.00"),
    ]


def test_a_file_that_cannot_be_written_is_said_plainly_and_nothing_is_left(
    qtbot, fresh_shop, save_as, warnings, tmp_path
):
    services = _shop(fresh_shop)
    view = OrdersView(
        orders=services.orders,
        formatter=Formatter(DisplayPreferences()),
        exports=services.exports,
        jobs=InlineJobRunner(),
    )
    qtbot.addWidget(view)
    messages = []
    view.status_message.connect(messages.append)
    out = tmp_path / "gone" / "orders.csv"
    save_as(out)
    view.export_button.click()
    expected = f"\u2068{out}\u2069 could not be written: No such file or directory"
    assert warnings == [expected] and messages == [expected]
    assert not (tmp_path / "gone").exists()
    assert view.export_button.isEnabled()


def test_closing_the_save_dialog_exports_nothing(qtbot, fresh_shop, save_as, warnings):
    services = _shop(fresh_shop)
    jobs = InlineJobRunner()
    view = OrdersView(
        orders=services.orders, formatter=Formatter(DisplayPreferences()), exports=services.exports, jobs=jobs
    )
    qtbot.addWidget(view)
    save_as("")
    view.export_button.click()
    assert jobs.started == 0 and warnings == []


def test_without_an_export_service_the_button_is_off(qtbot, fresh_shop):
    services = build_services(fresh_shop.unit_of_work)
    view = OrdersView(orders=services.orders, formatter=Formatter(DisplayPreferences()))
    qtbot.addWidget(view)
    assert view.csv_export is None and not view.export_button.isEnabled()
