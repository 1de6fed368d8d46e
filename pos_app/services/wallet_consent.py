"""A customer's consent before their wallet pays (issue 16): the checks and the
managers' keys (``pos_app.domain.wallet_consent`` holds the rules).

- At checkout (``SalesService.checkout``): a cart that may pay from the wallet needs a
  ``WalletConsent``. On SQLite ``check_on_file`` applies the rules here, in a transaction
  of its own before the sale's, so that a wrong PIN counts even though the sale is
  refused. On PostgreSQL the server checks (``pos_customer_consent``, migration 0021) in
  the sale's own transaction (the sale writer), and its trigger refuses a purchase debit
  without that check; the counters' role cannot read a PIN's hash.
- In the Customers workspace (``ConsentKeys``, part of ``CustomerService``): a manager
  sets or resets a customer's PIN (typed twice by the customer) and issues or replaces
  their card, audited; and sets what the store asks for (``wallet_consent``).
"""

from __future__ import annotations

import re

import bcrypt

from pos_app.data.database import Database
from pos_app.data.models import utcnow
from pos_app.data.transaction import Transaction
from pos_app.domain.enums import AuditAction, AuditOutcome
from pos_app.domain.errors import ValidationError
from pos_app.domain.wallet_consent import (
    CONSENT_SETTING,
    PIN_LOCKOUT_DETAIL,
    PIN_PATTERN,
    ConsentMode,
    PinState,
    Refusal,
    WalletConsent,
    WalletConsentRefused,
    after_pin,
    card_code,
    card_hash,
    consent_mode,
    decide,
    new_card_code,
    new_pin,
)
from pos_app.services.audit_log import record, record_on
from pos_app.services.base import Service, customer_account
from pos_app.services.cart_request import CleanCart
from pos_app.services.permissions import Op, authorize
from pos_app.services.records import Actor
from pos_app.services.taxes import put_settings


def wallet_may_pay(cart: CleanCart) -> bool:
    """Whether the sale of ``cart`` may take from the wallet (``SalesService._plan``: an
    amount given, or none given with a customer and neither cash nor card)."""
    if cart.customer_id is None:
        return False
    if cart.wallet_cents is not None:
        return cart.wallet_cents > 0
    return cart.tendered_cents is None and not cart.card_cents


def store_mode(tx: Transaction) -> ConsentMode:
    return consent_mode(tx.pricing.settings().get(CONSENT_SETTING))


def given(consent: WalletConsent | None) -> bool:
    return consent is not None and bool(consent.pin or consent.card)


def refuse_unless_given(db: Database, consent: WalletConsent | None) -> None:
    """Nothing given at all: refused at once, saying what this store takes."""
    if not given(consent):
        raise WalletConsentRefused(Refusal.NONE_GIVEN, mode=db.read(store_mode))


def hash_pin(pin: str, cost: int) -> str:
    """A checked PIN's bcrypt hash (as passwords': pgcrypto's crypt() checks it too)."""
    return bcrypt.hashpw(new_pin(pin).encode("ascii"), bcrypt.gensalt(cost)).decode("ascii")


def pin_matches(pin: str, stored: str | None) -> bool:
    if stored is None or not re.fullmatch(PIN_PATTERN, pin):
        return False
    try:
        return bcrypt.checkpw(pin.encode("ascii"), stored.encode("ascii"))
    except ValueError:  # not a bcrypt hash
        return False


def _denied(tx: Transaction, actor: Actor, action: AuditAction, account_id: int, why: str) -> None:
    """An audit row as ``pos_customer_consent`` writes it (migration 0021)."""
    record(
        tx,
        actor,
        action,
        record_type="account",
        record_id=account_id,
        detail=why,
        outcome=AuditOutcome.DENIED,
    )


def cleaned(consent: WalletConsent) -> WalletConsent:
    """What is compared: without the spaces around (as the server's function sees it)."""
    return WalletConsent(pin=consent.pin.strip(), card=consent.card.strip())


def check(tx: Transaction, actor: Actor, customer_id: int, consent: WalletConsent) -> None:
    """The consent check and what it writes (the PIN's count, its lock, audit rows);
    WalletConsentRefused when it fails. The caller commits either way."""
    mode = store_mode(tx)
    consent = cleaned(consent)
    account = customer_account(tx, customer_id, lock=True)
    code = card_code(consent.card)
    step = decide(
        mode,
        consent,
        has_pin=account.pin_hash is not None,
        has_card=account.card_hash is not None,
        card_matches=code is not None and card_hash(code) == account.card_hash,
    )
    if step is None:
        return
    if isinstance(step, Refusal):
        raise WalletConsentRefused(step, mode=mode)
    now = utcnow()
    state = PinState(account.failed_pins, account.pin_locked_until)
    matched = not state.locked(now) and pin_matches(consent.pin, account.pin_hash)
    verdict = after_pin(state, matched, now)
    account.failed_pins = verdict.state.failed
    account.pin_locked_until = verdict.state.locked_until
    tx.flush()
    if verdict.ok:
        return
    if verdict.refusal == Refusal.WRONG_PIN or verdict.locked_now:
        _denied(tx, actor, AuditAction.PERMISSION_DENIED, account.id, "wrong wallet PIN")
    if verdict.locked_now:
        _denied(tx, actor, AuditAction.LOCKOUT, account.id, PIN_LOCKOUT_DETAIL)
    assert verdict.refusal is not None
    raise WalletConsentRefused(
        verdict.refusal,
        tries_left=verdict.tries_left,
        locked_until=verdict.state.locked_until,
        mode=mode,
    )


def check_on_file(db: Database, actor: Actor, customer_id: int, consent: WalletConsent) -> None:
    """SQLite: ``check`` in a transaction of its own, committed even when it refuses (a
    wrong PIN counts toward the lock whatever becomes of the sale)."""
    refused: list[WalletConsentRefused] = []

    def work(tx: Transaction) -> None:
        try:
            check(tx, actor, customer_id, consent)
        except WalletConsentRefused as exc:
            refused.append(exc)

    db.write(work)
    if refused:
        raise refused[0]


class ConsentKeys(Service):
    """A manager's part: customers' PINs and cards, and what the store asks for."""

    def set_pin(self, actor: Actor | None, customer_id: int, pin: str, again: str) -> None:
        """Set or reset the customer's wallet PIN, typed twice by the customer; clears a
        lock. Audited (never the PIN)."""
        checked = authorize(actor, Op.CUSTOMER_UPDATE)
        clean = new_pin(pin)
        if not isinstance(again, str) or again.strip() != clean:
            raise ValidationError("The two PINs differ; type it again", "pin_again")
        hashed = hash_pin(clean, self._hasher.cost)

        def work(tx: Transaction) -> None:
            account = customer_account(tx, customer_id, lock=True)
            account.pin_hash = hashed
            account.failed_pins = 0
            account.pin_locked_until = None
            tx.flush()
            record_on(tx, checked, AuditAction.PASSWORD_RESET, account, "wallet PIN set")

        self._db.write(work)

    def issue_card(self, actor: Actor | None, customer_id: int) -> str:
        """A new customer card's code (to print as a barcode); the customer's earlier card
        no longer pays. Audited (never the code)."""
        checked = authorize(actor, Op.CUSTOMER_UPDATE)
        code = new_card_code()

        def work(tx: Transaction) -> None:
            account = customer_account(tx, customer_id, lock=True)
            replaced = account.card_hash is not None
            account.card_hash = card_hash(code)
            tx.flush()
            detail = "wallet card replaced" if replaced else "wallet card issued"
            record_on(tx, checked, AuditAction.PASSWORD_RESET, account, detail)

        self._db.write(work)
        return code

    def consent_mode(self, actor: Actor | None) -> ConsentMode:
        authorize(actor, Op.CUSTOMER_VIEW)
        return self._db.read(store_mode)

    def set_consent_mode(self, actor: Actor | None, mode: object) -> ConsentMode:
        """What the wallet needs in this store: the PIN, the card, or either."""
        checked = authorize(actor, Op.TAX_MANAGE)
        try:
            chosen = ConsentMode(str(mode))
        except ValueError:
            raise ValidationError("Choose PIN, card, or PIN or card", CONSENT_SETTING) from None

        def work(tx: Transaction) -> ConsentMode:
            put_settings(
                tx,
                checked,
                {CONSENT_SETTING: chosen.value},
                AuditAction.SETTINGS_CHANGE,
                "wallet consent",
            )
            return chosen

        return self._db.write(work)


def before_wallet_sale(
    db: Database, actor: Actor, cart: CleanCart, consent: object
) -> WalletConsent | None:
    """Checkout's step before the sale: a cart that may pay from the wallet needs the
    customer's consent (WalletConsentRefused). On a SQLite file it is checked here, in a
    transaction of its own; on PostgreSQL the sale writer has the server check it in the
    sale's transaction: what it needs is returned."""
    if not wallet_may_pay(cart):
        return None
    given_consent = consent if isinstance(consent, WalletConsent) else None
    refuse_unless_given(db, given_consent)
    assert given_consent is not None and cart.customer_id is not None
    if db.backend != "postgresql":
        check_on_file(db, actor, cart.customer_id, given_consent)
    return cleaned(given_consent)


def offline_card(consent: object, kept_hash: str | None) -> WalletConsent:
    """Offline, the wallet pays only by the scan of the customer's card, checked against
    the hash of it kept with this counter's lease (a 4-6 digit PIN is not checked against
    a hash kept at a counter: ten thousand tries find it). The scanned code goes with the
    sale, and the server checks it again when the sale arrives."""
    given_consent = consent if isinstance(consent, WalletConsent) else WalletConsent()
    code = card_code(given_consent.card)
    if not given_consent.card:
        raise WalletConsentRefused(Refusal.OFFLINE_CARD_ONLY)
    if kept_hash is None:
        raise WalletConsentRefused(Refusal.NO_CARD)
    if code is None or card_hash(code) != kept_hash:
        raise WalletConsentRefused(Refusal.WRONG_CARD)
    return WalletConsent(card=code)
