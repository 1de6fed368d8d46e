"""Selling while the store's server cannot be reached, and sending those sales once it
can (issue 15: below the screens).

``refresh_catalogue`` keeps this counter's copy of the catalogue (products, categories,
tax rates, promotions, the store's pricing settings; ``pos_app.data.catalogue_cache``)
up to date by the server's change sequence, a page per local transaction: cut short,
it resumes where it stopped.

``sell`` prices a cash or card cart from that copy by the online sale's rules
(``pos_app.services.offline_pricing``: taxes, promotions, cash rounding) and records it
in this counter's own file (the outbox, ``pos_app.data.outbox``) under the counter's
next gapless number, with the cashier's ticket at this counter, which the server checks at
sync (``pos_app.services.offline_tickets``). Line and cart discounts are priced by the same
rules as online; within the cashiers' limit they need no one else (``check_discount_authority``, the
online rule), above it a manager's override checked against this counter's verifiers
(``pos_app.services.offline_overrides``), and the sale's audit line names who gave it,
who authorised it, and that it was authorised offline. Top-ups and refunds wait for the
server, and say why; so does store credit, unless the store allows it offline: then a
customer's credit is taken up to what this counter's lease on their wallet has left
(``pos_app.services.credit_lease``). ``scan`` finds a barcode in the copy.

``sync_once`` sends the outbox, exactly once per sale (``pos_app.services.offline_sync``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal
from functools import partial

from pos_app.data.catalogue_cache import CatalogueCache
from pos_app.data.counter_file import CounterFile, CounterFileError
from pos_app.data.database import Database
from pos_app.data.outbox import WAITING, Outbox
from pos_app.data.repositories.catalogue import CataloguePage
from pos_app.data.repositories.sale_writer import OfflineStamp, SaleWrite
from pos_app.data.transaction import Transaction
from pos_app.domain import rules
from pos_app.domain.errors import (
    DatabaseUnavailableError,
    PermissionDeniedError,
    PosError,
    ValidationError,
)
from pos_app.domain.money import format_money, from_cents
from pos_app.domain.wallet_consent import WalletConsent
from pos_app.services.cart_request import CleanCart, clean_cart, tendered_for
from pos_app.services.credit_lease import CreditLeaseRecord, CreditLeases, offline_credit_refused
from pos_app.services.offline_overrides import OFFLINE_OVERRIDE, OfflineOverrides
from pos_app.services.offline_pricing import price_offline, scanned_offline
from pos_app.services.offline_sync import CLAIM_LEASE_S, OfflineSync, SyncReport
from pos_app.services.offline_tickets import OfflineTickets
from pos_app.services.passwords import PasswordHasher
from pos_app.services.permissions import Op, authorize
from pos_app.services.records import Actor, CheckoutRequest, ManagerOverride, Product
from pos_app.services.sale_plan import Paid, priced_fields, sale_write
from pos_app.services.sale_pricing import (
    Quote,
    cash_part,
    check_discount_authority,
    line_write,
    to_quote,
)
from pos_app.services.wallet_consent import offline_card

__all__ = ["CLAIM_LEASE_S", "OfflineReceipt", "OfflineSalesService", "SyncReport"]

log = logging.getLogger(__name__)

STORE_CREDIT_OFFLINE = "Store credit needs the server; take cash or card"
TOP_UP_OFFLINE = (
    "Top-ups need the server: the wallet's balance is kept there. Try again when the server is back"
)
REFUND_OFFLINE = (
    "Refunds need the server: the sale being refunded and its payments are kept there. "
    "Try again when the server is back"
)
#: Rows of each table a refresh reads at once (one local transaction each).
REFRESH_PAGE = 5000


def _changes(tx: Transaction, *, after: int, limit: int) -> CataloguePage:
    return tx.catalogue.changes_after(after, limit)


def _wallet_part(cart: CleanCart, total: int, allowed: bool) -> int:
    """The store credit an offline cart asks for (the whole total when a customer is
    attached and nothing else pays), checked against the total and the card part;
    STORE_CREDIT_OFFLINE unless the store takes store credit offline."""
    paid_otherwise = cart.tendered_cents is not None or cart.card_cents
    wallet = cart.wallet_cents
    if wallet is None:
        wallet = total if cart.customer_id is not None and not paid_otherwise else 0
    if wallet and (not allowed or cart.customer_id is None):
        raise ValidationError(STORE_CREDIT_OFFLINE, "wallet_amount")
    if wallet > total:
        raise ValidationError(
            f"Wallet amount {format_money(from_cents(wallet))} is more than the "
            f"total {format_money(from_cents(total))}",
            "wallet_amount",
        )
    if wallet + cart.card_cents > total:
        raise ValidationError(
            f"Card amount {format_money(from_cents(cart.card_cents))} is more than the "
            f"{format_money(from_cents(total - wallet))} left to pay",
            "card_amount",
        )
    return wallet


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
    tax: Decimal = Decimal(0)
    promotion: Decimal = Decimal(0)
    #: What the cash taken differs from the cash due by (the store's cash rounding).
    cash_rounding: Decimal = Decimal(0)
    #: Store credit taken within this counter's lease (issue 15).
    wallet: Decimal = Decimal(0)


@dataclass(frozen=True)
class RefreshReport:
    """What one ``refresh_catalogue`` did: the pages applied, the rows they brought and
    the deletions, the change number the copy is now at, and whether it stopped early
    (``unreachable``: the server went away; the next refresh resumes from ``last_seq``)."""

    pages: int
    rows: int
    deleted: int
    last_seq: int
    complete: bool
    unreachable: bool = False
    message: str = ""


@dataclass(frozen=True)
class WaitingSale:
    counter_number: str
    sale_uuid: str
    created_at: str
    total: Decimal
    state: str  #: waiting, synced, set_aside, conflict
    attempts: int
    last_error: str


class OfflineSalesService:
    """Offline sales at this counter, in its own file, and their sync to the server."""

    def __init__(
        self, db: Database, file: CounterFile, hasher: PasswordHasher | None = None
    ) -> None:
        self._db = db
        self._outbox = Outbox(file)
        self._cache = CatalogueCache(file)
        self._sync = OfflineSync(db, self._outbox)
        #: This counter's store-credit leases (``pos_app.services.credit_lease``).
        self.leases = CreditLeases(db, file)
        #: The managers' verifiers an offline override is checked against.
        self.overrides = OfflineOverrides(db, file, hasher or PasswordHasher())
        #: This counter's identity and its cashiers' tickets (``offline_tickets``).
        self.tickets = OfflineTickets(db, file)

    @property
    def on_server(self) -> bool:
        """Whether the store's database is a server (PostgreSQL), which a counter can
        lose while it keeps running: only then is there anything to sell offline."""
        return self._db.backend == "postgresql"

    # -- the catalogue's copy ------------------------------------------------------------
    def refresh_catalogue(self, page_size: int = REFRESH_PAGE, max_pages: int = 0) -> RefreshReport:
        """Bring this counter's copy of the catalogue up to the server's, page by page
        (``max_pages`` 0: until it is). Never raises for the server: the report says."""
        pages = rows = deleted = 0
        self.tickets.learn()  # whether this login's offline sales need tickets
        try:
            after = self._cache.last_seq()
            while True:
                page = self._db.read(partial(_changes, after=after, limit=page_size))
                if page.upto > after and self._cache.apply(page):
                    pages += 1
                    rows += sum(len(r) for r in page.rows.values())
                    deleted += len(page.deletions)
                after = self._cache.last_seq()
                if not page.more or (max_pages and pages >= max_pages):
                    return RefreshReport(pages, rows, deleted, after, not page.more)
        except DatabaseUnavailableError as exc:
            return RefreshReport(pages, rows, deleted, after, False, True, str(exc))
        except CounterFileError as exc:
            raise self._failed(exc) from exc

    def scan(self, actor: Actor | None, barcode: str) -> Product:
        """What scanning ``barcode`` adds to a cart offline, from the catalogue's copy."""
        authorize(actor, Op.PRODUCT_VIEW)
        code = rules.barcode(barcode)
        if code is None:
            raise ValidationError("Scan or type a barcode", "barcode")
        try:
            return scanned_offline(self._cache, code)
        except CounterFileError as exc:
            raise self._failed(exc) from exc

    # -- selling -------------------------------------------------------------------------
    def quote(self, actor: Actor | None, request: CheckoutRequest) -> Quote:
        """What the cart costs offline, priced from the catalogue's copy as ``sell``
        would charge it (nothing is written), and whether its discounts need a
        manager's authorisation (the online rule)."""
        checked = authorize(actor, Op.SALE_CHECKOUT)
        cart = clean_cart(request)
        try:
            priced, settings = price_offline(
                self._cache, cart.lines, datetime.now(UTC), cart.discount
            )
        except CounterFileError as exc:
            raise self._failed(exc) from exc
        try:
            check_discount_authority(priced, settings, checked)
        except PermissionDeniedError:
            return to_quote(priced, settings, needs_manager=True)
        return to_quote(priced, settings, needs_manager=False)

    def sell(
        self,
        actor: Actor | None,
        request: CheckoutRequest,
        override: ManagerOverride | None = None,
    ) -> OfflineReceipt:
        """Price a cash or card cart from the catalogue's copy and record it in the
        outbox, or raise and write nothing. ``override``: a manager's credentials for
        discounts over the cashiers' limit, checked against this counter's verifiers."""
        checked = authorize(actor, Op.SALE_CHECKOUT)
        cart = clean_cart(request)
        if not cart.counter:
            raise ValidationError("Name this counter before selling offline", "counter")
        now = datetime.now(UTC)
        try:
            # Who sells offline here, as the server will check it (migration 0023).
            ticket = self.tickets.for_sale(cart.counter, checked.account_id, now)
            authoriser = checked
            if override is not None:  # a discount over the cashiers' limit
                _, authoriser = self.overrides.authorise(checked, Op.DISCOUNT_ABOVE_LIMIT, override)
            priced, settings = price_offline(self._cache, cart.lines, now, cart.discount)
        except CounterFileError as exc:
            raise self._failed(exc) from exc
        given = check_discount_authority(priced, settings, authoriser)
        if given and authoriser.account_id != checked.account_id:
            given += OFFLINE_OVERRIDE.format(counter=cart.counter)
        lines = tuple(line_write(line) for line in priced.lines)
        total = priced.total_cents
        if cart.expected_total_cents is not None and cart.expected_total_cents != total:
            raise ValidationError(
                f"The cart comes to {format_money(from_cents(total))}, not the "
                f"{format_money(from_cents(cart.expected_total_cents))} shown",
                "lines",
            )
        wallet = _wallet_part(cart, total, settings.store_credit_offline)
        cash, rounding = cash_part(total - wallet - cart.card_cents, settings)
        tendered = tendered_for(cash, cart.tendered_cents, settings.money)

        def make(number: str) -> SaleWrite:
            lease = self._lease_for(cart, wallet, now)
            consent = self._card_for(cart, wallet, request.consent)
            return replace(
                sale_write(
                    cart,
                    checked,
                    now,
                    lines,
                    total,
                    Paid(wallet, cash, cart.card_cents, tendered, rounding),
                    how=f" (offline {number})",
                    given=given,
                    offline=OfflineStamp(number, lease, ticket),
                    **priced_fields(priced, settings, cart, authoriser),
                ),
                consent=consent,
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
            tax=from_cents(priced.tax_cents),
            promotion=from_cents(priced.promotion_cents),
            cash_rounding=from_cents(rounding),
            wallet=from_cents(wallet),
        )

    def _card_for(self, cart: CleanCart, wallet: int, consent: object) -> WalletConsent | None:
        """Offline, the wallet pays only by the scan of the customer's card, checked
        against its hash kept with the lease (a 4-6 digit PIN cannot be checked safely
        against a hash kept at the counter); WalletConsentRefused otherwise. The scanned
        code goes with the sale, and the server checks it again at sync."""
        if not wallet:
            return None
        assert cart.customer_id is not None
        copy = self.leases.copies.of(cart.counter, cart.customer_id)
        return offline_card(consent, None if copy is None else copy.card_hash)

    def _lease_for(self, cart: CleanCart, wallet: int, now: datetime) -> int | None:
        """The lease the sale's store credit is taken within, or ValidationError. Called
        inside the outbox's write transaction: what was spent of it is as of this sale."""
        if not wallet:
            return None
        assert cart.customer_id is not None
        copy = self.leases.copies.of(cart.counter, cart.customer_id)
        offline_credit_refused(copy, wallet, now)
        assert copy is not None
        return copy.lease_id

    def reserve_credit(
        self, actor: Actor | None, customer_id: int, counter: str
    ) -> CreditLeaseRecord | None:
        """Reserve (or renew) the customer's store credit for offline use at ``counter``
        while the server is reachable (``CreditLeases.reserve``)."""
        return self.leases.reserve(actor, customer_id, counter)

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
        """Send up to ``max_sales`` waiting sales, oldest first (``OfflineSync``)."""
        try:
            report = self._sync.sync_once(max_sales)
        except CounterFileError as exc:
            raise self._failed(exc) from exc
        if not (report.unreachable or report.busy):
            self.leases.settle()  # back online: leases nothing waits for go back
        return report

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
