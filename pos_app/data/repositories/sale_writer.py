"""The sale writer: a checked sale written whole, or not at all. It holds the only
PostgreSQL-versus-SQLite branch: on PostgreSQL one call of ``pos_record_sale``
(migrations 0004 to 0007), on SQLite the same rows written here through the ledgers'
writers, inside the caller's BEGIN IMMEDIATE transaction."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import psycopg
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from pos_app.data.changes import AUDIT, CHANNEL, CUSTOMERS, FEED, SALES, STOCK
from pos_app.data.models import Account, Sale, SaleLine, SalePayment
from pos_app.data.repositories.base import Repository
from pos_app.data.repositories.credit_leases import CreditLeaseRepository
from pos_app.data.repositories.wallet_keys import check_offline_card
from pos_app.data.repositories.wallets import Why
from pos_app.data.server_session import SESSION_ENDED, SESSION_REFUSALS, session_refused
from pos_app.domain.enums import (
    AuditAction,
    AuditOutcome,
    PaymentMethod,
    Role,
    SaleStatus,
    StockMovementKind,
    WalletEntryKind,
)
from pos_app.domain.errors import PermissionDeniedError
from pos_app.domain.wallet_consent import ConsentMode, Refusal, WalletConsent, WalletConsentRefused


@dataclass(frozen=True)
class SaleLineWrite:
    """A line as priced (``pos_app.domain.pricing``). The defaults are a line without tax,
    promotion or discount: paid = net = quantity x unit price."""

    product_id: int
    quantity: int
    unit_price_cents: int  #: the price the counter charges: the product must still have it
    promotion_id: int | None = None  #: must still be running when the sale is written
    promotion_name: str = ""
    promotion_cents: int = 0
    discount_cents: int = 0
    cart_discount_cents: int = 0
    discount_reason: str = ""
    tax_rate_id: int | None = None  #: the product's rate: it must still have it
    tax_name: str = ""
    tax_percent_e4: int = 0
    tax_exempt: bool = False
    tax_cents: int = 0
    net_cents: int | None = None  #: None: the line total less its tax

    @property
    def gross_cents(self) -> int:
        return self.quantity * self.unit_price_cents

    @property
    def net(self) -> int:
        if self.net_cents is not None:
            return self.net_cents
        return (
            self.gross_cents
            - self.promotion_cents
            - self.discount_cents
            - self.cart_discount_cents
            - self.tax_cents
        )

    @property
    def paid_cents(self) -> int:
        return self.net + self.tax_cents

    def pricing(self) -> dict[str, object]:
        """The figures ``pos_record_sale`` reads from its JSON argument."""
        return {
            "promotion_id": self.promotion_id,
            "promotion_name": self.promotion_name,
            "promotion_cents": self.promotion_cents,
            "discount_cents": self.discount_cents,
            "cart_discount_cents": self.cart_discount_cents,
            "discount_reason": self.discount_reason,
            "tax_rate_id": self.tax_rate_id,
            "tax_name": self.tax_name,
            "tax_percent_e4": self.tax_percent_e4,
            "tax_exempt": self.tax_exempt,
            "net_cents": self.net,
            "tax_cents": self.tax_cents,
            "paid_cents": self.paid_cents,
        }


@dataclass(frozen=True)
class OfflineStamp:
    """A sale made while the server was unreachable (issue 15): written whatever the stock,
    the price, the pricing version or the shift say now, and flagged (migration 0010)."""

    counter_number: str  #: the counter's gapless number, "T1-000042"
    #: The credit lease its wallet part was spent within (migration 0015); None: no
    #: store credit (an offline sale takes none without a lease).
    lease_id: int | None = None
    #: Its cashier's ticket at its counter (migration 0023); None on SQLite.
    ticket: str | None = field(default=None, repr=False)

    def pricing(self) -> dict[str, object]:
        """What ``pos_record_sale`` reads of it (``p_pricing->'offline'``)."""
        stamp: dict[str, object] = {"counter_number": self.counter_number}
        for key, value in (("lease_id", self.lease_id), ("ticket", self.ticket)):
            if value is not None:
                stamp[key] = value
        return stamp


@dataclass(frozen=True)
class SaleWrite:
    """A sale the service has checked, ready to be written as it is.

    ``lines`` are in product-id order. ``audit_detail`` may name the sale's number as
    ``{sale_id}``; it is known only once the sale row exists."""

    uuid: str
    customer_id: int | None
    cashier_id: int | None
    counter: str
    created_at: datetime
    total_cents: int
    lines: tuple[SaleLineWrite, ...]
    wallet_cents: int
    cash_cents: int
    tendered_cents: int | None
    card_cents: int  #: charged on the external card terminal
    card_reference: str  #: the terminal's approval code or last digits; "" if none typed
    actor_username: str
    actor_counter: str
    audit_detail: str
    discount_cents: int = 0  #: line and cart discounts
    promotion_cents: int = 0
    #: What the cash payment differs from the total by (cash rounding; + rounded up).
    cash_rounding_cents: int = 0
    prices_include_tax: bool = True
    discount_reason: str = ""  #: the cart discount's
    discount_authorised_by_id: int | None = None
    #: The pricing version the sale was priced at (migration 0007): the write is refused
    #: ("pricing") if it has moved on, so the counter prices it again.
    pricing_version: int | None = None
    #: Refuse the sale ("shift") when no shift is open at its counter (store setting).
    shift_required: bool = False
    #: Made offline, synced now (``OfflineStamp``); None for a sale made online.
    offline: OfflineStamp | None = None
    #: The customer's PIN or card for the wallet part: on PostgreSQL the server checks it
    #: in the sale's transaction (``pos_customer_consent``, migration 0021).
    consent: WalletConsent | None = field(default=None, repr=False)

    @property
    def tax_cents(self) -> int:
        return sum(line.tax_cents for line in self.lines)

    @property
    def net_cents(self) -> int:
        return self.total_cents - self.tax_cents

    def pricing(self) -> dict[str, object]:
        return {
            "net_cents": self.net_cents,
            "tax_cents": self.tax_cents,
            "discount_cents": self.discount_cents,
            "promotion_cents": self.promotion_cents,
            "cash_rounding_cents": self.cash_rounding_cents,
            "prices_include_tax": self.prices_include_tax,
            "discount_reason": self.discount_reason,
            "discount_authorised_by_id": self.discount_authorised_by_id,
            "version": self.pricing_version,
            "shift_required": self.shift_required,
            "lines": [line.pricing() for line in self.lines],
            **({"offline": self.offline.pricing()} if self.offline else {}),
        }


@dataclass(frozen=True)
class SaleWritten:
    sale_id: int
    line_ids: tuple[int, ...]  #: in the order of ``SaleWrite.lines``
    product_names: tuple[str, ...]  #: the same order
    customer_username: str | None
    wallet_balance_after_cents: int | None


class SaleRefused(Exception):
    """``write_sale`` found something no longer as the service saw it, and wrote nothing.
    ``what``: "product" (``product_id``: gone, no longer sold, at another price or short of
    stock), "customer" (gone or inactive), "wallet" (short), "pricing" (what the store prices
    by changed; "promotion": a line's promotion the server refuses, 0025), "shift" (none
    open, one needed), offline "counter" or "ticket" (0023). The service says why, or reprices."""

    def __init__(self, what: str, product_id: int | None = None) -> None:
        super().__init__(what)
        self.what = what
        self.product_id = product_id


#: How ``pos_record_sale`` (migrations 0004, 0005) says a conditional update matched nothing.
SALE_REFUSED = "pos_sale_refused"
#: Refused also for the session presented (``SESSION_REFUSALS``) or another cashier's name.
RECORD_SALE_CALL = (
    "SELECT sale_id, line_ids, product_names, customer_username, wallet_balance_after "
    "FROM pos_record_sale("
    "%(uuid)s, %(customer_id)s, %(cashier_id)s, %(counter)s, %(created_at)s, %(total)s, "
    "%(product_ids)s, %(quantities)s, %(prices)s, %(wallet)s, %(cash)s, "
    "%(tendered)s, %(card)s, %(card_reference)s, %(actor_username)s, %(actor_counter)s, "
    "%(audit_detail)s, %(pricing)s::jsonb)"
)

Row = tuple[Any, ...] | None
CONSENT_REQUIRED = "pos_wallet_consent_required"
CONSENT_CALL = "SELECT * FROM pos_customer_consent(%s, %s, %s)"

RECORD_SALE_AND_NOTIFY = RECORD_SALE_CALL.replace(
    " FROM pos_record_sale(", ", pg_notify(%(channel)s, %(payload)s) FROM pos_record_sale(", 1
)


def sale_topics(sale: SaleWrite) -> tuple[str, ...]:
    return (SALES, STOCK, AUDIT, CUSTOMERS) if sale.wallet_cents else (SALES, STOCK, AUDIT)


def record_sale_params(sale: SaleWrite) -> dict[str, object]:
    """The named parameters of ``RECORD_SALE_CALL`` for ``sale``."""
    return {
        "uuid": sale.uuid,
        "customer_id": sale.customer_id,
        "cashier_id": sale.cashier_id,
        "counter": sale.counter,
        "created_at": sale.created_at,
        "total": sale.total_cents,
        "product_ids": [line.product_id for line in sale.lines],
        "quantities": [line.quantity for line in sale.lines],
        "prices": [line.unit_price_cents for line in sale.lines],
        "wallet": sale.wallet_cents,
        "cash": sale.cash_cents,
        "tendered": sale.tendered_cents,
        "card": sale.card_cents,
        "card_reference": sale.card_reference,
        "actor_username": sale.actor_username,
        "actor_counter": sale.actor_counter,
        "audit_detail": sale.audit_detail,
        "pricing": json.dumps(sale.pricing()),
    }


class SaleWriter(Repository):
    def write(self, sale: SaleWrite) -> SaleWritten:
        """Write a checked sale: after checking the customer is one and active, the sale row
        (so that a second send of it waits and then fails on the UUID's unique index),
        each line with its conditional stock update and movement, the wallet debit and
        ledger entry, the payments and the audit row.

        Raises SaleRefused, with nothing written, when the customer is gone or
        deactivated, a product is gone, no longer sold, at another price or short of
        stock, or the wallet does not cover its part."""
        self.tx.touch(*sale_topics(sale))
        if self.on_postgresql:
            if not self.tx.one_statement:
                # A refusal would abort the caller's transaction and every read after it.
                raise AssertionError("a sale on PostgreSQL needs write(one_statement=True)")
            return self._call_record_sale(sale)
        with self.session.begin_nested():  # a refusal takes back the rows written so far
            return self._write_rows(sale)

    def _call_record_sale(self, sale: SaleWrite) -> SaleWritten:
        params = record_sale_params(sale)
        # The statement also tells the other counters (pos_app.data.changes): one round
        # trip, and no notification if the sale is refused; or, within a moment of the
        # last notice, the feed holds the topics back and sends them shortly.
        notice = self.session.info[FEED].notice(sale_topics(sale))
        statement = RECORD_SALE_CALL
        if notice is not None:
            params.update(channel=CHANNEL, payload=notice)
            statement = RECORD_SALE_AND_NOTIFY
        # Straight to psycopg (which prepares it on its fifth use): SQLAlchemy's execution
        # context and result processing were about a tenth of a counter's CPU per sale.
        connection = self.tx.connection()
        raw = connection.connection.driver_connection
        assert isinstance(raw, psycopg.Connection)  # the one-statement engine is psycopg's
        try:
            row = self._consented(raw, sale, lambda: raw.execute(statement, params).fetchone())
        except psycopg.Error as exc:
            if exc.diag.message_primary == SALE_REFUSED:
                what, _, product = str(exc.diag.message_detail or "").partition(":")
                if what == "cashier":  # the session is someone else's (migration 0017)
                    raise PermissionDeniedError(SESSION_ENDED) from None
                raise SaleRefused(what, int(product) if product else None) from None
            if exc.diag.message_primary == CONSENT_REQUIRED:  # no consent (migration 0021)
                raise WalletConsentRefused(Refusal.NONE_GIVEN) from None
            if exc.diag.message_primary in SESSION_REFUSALS:  # ended while it ran
                raise session_refused() from None
            # As SQLAlchemy would: a connection that broke leaves the pool, and the caller
            # reads the usual DBAPIError (Database.write sends once more on a new one).
            if raw.broken:
                connection.invalidate(exc)
            raise DBAPIError.instance(
                statement,
                params,
                exc,
                psycopg.Error,
                connection_invalidated=bool(raw.broken),
            ) from exc
        assert row is not None  # the function returns one row or raises
        return SaleWritten(int(row[0]), tuple(row[1]), tuple(row[2]), row[3], row[4])

    @staticmethod
    def _consented(raw: psycopg.Connection[Any], sale: SaleWrite, call: Callable[[], Row]) -> Row:
        """``call`` (the sale), after the server checked the customer's consent for its
        wallet part in the same transaction (its trigger refuses the debit otherwise). A
        refusal commits what the check wrote (a wrong PIN's count) and raises
        WalletConsentRefused."""
        if not sale.wallet_cents or sale.consent is None:
            return call()
        with raw.transaction():
            ok, refusal, tries_left, locked_until, mode = raw.execute(
                CONSENT_CALL, (sale.customer_id, sale.consent.pin, sale.consent.card)
            ).fetchone() or (False, Refusal.NONE_GIVEN.value, None, None, None)
            if ok:
                return call()
        raise WalletConsentRefused(
            Refusal(refusal),
            tries_left=tries_left,
            locked_until=locked_until,
            mode=ConsentMode(mode) if mode else ConsentMode.PIN_OR_CARD,
        )

    def _write_rows(self, sale: SaleWrite) -> SaleWritten:
        offline = sale.offline is not None
        if not offline and self.tx.pricing.version() != sale.pricing_version:
            raise SaleRefused("pricing")
        customer_username = self._customer(sale)
        if offline:
            shift_id = self.tx.offline_sales.shift_at(sale.counter, sale.created_at)
        else:
            shift_id = self.tx.shifts.open_id(sale.counter)
        if shift_id is None and sale.shift_required and not offline:
            raise SaleRefused("shift")
        row = Sale(
            shift_id=shift_id,
            uuid=sale.uuid,
            customer_id=sale.customer_id,
            cashier_id=sale.cashier_id,
            counter=sale.counter,
            created_at=sale.created_at,
            total_cents=sale.total_cents,
            status=SaleStatus.COMPLETED.value,
            net_cents=sale.net_cents,
            tax_cents=sale.tax_cents,
            discount_cents=sale.discount_cents,
            promotion_cents=sale.promotion_cents,
            cash_rounding_cents=sale.cash_rounding_cents,
            prices_include_tax=sale.prices_include_tax,
            discount_reason=sale.discount_reason,
            discount_authorised_by_id=sale.discount_authorised_by_id,
        )
        self.session.add(row)
        self.session.flush()  # claims the sale's UUID first: a second send waits, then fails
        lines = [self._line(sale, row.id, line) for line in sale.lines]
        balance_after = None
        if sale.wallet_cents:
            assert sale.customer_id is not None
            if offline:  # its card's scan (issue 16); online the service checked it
                check_offline_card(self.tx, sale.customer_id, sale.consent)
            why = Why(
                WalletEntryKind.PURCHASE.value, sale.cashier_id, "Purchase", row.id, sale.created_at
            )
            change = self.tx.wallets.debit(
                sale.customer_id, sale.wallet_cents, why, from_lease_cents=self._leased(sale)
            )
            if change is None:
                raise SaleRefused("wallet")
            balance_after = change.balance_after_cents
        self.session.add_all(_payments(sale, row.id))
        self.tx.audit.append(
            created_at=sale.created_at,
            actor_id=sale.cashier_id,
            actor_username=sale.actor_username,
            action=AuditAction.SALE.value,
            outcome=AuditOutcome.OK.value,
            counter=sale.actor_counter,
            record_type="sale",
            record_id=sale.uuid,
            detail=sale.audit_detail.replace("{sale_id}", str(row.id)),
        )
        if sale.offline is not None:
            self.tx.offline_sales.stamp(row.id, sale.offline, sale.created_at)
        self.session.flush()
        return SaleWritten(
            row.id,
            tuple(line.id for line in lines),
            tuple(line.product_name for line in lines),
            customer_username,
            balance_after,
        )

    def _leased(self, sale: SaleWrite) -> int:
        """What the offline sale's credit lease gives of its wallet part (the rest comes
        from what no lease holds, or the sale is refused). Online, the sale's own
        counter's lease on the customer gives back what the rest falls short by."""
        assert sale.customer_id is not None
        leases = CreditLeaseRepository(self.tx)
        if sale.offline is None:
            leases.make_room(sale.customer_id, sale.counter, sale.wallet_cents)
            return 0
        if sale.offline.lease_id is None:
            return 0
        return leases.consume(sale.offline.lease_id, sale.customer_id, sale.wallet_cents)

    def _customer(self, sale: SaleWrite) -> str | None:
        """The customer's username; SaleRefused if they are not an active customer."""
        if sale.customer_id is None:
            return None
        username = self.session.scalar(
            select(Account.username).where(
                Account.id == sale.customer_id,
                Account.role == Role.CUSTOMER.value,
                Account.active.is_(True),
            )
        )
        if username is None:
            raise SaleRefused("customer")
        return str(username)

    def _line(self, sale: SaleWrite, sale_id: int, line: SaleLineWrite) -> SaleLine:
        if sale.offline is not None:
            moved = self.tx.offline_sales.take_stock(sale, sale_id, line)
        else:
            moved = self.tx.stock.move(
                line.product_id,
                -line.quantity,
                kind=StockMovementKind.SALE,
                actor_id=sale.cashier_id,
                reason="Sale",
                sale_id=sale_id,
                created_at=sale.created_at,
                at_price_cents=line.unit_price_cents,
            )
        if moved is None:
            raise SaleRefused("product", line.product_id)
        written = SaleLine(
            sale_id=sale_id,
            product_id=line.product_id,
            product_name=moved.product_name,
            quantity=line.quantity,
            unit_price_cents=line.unit_price_cents,
            line_total_cents=line.gross_cents,
            promotion_name=line.promotion_name,
            promotion_cents=line.promotion_cents,
            discount_cents=line.discount_cents,
            cart_discount_cents=line.cart_discount_cents,
            discount_reason=line.discount_reason,
            tax_name=line.tax_name,
            tax_percent_e4=line.tax_percent_e4,
            tax_exempt=line.tax_exempt,
            net_cents=line.net,
            tax_cents=line.tax_cents,
            paid_cents=line.paid_cents,
        )
        self.session.add(written)
        return written


def _payments(sale: SaleWrite, sale_id: int) -> list[SalePayment]:
    payments = []
    if sale.wallet_cents:
        payments.append(
            SalePayment(
                sale_id=sale_id, method=PaymentMethod.WALLET.value, amount_cents=sale.wallet_cents
            )
        )
    if sale.cash_cents:
        assert sale.tendered_cents is not None
        payments.append(
            SalePayment(
                sale_id=sale_id,
                method=PaymentMethod.CASH.value,
                amount_cents=sale.cash_cents,
                tendered_cents=sale.tendered_cents,
                change_cents=sale.tendered_cents - sale.cash_cents,
            )
        )
    if sale.card_cents:
        payments.append(
            SalePayment(
                sale_id=sale_id,
                method=PaymentMethod.CARD.value,
                amount_cents=sale.card_cents,
                reference=sale.card_reference or None,  # as pos_record_sale: nullif
            )
        )
    return payments
