"""The server's side of offline sales (issue 15): a synced sale written whatever the
stock and price are now, and flagged (migration 0010); a sale looked up by its UUID, as
a counter asks when it does not know whether its last send landed; the conflicts a
manager reads.

On PostgreSQL ``pos_record_sale`` v6 does the writing (``SaleWriter``); on SQLite
``SaleWriter`` writes the rows and asks this repository for the two steps that differ:
the stock taken without a floor (``take_stock``) and the ``offline_sales`` row
(``stamp``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select, update

from pos_app.data.models import Product, Sale, SaleLine, SalePayment
from pos_app.data.offline_models import OfflineConflict, OfflineSale
from pos_app.data.repositories.base import Repository
from pos_app.data.repositories.stock import Moved
from pos_app.data.shift_models import Shift
from pos_app.domain.enums import StockMovementKind

if TYPE_CHECKING:
    from pos_app.data.repositories.sale_writer import OfflineStamp, SaleLineWrite, SaleWrite


@dataclass(frozen=True)
class ServerSale:
    """A sale as the server has it under a UUID, in the terms a counter compares with
    what it sent: lines as (product id, quantity, unit price, paid), payments as (method,
    amount), both sorted; ``counter_number`` None for a sale made online."""

    sale_id: int
    customer_id: int | None
    total_cents: int
    lines: tuple[tuple[int, int, int, int], ...]
    payments: tuple[tuple[str, int], ...]
    counter_number: str | None
    oversold: bool
    price_changed: bool


@dataclass(frozen=True)
class ConflictRow:
    id: int
    sale_uuid: str
    counter_number: str
    sale_id: int | None
    reason: str
    received_at: datetime


class OfflineSaleRepository(Repository):
    # -- SQLite's writing of a synced offline sale (SaleWriter._write_rows) --------------
    def shift_at(self, counter: str, at: datetime) -> int | None:
        """The shift open at ``counter`` now, if it was already open when the sale was
        made offline (a sale never lands in a shift opened after it)."""
        if not counter:
            return None
        found = self.session.scalar(
            select(Shift.id).where(
                Shift.counter == counter, Shift.closed_at.is_(None), Shift.opened_at <= at
            )
        )
        return int(found) if found is not None else None

    def take_stock(self, sale: SaleWrite, sale_id: int, line: SaleLineWrite) -> Moved | None:
        """Take the line's units whatever the stock (below zero only here: the units
        beyond it go to ``oversold_units``) and the price; note the flags for ``stamp``.
        None if the product is gone."""
        self.tx.check_writable()
        quantity = line.quantity
        result = self.session.execute(
            update(Product)
            .where(Product.id == line.product_id)
            .values(
                stock=Product.stock - quantity,
                oversold_units=Product.oversold_units
                + func.max(0, quantity - func.max(Product.stock, 0)),
            )
            .returning(Product.stock, Product.name, Product.price_cents, Product.variable_price)
            .execution_options(synchronize_session=False)
        ).first()
        if result is None:
            return None
        stock_after, name, price, variable = int(result[0]), str(result[1]), result[2], result[3]
        flags = self.__dict__.setdefault("_flags", {}).setdefault(sale_id, [False, False])
        flags[0] = flags[0] or stock_after < 0
        flags[1] = flags[1] or (price != line.unit_price_cents and not variable)
        # The stock ledger's own row writer: its rows are built in one module.
        self.tx.stock._append(
            [
                {
                    "product_id": line.product_id,
                    "kind": StockMovementKind.SALE.value,
                    "quantity": -quantity,
                    "stock_after": stock_after,
                    "actor_id": sale.cashier_id,
                    "sale_id": sale_id,
                    "reason": "Sale",
                    "created_at": sale.created_at,
                }
            ],
        )
        return Moved(stock_after, name)

    def stamp(self, sale_id: int, offline: OfflineStamp, created_at: datetime) -> None:
        oversold, price_changed = self.__dict__.get("_flags", {}).pop(sale_id, (False, False))
        self._insert(
            OfflineSale(
                sale_id=sale_id,
                counter_number=offline.counter_number,
                counter_created_at=created_at,
                oversold=oversold,
                price_changed=price_changed,
            )
        )

    # -- what a counter asks -------------------------------------------------------------
    def find(self, uuid: str) -> ServerSale | None:
        """The sale recorded under ``uuid``, or None. On PostgreSQL it waits for a
        ``pos_record_sale`` of that UUID still running (its advisory lock), so "absent"
        is never read while that call may yet commit."""
        if self.on_postgresql:
            self.session.execute(
                select(func.pg_advisory_xact_lock(7302, func.hashtext(uuid)))
            ).all()
        row = self.session.execute(
            select(
                Sale.id,
                Sale.customer_id,
                Sale.total_cents,
                OfflineSale.counter_number,
                OfflineSale.oversold,
                OfflineSale.price_changed,
            )
            .outerjoin(OfflineSale, OfflineSale.sale_id == Sale.id)
            .where(Sale.uuid == uuid)
        ).first()
        if row is None:
            return None
        sale_id = int(row[0])
        lines = self.session.execute(
            select(
                SaleLine.product_id,
                SaleLine.quantity,
                SaleLine.unit_price_cents,
                SaleLine.paid_cents,
            ).where(SaleLine.sale_id == sale_id)
        ).all()
        payments = self.session.execute(
            select(SalePayment.method, SalePayment.amount_cents).where(
                SalePayment.sale_id == sale_id
            )
        ).all()
        return ServerSale(
            sale_id=sale_id,
            customer_id=row[1],
            total_cents=int(row[2]),
            lines=tuple(sorted((int(a), int(b), int(c), int(d)) for a, b, c, d in lines)),
            payments=tuple(sorted((str(m), int(a)) for m, a in payments)),
            counter_number=row[3],
            oversold=bool(row[4]),
            price_changed=bool(row[5]),
        )

    # -- conflicts -----------------------------------------------------------------------
    def add_conflict(
        self, sale_uuid: str, counter_number: str, sale_id: int | None, reason: str, body: str
    ) -> int:
        """Note a conflict once: a sync that lost its answer and asks again adds none."""
        known = self.session.scalar(
            select(OfflineConflict.id).where(
                OfflineConflict.sale_uuid == sale_uuid,
                OfflineConflict.counter_number == counter_number,
            )
        )
        if known is not None:
            return int(known)
        row = self._insert(
            OfflineConflict(
                sale_uuid=sale_uuid,
                counter_number=counter_number,
                sale_id=sale_id,
                reason=reason[:500],
                body=body,
            )
        )
        return row.id

    def conflicts(self, limit: int) -> list[ConflictRow]:
        rows = self.session.scalars(
            select(OfflineConflict).order_by(OfflineConflict.id.desc()).limit(limit)
        ).all()
        return [
            ConflictRow(r.id, r.sale_uuid, r.counter_number, r.sale_id, r.reason, r.received_at)
            for r in rows
        ]

    def flagged(self, limit: int) -> list[tuple[str, str, bool, bool]]:
        """(counter number, sale uuid, oversold, price changed) of the flagged offline
        sales, newest first."""
        rows = self.session.execute(
            select(
                OfflineSale.counter_number,
                Sale.uuid,
                OfflineSale.oversold,
                OfflineSale.price_changed,
            )
            .join(Sale, Sale.id == OfflineSale.sale_id)
            .where(OfflineSale.oversold | OfflineSale.price_changed)
            .order_by(OfflineSale.sale_id.desc())
            .limit(limit)
        ).all()
        return [(str(a), str(b), bool(c), bool(d)) for a, b, c, d in rows]
