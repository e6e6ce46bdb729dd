"""Screens of editing an order, for docs/screenshots: the order's page with its history of edits (paid, then
re-opened by an edit: its balance due, its VAT and the invoice issued anew), the order form
in edit mode, and the form telling a second desk that the order changed meanwhile (``screenshots.py`` calls this
in each language)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

_NOTES = {
    "en": ("Gift wrap, please", "Call before delivery"),
    "ar": ("تغليف هدية من فضلك", "اتصل قبل التسليم"),
    "fa": ("لطفاً کادوپیچ شود", "پیش از تحویل تماس بگیرید"),
}
_DESKS = {"en": ("Sara", "Omar"), "ar": ("سارة", "عمر"), "fa": ("سارا", "رضا")}


def order_edit_screens(window, out_dir: Path, language: str) -> list[Path]:  # noqa: ANN001
    from shopdesk.services.order_rows import LineDraft, OrderDraft, draft_from_detail
    from shopdesk.views.order_form import QTY

    services = window._services
    customer = services.customers.newest_customers(limit=1)[0]
    products = services.products.list_products()[:3]
    notes, other_notes = _NOTES[language]
    first, second = _DESKS[language]
    placed = services.orders.place_order(
        OrderDraft(
            lines=tuple(LineDraft("", 1, p.price_minor, product_id=p.id) for p in products[:2]),
            customer_id=customer.id,
            shipping_minor=1500,
            channel="website",
        )
    )
    edits = services.order_edits

    def edit(by: str, **changes) -> None:  # noqa: ANN003
        detail = services.orders.get_order(placed.id)
        edits.edit_order(placed.id, detail.version, replace(draft_from_detail(detail), **changes), by=by)

    saved = draft_from_detail(services.orders.get_order(placed.id))
    edit(first, lines=(replace(saved.lines[0], quantity=3), saved.lines[1]), notes=notes)
    extra = LineDraft("", 1, products[2].price_minor, product_id=products[2].id)
    edit(second, lines=(replace(saved.lines[0], quantity=3), saved.lines[1], extra), shipping_minor=0)
    services.orders.change_status([placed.id], "paid")
    # paid in full, then a third item added: the balance is due again, the invoice credited and issued anew
    more = (replace(saved.lines[0], quantity=3), saved.lines[1], extra, replace(extra, quantity=1))
    edit(second, lines=more)
    written = []
    window.show_area("orders")
    view = window.orders_view
    view.model.reload()
    view.open_order(placed.id)
    page = view.order_page
    page.resize(QSize(860, 900))
    QApplication.processEvents()
    written.append(out_dir / f"order_page_history_{language}.png")
    page.grab().save(str(written[-1]))
    # the order form in edit mode, a quantity being changed
    page.open_edit()
    form = page.edit_dialog
    form.lines.item(1, QTY).setText(window.formatter.integer(2))
    form.resize(QSize(960, 900))
    QApplication.processEvents()
    written.append(out_dir / f"order_edit_{language}.png")
    form.grab().save(str(written[-1]))
    # meanwhile another desk changed the notes: this desk is told, and keeps what it typed
    edit(first, notes=other_notes)
    form.save()
    QApplication.processEvents()
    written.append(out_dir / f"order_edit_conflict_{language}.png")
    form.grab().save(str(written[-1]))
    form.close_without_asking()
    page.reject()
    QApplication.processEvents()
    return written
