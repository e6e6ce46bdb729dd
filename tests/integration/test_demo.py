"""The demo shop is realistic: three scripts, valid phones, every status, a year and a half of orders."""

import json
import subprocess
import sys
from collections import Counter
from datetime import datetime, timedelta
from decimal import Decimal

import phonenumbers
import pytest
from sqlalchemy import func, text
from sqlmodel import select

from shopdesk.db.models import Customer, Order, OrderEvent
from shopdesk.services.demo import RealShopData, build_demo, holds_real_shop_data
from shopdesk.services.order_rows import CHANNELS, STATUSES, OrderQuery
from shopdesk.services.orders import OrderService
from shopdesk.services.text import search_key


def test_demo_data_covers_every_status_channel_and_script(database):
    summary = build_demo(database.engine, customers=120, orders=2000, seed=11)
    assert summary.orders == 2000
    with database.unit_of_work() as uow:
        statuses = Counter(uow.session.exec(select(Order.status)).all())
        channels = set(uow.session.exec(select(Order.channel)).all())
        customers = uow.session.exec(select(Customer)).all()
        first, last = uow.session.exec(select(func.min(Order.created_at), func.max(Order.created_at))).one()
        numbers = uow.session.exec(select(Order.number).order_by(Order.number)).all()
        events = uow.session.exec(select(func.count()).select_from(OrderEvent)).one()
    assert set(statuses) == set(STATUSES)
    assert channels == set(CHANNELS)
    assert (last - first).days > 500
    assert numbers == list(range(1001, 3001))
    assert events >= 2000
    scripts = Counter(
        "fa"
        if any(c in "پچژگکی" for c in c.name)
        else "ar"
        if any("\u0600" <= ch <= "\u06ff" for ch in c.name)
        else "en"
        for c in customers
    )
    assert all(scripts[s] > 5 for s in ("ar", "fa", "en")), scripts
    for customer in customers:
        assert phonenumbers.is_valid_number(phonenumbers.parse(customer.phone)), customer.phone
        assert customer.name_key == search_key(customer.name)


def test_the_same_seed_builds_the_same_shop(database):
    build_demo(database.engine, customers=30, orders=100, seed=5)
    first = [row.number for row in OrderService(database.unit_of_work).page(OrderQuery(), limit=100)]
    with database.engine.connect() as conn:
        names = conn.execute(text("SELECT name FROM customer ORDER BY id")).scalars().all()
    build_demo(database.engine, customers=30, orders=100, seed=5)
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM customer ORDER BY id")).scalars().all() == names
    assert [row.number for row in OrderService(database.unit_of_work).page(OrderQuery(), limit=100)] == first


def test_a_shops_own_settings_products_or_customers_are_never_replaced_by_a_demo(database):
    from shopdesk.db.models import Product
    from shopdesk.services.settings import SettingsService, ShopSettings

    assert not holds_real_shop_data(database.engine)  # a new, empty database may become a demo
    SettingsService(database.unit_of_work).save(ShopSettings(shop_name="My real shop", currency="AED"))
    with pytest.raises(RealShopData):
        build_demo(database.engine, customers=5, orders=10)
    assert SettingsService(database.unit_of_work).load().shop_name == "My real shop"
    with database.unit_of_work() as uow:
        uow.session.add(Product(sku="MINE", name_en="My product", price_minor=100))
        uow.commit()
    with pytest.raises(RealShopData):
        build_demo(database.engine, customers=5, orders=10)
    with database.unit_of_work() as uow:
        assert uow.session.exec(select(Product.sku)).all() == ["MINE"]


def test_a_demo_becomes_real_once_someone_works_in_it(database):
    from shopdesk.services.order_rows import LineDraft, OrderDraft

    build_demo(database.engine, customers=5, orders=10)
    build_demo(database.engine, customers=5, orders=10)  # a demo may replace a demo
    OrderService(database.unit_of_work).place_order(OrderDraft(lines=(LineDraft("Real sale", 1, 500),)))
    assert holds_real_shop_data(database.engine)
    with pytest.raises(RealShopData):
        build_demo(database.engine, customers=5, orders=10)
    assert OrderService(database.unit_of_work).count() == 11


def test_the_demo_command_refuses_real_data_and_backs_up_before_a_forced_replace(tmp_path, data_dir):
    db = tmp_path / "shop.sqlite3"
    run = [sys.executable, "-m", "shopdesk", "--db", str(db), "demo", "--customers", "5", "--orders", "20", "--json"]
    built = subprocess.run(run, capture_output=True, text=True, check=True)
    assert json.loads(built.stdout)["orders"] == 20
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE setting SET value = 'My shop', updated_at = '2999-01-01 00:00:00' WHERE key='shop_name'")
    refused = subprocess.run(run, capture_output=True, text=True)
    assert refused.returncode == 1
    assert "refusing" in refused.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT value FROM setting WHERE key='shop_name'").fetchone() == ("My shop",)
    forced = subprocess.run([*run, "--force"], capture_output=True, text=True, check=True)
    assert "backed up" in forced.stderr
    [backup] = (data_dir / "backups").glob("*before-demo*.sqlite3")
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT value FROM setting WHERE key='shop_name'").fetchone() == ("My shop",)


def test_orders_are_paged_newest_first_by_key_without_gaps_or_repeats(demo_database):
    service = OrderService(demo_database.unit_of_work)
    seen, after = [], None
    while True:
        page = service.page(OrderQuery(), limit=37, after=after)
        if not page:
            break
        seen.extend(page)
        after = (page[-1].created_at, page[-1].id)
    assert len(seen) == service.count() == 450
    assert len({row.id for row in seen}) == 450
    keys = [(row.created_at, row.id) for row in seen]
    assert keys == sorted(keys, reverse=True)


@pytest.mark.parametrize(
    ("country", "currency", "language", "weekend"),
    [("SA", "SAR", "ar", (5, 6)), ("AE", "AED", "ar", (6, 7)), ("IR", "IRR", "fa", (5,))],
)
def test_a_demo_shop_lives_in_its_country(database, country, currency, language, weekend):
    from shopdesk.services.registry import build_services

    summary = build_demo(database.engine, customers=80, orders=200, seed=3, country=country)
    assert summary.country == country
    services = build_services(database.unit_of_work)
    settings = services.settings.load()
    assert (settings.country, settings.currency) == (country, currency)
    assert services.follow_ups.targets().weekend == weekend  # the country's weekend, from its setting
    with database.unit_of_work() as uow:
        customers = uow.session.exec(select(Customer)).all()
        currencies = set(uow.session.exec(select(Order.currency)).all())
    assert currencies == {currency}
    assert {phonenumbers.region_code_for_number(phonenumbers.parse(c.phone)) for c in customers} == {country}
    languages = Counter(c.language for c in customers)
    assert languages.most_common(1)[0][0] == language
    assert languages[language] > len(customers) / 2
    assert languages["en"] > 0


def test_the_demo_command_takes_a_country_and_says_it(tmp_path, data_dir):
    db = tmp_path / "shop.sqlite3"
    run = [sys.executable, "-m", "shopdesk", "--db", str(db), "demo", "--customers", "5", "--orders", "20", "--json"]
    assert json.loads(subprocess.run(run, capture_output=True, text=True, check=True).stdout)["country"] == "SA"
    built = subprocess.run([*run, "--country", "ir"], capture_output=True, text=True, check=True)
    assert json.loads(built.stdout) == {
        "database": str(db),
        "customers": 5,
        "products": 16,
        "orders": 20,
        "country": "IR",
    }
    refused = subprocess.run([*run, "--country", "US"], capture_output=True, text=True)
    assert refused.returncode == 2
    assert "--country" in refused.stderr
    assert "Traceback" not in refused.stderr


@pytest.mark.parametrize(("customers", "orders"), [(400, 2000), (60, 450), (120, 2000)])
def test_a_third_to_a_half_of_the_demos_customers_come_back(database, customers, orders):
    from shopdesk.services.registry import build_services

    build_demo(database.engine, customers=customers, orders=orders, seed=7)
    with database.unit_of_work() as uow:
        first, last = uow.session.exec(select(func.min(Order.created_at), func.max(Order.created_at))).one()
    figures = build_services(database.unit_of_work).summaries.figures(first.date(), last.date() + timedelta(days=1))
    assert figures.orders > orders * 0.9  # the whole span: cancelled orders aside
    assert Decimal("0.3") <= figures.repeat_purchase_rate <= Decimal("0.55"), figures


def test_the_demo_runs_every_kind_of_loyalty_program_with_cards_at_every_stage(database):
    from shopdesk.db.models import RewardCode
    from shopdesk.services.registry import build_services

    build_demo(database.engine, customers=60, orders=450, seed=3)
    loyalty = build_services(database.unit_of_work).loyalty
    programs = {p.kind: p.id for p in loyalty.programs()}
    assert set(programs) == {"punch", "points", "tiers", "referral", "birthday"}
    with database.unit_of_work() as uow:
        customer_ids = uow.session.exec(select(Customer.id)).all()
        codes = uow.session.exec(select(RewardCode)).all()
    stages = {card.stamps for cid in customer_ids for card in loyalty.cards(cid)}
    assert set(range(6)) <= stages, stages  # an empty card, one stamp … one short of a reward
    assert any(state.balance >= state.min_redeem for cid in customer_ids for state in loyalty.points(cid))
    assert {loyalty.tier(cid).level.name for cid in customer_ids if loyalty.tier(cid).level} == {"Silver", "Gold"}
    used = [code for code in codes if code.redeemed_order_id is not None]
    assert used and len(used) < len(codes)  # rewards issued, some used, some still to use
    kinds = Counter(code.program_id for code in codes)
    assert kinds[programs["punch"]] and kinds[programs["referral"]] >= 2  # a friend's reward and the referrer's
    assert any(code.program_id == programs["points"] for code in used)  # points turned into a reward and spent
    build_demo(database.engine, customers=60, orders=450, seed=3)  # rebuilt: the same programs, none twice
    assert sorted(p.kind for p in loyalty.programs()) == sorted(programs)


def test_the_demo_command_rebuilds_and_its_most_frequent_customer_has_a_card_or_points(tmp_path, data_dir):
    db = tmp_path / "shop.sqlite3"
    run = [sys.executable, "-m", "shopdesk", "--db", str(db), "demo", "--customers", "60", "--orders", "450", "--json"]
    for _ in range(2):  # a new file, then the same file again
        assert json.loads(subprocess.run(run, capture_output=True, text=True, check=True).stdout)["orders"] == 450
    import sqlite3

    with sqlite3.connect(db) as conn:
        (most,) = conn.execute(
            "SELECT customer_id FROM shop_order WHERE customer_id IS NOT NULL "
            "GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    shown = subprocess.run(
        [sys.executable, "-m", "shopdesk", "--db", str(db), "loyalty", "show", str(most), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    card = json.loads(shown.stdout)
    assert any(c["stamps"] for c in card["cards"]) or any(p["balance"] for p in card["points"]), card
    returns = subprocess.run(
        [sys.executable, "-m", "shopdesk", "--db", str(db), "returns", "list", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert len({row["status"] for row in json.loads(returns.stdout)}) >= 5


def test_the_demo_has_returns_in_every_state_feedback_promises_and_printed_inserts(database):
    from datetime import date

    from shopdesk.services.registry import build_services

    build_demo(database.engine, customers=60, orders=450, seed=3)
    services = build_services(database.unit_of_work)
    statuses = Counter(row.status for row in services.returns.list_returns())
    assert set(statuses) == {
        "requested",
        "approved",
        "rejected",
        "received",
        "inspected",
        "refunded",
        "credited",
        "exchanged",
        "closed",
    }, statuses
    with database.unit_of_work() as uow:
        first = uow.session.exec(select(func.min(Order.created_at))).one()
    figures = services.summaries.figures(first.date(), date.today() + timedelta(days=1))
    assert figures.nps is not None and figures.csat is not None
    assert figures.reviews > 0 and figures.inserts_printed > 0 and figures.refunds_minor > 0
    queue = [row for row in services.follow_ups.queue() if row.kind == "promise"]
    overdue = [row for row in queue if row.due_at.astimezone() < datetime.now().astimezone()]
    assert 0 < len(overdue) < len(queue) / 2  # some overdue, most not
    assert all(row.what and row.owner for row in queue)
    assert OrderService(database.unit_of_work).count() == 450  # exchanges' new orders are among the demo's


def test_demo_orders_are_paid_by_payments_some_cash_on_delivery_still_due_and_some_in_part(demo_database):
    with demo_database.engine.connect() as connection:
        orders = connection.execute(
            text(
                "SELECT o.id, o.status, o.payment_method, o.total_minor, o.paid_minor, "
                "COALESCE(SUM(CASE WHEN p.kind = 'payment' THEN p.amount_minor END), 0), COUNT(p.id) "
                "FROM shop_order o LEFT JOIN payment p ON p.order_id = o.id GROUP BY o.id"
            )
        ).all()
        unpaid_steps = connection.execute(
            text(
                "SELECT COUNT(*) FROM order_event e JOIN shop_order o ON o.id = e.order_id "
                "WHERE e.to_status = 'paid' AND o.paid_minor = 0"
            )
        ).scalar()
    assert all(paid == rows_paid for _id, _s, _m, _t, paid, rows_paid, _n in orders)  # paid is the sum of payments
    assert all(n > 0 for _id, _s, _m, _t, paid, _r, n in orders if paid > 0)  # a paid order has its history
    due_on_delivery = [o for o in orders if o[2] == "cash_on_delivery" and o[1] in ("packed", "shipped") and o[4] == 0]
    in_part = [o for o in orders if 0 < o[4] < o[3]]
    assert due_on_delivery and in_part and all(o[1] == "new" for o in in_part)
    assert all(o[4] == o[3] for o in orders if o[1] in ("paid", "delivered"))
    assert unpaid_steps == 0  # an order still due never went through "paid"


def test_every_cancelled_invoiced_demo_order_has_its_credit_note_and_the_tax_report_is_their_sum(database):
    from shopdesk.db.models import TaxDocument
    from shopdesk.services.registry import build_services
    from shopdesk.services.tax.report import TaxReportService

    build_demo(database.engine, customers=60, orders=300, seed=3, country="SA")
    with database.unit_of_work() as uow:
        orders = dict(uow.session.exec(select(Order.id, Order.status)).all())
        documents = uow.session.exec(select(TaxDocument)).all()
    invoices = {d.order_id: d for d in documents if d.kind == "invoice"}
    notes = [d for d in documents if d.kind == "credit_note" and d.reason == "cancelled"]
    cancelled = {order_id for order_id, status in orders.items() if status == "cancelled"}
    assert len(cancelled) >= 5 and cancelled <= set(invoices)  # each was placed (invoiced), then cancelled
    assert sorted(n.order_id for n in notes) == sorted(cancelled)  # one credit note each
    for note in notes:
        invoice = invoices[note.order_id]
        assert note.invoice_id == invoice.id and note.issued_at >= invoice.issued_at
        assert (note.net_minor, note.tax_minor, note.gross_minor) == (
            invoice.net_minor,
            invoice.tax_minor,
            invoice.gross_minor,
        )
    for kind in ("invoice", "credit_note"):  # numbered without gaps
        assert sorted(d.number for d in documents if d.kind == kind) == list(
            range(1, 1 + sum(d.kind == kind for d in documents))
        )
    first = min(d.issued_at for d in documents).date()
    report = TaxReportService(database.unit_of_work).report(first, datetime.now().date() + timedelta(days=2))
    assert report.output_tax_minor == sum(d.tax_minor for d in documents if d.kind == "invoice")
    assert report.credited_tax_minor == sum(d.tax_minor for d in documents if d.kind == "credit_note")
    assert report.credit_notes == sum(d.kind == "credit_note" for d in documents)
    # the next cancellation goes on numbering after the demo's
    services = build_services(database.unit_of_work)
    live = next(order_id for order_id, status in orders.items() if status == "new")
    services.orders.change_status([live], "cancelled")
    (note,) = services.tax.credit_notes([live])
    assert note.number == sum(d.kind == "credit_note" for d in documents) + 1
