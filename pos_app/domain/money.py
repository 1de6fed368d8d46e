"""Exact money. Amounts are ``Decimal`` in Python and integer cents in the database.

Input with more than two decimals is refused, and so is any decimal a zero-decimal store
currency does not have (``pos_app.domain.currency``: "12.50" in a JPY store; "12.00" is 12);
computed amounts round half-up to the cent. A float is never accepted: it cannot hold 0.10
exactly.

``format_money`` is how every screen, message and receipt writes an amount: the store
currency's decimals with thousands separators ("1,234.50", JPY "1,235"), or, once the desktop
app installs one (``set_money_formatter``: QLocale, with the currency's symbol), that.
``plain_money`` is always the plain form (printed receipts, CSV-like text), ``typed_money``
the form an input field is filled with ("1234.50", no grouping).
"""

from __future__ import annotations

import locale
import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation, localcontext

from pos_app.domain.currency import Currency, store_currency
from pos_app.domain.errors import ValidationError, shown

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
#: No amount in this store comes near this; it keeps cents far inside a 64-bit integer.
ABSOLUTE_MAX = Decimal("1000000000.00")
#: Room for any amount up to ABSOLUTE_MAX (in the largest scale) with its cents, and then
#: some: quantize never runs out of digits, and nothing here depends on the caller's
#: decimal context.
_CONTEXT = Context(prec=40, traps=[InvalidOperation])
#: Typed money: an optional minus (so that callers can say "cannot be negative"), ASCII
#: digits, and at most one decimal separator. No exponent ("1e2"), no grouping ("1_000",
#: "1,000.00"), no spaces inside, no other scripts' digits.
_MONEY_TEXT = r"(-?)([0-9]*)(?:([{separators}])([0-9]*))?"


def absolute_max() -> Decimal:
    """ABSOLUTE_MAX in the store's currency (its ``scale``: 10^14 Lebanese pounds)."""
    return store_currency().limit(ABSOLUTE_MAX)


def decimal_separators() -> str:
    """The separators accepted between units and cents: "." always, "," (no grouping is
    accepted, so a comma can only mean the cents; "1,000" is refused as three decimals),
    and the decimal point of the counter's locale if it is yet another one."""
    separators = {".", ","}
    point = locale.localeconv().get("decimal_point")
    if isinstance(point, str) and len(point) == 1 and not point.isdigit():
        separators.add(point)
    return "".join(sorted(separators))


def _parse_text(value: str, field: str, label: str) -> Decimal:
    text = value.strip()
    if not text:
        raise ValidationError(f"{label} is required", field)
    pattern = _MONEY_TEXT.format(separators=re.escape(decimal_separators()))
    match = re.fullmatch(pattern, text)
    if match is None or not (match.group(2) or match.group(4)):
        raise ValidationError(
            f"{label} must be digits with at most one decimal point, like 20 or 19.99 "
            f"(got {shown(value)})",
            field,
        )
    sign, units, separator, cents = match.groups()
    if separator and len(cents) > 2:
        hint = " (type amounts without thousands separators)" if separator == "," else ""
        raise ValidationError(f"{label} can have at most two decimals: {text}{hint}", field)
    units = units.lstrip("0") or "0"
    if len(units) > len(str(int(absolute_max()))):
        raise ValidationError(f"{label} is too large", field)
    return Decimal(f"{sign}{units}.{(cents or '').ljust(2, '0')}")


def parse_money(value: object, *, field: str = "amount", label: str = "Amount") -> Decimal:
    """Turn user or caller input into an exact two-decimal amount, or raise ValidationError.

    Text is what a person types (see ``_MONEY_TEXT``); a Decimal or an int is taken as the
    number it is, whatever its exponent, and refused, never rounded, when it is too large
    or has more than two decimals. Nothing here raises anything but ValidationError: a
    huge exponent (``Decimal("1E+1000000")``) is refused before any arithmetic on it."""
    if isinstance(value, bool | float):
        raise ValidationError(
            f"{label} must be given as text or a Decimal, not {shown(value)}", field
        )
    if isinstance(value, str):
        amount = _parse_text(value, field, label)
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise ValidationError(f"{label} must be a finite number", field)
        amount = value
    elif isinstance(value, int):
        if abs(value) > int(absolute_max()):
            raise ValidationError(f"{label} is too large", field)
        amount = Decimal(value)
    else:
        raise ValidationError(f"{label} is not a number: {shown(value)}", field)
    # copy_abs and comparisons are exact and use no context: safe on any exponent.
    if amount.copy_abs() > absolute_max():
        raise ValidationError(f"{label} is too large", field)
    with localcontext(_CONTEXT):
        quantized = amount.quantize(CENT)
    if quantized != amount:
        raise ValidationError(f"{label} can have at most two decimals: {amount}", field)
    currency = store_currency()
    if to_cents(quantized) % currency.unit_cents:
        raise ValidationError(
            f"{label} must be a whole number of {currency.code}, without decimals "
            f"(got {shown(value) if isinstance(value, str) else quantized})",
            field,
        )
    return quantized


def round_cents(amount: Decimal) -> Decimal:
    """Round a computed amount half-up to the cent."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def to_cents(amount: Decimal) -> int:
    """Exact integer cents of an amount that already has at most two decimals."""
    quantized = amount.quantize(CENT)
    if quantized != amount:
        raise ValueError(f"{amount} has more than two decimals")
    return int(quantized.scaleb(2))


def from_cents(cents: int) -> Decimal:
    """The Decimal amount of integer cents."""
    return Decimal(cents).scaleb(-2).quantize(CENT)


#: Writes an amount in a currency (the UI's QLocale formatter; see ``set_money_formatter``).
MoneyFormatter = Callable[[Decimal, Currency], str]
_formatter: list[MoneyFormatter | None] = [None]


def set_money_formatter(formatter: MoneyFormatter | None) -> MoneyFormatter | None:
    """Make ``formatter`` what ``format_money`` writes with (None: ``plain_money``);
    returns the one it replaces."""
    before = _formatter[0]
    _formatter[0] = formatter
    return before


def shown_decimals(amount: Decimal, currency: Currency | None = None) -> int:
    """How many decimals ``amount`` is written with: the currency's (the store's by
    default), or two when it has cents the currency does not (0.05 from before a store took
    yen): an amount is never written rounded."""
    decimals = (currency or store_currency()).decimals
    if decimals == 0 and amount != amount.to_integral_value():
        return 2
    return decimals


def plain_money(amount: Decimal, currency: Currency | None = None) -> str:
    """The currency's decimals (the store's by default) with thousands separators and no
    symbol: "1,234.50"; in yen "1,234". What a printed receipt can always print."""
    return f"{amount:,.{shown_decimals(amount, currency)}f}"


def typed_money(amount: Decimal, currency: Currency | None = None) -> str:
    """An amount as an input field is filled with, which ``parse_money`` reads back:
    no grouping, the currency's decimals ("1234.50"; in yen "1234")."""
    return f"{amount:.{shown_decimals(amount, currency)}f}"


def format_money(amount: Decimal) -> str:
    """An amount as screens, messages and receipts show it, in the store's currency: by the
    installed formatter, else ``plain_money`` (two decimals, or none for yen)."""
    formatter = _formatter[0]
    currency = store_currency()
    return plain_money(amount, currency) if formatter is None else formatter(amount, currency)
