"""The JSON shapes the command line prints. Scripts rely on these keys: add keys, never rename or remove them.

Money is given twice: exact integer minor units (``total_minor``) and a decimal string (``total``), never a
float. Times are ISO 8601 in UTC with a ``Z``; dates are ISO 8601.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from shopdesk.services.addresses import Address, BookAddress
from shopdesk.services.cohort_records import CohortTable
from shopdesk.services.customer_records import CustomerProfile
from shopdesk.services.loyalty_records import CardState, PointsState, RewardRow, TierState
from shopdesk.services.money import minor_digits
from shopdesk.services.numbers import format_percent, minor_to_decimal
from shopdesk.services.order_rows import OrderDetail, OrderRow
from shopdesk.services.return_records import ReturnRow
from shopdesk.services.summaries import PeriodFigures, Summary


def money(amount_minor: int, currency: str) -> str:
    return str(minor_to_decimal(amount_minor, minor_digits=minor_digits(currency)))


def moment(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def address_json(address: Address | None) -> dict | None:
    """An address's fields by name (``country``: ISO code; ``postal_code``: ASCII digits), or None."""
    return address.values() if address is not None else None


def book_address_json(entry: BookAddress) -> dict:
    return {"id": entry.id, "label": entry.label, "is_default": entry.is_default, **entry.address.values()}


def order_json(row: OrderRow, ship_to: Address | None = None) -> dict:
    return {
        "id": row.id,
        "number": row.number,
        "created_at": moment(row.created_at),
        "status": row.status,
        "channel": row.channel,
        "currency": row.currency,
        "total": money(row.total_minor, row.currency),
        "total_minor": row.total_minor,
        "tracking_number": row.tracking_number,
        "customer": (
            {"id": row.customer_id, "name": row.customer_name, "phone": row.customer_phone or None}
            if row.customer_id is not None
            else None
        ),
        "ship_to": address_json(ship_to),
    }


def _percent(basis_points: int | None) -> str | None:
    return format_percent(basis_points) if basis_points is not None else None


def order_detail_json(detail: OrderDetail) -> dict:
    """``order show --json``: the list's keys, then everything else about the order."""
    currency = detail.row.currency
    return {
        **order_json(detail.row, detail.ship_to),
        "bill_to": address_json(detail.bill_to),
        "lines": [
            {
                "name": line.description,
                "sku": line.sku or None,
                "product_id": line.product_id,
                "quantity": line.quantity,
                "unit_price": money(line.unit_price_minor, currency),
                "unit_price_minor": line.unit_price_minor,
                "discount": money(line.discount_minor, currency),
                "discount_minor": line.discount_minor,
                "discount_percent": _percent(line.discount_basis_points),
                "total": money(line.total_minor, currency),
                "total_minor": line.total_minor,
            }
            for line in detail.lines
        ],
        "subtotal": money(detail.subtotal_minor, currency),
        "subtotal_minor": detail.subtotal_minor,
        "discount": money(detail.discount_minor, currency),
        "discount_minor": detail.discount_minor,
        "discount_percent": _percent(detail.discount_basis_points),
        "discount_code": detail.discount_code or None,
        "shipping": money(detail.shipping_minor, currency),
        "shipping_minor": detail.shipping_minor,
        "paid": money(detail.paid_minor, currency),
        "paid_minor": detail.paid_minor,
        "payment_method": detail.payment_method,
        "carrier": detail.carrier,
        "expected_delivery": day(detail.expected_delivery),
        "delivered_at": moment(detail.delivered_at),
        "gift_message": detail.gift_message,
        "notes": detail.notes,
        "version": detail.version,
        "history": _history_json(detail),
        "prints": [{"at": moment(p.at), "document": p.document, "size": p.size} for p in detail.prints],
    }


def _history_json(detail: OrderDetail) -> list[dict]:
    """Status moves and edits, oldest first (a move and an edit at the same moment: the move first)."""
    steps = [
        (e.at, 0, {"at": moment(e.at), "kind": "status", "from_status": e.from_status, "to_status": e.to_status,
                   "note": e.note})
        for e in detail.history
    ] + [
        (c.at, 1, {"at": moment(c.at), "kind": "edit", "by": c.actor, "field": c.field, "before": c.before,
                   "after": c.after})
        for c in detail.changes
    ]  # fmt: skip
    return [step for _at, _order, step in sorted(steps, key=lambda item: (item[0], item[1]))]


def customer_json(profile: CustomerProfile, ship_to: dict[int, Address] | None = None) -> dict:
    f, currency = profile.figures, profile.currency
    return {
        "id": profile.id,
        "name": profile.name,
        "phone": profile.phone or None,
        "phone_verified": profile.phone_verified,
        "email": profile.email or None,
        "birthday": day(profile.birthday),
        "language": profile.language,
        "marketing_consent": profile.marketing_consent,
        "notes": profile.notes,
        "tags": list(profile.tags),
        "created_at": moment(profile.created_at),
        "currency": currency,
        "figures": {
            "orders": f.orders,
            "total_spent": money(f.total_spent_minor, currency),
            "total_spent_minor": f.total_spent_minor,
            "average_order_value": money(f.average_order_minor, currency),
            "average_order_value_minor": f.average_order_minor,
            "first_order_at": moment(f.first_order_at),
            "last_order_at": moment(f.last_order_at),
            "days_since_last_order": f.days_since_last_order,
            "lifetime_value": money(f.lifetime_value_minor, currency),
            "lifetime_value_minor": f.lifetime_value_minor,
            "orders_in_other_currencies": f.orders_in_other_currencies,
        },
        "recent_orders": [order_json(row, (ship_to or {}).get(row.id)) for row in profile.recent_orders],
        "addresses": [book_address_json(entry) for entry in profile.addresses],
    }


def return_json(row: ReturnRow) -> dict:
    return {
        "id": row.id,
        "number": row.number,
        "order_id": row.order_id,
        "order_number": row.order_number,
        "customer": row.customer_name or None,
        "status": row.status,
        "reason": row.reason,
        "created_at": moment(row.created_at),
        "currency": row.currency,
        "value": money(row.value_minor, row.currency),
        "value_minor": row.value_minor,
        "refund": money(row.refund_minor, row.currency),
        "refund_minor": row.refund_minor,
    }


def loyalty_json(  # noqa: PLR0913
    customer_id: int,
    name: str,
    phone: str | None,
    cards: list[CardState],
    points: list[PointsState] = (),
    tier: TierState | None = None,
    rewards: list[RewardRow] = (),
    currency: str = "",
) -> dict:
    return {
        "customer": {"id": customer_id, "name": name, "phone": phone},
        "points": [
            {
                "program_id": state.program_id,
                "program": state.program_name,
                "balance": state.balance,
                "value": money(state.value_minor, currency),
                "value_minor": state.value_minor,
                "min_redeem": state.min_redeem,
            }
            for state in points
        ],
        "tier": None
        if tier is None
        else {
            "program_id": tier.program_id,
            "program": tier.program_name,
            "level": tier.level.name if tier.level else None,
            "discount_percent": tier.level.discount_percent if tier.level else 0,
            "spend": money(tier.spend_minor, currency),
            "spend_minor": tier.spend_minor,
            "months": tier.months,
            "next_level": tier.next_level.name if tier.next_level else None,
            "missing_minor": tier.missing_minor,
        },
        "rewards": [
            {
                "code": r.code,
                "program_id": r.program_id,
                "kind": r.program_kind,
                "reward": r.reward,
                "value": r.value,
                "issued_at": moment(r.issued_at),
                "expires_at": moment(r.expires_at),
                "voided_at": moment(r.voided_at),
                "redeemed_order_id": r.redeemed_order_id,
                "redeemed_at": moment(r.redeemed_at),
            }
            for r in rewards
        ],
        "cards": [
            {
                "program_id": card.program_id,
                "program": card.program_name,
                "stamps": card.stamps,
                "size": card.size,
                "missing": card.missing,
                "rewards": [
                    {
                        "code": r.code,
                        "reward": r.reward,
                        "value": r.value,
                        "issued_at": moment(r.issued_at),
                        "redeemed_order_id": r.redeemed_order_id,
                        "redeemed_at": moment(r.redeemed_at),
                    }
                    for r in card.rewards
                ],
                "history": [
                    {
                        "at": moment(h.at),
                        "kind": h.kind,
                        "stamps": h.stamps,
                        "order_id": h.order_id,
                        "actor": h.actor,
                        "note": h.note,
                    }
                    for h in card.history
                ],
            }
            for card in cards
        ],
    }


def _rate(value) -> str | None:  # noqa: ANN001
    return None if value is None else str(value)


def period_json(figures: PeriodFigures) -> dict:
    money_of = lambda amount: money(amount, figures.currency)  # noqa: E731
    return {
        "from": day(figures.start),
        "to": day(figures.end - timedelta(days=1)),
        "currency": figures.currency,
        "orders": figures.orders,
        "revenue": money_of(figures.revenue_minor),
        "revenue_minor": figures.revenue_minor,
        "average_order_value": money_of(figures.average_order_minor),
        "average_order_value_minor": figures.average_order_minor,
        "customers": figures.customers,
        "repeat_customers": figures.repeat_customers,
        "repeat_purchase_rate": _rate(figures.repeat_purchase_rate),
        "returned_orders": figures.returned_orders,
        "return_rate": _rate(figures.return_rate),
        "top_return_reasons": [{"reason": reason, "returns": count} for reason, count in figures.top_reasons],
        "refunds": money_of(figures.refunds_minor),
        "refunds_minor": figures.refunds_minor,
        "average_lifetime_value": money_of(figures.average_lifetime_value_minor),
        "average_lifetime_value_minor": figures.average_lifetime_value_minor,
        "loyalty": {
            "active_cards": figures.active_cards,
            "rewards_issued": figures.rewards_issued,
            "rewards_redeemed": figures.rewards_redeemed,
        },
        "orders_in_other_currencies": figures.orders_in_other_currencies,
        "nps": None if figures.nps is None else str(figures.nps),
        "nps_responses": figures.nps_responses,
        "csat": _rate(figures.csat),
        "csat_responses": figures.csat_responses,
        "reviews": figures.reviews,
        "inserts_printed": figures.inserts_printed,
    }


def cohorts_json(table: CohortTable) -> list[dict]:
    """One object per first-purchase month, oldest first; ``active[k]`` and ``retention[k]`` are k months after."""
    return [
        {
            "month": cohort.first_day.strftime("%Y-%m"),
            "from": day(cohort.first_day),
            "to": day(cohort.last_day),
            "customers": cohort.customers,
            "active": list(cohort.active),
            "retention": [_rate(share) for share in cohort.shares],
        }
        for cohort in table.cohorts
    ]


def summary_json(summary: Summary, cohorts: CohortTable | None = None) -> dict:
    result = {"period": period_json(summary.current), "previous_period": period_json(summary.previous)}
    if cohorts is not None:
        result["cohorts"] = cohorts_json(cohorts)
    return result
