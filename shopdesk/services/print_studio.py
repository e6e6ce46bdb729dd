"""Print studio: which orders to print, the documents for them, the PDF, and the record of what was printed.

The words on a document are not translated here: the caller passes a ``texts(language)`` function returning a
``DocumentText`` (translated labels, digits, money and dates as that language writes them), so this module stays
free of Qt and the command line and the app print the same pages.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func
from sqlmodel import select

from shopdesk.db.models import Customer, Order, OrderAddress, OrderEvent, OrderLine, OrderPrint, Product, Setting
from shopdesk.db.types import utcnow
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services.addresses import Address, address_lines
from shopdesk.services.errors import Cancelled, InvalidInput, NotFound
from shopdesk.services.files import written_whole
from shopdesk.services.loyalty import LoyaltyService
from shopdesk.services.order_rows import STATUSES
from shopdesk.services.print_requests import LANGUAGES, DocumentText, PrintedDocument, PrintRequest, Progress
from shopdesk.services.printing import DOCUMENTS
from shopdesk.services.printing.documents import (
    Document,
    DocumentItem,
    DocumentRenderer,
    LoyaltyCard,
    ShopHeader,
    TotalRow,
)
from shopdesk.services.printing.review_links import tagged_url
from shopdesk.services.printing.templates import (
    fill,
    first_name,
    isolate,
    isolate_lines,
    names_someone,
    validate_template,
)
from shopdesk.services.returns import ReturnService
from shopdesk.services.settings import SettingsService
from shopdesk.services.shop_settings import shop_language

_CHUNK = 500
_SAMPLE_NAMES = {"en": "Sara Ahmed", "ar": "سارة أحمد", "fa": "سارا احمدی"}
_SAMPLE_ITEMS = {"en": "Rose soap", "ar": "صابون الورد", "fa": "صابون گل رز"}


def _template_key(document: str, language: str) -> str:
    return f"print.{document}.{language}"


class PrintService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        settings: SettingsService,
        returns: ReturnService | None = None,
        loyalty: LoyaltyService | None = None,
    ):
        self._uow = uow
        self._settings = settings
        self._returns = returns
        self._loyalty = loyalty

    # --- choosing orders -----------------------------------------------------------------------------------------
    def order_ids(
        self, *, numbers: Sequence[int] = (), status: str | None = None, since: date | None = None
    ) -> list[int]:
        """Ids of the orders to print, by order number; by status (and changed since a day); numbers first."""
        if status is not None and status not in STATUSES:
            raise InvalidInput("status", "unknown status", status)
        with self._uow() as uow:
            session = uow.session
            if numbers:
                found = dict(session.exec(select(Order.number, Order.id).where(Order.number.in_(list(numbers)))).all())
                missing = [n for n in numbers if n not in found]
                if missing:
                    raise NotFound("order", ", ".join(map(str, missing)))
                return list(dict.fromkeys(found[n] for n in numbers))
            if status is None:
                raise InvalidInput("orders", "choose orders by number or by status")
            statement = select(Order.id).where(Order.status == status).order_by(Order.number)
            if since is not None:  # moved to this status on or after that day (local midnight)
                start = datetime.combine(since, datetime.min.time()).astimezone(UTC)
                changed = select(OrderEvent.order_id).where(OrderEvent.to_status == status, OrderEvent.at >= start)
                statement = statement.where(Order.id.in_(changed))
            return list(session.exec(statement).all())

    # --- message templates ---------------------------------------------------------------------------------------
    def message_template(self, document: str, language: str) -> str | None:
        """The shop's own message for a document and language, or ``None`` to use the default."""
        with self._uow() as uow:
            row = uow.session.get(Setting, _template_key(document, language))
            return row.value if row is not None and row.value.strip() else None

    def save_message_template(self, document: str, language: str, text: str) -> str:
        """Validate and store a message template; an empty text goes back to the default."""
        if document not in DOCUMENTS or language not in LANGUAGES:
            raise InvalidInput("template", "unknown document or language", f"{document}/{language}")
        clean = validate_template(text, "message") if text.strip() else ""
        with self._uow() as uow:
            key = _template_key(document, language)
            row = uow.session.get(Setting, key)
            if row is None:
                uow.session.add(Setting(key=key, value=clean, updated_at=utcnow()))
            else:
                row.value = clean
                row.updated_at = utcnow()
            uow.commit()
        return clean

    def sample_pdf(self, document: str, text: DocumentText, template: str, out: Path) -> Path:
        """A one-page preview of a message template on an invented order (for the template editor); the
        template is validated first, so a preview is never made of a template that cannot be saved."""
        template = validate_template(template, "message") if template.strip() else text.messages[document]
        shop = self._settings.load()
        language = text.labels.language
        name = _SAMPLE_NAMES[language]
        number = text.number(1024)
        item = _SAMPLE_ITEMS[language]
        review_url = tagged_url(shop.review_url, 1024) if shop.review_url else ""
        values = {
            "first_name": first_name(name),
            "customer_name": name,
            "order_number": number,
            "items": item,
            "shop_name": shop.shop_name,
            "review_link": review_url,
            "return_by": text.date(date.today()),
            "return_days": text.number(self._settings.load().return_days),
            "stamps_to_reward": text.number(2),
            "discount_code": "R-7Q2KXM",
        }
        sample = Document(
            labels=text.labels,
            order_number=1024,
            order_number_text=number,
            date_text=text.date(date.today()),
            customer_name=name,
            message=fill(template, values),
            items=(DocumentItem(item, text.number(2), text.money(2500, shop.currency)),),
            total_text=text.money(2500, shop.currency),
            review_url=review_url,
        )
        renderer = DocumentRenderer(ShopHeader(shop.shop_name, shop.logo), "a6")
        with open(out, "wb") as handle:
            for _ in renderer.render([sample], handle, document):
                pass
        return Path(out)

    # --- documents -----------------------------------------------------------------------------------------------
    def documents(
        self, order_ids: Sequence[int], request: PrintRequest, texts: Callable[[str], DocumentText]
    ) -> Iterator[Document]:
        """The documents for these orders, in the given order, read from the database a chunk at a time."""
        shop = self._settings.load()
        policy = self._returns.policy() if self._returns is not None else None
        templates: dict[tuple[str, str], str] = {}
        for start in range(0, len(order_ids), _CHUNK):
            chunk = list(order_ids[start : start + _CHUNK])
            orders, lines, ship_to = self._load(chunk)
            for order_id in chunk:
                order, customer = orders[order_id]
                language = request.language
                if language == "auto":
                    language = customer.language if customer is not None and customer.language in LANGUAGES else "en"
                text = texts(language)
                key = (request.document, language)
                if key not in templates:
                    own = self.message_template(*key)
                    templates[key] = own if own is not None else text.messages[request.document]
                card, code = self._loyalty_for(order, customer)
                document = self._document(
                    order, customer, lines.get(order_id, []), shop, request, text, templates[key], card, code
                )
                if request.document == "inserts":  # a thank-you note is not a packing slip
                    document = _with_ship_to(document, order, customer, ship_to.get(order_id), text, request.gift_mode)
                gift_page = request.gift_mode  # the recipient reads it: no money terms of the buyer's returns
                if (
                    policy is not None
                    and not gift_page
                    and request.document == "inserts"
                    and policy.texts.get(language, "").strip()
                ):
                    days = text.number(policy.window_days)
                    document = replace(
                        document, policy_text=fill(policy.texts[language].strip(), {"return_days": days})
                    )
                yield document

    def _load(self, chunk: list[int]):
        with self._uow() as uow:
            session = uow.session
            rows = session.exec(
                select(Order, Customer)
                .join(Customer, Order.customer_id == Customer.id, isouter=True)
                .where(Order.id.in_(chunk))
            ).all()
            orders = {order.id: (order, customer) for order, customer in rows}
            missing = [order_id for order_id in chunk if order_id not in orders]
            if missing:
                raise NotFound("order", missing[0])
            lines: dict[int, list[tuple[OrderLine, Product | None]]] = {}
            for line, product in session.exec(
                select(OrderLine, Product)
                .join(Product, OrderLine.product_id == Product.id, isouter=True)
                .where(OrderLine.order_id.in_(chunk))
                .order_by(OrderLine.id)
            ):
                lines.setdefault(line.order_id, []).append((line, product))
            ship_to = {
                row.order_id: row
                for row in session.exec(
                    select(OrderAddress).where(OrderAddress.order_id.in_(chunk), OrderAddress.kind == "ship")
                )
            }
        return orders, lines, ship_to

    def _loyalty_for(self, order, customer) -> tuple[LoyaltyCard | None, str]:  # noqa: ANN001
        """The customer's first punch card as it stands (this order's stamp marked) and a reward code to use."""
        if self._loyalty is None or customer is None:
            return None, ""
        cards = self._loyalty.cards(customer.id)
        if not cards:
            return None, ""
        card = cards[0]
        earned = sum(h.stamps for h in card.history if h.order_id == order.id and h.kind in ("earned", "reversed"))
        stamps = max(0, card.stamps)
        drawn = LoyaltyCard(stamps=stamps, size=card.size, highlighted=stamps if earned > 0 and stamps else None)
        code = next((r.code for r in card.rewards if r.open(utcnow())), "")
        return drawn, code

    def _document(
        self,
        order,
        customer,
        lines,
        shop,
        request: PrintRequest,
        text: DocumentText,
        template: str,
        card: LoyaltyCard | None = None,
        code: str = "",
    ):
        language = text.labels.language
        number_text = text.number(order.number)
        gift = request.gift_mode
        # A gift is read by its recipient: never the buyer's name, loyalty card or reward code on it.
        name = customer.name if customer is not None and not gift else ""
        if gift:
            card, code = None, ""
        items = []
        for line, product in lines:
            item_name = line.description
            if product is not None:
                item_name = getattr(product, f"name_{language}") or item_name or product.name_en
            price = (
                ""
                if request.gift_mode
                else text.money(line.quantity * line.unit_price_minor - line.discount_minor, order.currency)
            )
            tip = _care_tip(product, language, shop_language(shop.country)) if product is not None else ""
            discount = ""
            if line.discount_minor and not gift:
                discount = f"{text.labels.line_discount} {_negative(text, line.discount_minor, order.currency)}"
            items.append(DocumentItem(item_name, text.number(line.quantity), price, tip, discount, line.sku))
        source = "note" if request.document == "notes" else "insert"  # utm_source names the document
        review_url = tagged_url(shop.review_url, order.number, source) if shop.review_url else ""
        feedback_base = request.feedback_url or shop.feedback_url
        feedback_url = tagged_url(feedback_base, order.number, f"{source}-feedback") if feedback_base else ""
        values = {
            "first_name": first_name(name),
            "customer_name": name,
            "order_number": number_text,
            "items": "، ".join(i.name for i in items) if language != "en" else ", ".join(i.name for i in items),
            "shop_name": shop.shop_name,
            "review_link": review_url,
            "return_by": "",
            "return_days": text.number(shop.return_days) if shop.return_days else "",
            "stamps_to_reward": text.number(max(0, card.size - card.stamps)) if card is not None else "",
            "discount_code": code,
        }
        return_by = ""
        if shop.return_days:
            # Counted from delivery: the expected delivery date when known, else the order date (issue 5).
            start = order.expected_delivery or order.created_at.astimezone().date()
            return_by = text.date(start + timedelta(days=shop.return_days))
            values["return_by"] = return_by
        if gift:
            message = fill(text.messages["gift"], values)
            if order.gift_message.strip():
                message += "\n\n" + isolate_lines(order.gift_message.strip())
        elif not name.strip() and names_someone(template):
            # A walk-in sale (or a customer without a name): the document's greeting without a name.
            message = fill(text.messages[f"{request.document}_no_name"], values)
        else:
            message = fill(template, values)
        return Document(
            labels=text.labels,
            order_number=order.number,
            order_number_text=number_text,
            date_text=text.date(order.created_at.astimezone().date()),
            customer_name=name,
            message=message,
            items=tuple(items),
            total_text="" if request.gift_mode else text.money(order.total_minor, order.currency),
            totals=() if gift or request.document != "inserts" else _totals(order, text),
            review_url=review_url,
            feedback_url=feedback_url,
            gift_line=request.gift_line,
            return_by_text=f"{text.labels.return_by} {return_by}" if return_by else "",
            loyalty=card if request.document == "inserts" else None,
            discount_code=code if request.document == "inserts" else "",
            digits="".join(text.number(digit) for digit in range(10)),
        )

    # --- return slips -------------------------------------------------------------------------------------------
    def write_return_slip(
        self,
        return_id: int,
        texts: Callable[[str], DocumentText],
        out: Path,
        *,
        language: str = "auto",
        size: str = "a6",
    ) -> Path:
        """The slip for a return's parcel, in the customer's language (or ``language``); written whole or not at
        all."""
        from shopdesk.services.printing.return_slip import ReturnSlip, ReturnSlipRenderer

        if self._returns is None:
            raise RuntimeError("PrintService was built without returns")
        detail = self._returns.get_return(return_id)
        policy = self._returns.policy()
        if language == "auto":
            language = "en"
            if detail.customer_id is not None:
                with self._uow() as uow:
                    customer = uow.session.get(Customer, detail.customer_id)
                    if customer is not None and customer.language in LANGUAGES:
                        language = customer.language
        text = texts(language)
        policy_text = policy.texts.get(language, "").strip() or (
            text.messages["return_policy"] if policy.window_days else ""
        )
        policy_text = fill(policy_text, {"return_days": text.number(policy.window_days)}) if policy_text else ""
        if policy.condition:  # the shop's own words, e.g. "unused, in the original packaging"
            policy_text = (policy_text + "\n" if policy_text else "") + f"{text.labels.condition}: {policy.condition}"
        row = detail.row
        closes = self._returns.returnable(row.order_id).window_closes
        slip = ReturnSlip(
            labels=text.labels,
            return_number=row.number,
            return_number_text=text.number(row.number),
            order_number_text=text.number(row.order_number),
            date_text=text.date(row.created_at.astimezone().date()),
            customer_name=row.customer_name,
            items=tuple((text.number(line.quantity), line.description) for line in detail.lines),
            reason=text.reasons.get(row.reason, row.reason)
            + (f" ({detail.reason_text})" if detail.reason_text else ""),
            policy=policy_text,
            return_by_text=f"{text.labels.return_by} {text.date(closes)}" if closes else "",
        )
        shop = self._settings.load()
        renderer = ReturnSlipRenderer(ShopHeader(shop.shop_name, shop.logo), size)
        with written_whole(out) as handle:
            renderer.render_slip(slip, handle)
        return Path(out)

    # --- the PDF -------------------------------------------------------------------------------------------------
    def write_pdf(
        self,
        order_ids: Sequence[int],
        request: PrintRequest,
        texts: Callable[[str], DocumentText],
        out: Path,
        cancel: threading.Event | None = None,
    ) -> Iterator[Progress]:
        """Write the documents into ``out``, yielding progress. The file appears whole or not at all: it is
        written under a temporary name, synced, then renamed; a cancel or an error (a full disk) leaves the
        previous file, if any, untouched."""
        if not order_ids:
            raise InvalidInput("orders", "no orders chosen")
        shop = self._settings.load()
        contact = " · ".join(part.strip() for part in (shop.address, shop.phone, shop.email) if part.strip())
        renderer = DocumentRenderer(ShopHeader(shop.shop_name, shop.logo, contact), request.size)
        total = len(order_ids)
        with written_whole(out) as handle:
            pages = renderer.render(self.documents(order_ids, request, texts), handle, request.document)
            for done in pages:
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                yield Progress(done, total)

    def record_printed(self, order_ids: Sequence[int], request: PrintRequest) -> None:
        """Note on each order that its document was printed (reprints add another entry)."""
        now = utcnow()
        with self._uow() as uow:
            printings = [
                OrderPrint(
                    order_id=order_id,
                    document=request.document,
                    size=request.size,
                    language=request.language,
                    at=now,
                )
                for order_id in order_ids
            ]
            uow.session.add_all(printings)
            uow.commit()

    def print_history(self, order_id: int) -> list[PrintedDocument]:
        with self._uow() as uow:
            rows = uow.session.exec(
                select(OrderPrint).where(OrderPrint.order_id == order_id).order_by(OrderPrint.at, OrderPrint.id)
            ).all()
            return [PrintedDocument(r.document, r.size, r.language, r.at) for r in rows]

    def print_counts(self, order_ids: Sequence[int], document: str) -> dict[int, int]:
        """How many times each order's document was printed already (to warn before a reprint)."""
        with self._uow() as uow:
            rows = uow.session.exec(
                select(OrderPrint.order_id, func.count())
                .where(OrderPrint.order_id.in_(list(order_ids)), OrderPrint.document == document)
                .group_by(OrderPrint.order_id)
            ).all()
            return dict(rows)


def _totals(order, text: DocumentText) -> tuple[TotalRow, ...]:  # noqa: ANN001
    """The sums under an insert's items, as the order stored them: the lines' subtotal (line discounts already out),
    the order discount with its code, shipping, the VAT of a taxed order (added before the total when prices exclude
    it, "incl. VAT" after it when they include it), the total; then what was paid and what is left to pay, when
    anything is (cash on delivery says so: the courier reads it)."""
    labels = text.labels

    def money(minor: int) -> str:
        return text.money(minor, order.currency)

    rows = [TotalRow(labels.subtotal, money(order.subtotal_minor))]
    if order.discount_minor:
        label = labels.order_discount + (f" ({isolate(order.discount_code)})" if order.discount_code.strip() else "")
        rows.append(TotalRow(label, _negative(text, order.discount_minor, order.currency)))
    if order.shipping_minor:
        rows.append(TotalRow(labels.shipping, money(order.shipping_minor)))
    taxed = order.tax_minor is not None  # an order of a VAT-registered shop: its VAT, so the rows add up
    if taxed and not order.prices_include_tax:  # added on top of prices before tax
        rows.append(TotalRow(labels.vat, money(order.tax_minor)))
    rows.append(TotalRow(labels.total, money(order.total_minor), bold=True))
    if taxed and order.prices_include_tax:  # in the total already
        rows.append(TotalRow(labels.vat_included, money(order.tax_minor)))
    balance = order.total_minor - order.paid_minor
    if balance > 0:
        if order.paid_minor:
            rows.append(TotalRow(labels.paid, money(order.paid_minor)))
        due = labels.collect_on_delivery if order.payment_method == "cash_on_delivery" else labels.balance_due
        rows.append(TotalRow(due, money(balance), bold=True))
    return tuple(rows)


def _negative(text: DocumentText, minor: int, currency: str) -> str:
    """An amount taken off, as the language writes a negative sum; its minus sign as the hyphen-minus the
    document fonts have (Persian writes U+2212, which they lack and would print as a box)."""
    return text.money(-minor, currency).replace("\u2212", "-")


def _with_ship_to(document: Document, order, customer, row, text: DocumentText, gift: bool) -> Document:  # noqa: ANN001
    """The packing slip's ship-to (recipient, address in the country's order, phone) and carrier with tracking.
    A gift keeps it, the parcel goes to the recipient; the buyer's own name and phone stand in only when the
    order's address has none and it is not a gift."""
    labels = text.labels
    shipping = " · ".join(
        part
        for part in (
            order.carrier.strip(),
            f"{labels.tracking} {isolate(order.tracking_number)}" if order.tracking_number else "",
        )
        if part
    )
    if row is None:
        return replace(document, shipping_line=shipping)
    address = Address(**{name: getattr(row, name) for name in Address.__dataclass_fields__})
    name = address.recipient.strip() or (customer.name if customer is not None and not gift else "")
    phone = address.phone.strip() or ((customer.phone or "") if customer is not None and not gift else "")
    lines = address_lines(
        replace(address, recipient="", phone=phone), rtl=labels.rtl, country_name=text.country(address.country)
    )
    return replace(document, ship_to_name=name, ship_to=tuple(lines), shipping_line=shipping)


def _care_tip(product: Product, language: str, own_language: str) -> str:
    """A product's care tip in the document's language, else in the shop's own; never one in another script."""
    return getattr(product, f"care_tip_{language}", "") or getattr(product, f"care_tip_{own_language}", "") or ""
