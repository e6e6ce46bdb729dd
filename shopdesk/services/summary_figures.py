"""Each summary figure written once, as SQL over the base tables, beside the README's words for it ("Summary
figures"). Nothing here is kept or derived: the figures are read from the orders, returns, loyalty ledger, reward
codes, feedback and printings as they stand.

Every statement takes a period as UTC instants, ``:since`` (inclusive) and ``:until`` (exclusive): the first
moment of its first day and of the day after its last, in the shop's time zone (``services/shop_clock``); and the
shop's ``:currency``. An order *counts* when it was not cancelled; the figures about money, customers and returns
count only orders in the shop's currency.

Where a join names ``return_request r CROSS JOIN shop_order o``, SQLite reads the returns first (a few percent of
the orders) and finds each one's order by its key; PostgreSQL plans it as any join.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import bindparam, func, select, text

from shopdesk.db.models import Order
from shopdesk.db.types import UTCDateTime
from shopdesk.services.clock_queries import bucket


def _sql(statement: str):  # noqa: ANN202
    return text(statement).bindparams(
        *(bindparam(name, type_=UTCDateTime()) for name in ("since", "until") if f":{name}" in statement)
    )


# orders: orders placed in the period that were not cancelled, in the shop's currency; revenue: their totals;
# orders_in_other_currencies: the others, never added in.
ORDERS = _sql("""
SELECT count(CASE WHEN currency = :currency THEN 1 END) AS orders,
       coalesce(sum(CASE WHEN currency = :currency THEN total_minor END), 0) AS revenue_minor,
       count(CASE WHEN currency <> :currency THEN 1 END) AS other_currencies
FROM shop_order
WHERE created_at >= :since AND created_at < :until AND status <> 'cancelled'
""")

# returned_orders: the period's orders with a return that was not rejected; refunds: what returns gave back
# (refunds, store credit, exchange value) on the period's orders, whenever they were made.
RETURNS = _sql("""
SELECT count(DISTINCT CASE WHEN r.rejection_reason = '' THEN r.order_id END) AS returned_orders,
       coalesce(sum(r.refund_minor), 0) AS refunds_minor
FROM return_request r CROSS JOIN shop_order o
WHERE o.id = r.order_id
  AND o.created_at >= :since AND o.created_at < :until AND o.status <> 'cancelled' AND o.currency = :currency
""")

# top_return_reasons: the reasons of those returns that were not rejected, most frequent first.
REASONS = _sql("""
SELECT r.reason, count(*) AS returns
FROM return_request r CROSS JOIN shop_order o
WHERE o.id = r.order_id
  AND o.created_at >= :since AND o.created_at < :until AND o.status <> 'cancelled' AND o.currency = :currency
  AND r.rejection_reason = ''
GROUP BY r.reason
ORDER BY returns DESC, r.reason
""")

# customers: the period's customers — those with a counted order in the period; repeat_customers: those of them
# with two or more counted orders up to the end of the period; kept: what all those orders came to, less what
# returns (whenever made) gave back on them — average_lifetime_value is kept ÷ customers. (Each of the period's
# customers' orders is read from the index on customer, currency and time.)
CUSTOMERS = _sql("""
SELECT count(*) AS customers,
       count(CASE WHEN history.orders >= 2 THEN 1 END) AS repeat_customers,
       coalesce(sum(history.spent - coalesce(back.given_back, 0)), 0) AS kept_minor
FROM (SELECT customer_id, count(*) AS orders, sum(total_minor) AS spent
      FROM shop_order
      WHERE customer_id IN (SELECT customer_id FROM shop_order
                            WHERE created_at >= :since AND created_at < :until AND status <> 'cancelled'
                              AND currency = :currency)
        AND currency = :currency AND created_at < :until AND status <> 'cancelled'
      GROUP BY customer_id) AS history
LEFT JOIN (SELECT o.customer_id, sum(r.refund_minor) AS given_back
           FROM return_request r CROSS JOIN shop_order o
           WHERE o.id = r.order_id AND o.currency = :currency AND o.created_at < :until AND o.status <> 'cancelled'
           GROUP BY o.customer_id) AS back ON back.customer_id = history.customer_id
""")

# rewards_issued, rewards_redeemed: reward codes issued, and used, in the period.
REWARDS = _sql("""
SELECT (SELECT count(*) FROM reward_code WHERE issued_at >= :since AND issued_at < :until) AS issued,
       (SELECT count(*) FROM reward_code WHERE redeemed_at >= :since AND redeemed_at < :until) AS redeemed
""")

# active_cards: cards (a customer on a punch-card or points program, running or paused since) that gained stamps
# or points in the period, earned or added by hand; a tier change is not a gain (its stamps are the level).
ACTIVE_CARDS = _sql("""
SELECT count(*) AS active_cards
FROM (SELECT DISTINCT customer_id, program_id FROM loyalty_entry
      WHERE at >= :since AND at < :until AND stamps > 0 AND kind <> 'tier') AS cards
""")

# nps: NPS answers recorded in the period, promoters (9-10) and detractors (0-6); csat: CSAT answers and those
# that were 4 or 5; reviews: public reviews recorded in the period.
FEEDBACK = _sql("""
SELECT count(nps) AS nps_responses,
       count(CASE WHEN nps >= 9 THEN 1 END) AS promoters,
       count(CASE WHEN nps <= 6 THEN 1 END) AS detractors,
       count(csat) AS csat_responses,
       count(CASE WHEN csat >= 4 THEN 1 END) AS satisfied,
       count(CASE WHEN review_site <> '' THEN 1 END) AS reviews
FROM feedback
WHERE at >= :since AND at < :until
""")

# inserts_printed: orders whose packing insert was printed in the period (reprints counted once).
PRINTED = _sql("""
SELECT count(DISTINCT order_id) AS inserts_printed
FROM order_print
WHERE document = 'inserts' AND at >= :since AND at < :until
""")

# orders by channel: counted orders of the period per channel, every currency, most first.
CHANNELS = _sql("""
SELECT channel, count(*) AS orders
FROM shop_order
WHERE created_at >= :since AND created_at < :until AND status <> 'cancelled'
GROUP BY channel
ORDER BY orders DESC, channel
""")


def revenue_by_day(starts: Sequence[datetime], currency: str):  # noqa: ANN201
    """Revenue over time: the totals of the counted orders placed on each of the shop's days, as ``(i, revenue)``
    for day i, the days starting at ``starts`` (the instant after the last: ``starts[-1]``)."""
    orders = Order.__table__
    day = bucket(orders.c.created_at, starts).label("day")
    return (
        select(day, func.sum(orders.c.total_minor))
        .where(
            orders.c.created_at >= starts[0],
            orders.c.created_at < starts[-1],
            orders.c.status != "cancelled",
            orders.c.currency == currency,
        )
        .group_by(day)
    )
