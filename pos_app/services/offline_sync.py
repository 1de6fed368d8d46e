"""Sending a counter's offline sales to the server, exactly once (issue 15).

``OfflineSync.sync_once`` sends the outbox oldest first, one sale per server
transaction, keyed by the sale's UUID, under the file's sync claim (one sender at a
time, across threads and processes). A send whose answer never came is "outcome
unknown": the UUID is asked for before the sale is sent again. Same UUID, same content:
one sale. Same UUID, other content: a conflict for a manager (``offline_conflicts``),
and the row is set aside. A sale the server refuses is set aside with its reason; the
ones behind it go on. The server records a synced sale whatever its stock and prices
are now, and flags it (migration 0010).

The counter's file is written per chunk of ``CHUNK`` sales, not per sale (each write
there is an fsync): before a chunk is sent, its rows are counted as attempted in one
transaction (a row counted and never sent costs one question by UUID after a crash,
never a second sale); after it, the sales the server took are marked synced in one
transaction, and their flags are read in one query. A crash in between leaves them
waiting with an attempt counted: the next sync asks by UUID and finds them there.
"""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass, field

from pos_app.data.database import Database, UniqueViolation
from pos_app.data.outbox import CONFLICT, SET_ASIDE, WAITING, Outbox, OutboxRow, from_body
from pos_app.data.repositories.offline_sales import ServerSale
from pos_app.data.repositories.sale_writer import SaleRefused, SaleWrite
from pos_app.data.transaction import Transaction
from pos_app.domain.enums import PaymentMethod
from pos_app.domain.errors import DatabaseUnavailableError, PosError

log = logging.getLogger(__name__)

#: How long a sync's claim on the file lasts without being renewed.
CLAIM_LEASE_S = 120.0
#: Sales sent between two writes to the counter's file.
CHUNK = 50
#: Why a sale the server refused was set aside, by ``SaleRefused.what``.
REFUSALS = {
    "customer": "The customer is gone or deactivated on the server",
    "product": "A product of the sale is no longer on the server",
    "counter": "The server does not take it from this counter: the counter is retired, or "
    "the sale is not one of its own",
    "ticket": "The server cannot tell who sold it: its cashier had not signed in at this "
    "counter while the server answered, or the sale's time is outside that sign-in",
}


@dataclass
class SyncReport:
    """What one ``sync_once`` did. ``busy``: another sync holds the file; ``unreachable``:
    it stopped because the server could not be reached (``message`` says how)."""

    sent: int = 0
    already_there: int = 0  #: an earlier send had landed; its answer was lost
    set_aside: int = 0
    conflicts: int = 0
    oversold: int = 0
    price_changed: int = 0
    waiting: int = 0
    busy: bool = False
    unreachable: bool = False
    message: str = ""
    numbers: list[str] = field(default_factory=list)  #: synced, in order


class _Unreachable(Exception):
    pass


def _same(plan: SaleWrite, row: OutboxRow, found: ServerSale) -> bool:
    """Whether the server's sale under this UUID is the one the counter sent."""
    payments = sorted(
        (method.value, cents)
        for method, cents in (
            (PaymentMethod.WALLET, plan.wallet_cents),
            (PaymentMethod.CASH, plan.cash_cents),
            (PaymentMethod.CARD, plan.card_cents),
        )
        if cents
    )
    lines = sorted(
        (line.product_id, line.quantity, line.unit_price_cents, line.paid_cents)
        for line in plan.lines
    )
    return (
        found.customer_id == plan.customer_id
        and found.total_cents == plan.total_cents
        and found.lines == tuple(lines)
        and found.payments == tuple(payments)
        and found.counter_number in (None, row.counter_number)
    )


def record(tx: Transaction, plan: SaleWrite) -> int:
    """Write one synced sale on the server; its id. (One statement on PostgreSQL.)"""
    return tx.sale_writer.write(plan).sale_id


class OfflineSync:
    def __init__(self, db: Database, outbox: Outbox) -> None:
        self._db = db
        self._outbox = outbox

    def sync_once(self, max_sales: int = 100) -> SyncReport:
        """Send up to ``max_sales`` waiting sales, oldest first. Never raises for what
        the server or the network did: the report says it. (CounterFileError: the file.)"""
        report = SyncReport()
        owner = uuid.uuid4().hex
        box = self._outbox
        if not box.claim(owner, CLAIM_LEASE_S):
            report.busy = True
            report.message = "Another sync of this counter's sales is running"
            report.waiting = box.count(WAITING)
            return report
        try:
            renewed = time.monotonic()
            rows = box.rows(WAITING, max_sales)
            for start in range(0, len(rows), CHUNK):
                # Renewed once half its lease is gone, between chunks.
                if time.monotonic() - renewed > CLAIM_LEASE_S / 2:
                    if not box.holds(owner, CLAIM_LEASE_S):
                        report.busy = True
                        report.message = "Another sync took over this counter's sales"
                        break
                    renewed = time.monotonic()
                if not self._chunk(rows[start : start + CHUNK], report):
                    break
        finally:
            box.release(owner)
        report.waiting = box.count(WAITING)
        return report

    def _chunk(self, rows: list[OutboxRow], report: SyncReport) -> bool:
        """Send ``rows``; False when the server could not be reached."""
        box = self._outbox
        box.attempt_many([row.seq for row in rows])
        synced: list[tuple[OutboxRow, int]] = []
        sent_ids: list[int] = []
        reached = True
        done = 0
        try:
            for row in rows:
                done += 1
                found = self._sync_row(row, report)
                if found is not None:
                    sale_id, sent = found
                    synced.append((row, sale_id))
                    if sent:
                        sent_ids.append(sale_id)
        except _Unreachable as stop:
            report.unreachable = True
            report.message = str(stop)
            reached = False
            # Counted as attempted but never sent: taken back (nothing to ask about).
            box.unattempt([row.seq for row in rows[done:]])
        finally:
            if synced:
                box.synced_many([(row.seq, sale_id) for row, sale_id in synced])
                report.numbers.extend(row.counter_number for row, _ in synced)
        if sent_ids and reached:
            try:
                flags = self._db.read(lambda tx: tx.offline_sync.flags(sent_ids))
            except DatabaseUnavailableError as exc:
                report.unreachable, report.message = True, str(exc)
                return False
            report.oversold += sum(1 for oversold, _ in flags if oversold)
            report.price_changed += sum(1 for _, changed in flags if changed)
        return reached

    def _sync_row(self, row: OutboxRow, report: SyncReport) -> tuple[int, bool] | None:
        """Send one sale: (server sale id, sent now) when it is on the server, None when
        it was set aside; _Unreachable when the server could not be reached."""
        plan = from_body(row.body)
        if row.attempts:  # an earlier send may have landed: ask before sending again
            found = self._find(row, plan.uuid)
            if found is not None:
                return self._settle(row, plan, found, report)
        try:
            sale_id = self._db.write(lambda tx: record(tx, plan), one_statement=True)
        except UniqueViolation as exc:
            found = self._find(row, plan.uuid)
            if found is None:  # its number is taken by another sale
                self._conflict(row, None, f"Counter number {row.counter_number} is taken", report)
                return None
            log.info("offline sale %s (%s) was already there", row.counter_number, exc)
            return self._settle(row, plan, found, report)
        except DatabaseUnavailableError as exc:
            self._outbox.failed(row.seq, str(exc))
            raise _Unreachable(str(exc)) from exc
        except SaleRefused as refused:
            reason = REFUSALS.get(refused.what, f"The server refused it ({refused.what})")
            self._set_aside(row, reason, report)
            return None
        except PosError as exc:
            self._set_aside(row, str(exc), report)
            return None
        except Exception as exc:  # a bug: this sale waits for a person, the rest go on
            log.exception("offline sale %s could not be sent", row.counter_number)
            self._set_aside(row, f"Something went wrong sending it: {exc}", report)
            return None
        report.sent += 1
        return sale_id, True

    def _find(self, row: OutboxRow, sale_uuid: str) -> ServerSale | None:
        try:
            return self._db.read(lambda tx: tx.offline_sales.find(sale_uuid))
        except DatabaseUnavailableError as exc:
            self._outbox.failed(row.seq, str(exc))
            raise _Unreachable(str(exc)) from exc

    def _settle(
        self, row: OutboxRow, plan: SaleWrite, found: ServerSale, report: SyncReport
    ) -> tuple[int, bool] | None:
        if _same(plan, row, found):
            report.already_there += 1
            report.oversold += found.oversold
            report.price_changed += found.price_changed
            return found.sale_id, False
        self._conflict(
            row,
            found.sale_id,
            f"Sale {plan.uuid} ({row.counter_number}) is on the server as sale "
            f"#{found.sale_id} with other content",
            report,
        )
        return None

    def _conflict(
        self, row: OutboxRow, sale_id: int | None, reason: str, report: SyncReport
    ) -> None:
        try:
            self._db.write(
                lambda tx: tx.offline_sales.add_conflict(
                    row.sale_uuid, row.counter_number, sale_id, reason, row.body
                )
            )
        except DatabaseUnavailableError as exc:
            self._outbox.failed(row.seq, str(exc))
            raise _Unreachable(str(exc)) from exc
        log.warning("offline sale %s: %s", row.counter_number, reason)
        self._outbox.set_aside(row.seq, CONFLICT, reason, sale_id)
        report.conflicts += 1

    def _set_aside(self, row: OutboxRow, reason: str, report: SyncReport) -> None:
        log.warning("offline sale %s set aside: %s", row.counter_number, reason)
        self._outbox.set_aside(row.seq, SET_ASIDE, reason, None)
        report.set_aside += 1
