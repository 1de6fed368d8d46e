"""What the counter may read of a customer's keys to their wallet (issue 16): their
card's hash (the SHA-256 of a random code: readable by the counters' role, unlike the
PIN's hash), kept with an offline lease to check a card's scan there, and checked again
when the sale arrives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from pos_app.data.models import Account
from pos_app.domain.wallet_consent import (
    Refusal,
    WalletConsent,
    WalletConsentRefused,
    card_code,
    card_hash,
)

if TYPE_CHECKING:
    from pos_app.data.transaction import Transaction


def card_hash_of(tx: Transaction, customer_id: int) -> str | None:
    found = tx.session.scalar(select(Account.card_hash).where(Account.id == customer_id))
    return None if found is None else str(found)


def check_offline_card(tx: Transaction, customer_id: int, consent: WalletConsent | None) -> None:
    """A sale made offline arrives with the code of the card scanned for its wallet part:
    on a SQLite store, Python checks it as ``pos_customer_consent`` does on PostgreSQL
    (WalletConsentRefused: a sale without it, or whose card was replaced since)."""
    kept = card_hash_of(tx, customer_id)
    code = card_code(consent.card) if consent is not None else None
    if kept is None or code is None or card_hash(code) != kept:
        raise WalletConsentRefused(Refusal.WRONG_CARD if kept else Refusal.NO_CARD)
