"""The counter's own file: a small SQLite database beside the app, one per computer.

It keeps what must survive a crash or a power cut at this counter even when the store's
database is elsewhere: the cart on screen (with its customer, the UUID of a sale being
paid, and a park or resume still in flight), the receipts that have not printed yet
(queued before they are sent to the printer, taken off once it accepted them), and the
outbox of sales made while the server is unreachable (its rows are read and written by
``pos_app.data.outbox``), and the catalogue cache those sales are priced by
(``pos_app.data.catalogue_cache``), and the managers' verifiers an offline override is
checked against (``pos_app.data.verifier_copy``), and the counter's identity and its
cashiers' tickets for offline sales (``pos_app.data.ticket_copy``). The screens reach it through
``services.drafts``, ``services.receipt_queue`` and ``services.offline``.

WAL and ``synchronous=FULL``: a write that returned is on disk. Every write is one short
transaction on a connection of its own, so any thread may call in.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pos_app.private_files import private_file, private_folder

#: ``PRAGMA user_version`` of the newest layout; each step below brings a file one further.
LAYOUT = [
    """
    CREATE TABLE cart_on_screen (
        counter     TEXT PRIMARY KEY,
        body        TEXT NOT NULL,
        updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )
    """,
    # A receipt waits here from before it is sent to the printer until the printer took
    # it: one row a sale (``copy``: a reprint asked for, 0 once the original is owed).
    """
    CREATE TABLE unprinted_receipts (
        counter     TEXT NOT NULL,
        sale_id     INTEGER NOT NULL,
        copy        INTEGER NOT NULL DEFAULT 0 CHECK (copy IN (0, 1)),
        reason      TEXT NOT NULL DEFAULT '',
        queued_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        PRIMARY KEY (counter, sale_id)
    )
    """,
    # The outbox (pos_app.data.outbox): each sale made while the server was unreachable,
    # as it will be sent, until the server confirmed it (then ``synced``, kept for the
    # receipt). ``number`` is the counter's gapless sequence, taken from
    # ``counter_numbers`` in the same transaction as the row is written.
    """
    CREATE TABLE counter_numbers (
        counter     TEXT PRIMARY KEY,
        last        INTEGER NOT NULL CHECK (last >= 0)
    )
    """,
    """
    CREATE TABLE outbox (
        seq             INTEGER PRIMARY KEY AUTOINCREMENT,
        counter         TEXT NOT NULL,
        number          INTEGER NOT NULL CHECK (number > 0),
        counter_number  TEXT NOT NULL UNIQUE,
        sale_uuid       TEXT NOT NULL UNIQUE,
        created_at      TEXT NOT NULL,
        total_cents     INTEGER NOT NULL,
        body            TEXT NOT NULL,
        state           TEXT NOT NULL DEFAULT 'waiting'
                        CHECK (state IN ('waiting', 'synced', 'set_aside', 'conflict')),
        attempts        INTEGER NOT NULL DEFAULT 0,
        last_error      TEXT NOT NULL DEFAULT '',
        server_sale_id  INTEGER,
        synced_at       TEXT,
        UNIQUE (counter, number)
    )
    """,
    # Who is sending the outbox now: at most one sync at a time per file, across threads
    # and processes (a claim that ends with its process or its lease).
    """
    CREATE TABLE sync_claim (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        owner       TEXT NOT NULL,
        pid         INTEGER NOT NULL,
        until       REAL NOT NULL
    )
    """,
    # The catalogue cache (pos_app.data.catalogue_cache): what an offline sale is priced
    # by, as the server had it at ``cache_state.last_seq`` (its change sequence,
    # migration 0011). Each row keeps the change number it came with.
    """
    CREATE TABLE cache_products (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL,
        price_cents INTEGER NOT NULL, barcode TEXT, active INTEGER NOT NULL,
        tax_rate_id INTEGER, variable_price INTEGER NOT NULL, change_seq INTEGER NOT NULL
    )
    """,
    "CREATE INDEX ix_cache_products_barcode ON cache_products (barcode)",
    """
    CREATE TABLE cache_categories (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, active INTEGER NOT NULL,
        tax_rate_id INTEGER, change_seq INTEGER NOT NULL
    )
    """,
    """
    CREATE TABLE cache_tax_rates (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, percent_e4 INTEGER NOT NULL,
        exempt INTEGER NOT NULL, active INTEGER NOT NULL, change_seq INTEGER NOT NULL
    )
    """,
    """
    CREATE TABLE cache_promotions (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
        starts_at TEXT NOT NULL, ends_at TEXT NOT NULL, category TEXT,
        quantity INTEGER NOT NULL, price_cents INTEGER NOT NULL,
        free_quantity INTEGER NOT NULL, percent_e4 INTEGER NOT NULL,
        active INTEGER NOT NULL, change_seq INTEGER NOT NULL,
        product_ids TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE cache_store_settings (
        key TEXT PRIMARY KEY, value TEXT NOT NULL, change_seq INTEGER NOT NULL
    )
    """,
    """
    CREATE TABLE cache_state (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        last_seq    INTEGER NOT NULL,
        refreshed_at TEXT NOT NULL
    )
    """,
    # This counter's copy of its store-credit leases (pos_app.data.lease_copy, migration
    # 0015 on the server): what it reserved of each customer's wallet, until when. What it
    # spent of one is the wallet parts of its outbox sales that name the lease (indexed).
    """
    CREATE TABLE credit_lease_copy (
        counter         TEXT NOT NULL,
        customer_id     INTEGER NOT NULL,
        lease_id        INTEGER NOT NULL UNIQUE,
        reserved_cents  INTEGER NOT NULL CHECK (reserved_cents >= 0),
        expires_at      TEXT NOT NULL,
        PRIMARY KEY (counter, customer_id)
    )
    """,
    "CREATE INDEX ix_outbox_lease ON outbox (json_extract(body, '$.offline.lease_id')) "
    "WHERE json_extract(body, '$.offline.lease_id') IS NOT NULL",
    # An outbox row imported from another counter's export (pos_app.data.outbox_transfer):
    # where it came from (that counter's code and the export's time); NULL for a sale
    # made here.
    "ALTER TABLE outbox ADD COLUMN imported_from TEXT",
    # Manager verifiers (pos_app.data.verifier_copy, issue 15): a fresh bcrypt hash of the
    # password a manager typed at this counter while it reached the server (never the
    # server's own hash), so that an override can be checked here offline until
    # ``expires_at``. ``failures``: wrong passwords typed against it offline in a row.
    """
    CREATE TABLE manager_verifiers (
        account_id      INTEGER PRIMARY KEY,
        username        TEXT NOT NULL UNIQUE,
        role            TEXT NOT NULL,
        verifier        TEXT NOT NULL,
        remembered_at   TEXT NOT NULL,
        expires_at      TEXT NOT NULL,
        failures        INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0)
    )
    """,
    # The customer's card (issue 16): the SHA-256 of its code, as the server keeps it, so
    # that the scan of the card can be checked here offline; NULL: they have none.
    "ALTER TABLE credit_lease_copy ADD COLUMN card_hash TEXT",
    # This counter's identity for offline sales (pos_app.data.ticket_copy, migration 0023
    # on the server): the secret it was given once, when a manager registered it here.
    """
    CREATE TABLE counter_identity (
        counter         TEXT PRIMARY KEY,
        counter_id      INTEGER NOT NULL,
        secret          TEXT NOT NULL,
        registered_at   TEXT NOT NULL
    )
    """,
    # The newest ticket of each staff member who signed in here online: an offline sale
    # carries its cashier's token, which the server checks at sync.
    """
    CREATE TABLE offline_tickets (
        counter         TEXT NOT NULL,
        account_id      INTEGER NOT NULL,
        ticket_id       INTEGER NOT NULL,
        token           TEXT NOT NULL,
        issued_at       TEXT NOT NULL,
        valid_until     TEXT NOT NULL,
        PRIMARY KEY (counter, account_id)
    )
    """,
    # Whether the server checks this counter's offline sales' tickets: not when it connects
    # as the database's owner (learned while online; unknown: it does).
    """
    CREATE TABLE ticket_rule (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        required    INTEGER NOT NULL,
        learned_at  TEXT NOT NULL
    )
    """,
]

BUSY_TIMEOUT_S = 5.0


@contextmanager
def _transaction(connection: sqlite3.Connection) -> Iterator[None]:
    """One write transaction on ``connection``: committed when the block ends, rolled back
    when it raises."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def _into_wal(connection: sqlite3.Connection) -> None:
    """Switch a new file to WAL. Several programs opening the same new file at once can
    be told SQLITE_BUSY at once (the switch does not always wait for the busy timeout), so
    it is asked again for up to ``BUSY_TIMEOUT_S``."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            busy = (getattr(exc, "sqlite_errorcode", 0) & 0xFF) == sqlite3.SQLITE_BUSY
            if not busy or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


class CounterFileError(Exception):
    """The counter's own file cannot be read or written (disk full, read-only, corrupt)."""


class CounterFile:
    """The file at ``path``, created and brought up to date on first use. Each thread
    keeps one connection open: closing the last one checkpoints the WAL, which made a
    save three times slower."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._ready = False
        self._local = threading.local()

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            # 0600 in a 0700 folder before SQLite opens it (its -wal and -shm follow):
            # it holds carts, customers' names and offline sales. Only this program
            # writes it, so one an older version left 0644 is closed too.
            private_file(private_folder(self.path.parent) / self.path.name, tighten=True)
            connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            _into_wal(connection)
            connection.execute("PRAGMA synchronous=FULL")
            self._local.connection = connection
        return connection

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            connection = self._connection()
            if not self._ready:
                self._upgrade(connection)
            yield connection
        except (OSError, sqlite3.Error) as exc:
            self.close()
            raise CounterFileError(f"This counter's file {self.path} failed: {exc}") from exc

    def close(self) -> None:
        """Close this thread's connection (the next call opens a new one)."""
        connection = getattr(self._local, "connection", None)
        self._local.connection = None
        if connection is not None:
            connection.close()

    def _upgrade(self, connection: sqlite3.Connection) -> None:
        """Bring the file to the newest layout. The version is read inside the write
        transaction, so two programs (or two objects) opening one file never run a step
        twice."""
        with self._lock:
            with _transaction(connection):
                version = connection.execute("PRAGMA user_version").fetchone()[0]
                for step, statement in enumerate(LAYOUT[version:], start=version + 1):
                    connection.execute(statement)
                    connection.execute(f"PRAGMA user_version={step}")
            self._ready = True

    # -- the cart on screen --------------------------------------------------------------
    def save_cart(self, counter: str, body: dict[str, Any]) -> None:
        """Replace the cart on screen at ``counter``; on disk when this returns."""
        text = json.dumps(body, sort_keys=True)
        with self._connect() as connection:
            connection.execute(
                "INSERT INTO cart_on_screen (counter, body) VALUES (?, ?) "
                "ON CONFLICT (counter) DO UPDATE SET body = excluded.body, "
                "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
                (counter, text),
            )

    def load_cart(self, counter: str) -> dict[str, Any] | None:
        with self._connect() as connection:
            row = connection.execute(
                "SELECT body FROM cart_on_screen WHERE counter = ?", (counter,)
            ).fetchone()
        if row is None:
            return None
        try:
            body = json.loads(row[0])
        except ValueError as exc:
            raise CounterFileError(f"The saved cart in {self.path} is unreadable") from exc
        return body if isinstance(body, dict) else None

    def clear_cart(self, counter: str) -> None:
        with self._connect() as connection:
            connection.execute("DELETE FROM cart_on_screen WHERE counter = ?", (counter,))

    # -- receipts not printed yet --------------------------------------------------------
    def queue_receipt(self, counter: str, sale_id: int, *, copy: bool) -> bool:
        """Queue ``sale_id``'s receipt at ``counter`` (on disk when this returns); whether
        it is to print as a copy: never while the original is still owed."""
        with self._connect() as connection, _transaction(connection):
            connection.execute(
                "INSERT INTO unprinted_receipts (counter, sale_id, copy) VALUES (?, ?, ?) "
                "ON CONFLICT (counter, sale_id) DO UPDATE "
                "SET copy = min(copy, excluded.copy)",
                (counter, sale_id, int(copy)),
            )
            row = connection.execute(
                "SELECT copy FROM unprinted_receipts WHERE counter = ? AND sale_id = ?",
                (counter, sale_id),
            ).fetchone()
        return bool(row[0])

    def receipt_failed(self, counter: str, sale_id: int, reason: str) -> None:
        """Say why a queued receipt did not print (it stays queued)."""
        with self._connect() as connection:
            connection.execute(
                "UPDATE unprinted_receipts SET reason = ? WHERE counter = ? AND sale_id = ?",
                (reason, counter, sale_id),
            )

    def receipt_printed(self, counter: str, sale_id: int) -> None:
        with self._connect() as connection:
            connection.execute(
                "DELETE FROM unprinted_receipts WHERE counter = ? AND sale_id = ?",
                (counter, sale_id),
            )

    def unprinted_receipts(self, counter: str) -> list[tuple[int, bool, str, str]]:
        """(sale id, copy, reason, queued at) of each receipt waiting at ``counter``,
        oldest first."""
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT sale_id, copy, reason, queued_at FROM unprinted_receipts "
                "WHERE counter = ? ORDER BY queued_at, sale_id",
                (counter,),
            ).fetchall()
        return [(int(a), bool(b), str(c), str(d)) for a, b, c, d in rows]
