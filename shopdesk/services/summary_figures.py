"""Each summary figure written once, as SQL over the base tables, beside the README's words for it ("Summary
figures"). Nothing here is kept or derived: the figures are read from the orders, returns, loyalty ledger, reward
codes, feedback and printings as they stand.

Every statement takes a period as UTC instants, ``:since`` (inclusive) and ``:until`` (exclusive): the first
moment of its first day and of the day after its last, in the shop's time zone (``services/shop_clock``); and the
shop's ``:currency``. An order *counts* when it was not cancelled; the figures about money, customers and returns
count only orders in the shop's currency.
"""

from __future__ import annotations

from sqlalchemy import bindparam, text

from shopdesk.db.types import UTCDateTime


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
FROM return_request r JOIN shop_order o ON o.id = r.order_id
WHERE o.created_at >= :since AND o.created_at < :until AND o.status <> 'cancelled' AND o.currency = :currency
""")

# top_return_reasons: the reasons of those returns that were not rejected, most frequent first.
REASONS = _sql("""
SELECT r.reason, count(*) AS returns
FROM return_request r JOIN shop_order o ON o.id = r.order_id
WHERE o.created_at >= :since AND o.created_at < :until AND o.status <> 'cancelled' AND o.currency = :currency
  AND r.rejection_reason = ''
GROUP BY r.reason
ORDER BY returns DESC, r.reason
""")

# The period's customers: customers with a counted order in the shop's currency in the period.
_BUYERS = """
SELECT customer_id FROM shop_order
WHERE created_at >= :since AND created_at < :until AND status <> 'cancelled' AND currency = :currency
  AND customer_id IS NOT NULL
"""

# customers: the period's customers; repeat_customers: those of them with two or more counted orders in the
# shop's currency up to the end of the period; spent: the totals of all those orders (for the lifetime value).
CUSTOMERS = _sql(f"""
SELECT count(*) AS customers,
       count(CASE WHEN orders >= 2 THEN 1 END) AS repeat_customers,
       coalesce(sum(spent), 0) AS spent_minor
FROM (SELECT customer_id, count(*) AS orders, sum(total_minor) AS spent
      FROM shop_order
      WHERE customer_id IN ({_BUYERS}) AND currency = :currency AND created_at < :until AND status <> 'cancelled'
      GROUP BY customer_id) AS history
""")

# average_lifetime_value = (spent - given_back) / customers, given_back being what returns (whenever made) gave
# back on the orders counted in spent.
GIVEN_BACK = _sql(f"""
SELECT coalesce(sum(r.refund_minor), 0) AS given_back_minor
FROM return_request r JOIN shop_order o ON o.id = r.order_id
WHERE o.customer_id IN ({_BUYERS}) AND o.currency = :currency AND o.created_at < :until AND o.status <> 'cancelled'
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
