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
from shopdesk.services.payment_records import OrderMoney
from shopdesk.services.return_records import ReturnRow
from shopdesk.services.summaries import PeriodFigures, Summary
from shopdesk.services.tax.records import OrderTaxView


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
        "paid": money(row.paid_minor, row.currency),
        "paid_minor": row.paid_minor,
        "balance": money(row.balance_minor, row.currency),
        "balance_minor": row.balance_minor,
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


def payments_json(money_of: OrderMoney) -> list[dict]:
    """An order's money history, oldest first: payments, refunds, and what its returns gave back."""
    currency = money_of.currency
    return [
        {
            "at": moment(e.at),
            "kind": e.kind,
            "method": e.method or None,
            "amount": money(e.amount_minor, currency),
            "amount_minor": e.amount_minor,
            "by": e.actor,
            "note": e.note,
            "return_number": e.return_number,
            "order_number": e.order_number,
        }
        for e in money_of.entries
    ]


def tax_part_json(part, currency: str) -> dict:  # noqa: ANN001 - a rules.LineTax or RateTotal
    """One line's, the shipping's or one rate's tax: the rate (code, kind, percent), net, tax and gross."""
    return {
        "rate": part.rate_code,
        "kind": part.kind,
        "percent": format_percent(part.basis_points),
        **{
            key: value
            for name in ("net", "tax", "gross")
            for key, value in (
                (name, money(getattr(part, f"{name}_minor"), currency)),
                (f"{name}_minor", getattr(part, f"{name}_minor")),
            )
        },
    }


def order_tax_json(tax: OrderTaxView | None, currency: str) -> dict | None:
    """An order's VAT (None: it carries none): one entry per line in the order of ``lines``, the shipping's, the
    totals by rate, and the order's net, tax and gross."""
    if tax is None:
        return None
    return {
        "prices_include_tax": tax.prices_include_tax,
        "lines": [tax_part_json(line, currency) for line in tax.lines],
        "shipping": tax_part_json(tax.shipping, currency) if tax.shipping is not None else None,
        "by_rate": [tax_part_json(rate, currency) for rate in tax.by_rate],
        "net": money(tax.net_minor, currency),
        "net_minor": tax.net_minor,
        "tax": money(tax.tax_minor, currency),
        "tax_minor": tax.tax_minor,
        "gross": money(tax.gross_minor, currency),
        "gross_minor": tax.gross_minor,
        "credit_notes": list(tax.credit_notes),
    }


def tax_report_json(report) -> dict:  # noqa: ANN001 - a tax.report.TaxReport
    """``report tax --json``: the period's figures, by rate and by month (of the Gregorian calendar)."""
    currency = report.currency

    def pair(name: str, minor: int) -> dict:
        return {name: money(minor, currency), f"{name}_minor": minor}

    return {
        "from": day(report.date_from),
        "to": day(report.date_to),
        "currency": currency,
        "invoices": report.invoices,
        "credit_notes": report.credit_notes,
        **pair("taxable_sales", report.taxable_sales_minor),
        **pair("output_tax", report.output_tax_minor),
        **pair("zero_rated_sales", report.zero_rated_sales_minor),
        **pair("exempt_sales", report.exempt_sales_minor),
        **pair("credited_sales", report.credited_net_minor),
        **pair("credited_tax", report.credited_tax_minor),
        **pair("net_tax_due", report.net_tax_due_minor),
        "by_rate": [
            {
                "rate": r.rate_code,
                "kind": r.kind,
                "percent": format_percent(r.basis_points),
                **pair("sales", r.sales_net_minor),
                **pair("tax", r.sales_tax_minor),
                **pair("credited_sales", r.credited_net_minor),
                **pair("credited_tax", r.credited_tax_minor),
            }
            for r in report.rates
        ],
        "months": [
            {
                "month": day(m.first_day),
                **pair("output_tax", m.output_tax_minor),
                **pair("credited_tax", m.credited_tax_minor),
                **pair("due", m.due_minor),
            }
            for m in report.months
        ],
    }


def order_detail_json(detail: OrderDetail, money_of: OrderMoney | None = None, tax: OrderTaxView | None = None) -> dict:
    """``order show --json``: the list's keys, then everything else about the order (with its VAT and invoice
    number when it carries tax)."""
    currency = detail.row.currency
    refunded = money_of.refunded_minor if money_of is not None else 0
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
        "refunded": money(refunded, currency),
        "refunded_minor": refunded,
        "payments": payments_json(money_of) if money_of is not None else [],
        "tax": order_tax_json(tax, currency),
        "invoice_number": tax.invoice_number if tax is not None else None,
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


def customer_json(
    profile: CustomerProfile, ship_to: dict[int, Address] | None = None, paid_and_due: tuple[int, int] = (0, 0)
) -> dict:
    """``paid_and_due``: what the customer's orders in the shop's currency were paid and still owe."""
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
            "paid": money(paid_and_due[0], currency),
            "paid_minor": paid_and_due[0],
            "balance": money(paid_and_due[1], currency),
            "balance_minor": paid_and_due[1],
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
