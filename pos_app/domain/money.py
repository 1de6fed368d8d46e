"""Exact money. Amounts are ``Decimal`` in Python and integer cents in the database.

Input with more than two decimals is refused; computed amounts round half-up to the cent.
A float is never accepted: it cannot hold 0.10 exactly.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from pos_app.domain.errors import ValidationError, shown

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
#: No amount in this store comes near this; it keeps cents far inside a 64-bit integer.
ABSOLUTE_MAX = Decimal("1000000000.00")


def parse_money(value: object, *, field: str = "amount", label: str = "Amount") -> Decimal:
    """Turn user or caller input into an exact two-decimal amount, or raise ValidationError."""
    if isinstance(value, bool | float):
        raise ValidationError(
            f"{label} must be given as text or a Decimal, not {shown(value)}", field
        )
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            raise ValidationError(f"{label} is required", field)
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValidationError(f"{label} is not a number: {shown(value)}", field) from None
    else:
        raise ValidationError(f"{label} is not a number: {shown(value)}", field)
    if not amount.is_finite():
        raise ValidationError(f"{label} must be a finite number", field)
    if abs(amount) > ABSOLUTE_MAX:
        raise ValidationError(f"{label} is too large", field)
    quantized = amount.quantize(CENT)
    if quantized != amount:
        raise ValidationError(f"{label} can have at most two decimals: {amount}", field)
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


def format_money(amount: Decimal) -> str:
    """Two decimals with thousands separators, as printed on screens and receipts."""
    return f"{amount:,.2f}"
