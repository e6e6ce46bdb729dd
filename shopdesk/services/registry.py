"""All services of one open database, wired once (the app, the command line, tests and scripts share this)."""

from __future__ import annotations

from dataclasses import dataclass

from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services.accounts import AccountService
from shopdesk.services.address_book import AddressBookService
from shopdesk.services.customers import CustomerService
from shopdesk.services.exports import ExportService
from shopdesk.services.feedback import FeedbackService
from shopdesk.services.follow_ups import FollowUpService
from shopdesk.services.imports import ImportService
from shopdesk.services.loyalty import LoyaltyService
from shopdesk.services.order_edits import OrderEditService
from shopdesk.services.orders import OrderService
from shopdesk.services.packing import PackingService
from shopdesk.services.payments import PaymentService
from shopdesk.services.print_studio import PrintService
from shopdesk.services.products import ProductService
from shopdesk.services.returns import ReturnService
from shopdesk.services.settings import SettingsService
from shopdesk.services.summaries import SummaryService
from shopdesk.services.tax.printing import TaxPrintService
from shopdesk.services.tax.report import TaxReportService
from shopdesk.services.tax.service import TaxService


@dataclass(frozen=True)
class Services:
    orders: OrderService
    customers: CustomerService
    products: ProductService
    settings: SettingsService
    prints: PrintService
    packing: PackingService
    returns: ReturnService
    loyalty: LoyaltyService
    summaries: SummaryService
    feedback: FeedbackService
    follow_ups: FollowUpService
    exports: ExportService
    imports: ImportService
    accounts: AccountService
    addresses: AddressBookService
    payments: PaymentService
    tax: TaxService
    tax_prints: TaxPrintService
    tax_report: TaxReportService
    order_edits: OrderEditService


def build_services(uow: UnitOfWorkFactory) -> Services:
    orders = OrderService(uow)
    settings = SettingsService(uow)
    returns = ReturnService(uow, orders)
    loyalty = LoyaltyService(uow)
    payments = PaymentService(uow, orders)
    orders.placed_hooks.append(payments.on_order_placed)
    orders.status_hooks.append(payments.on_status_changed)
    orders.status_hooks.append(loyalty.on_status_changed)
    orders.code_hooks.append(loyalty.redeem_in)
    returns.on_units_returned.append(loyalty.on_units_returned)
    tax = TaxService(uow)
    orders.tax = tax.price
    orders.status_hooks.append(tax.on_status_changed)
    returns.on_units_returned.append(tax.on_units_returned)
    order_edits = OrderEditService(uow, orders)
    order_edits.tax = tax.reprice
    follow_ups = FollowUpService(uow, loyalty, settings)
    order_edits.edit_hooks += [loyalty.on_order_edited, follow_ups.on_order_edited, tax.on_order_edited]
    return Services(
        orders=orders,
        customers=CustomerService(uow, orders=orders),
        products=ProductService(uow),
        settings=settings,
        prints=PrintService(uow, settings, returns, loyalty),
        packing=PackingService(uow, orders),
        returns=returns,
        loyalty=loyalty,
        summaries=SummaryService(uow),
        feedback=FeedbackService(uow),
        follow_ups=follow_ups,
        exports=ExportService(uow),
        imports=ImportService(uow),
        accounts=AccountService(uow),
        addresses=AddressBookService(uow),
        payments=payments,
        tax=tax,
        tax_prints=TaxPrintService(uow, orders),
        tax_report=TaxReportService(uow),
        order_edits=order_edits,
    )
