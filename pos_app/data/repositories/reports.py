"""Totals over periods: the Z report's sums, the dashboard's chart and best sellers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, Integer, case, func, literal_column, select

from pos_app.data.models import (
    Account,
    Product,
    Refund,
    RefundLine,
    Sale,
    SaleLine,
    SalePayment,
    WalletEntry,
)
from pos_app.data.repositories.base import Repository
from pos_app.data.shift_models import CashMovement, Shift
from pos_app.domain.enums import CashMovementKind, Role, WalletEntryKind

#: A voided sale's money and goods went back: no report counts it (issue 13).
NOT_VOIDED = Sale.voided_at.is_(None)


class ReportQueries(Repository):
    def sales_summary(
        self, since: datetime, until: datetime, counter: str
    ) -> tuple[int, int, dict[str, int]]:
        """(number of sales, gross cents, cents per payment method) in [since, until)."""
        in_period = [Sale.created_at >= since, Sale.created_at < until, NOT_VOIDED]
        if counter:
            in_period.append(Sale.counter == counter)
        count, gross = self.session.execute(
            select(func.count(), func.coalesce(func.sum(Sale.total_cents), 0)).where(*in_period)
        ).one()
        methods = self.session.execute(
            select(SalePayment.method, func.sum(SalePayment.amount_cents))
            .join(Sale, Sale.id == SalePayment.sale_id)
            .where(*in_period)
            .group_by(SalePayment.method)
        )
        return int(count), int(gross), {str(m): int(c) for m, c in methods}

    def refunds_summary(
        self, since: datetime, until: datetime, counter: str
    ) -> tuple[int, dict[str, int]]:
        """(number of refunds, cents per refund method) in [since, until)."""
        in_period = [Refund.created_at >= since, Refund.created_at < until]
        if counter:
            in_period.append(Refund.counter == counter)
        rows = list(
            self.session.execute(
                select(Refund.method, func.count(), func.sum(Refund.amount_cents))
                .where(*in_period)
                .group_by(Refund.method)
            )
        )
        return sum(int(r[1]) for r in rows), {str(r[0]): int(r[2]) for r in rows}

    def top_ups_summary(self, since: datetime, until: datetime, counter: str) -> dict[str, int]:
        """Cents of wallet top-ups in [since, until) per payment method ("" for top-ups
        recorded before the method was)."""
        in_period = [
            WalletEntry.kind == WalletEntryKind.TOP_UP.value,
            WalletEntry.created_at >= since,
            WalletEntry.created_at < until,
        ]
        if counter:
            in_period.append(WalletEntry.counter == counter)
        rows = self.session.execute(
            select(WalletEntry.payment_method, func.sum(WalletEntry.amount_cents))
            .where(*in_period)
            .group_by(WalletEntry.payment_method)
        )
        return {str(r[0] or ""): int(r[1]) for r in rows}

    def cash_moved(self, since: datetime, until: datetime, counter: str) -> tuple[int, int]:
        """(paid in, paid out) cents of the drawers' cash movements in [since, until), at
        ``counter`` ("" every counter): cash that came into or left a drawer besides sales,
        refunds and top-ups."""
        in_period = [CashMovement.created_at >= since, CashMovement.created_at < until]
        if counter:
            in_period.append(Shift.counter == counter)
        moved = dict(
            self.session.execute(
                select(CashMovement.kind, func.sum(CashMovement.amount_cents))
                .join(Shift, Shift.id == CashMovement.shift_id)
                .where(*in_period)
                .group_by(CashMovement.kind)
            ).all()
        )
        paid_in = moved.get(CashMovementKind.PAID_IN.value, 0)
        paid_out = moved.get(CashMovementKind.PAID_OUT.value, 0)
        return int(paid_in or 0), int(paid_out or 0)

    def voids_and_no_sales(
        self, since: datetime, until: datetime, counter: str
    ) -> tuple[int, int, int]:
        """(voided sales, their total cents, drawer openings with no sale) in [since,
        until), at ``counter`` ("" every counter): what a shift's Z report counts too."""
        voided = [Sale.created_at >= since, Sale.created_at < until, Sale.voided_at.is_not(None)]
        if counter:
            voided.append(Sale.counter == counter)
        count, cents = self.session.execute(
            select(func.count(), func.coalesce(func.sum(Sale.total_cents), 0)).where(*voided)
        ).one()
        opened = [
            CashMovement.created_at >= since,
            CashMovement.created_at < until,
            CashMovement.kind == CashMovementKind.NO_SALE.value,
        ]
        if counter:
            opened.append(Shift.counter == counter)
        no_sales = self.session.scalar(
            select(func.count()).select_from(CashMovement).join(Shift).where(*opened)
        )
        return int(count), int(cents), int(no_sales or 0)

    def daily_sums(self, bounds: Sequence[datetime]) -> list[tuple[int, ...]]:
        """Sums per day for the days that run from ``bounds[n]`` to ``bounds[n + 1]``:
        (day index n, sales, total, net, tax, discount, promotion cents), days without a
        sale left out. One query whatever the number of days: the day of a sale is found
        by halving the boundaries in SQL, so local days (DST and all) need no time zone
        support from the database."""
        if len(bounds) < 2:
            return []
        day = _day_of(bounds[1:], 0).label("day")
        per_sale = (
            select(
                day,
                Sale.total_cents,
                Sale.net_cents,
                Sale.tax_cents,
                Sale.discount_cents,
                Sale.promotion_cents,
            )
            .where(Sale.created_at >= bounds[0], Sale.created_at < bounds[-1], NOT_VOIDED)
            .subquery()
        )
        c = per_sale.c
        query = (
            select(
                c.day,
                func.count(),
                func.sum(c.total_cents),
                func.sum(c.net_cents),
                func.sum(c.tax_cents),
                func.sum(c.discount_cents),
                func.sum(c.promotion_cents),
            )
            .group_by(c.day)
            .order_by(c.day)
        )
        return [tuple(int(v) for v in row) for row in self.session.execute(query)]

    def top_products(
        self, since: datetime, until: datetime, limit: int
    ) -> list[tuple[int, str, int, int]]:
        """(product id, name, units, revenue cents) of the best sellers in [since, until):
        what the period's sales charged for them (after promotions and discounts, with
        their tax) and the units they sold, less what was returned of those sales since."""
        returned = (
            select(
                RefundLine.sale_line_id.label("line_id"),
                func.sum(RefundLine.quantity).label("units"),
                func.sum(RefundLine.amount_cents).label("cents"),
            )
            .group_by(RefundLine.sale_line_id)
            .subquery()
        )
        units = func.sum(SaleLine.quantity - func.coalesce(returned.c.units, 0))
        revenue = func.sum(SaleLine.paid_cents - func.coalesce(returned.c.cents, 0))
        # The period's sales first, through their time's index, then their lines: as a
        # join, SQLite walked every line of 2,000,000 sales by product (18 s for 30 days;
        # 0.8 s this way, the big-store bench's store).
        period = select(Sale.id).where(
            Sale.created_at >= since, Sale.created_at < until, NOT_VOIDED
        )
        query = (
            select(SaleLine.product_id, Product.name, units, revenue)
            .join(Product, Product.id == SaleLine.product_id)
            .outerjoin(returned, returned.c.line_id == SaleLine.id)
            .where(SaleLine.sale_id.in_(period))
            .group_by(SaleLine.product_id, Product.name)
            .having(units > 0)
            .order_by(units.desc(), SaleLine.product_id)
            .limit(limit)
        )
        return [(int(r[0]), str(r[1]), int(r[2]), int(r[3])) for r in self.session.execute(query)]

    def counts(self) -> tuple[int, int, int]:
        """(customers, products, sales): what the health check reports."""
        customers = self.session.scalar(
            select(func.count()).select_from(Account).where(Account.role == Role.CUSTOMER.value)
        )
        products = self.session.scalar(select(func.count()).select_from(Product))
        sales = self.session.scalar(select(func.count()).select_from(Sale))
        return int(customers or 0), int(products or 0), int(sales or 0)


def _day_of(ends: Sequence[datetime], first: int) -> ColumnElement[int]:
    """The index (from ``first``) of the day a sale falls in, of the days that end, in
    order, at ``ends``: a CASE that halves them, so a sale costs log2(days) comparisons."""
    if len(ends) == 1:
        return literal_column(str(int(first)), Integer)
    half = len(ends) // 2
    return case(
        (Sale.created_at < ends[half - 1], _day_of(ends[:half], first)),
        else_=_day_of(ends[half:], first + half),
    )
