"""The packing station's rules through the service on a real database: an order not paid yet is packed only when
the shop allows it (Settings → Shop, "Pack unpaid orders"), and the rule holds for opening and for marking packed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from shopdesk.services.errors import NotPaid
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings


@pytest.fixture
def services(database):
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR"))
    return services


def _order(services, *, paid, status="new"):
    return services.orders.place_order(
        OrderDraft(lines=(LineDraft("Rose soap", 2, 549),), paid_minor=paid, status=status)
    )


def _allow_unpaid(services, allowed):
    services.settings.save(replace(services.settings.load(), pack_unpaid=allowed))


def test_unpaid_orders_are_packed_with_what_is_left_to_pay_by_default(services):
    placed = _order(services, paid=0)
    assert services.settings.load().pack_unpaid and services.packing.packs_unpaid()
    order = services.packing.open_order(str(placed.number))
    assert order.unpaid and (order.due_minor, order.currency) == (1098, "SAR")
    services.packing.mark_packed(order)
    assert services.orders.get_order(placed.id).row.status == "packed"


def test_paid_orders_and_orders_marked_paid_carry_no_warning(services):
    fully = services.packing.open_order(str(_order(services, paid=1098).number))
    marked = _order(services, paid=0)
    services.orders.change_status([marked.id], "paid")  # the shop marked it paid
    assert not fully.unpaid and not services.packing.open_order(str(marked.number)).unpaid
    assert services.packing.open_order(str(_order(services, paid=500).number)).due_minor == 598  # part paid


def test_a_shop_that_packs_only_paid_orders_refuses_an_unpaid_one_and_the_setting_is_kept(services):
    _allow_unpaid(services, False)
    assert services.settings.load().pack_unpaid is False and not services.packing.packs_unpaid()
    placed = _order(services, paid=100)
    with pytest.raises(NotPaid) as refused:
        services.packing.open_order(str(placed.number))
    assert (refused.value.number, refused.value.due_minor, refused.value.currency) == (placed.number, 998, "SAR")
    assert services.orders.get_order(placed.id).row.status == "new"
    paid = _order(services, paid=1098)
    services.packing.mark_packed(services.packing.open_order(str(paid.number)))  # paid ones are packed as ever


def test_switching_unpaid_packing_off_while_an_order_is_open_stops_it_being_marked_packed(services):
    placed = _order(services, paid=0)
    order = services.packing.open_order(str(placed.number))
    _allow_unpaid(services, False)  # the owner changed it at another desk meanwhile
    with pytest.raises(NotPaid):
        services.packing.mark_packed(order)
    assert services.orders.get_order(placed.id).row.status == "new"
