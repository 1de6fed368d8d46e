"""The one error hierarchy. Every message is something a cashier can read and act on.

Messages in the counter's language (issue 17). A message is written in English, as the CLI
and the log show it. An error may also carry its ``template`` (the English sentence with
named ``{placeholders}``) and the ``values`` that fill it: the screen then translates the
template and fills in the values itself (a name isolated, a figure kept left to right in
Arabic), with no Qt here. The errors below carry theirs; the many messages the services
raise as plain text are translated by the screen by matching that English text against a
table of templates (``pos_app.ui.service_messages``), so no service needs to change for
its message to be translated, and the English text stays exactly what it was.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    """Base of every expected failure; ``message`` is shown to the person at the counter.

    ``template`` and ``values``: the message as ``template.format(**values)``, for a screen
    that says it in another language; without them, the message is its own template."""

    def __init__(
        self,
        message: str,
        *,
        template: str | None = None,
        values: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.template = message if template is None else template
        self.values: dict[str, object] = dict(values or {})

    @classmethod
    def said(cls, template: str, **values: object) -> PosError:
        """An error whose English message is ``template`` filled with ``values``."""
        return cls(template.format(**values), template=template, values=values)

    def __str__(self) -> str:
        return self.message


class ValidationError(PosError):
    """Input that breaks a rule; ``field`` names the input to highlight, when there is one."""

    def __init__(
        self,
        message: str,
        field: str | None = None,
        *,
        template: str | None = None,
        values: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(message, template=template, values=values)
        self.field = field


class NotFoundError(PosError):
    """The record asked for does not exist (or is not visible to the actor)."""


class ConflictError(PosError):
    """The change collides with existing data: a duplicate username, barcode or review."""


class NothingToChangeError(PosError):
    """An update that carried no fields; nothing was written."""


class InsufficientFundsError(PosError):
    """A wallet does not hold enough for the amount asked."""

    TEMPLATE = "Insufficient funds: balance {balance}, total {total}"

    def __init__(self, balance: Decimal, required: Decimal) -> None:
        values = {"balance": f"{balance:.2f}", "total": f"{required:.2f}"}
        super().__init__(self.TEMPLATE.format(**values), template=self.TEMPLATE, values=values)
        self.balance = balance
        self.required = required


class OutOfStockError(PosError):
    """A product has fewer units in stock than asked."""

    NONE_LEFT = "{name} is out of stock"
    SOME_LEFT = "Only {available} left of {name} (asked for {requested})"

    def __init__(self, product_name: str, available: int, requested: int) -> None:
        template = self.NONE_LEFT if available <= 0 else self.SOME_LEFT
        values = {"name": product_name, "available": available, "requested": requested}
        super().__init__(template.format(**values), template=template, values=values)
        self.product_name = product_name
        self.available = available
        self.requested = requested


class AuthenticationError(PosError):
    """Sign-in refused. Always the same message, whatever the reason."""

    TEMPLATE = "Invalid username or password"

    def __init__(self) -> None:
        super().__init__(self.TEMPLATE)


class PermissionDeniedError(PosError):
    """The signed-in role may not do this."""


class SignInEndedError(PermissionDeniedError):
    """The server no longer takes this person's session (it idled out, or was ended
    elsewhere): nothing was written; they sign in again and try once more."""


class DatabaseUnavailableError(PosError):
    """The database cannot be reached or refused the connection."""


class DatabaseTooNewError(PosError):
    """The database was migrated by a newer program than this one; nothing was changed."""
