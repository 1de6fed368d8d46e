"""Stock on hand and its ledger: ``move`` and ``opening`` write ``stock_movements`` through
``_append``, its only writer in Python (besides ``pos_record_sale`` on PostgreSQL)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, insert, or_, select, update

from pos_app.data.changes import STOCK
from pos_app.data.models import Account, Product, StockMovement, utcnow
from pos_app.data.repositories.base import Repository
from pos_app.domain.enums import StockMovementKind


@dataclass(frozen=True)
class Moved:
    stock_after: int
    product_name: str


class StockLedger(Repository):
    def move(
        self,
        product_id: int,
        delta: int,
        *,
        kind: StockMovementKind,
        actor_id: int | None,
        reason: str,
        sale_id: int | None = None,
        created_at: datetime | None = None,
        at_price_cents: int | None = None,
    ) -> Moved | None:
        """Add ``delta`` (negative to take) and write its movement. Taking needs the
        stock to stay >= 0 and the product still sold (at ``at_price_cents``, when given,
        unless its price is variable); adding is always allowed, so a delivery smaller
        than what offline sales oversold (stock below zero) still goes in.
        None, and no change, when a take is refused."""
        self.tx.check_writable()
        conditions = [Product.id == product_id]
        if delta < 0:
            conditions += [Product.stock + delta >= 0, Product.active.is_(True)]
        if at_price_cents is not None:  # a variable-price product sells at the line's price
            conditions.append(
                or_(Product.price_cents == at_price_cents, Product.variable_price.is_(True))
            )
        result = self.session.execute(
            update(Product)
            .where(and_(*conditions))
            .values(stock=Product.stock + delta)
            .returning(Product.stock, Product.name)
            .execution_options(synchronize_session=False)
        ).first()
        if result is None:
            return None
        moved = Moved(int(result[0]), str(result[1]))
        self._append(
            [
                {
                    "product_id": product_id,
                    "kind": kind.value,
                    "quantity": delta,
                    "stock_after": moved.stock_after,
                    "actor_id": actor_id,
                    "sale_id": sale_id,
                    "reason": reason,
                    "created_at": created_at or utcnow(),
                }
            ]
        )
        return moved

    def opening(
        self, stocks: Sequence[tuple[int, int]], *, actor_id: int | None, reason: str
    ) -> None:
        """The movements of new products' opening stock: (product id, stock) each."""
        now = utcnow()
        self._append(
            [
                {
                    "product_id": product_id,
                    "kind": StockMovementKind.ADJUSTMENT.value,
                    "quantity": stock,
                    "stock_after": stock,
                    "actor_id": actor_id,
                    "sale_id": None,
                    "reason": reason,
                    "created_at": now,
                }
                for product_id, stock in stocks
                if stock
            ]
        )

    def _append(self, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.tx.check_writable()
            self.tx.touch(STOCK)
            self.session.execute(insert(StockMovement), rows)

    def movements(
        self, product_id: int, offset: int, limit: int
    ) -> tuple[list[tuple[StockMovement, str | None]], int]:
        query = (
            select(StockMovement, Account.username)
            .outerjoin(Account, Account.id == StockMovement.actor_id)
            .where(StockMovement.product_id == product_id)
            .order_by(StockMovement.id.desc())
        )
        rows, total = self._page(query, offset, limit)
        return [(r[0], r[1]) for r in rows], total
