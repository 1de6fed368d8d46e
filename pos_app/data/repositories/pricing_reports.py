"""What the Z report says of pricing (issue 12): tax per rate on sales and on refunds,
discounts by cashier, promotions applied, cash rounding. Each figure is a sum of what the
sales and refunds recorded, so it agrees with their receipts to the cent."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from pos_app.data.models import Account, Refund, RefundLine, Sale, SaleLine
from pos_app.data.repositories.base import Repository
from pos_app.data.repositories.reports import NOT_VOIDED

#: (rate name, percent in ten-thousandths, exempt, net cents, tax cents)
RateSums = list[tuple[str, int, bool, int, int]]


class PricingReports(Repository):
    @staticmethod
    def _sales_in(since: datetime, until: datetime, counter: str) -> list[Any]:
        where = [Sale.created_at >= since, Sale.created_at < until, NOT_VOIDED]
        if counter:
            where.append(Sale.counter == counter)
        return where

    def sales_tax(self, since: datetime, until: datetime, counter: str) -> RateSums:
        """Net and tax of the lines sold, by the rate they were sold at."""
        query = (
            select(
                SaleLine.tax_name,
                SaleLine.tax_percent_e4,
                SaleLine.tax_exempt,
                func.sum(SaleLine.paid_cents - SaleLine.tax_cents),
                func.sum(SaleLine.tax_cents),
            )
            .join(Sale, Sale.id == SaleLine.sale_id)
            .where(*self._sales_in(since, until, counter), SaleLine.tax_name != "")
            .group_by(SaleLine.tax_name, SaleLine.tax_percent_e4, SaleLine.tax_exempt)
        )
        return _rates(self.session.execute(query))

    def refunds_tax(self, since: datetime, until: datetime, counter: str) -> RateSums:
        """Net and tax given back by refunds, by the rate their lines were sold at."""
        where = [Refund.created_at >= since, Refund.created_at < until]
        if counter:
            where.append(Refund.counter == counter)
        query = (
            select(
                SaleLine.tax_name,
                SaleLine.tax_percent_e4,
                SaleLine.tax_exempt,
                func.sum(RefundLine.amount_cents - RefundLine.tax_cents),
                func.sum(RefundLine.tax_cents),
            )
            .join(Refund, Refund.id == RefundLine.refund_id)
            .join(SaleLine, SaleLine.id == RefundLine.sale_line_id)
            .where(*where, SaleLine.tax_name != "")
            .group_by(SaleLine.tax_name, SaleLine.tax_percent_e4, SaleLine.tax_exempt)
        )
        return _rates(self.session.execute(query))

    def discounts_by_cashier(
        self, since: datetime, until: datetime, counter: str
    ) -> list[tuple[str, int, int]]:
        """(cashier, sales discounted, discount cents), most given first."""
        query = (
            select(
                func.coalesce(Account.username, "?"), func.count(), func.sum(Sale.discount_cents)
            )
            .outerjoin(Account, Account.id == Sale.cashier_id)
            .where(*self._sales_in(since, until, counter), Sale.discount_cents > 0)
            .group_by(Account.username)
        )
        rows = [(str(r[0]), int(r[1]), int(r[2])) for r in self.session.execute(query)]
        return sorted(rows, key=lambda r: (-r[2], r[0]))

    def promotions_applied(
        self, since: datetime, until: datetime, counter: str
    ) -> list[tuple[str, int, int]]:
        """(promotion, lines it applied to, cents it took off), most taken first."""
        query = (
            select(SaleLine.promotion_name, func.count(), func.sum(SaleLine.promotion_cents))
            .join(Sale, Sale.id == SaleLine.sale_id)
            .where(*self._sales_in(since, until, counter), SaleLine.promotion_cents > 0)
            .group_by(SaleLine.promotion_name)
        )
        rows = [(str(r[0]), int(r[1]), int(r[2])) for r in self.session.execute(query)]
        return sorted(rows, key=lambda r: (-r[2], r[0]))

    def cash_rounding(self, since: datetime, until: datetime, counter: str) -> int:
        total = self.session.scalar(
            select(func.coalesce(func.sum(Sale.cash_rounding_cents), 0)).where(
                *self._sales_in(since, until, counter)
            )
        )
        return int(total or 0)


def _rates(rows: Any) -> RateSums:
    found = [(str(r[0]), int(r[1]), bool(r[2]), int(r[3]), int(r[4])) for r in rows]
    return sorted(found, key=lambda r: (r[2], -r[1], r[0]))
