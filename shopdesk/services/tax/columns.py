"""How an order's tax is written on its row and its lines (the column names), and read back as ``LineTax``."""

from __future__ import annotations

from shopdesk.services.tax.rules import LineTax, OrderTax


def order_columns(taxed: OrderTax | None) -> dict:
    """The ``shop_order`` tax columns of an order placed with ``taxed`` (None: no tax, all empty)."""
    if taxed is None:
        return {}
    shipping = taxed.shipping
    return {
        "tax_minor": taxed.tax_minor,
        "prices_include_tax": taxed.prices_include_tax,
        "shipping_tax_rate": shipping.rate_code if shipping else "",
        "shipping_tax_kind": shipping.kind if shipping else "",
        "shipping_tax_basis_points": shipping.basis_points if shipping else None,
        "shipping_tax_minor": shipping.tax_minor if shipping else None,
    }


def line_columns(taxed: OrderTax | None, index: int) -> dict:
    """The ``order_line`` tax columns of line ``index``."""
    if taxed is None:
        return {}
    line = taxed.lines[index]
    return {
        "tax_rate": line.rate_code,
        "tax_kind": line.kind,
        "tax_basis_points": line.basis_points,
        "net_minor": line.net_minor,
        "tax_minor": line.tax_minor,
    }


def stored_line(rate_code: str, kind: str, basis_points: int, net_minor: int, tax_minor: int) -> LineTax:
    return LineTax(rate_code, kind, basis_points, net_minor, tax_minor, net_minor + tax_minor)


def stored_shipping(order) -> LineTax | None:  # noqa: ANN001 - a shop_order row with its tax columns
    """The shipping of a taxed order as it was taxed, or None (no shipping, or an untaxed order)."""
    if order.tax_minor is None or not order.shipping_minor:
        return None
    tax = order.shipping_tax_minor or 0
    gross = order.shipping_minor if order.prices_include_tax else order.shipping_minor + tax
    points = order.shipping_tax_basis_points or 0
    return LineTax(order.shipping_tax_rate, order.shipping_tax_kind, points, gross - tax, tax, gross)
