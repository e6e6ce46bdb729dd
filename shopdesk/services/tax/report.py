"""The tax report of a period: sales and tax by rate from the invoices issued in it, what credit notes issued in
it gave back, and the tax due. Every figure is one SQL sum over the issued documents (``tax_document`` and its
lines by rate), so the report equals the sum of its invoices and credit notes by construction; the tests check it
against the documents one by one.

Definitions (what an accountant files): *taxable sales* are the net amounts at standard (non-zero) rates and
*output tax* their tax; *zero-rated* and *exempt sales* are the net amounts at those rates; *tax given back* is the
tax of the credit notes issued in the period (returns, cancellations); *net tax due* is output tax less tax given
back. A period is ``[from, to]`` in local days; a document counts on the day it was issued.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from shopdesk.db.models import TaxDocument, TaxDocumentLine
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services.dates import check_range
from shopdesk.services.settings import shop_setting
from shopdesk.services.tax.report_records import TaxMonth, TaxReport, TaxReportRate

_DOC = TaxDocument.__table__
_LINE = TaxDocumentLine.__table__


def _start(day: date) -> datetime:
    """The first moment of a local calendar day, as an aware time (stored times are UTC)."""
    return datetime.combine(day, time()).astimezone()


class TaxReportService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def report(self, date_from: date, date_to: date, *, month_starts: Sequence[date] = ()) -> TaxReport:
        """The period's tax report. ``month_starts``: the first days of the months to show (of the report's
        calendar: Jalali months for a Persian report), the last one being the day after the last month."""
        check_range(date_from, date_to)
        since, until = _start(date_from), _start(date_to + timedelta(days=1))
        in_period = (_DOC.c.issued_at >= since, _DOC.c.issued_at < until)
        with self._uow() as uow:
            connection = uow.session.connection()
            currency = shop_setting(connection, "currency")
            sums = connection.execute(
                select(
                    _DOC.c.kind,
                    _LINE.c.rate_code,
                    _LINE.c.kind,
                    _LINE.c.basis_points,
                    func.sum(_LINE.c.net_minor),
                    func.sum(_LINE.c.tax_minor),
                )
                .join(_LINE, _LINE.c.document_id == _DOC.c.id)
                .where(*in_period, _DOC.c.currency == currency)
                .group_by(_DOC.c.kind, _LINE.c.rate_code, _LINE.c.kind, _LINE.c.basis_points)
            ).all()
            counts = dict(
                connection.execute(
                    select(_DOC.c.kind, func.count())
                    .where(*in_period, _DOC.c.currency == currency)
                    .group_by(_DOC.c.kind)
                ).all()
            )
            months = []
            for first, after in zip(month_starts, month_starts[1:], strict=False):
                taxes = dict(
                    connection.execute(
                        select(_DOC.c.kind, func.sum(_DOC.c.tax_minor))
                        .where(
                            _DOC.c.issued_at >= max(_start(first), since),
                            _DOC.c.issued_at < min(_start(after), until),
                            _DOC.c.currency == currency,
                        )
                        .group_by(_DOC.c.kind)
                    ).all()
                )
                months.append(TaxMonth(first, int(taxes.get("invoice") or 0), int(taxes.get("credit_note") or 0)))
        by_rate: dict[tuple[str, str, int], list[int]] = {}
        for document_kind, code, kind, points, net, tax in sums:
            cell = by_rate.setdefault((code, kind, int(points)), [0, 0, 0, 0])
            offset = 0 if document_kind == "invoice" else 2
            cell[offset] += int(net or 0)
            cell[offset + 1] += int(tax or 0)
        order = {"standard": 0, "zero": 1, "exempt": 2}
        rates = tuple(
            TaxReportRate(code, kind, points, *cells)
            for (code, kind, points), cells in sorted(
                by_rate.items(), key=lambda i: (order.get(i[0][1], 3), -i[0][2], i[0][0])
            )
        )
        return TaxReport(
            date_from=date_from,
            date_to=date_to,
            currency=currency,
            rates=rates,
            invoices=int(counts.get("invoice", 0)),
            credit_notes=int(counts.get("credit_note", 0)),
            months=tuple(months),
        )
