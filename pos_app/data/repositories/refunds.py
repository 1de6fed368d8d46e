"""Refunds (returns) of sales: what was returned, and how much went back by what."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from pos_app.data.models import Refund, RefundLine
from pos_app.data.repositories.base import Repository

#: First key of the advisory locks that serialise returns of one sale.
RETURNS_LOCK_SPACE = 7301


class RefundRepository(Repository):
    def add(self, lines: Sequence[dict[str, Any]], **columns: Any) -> Refund:
        """A refund row and its lines (columns of each, without the refund's id)."""
        # Its money left the drawer (or the terminal) of the shift open at its counter.
        shift_id = self.tx.shifts.open_id(str(columns.get("counter") or ""))
        refund = self._insert(Refund(shift_id=shift_id, **columns))
        self.session.add_all(RefundLine(refund_id=refund.id, **line) for line in lines)
        return refund

    def by_uuid(self, uuid: str) -> Refund | None:
        return self.session.scalar(select(Refund).where(Refund.uuid == uuid))

    def lines_of(self, refund_id: int) -> list[RefundLine]:
        query = select(RefundLine).where(RefundLine.refund_id == refund_id).order_by(RefundLine.id)
        return list(self.session.scalars(query))

    def returned_quantities(self, line_ids: Sequence[int]) -> dict[int, int]:
        """Units already returned, per sale line."""
        if not line_ids:
            return {}
        query = (
            select(RefundLine.sale_line_id, func.sum(RefundLine.quantity))
            .where(RefundLine.sale_line_id.in_(list(line_ids)))
            .group_by(RefundLine.sale_line_id)
        )
        return {int(r[0]): int(r[1]) for r in self.session.execute(query)}

    def totals(self, sale_ids: Sequence[int]) -> dict[int, int]:
        """Cents refunded so far, per sale."""
        if not sale_ids:
            return {}
        query = (
            select(Refund.sale_id, func.sum(Refund.amount_cents))
            .where(Refund.sale_id.in_(list(sale_ids)))
            .group_by(Refund.sale_id)
        )
        return {int(r[0]): int(r[1]) for r in self.session.execute(query)}

    def lock_sale(self, sale_id: int) -> None:
        """Serialise returns of one sale until the transaction ends. PostgreSQL: an
        advisory lock (sales are append-only, so no row lock on them); SQLite: writes are
        already serialised by BEGIN IMMEDIATE."""
        if self.on_postgresql:
            self.session.execute(select(func.pg_advisory_xact_lock(RETURNS_LOCK_SPACE, sale_id)))

    def refunded_by(self, sale_id: int, method: str) -> int:
        """Cents refunded so far on a sale by one method."""
        query = select(func.coalesce(func.sum(Refund.amount_cents), 0)).where(
            Refund.sale_id == sale_id, Refund.method == method
        )
        return int(self.session.scalar(query) or 0)
