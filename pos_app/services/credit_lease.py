"""Store credit offline, within a lease (issue 15).

When the store allows it (the pricing setting ``store_credit_offline``), a counter that
can reach the server reserves, when a customer is attached to its cart, that customer's
allowance (``offline_credit_allowance``, capped by what no other lease holds of their
balance) for itself: a lease on the server (``credit_leases``, migration 0015) renewed at
each attach, and a copy in the counter's own file (``pos_app.data.lease_copy``).
Offline, the counter takes store credit from that customer up to the copy's remaining
part and until its expiry (``OfflineSalesService.sell``). At sync the sale's wallet debit
consumes the lease (never more than it holds; ``pos_record_sale`` v8, or the SQLite sale
writer). Because online spending never takes the wallet below its leases' unused parts
(``wallets.leased_cents``, CHECK balance >= leased), a counter's offline spending within
its lease is always in the wallet when it arrives. (One exception keeps a customer's
whole balance theirs: an online sale at the lease's own counter takes back from that
lease what it needs; the counter's copy follows at the next attach.)

A lease is released (its unused part back to the wallet) by its counter once it is back
online with nothing waiting for it, when it was spent offline or has expired
(``settle``, after each sync); and by any counter's sweep ``RELEASE_GRACE`` after its
expiry, for a counter that never came back. A sale that arrives after its lease was
released is debited from what no lease holds, or refused and set aside for a manager as
any refused sale is: the wallet never goes below zero.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import partial

from pos_app.data.counter_file import CounterFile, CounterFileError
from pos_app.data.database import Database
from pos_app.data.lease_copy import LeaseCopies, LeaseCopy
from pos_app.data.repositories.credit_leases import CreditLeaseRepository
from pos_app.data.repositories.wallet_keys import card_hash_of
from pos_app.data.transaction import Transaction
from pos_app.domain.errors import DatabaseUnavailableError, ValidationError
from pos_app.domain.money import format_money, from_cents
from pos_app.services.base import check_id
from pos_app.services.permissions import Op, authorize
from pos_app.services.records import Actor
from pos_app.services.taxes import read_settings

log = logging.getLogger(__name__)

#: How long a counter may spend a lease offline after it was last renewed.
LEASE_TTL = timedelta(hours=12)
#: How long after its expiry the server keeps an unreleased lease: room for the sales
#: spent just before it to arrive (a counter away that long has its lease returned).
RELEASE_GRACE = timedelta(hours=24)
#: Expired leases one sweep releases at most.
SWEEP = 50
#: Seconds between two sweeps by one counter after its syncs (a reserve sweeps too).
SWEEP_EVERY = 300.0

CREDIT_LIMIT = (
    "Store credit offline is limited to {amount} for this customer; take the rest in cash or card"
)
CREDIT_EXPIRED = (
    "This customer's store credit for offline use expired at {moment}; take cash or card"
)


@dataclass(frozen=True)
class CreditLeaseRecord:
    """A counter's lease on a customer's wallet, as the counter can spend it."""

    lease_id: int
    customer_id: int
    counter: str
    reserved: Decimal
    remaining: Decimal  #: what this counter may still take offline
    expires_at: datetime


def _record(copy: LeaseCopy) -> CreditLeaseRecord:
    return CreditLeaseRecord(
        copy.lease_id,
        copy.customer_id,
        copy.counter,
        from_cents(copy.reserved_cents),
        from_cents(copy.remaining_cents),
        copy.expires_at,
    )


def offline_credit_refused(copy: LeaseCopy | None, wanted_cents: int, now: datetime) -> None:
    """Raise, with what the cashier can do, unless ``copy`` lets ``wanted_cents`` of store
    credit be taken offline now."""
    if copy is not None and copy.expired(now):
        moment = copy.expires_at.astimezone().strftime("%Y-%m-%d %H:%M")
        raise ValidationError(CREDIT_EXPIRED.format(moment=moment), "wallet_amount")
    remaining = 0 if copy is None else copy.remaining_cents
    if wanted_cents > remaining:
        amount = format_money(from_cents(remaining))
        raise ValidationError(CREDIT_LIMIT.format(amount=amount), "wallet_amount")


class CreditLeases:
    """The leases of the counters that use ``file``, on the server ``db``."""

    def __init__(self, db: Database, file: CounterFile, ttl: timedelta = LEASE_TTL) -> None:
        self._db = db
        self.copies = LeaseCopies(file)
        self.ttl = ttl
        self._next_sweep = 0.0

    def reserve(
        self, actor: Actor | None, customer_id: int, counter: str
    ) -> CreditLeaseRecord | None:
        """Open or renew ``customer_id``'s lease at ``counter`` and keep its copy; None
        when the store does not take store credit offline, or there is nothing to
        reserve. Raises DatabaseUnavailableError when the server cannot be reached."""
        authorize(actor, Op.SALE_CHECKOUT)
        customer = check_id(customer_id, "Customer")
        if not counter:
            raise ValidationError("Name this counter before reserving store credit", "counter")
        now = datetime.now(UTC)

        def work(tx: Transaction) -> tuple[int, int, datetime, str | None] | None:
            settings = read_settings(tx)
            if not settings.store_credit_offline:
                return None
            _sweep(tx, now)
            lease = CreditLeaseRepository(tx).reserve(
                customer, counter, settings.offline_credit_allowance_cents, now, self.ttl
            )
            if lease is None:
                return None
            # Offline the wallet pays by the scan of the customer's card (issue 16).
            return lease.id, lease.reserved_cents, lease.expires_at, card_hash_of(tx, customer)

        found = self._db.write(work)
        if found is None:
            return None
        lease_id, reserved, expires, card = found
        self.copies.keep(counter, customer, lease_id, reserved, expires, card)
        copy = self.copies.of(counter, customer)
        return None if copy is None else _record(copy)

    def of(self, counter: str, customer_id: int) -> CreditLeaseRecord | None:
        """This counter's copy of the customer's lease, with what remains of it."""
        copy = self.copies.of(counter, customer_id)
        return None if copy is None else _record(copy)

    def settle(self) -> int:
        """Back online: release each lease this file holds that nothing waits for and
        that was spent offline or has expired, and (every ``SWEEP_EVERY`` seconds) sweep
        the store's long-expired ones. How many of this file's leases it released; never
        raises for the server. With no lease and no sweep due it asks the server nothing."""
        now = datetime.now(UTC)
        released = 0
        try:
            for copy in self.copies.all():
                if copy.waiting or not (copy.spent_cents or copy.expired(now)):
                    continue
                self._db.write(partial(_release, lease_id=copy.lease_id, now=now))
                self.copies.drop(copy.lease_id)
                released += 1
            if time.monotonic() >= self._next_sweep:
                self._db.write(lambda tx: _sweep(tx, now))
                self._next_sweep = time.monotonic() + SWEEP_EVERY
        except DatabaseUnavailableError as exc:
            log.info("credit leases not settled: %s", exc)
        except CounterFileError:
            log.exception("credit leases not settled")
        return released


def _release(tx: Transaction, *, lease_id: int, now: datetime) -> int:
    return CreditLeaseRepository(tx).release(lease_id, now)


def _sweep(tx: Transaction, now: datetime) -> int:
    """Release the store's leases expired more than ``RELEASE_GRACE`` ago."""
    leases = CreditLeaseRepository(tx)
    expired = leases.expired(now - RELEASE_GRACE, SWEEP)
    for lease_id in expired:
        leases.release(lease_id, now)
    return len(expired)
