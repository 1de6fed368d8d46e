"""Shifts and the drawer's cash movements (issue 13): which shift is open at a counter,
and what a shift took in, per payment method, from the rows that carry its id."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from pos_app.data.changes import SALES
from pos_app.data.models import Refund, Sale, SalePayment, WalletEntry, utcnow
from pos_app.data.repositories.base import Repository
from pos_app.data.shift_models import CashMovement, Shift
from pos_app.domain.enums import CashMovementKind, WalletEntryKind


@dataclass(frozen=True)
class ShiftTakings:
    """What a shift's sales, refunds, top-ups and cash movements add up to, in cents.
    Voided sales count in ``voids`` only: their money went back."""

    sales: int = 0
    voids: int = 0
    refunds: int = 0
    no_sales: int = 0
    sold: dict[str, int] | None = None  #: per payment method, voided sales left out
    refunded: dict[str, int] | None = None  #: per refund method
    topped_up: dict[str, int] | None = None  #: wallet top-ups per payment method
    paid_in: int = 0
    paid_out: int = 0

    def of(self, figures: dict[str, int] | None, method: str) -> int:
        return (figures or {}).get(method, 0)


class ShiftRepository(Repository):
    def open_at(self, counter: str, *, lock: bool = False) -> Shift | None:
        """The shift open at ``counter``; ``lock``: for update until the transaction ends
        (a close; PostgreSQL)."""
        query = select(Shift).where(Shift.counter == counter, Shift.closed_at.is_(None))
        if lock:
            self.tx.check_writable()
            query = query.with_for_update()
        return self.session.scalar(query.execution_options(populate_existing=True))

    def open_id(self, counter: str) -> int | None:
        """The id of the shift open at ``counter``, share-locked until the transaction ends
        (PostgreSQL), so that its close waits for the row being written under it."""
        if not counter:
            return None
        query = select(Shift.id).where(Shift.counter == counter, Shift.closed_at.is_(None))
        shift_id = self.session.scalar(query.with_for_update(read=True))
        return int(shift_id) if shift_id is not None else None

    def add(self, **columns: Any) -> Shift:
        """A new open shift; the partial unique index refuses a second at its counter."""
        return self._insert(Shift(**columns))

    def close(self, shift: Shift, **figures: Any) -> None:
        """Close ``shift`` (held for update) with its count and figures: the columns
        closed_by_id, closing_count, counted_*, expected_*, over_short_cents and
        approved_by_id; its closing time is now."""
        self.tx.check_writable()
        self.tx.touch(SALES)  # the sales' Z report of shifts counts it
        shift.closed_at = utcnow()
        for column, value in figures.items():
            setattr(shift, column, value)
        self.session.flush()

    def add_movement(self, **columns: Any) -> CashMovement:
        return self._insert(CashMovement(**columns))

    def movements(self, shift_id: int) -> list[CashMovement]:
        query = select(CashMovement).where(CashMovement.shift_id == shift_id)
        return list(self.session.scalars(query.order_by(CashMovement.id)))

    def takings(self, shift_id: int) -> ShiftTakings:
        in_shift = Sale.shift_id == shift_id
        sales, voids = self.session.execute(
            select(
                func.count(Sale.id).filter(Sale.voided_at.is_(None)),
                func.count(Sale.id).filter(Sale.voided_at.is_not(None)),
            ).where(in_shift)
        ).one()
        sold = self.session.execute(
            select(SalePayment.method, func.sum(SalePayment.amount_cents))
            .join(Sale, Sale.id == SalePayment.sale_id)
            .where(in_shift, Sale.voided_at.is_(None))
            .group_by(SalePayment.method)
        )
        refunded = list(
            self.session.execute(
                select(Refund.method, func.count(), func.sum(Refund.amount_cents))
                .where(Refund.shift_id == shift_id)
                .group_by(Refund.method)
            )
        )
        topped_up = self.session.execute(
            select(WalletEntry.payment_method, func.sum(WalletEntry.amount_cents))
            .where(
                WalletEntry.shift_id == shift_id,
                WalletEntry.kind == WalletEntryKind.TOP_UP.value,
            )
            .group_by(WalletEntry.payment_method)
        )
        moved = {
            str(kind): (int(count), int(cents))
            for kind, count, cents in self.session.execute(
                select(CashMovement.kind, func.count(), func.sum(CashMovement.amount_cents))
                .where(CashMovement.shift_id == shift_id)
                .group_by(CashMovement.kind)
            )
        }
        return ShiftTakings(
            sales=int(sales),
            voids=int(voids),
            refunds=sum(int(r[1]) for r in refunded),
            no_sales=moved.get(CashMovementKind.NO_SALE.value, (0, 0))[0],
            sold={str(m): int(c) for m, c in sold},
            refunded={str(r[0]): int(r[2]) for r in refunded},
            topped_up={str(m or ""): int(c) for m, c in topped_up},
            paid_in=moved.get(CashMovementKind.PAID_IN.value, (0, 0))[1],
            paid_out=moved.get(CashMovementKind.PAID_OUT.value, (0, 0))[1],
        )

    def closed(self, counter: str, since: datetime, until: datetime) -> list[Shift]:
        """Shifts closed in [since, until), at ``counter`` ("" every counter), oldest first."""
        query = select(Shift).where(
            Shift.closed_at.is_not(None), Shift.closed_at >= since, Shift.closed_at < until
        )
        if counter:
            query = query.where(Shift.counter == counter)
        return list(self.session.scalars(query.order_by(Shift.closed_at, Shift.id)))
