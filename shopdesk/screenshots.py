"""Render the application's screens to PNG in each language (for docs/screenshots and for looking at them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

SIZE = QSize(1100, 680)


def render_all_screens(*, database_url: str, out_dir: Path) -> list[Path]:
    """Start the real application once and grab its screens in en, ar and fa; returns the files written."""
    from shopdesk.app import Application
    from shopdesk.screenshot_edits import order_edit_screens
    from shopdesk.screenshot_tax import tax_screens

    app = Application(database_url=database_url, language="en")
    window = app.window
    window.resize(SIZE)
    app.start()
    app.connect_database()
    written = []
    for language in ("en", "ar", "fa"):
        window.apply_display(app.preferences.display_for(language))
        for area in ("orders", "customers", "settings", "summaries"):
            window.show_area(area)
            if area == "customers":
                view = window.page("customers")
                view.search.setText("")
                view.refresh_list()
                busiest = max(range(min(view.results.count(), 60)), key=lambda row: _orders_of(view, row))
                view.results.setCurrentRow(busiest)
                _settle(view)
            if area == "summaries":
                window.page("summaries").wait()  # its figures are read off the GUI thread
            QApplication.processEvents()
            path = out_dir / f"main_{area}_{language}.png"
            window.grab().save(str(path))
            written.append(path)
            if area == "summaries":  # the charts and the cohort table lie below the tiles
                for part in ("charts", "cohorts"):
                    written.append(_summaries_below(window, part, out_dir / f"main_summaries_{part}_{language}.png"))
        written.append(_order_form(window, out_dir / f"order_form_{language}.png"))
        written.append(_dialog(window, "catalogue", out_dir / f"catalogue_{language}.png"))
        written.append(_dialog(window, "order_page", out_dir / f"order_page_{language}.png"))
        written += _print_screens(window, out_dir, language)
        written += _returns_screens(window, out_dir, language)
        written += _loyalty_screens(window, out_dir, language)
        written += _follow_up_screens(window, out_dir, language)
        written += _backup_screens(window, out_dir, language)
        written += _import_screens(window, out_dir, language)
        written.append(_about(window, out_dir / f"about_{language}.png"))
        written += address_screens(window, out_dir, language)
        written += order_edit_screens(window, out_dir, language)
        written += tax_screens(window, out_dir, language)
    # Last: once the owner exists, privileged screens ask for a PIN.
    for language in ("en", "ar", "fa"):
        window.apply_display(app.preferences.display_for(language))
        written += _accounts_screens(window, out_dir, language)
    window.close()
    return written


def _settle(widget) -> None:  # noqa: ANN001
    """Process events until ``widget``'s children stop moving: word-wrapped text (the loyalty cards) takes a few
    layout passes to find its height."""
    from PySide6.QtWidgets import QWidget

    before = None
    for _ in range(20):
        QApplication.processEvents()
        now = [child.geometry().getRect() for child in widget.findChildren(QWidget) if child.isVisible()]
        if now == before:
            return
        before = now


def _summaries_below(window, part: str, path: Path) -> Path:  # noqa: ANN001
    page = window.page("summaries")
    bar = page.scroll.verticalScrollBar()
    bar.setValue((page.revenue_chart if part == "charts" else page.cohorts_title).y())
    QApplication.processEvents()
    window.grab().save(str(path))
    bar.setValue(0)
    return path


def _orders_of(view, row: int) -> int:  # noqa: ANN001
    customer = view.results.item(row).data(0x0100)
    return view._customers.get_profile(customer.id, history=0).figures.orders


def _order_form(window, path: Path) -> Path:  # noqa: ANN001
    window.show_area("orders")
    view = window.orders_view
    view.open_order_form()
    form = view.order_form
    names = {"en": "Sara", "ar": "خالد", "fa": "مهسا"}
    form.customer_search.setText(names[window.display.language])
    form._on_search_timer_timeout()
    products = form._products
    form.set_line(0, item=products[0].name(window.display.language), quantity="2")
    row = form.add_line()
    form.set_line(row, item=products[4].name(window.display.language), quantity="1")
    form.shipping.setText("5")
    QApplication.processEvents()
    form.grab().save(str(path))
    form.close_without_asking()
    return path


def _about(window, path: Path) -> Path:  # noqa: ANN001
    window.about_action.trigger()
    QApplication.processEvents()
    window.about_dialog.grab().save(str(path))
    window.about_dialog.reject()
    QApplication.processEvents()
    return path


def _dialog(window, which: str, path: Path) -> Path:  # noqa: ANN001
    window.show_area("orders")
    view = window.orders_view
    if which == "catalogue":
        view.open_catalogue()
        dialog = view.catalogue
    else:
        view.open_order(view.model.row(0).id)
        dialog = view.order_page
    QApplication.processEvents()
    dialog.grab().save(str(path))
    dialog.reject()
    QApplication.processEvents()
    return path


def show_preview(view) -> None:  # noqa: ANN001 - a PrintView
    """Make the print studio's preview and wait (at most 20 s) until it is ready and its pages are drawn."""
    import time

    view.preview()
    deadline = time.monotonic() + 20
    while view.ready is None and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    for _ in range(20):  # let the preview draw its pages
        QApplication.processEvents()
        time.sleep(0.02)


def _print_screens(window, out_dir: Path, language: str) -> list[Path]:  # noqa: ANN001
    """The Print page with a preview, its messages editor, and the packing station with an order open."""
    services = window._services
    window.show_area("print")
    view = window.page("print")
    paid = services.prints.order_ids(status="paid")[:2]
    numbers = [services.orders.get_order(order_id).row.number for order_id in paid]
    view.numbers.setText(", ".join(map(str, numbers)))
    view.numbers.textEdited.emit(view.numbers.text())
    show_preview(view)
    written = [out_dir / f"print_{language}.png"]
    window.grab().save(str(written[-1]))
    view.open_messages()
    dialog = view.messages_dialog
    dialog.language.setCurrentIndex(max(0, dialog.language.findData(language)))
    dialog.resize(QSize(860, 540))
    QApplication.processEvents()
    written.append(out_dir / f"print_messages_{language}.png")
    dialog.grab().save(str(written[-1]))
    dialog.close()
    window.show_area("packing")
    station = window.page("packing")
    station.open_order(str(numbers[-1]))
    if station.checklist is not None and station.checklist.order.lines:
        station.checklist.toggle(station.checklist.order.lines[0].line_id)
        station._fill_items()
    QApplication.processEvents()
    written.append(out_dir / f"packing_station_{language}.png")
    window.grab().save(str(written[-1]))
    station.checklist = None
    return written


def _returns_screens(window, out_dir: Path, language: str) -> list[Path]:  # noqa: ANN001
    """The Returns area with a return open, and the dialog that starts one (a delivered order of the demo)."""
    services = window._services
    window.show_area("returns")
    page = window.page("returns")
    if not services.returns.list_returns():
        from shopdesk.services.return_records import ReturnDraft

        delivered = services.prints.order_ids(status="delivered")[-3:]
        for order_id, (reason, steps) in zip(
            delivered,
            (("damaged", ("approved", "received")), ("wrong_size", ()), ("changed_mind", ("approved",))),
            strict=False,
        ):
            line = services.returns.returnable(order_id).lines[0]
            return_id = services.returns.request_return(
                ReturnDraft(order_id, {line.line_id: 1}, reason, override_reason="demo")
            )
            for step in steps:
                getattr(services.returns, {"approved": "approve", "received": "receive"}[step])(return_id, actor="Sara")
        page.refresh()
    page.table.selectRow(0)
    QApplication.processEvents()
    written = [out_dir / f"returns_{language}.png"]
    window.grab().save(str(written[-1]))
    delivered = services.prints.order_ids(status="delivered")[0]
    page.start_return(delivered)
    dialog = page.return_dialog
    dialog.set_quantity(0, 1)
    QApplication.processEvents()
    written.append(out_dir / f"return_dialog_{language}.png")
    dialog.grab().save(str(written[-1]))
    dialog.close_without_asking()
    QApplication.processEvents()
    return written


def _loyalty_screens(window, out_dir: Path, language: str) -> list[Path]:  # noqa: ANN001
    """The Loyalty area (a punch card, then the tiers table), a customer's profile with their card, points, tier
    and rewards, the loyalty history, and the order form offering points and the tier's discount."""
    from shopdesk.services.loyalty_rules import Birthday, Points, PunchCard, Referral, Tier, Tiers

    services = window._services
    if not services.loyalty.programs():
        program = services.loyalty.save_program("Golnar card", PunchCard(stamps_to_fill=7, daily_limit=1))
        points = services.loyalty.save_program("Golnar points", Points(per_amount_minor=1000, min_redeem=20))
        services.loyalty.save_program(
            "Golnar club",
            Tiers(levels=(Tier("Silver", 0), Tier("Gold", 50_000, extra_stamps=1, discount_percent=5))),
        )
        services.loyalty.save_program("Bring a friend", Referral(referrer_reward="fixed", referrer_value=2000))
        services.loyalty.save_program("Birthday", Birthday(reward="percent", reward_value=15))
        for customer in services.customers.newest_customers(limit=6):
            services.loyalty.adjust(customer.id, program, 6 if customer.id % 2 else 3, "paper card")
            services.loyalty.adjust(customer.id, points, 80, "welcome gift")
    window.show_area("loyalty")
    page = window.page("loyalty")
    page.refresh()
    page.programs.setCurrentRow(0)
    QApplication.processEvents()
    written = [out_dir / f"loyalty_{language}.png"]
    window.grab().save(str(written[-1]))
    page.programs.setCurrentRow(2)
    QApplication.processEvents()
    written.append(out_dir / f"loyalty_tiers_{language}.png")
    window.grab().save(str(written[-1]))
    window.show_area("customers")
    customers = window.page("customers")
    customers.search.setText("")
    customers.refresh_list()
    customers.results.setCurrentRow(0)
    _settle(customers)
    written.append(out_dir / f"customer_loyalty_{language}.png")
    window.grab().save(str(written[-1]))
    customers.open_loyalty_history()
    dialog = customers.loyalty_history_dialog
    QApplication.processEvents()
    written.append(out_dir / f"loyalty_history_{language}.png")
    dialog.grab().save(str(written[-1]))
    dialog.reject()
    QApplication.processEvents()
    summary = services.customers.newest_customers(limit=1)[0]
    window.orders_view.open_order_form()
    form = window.orders_view.order_form
    form.choose_customer(summary)
    form.set_line(0, item="Rose soap", quantity="2", price="12.50")
    QApplication.processEvents()
    written.append(out_dir / f"order_form_loyalty_{language}.png")
    form.grab().save(str(written[-1]))
    form.close_without_asking()
    QApplication.processEvents()
    return written


def _follow_up_screens(window, out_dir: Path, language: str) -> list[Path]:  # noqa: ANN001
    """The follow-up queue with promises (one on a chat, against its response target), reorder reminders and what
    the demo shop's data calls for; the response-time targets and the message editor."""
    from dataclasses import replace
    from datetime import UTC, datetime, timedelta

    services = window._services
    if not services.follow_ups.queue():
        for product in services.products.list_products()[:4]:  # some consumables, for reorder reminders
            services.products.save_product(replace(product, reorder_days=45))
        customer = services.customers.newest_customers(limit=1)[0]
        services.follow_ups.promise(
            what="Replacement within 7 working days", owner="Sara", working_days=7, customer_id=customer.id
        )
        services.follow_ups.promise(
            what="Call back about the size", owner="Ali", due=datetime.now(UTC) - timedelta(days=1)
        )
        services.follow_ups.promise(what="Send the size chart", owner="Ali", channel="chat", customer_id=customer.id)
        services.follow_ups.generate()
    window.show_area("followups")
    QApplication.processEvents()
    written = [out_dir / f"followups_{language}.png"]
    window.grab().save(str(written[-1]))
    page = window.page("followups")
    for button, attribute, name in (
        (page.targets_button, "targets_dialog", "follow_up_targets"),
        (page.messages_button, "messages_dialog", "follow_up_messages"),
    ):
        button.click()
        dialog = getattr(page, attribute)
        if attribute == "messages_dialog":
            dialog.kind.setCurrentIndex(dialog.kind.findData("reorder"))
            dialog.language.setCurrentIndex(dialog.language.findData(language))
        QApplication.processEvents()
        written.append(out_dir / f"{name}_{language}.png")
        dialog.grab().save(str(written[-1]))
        dialog.reject()
        QApplication.processEvents()
    return written


def _backup_screens(window, out_dir: Path, language: str) -> list[Path]:  # noqa: ANN001
    """Settings → Backups with a few backups and a verified one, and the message a second copy of the app shows
    when another desk holds the database."""
    from datetime import UTC, datetime, timedelta

    from shopdesk.services.database_lock import LockHolder
    from shopdesk.views.lock_dialog import DatabaseInUseDialog

    backups = window._backups
    if backups is not None and backups.available and len(backups.list_backups()) < 2:
        for _ in range(2):
            for _step in backups.back_up():
                pass
    window.show_area("settings")
    settings = window.page("settings")
    settings.show_backups()
    view = settings.backups_view
    view.refresh()
    if view.table.rowCount():
        view.table.selectRow(0)
        view._on_verify_done(_finish(backups.verify(backups.list_backups()[0].path)))
    QApplication.processEvents()
    written = [out_dir / f"settings_backups_{language}.png"]
    window.grab().save(str(written[-1]))
    settings.tabs.setCurrentIndex(0)
    holder = LockHolder(
        host="TILL-2", pid=4242, since=datetime.now(UTC) - timedelta(hours=3), user="sara", program="shopdesk"
    )
    dialog = DatabaseInUseDialog(
        location="\\\\shop-nas\\shop\\shopdesk.sqlite3", holder=holder, formatter=window.formatter, parent=window
    )
    dialog.show()
    QApplication.processEvents()
    written.append(out_dir / f"database_in_use_{language}.png")
    dialog.grab().save(str(written[-1]))
    dialog.close()
    dialog.deleteLater()
    return written


def _import_screens(window, out_dir: Path, language: str) -> list[Path]:  # noqa: ANN001
    """Orders → Import… with a Shopify export checked: three wrong rows listed with their reasons (a price in
    words, an ambiguous date, an order number too long to keep)."""
    import csv
    import tempfile

    window.show_area("orders")
    view = window.page("orders")
    view.open_import()
    dialog = view.import_dialog
    header = ["Name", "Created at", "Financial Status", "Currency", "Lineitem quantity", "Lineitem name",
              "Lineitem price", "Billing Name", "Phone", "Email"]  # fmt: skip
    rows = [
        ["#5001", "2026-11-02 10:15:00 +0330", "paid", "USD", "2", "صابون گل سرخ", "12.50", "مهسا رضایی",
         "'+989121112233", "mahsa@example.com"],
        ["#5001", "", "", "", "1", "شمع معطر", "پنجاه", "", "", ""],
        ["#5002", "03/04/2026", "pending", "USD", "1", "عطر العود", "99.00", "فاطمة الحربي", "+966501112233", ""],
        ["#5003", "2026-11-05 18:40:00 +0300", "paid", "USD", "۳", "Candle", "8.75", "Emma Smith", "", "emma@x.io"],
        ["MKT-" + "7" * 62, "2026-11-06 09:00:00 +0300", "paid", "USD", "1", "Candle", "8.75", "Omar Haddad",
         "+966502223344", ""],
    ]  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shopify_orders.csv"
        with open(path, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)
        dialog.open_file(path)
        dialog._on_finished(window._services.imports.import_orders(path, dialog.mapping(), dry_run=True))
        dialog.path_edit.setText("shopify_orders.csv")
    dialog.resize(900, 640)
    QApplication.processEvents()
    written = [out_dir / f"import_check_{language}.png"]
    dialog.grab().save(str(written[-1]))
    dialog.close()
    return written


def _accounts_screens(window, out_dir: Path, language: str) -> list[Path]:  # noqa: ANN001
    """Settings → Accounts with the owner, two staff and a few audit entries, and the owner's PIN dialog showing the
    wait after too many wrong PINs."""
    from shopdesk.views.roles import PinDialog

    accounts = window._services.accounts
    names = {
        "en": ("Layla Haddad", "Sara", "Omid"),
        "ar": ("ليلى حداد", "سارة", "خالد"),
        "fa": ("لیلا حداد", "سارا", "امید"),
    }
    owner, *staff = names[language]
    if not accounts.has_accounts():  # the first language's owner stays the owner; staff come in each language
        accounts.create_owner(owner, "246810")
    for name in staff:
        if not any(a.name == name for a in accounts.accounts()):
            accounts.add_staff(name, "135790", by=owner)
    owner = accounts.owners()[0].name
    accounts.audit(owner, "export.orders", {"rows": 2417})
    accounts.audit(owner, "return.refund", {"return": 12, "amount_minor": 2500, "currency": "USD"})
    window.guard.unlock_as(owner)
    window.show_area("settings")
    settings = window.page("settings")
    settings.tabs.setCurrentWidget(settings.accounts_view)
    settings.accounts_view.refresh()
    settings.accounts_view.select_row(1)
    QApplication.processEvents()
    written = [out_dir / f"settings_accounts_{language}.png"]
    window.grab().save(str(written[-1]))
    settings.tabs.setCurrentIndex(0)
    dialog = PinDialog(accounts=accounts, name=owner, action="export.orders", parent=window)
    dialog.show()
    dialog._start_wait(30)
    dialog._tick.stop()
    QApplication.processEvents()
    written.append(out_dir / f"owner_pin_{language}.png")
    dialog.grab().save(str(written[-1]))
    dialog.close()
    dialog.deleteLater()
    window.guard.lock()
    return written


def _finish(steps):  # noqa: ANN001, ANN202
    """Run a background step generator to its end, here, and return its result."""
    try:
        while True:
            next(steps)
    except StopIteration as stop:
        return stop.value


_ADDRESSES = {  # where each language's screens ship to: Riyadh in English and Arabic, Tehran in Persian
    "en": dict(recipient="Sara Al-Harbi", phone="0501234567", line1="2929 King Fahd Rd", district="Al Olaya",
               city="Riyadh", postal_code="12211", country="SA", short_code="RRRD2929"),
    "ar": dict(recipient="خالد العتيبي", phone="٠٥٠١٢٣٤٥٦٧", line1="٢٩٢٩ طريق الملك فهد", district="العليا",
               city="الرياض", postal_code="١٢٢١١", country="SA", short_code="RRRD2929"),
    "fa": dict(recipient="مهسا کریمی", phone="۰۹۱۲۱۲۳۴۵۶۷", line1="خیابان ولیعصر، پلاک ۱۲", district="جردن",
               city="تهران", region="تهران", postal_code="۱۹۶۸۷-۱۳۸۱۱", country="IR"),
}  # fmt: skip
_WORK = {
    "en": dict(recipient="Sara Al-Harbi", line1="Olaya Towers, floor 9", city="Riyadh", country="SA"),
    "ar": dict(recipient="خالد العتيبي", line1="برج المملكة، الدور ٩", city="الرياض", country="SA"),
    "fa": dict(recipient="مهسا کریمی", line1="برج میلاد، طبقه ۹", city="تهران", country="IR"),
}
_LABELS = {"en": ("Home", "Work"), "ar": ("المنزل", "العمل"), "fa": ("خانه", "محل کار")}
_PERCENTS = {"en": ("10%", "5%"), "ar": ("١٠٪", "٥٪"), "fa": ("۱۰٪", "۵٪")}


def address_screens(window, out_dir: Path, language: str) -> list[Path]:  # noqa: ANN001
    """A customer's address book, the order form shipping to one of its addresses with percent discounts, and
    that order's page, in ``language``."""
    from shopdesk.services.addresses import Address, BookEntry
    from shopdesk.services.order_rows import LineDraft, OrderDraft

    services = window._services
    home, work = Address(**_ADDRESSES[language]), Address(**_WORK[language])
    customer = services.customers.newest_customers(limit=1)[0]
    labels = _LABELS[language]
    services.addresses.save_book(customer.id, [BookEntry(home, labels[0]), BookEntry(work, labels[1])])
    written = []
    # the customer's address book
    window.show_area("customers")
    customers = window.page("customers")
    customers.show_customer(customer.id)
    customers.open_edit_customer()
    dialog = customers.dialog
    dialog.address_list.setCurrentRow(1)
    QApplication.processEvents()
    written.append(out_dir / f"address_book_{language}.png")
    dialog.grab().save(str(written[-1]))
    dialog.close_without_asking()
    # the order form: the default address preselected, a different bill-to, percent discounts
    window.show_area("orders")
    view = window.orders_view
    view.open_order_form()
    form = view.order_form
    form.choose_customer(customer)
    products = form._products
    line_off, order_off = _PERCENTS[language]
    form.set_line(0, item=products[0].name(language), quantity="2", discount=line_off)
    form.order_discount.setText(order_off)
    form.channel.setCurrentIndex(form.channel.findData("website"))
    form.bill_check.setChecked(True)
    form.bill_fields.set_address(work)
    form.resize(QSize(960, 1250))  # the whole form, with no need to scroll
    QApplication.processEvents()
    written.append(out_dir / f"order_form_address_{language}.png")
    form.grab().save(str(written[-1]))
    form.close_without_asking()
    # the order's page
    placed = services.orders.place_order(
        OrderDraft(
            lines=(
                LineDraft("", 2, products[0].price_minor, product_id=products[0].id, discount_basis_points=1000),
                LineDraft("", 1, products[1].price_minor, product_id=products[1].id),
            ),
            customer_id=customer.id,
            order_discount_basis_points=500,
            channel="website",
            ship_to=home,
            bill_to=work,
        )
    )
    view.open_order(placed.id)
    page = view.order_page
    page.resize(QSize(820, 860))
    QApplication.processEvents()
    written.append(out_dir / f"order_page_address_{language}.png")
    page.grab().save(str(written[-1]))
    page.reject()
    QApplication.processEvents()
    return written
