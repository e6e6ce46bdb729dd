"""VAT through the services on a real database: settings, the tax of placed orders (prices with or without tax),
the rate a line keeps, the invoice issued with each taxed order, credit notes for returns and cancellations."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.errors import InvalidInput
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.product_records import ProductRow
from shopdesk.services.registry import build_services
from shopdesk.services.return_records import ReturnDraft
from shopdesk.services.settings import ShopSettings
from shopdesk.services.tax.records import TaxSettings, default_rates
from shopdesk.services.tax.rules import TaxRate

VAT = "300000000000003"


def register(services, *, inclusive=True, rates=None):
    return services.tax.save_settings(
        TaxSettings(
            registered=True,
            vat_number=VAT,
            legal_name_ar="متجر جلنار",
            legal_name_en="Golnar Store",
            address="Riyadh",
            prices_include_tax=inclusive,
            rates=rates or default_rates("SA"),
        )
    )


@pytest.fixture
def shop(database):
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA", return_days=15))
    customer = services.customers.create_customer(CustomerDraft(name="خالد", language="ar"))
    return services, customer


def _place(services, customer, lines, *, discount=0, shipping=0, paid=None):
    drafts = tuple(LineDraft(f"Item {i}", q, p, d, product_id=pid) for i, (q, p, d, pid) in enumerate(lines))
    gross = sum(q * p - d for q, p, d, _ in lines) - discount + shipping
    return services.orders.place_order(
        OrderDraft(
            lines=drafts,
            customer_id=customer,
            order_discount_minor=discount,
            shipping_minor=shipping,
            paid_minor=gross if paid is None else paid,
        )
    )


def test_a_shop_that_is_not_registered_charges_no_tax_and_issues_no_invoice(shop):
    services, customer = shop
    placed = _place(services, customer, [(1, 11500, 0, None)])
    assert services.tax.order_tax(placed.id) is None
    assert services.tax.invoices([placed.id]) == []


def test_a_saudi_vat_number_has_15_digits_beginning_and_ending_with_3(shop):
    services, _ = shop
    for bad in ("300000000000000", "30000000000003", "123456789012345"):
        with pytest.raises(InvalidInput) as refused:
            services.tax.save_settings(TaxSettings(registered=True, vat_number=bad, legal_name_en="X"))
        assert refused.value.field == "tax.vat_number"
    saved = services.tax.save_settings(TaxSettings(registered=True, vat_number="٣٠٠ ٠٠٠٠٠٠٠٠٠٠٠٣", legal_name_en="X"))
    assert saved.vat_number == VAT
    assert services.tax.settings() == saved


def test_prices_including_tax_keep_the_total_and_the_line_keeps_its_rate(shop):
    services, customer = shop
    register(services)
    food = services.products.save_product(ProductRow(None, "DATES", "Dates", price_minor=11500))
    services.tax.set_product_rate(food, "zero")
    placed = _place(services, customer, [(2, 5750, 0, None), (1, 11500, 0, food)], discount=2300, shipping=1150)
    assert placed.totals.total_minor == 11500 + 11500 - 2300 + 1150
    tax = services.tax.order_tax(placed.id)
    assert [(line.rate_code, line.gross_minor, line.tax_minor) for line in tax.lines] == [
        ("standard", 10350, 1350),
        ("zero", 10350, 0),
    ]
    assert tax.shipping.tax_minor == 150
    assert tax.gross_minor == placed.totals.total_minor and tax.net_minor + tax.tax_minor == tax.gross_minor
    # a later change of the rate changes no placed order
    register(services, rates=(TaxRate("standard", 500), TaxRate("zero", 0, "zero"), TaxRate("exempt", 0, "exempt")))
    assert services.tax.order_tax(placed.id).lines[0].tax_minor == 1350
    assert services.tax.order_tax(placed.id).invoice_number == 1


def test_prices_before_tax_get_the_tax_added_to_the_total(shop):
    services, customer = shop
    register(services, inclusive=False)
    placed = _place(services, customer, [(1, 10000, 0, None)], paid=11500)
    assert placed.totals.total_minor == 11500
    detail = services.orders.get_order(placed.id)
    assert detail.row.total_minor == 11500 and detail.paid_minor == 11500
    # a return of the whole line gives back what was paid, tax included
    line_id = services.returns.returnable(placed.id).lines[0].line_id
    assert services.returns.returnable(placed.id).lines[0].paid_minor == 11500
    return_id = services.returns.request_return(ReturnDraft(placed.id, {line_id: 1}, "damaged", actor="Sara"))
    for step in ("approve", "receive"):
        getattr(services.returns, step)(return_id, actor="Sara")
    services.returns.inspect(return_id, "as_new", actor="Sara")
    assert services.returns.resolve(return_id, "refund", actor="Sara") == 11500
    notes = services.tax.credit_notes([placed.id])
    assert [(n.gross_minor, n.tax_minor, n.invoice_number) for n in notes] == [(11500, 1500, 1)]


def test_invoices_are_numbered_one_after_another_and_a_cancelled_order_gets_a_credit_note(shop):
    services, customer = shop
    register(services)
    ids = [_place(services, customer, [(1, 1150 * (i + 1), 0, None)]).id for i in range(3)]
    assert [d.number for d in services.tax.invoices(ids)] == [1, 2, 3]
    services.orders.change_status([ids[1]], "cancelled")
    (note,) = services.tax.credit_notes([ids[1]])
    assert (note.number, note.invoice_number, note.gross_minor, note.tax_minor) == (1, 2, 2300, 300)
    assert note.reason == "cancelled"


def test_a_registered_buyer_gets_a_full_tax_invoice(shop):
    services, customer = shop
    register(services)
    services.tax.set_buyer_vat(customer, "310000000000003")
    placed = _place(services, customer, [(1, 1150, 0, None)])
    (invoice,) = services.tax.invoices([placed.id])
    assert invoice.standard and invoice.buyer_vat == "310000000000003" and invoice.buyer_name == "خالد"
    with pytest.raises(InvalidInput):
        services.tax.set_buyer_vat(customer, "12")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    lines=st.lists(
        st.tuples(st.integers(1, 4), st.integers(1, 50_000), st.sampled_from(["standard", "zero", "exempt", "low"])),
        min_size=1,
        max_size=4,
    ),
    inclusive=st.booleans(),
    discount_percent=st.integers(0, 50),
    shipping=st.integers(0, 3000),
    data=st.data(),
)
def test_returns_never_credit_more_tax_than_the_invoice_charged(
    shop, lines, inclusive, discount_percent, shipping, data
):
    services, customer = shop
    rates = (*default_rates("SA"), TaxRate("low", 500, "standard", "Reduced"))
    register(services, inclusive=inclusive, rates=rates)
    products = {}
    for code in {code for *_, code in lines}:
        products[code] = services.products.save_product(ProductRow(None, f"P-{code}-{len(products)}-{id(lines)}", code))
        services.tax.set_product_rate(products[code], code)
    drafts = [(q, p, 0, products[code]) for q, p, code in lines]
    discount = sum(q * p for q, p, _ in lines) * discount_percent // 100
    tax = services.tax.preview(
        OrderDraft(
            lines=tuple(LineDraft("x", q, p, d, product_id=pid) for q, p, d, pid in drafts),
            order_discount_minor=discount,
            shipping_minor=shipping,
        )
    )
    placed = _place(services, customer, drafts, discount=discount, shipping=shipping, paid=tax.gross_minor)
    shown = services.tax.order_tax(placed.id)
    assert shown.gross_minor == placed.totals.total_minor == tax.gross_minor
    for line in shown.lines:
        assert line.net_minor + line.tax_minor == line.gross_minor
    order = services.returns.returnable(placed.id)
    for _ in range(data.draw(st.integers(1, 3))):
        wanted = {line.line_id: data.draw(st.integers(0, line.available)) for line in order.lines}
        wanted = {k: v for k, v in wanted.items() if v}
        if not wanted:
            continue
        return_id = services.returns.request_return(ReturnDraft(placed.id, wanted, "damaged", actor="Sara"))
        services.returns.approve(return_id, actor="Sara")
        services.returns.receive(return_id, actor="Sara")
        services.returns.inspect(return_id, "as_new", actor="Sara")
        services.returns.resolve(return_id, data.draw(st.sampled_from(["refund", "credit"])), actor="Sara")
        order = services.returns.returnable(placed.id)
    (invoice,) = services.tax.invoices([placed.id])
    notes = services.tax.credit_notes([placed.id])
    assert sum(n.tax_minor for n in notes) <= invoice.tax_minor
    assert sum(n.gross_minor for n in notes) <= invoice.gross_minor
    for rate in invoice.by_rate:
        back = sum(r.tax_minor for n in notes for r in n.by_rate if r.rate_code == rate.rate_code)
        assert back <= rate.tax_minor
    for document in (invoice, *notes):
        assert document.net_minor + document.tax_minor == document.gross_minor
