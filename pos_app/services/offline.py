"""Selling while the store's server cannot be reached, and sending those sales once it
can (issue 15, first slice: below the screens).

``sell`` records a sale in this counter's own file (the outbox, ``pos_app.data.outbox``)
under the counter's next gapless number, priced by what the cart carries (the prices the
checkout screen showed; the catalogue cache comes later, and until then an offline sale
carries no tax split, no promotion, no discount and no cash rounding). Store credit,
top-ups and refunds wait for the server, and say why.

``sync_once`` sends the outbox oldest first, one sale per server transaction, keyed by
the sale's UUID, under the file's sync claim (one sender at a time, across threads and
processes). A send whose answer never came is "outcome unknown": the UUID is asked for
before the sale is sent again. Same UUID, same content: one sale. Same UUID, other
content: a conflict for a manager (``offline_conflicts``), and the row is set aside. A
sale the server refuses is set aside with its reason; the ones behind it go on. The
server records a synced sale whatever its stock and prices are now, and flags it
(migration 0010).
"""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal

from pos_app.data.counter_file import CounterFile, CounterFileError
from pos_app.data.database import Database, UniqueViolation
from pos_app.data.outbox import (
    CONFLICT,
    SET_ASIDE,
    WAITING,
    Outbox,
    OutboxRow,
    from_body,
)
from pos_app.data.repositories.offline_sales import ServerSale
from pos_app.data.repositories.sale_writer import (
    OfflineStamp,
    SaleLineWrite,
    SaleRefused,
    SaleWrite,
)
from pos_app.data.transaction import Transaction
from pos_app.domain.enums import PaymentMethod
from pos_app.domain.errors import DatabaseUnavailableError, PosError, ValidationError
from pos_app.domain.money import format_money, from_cents
from pos_app.services.cart_request import clean_cart, tendered_for
from pos_app.services.permissions import Op, authorize
from pos_app.services.records import Actor, CheckoutRequest

log = logging.getLogger(__name__)

STORE_CREDIT_OFFLINE = "Store credit needs the server; take cash or card"
TOP_UP_OFFLINE = (
    "Top-ups need the server: the wallet's balance is kept there. Try again when the server is back"
)
REFUND_OFFLINE = (
    "Refunds need the server: the sale being refunded and its payments are kept there. "
    "Try again when the server is back"
)
#: How long a sync's claim on the file lasts without being renewed (each sale renews it).
CLAIM_LEASE_S = 120.0
#: Why a sale the server refused was set aside, by ``SaleRefused.what``.
REFUSALS = {
    "customer": "The customer is gone or deactivated on the server",
    "product": "A product of the sale is no longer on the server",
}


class OfflineSaleError(PosError):
    """This counter's own file cannot keep its offline sales."""


@dataclass(frozen=True)
class OfflineReceipt:
    """An offline sale as its receipt shows it: the counter's number stays final."""

    counter_number: str
    sale_uuid: str
    created_at: datetime
    total: Decimal
    cash: Decimal
    tendered: Decimal | None
    change: Decimal
    card: Decimal


@dataclass(frozen=True)
class WaitingSale:
    counter_number: str
    sale_uuid: str
    created_at: str
    total: Decimal
    state: str  #: waiting, synced, set_aside, conflict
    attempts: int
    last_error: str


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


class OfflineSalesService:
    """Offline sales at this counter, in its own file, and their sync to the server."""

    def __init__(self, db: Database, file: CounterFile) -> None:
        self._db = db
        self._outbox = Outbox(file)

    # -- selling -------------------------------------------------------------------------
    def sell(self, actor: Actor | None, request: CheckoutRequest) -> OfflineReceipt:
        """Record a cash or card sale in the outbox, or raise and write nothing."""
        checked = authorize(actor, Op.SALE_CHECKOUT)
        cart = clean_cart(request)
        paid_otherwise = cart.tendered_cents is not None or cart.card_cents
        if cart.wallet_cents or (
            cart.wallet_cents is None and cart.customer_id is not None and not paid_otherwise
        ):
            raise ValidationError(STORE_CREDIT_OFFLINE, "wallet_amount")
        if not cart.counter:
            raise ValidationError("Name this counter before selling offline", "counter")
        if any(line.unit_price_cents is None for line in cart.lines):
            raise ValidationError("Offline, each line needs the price the counter shows", "lines")
        if cart.discount is not None or any(line.discount for line in cart.lines):
            raise ValidationError(
                "Discounts need the server; sell at the shelf price or wait", "discount"
            )
        lines = tuple(
            SaleLineWrite(line.product_id, line.quantity, line.unit_price_cents or 0)
            for line in cart.lines
        )
        total = sum(line.gross_cents for line in lines)
        if cart.expected_total_cents is not None and cart.expected_total_cents != total:
            raise ValidationError(
                f"The cart comes to {format_money(from_cents(total))}, not the "
                f"{format_money(from_cents(cart.expected_total_cents))} shown",
                "lines",
            )
        if cart.card_cents > total:
            raise ValidationError(
                f"Card amount {format_money(from_cents(cart.card_cents))} is more than the "
                f"total {format_money(from_cents(total))}",
                "card_amount",
            )
        cash = total - cart.card_cents
        tendered = tendered_for(cash, cart.tendered_cents)
        now = datetime.now(UTC)

        def make(number: str) -> SaleWrite:
            paid = ", ".join(
                f"{name} {from_cents(cents):.2f}"
                for name, cents in (("cash", cash), ("card", cart.card_cents))
                if cents
            )
            return SaleWrite(
                uuid=cart.sale_uuid,
                customer_id=cart.customer_id,
                cashier_id=checked.account_id,
                counter=cart.counter,
                created_at=now,
                total_cents=total,
                lines=lines,
                wallet_cents=0,
                cash_cents=cash,
                tendered_cents=tendered,
                card_cents=cart.card_cents,
                card_reference=cart.card_reference,
                actor_username=checked.username,
                actor_counter=checked.counter,
                audit_detail=(
                    f"sale {{sale_id}} (offline {number}): {from_cents(total):.2f} "
                    f"({paid or 'nothing to pay'})"
                ),
                offline=OfflineStamp(number),
            )

        try:
            row = self._outbox.add(cart.counter, make)
        except CounterFileError as exc:
            raise self._failed(exc) from exc
        return OfflineReceipt(
            counter_number=row.counter_number,
            sale_uuid=row.sale_uuid,
            created_at=now,
            total=from_cents(total),
            cash=from_cents(cash),
            tendered=None if tendered is None else from_cents(tendered),
            change=from_cents((tendered or 0) - cash),
            card=from_cents(cart.card_cents),
        )

    @staticmethod
    def top_up(actor: Actor | None) -> None:
        """A wallet top-up, offline: always refused, with the reason."""
        authorize(actor, Op.SALE_CHECKOUT)
        raise ValidationError(TOP_UP_OFFLINE, "amount")

    @staticmethod
    def refund(actor: Actor | None) -> None:
        """A refund, offline: always refused, with the reason."""
        authorize(actor, Op.SALE_CHECKOUT)
        raise ValidationError(REFUND_OFFLINE)

    # -- what is waiting -----------------------------------------------------------------
    def waiting_count(self) -> int:
        try:
            return self._outbox.count(WAITING)
        except CounterFileError as exc:
            raise self._failed(exc) from exc

    def sales(self, state: str | None = WAITING, limit: int = 1000) -> list[WaitingSale]:
        """The outbox's sales in ``state`` (None: all), oldest first."""
        try:
            rows = self._outbox.rows(state, limit)
        except CounterFileError as exc:
            raise self._failed(exc) from exc
        return [
            WaitingSale(
                r.counter_number,
                r.sale_uuid,
                r.created_at,
                from_cents(r.total_cents),
                r.state,
                r.attempts,
                r.last_error,
            )
            for r in rows
        ]

    # -- sync ----------------------------------------------------------------------------
    def sync_once(self, max_sales: int = 100) -> SyncReport:
        """Send up to ``max_sales`` waiting sales, oldest first. Never raises for what the
        server or the network did: the report says it."""
        report = SyncReport()
        owner = uuid.uuid4().hex
        try:
            if not self._outbox.claim(owner, CLAIM_LEASE_S):
                report.busy = True
                report.message = "Another sync of this counter's sales is running"
                report.waiting = self._outbox.count(WAITING)
                return report
            try:
                renewed = time.monotonic()
                for row in self._outbox.rows(WAITING, max_sales):
                    # Renewed once half its lease is gone (a write to the file per sale
                    # was a fifth of the sync's time).
                    if time.monotonic() - renewed > CLAIM_LEASE_S / 2:
                        if not self._outbox.holds(owner, CLAIM_LEASE_S):
                            report.busy = True
                            report.message = "Another sync took over this counter's sales"
                            break
                        renewed = time.monotonic()
                    try:
                        self._sync_row(row, report)
                    except _Unreachable as stop:
                        report.unreachable = True
                        report.message = str(stop)
                        break
            finally:
                self._outbox.release(owner)
            report.waiting = self._outbox.count(WAITING)
        except CounterFileError as exc:
            raise self._failed(exc) from exc
        return report

    def _sync_row(self, row: OutboxRow, report: SyncReport) -> None:
        plan = from_body(row.body)
        if row.attempts:  # an earlier send may have landed: ask before sending again
            found = self._find(row, plan.uuid)
            if found is not None:
                self._settle(row, plan, found, report)
                return
        self._outbox.attempt(row.seq)
        try:
            found = self._db.write(lambda tx: self._record(tx, plan), one_statement=True)
        except UniqueViolation as exc:
            found = self._find(row, plan.uuid)
            if found is None:  # its number is taken by another sale
                self._conflict(row, None, f"Counter number {row.counter_number} is taken", report)
                return
            log.info("offline sale %s (%s) was already there", row.counter_number, exc)
            self._settle(row, plan, found, report)
            return
        except DatabaseUnavailableError as exc:
            self._outbox.failed(row.seq, str(exc))
            raise _Unreachable(str(exc)) from exc
        except SaleRefused as refused:
            reason = REFUSALS.get(refused.what, f"The server refused it ({refused.what})")
            self._set_aside(row, reason, report)
            return
        except PosError as exc:
            self._set_aside(row, str(exc), report)
            return
        except Exception as exc:  # a bug: this sale waits for a person, the rest go on
            log.exception("offline sale %s could not be sent", row.counter_number)
            self._set_aside(row, f"Something went wrong sending it: {exc}", report)
            return
        self._outbox.synced(row.seq, found.sale_id)
        report.sent += 1
        report.numbers.append(row.counter_number)
        report.oversold += found.oversold
        report.price_changed += found.price_changed

    @staticmethod
    def _record(tx: Transaction, plan: SaleWrite) -> ServerSale:
        tx.sale_writer.write(plan)
        found = tx.offline_sales.find(plan.uuid)
        assert found is not None  # just written
        return found

    def _find(self, row: OutboxRow, sale_uuid: str) -> ServerSale | None:
        try:
            return self._db.read(lambda tx: tx.offline_sales.find(sale_uuid))
        except DatabaseUnavailableError as exc:
            self._outbox.failed(row.seq, str(exc))
            raise _Unreachable(str(exc)) from exc

    def _settle(
        self, row: OutboxRow, plan: SaleWrite, found: ServerSale, report: SyncReport
    ) -> None:
        if _same(plan, row, found):
            self._outbox.synced(row.seq, found.sale_id)
            report.already_there += 1
            report.numbers.append(row.counter_number)
            return
        self._conflict(
            row,
            found.sale_id,
            f"Sale {plan.uuid} ({row.counter_number}) is on the server as sale "
            f"#{found.sale_id} with other content",
            report,
        )

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

    # -- for managers --------------------------------------------------------------------
    def conflicts(self, actor: Actor | None, limit: int = 200) -> list[tuple[str, str, str]]:
        """(counter number, sale uuid, reason) of the offline conflicts, newest first."""
        authorize(actor, Op.SALE_REPORTS)
        rows = self._db.read(lambda tx: tx.offline_sales.conflicts(limit))
        return [(r.counter_number, r.sale_uuid, r.reason) for r in rows]

    def flagged(self, actor: Actor | None, limit: int = 200) -> list[tuple[str, str, bool, bool]]:
        """(counter number, sale uuid, oversold, price changed) of the flagged offline
        sales, newest first."""
        authorize(actor, Op.SALE_REPORTS)
        return self._db.read(lambda tx: tx.offline_sales.flagged(limit))

    @staticmethod
    def _failed(exc: CounterFileError) -> OfflineSaleError:
        log.error("%s", exc)
        return OfflineSaleError(f"This counter's offline sales are unavailable ({exc})")
