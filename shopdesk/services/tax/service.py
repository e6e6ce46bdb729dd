"""VAT of a shop: its settings, the tax of each order as it is placed (``price``, called by ``OrderService``), the
invoice issued with it and the credit notes of its returns and cancellation (through the order and return hooks),
and an order's tax as it is shown.

The settings are one JSON value under the setting key ``tax``; a product's rate is ``product.tax_rate`` (its
code; empty for the shop's default rate). An order line keeps the rate it was sold at, so changing a rate later
changes no placed order.
"""

from __future__ import annotations

import json
from dataclasses import asdict

from sqlalchemy import update
from sqlmodel import select

from shopdesk.db.models import Customer, Order, OrderLine, Product, Setting, TaxDocument
from shopdesk.db.types import utcnow
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services.errors import InvalidInput, NotFound
from shopdesk.services.order_rows import OrderDraft, resolve_percents
from shopdesk.services.settings import shop_setting
from shopdesk.services.tax import documents
from shopdesk.services.tax.columns import stored_line, stored_shipping
from shopdesk.services.tax.records import (
    OrderTaxView,
    TaxDocumentRow,
    TaxSettings,
    clean_vat_number,
    default_rates,
    valid_vat_number,
    validate_tax_settings,
)
from shopdesk.services.tax.rules import OrderTax, TaxRate, order_tax, sum_by_rate

KEY = "tax"
_SETTING = Setting.__table__


def settings_from_json(text: str | None, country: str = "") -> TaxSettings:
    """The stored settings (the defaults for the country when none were saved)."""
    if not text:
        return TaxSettings(rates=default_rates(country))
    data = json.loads(text)
    rates = tuple(TaxRate(**rate) for rate in data.pop("rates", ())) or default_rates(country)
    known = set(TaxSettings.__dataclass_fields__)
    return TaxSettings(rates=rates, **{k: v for k, v in data.items() if k in known})


def read_settings(connection) -> TaxSettings:  # noqa: ANN001
    """The shop's tax settings, read inside another service's transaction."""
    stored = connection.execute(select(_SETTING.c.value).where(_SETTING.c.key == KEY)).scalar()
    return settings_from_json(stored, shop_setting(connection, "country"))


class TaxService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    # --- settings -------------------------------------------------------------------------------------------------
    def settings(self) -> TaxSettings:
        with self._uow() as uow:
            return read_settings(uow.session.connection())

    def country(self) -> str:
        with self._uow() as uow:
            return shop_setting(uow.session.connection(), "country")

    def save_settings(self, settings: TaxSettings) -> TaxSettings:
        """Validate and store the tax settings; returns what was stored. Orders already placed keep their tax."""
        with self._uow() as uow:
            session = uow.session
            country = shop_setting(session.connection(), "country")
            clean = validate_tax_settings(settings, country=country)
            text = json.dumps(asdict(clean), ensure_ascii=False, sort_keys=True)
            row = session.get(Setting, KEY)
            if row is None:
                session.add(Setting(key=KEY, value=text, updated_at=utcnow()))
            elif row.value != text:
                row.value, row.updated_at = text, utcnow()
            uow.commit()
        return clean

    def set_product_rate(self, product_id: int, rate_code: str) -> None:
        """The VAT rate a product is sold at ("" for the shop's default rate)."""
        with self._uow() as uow:
            session = uow.session
            code = rate_code.strip().lower()
            if code and code not in {rate.code for rate in read_settings(session.connection()).rates}:
                raise InvalidInput("tax_rate", "unknown", rate_code)
            if session.get(Product, product_id) is None:
                raise NotFound("product", product_id)
            session.connection().execute(
                update(Product.__table__).where(Product.__table__.c.id == product_id).values(tax_rate=code)
            )
            uow.commit()

    def product_rates(self) -> dict[int, str]:
        """Each product's rate code, by product id ("" for the default rate)."""
        with self._uow() as uow:
            table = Product.__table__
            # .all(): dict() of the result itself would take it for a mapping (it has keys()) and fail
            return dict(uow.session.connection().execute(select(table.c.id, table.c.tax_rate)).all())

    def set_buyer_vat(self, customer_id: int, vat_number: str) -> str:
        """A business customer's VAT number (empty: none); their invoices are then full tax invoices."""
        vat = clean_vat_number(vat_number)
        with self._uow() as uow:
            session = uow.session
            country = shop_setting(session.connection(), "country")
            if vat and not valid_vat_number(country, vat):
                raise InvalidInput("vat_number", f"not a VAT number of {country.upper() or 'this country'}", vat)
            if session.get(Customer, customer_id) is None:
                raise NotFound("customer", customer_id)
            table = Customer.__table__
            session.connection().execute(update(table).where(table.c.id == customer_id).values(vat_number=vat))
            uow.commit()
        return vat

    def buyer_vat(self, customer_id: int) -> str:
        """A customer's VAT number ("" for none)."""
        with self._uow() as uow:
            customer = uow.session.get(Customer, customer_id)
            if customer is None:
                raise NotFound("customer", customer_id)
            return customer.vat_number or ""

    # --- the order's own transaction -----------------------------------------------------------------------------
    def price(self, connection, draft: OrderDraft) -> OrderTax | None:  # noqa: ANN001
        """The tax of an order about to be placed, or None when the shop is not registered. Each line is taxed at
        its product's rate (the default rate for a line without a product)."""
        settings = read_settings(connection)
        if not settings.registered:
            return None
        draft = resolve_percents(draft)
        codes = _product_rates(connection, draft)
        return _priced(
            draft,
            [settings.rate(codes.get(line.product_id)) for line in draft.lines],
            settings.rate(settings.shipping_rate),
            prices_include_tax=settings.prices_include_tax,
        )

    def reprice(self, connection, order_id: int, draft: OrderDraft) -> OrderTax | None:  # noqa: ANN001
        """The tax of a saved order edited to ``draft`` (``OrderEditService``, in the edit's transaction), or None
        for an order placed without tax (it stays without, as its documents do). The order keeps how it was
        priced: prices with or without tax as placed; a line still the same product in the same place keeps the
        rate it was sold at, any other line takes its product's rate now; shipping keeps the rate it was charged
        at (the shop's shipping rate when the order had no shipping)."""
        order = Order.__table__
        placed = connection.execute(
            select(
                order.c.tax_minor,
                order.c.prices_include_tax,
                order.c.shipping_tax_rate,
                order.c.shipping_tax_kind,
                order.c.shipping_tax_basis_points,
            ).where(order.c.id == order_id)
        ).one()
        if placed.tax_minor is None:
            return None
        settings = read_settings(connection)
        draft = resolve_percents(draft)
        codes = _product_rates(connection, draft)
        line = OrderLine.__table__
        saved = connection.execute(
            select(line.c.product_id, line.c.tax_rate, line.c.tax_kind, line.c.tax_basis_points)
            .where(line.c.order_id == order_id)
            .order_by(line.c.id)
        ).all()
        rates = []
        for index, typed in enumerate(draft.lines):
            old = saved[index] if index < len(saved) else None
            if old is not None and old.product_id == typed.product_id and old.tax_kind:
                rates.append(TaxRate(old.tax_rate, old.tax_basis_points or 0, old.tax_kind))
            else:
                rates.append(settings.rate(codes.get(typed.product_id)))
        shipping = settings.rate(settings.shipping_rate)
        if placed.shipping_tax_kind:
            shipping = TaxRate(
                placed.shipping_tax_rate, placed.shipping_tax_basis_points or 0, placed.shipping_tax_kind
            )
        return _priced(draft, rates, shipping, prices_include_tax=bool(placed.prices_include_tax))

    def on_order_edited(self, session, order_id: int, customer_before: int | None) -> None:  # noqa: ANN001
        """``OrderEditService.edit_hooks``: an edit that changed what the invoice says (its amounts by rate, or its
        buyer) credits the invoice in full and issues a new one for the order as it is now; an issued invoice is
        never changed. An edit of notes or addresses issues nothing."""
        documents.reissue_after_edit(session, order_id, read_settings(session.connection()))

    def on_status_changed(self, session, order_id: int, before: str | None, after: str) -> None:  # noqa: ANN001
        """An order placed with tax gets its invoice; a cancelled one a credit note for what its invoice has left."""
        if before is None and after != "cancelled":
            documents.issue_invoice(session, order_id, read_settings(session.connection()))
        elif after == "cancelled":
            documents.credit_remainder(session, order_id)

    def on_units_returned(self, session, units) -> None:  # noqa: ANN001 - a return_records.ReturnedUnits
        """Units back for good with something given for them: a credit note for it, referring to the invoice."""
        documents.credit_return(session, units.return_id)

    # --- reading -------------------------------------------------------------------------------------------------
    def preview(self, draft: OrderDraft, *, order_id: int | None = None) -> OrderTax | None:
        """The tax an order would carry if placed now (the order form shows it as you type); with ``order_id``,
        the tax that saved order would carry edited to ``draft``."""
        with self._uow() as uow:
            connection = uow.session.connection()
            if order_id is not None:
                return self.reprice(connection, order_id, draft)
            return self.price(connection, draft)

    def invoices(self, order_ids: list[int]) -> list[TaxDocumentRow]:
        """The invoices of these orders (orders without tax have none), in the orders' order."""
        with self._uow() as uow:
            ids = documents.documents_of_orders(uow.session, order_ids, "invoice")
            return documents.read_documents(uow.session, ids)

    def credit_notes(self, order_ids: list[int]) -> list[TaxDocumentRow]:
        """The credit notes of these orders, each order's by number."""
        with self._uow() as uow:
            ids = documents.documents_of_orders(uow.session, order_ids, "credit_note")
            return documents.read_documents(uow.session, ids)

    def mark_printed(self, document_ids: list[int]) -> None:
        """Note the first printing of these documents; every later printing is marked as a copy."""
        with self._uow() as uow:
            documents.mark_printed(uow.session, document_ids)
            uow.commit()

    def order_tax(self, order_id: int) -> OrderTaxView | None:
        """An order's tax as placed (None: it carries none), with its invoice and credit note numbers."""
        with self._uow() as uow:
            session = uow.session
            order = session.get(Order, order_id)
            if order is None:
                raise NotFound("order", order_id)
            if order.tax_minor is None:
                return None
            rows = session.exec(
                select(
                    OrderLine.tax_rate,
                    OrderLine.tax_kind,
                    OrderLine.tax_basis_points,
                    OrderLine.net_minor,
                    OrderLine.tax_minor,
                )
                .where(OrderLine.order_id == order_id)
                .order_by(OrderLine.id)
            ).all()
            lines = tuple(stored_line(*row) for row in rows)
            shipping = stored_shipping(order)
            numbers = session.exec(
                select(TaxDocument.kind, TaxDocument.number)
                .where(TaxDocument.order_id == order_id)
                .order_by(TaxDocument.id)
            ).all()
        parts = [*lines, *([shipping] if shipping else [])]
        return OrderTaxView(
            prices_include_tax=bool(order.prices_include_tax),
            lines=lines,
            shipping=shipping,
            by_rate=sum_by_rate(parts),
            net_minor=sum(p.net_minor for p in parts),
            tax_minor=sum(p.tax_minor for p in parts),
            gross_minor=sum(p.gross_minor for p in parts),
            # the invoice in force: an edit that changed the amounts credited the one before and issued this one
            invoice_number=next((n for kind, n in reversed(numbers) if kind == "invoice"), None),
            credit_notes=tuple(n for kind, n in numbers if kind == "credit_note"),
        )


def _product_rates(connection, draft: OrderDraft) -> dict[int, str]:  # noqa: ANN001
    """The rate code of each product the draft's lines name."""
    ids = {line.product_id for line in draft.lines if line.product_id is not None}
    if not ids:
        return {}
    table = Product.__table__
    return dict(connection.execute(select(table.c.id, table.c.tax_rate).where(table.c.id.in_(ids))).all())


def _priced(draft: OrderDraft, rates: list[TaxRate], shipping: TaxRate, *, prices_include_tax: bool) -> OrderTax:
    """The one pricing of an order's tax, at placement and at an edit (``draft`` with its percents resolved)."""
    return order_tax(
        [line.quantity * line.unit_price_minor - line.discount_minor for line in draft.lines],
        rates,
        order_discount_minor=draft.order_discount_minor,
        shipping_minor=draft.shipping_minor,
        shipping_rate=shipping,
        prices_include_tax=prices_include_tax,
    )
