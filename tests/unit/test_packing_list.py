"""The packing checklist: scanning SKUs and clicking lines tick units; nothing over-ticks."""

from shopdesk.services.packing_list import PackingChecklist, PackingLine, PackingOrder, Scan


def _order(*lines):
    return PackingOrder(id=1, number=1001, status="paid", customer_name="", gift_message="", lines=tuple(lines))


def test_scanning_a_sku_ticks_one_unit_at_a_time_until_the_line_is_complete():
    soap = PackingLine(1, "Rose soap", "SOAP", 2)
    checklist = PackingChecklist(_order(soap, PackingLine(2, "Mug", "MUG", 1)))
    assert checklist.scan("soap") == (Scan.TICKED, soap)
    assert not checklist.is_done(soap) and checklist.remaining == 2
    assert checklist.scan(" SOAP ") == (Scan.TICKED, soap)
    assert checklist.is_done(soap)
    assert checklist.scan("SOAP") == (Scan.ALREADY_COMPLETE, soap)
    assert checklist.remaining == 1 and not checklist.complete
    assert checklist.scan("MUG")[0] is Scan.TICKED
    assert checklist.complete


def test_an_unknown_sku_ticks_nothing():
    checklist = PackingChecklist(_order(PackingLine(1, "Rose soap", "SOAP", 1)))
    assert checklist.scan("TEA") == (Scan.NOT_IN_ORDER, None)
    assert checklist.scan("") == (Scan.NOT_IN_ORDER, None)  # a one-off line without SKU is never matched
    assert checklist.remaining == 1


def test_clicking_a_line_ticks_one_unit_and_clicking_a_complete_line_clears_it():
    checklist = PackingChecklist(_order(PackingLine(1, "Tea", "", 3)))
    checklist.toggle(1)
    assert checklist.remaining == 2 and not checklist.complete  # one click never packs three units
    checklist.toggle(1)
    checklist.toggle(1)
    assert checklist.complete
    checklist.toggle(1)
    assert checklist.remaining == 3


def test_an_order_without_lines_is_never_complete():
    assert not PackingChecklist(_order()).complete
