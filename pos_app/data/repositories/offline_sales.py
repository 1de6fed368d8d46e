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
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import aliased

from pos_app.data.models import Account, Product, Sale, SaleLine, SalePayment, StockMovement
from pos_app.data.offline_models import OfflineConflict, OfflineResolution, OfflineSale
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
class ResolutionRow:
    """Who resolved a flagged sale or a conflict, when, and what they wrote."""

    resolved_by: str
    resolved_at: datetime
    note: str


@dataclass(frozen=True)
class ConflictRow:
    id: int
    sale_uuid: str
    counter_number: str
    sale_id: int | None
    reason: str
    received_at: datetime
    resolution: ResolutionRow | None = None


@dataclass(frozen=True)
class FlaggedSaleRow:
    """A flagged offline sale as the Conflicts view reads it: ``below_zero`` (product,
    its stock after this sale) for each product it took below zero; ``prices`` (product,
    price charged, shelf price now) for each line charged at another price than the
    product has now (the price it had when the sale arrived is not kept apart)."""

    sale_id: int
    counter_number: str
    sale_uuid: str
    sold_at: datetime
    received_at: datetime
    total_cents: int
    cashier: str
    oversold: bool
    price_changed: bool
    below_zero: tuple[tuple[str, int], ...]
    prices: tuple[tuple[str, int, int], ...]
    resolution: ResolutionRow | None


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

    def numbers(self, sale_ids: list[int]) -> dict[int, str]:
        """The counter numbers of those of ``sale_ids`` that were recorded offline."""
        if not sale_ids:
            return {}
        rows = self.session.execute(
            select(OfflineSale.sale_id, OfflineSale.counter_number).where(
                OfflineSale.sale_id.in_(sale_ids)
            )
        ).all()
        return {int(sale_id): str(number) for sale_id, number in rows}

    def sale_numbered(self, number: str) -> int | None:
        """The server's id of the offline sale synced as counter number ``number``
        (letter case aside: a cashier types what the receipt says), or None."""
        found = self.session.scalar(
            select(OfflineSale.sale_id).where(
                func.lower(OfflineSale.counter_number) == number.lower()
            )
        )
        return None if found is None else int(found)

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

    # -- a manager's resolutions (migration 0013) ------------------------------------------
    def _resolution_columns(self) -> tuple[Any, ...]:
        resolver = aliased(Account)
        return resolver, (
            OfflineResolution.id,
            resolver.username,
            OfflineResolution.resolved_at,
            OfflineResolution.note,
        )

    def flagged_sales(self, limit: int, *, sale_id: int | None = None) -> list[FlaggedSaleRow]:
        """The flagged offline sales (or the one of ``sale_id``), open ones first, newest
        first within each."""
        where = OfflineSale.oversold | OfflineSale.price_changed
        if sale_id is not None:
            where = where & (OfflineSale.sale_id == sale_id)
        resolver, resolution = self._resolution_columns()
        cashier = aliased(Account)
        rows = self.session.execute(
            select(
                OfflineSale.sale_id,
                OfflineSale.counter_number,
                Sale.uuid,
                OfflineSale.counter_created_at,
                OfflineSale.received_at,
                Sale.total_cents,
                cashier.username,
                OfflineSale.oversold,
                OfflineSale.price_changed,
                *resolution,
            )
            .join(Sale, Sale.id == OfflineSale.sale_id)
            .outerjoin(cashier, cashier.id == Sale.cashier_id)
            .outerjoin(OfflineResolution, OfflineResolution.offline_sale_id == OfflineSale.sale_id)
            .outerjoin(resolver, resolver.id == OfflineResolution.resolved_by_id)
            .where(where)
            .order_by(OfflineResolution.id.is_not(None), OfflineSale.sale_id.desc())
            .limit(limit)
        ).all()
        ids = [int(r[0]) for r in rows]
        below, prices = self._below_zero(ids), self._price_differences(ids)
        return [
            FlaggedSaleRow(
                sale_id=int(r[0]),
                counter_number=str(r[1]),
                sale_uuid=str(r[2]),
                sold_at=r[3],
                received_at=r[4],
                total_cents=int(r[5]),
                cashier=str(r[6] or ""),
                oversold=bool(r[7]),
                price_changed=bool(r[8]),
                below_zero=tuple(below.get(int(r[0]), ())),
                prices=tuple(prices.get(int(r[0]), ())),
                resolution=_resolution(r[9:]),
            )
            for r in rows
        ]

    def _below_zero(self, sale_ids: list[int]) -> dict[int, list[tuple[str, int]]]:
        found: dict[int, list[tuple[str, int]]] = {}
        if not sale_ids:
            return found
        rows = self.session.execute(
            select(StockMovement.sale_id, Product.name, func.min(StockMovement.stock_after))
            .join(Product, Product.id == StockMovement.product_id)
            .where(StockMovement.sale_id.in_(sale_ids), StockMovement.stock_after < 0)
            .group_by(StockMovement.sale_id, Product.name)
            .order_by(StockMovement.sale_id, Product.name)
        ).all()
        for sale_id, name, after in rows:
            found.setdefault(int(sale_id or 0), []).append((str(name), int(after)))
        return found

    def _price_differences(self, sale_ids: list[int]) -> dict[int, list[tuple[str, int, int]]]:
        found: dict[int, list[tuple[str, int, int]]] = {}
        if not sale_ids:
            return found
        rows = self.session.execute(
            select(
                SaleLine.sale_id,
                SaleLine.product_name,
                SaleLine.unit_price_cents,
                Product.price_cents,
            )
            .join(Product, Product.id == SaleLine.product_id)
            .where(
                SaleLine.sale_id.in_(sale_ids),
                SaleLine.unit_price_cents != Product.price_cents,
                Product.variable_price.is_(False),
            )
            .order_by(SaleLine.sale_id, SaleLine.id)
        ).all()
        for sale_id, name, charged, now in rows:
            found.setdefault(int(sale_id), []).append((str(name), int(charged), int(now)))
        return found

    def conflicts_to_resolve(
        self, limit: int, *, conflict_id: int | None = None
    ) -> list[ConflictRow]:
        """The conflicts (or the one of ``conflict_id``) with their resolutions, open ones
        first, newest first in each."""
        resolver, resolution = self._resolution_columns()
        query = (
            select(
                OfflineConflict.id,
                OfflineConflict.sale_uuid,
                OfflineConflict.counter_number,
                OfflineConflict.sale_id,
                OfflineConflict.reason,
                OfflineConflict.received_at,
                *resolution,
            )
            .outerjoin(OfflineResolution, OfflineResolution.conflict_id == OfflineConflict.id)
            .outerjoin(resolver, resolver.id == OfflineResolution.resolved_by_id)
            .order_by(OfflineResolution.id.is_not(None), OfflineConflict.id.desc())
            .limit(limit)
        )
        if conflict_id is not None:
            query = query.where(OfflineConflict.id == conflict_id)
        rows = self.session.execute(query).all()
        return [
            ConflictRow(int(r[0]), str(r[1]), str(r[2]), r[3], str(r[4]), r[5], _resolution(r[6:]))
            for r in rows
        ]

    def flagged_sale(self, sale_id: int) -> FlaggedSaleRow | None:
        """One flagged offline sale, or None (no such sale, or not flagged)."""
        return next(iter(self.flagged_sales(1, sale_id=sale_id)), None)

    def conflict(self, conflict_id: int) -> ConflictRow | None:
        return next(iter(self.conflicts_to_resolve(1, conflict_id=conflict_id)), None)

    def add_resolution(
        self, *, offline_sale_id: int | None, conflict_id: int | None, by_id: int, note: str
    ) -> int:
        """Write a resolution (UNIQUE per subject: a second one raises UniqueViolation)."""
        row = self._insert(
            OfflineResolution(
                offline_sale_id=offline_sale_id,
                conflict_id=conflict_id,
                resolved_by_id=by_id,
                note=note,
            )
        )
        return row.id


def _resolution(columns: Any) -> ResolutionRow | None:
    """(resolution id, resolver, when, note) from a row's outer join, or None."""
    if columns[0] is None:
        return None
    return ResolutionRow(str(columns[1] or ""), columns[2], str(columns[3]))
