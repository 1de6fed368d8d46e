"""A customer's consent before their wallet pays (issue 16): the rules, in one place.

Attaching a customer does not let the counter spend their store credit: the wallet pays
only with the customer's PIN (4 to 6 digits, kept as a bcrypt hash, with a lockout) or the
scan of their customer card (a random code printed as a barcode, kept as its SHA-256), as
the store sets it (``CONSENT_SETTING``).

Python applies these rules on SQLite (``pos_app.services.wallet_consent``); on PostgreSQL
migration 0021 writes the same numbers into ``pos_customer_consent``, and
tests/test_wallet_consent.py runs the same attempts through both and compares. A change
here therefore needs a migration that makes that function again.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from itertools import pairwise

from pos_app.domain.errors import PosError, ValidationError

#: The store setting (``store_settings``) that says what the wallet needs.
CONSENT_SETTING = "wallet_consent"


class ConsentMode(StrEnum):
    PIN = "pin"  #: the customer's PIN only
    CARD = "card"  #: the scan of their customer card only
    PIN_OR_CARD = "pin_or_card"  #: either


DEFAULT_MODE = ConsentMode.PIN_OR_CARD

PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 6
PIN_PATTERN = f"^[0-9]{{{PIN_MIN_DIGITS},{PIN_MAX_DIGITS}}}$"
#: Wrong PINs in a row that lock the wallet's PIN, and for how long. Attempts while it is
#: locked neither count nor extend it (the staff lockout's shape, defect 5).
PIN_LOCKOUT_AFTER = 5
PIN_LOCKOUT_MINUTES = 15
PIN_LOCKOUT_FOR = timedelta(minutes=PIN_LOCKOUT_MINUTES)
PIN_LOCKOUT_DETAIL = (
    f"{PIN_LOCKOUT_AFTER} wrong wallet PINs: PIN locked for {PIN_LOCKOUT_MINUTES} minutes"
)
#: A customer card's code: 20 hexadecimal digits (80 random bits), printed as a barcode.
CARD_CODE_LENGTH = 20
CARD_CODE_PATTERN = f"^[0-9A-F]{{{CARD_CODE_LENGTH}}}$"


def consent_mode(value: object) -> ConsentMode:
    """The store's setting as stored; anything unknown (or unset) is the default."""
    try:
        return ConsentMode(str(value))
    except ValueError:
        return DEFAULT_MODE


def new_pin(value: object) -> str:
    """``value`` if it may become a customer's PIN: 4 to 6 digits, not all the same digit
    and not a straight run up or down (1234, 9876); else ValidationError."""
    text = value.strip() if isinstance(value, str) else ""
    if not re.fullmatch(PIN_PATTERN, text):
        raise ValidationError(f"A PIN is {PIN_MIN_DIGITS} to {PIN_MAX_DIGITS} digits", "pin")
    steps = {int(b) - int(a) for a, b in pairwise(text)}
    if steps in ({0}, {1}, {-1}):
        raise ValidationError("This PIN is too easy to guess; choose another", "pin")
    return text


def card_code(value: object) -> str | None:
    """A scanned card code as kept (upper case, no spaces), or None if it cannot be one."""
    text = value.strip().upper() if isinstance(value, str) else ""
    return text if re.fullmatch(CARD_CODE_PATTERN, text) else None


def new_card_code() -> str:
    return secrets.token_hex(CARD_CODE_LENGTH // 2).upper()


def card_hash(code: str) -> str:
    """What is kept of a card's code: its SHA-256 (80 random bits need no slow hash)."""
    return hashlib.sha256(code.encode("ascii")).hexdigest()


@dataclass(frozen=True)
class WalletConsent:
    """What the customer gave at the counter for the wallet part of a sale: their PIN
    (typed on the counter's keypad) or the code of their card (scanned)."""

    pin: str = ""
    card: str = ""

    def __repr__(self) -> str:  # never a PIN or a card code in a log or a traceback
        return f"WalletConsent(pin={bool(self.pin)}, card={bool(self.card)})"


class Refusal(StrEnum):
    NONE_GIVEN = "none_given"  #: neither a PIN nor a card was given
    NO_PIN = "no_pin"  #: the customer has no PIN (or the store takes cards only)
    NO_CARD = "no_card"  #: the customer has no card (or the store takes PINs only)
    WRONG_PIN = "wrong_pin"
    WRONG_CARD = "wrong_card"
    LOCKED = "locked"  #: too many wrong PINs: locked until ``locked_until``
    #: Offline (issue 15), the wallet pays only by the scan of the customer's card.
    OFFLINE_CARD_ONLY = "offline_card_only"


@dataclass(frozen=True)
class PinState:
    failed: int
    locked_until: datetime | None

    def locked(self, now: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


@dataclass(frozen=True)
class Verdict:
    """The outcome of one consent check, and what the customer's PIN state becomes."""

    refusal: Refusal | None
    state: PinState
    #: Wrong PINs left before the lock (after a wrong PIN).
    tries_left: int | None = None
    #: This attempt locked the PIN (to be audited).
    locked_now: bool = False

    @property
    def ok(self) -> bool:
        return self.refusal is None


def after_pin(state: PinState, matched: bool, now: datetime) -> Verdict:
    """What a PIN attempt does: the right PIN (not locked) clears the count; a wrong one
    counts, and the fifth in a row locks for 15 minutes; while locked, nothing counts and
    even the right PIN is refused."""
    if state.locked(now):
        return Verdict(Refusal.LOCKED, state)
    if matched:
        return Verdict(None, PinState(0, None))
    failed = state.failed + 1
    if failed >= PIN_LOCKOUT_AFTER:
        return Verdict(Refusal.LOCKED, PinState(0, now + PIN_LOCKOUT_FOR), locked_now=True)
    return Verdict(Refusal.WRONG_PIN, PinState(failed, None), PIN_LOCKOUT_AFTER - failed)


def decide(
    mode: ConsentMode,
    consent: WalletConsent | None,
    *,
    has_pin: bool,
    has_card: bool,
    card_matches: bool,
) -> Refusal | str | None:
    """Which check applies before any PIN is compared: "pin" (compare the PIN, then
    ``after_pin``), None (the card was scanned and matches: consent given) or a Refusal.
    A card is tried first when given and the store takes cards; a PIN otherwise."""
    given = consent or WalletConsent()
    if given.card and mode != ConsentMode.PIN:
        if not has_card:
            return Refusal.NO_CARD
        return None if card_matches else Refusal.WRONG_CARD
    if given.pin and mode != ConsentMode.CARD:
        return "pin" if has_pin else Refusal.NO_PIN
    if given.pin or given.card:  # given what this store does not take
        return Refusal.NO_PIN if mode == ConsentMode.CARD else Refusal.NO_CARD
    return Refusal.NONE_GIVEN


#: What the wallet needs, by the store's setting (the refusal when nothing was given).
NEEDS = {
    ConsentMode.PIN_OR_CARD: "Paying from the wallet needs the customer's PIN or card",
    ConsentMode.PIN: "Paying from the wallet needs the customer's PIN",
    ConsentMode.CARD: "Paying from the wallet needs the scan of the customer's card",
}
#: What the counter reads for each refusal (English; the screen translates by template).
MESSAGES = {
    Refusal.NONE_GIVEN: NEEDS[DEFAULT_MODE],
    Refusal.NO_PIN: "This wallet cannot be paid by PIN: scan the customer's card",
    Refusal.NO_CARD: "This wallet cannot be paid by card scan: the customer types their PIN",
    Refusal.WRONG_PIN: "Wrong PIN. Tries left before the PIN locks: {tries}",
    Refusal.WRONG_CARD: "This card is not the customer's card",
    Refusal.LOCKED: "Too many wrong PINs: the PIN is locked until {time}",
    Refusal.OFFLINE_CARD_ONLY: (
        "The server cannot be reached: the wallet pays only by the scan of the customer's card"
    ),
}


class WalletConsentRefused(PosError):
    """The wallet may not pay: no consent, or not a valid one. Nothing was written but,
    for a wrong PIN, the count toward the lockout."""

    def __init__(
        self,
        refusal: Refusal,
        *,
        tries_left: int | None = None,
        locked_until: datetime | None = None,
        mode: ConsentMode = DEFAULT_MODE,
    ) -> None:
        template = NEEDS[mode] if refusal == Refusal.NONE_GIVEN else MESSAGES[refusal]
        values: dict[str, object] = {}
        if refusal == Refusal.WRONG_PIN:
            values["tries"] = tries_left if tries_left is not None else 0
        if refusal == Refusal.LOCKED:
            values["time"] = locked_until.astimezone().strftime("%H:%M") if locked_until else "?"
        super().__init__(template.format(**values), template=template, values=values)
        self.refusal = refusal
        self.tries_left = tries_left
        self.locked_until = locked_until
        #: The store's setting: NO_PIN where it takes PINs means this customer has none.
        self.mode = mode
