"""The one error hierarchy. Every message is something a cashier can read and act on."""

from __future__ import annotations

from decimal import Decimal


def shown(value: object, limit: int = 40) -> str:
    """A short, safe rendering of any input for a message: never huge, never raising."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**30:
        return "a very large number"
    try:
        text = repr(value)
    except Exception:  # a hostile __repr__, a signalling NaN: say what kind of thing it was
        return f"a {type(value).__name__}"
    return text if len(text) <= limit else text[: limit - 1] + "…"


class PosError(Exception):
    """Base of every expected failure; ``message`` is shown to the person at the counter."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(PosError):
    """Input that breaks a rule; ``field`` names the input to highlight, when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(PosError):
    """The record asked for does not exist (or is not visible to the actor)."""


class ConflictError(PosError):
    """The change collides with existing data: a duplicate username, barcode or review."""


class NothingToChangeError(PosError):
    """An update that carried no fields; nothing was written."""


class InsufficientFundsError(PosError):
    """A wallet does not hold enough for the amount asked."""

    def __init__(self, balance: Decimal, required: Decimal) -> None:
        super().__init__(f"Insufficient funds: balance {balance:.2f}, total {required:.2f}")
        self.balance = balance
        self.required = required


class OutOfStockError(PosError):
    """A product has fewer units in stock than asked."""

    def __init__(self, product_name: str, available: int, requested: int) -> None:
        if available <= 0:
            text = f"{product_name} is out of stock"
        else:
            text = f"Only {available} left of {product_name} (asked for {requested})"
        super().__init__(text)
        self.product_name = product_name
        self.available = available
        self.requested = requested


class AuthenticationError(PosError):
    """Sign-in refused. Always the same message, whatever the reason."""

    def __init__(self) -> None:
        super().__init__("Invalid username or password")


class PermissionDeniedError(PosError):
    """The signed-in role may not do this."""


class DatabaseUnavailableError(PosError):
    """The database cannot be reached or refused the connection."""


class DatabaseTooNewError(PosError):
    """The database was migrated by a newer program than this one; nothing was changed."""
