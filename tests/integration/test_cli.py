"""The command line that scripts rely on: names, options, JSON shapes and exit codes."""

import json
import subprocess
import sys

import pytest

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.database import open_database
from shopdesk.services.order_rows import LineDraft, OrderDraft
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.sqlite3"
    database = open_database("sqlite:///" + str(path))
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="KWD", country="IR"))
    ali = services.customers.create_customer(CustomerDraft(name="علی رضایی", phone="09121234567", tags="vip"))
    first = services.orders.place_order(
        OrderDraft(lines=(LineDraft("Soap", 2, 1250),), customer_id=ali, tracking_number="1z 999")
    )
    services.orders.place_order(OrderDraft(lines=(LineDraft("Tea", 1, 3005),), channel="website"))
    services.orders.change_status([first.id], "paid")
    database.close()
    return path, ali


def _run(*args):
    return subprocess.run([sys.executable, "-m", "shopdesk", *args], capture_output=True, text=True, timeout=60)


def test_orders_list_json_gives_every_documented_key(shop):
    path, ali = shop
    done = _run("--db", str(path), "orders", "list", "--json")
    assert done.returncode == 0, done.stderr
    orders = json.loads(done.stdout)
    assert [o["number"] for o in orders] == [1002, 1001]
    first = orders[1]
    assert set(first) == {
        "id",
        "number",
        "created_at",
        "status",
        "channel",
        "currency",
        "total",
        "total_minor",
        "tracking_number",
        "customer",
        "ship_to",
        "paid",
        "paid_minor",
        "balance",
        "balance_minor",
    }
    assert (first["status"], first["total"], first["total_minor"], first["currency"]) == ("paid", "2.500", 2500, "KWD")
    assert first["created_at"].endswith("Z")
    assert first["tracking_number"] == "1Z999"
    assert first["customer"] == {"id": ali, "name": "علی رضایی", "phone": "+989121234567"}
    assert orders[0]["customer"] is None


def test_orders_list_filters_by_status_channel_and_search(shop):
    path, _ali = shop

    def numbers(*args):
        done = _run("--db", str(path), "orders", "list", *args, "--json")
        assert done.returncode == 0, done.stderr
        return [o["number"] for o in json.loads(done.stdout)]

    assert numbers("--status", "paid") == [1001]
    assert numbers("--status", "new", "--status", "paid") == [1002, 1001]
    assert numbers("--channel", "website") == [1002]
    assert numbers("--search", "علي") == [1001]
    assert numbers("--search", "۱۰۰۲") == [1002]
    assert numbers("--limit", "1") == [1002]
    assert numbers("--from", "2000-01-01", "--to", "2000-12-31") == []


def test_an_unknown_status_is_refused_with_the_choices(shop):
    path, _ali = shop
    done = _run("--db", str(path), "orders", "list", "--status", "lost")
    assert done.returncode == 2
    assert "invalid choice" in done.stderr and "delivered" in done.stderr


def test_customer_show_finds_by_phone_in_any_digits_and_gives_the_figures(shop):
    path, ali = shop
    done = _run("--db", str(path), "customer", "show", "۰۹۱۲۱۲۳۴۵۶۷", "--json")
    assert done.returncode == 0, done.stderr
    customer = json.loads(done.stdout)
    assert customer["id"] == ali and customer["tags"] == ["vip"] and customer["currency"] == "KWD"
    assert customer["figures"]["orders"] == 1
    assert customer["figures"]["total_spent"] == "2.500"
    assert customer["figures"]["average_order_value_minor"] == 2500
    assert customer["figures"]["days_since_last_order"] == 0
    assert customer["figures"]["orders_in_other_currencies"] == 0
    assert [o["number"] for o in customer["recent_orders"]] == [1001]
    by_id = json.loads(_run("--db", str(path), "customer", "show", str(ali), "--json").stdout)
    assert by_id == customer


def test_customer_show_of_nobody_exits_1_with_a_message(shop):
    path, _ali = shop
    done = _run("--db", str(path), "customer", "show", "+98 935 000 0000", "--json")
    assert done.returncode == 1
    assert "no customer" in done.stderr and done.stdout == ""


def test_print_inserts_writes_a_pdf_and_records_the_print(shop, tmp_path):
    path, _ali = shop
    out = tmp_path / "inserts.pdf"
    done = _run(
        "--db", str(path), "print", "inserts", "--orders", "۱۰۰۱,1002", "--size", "a6", "--out", str(out), "--json"
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"out": str(out), "document": "inserts", "size": "a6", "documents": 2}
    assert out.read_bytes().startswith(b"%PDF")
    database = open_database("sqlite:///" + str(path))
    try:
        prints = build_services(database.unit_of_work).prints
        assert prints.print_counts(prints.order_ids(numbers=[1001, 1002]), "inserts") == {1: 1, 2: 1}
    finally:
        database.close()


def test_print_names_unknown_orders_and_writes_nothing(shop, tmp_path):
    path, _ali = shop
    out = tmp_path / "nothing.pdf"
    done = _run("--db", str(path), "print", "notes", "--orders", "1001,4242", "--out", str(out))
    assert done.returncode == 1 and "4242" in done.stderr
    assert not out.exists()
    empty = _run("--db", str(path), "print", "notes", "--status", "packed", "--out", str(out))
    assert empty.returncode == 1 and "packed" in empty.stderr
    bad = _run("--db", str(path), "print", "notes", "--orders", "10x1", "--out", str(out))
    assert bad.returncode == 2 and "10x1" in bad.stderr


def test_returns_list_json_gives_every_documented_key(shop):
    path, ali = shop
    database = open_database("sqlite:///" + str(path))
    try:
        from shopdesk.services.return_records import ReturnDraft

        services = build_services(database.unit_of_work)
        order_id = services.prints.order_ids(numbers=[1001])[0]
        line_id = services.returns.returnable(order_id).lines[0].line_id
        services.returns.request_return(ReturnDraft(order_id, {line_id: 1}, "damaged"))
    finally:
        database.close()
    done = _run("--db", str(path), "returns", "list", "--json")
    assert done.returncode == 0, done.stderr
    (row,) = json.loads(done.stdout)
    assert set(row) == {
        "id",
        "number",
        "order_id",
        "order_number",
        "customer",
        "status",
        "reason",
        "created_at",
        "currency",
        "value",
        "value_minor",
        "refund",
        "refund_minor",
    }
    assert (row["number"], row["order_number"], row["status"], row["reason"]) == (1, 1001, "requested", "damaged")
    assert (row["value"], row["value_minor"], row["currency"], row["customer"]) == ("1.250", 1250, "KWD", "علی رضایی")
    assert json.loads(_run("--db", str(path), "returns", "list", "--status", "refunded", "--json").stdout) == []
    assert len(json.loads(_run("--db", str(path), "returns", "list", "--order", "۱۰۰۱", "--json").stdout)) == 1


def test_loyalty_show_json_gives_the_cards_rewards_and_history(shop):
    from shopdesk.services.loyalty_rules import Points, PunchCard, Tier, Tiers

    path, ali = shop
    database = open_database("sqlite:///" + str(path))
    try:
        services = build_services(database.unit_of_work)
        program = services.loyalty.save_program("Soap card", PunchCard(stamps_to_fill=2))
        services.loyalty.adjust(ali, program, 3, "From the paper card")
        points = services.loyalty.save_program("Points", Points(per_amount_minor=100, point_value_minor=10))
        services.loyalty.save_program("Levels", Tiers(levels=(Tier("Silver", 0), Tier("Gold", 100_000))))
        services.loyalty.adjust(ali, points, 150, "Welcome gift")
        used = services.loyalty.redeem_points(ali, points, 100)
    finally:
        database.close()
    done = _run("--db", str(path), "loyalty", "show", "09121234567", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["customer"] == {"id": ali, "name": "علی رضایی", "phone": "+989121234567"}
    (card,) = data["cards"]
    assert (card["program"], card["stamps"], card["size"], card["missing"]) == ("Soap card", 1, 2, 1)
    assert set(card) == {"program_id", "program", "stamps", "size", "missing", "rewards", "history"}
    (reward,) = card["rewards"]
    assert reward["code"].startswith("R-") and reward["redeemed_order_id"] is None and reward["reward"] == "free_item"
    assert [h["kind"] for h in card["history"]] == ["adjusted", "rewarded"]
    assert data["points"] == [
        {
            "program_id": points,
            "program": "Points",
            "balance": 50,
            "value": "0.500",
            "value_minor": 500,
            "min_redeem": 100,
        }
    ]
    tier = data["tier"]
    assert (tier["level"], tier["spend_minor"], tier["next_level"], tier["missing_minor"]) == (
        "Silver",
        2500,
        "Gold",
        97500,
    )
    assert {r["code"]: (r["kind"], r["reward"], r["value"]) for r in data["rewards"]}[used.code] == (
        "points",
        "fixed",
        1000,
    )
    assert _run("--db", str(path), "loyalty", "show", "nobody").returncode == 1


def test_report_summary_json_gives_every_documented_figure(shop):
    path, _ali = shop
    done = _run("--db", str(path), "report", "summary", "--from", "2000-01-01", "--to", "2100-12-31", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    period = data["period"]
    assert set(period) == {
        "from",
        "to",
        "currency",
        "orders",
        "revenue",
        "revenue_minor",
        "average_order_value",
        "average_order_value_minor",
        "customers",
        "repeat_customers",
        "repeat_purchase_rate",
        "returned_orders",
        "return_rate",
        "top_return_reasons",
        "refunds",
        "refunds_minor",
        "average_lifetime_value",
        "average_lifetime_value_minor",
        "loyalty",
        "orders_in_other_currencies",
        "nps",
        "nps_responses",
        "csat",
        "csat_responses",
        "reviews",
        "inserts_printed",
    }
    # the shop fixture: two orders (2.500 and 3.005 KWD), one customer with one of them
    assert (period["orders"], period["revenue_minor"], period["revenue"], period["currency"]) == (
        2,
        5505,
        "5.505",
        "KWD",
    )
    assert (period["customers"], period["repeat_purchase_rate"], period["return_rate"]) == (1, "0.0000", "0.0000")
    assert (period["from"], period["to"]) == ("2000-01-01", "2100-12-31")
    assert data["previous_period"]["orders"] == 0 and data["previous_period"]["return_rate"] is None
    bad = _run("--db", str(path), "report", "summary", "--from", "2026-12-01", "--to", "2026-11-01", "--json")
    assert bad.returncode == 2


def test_report_summary_writes_a_pdf_report(shop, tmp_path):
    path, _ali = shop
    out = tmp_path / "report.pdf"
    done = _run(
        "--db",
        str(path),
        "report",
        "summary",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--lang",
        "fa",
        "--out",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
