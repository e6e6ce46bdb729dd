"""The dashboard against an independent oracle: each figure worked out here straight from its definition in the
README ("Summary figures"), in plain Python over the rows as stored — its days from Python's own zoneinfo, not
from the shop clock's boundaries, and no SQL but ``SELECT *`` — on random shops in three time zones, around
daylight-saving changes and half-hour offsets. Nothing here is shared with ``services/summary_figures``."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, update
from sqlmodel import Session

from shopdesk.db.models import (
    Customer,
    Feedback,
    LoyaltyEntry,
    LoyaltyProgram,
    Order,
    OrderPrint,
    ReturnRequest,
    RewardCode,
    Setting,
)
from shopdesk.services.cohorts import gregorian_month_starts
from shopdesk.services.summaries import SummaryService

ZONES = ["Asia/Tehran", "America/New_York", "Europe/Berlin"]
# Windows holding the spring and autumn clock changes of New York and Berlin (and the end of each month)
WINDOWS = [datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 10, 18, tzinfo=UTC)]
SPAN_MINUTES = 16 * 24 * 60
CUSTOMERS = 3


@pytest.fixture
def oracle_shop(database):
    with Session(database.engine) as session:
        session.add_all([Customer(name=f"C{i}") for i in range(CUSTOMERS)])
        session.add_all([LoyaltyProgram(kind="punch", name=f"P{i}") for i in range(2)])
        session.add(Setting(key="currency", value="SAR", updated_at=datetime.now(UTC)))
        session.commit()
    return database


moment = st.integers(0, SPAN_MINUTES - 1)
orders_st = st.lists(
    st.tuples(
        st.one_of(st.none(), st.integers(1, CUSTOMERS)),
        moment,
        st.sampled_from(["paid", "paid", "delivered", "new", "cancelled"]),
        st.sampled_from(["SAR", "SAR", "SAR", "USD"]),
        st.sampled_from(["in_store", "website", "instagram"]),
        st.integers(100, 9_000),
    ),
    min_size=3,
    max_size=14,
)
returns_st = st.lists(
    st.tuples(
        st.integers(0, 13),
        st.sampled_from(["damaged", "wrong_size", "changed_mind"]),
        st.sampled_from(["", "", "outside policy"]),
        st.integers(0, 3_000),
    ),
    max_size=5,
)
entries_st = st.lists(
    st.tuples(
        st.integers(1, CUSTOMERS),
        st.integers(1, 2),
        st.sampled_from(["earn", "earn", "adjust", "redeem", "tier"]),
        st.integers(-3, 3),
        moment,
    ),
    max_size=8,
)
rewards_st = st.lists(st.tuples(moment, st.one_of(st.none(), moment)), max_size=4)
feedback_st = st.lists(
    st.tuples(
        st.integers(0, 13),
        st.one_of(st.none(), st.integers(0, 10)),
        st.one_of(st.none(), st.integers(1, 5)),
        st.sampled_from(["", "", "Google"]),
        moment,
    ),
    max_size=5,
)
prints_st = st.lists(
    st.tuples(st.integers(0, 13), st.sampled_from(["inserts", "inserts", "notes"]), moment), max_size=6
)


def _stored(value) -> datetime:  # noqa: ANN001
    """A time as the driver gives it back: SQLite's text in UTC, PostgreSQL's aware datetime."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _rows(connection, table: str) -> list[dict]:  # noqa: ANN001
    return [dict(row._mapping) for row in connection.exec_driver_sql(f"SELECT * FROM {table}")]


def _half_even(total: int, count: int) -> int:
    return int((Decimal(total) / Decimal(count)).to_integral_value(ROUND_HALF_EVEN)) if count else 0


def oracle(connection, zone: ZoneInfo, start: date, end: date) -> dict:  # noqa: ANN001
    """Every figure of the days ``[start, end)`` from its README definition."""
    currency = "SAR"

    def day(value) -> date:  # noqa: ANN001
        return _stored(value).astimezone(zone).date()

    def inside(value) -> bool:  # noqa: ANN001
        return value is not None and start <= day(value) < end

    orders = {o["id"]: o for o in _rows(connection, "shop_order")}
    returns = _rows(connection, "return_request")
    counted = [o for o in orders.values() if o["status"] != "cancelled"]
    ours = [o for o in counted if o["currency"] == currency]
    period = [o for o in ours if inside(o["created_at"])]
    period_ids = {o["id"] for o in period}
    of_period = [r for r in returns if r["order_id"] in period_ids]
    buyers = {o["customer_id"] for o in period if o["customer_id"] is not None}
    histories = {c: [o for o in ours if o["customer_id"] == c and day(o["created_at"]) < end] for c in buyers}
    back = Counter()
    for r in returns:
        back[r["order_id"]] += r["refund_minor"]
    kept = sum(o["total_minor"] - back[o["id"]] for history in histories.values() for o in history)
    feedback = [f for f in _rows(connection, "feedback") if inside(f["at"])]
    nps = [f["nps"] for f in feedback if f["nps"] is not None]
    csat = [f["csat"] for f in feedback if f["csat"] is not None]
    codes = _rows(connection, "reward_code")
    reasons = Counter(r["reason"] for r in of_period if r["rejection_reason"] == "")
    revenue = sum(o["total_minor"] for o in period)
    return {
        "orders": len(period),
        "revenue_minor": revenue,
        "average_order_minor": _half_even(revenue, len(period)),
        "orders_in_other_currencies": sum(1 for o in counted if o["currency"] != currency and inside(o["created_at"])),
        "returned_orders": len({r["order_id"] for r in of_period if r["rejection_reason"] == ""}),
        "refunds_minor": sum(r["refund_minor"] for r in of_period),
        "top_reasons": sorted(reasons.items(), key=lambda item: (-item[1], item[0])),
        "customers": len(buyers),
        "repeat_customers": sum(1 for history in histories.values() if len(history) >= 2),
        "average_lifetime_value_minor": _half_even(kept, len(buyers)),
        "active_cards": len(
            {
                (e["customer_id"], e["program_id"])
                for e in _rows(connection, "loyalty_entry")
                if e["stamps"] > 0 and e["kind"] != "tier" and inside(e["at"])
            }
        ),
        "rewards_issued": sum(1 for c in codes if inside(c["issued_at"])),
        "rewards_redeemed": sum(1 for c in codes if inside(c["redeemed_at"])),
        "nps_responses": len(nps),
        "promoters": sum(1 for n in nps if n >= 9),
        "detractors": sum(1 for n in nps if n <= 6),
        "csat_responses": len(csat),
        "satisfied": sum(1 for n in csat if n >= 4),
        "reviews": sum(1 for f in feedback if f["review_site"] != ""),
        "inserts_printed": len(
            {p["order_id"] for p in _rows(connection, "order_print") if p["document"] == "inserts" and inside(p["at"])}
        ),
        "revenue_by_day": [
            (d, sum(o["total_minor"] for o in period if day(o["created_at"]) == d))
            for d in (start + timedelta(days=i) for i in range((end - start).days))
        ],
        "orders_by_channel": sorted(
            Counter(o["channel"] for o in counted if inside(o["created_at"])).items(),
            key=lambda item: (-item[1], item[0]),
        ),
        "cohorts": _cohorts(ours, day, end - timedelta(days=1)),
    }


def _cohorts(ours: list[dict], day, last: date) -> list[tuple[int, tuple[int, ...]]]:  # noqa: ANN001
    """Three Gregorian months up to ``last``'s: per month, the customers whose first purchase fell in it, and how
    many of them ordered k months later (orders after ``last`` not seen)."""
    seen = [o for o in ours if o["customer_id"] is not None and day(o["created_at"]) <= last]
    month = lambda d: d.year * 12 + d.month - 1  # noqa: E731
    first_month = month(last) - 2
    months_of: dict[int, set[int]] = {}
    for o in seen:
        months_of.setdefault(o["customer_id"], set()).add(month(day(o["created_at"])))
    table = []
    for i in range(3):
        cohort = [months for months in months_of.values() if min(months) == first_month + i]
        table.append((len(cohort), tuple(sum(1 for m in cohort if first_month + i + k in m) for k in range(3 - i))))
    return table


def dashboard(summaries: SummaryService, start: date, end: date) -> dict:
    figures = summaries.figures(start, end)
    found = {name: getattr(figures, name) for name in ("orders", "revenue_minor", "average_order_minor",
             "orders_in_other_currencies", "returned_orders", "refunds_minor", "customers", "repeat_customers",
             "average_lifetime_value_minor", "active_cards", "rewards_issued", "rewards_redeemed", "nps_responses",
             "promoters", "detractors", "csat_responses", "satisfied", "reviews", "inserts_printed")}  # fmt: skip
    found["top_reasons"] = [(r.reason, r.returns) for r in figures.top_reasons]
    last = end - timedelta(days=1)
    found["revenue_by_day"] = [(d.day, d.revenue_minor) for d in summaries.revenue_by_day(start, last)]
    found["orders_by_channel"] = [(c.channel, c.orders) for c in summaries.orders_by_channel(start, last)]
    table = summaries.cohorts(last, 3, month_starts=gregorian_month_starts(last, 3))
    found["cohorts"] = [(c.customers, c.active) for c in table.cohorts]
    return found


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    zone_name=st.sampled_from(ZONES),
    window=st.sampled_from(WINDOWS),
    orders=orders_st,
    returns=returns_st,
    entries=entries_st,
    rewards=rewards_st,
    feedback=feedback_st,
    prints=prints_st,
    first=st.integers(0, 10),
    days=st.integers(2, 14),
)
def test_the_dashboard_equals_each_figure_worked_out_from_its_definition(
    oracle_shop, zone_name, window, orders, returns, entries, rewards, feedback, prints, first, days
):
    database = oracle_shop
    at = lambda minutes: window + timedelta(minutes=minutes)  # noqa: E731
    with Session(database.engine) as session:
        for model in (Feedback, OrderPrint, LoyaltyEntry, RewardCode, ReturnRequest, Order):
            session.execute(delete(model))
        session.execute(update(Setting).where(Setting.key == "time_zone").values(value=zone_name))
        placed = []
        for n, (customer, minutes, status, currency, channel, total) in enumerate(orders):
            order = Order(number=n + 1, customer_id=customer, status=status, currency=currency, channel=channel,
                          total_minor=total, subtotal_minor=total, created_at=at(minutes))  # fmt: skip
            session.add(order)
            session.flush()
            placed.append(order)
        for n, (which, reason, rejection, refund) in enumerate(returns):
            if placed:
                order = placed[which % len(placed)]
                session.add(ReturnRequest(number=n + 1, order_id=order.id, customer_id=order.customer_id,
                                          reason=reason, rejection_reason=rejection, refund_minor=refund,
                                          currency=order.currency, created_at=at(0)))  # fmt: skip
        for customer, program, kind, stamps, minutes in entries:
            session.add(LoyaltyEntry(customer_id=customer, program_id=program, kind=kind, stamps=stamps,
                                     at=at(minutes)))  # fmt: skip
        for n, (issued, redeemed) in enumerate(rewards):
            session.add(RewardCode(code=f"R{n}", customer_id=1, program_id=1, reward="free_item", issued_at=at(issued),
                                   redeemed_at=None if redeemed is None else at(redeemed)))  # fmt: skip
        for which, nps, csat, site, minutes in feedback:
            if placed:
                session.add(Feedback(order_id=placed[which % len(placed)].id, nps=nps, csat=csat, review_site=site,
                                     at=at(minutes)))  # fmt: skip
        for which, document, minutes in prints:
            if placed:
                session.add(OrderPrint(order_id=placed[which % len(placed)].id, document=document, at=at(minutes)))
        session.commit()

    start = window.date() + timedelta(days=first)
    end = start + timedelta(days=days)
    with database.engine.connect() as connection:
        expected = oracle(connection, ZoneInfo(zone_name), start, end)
    for name in ("orders", "returned_orders", "repeat_customers", "active_cards", "inserts_printed"):
        event(f"{name}: {'some' if expected[name] else 'none'}")
    event(f"cohorts: {'some came back' if any(sum(active[1:]) for _n, active in expected['cohorts']) else 'none'}")
    assert dashboard(SummaryService(database.unit_of_work), start, end) == expected
