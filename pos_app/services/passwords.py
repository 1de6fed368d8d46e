"""bcrypt hashing, and what a new password must not be. Hashing is slow on purpose: call
it off the UI thread and outside transactions."""

from __future__ import annotations

import functools
import logging
import os

import bcrypt

from pos_app.domain import rules
from pos_app.domain.errors import ValidationError
from pos_app.services import DEFAULT_BCRYPT_COST as DEFAULT_COST
from pos_app.shipped import shipped_dir

MIN_COST = 10
#: The highest work factor the environment may ask for (16: about 5 s a hash here).
MAX_COST = 16
#: Sets the work factor of new hashes (MIN_COST to MAX_COST): a slow till may need fewer
#: rounds than the default for a bearable sign-in, and a test run does.
COST_VARIABLE = "POS_BCRYPT_COST"

log = logging.getLogger(__name__)
#: The common passwords refused for every account, shipped with the program (resources/).
COMMON_PASSWORDS_FILE = "common-passwords.txt"


@functools.cache
def common_passwords() -> frozenset[str]:
    """The shipped list of common passwords, casefolded (read once, ~8,000 of them)."""
    path = shipped_dir("resources") / COMMON_PASSWORDS_FILE
    with path.open(encoding="utf-8") as lines:
        return frozenset(
            line.rstrip("\r\n").casefold() for line in lines if line.strip() and line[0] != "#"
        )


def new_password(value: object, username: str = "") -> str:
    """``value`` if it may become the password of the account ``username``: the length
    rules, not only spaces, not the username (ignoring case) and not a common password."""
    text = rules.password(value)
    if not text.strip():
        raise ValidationError("Password cannot be only spaces", "password")
    folded = text.strip().casefold()
    if username and folded == username.strip().casefold():
        raise ValidationError("Password cannot be the username", "password")
    if folded in common_passwords():
        raise ValidationError(
            "This password is one of the most common ones; choose another", "password"
        )
    return text


def configured_cost() -> int:
    """The work factor for new password hashes: ``POS_BCRYPT_COST`` when it is a whole
    number from MIN_COST to MAX_COST, else (said in the log) the default. A hash keeps the
    cost it was made with: changing it changes only the hashes made from then on."""
    text = os.environ.get(COST_VARIABLE, "").strip()
    if not text:
        return DEFAULT_COST
    if text.isdigit() and MIN_COST <= int(text) <= MAX_COST:
        return int(text)
    log.warning(
        "%s=%r ignored: it must be a whole number from %d to %d; hashing at %d",
        COST_VARIABLE, text, MIN_COST, MAX_COST, DEFAULT_COST,
    )  # fmt: skip
    return DEFAULT_COST


class PasswordHasher:
    """Hashes and checks passwords at a fixed bcrypt cost (never below 10)."""

    def __init__(self, cost: int = DEFAULT_COST) -> None:
        if cost < MIN_COST:
            raise ValueError(f"bcrypt cost {cost} is below the minimum of {MIN_COST}")
        self.cost = cost
        self._dummy: bytes | None = None

    def hash(self, password: str, username: str = "") -> str:
        """The hash of a new password for ``username``'s account, checked by
        ``new_password`` first (ValidationError, nothing hashed)."""
        checked = new_password(password, username)
        return bcrypt.hashpw(checked.encode("utf-8"), bcrypt.gensalt(self.cost)).decode("ascii")

    def verify(self, password: str, stored_hash: str | None) -> bool:
        """True when ``password`` matches. With no hash (unknown user) a dummy is checked so
        that the answer takes about as long either way."""
        try:
            raw = password.encode("utf-8") if isinstance(password, str) else b""
        except UnicodeEncodeError:  # a lone surrogate cannot be anyone's password
            raw = b""
        acceptable = rules.PASSWORD_MIN_BYTES <= len(raw) <= rules.PASSWORD_MAX_BYTES
        if not acceptable:
            raw = b"placeholder-for-timing"
        if stored_hash is None:
            if self._dummy is None:
                self._dummy = bcrypt.hashpw(b"not-a-password", bcrypt.gensalt(self.cost))
            bcrypt.checkpw(raw, self._dummy)
            return False
        try:
            matched = bcrypt.checkpw(raw, stored_hash.encode("ascii"))
        except ValueError:
            return False
        return matched and acceptable
