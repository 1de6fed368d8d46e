"""The books balance: one check query per invariant, on PostgreSQL and SQLite alike
(issue 16; ``pos-admin db check``).

On PostgreSQL migration 0019's deferred constraint triggers refuse, at commit and for every
role, any transaction that would break one of these; on SQLite the ledgers' writers keep
them. These queries read the whole store and report what does not add up, so that anyone
can see the books balance after a probe, a restore, or a load made with the triggers off
(``session_replication_role = replica``):

- a wallet's balance is the sum of its ledger (``wallet``), and its last entry's running
  balance (``wallet running balance``);
- a product's stock is the sum of its movements (``stock``), and its last movement's
  ``stock_after`` (``stock running balance``);
- a sale's total is the sum of its lines' ``paid_cents`` (``sale total``), its tax the sum
  of theirs (``sale tax``), its payments the total plus its cash rounding (``sale
  payments``), and each cash payment's change the tendered amount less the amount
  (``sale change``: expected and found count the payments);
- a refund's total and tax are its lines' (``refund total``, ``refund tax``); its lines
  return lines of its own sale (``refund line``: the refund line's id, expected the sale,
  found the sale line's sale); a sale line is never returned beyond what was sold
  (``returned units``) or paid (``returned amount``), over all its refunds;
- a wallet's leased part is what its customer's open credit leases hold unused (``wallet
  leased``; migration 0029 on PostgreSQL).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, case, func, literal, or_, select
from sqlalchemy.sql import ColumnElement, Select

from pos_app.data.lease_models import CreditLease
from pos_app.data.models import (
    Product,
    Refund,
    RefundLine,
    Sale,
    SaleLine,
    SalePayment,
    StockMovement,
    Wallet,
    WalletEntry,
)


@dataclass(frozen=True)
class Violation:
    """One figure that does not add up: which record, what it should be, what it is."""

    invariant: str
    record_id: int
    expected: int
    actual: int

    def text(self) -> str:
        return f"{self.invariant} {self.record_id}: expected {self.expected}, found {self.actual}"


def _zero(value: Any) -> ColumnElement[Any]:
    return func.coalesce(value, 0)


def _ledger(
    parent: Any, balance: Any, ref: Any, amount: Any, after: Any, entry_id: Any, name: str
) -> list[Select[Any]]:
    """A parent's balance against its ledger's sum, and against its last running balance."""
    sums = select(ref.label("parent"), func.sum(amount).label("total")).group_by(ref).subquery()
    last_id = select(ref.label("parent"), func.max(entry_id).label("id")).group_by(ref).subquery()
    last = (
        select(last_id.c.parent, after.label("after"))
        .join_from(last_id, entry_id.table, entry_id == last_id.c.id)
        .subquery()
    )
    total, running = _zero(sums.c.total), _zero(last.c.after)
    base = (
        select(parent.id)
        .outerjoin(sums, sums.c.parent == parent.id)
        .outerjoin(last, last.c.parent == parent.id)
    )
    return [
        base.add_columns(literal(name), total, balance).where(balance != total),
        base.add_columns(literal(f"{name} running balance"), running, balance).where(
            balance != running
        ),
    ]


def _sales() -> list[Select[Any]]:
    lines = (
        select(
            SaleLine.sale_id,
            func.sum(SaleLine.paid_cents).label("paid"),
            func.sum(SaleLine.tax_cents).label("tax"),
        )
        .group_by(SaleLine.sale_id)
        .subquery()
    )
    wrong_change = case(
        (
            SalePayment.change_cents.is_not(None)
            & (SalePayment.change_cents != SalePayment.tendered_cents - SalePayment.amount_cents),
            1,
        ),
        else_=0,
    )
    payments = (
        select(
            SalePayment.sale_id,
            func.sum(SalePayment.amount_cents).label("paid"),
            func.sum(wrong_change).label("wrong_change"),
            func.count().label("count"),
        )
        .group_by(SalePayment.sale_id)
        .subquery()
    )
    base = (
        select(Sale.id)
        .outerjoin(lines, lines.c.sale_id == Sale.id)
        .outerjoin(payments, payments.c.sale_id == Sale.id)
    )
    paid, tax, payments_paid = _zero(lines.c.paid), _zero(lines.c.tax), _zero(payments.c.paid)
    due = Sale.total_cents + Sale.cash_rounding_cents
    wrong = _zero(payments.c.wrong_change)
    return [
        base.add_columns(literal("sale total"), paid, Sale.total_cents).where(
            Sale.total_cents != paid
        ),
        base.add_columns(literal("sale tax"), tax, Sale.tax_cents).where(Sale.tax_cents != tax),
        base.add_columns(literal("sale payments"), due, payments_paid).where(due != payments_paid),
        base.add_columns(literal("sale change"), payments.c.count - wrong, payments.c.count).where(
            wrong > 0
        ),
    ]


def _refunds() -> list[Select[Any]]:
    lines = (
        select(
            RefundLine.refund_id,
            func.sum(RefundLine.amount_cents).label("amount"),
            func.sum(RefundLine.tax_cents).label("tax"),
        )
        .group_by(RefundLine.refund_id)
        .subquery()
    )
    base = select(Refund.id).outerjoin(lines, lines.c.refund_id == Refund.id)
    amount, tax = _zero(lines.c.amount), _zero(lines.c.tax)
    returned = (
        select(
            RefundLine.sale_line_id,
            func.sum(RefundLine.quantity).label("units"),
            func.sum(RefundLine.amount_cents).label("amount"),
        )
        .group_by(RefundLine.sale_line_id)
        .subquery()
    )
    over = select(SaleLine.id).join(returned, returned.c.sale_line_id == SaleLine.id)
    return [
        base.add_columns(literal("refund total"), amount, Refund.amount_cents).where(
            Refund.amount_cents != amount
        ),
        base.add_columns(literal("refund tax"), tax, Refund.tax_cents).where(
            Refund.tax_cents != tax
        ),
        select(RefundLine.id, literal("refund line"), Refund.sale_id, SaleLine.sale_id)
        .join(Refund, Refund.id == RefundLine.refund_id)
        .join(SaleLine, SaleLine.id == RefundLine.sale_line_id)
        .where(
            or_(Refund.sale_id != SaleLine.sale_id, RefundLine.product_id != SaleLine.product_id)
        ),
        over.add_columns(literal("returned units"), SaleLine.quantity, returned.c.units).where(
            returned.c.units > SaleLine.quantity
        ),
        over.add_columns(literal("returned amount"), SaleLine.paid_cents, returned.c.amount).where(
            returned.c.amount > SaleLine.paid_cents
        ),
    ]


def _leased() -> Select[Any]:
    """A wallet's leased part against the unused parts of its customer's open leases."""
    unused = (
        select(
            CreditLease.customer_id.label("customer"),
            func.sum(CreditLease.reserved_cents - CreditLease.used_cents).label("held"),
        )
        .where(CreditLease.closed_at.is_(None))
        .group_by(CreditLease.customer_id)
        .subquery()
    )
    held = _zero(unused.c.held)
    return (
        select(Wallet.id, literal("wallet leased"), held, Wallet.leased_cents)
        .outerjoin(unused, unused.c.customer == Wallet.account_id)
        .where(Wallet.leased_cents != held)
    )


def queries() -> list[Select[Any]]:
    """Every check: each selects (record id, invariant, expected, actual) of what breaks it."""
    return [
        *_ledger(
            Wallet,
            Wallet.balance_cents,
            WalletEntry.wallet_id,
            WalletEntry.amount_cents,
            WalletEntry.balance_after_cents,
            WalletEntry.id,
            "wallet",
        ),
        *_ledger(
            Product,
            Product.stock,
            StockMovement.product_id,
            StockMovement.quantity,
            StockMovement.stock_after,
            StockMovement.id,
            "stock",
        ),
        *_sales(),
        *_refunds(),
        _leased(),
    ]


def violations(connection: Connection, limit: int | None = None) -> list[Violation]:
    """What does not add up in the store ``connection`` reads, every invariant in turn
    (at most ``limit`` of each, by record id); an empty list: the books balance."""
    found = []
    for query in queries():
        ordered = query.order_by(query.selected_columns[0]).limit(limit)
        for record_id, invariant, expected, actual in connection.execute(ordered):
            found.append(Violation(str(invariant), int(record_id), int(expected), int(actual)))
    return found
