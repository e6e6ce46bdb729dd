"""Screens of VAT, for docs/screenshots (``screenshots.py`` calls this in each language, on the Saudi demo shop,
which is registered for VAT): the VAT report tab of Summaries, the catalogue's VAT rates and a business customer's
VAT number refused by the Saudi rule, the print studio previewing receipts and the order page's "Print receipt…"
and "Print invoice…"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication


def tax_screens(window, out_dir: Path, language: str) -> list[Path]:  # noqa: ANN001
    written = []
    window.show_area("summaries")
    page = window.page("summaries")
    page.period.setCurrentIndex(page.period.findData("this_quarter"))
    page.wait()
    if page.show_tax_report():
        QApplication.processEvents()
        path = out_dir / f"main_summaries_tax_{language}.png"
        window.grab().save(str(path))
        written.append(path)
        page.tabs.setCurrentIndex(0)
    page.period.setCurrentIndex(page.period.findData("this_month"))
    page.wait()
    written.append(_catalogue(window, out_dir / f"catalogue_tax_{language}.png"))
    written.append(_customer_vat(window, out_dir / f"customer_vat_{language}.png"))
    written.append(_print_receipts(window, out_dir / f"print_tax_{language}.png"))
    written.append(_order_page(window, out_dir / f"order_page_tax_{language}.png"))
    return written


def _print_receipts(window, path: Path) -> Path:  # noqa: ANN001
    from shopdesk.screenshots import show_preview

    services = window._services
    window.show_area("print")
    view = window.page("print")
    paid = services.prints.order_ids(status="paid")[:2]
    view.numbers.setText(", ".join(str(services.orders.get_order(i).row.number) for i in paid))
    view.numbers.textEdited.emit(view.numbers.text())
    view.document.setCurrentIndex(view.document.findData("receipts"))
    show_preview(view)
    window.grab().save(str(path))
    view.document.setCurrentIndex(view.document.findData("inserts"))
    return path


def _order_page(window, path: Path) -> Path:  # noqa: ANN001
    window.show_area("orders")
    view = window.orders_view
    view.open_order(view.model.row(0).id)
    page = view.order_page
    QApplication.processEvents()
    page.grab().save(str(path))
    page.reject()
    QApplication.processEvents()
    return path


def _catalogue(window, path: Path) -> Path:  # noqa: ANN001
    window.show_area("orders")
    view = window.orders_view
    view.open_catalogue()
    dialog = view.catalogue
    combo = dialog.rate_combo(1)
    combo.setCurrentIndex(combo.findData("zero"))  # shown chosen, not saved
    QApplication.processEvents()
    dialog.grab().save(str(path))
    dialog.close_without_asking()  # nothing saved: the demo's catalogue stays as it was
    QApplication.processEvents()
    return path


def _customer_vat(window, path: Path) -> Path:  # noqa: ANN001
    window.show_area("customers")
    view = window.page("customers")
    view.open_new_customer()
    dialog = view.dialog
    dialog.name.setText(
        {"en": "Golnar Trading", "ar": "شركة جلنار التجارية", "fa": "بازرگانی گلنار"}.get(
            window.display.language, "Golnar Trading"
        )
    )
    dialog.vat_number.setText("310122393500004")
    dialog.save()  # refused: it ends with 4
    QApplication.processEvents()
    dialog.grab().save(str(path))
    dialog.close_without_asking()
    QApplication.processEvents()
    return path
