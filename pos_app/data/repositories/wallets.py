"""Wallets and their ledger: ``credit`` and ``debit`` are the only writers of
``wallet_entries`` in Python (besides ``pos_record_sale`` on PostgreSQL), and ``hold`` /
``unhold`` of ``leased_cents``, the part of the balance open credit leases keep for
offline spending (migration 0015; ``pos_app.data.repositories.credit_leases``). A debit
takes only what is above that part, unless it spends a lease (``from_lease_cents``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import aliased

from pos_app.data.changes import CUSTOMERS
from pos_app.data.models import Account, Sale, Wallet, WalletEntry, utcnow
from pos_app.data.repositories.base import Repository


@dataclass(frozen=True)
class WalletChange:
    wallet_id: int
    balance_after_cents: int


@dataclass(frozen=True)
class Why:
    """What a ledger row records besides the amount: who moved it, why, for which sale."""

    kind: str
    actor_id: int | None
    reason: str
    sale_id: int | None = None
    created_at: datetime | None = None
    payment_method: str | None = None  #: how a top-up was paid
    counter: str = ""  #: where a top-up was paid


class WalletLedger(Repository):
    def of(self, account_id: int) -> Wallet | None:
        return self.session.scalar(select(Wallet).where(Wallet.account_id == account_id))

    def open(self, account_ids: Sequence[int]) -> None:
        """Empty wallets for new accounts."""
        self.tx.check_writable()
        self.session.add_all(Wallet(account_id=i, balance_cents=0) for i in account_ids)
        self.session.flush()

    def credit(self, account_id: int, cents: int, why: Why) -> WalletChange | None:
        """Add ``cents`` and write its ledger row; None if the account has no wallet."""
        return self._move(account_id, cents, why)

    def debit(
        self, account_id: int, cents: int, why: Why, *, from_lease_cents: int = 0
    ) -> WalletChange | None:
        """Take ``cents`` if the balance above its leases' part covers it (plus
        ``from_lease_cents`` of that part, which a lease already gave up for this debit),
        with its ledger row; None (and no change) otherwise."""
        return self._move(account_id, -cents, why, from_lease_cents)

    def hold(self, account_id: int, cents: int) -> bool:
        """Keep ``cents`` more of the balance for a lease, if what no lease holds covers
        it; False (and no change) otherwise."""
        return self._leased(account_id, cents, Wallet.balance_cents - Wallet.leased_cents >= cents)

    def unhold(self, account_id: int, cents: int) -> bool:
        """Give ``cents`` a lease held back to the balance."""
        return self._leased(account_id, -cents, Wallet.leased_cents >= cents)

    def _leased(self, account_id: int, delta: int, condition: ColumnElement[bool]) -> bool:
        self.tx.check_writable()
        self.tx.touch(CUSTOMERS)
        result = self.session.execute(
            update(Wallet)
            .where(Wallet.account_id == account_id, condition)
            .values(leased_cents=Wallet.leased_cents + delta)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    def _move(
        self, account_id: int, delta: int, why: Why, from_lease: int = 0
    ) -> WalletChange | None:
        self.tx.check_writable()
        self.tx.touch(CUSTOMERS)
        conditions = [Wallet.account_id == account_id]
        if delta < 0:
            free = Wallet.balance_cents - Wallet.leased_cents + from_lease
            conditions.append(free >= -delta)
        result = self.session.execute(
            update(Wallet)
            .where(*conditions)
            .values(
                balance_cents=Wallet.balance_cents + delta,
                leased_cents=Wallet.leased_cents - from_lease,
            )
            .returning(Wallet.id, Wallet.balance_cents)
        ).first()
        if result is None:
            return None
        change = WalletChange(int(result[0]), int(result[1]))
        self.session.add(
            WalletEntry(
                wallet_id=change.wallet_id,
                kind=why.kind,
                amount_cents=delta,
                balance_after_cents=change.balance_after_cents,
                actor_id=why.actor_id,
                sale_id=why.sale_id,
                reason=why.reason,
                payment_method=why.payment_method,
                counter=why.counter,
                created_at=why.created_at or utcnow(),
                # A top-up's cash is in the drawer of the shift open where it was paid.
                shift_id=self.tx.shifts.open_id(why.counter),
            )
        )
        return change

    def entries(
        self, account_id: int, offset: int, limit: int
    ) -> tuple[list[tuple[WalletEntry, str | None, str | None]], int]:
        actor = aliased(Account)
        query = (
            select(WalletEntry, actor.username, Sale.uuid)
            .join(Wallet, Wallet.id == WalletEntry.wallet_id)
            .outerjoin(actor, actor.id == WalletEntry.actor_id)
            .outerjoin(Sale, Sale.id == WalletEntry.sale_id)
            .where(Wallet.account_id == account_id)
            .order_by(WalletEntry.id.desc())
        )
        rows, total = self._page(query, offset, limit)
        return [(r[0], r[1], r[2]) for r in rows], total
