"""The outbox in the counter's own file (``pos_app.data.counter_file``): the sales made
while the server was unreachable, each with the counter's gapless number, as they will
be sent, until the server confirmed them.

- A number is taken in the same write transaction (BEGIN IMMEDIATE, synchronous=FULL)
  as the sale's row is written: a crash leaves both or neither, so there is no gap and
  no number given twice, after a ``kill -9`` too.
- A row leaves ``waiting`` only when the server confirmed it (``synced``, kept for the
  receipt for ``SYNCED_KEPT_DAYS``, then removed, without the card code and the ticket
  it was sent with), or when it was set aside with its
  reason (``set_aside``: the server refused it; ``conflict``: its UUID is there with
  other content).
- ``attempts`` is counted before each send: a row with attempts may have reached the
  server, and the sync asks for its UUID before it sends it again.
- One sync at a time per file (``sync_claim``): a claim belongs to a process and an
  owner inside it; it ends when released, when its process is gone, or when its lease
  ran out.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from pos_app.data.counter_file import CounterFile, _transaction
from pos_app.data.repositories.sale_writer import OfflineStamp, SaleLineWrite, SaleWrite
from pos_app.domain.wallet_consent import WalletConsent

WAITING, SYNCED, SET_ASIDE, CONFLICT = "waiting", "synced", "set_aside", "conflict"
#: How long a synced sale stays in the counter's file after the server confirmed it.
SYNCED_KEPT_DAYS = 30
#: What is kept of why a send failed.
ERROR_MAX = 500


@dataclass(frozen=True)
class OutboxRow:
    seq: int
    counter: str
    number: int
    counter_number: str
    sale_uuid: str
    created_at: str  #: the counter's clock, ISO
    total_cents: int
    body: str  #: the sale as it will be sent (``to_body``)
    state: str
    attempts: int
    last_error: str
    server_sale_id: int | None
    #: Imported from another counter's export (``outbox_transfer``): which, and when;
    #: None for a sale made here.
    imported_from: str | None = None


def counter_number(counter: str, number: int) -> str:
    return f"{counter}-{number:06d}"


def to_body(sale: SaleWrite) -> str:
    """The sale as text, exactly as ``from_body`` gives it back."""
    fields = asdict(sale)
    fields["created_at"] = sale.created_at.isoformat()
    return json.dumps(fields, sort_keys=True)


def from_body(body: str) -> SaleWrite:
    fields: dict[str, Any] = json.loads(body)
    fields["created_at"] = datetime.fromisoformat(fields["created_at"])
    fields["lines"] = tuple(SaleLineWrite(**line) for line in fields["lines"])
    offline = fields.get("offline")
    fields["offline"] = OfflineStamp(**offline) if offline else None
    consent = fields.get("consent")  # the scanned card's code (issue 16)
    fields["consent"] = WalletConsent(**consent) if consent else None
    return SaleWrite(**fields)


#: Once the server has a sale, the counter's copy keeps nothing only the server needed:
#: the scanned card's code (wallet consent) and the cashier's ticket (migration 0023).
_FORGET = "json_remove(body, '$.consent', '$.offline.ticket')"

_COLUMNS = (
    "seq, counter, number, counter_number, sale_uuid, created_at, total_cents, body, state, "
    "attempts, last_error, server_sale_id, imported_from"
)


def _row(found: tuple[Any, ...]) -> OutboxRow:
    return OutboxRow(*found)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


class Outbox:
    """The outbox rows of one counter file."""

    def __init__(self, file: CounterFile) -> None:
        self.file = file

    def add(self, counter: str, make: Any) -> OutboxRow:
        """Take ``counter``'s next number and write the sale ``make(counter_number)``
        returns (a ``SaleWrite``) under it, in one transaction; on disk when this
        returns."""
        with self.file._connect() as connection, _transaction(connection):
            last = connection.execute(
                "SELECT last FROM counter_numbers WHERE counter = ?", (counter,)
            ).fetchone()
            number = (last[0] if last else 0) + 1
            named = counter_number(counter, number)
            sale: SaleWrite = make(named)
            connection.execute(
                "INSERT INTO counter_numbers (counter, last) VALUES (?, ?) "
                "ON CONFLICT (counter) DO UPDATE SET last = excluded.last",
                (counter, number),
            )
            cursor = connection.execute(
                "INSERT INTO outbox (counter, number, counter_number, sale_uuid, created_at, "
                "total_cents, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    counter,
                    number,
                    named,
                    sale.uuid,
                    sale.created_at.isoformat(),
                    sale.total_cents,
                    to_body(sale),
                ),
            )
            found = connection.execute(
                f"SELECT {_COLUMNS} FROM outbox WHERE seq = ?", (cursor.lastrowid,)
            ).fetchone()
        return _row(found)

    def rows(self, state: str | None = WAITING, limit: int = 1000) -> list[OutboxRow]:
        """Rows in ``state`` (None: all), oldest first."""
        where, args = ("WHERE state = ?", (state,)) if state else ("", ())
        with self.file._connect() as connection:
            found = connection.execute(
                f"SELECT {_COLUMNS} FROM outbox {where} ORDER BY seq LIMIT ?", (*args, limit)
            ).fetchall()
        return [_row(r) for r in found]

    def row(self, seq: int) -> OutboxRow | None:
        with self.file._connect() as connection:
            found = connection.execute(
                f"SELECT {_COLUMNS} FROM outbox WHERE seq = ?", (seq,)
            ).fetchone()
        return _row(found) if found else None

    def by_number(self, number: str) -> OutboxRow | None:
        """The row of counter number ``number`` ("C1-000042"), whatever its state."""
        with self.file._connect() as connection:
            found = connection.execute(
                f"SELECT {_COLUMNS} FROM outbox WHERE counter_number = ?", (number,)
            ).fetchone()
        return _row(found) if found else None

    def count(self, state: str = WAITING) -> int:
        with self.file._connect() as connection:
            found = connection.execute(
                "SELECT count(*) FROM outbox WHERE state = ?", (state,)
            ).fetchone()
        return int(found[0])

    def attempt(self, seq: int) -> None:
        """About to send it: from now on its outcome is unknown until the server says."""
        self._update(seq, "attempts = attempts + 1")

    def attempt_many(self, seqs: list[int]) -> None:
        """``attempt`` for each of ``seqs``, in one transaction (one write to the disk)."""
        with self.file._connect() as connection, _transaction(connection):
            connection.executemany(
                "UPDATE outbox SET attempts = attempts + 1 WHERE seq = ?", [(s,) for s in seqs]
            )

    def unattempt(self, seqs: list[int]) -> None:
        """Take back ``attempt_many`` for rows that were never sent after all."""
        if seqs:
            with self.file._connect() as connection, _transaction(connection):
                connection.executemany(
                    "UPDATE outbox SET attempts = attempts - 1 WHERE seq = ? AND attempts > 0",
                    [(s,) for s in seqs],
                )

    def synced_many(self, synced: list[tuple[int, int]]) -> None:
        """``synced`` for each (seq, server sale id), in one transaction, which also
        removes the rows synced more than ``SYNCED_KEPT_DAYS`` ago: the server has them
        (a reprint or a return finds them there by their number), and the counter's file
        would otherwise grow with every sale it ever made offline."""
        with self.file._connect() as connection, _transaction(connection):
            connection.executemany(
                "UPDATE outbox SET state = 'synced', server_sale_id = ?, last_error = '', "
                f"synced_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), body = {_FORGET} "
                "WHERE seq = ? AND state = 'waiting'",
                [(sale_id, seq) for seq, sale_id in synced],
            )
            connection.execute(
                "DELETE FROM outbox WHERE state = 'synced' "
                "AND synced_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?)",
                (f"-{SYNCED_KEPT_DAYS} days",),
            )

    def failed(self, seq: int, reason: str) -> None:
        """The send failed and the sale stays waiting."""
        self._update(seq, "last_error = ?", reason[:ERROR_MAX])

    def synced(self, seq: int, server_sale_id: int) -> None:
        self._update(
            seq,
            "state = 'synced', server_sale_id = ?, last_error = '', "
            f"synced_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), body = {_FORGET}",
            server_sale_id,
            only_waiting=True,
        )

    def set_aside(self, seq: int, state: str, reason: str, server_sale_id: int | None) -> None:
        assert state in (SET_ASIDE, CONFLICT)
        self._update(
            seq,
            "state = ?, last_error = ?, server_sale_id = ?",
            state,
            reason[:ERROR_MAX],
            server_sale_id,
            only_waiting=True,
        )

    def _update(self, seq: int, assignments: str, *args: Any, only_waiting: bool = False) -> None:
        condition = " AND state = 'waiting'" if only_waiting else ""
        with self.file._connect() as connection:
            connection.execute(
                f"UPDATE outbox SET {assignments} WHERE seq = ?{condition}", (*args, seq)
            )

    # -- one sync at a time ----------------------------------------------------------------
    def claim(self, owner: str, lease_s: float) -> bool:
        """Take the file's sync claim for ``owner`` of this process, unless a live claim
        of another owner holds it."""
        now = time.time()
        with self.file._connect() as connection, _transaction(connection):
            held = connection.execute("SELECT owner, pid, until FROM sync_claim").fetchone()
            if held is not None and held[0] != owner and held[2] > now and _alive(held[1]):
                return False
            connection.execute(
                "INSERT INTO sync_claim (id, owner, pid, until) VALUES (1, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, pid = excluded.pid, "
                "until = excluded.until",
                (owner, os.getpid(), now + lease_s),
            )
        return True

    def holds(self, owner: str, lease_s: float) -> bool:
        """Renew ``owner``'s claim; False if it has lost it (its lease ran out and
        another sync took it)."""
        with self.file._connect() as connection:
            cursor = connection.execute(
                "UPDATE sync_claim SET until = ? WHERE owner = ?", (time.time() + lease_s, owner)
            )
        return cursor.rowcount == 1

    def release(self, owner: str) -> None:
        with self.file._connect() as connection:
            connection.execute("DELETE FROM sync_claim WHERE owner = ?", (owner,))
