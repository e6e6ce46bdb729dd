"""Importing orders from other shops' CSV exports: the column mappings and what an import found, as plain data
(no database code) for the screens and the command line."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

# What an import reads from a file. Each field names the column(s) it may come from (the first one present wins).
FIELDS = (
    "external_id",  # the order's number in the other shop: importing the same order twice changes nothing
    "created_at",
    "status",  # a status word (completed, processing, …)
    "financial_status",  # Shopify: paid, pending, refunded, voided, …
    "fulfillment_status",  # Shopify: fulfilled, partial, unfulfilled
    "cancelled_at",
    "customer_name",
    "first_name",
    "last_name",
    "email",
    "phone",
    "currency",
    "line_name",
    "line_sku",
    "line_quantity",
    "line_price",
    "discount",
    "shipping",
    "total",
    "payment_method",
    "notes",
)
# The order's ship-to and, when it differs, bill-to address (copied onto the order). Read from the Shopify and
# WooCommerce formats; a mapping made in the app does not offer them yet.
ADDRESS_FIELDS = tuple(
    f"{kind}_{name}"
    for kind in ("ship", "bill")
    for name in (
        "name",
        "first_name",
        "last_name",
        "phone",
        "line1",
        "line2",
        "city",
        "region",
        "postal_code",
        "country",
    )
)
# What the order was paid and given back (``import_payments``): read from the Shopify and WooCommerce formats; a
# mapping made in the app reads the status only (a paid status is paid in full).
PAYMENT_FIELDS = ("paid_at", "outstanding", "refunded")
READ_FIELDS = FIELDS + ADDRESS_FIELDS + PAYMENT_FIELDS
REQUIRED = ("external_id", "created_at", "line_name", "line_quantity", "line_price")
DATE_ORDERS = ("", "dmy", "mdy")  # how to read 03/04/2025 when the file does not make it clear


@dataclass(frozen=True)
class ColumnMapping:
    """Which columns of a file hold what shopdesk needs, saved by name. ``name`` also marks the orders it brings
    (with their number there), so the same order is never imported twice from the same source."""

    name: str
    columns: dict[str, tuple[str, ...]]
    channel: str = "website"
    date_order: str = ""  # "dmy" or "mdy" when dates such as 03/04/2025 appear; "" refuses ambiguous ones

    def to_json(self) -> str:
        return json.dumps(
            {
                "name": self.name,
                "columns": {key: list(value) for key, value in self.columns.items()},
                "channel": self.channel,
                "date_order": self.date_order,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        data = json.loads(text)
        return cls(
            name=data["name"],
            columns={key: tuple(value) for key, value in data["columns"].items() if key in READ_FIELDS},
            channel=data.get("channel", "website"),
            date_order=data.get("date_order", ""),
        )


SHOPIFY = ColumnMapping(
    "shopify",
    {
        "external_id": ("Name",),
        "created_at": ("Created at",),
        "financial_status": ("Financial Status",),
        "fulfillment_status": ("Fulfillment Status",),
        "cancelled_at": ("Cancelled at",),
        "customer_name": ("Billing Name", "Shipping Name"),
        "email": ("Email",),
        "phone": ("Phone", "Billing Phone", "Shipping Phone"),
        "currency": ("Currency",),
        "line_name": ("Lineitem name",),
        "line_sku": ("Lineitem sku",),
        "line_quantity": ("Lineitem quantity",),
        "line_price": ("Lineitem price",),
        "discount": ("Discount Amount",),
        "shipping": ("Shipping",),
        "total": ("Total",),
        "payment_method": ("Payment Method",),
        "notes": ("Notes",),
        "paid_at": ("Paid at",),
        "outstanding": ("Outstanding Balance",),
        "refunded": ("Refunded Amount",),
        **{
            f"{kind}_{name}": (f"{title} {column}",)
            for kind, title in (("ship", "Shipping"), ("bill", "Billing"))
            for name, column in (
                ("name", "Name"),
                ("phone", "Phone"),
                ("line1", "Address1"),
                ("line2", "Address2"),
                ("city", "City"),
                ("region", "Province"),
                ("postal_code", "Zip"),
                ("country", "Country"),
            )
        },
    },
)
WOOCOMMERCE = ColumnMapping(
    "woocommerce",
    {
        "external_id": ("Order Number", "Order ID"),
        "created_at": ("Order Date", "Date"),
        "status": ("Order Status", "Status"),
        "customer_name": ("Billing Name", "Customer Name"),
        "first_name": ("First Name (Billing)", "Billing First Name"),
        "last_name": ("Last Name (Billing)", "Billing Last Name"),
        "email": ("Email (Billing)", "Billing Email", "Customer Email"),
        "phone": ("Phone (Billing)", "Billing Phone"),
        "currency": ("Order Currency", "Currency"),
        "line_name": ("Item Name", "Product Name"),
        "line_sku": ("SKU", "Item SKU"),
        "line_quantity": ("Quantity", "Item Quantity", "Quantity (- Refund)"),
        "line_price": ("Item Cost", "Item Price"),
        "discount": ("Cart Discount Amount", "Order Discount Amount"),
        "shipping": ("Order Shipping Amount", "Shipping Total"),
        "total": ("Order Total Amount", "Order Total"),
        "payment_method": ("Payment Method Title", "Payment Method"),
        "notes": ("Customer Note",),
        "paid_at": ("Paid Date", "Date Paid"),
        "refunded": ("Order Refund Amount", "Refund Amount", "Refunded Amount"),
        # WooCommerce's own export ("Shipping First Name") and the common plugin's ("First Name (Shipping)")
        **{
            f"{kind}_{name}": (f"{title} {column}", f"{plugin} ({title})")
            for kind, title in (("ship", "Shipping"), ("bill", "Billing"))
            for name, column, plugin in (
                ("first_name", "First Name", "First Name"),
                ("last_name", "Last Name", "Last Name"),
                ("phone", "Phone", "Phone"),
                ("line1", "Address 1", "Address 1"),
                ("line2", "Address 2", "Address 2"),
                ("city", "City", "City"),
                ("region", "State", "State Code"),
                ("postal_code", "Postcode", "Postcode"),
                ("country", "Country", "Country Code"),
            )
        },
    },
)
FORMATS = {"shopify": SHOPIFY, "woocommerce": WOOCOMMERCE}
_MAPPING_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,31}")


def valid_mapping_name(name: str) -> bool:
    """A saved mapping's name: lower-case letters, digits, - and _ (it marks the orders it imports)."""
    return bool(_MAPPING_NAME.fullmatch(name)) and name not in FORMATS


@dataclass(frozen=True)
class RowProblem:
    """Why a row cannot be imported: the row's line in the file (the header is line 1), the column, the reason
    (the same words as ``InvalidInput`` reasons, translated by the views) and the value found."""

    row: int
    column: str
    reason: str
    value: str = ""

    def text(self) -> str:
        where = f"row {self.row}" + (f", {self.column}" if self.column else "")
        return f"{where}: {self.reason}" + (f" ({self.value!r})" if self.value else "")


@dataclass(frozen=True)
class ImportReport:
    """What an import did — or, for a dry run or a file with problems, what it would have done (then nothing was
    written). ``problems`` lists the first 1,000 wrong rows, ``problems_total`` counts them all; ``warnings`` (and
    ``warnings_total``) are rows imported as they are but worth a look (a phone kept unverified)."""

    source: str
    encoding: str
    rows: int
    orders_new: int
    orders_existing: int
    customers_new: int
    customers_matched: int
    problems: tuple[RowProblem, ...] = field(default_factory=tuple)
    dry_run: bool = False
    written: bool = False
    problems_total: int = 0
    warnings: tuple[RowProblem, ...] = field(default_factory=tuple)
    warnings_total: int = 0

    def to_json(self) -> dict:
        return {
            "source": self.source,
            "encoding": self.encoding,
            "rows": self.rows,
            "dry_run": self.dry_run,
            "written": self.written,
            "orders": {"new": self.orders_new, "existing": self.orders_existing},
            "customers": {"new": self.customers_new, "matched": self.customers_matched},
            "problems": [_problem_json(p) for p in self.problems],
            "problems_total": max(self.problems_total, len(self.problems)),
            "warnings": [_problem_json(p) for p in self.warnings],
            "warnings_total": max(self.warnings_total, len(self.warnings)),
        }


def _problem_json(problem: RowProblem) -> dict:
    return {"row": problem.row, "column": problem.column, "reason": problem.reason, "value": problem.value}
