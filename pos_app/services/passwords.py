"""bcrypt hashing. Slow on purpose: call it off the UI thread and outside transactions."""

from __future__ import annotations

import bcrypt

from pos_app.domain import rules
from pos_app.services import DEFAULT_BCRYPT_COST as DEFAULT_COST

MIN_COST = 10


class PasswordHasher:
    """Hashes and checks passwords at a fixed bcrypt cost (never below 10)."""

    def __init__(self, cost: int = DEFAULT_COST) -> None:
        if cost < MIN_COST:
            raise ValueError(f"bcrypt cost {cost} is below the minimum of {MIN_COST}")
        self.cost = cost
        self._dummy: bytes | None = None

    def hash(self, password: str) -> str:
        checked = rules.password(password)
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
