"""Sales as they were written: lookups, history pages and their details."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import exists, func, select

from pos_app.data.models import Sale, SaleLine, SalePayment, WalletEntry, utcnow
from pos_app.data.repositories.base import Repository, keyset_after

#: First key of the advisory lock pos_record_sale holds on its sale's UUID (hashtext).
SALE_LOCK_SPACE = 7302


def sale_key(sale: Sale) -> tuple[Any, int]:
    """Where ``sale`` stands in the history's order (newest first): a keyset ``after``."""
    return sale.created_at, sale.id


class SaleRepository(Repository):
    def by_uuid(self, uuid: str) -> Sale | None:
        return self.session.scalar(select(Sale).where(Sale.uuid == uuid))

    def wait_for(self, uuid: str) -> None:
        """Wait until no ``pos_record_sale`` call for this UUID is still running, so that
        the lookup after it is final (PostgreSQL: the server commits such a call on its
        own, even after the counter that sent it lost the connection). SQLite: a write
        commits only when its process says so; nothing to wait for."""
        if self.on_postgresql:
            self.session.execute(
                select(func.pg_advisory_xact_lock(SALE_LOCK_SPACE, func.hashtext(uuid)))
            )

    def page(
        self,
        customer_id: int | None,
        cashier_id: int | None,
        product_id: int | None,
        since: datetime | None,
        until: datetime | None,
        offset: int,
        limit: int,
        after: Sequence[Any] | None = None,
    ) -> tuple[list[Sale], int]:
        """Sales newest first and how many match; ``after`` (``sale_key`` of the last row
        shown) starts past that row through the index, not by skipping rows."""
        query = select(Sale)
        if customer_id is not None:
            query = query.where(Sale.customer_id == customer_id)
        if cashier_id is not None:
            query = query.where(Sale.cashier_id == cashier_id)
        if product_id is not None:
            # IN, not a correlated EXISTS: SQLite ran EXISTS once per sale of the period
            # (seconds over two million sales); this reads the product's lines by their
            # index first. PostgreSQL plans both as the same semi-join.
            query = query.where(
                Sale.id.in_(select(SaleLine.sale_id).where(SaleLine.product_id == product_id))
            )
        if since is not None:
            query = query.where(Sale.created_at >= since)
        if until is not None:
            query = query.where(Sale.created_at < until)
        query = query.order_by(Sale.created_at.desc(), Sale.id.desc())
        total = self._count(query)
        if after is not None:
            keys = [(Sale.created_at, True), (Sale.id, True)]
            query = query.where(keyset_after(keys, after, self.on_postgresql))
        return list(self.session.scalars(query.offset(offset).limit(limit))), total

    def details(
        self, sale_ids: Sequence[int]
    ) -> tuple[dict[int, list[SaleLine]], dict[int, list[SalePayment]], dict[int, int]]:
        """Lines, payments and wallet balance after, for several sales in three queries."""
        lines: dict[int, list[SaleLine]] = {i: [] for i in sale_ids}
        payments: dict[int, list[SalePayment]] = {i: [] for i in sale_ids}
        balances: dict[int, int] = {}
        if not sale_ids:
            return lines, payments, balances
        ids = list(sale_ids)
        for line in self.session.scalars(
            select(SaleLine).where(SaleLine.sale_id.in_(ids)).order_by(SaleLine.id)
        ):
            lines[line.sale_id].append(line)
        for payment in self.session.scalars(
            select(SalePayment).where(SalePayment.sale_id.in_(ids)).order_by(SalePayment.id)
        ):
            payments[payment.sale_id].append(payment)
        for sale_id, balance in self.session.execute(
            select(WalletEntry.sale_id, WalletEntry.balance_after_cents).where(
                WalletEntry.sale_id.in_(ids), WalletEntry.kind == "purchase"
            )
        ):
            if sale_id is not None:
                balances[int(sale_id)] = int(balance)
        return lines, payments, balances

    def lines_of(self, sale_id: int) -> list[SaleLine]:
        query = select(SaleLine).where(SaleLine.sale_id == sale_id).order_by(SaleLine.id)
        return list(self.session.scalars(query))

    def mark_void(self, sale: Sale, voided_by_id: int | None, reason: str) -> None:
        """Mark ``sale`` void (its goods and money have gone back); the only change a sale
        ever gets, and the only one the app's database role may make to it."""
        self.tx.check_writable()
        sale.voided_at = utcnow()
        sale.voided_by_id = voided_by_id
        sale.void_reason = reason
        self.session.flush()

    def paid_by(self, sale_id: int, method: str) -> int:
        """Cents of a sale paid by one method."""
        query = select(func.coalesce(func.sum(SalePayment.amount_cents), 0)).where(
            SalePayment.sale_id == sale_id, SalePayment.method == method
        )
        return int(self.session.scalar(query) or 0)

    def customer_bought(self, customer_id: int, product_id: int) -> bool:
        query = select(
            exists().where(
                Sale.customer_id == customer_id,
                SaleLine.sale_id == Sale.id,
                SaleLine.product_id == product_id,
            )
        )
        return bool(self.session.scalar(query))
