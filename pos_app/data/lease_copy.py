"""This counter's copy of its store-credit leases, in its own file
(``pos_app.data.counter_file``; the server's are ``credit_leases``, migration 0015).

A copy keeps what the server reserved (``reserved_cents``, as of the last renewal) and
until when. What the counter spent of it is not kept beside it but read from the outbox:
the wallet parts of the sales that name the lease, in every state (waiting, synced, set
aside). An offline sale's check and its outbox row are one local transaction, so a crash
can never leave a sale spent and not counted, or counted and not there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pos_app.data.counter_file import CounterFile, _transaction

_LEASE = "json_extract(body, '$.offline.lease_id')"
_WALLET = "json_extract(body, '$.wallet_cents')"


@dataclass(frozen=True)
class LeaseCopy:
    counter: str
    customer_id: int
    lease_id: int
    reserved_cents: int
    expires_at: datetime
    spent_cents: int  #: the wallet parts of this counter's outbox sales within it
    waiting: int  #: of those, the sales not yet on the server
    #: The SHA-256 of the customer's card code (issue 16): offline, the wallet pays only
    #: by the scan of their card, checked against it. None: they have no card.
    card_hash: str | None = None

    @property
    def remaining_cents(self) -> int:
        return max(0, self.reserved_cents - self.spent_cents)

    def expired(self, now: datetime) -> bool:
        return now >= self.expires_at


_SELECT = (
    "SELECT c.counter, c.customer_id, c.lease_id, c.reserved_cents, c.expires_at, "
    f"(SELECT coalesce(sum({_WALLET}), 0) FROM outbox WHERE {_LEASE} = c.lease_id), "
    f"(SELECT count(*) FROM outbox WHERE {_LEASE} = c.lease_id AND state = 'waiting'), "
    "c.card_hash FROM credit_lease_copy AS c"
)


def _copy(row: tuple[object, ...]) -> LeaseCopy:
    counter, customer, lease, reserved, expires, spent, waiting, card = row
    return LeaseCopy(
        str(counter),
        int(str(customer)),
        int(str(lease)),
        int(str(reserved)),
        datetime.fromisoformat(str(expires)),
        int(str(spent)),
        int(str(waiting)),
        None if card is None else str(card),
    )


class LeaseCopies:
    """The lease copies of one counter file."""

    def __init__(self, file: CounterFile) -> None:
        self.file = file

    def keep(
        self,
        counter: str,
        customer_id: int,
        lease_id: int,
        reserved_cents: int,
        expires: datetime,
        card_hash: str | None = None,
    ) -> None:
        """Keep the server's lease (opened or renewed) as this counter's copy, in place of
        any earlier one for that customer; on disk when this returns."""
        with self.file._connect() as connection, _transaction(connection):
            connection.execute("DELETE FROM credit_lease_copy WHERE lease_id = ?", (lease_id,))
            connection.execute(
                "INSERT INTO credit_lease_copy (counter, customer_id, lease_id, reserved_cents, "
                "expires_at, card_hash) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (counter, "
                "customer_id) DO UPDATE SET lease_id = excluded.lease_id, reserved_cents = "
                "excluded.reserved_cents, expires_at = excluded.expires_at, "
                "card_hash = excluded.card_hash",
                (counter, customer_id, lease_id, reserved_cents, expires.isoformat(), card_hash),
            )

    def of(self, counter: str, customer_id: int) -> LeaseCopy | None:
        """``customer_id``'s lease at ``counter``, with what was spent of it. Called inside
        the outbox's write transaction (the same thread's connection), it reads what that
        transaction sees."""
        with self.file._connect() as connection:
            row = connection.execute(
                f"{_SELECT} WHERE c.counter = ? AND c.customer_id = ?", (counter, customer_id)
            ).fetchone()
        return None if row is None else _copy(row)

    def all(self) -> list[LeaseCopy]:
        with self.file._connect() as connection:
            rows = connection.execute(f"{_SELECT} ORDER BY c.lease_id").fetchall()
        return [_copy(r) for r in rows]

    def drop(self, lease_id: int) -> None:
        """Forget a lease the server closed."""
        with self.file._connect() as connection:
            connection.execute("DELETE FROM credit_lease_copy WHERE lease_id = ?", (lease_id,))
