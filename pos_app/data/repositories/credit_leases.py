"""Store-credit leases (issue 15, migration 0015): the one writer of ``credit_leases``.

Each change to a lease's unused part moves ``wallets.leased_cents`` by the same amount,
through the wallet writer (``WalletLedger.hold`` / ``unhold`` / ``debit``), in the same
transaction. The wallet row is locked before the lease's (``pos_record_sale`` does the
same), so two writers on one customer never wait for each other in a circle.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import select

from pos_app.data.lease_models import CreditLease
from pos_app.data.models import Account, Wallet
from pos_app.data.repositories.base import Repository
from pos_app.domain.enums import Role


class CreditLeaseRepository(Repository):
    def _lock_wallet(self, customer_id: int) -> Wallet | None:
        """The customer's wallet, locked until the transaction ends (PostgreSQL; SQLite's
        write transaction holds the whole file already)."""
        return self.session.scalar(
            select(Wallet).where(Wallet.account_id == customer_id).with_for_update()
        )

    def _open(self, customer_id: int, counter: str) -> CreditLease | None:
        return self.session.scalar(
            select(CreditLease)
            .where(
                CreditLease.customer_id == customer_id,
                CreditLease.counter == counter,
                CreditLease.closed_at.is_(None),
            )
            .with_for_update()
        )

    def open_leases(self, customer_id: int) -> Sequence[CreditLease]:
        return self.session.scalars(
            select(CreditLease)
            .where(CreditLease.customer_id == customer_id, CreditLease.closed_at.is_(None))
            .order_by(CreditLease.id)
        ).all()

    def get(self, lease_id: int) -> CreditLease | None:
        return self.session.get(CreditLease, lease_id)

    def reserve(
        self, customer_id: int, counter: str, allowance_cents: int, now: datetime, ttl: timedelta
    ) -> CreditLease | None:
        """Open, or renew, ``customer_id``'s lease at ``counter``: its unused part topped up
        to ``allowance_cents`` as far as what no lease holds allows, its expiry ``now +
        ttl``. None when the customer is not an active customer with a wallet, or when
        there is no lease and nothing to reserve."""
        self.tx.check_writable()
        active = self.session.scalar(
            select(Account.id).where(
                Account.id == customer_id,
                Account.role == Role.CUSTOMER.value,
                Account.active.is_(True),
            )
        )
        wallet = self._lock_wallet(customer_id) if active is not None else None
        if wallet is None:
            return None
        free = wallet.balance_cents - wallet.leased_cents
        lease = self._open(customer_id, counter)
        unused = 0 if lease is None else lease.reserved_cents - lease.used_cents
        extra = max(0, min(allowance_cents - unused, free))
        if lease is None and extra == 0:
            return None
        if extra and not self.tx.wallets.hold(customer_id, extra):
            return None  # cannot happen under the lock; nothing changed
        if lease is None:
            lease = CreditLease(
                customer_id=customer_id,
                counter=counter,
                reserved_cents=extra,
                used_cents=0,
                opened_at=now,
                expires_at=now + ttl,
            )
            self.session.add(lease)
        else:
            lease.reserved_cents += extra
            lease.expires_at = now + ttl
        self.session.flush()
        self.session.refresh(wallet)
        return lease

    def release(self, lease_id: int, now: datetime) -> int:
        """Close an open lease and give its unused part back to the wallet; the cents
        given back (0 if it was closed already or is unknown)."""
        self.tx.check_writable()
        found = self.session.scalar(
            select(CreditLease.customer_id).where(
                CreditLease.id == lease_id, CreditLease.closed_at.is_(None)
            )
        )
        if found is None:
            return 0
        self._lock_wallet(found)
        lease = self.session.scalar(
            select(CreditLease)
            .where(CreditLease.id == lease_id, CreditLease.closed_at.is_(None))
            .with_for_update()
        )
        if lease is None:
            return 0
        unused = lease.reserved_cents - lease.used_cents
        if unused and not self.tx.wallets.unhold(lease.customer_id, unused):
            raise AssertionError(f"wallet of lease {lease_id} holds less than its unused part")
        lease.closed_at = now
        self.session.flush()
        return unused

    def expired(self, before: datetime, limit: int = 100) -> list[int]:
        """Ids of open leases that expired before ``before``, oldest first."""
        return list(
            self.session.scalars(
                select(CreditLease.id)
                .where(CreditLease.closed_at.is_(None), CreditLease.expires_at < before)
                .order_by(CreditLease.expires_at)
                .limit(limit)
            )
        )

    def consume(self, lease_id: int, customer_id: int, cents: int) -> int:
        """For a synced offline sale's wallet debit (SQLite; ``pos_record_sale`` on
        PostgreSQL): mark up to ``cents`` of the open lease used; how much it took. The
        debit itself (``WalletLedger.debit(from_lease_cents=...)``) follows in the same
        transaction and lowers ``leased_cents`` by as much."""
        self.tx.check_writable()
        self._lock_wallet(customer_id)
        lease = self.session.scalar(
            select(CreditLease)
            .where(
                CreditLease.id == lease_id,
                CreditLease.customer_id == customer_id,
                CreditLease.closed_at.is_(None),
            )
            .with_for_update()
        )
        if lease is None:
            return 0
        part = max(0, min(cents, lease.reserved_cents - lease.used_cents))
        lease.used_cents += part
        self.session.flush()
        return part

    def make_room(self, customer_id: int, counter: str, cents: int) -> int:
        """For an online wallet debit of ``cents`` at ``counter``: take back from that
        counter's own open lease on the customer as much of its unused part as what no
        lease holds falls short by (its ``reserved_cents`` down, the wallet's
        ``leased_cents`` with it); how much. Other counters' leases are never touched.
        (``pos_record_sale`` v8 does the same on PostgreSQL.)"""
        self.tx.check_writable()
        wallet = self._lock_wallet(customer_id)
        if wallet is None:
            return 0
        short = cents - (wallet.balance_cents - wallet.leased_cents)
        lease = self._open(customer_id, counter) if short > 0 else None
        if lease is None:
            return 0
        part = min(short, lease.reserved_cents - lease.used_cents)
        if part <= 0 or not self.tx.wallets.unhold(customer_id, part):
            return 0
        lease.reserved_cents -= part
        self.session.flush()
        self.session.refresh(wallet)
        return part
