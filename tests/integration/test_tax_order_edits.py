"""An edited order in a VAT-registered shop (SQLite and PostgreSQL): each line taxed again through the placement's
pricing (a kept line keeps the rate it was sold at, a new line takes its product's), the shipping and the total with
prices including or excluding tax; an issued invoice never changes — an edit that changes the amounts credits it and
issues a new one, numbers gap-free — and the tax report stays the sum of the invoices and the credit notes."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from shopdesk.db.types import utcnow
from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.errors import InvalidInput
from shopdesk.services.order_rows import LineDraft, OrderDraft, draft_from_detail
from shopdesk.services.product_records import ProductRow
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings
from shopdesk.services.tax.records import TaxSettings, default_rates
from shopdesk.services.tax.report import TaxReportService
from shopdesk.services.tax.rules import TaxRate

VAT = "300000000000003"


def register(services, *, inclusive=True, rates=None):
    return services.tax.save_settings(
        TaxSettings(
            registered=True,
            vat_number=VAT,
            legal_name_ar="متجر جلنار",
            legal_name_en="Golnar Store",
            prices_include_tax=inclusive,
            rates=rates or default_rates("SA"),
        )
    )


@pytest.fixture
def shop(database):
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    customer = services.customers.create_customer(CustomerDraft(name="خالد", language="ar"))
    return services, customer, database


def _edit(services, order_id, **changes):
    detail = services.orders.get_order(order_id)
    draft = replace(draft_from_detail(detail), **changes)
    return services.order_edits.edit_order(order_id, detail.version, draft, by="Sara")


def _documents(services, order_id):
    docs = [*services.tax.invoices([order_id]), *services.tax.credit_notes([order_id])]
    return sorted((d.kind, d.number, d.gross_minor, d.tax_minor, d.reason, d.invoice_number) for d in docs)


def _report_equals_the_documents(services, database, order_ids):
    today = utcnow().astimezone().date()
    report = TaxReportService(database.unit_of_work).report(today - timedelta(days=1), today + timedelta(days=1))
    invoices, notes = services.tax.invoices(order_ids), services.tax.credit_notes(order_ids)
    assert report.output_tax_minor == sum(d.tax_minor for d in invoices)
    assert report.credited_tax_minor == sum(d.tax_minor for d in notes)
    assert (report.invoices, report.credit_notes) == (len(invoices), len(notes))
    return report


def test_an_edit_with_prices_including_tax_taxes_each_line_again_and_reissues_the_invoice(shop):
    services, customer, database = shop
    register(services)
    dates = services.products.save_product(ProductRow(None, "DATES", "Dates", price_minor=5750))
    services.tax.set_product_rate(dates, "zero")
    placed = services.orders.place_order(
        OrderDraft(
            lines=(LineDraft("Oud", 1, 11500), LineDraft("DATES", 1, 5750, product_id=dates)),
            customer_id=customer,
            shipping_minor=1150,
            paid_minor=18400,
        )
    )
    # the standard rate goes up after placement: the kept line keeps the 15% it was sold at
    register(services, rates=(TaxRate("standard", 2000), TaxRate("zero", 0, "zero"), TaxRate("exempt", 0, "exempt")))
    services.tax.set_product_rate(dates, "")
    edited = _edit(
        services,
        placed.id,
        lines=(LineDraft("Oud", 2, 11500), LineDraft("DATES", 1, 5750, product_id=dates), LineDraft("Tea", 1, 1200)),
    )
    assert edited.totals.total_minor == 23000 + 5750 + 1200 + 1150  # prices include tax: the total is the prices
    tax = services.tax.order_tax(placed.id)
    assert [(line.rate_code, line.basis_points, line.gross_minor, line.tax_minor) for line in tax.lines] == [
        ("standard", 1500, 23000, 3000),  # kept: its rate as sold
        ("zero", 0, 5750, 0),  # kept: zero-rated as sold, though the product's rate changed since
        ("standard", 2000, 1200, 200),  # new: the product's (default) rate now
    ]
    assert (tax.shipping.basis_points, tax.shipping.tax_minor) == (1500, 150)
    assert tax.tax_minor == 3350 and tax.gross_minor == edited.totals.total_minor
    assert tax.invoice_number == 2
    assert _documents(services, placed.id) == [
        ("credit_note", 1, 18400, 1650, "edited", 1),
        ("invoice", 1, 18400, 1650, "", None),
        ("invoice", 2, 31100, 3350, "", None),
    ]
    assert services.orders.get_order(placed.id).row.balance_minor == 31100 - 18400
    report = _report_equals_the_documents(services, database, [placed.id])
    assert report.net_tax_due_minor == tax.tax_minor  # what the order carries now


def test_an_edit_with_prices_excluding_tax_adds_the_tax_to_the_new_total(shop):
    services, customer, database = shop
    register(services, inclusive=False)
    placed = services.orders.place_order(
        OrderDraft(lines=(LineDraft("Oud", 1, 10000),), customer_id=customer, shipping_minor=1000, paid_minor=12650)
    )
    assert placed.totals.total_minor == 12650
    edited = _edit(services, placed.id, lines=(LineDraft("Oud", 2, 10000),), order_discount_minor=2000)
    assert edited.totals.total_minor == 18000 + 1000 + 2850  # net 19000, 15% on top
    detail = services.orders.get_order(placed.id)
    assert (detail.row.total_minor, detail.row.balance_minor) == (21850, 21850 - 12650)
    tax = services.tax.order_tax(placed.id)
    assert (tax.net_minor, tax.tax_minor, tax.gross_minor) == (19000, 2850, 21850)
    assert [line.tax_minor for line in tax.lines] == [2700] and tax.shipping.tax_minor == 150
    (current,) = [d for d in services.tax.invoices([placed.id]) if d.number == tax.invoice_number]
    assert (current.net_minor, current.tax_minor, current.gross_minor) == (19000, 2850, 21850)
    _report_equals_the_documents(services, database, [placed.id])


def test_an_edit_of_notes_or_address_only_issues_nothing_and_numbers_stay_gap_free(shop):
    services, customer, database = shop
    register(services)
    first = services.orders.place_order(OrderDraft(lines=(LineDraft("Oud", 1, 11500),), customer_id=customer))
    _edit(services, first.id, notes="gift wrap", carrier="Aramex")
    assert [d[:2] for d in _documents(services, first.id)] == [("invoice", 1)]
    with pytest.raises(InvalidInput):  # a refused edit issues nothing and takes no number
        _edit(services, first.id, lines=(LineDraft("Oud", 2, 11500),), shipping_minor=-1)
    _edit(services, first.id, lines=(LineDraft("Oud", 2, 11500),))
    second = services.orders.place_order(OrderDraft(lines=(LineDraft("Tea", 1, 1150),), customer_id=customer))
    _edit(services, second.id, lines=(LineDraft("Tea", 3, 1150),))
    invoices = services.tax.invoices([first.id, second.id])
    notes = services.tax.credit_notes([first.id, second.id])
    assert sorted(d.number for d in invoices) == [1, 2, 3, 4]
    assert sorted(d.number for d in notes) == [1, 2]
    services.orders.change_status([second.id], "cancelled")  # credits the invoice in force, once
    (cancelled,) = [n for n in services.tax.credit_notes([second.id]) if n.reason == "cancelled"]
    assert (cancelled.invoice_number, cancelled.gross_minor) == (4, 3450)
    report = _report_equals_the_documents(services, database, [first.id, second.id])
    assert report.net_tax_due_minor == services.tax.order_tax(first.id).tax_minor == 3000


def test_an_order_placed_before_the_shop_registered_stays_without_tax_when_edited(shop):
    services, customer, _db = shop
    placed = services.orders.place_order(OrderDraft(lines=(LineDraft("Oud", 1, 10000),), customer_id=customer))
    register(services, inclusive=False)
    edited = _edit(services, placed.id, lines=(LineDraft("Oud", 2, 10000),))
    assert edited.totals.total_minor == 20000
    assert services.tax.order_tax(placed.id) is None and services.tax.invoices([placed.id]) == []


def test_printing_an_edited_orders_invoice_prints_the_one_in_force(shop):
    services, customer, _db = shop
    register(services)
    placed = services.orders.place_order(OrderDraft(lines=(LineDraft("Oud", 1, 11500),), customer_id=customer))
    _edit(services, placed.id, lines=(LineDraft("Oud", 2, 11500),))
    printed = [(p.number, p.gross_minor) for p, *_ in services.tax_prints.printables("invoices", [placed.id])]
    assert printed == [(2, 23000)]
