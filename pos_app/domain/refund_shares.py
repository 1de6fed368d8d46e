"""Refunds (rule 7 of pos_app.domain.pricing, which documents every rule), with the checks
of whole numbers and whole currency units pricing shares with them.

Import these names from pos_app.domain.pricing; they live here only to keep each module
short enough to read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from pos_app.domain.errors import ValidationError, shown
from pos_app.domain.money import from_cents


class RefundedLine(Protocol):
    """What a refund reads of a priced line (pricing.PricedLine has it)."""

    @property
    def quantity(self) -> int: ...
    @property
    def total_cents(self) -> int: ...
    @property
    def tax_cents(self) -> int: ...


@dataclass(frozen=True)
class RefundShare:
    """What one refund of some units of a line pays back: net + tax = total."""

    net_cents: int
    tax_cents: int
    total_cents: int


def check_whole(value: object, field: str, label: str, least: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{label} must be a whole number, not {shown(value)}", field)
    if value < least:
        raise ValidationError(f"{label} must be at least {least}", field)
    return value


def in_units(cents: int, unit: int, field: str, label: str) -> int:
    if cents % unit:
        raise ValidationError(
            f"{label} must be a whole number of the currency, without decimals "
            f"(got {from_cents(cents)})",
            field,
        )
    return cents


def refund_share(
    line_total_cents: int,
    line_quantity: int,
    already_returned: int,
    returning: int,
    unit: int = 1,
) -> int:
    """What returning ``returning`` more of ``line_quantity`` units pays back of a line that
    cost ``line_total_cents``, when ``already_returned`` came back before (rule 7): the
    difference of two half-up roundings of the cumulative share, so that the refunds of
    every unit add up to the line's total exactly. ``unit``: the currency's unit in cents
    (rule 9; the line total is a whole number of them, and so is the share)."""
    total = check_whole(line_total_cents, "line_total_cents", "A line total", 0)
    in_units(total, unit, "line_total_cents", "A line total")
    quantity = check_whole(line_quantity, "quantity", "A line's quantity", 1)
    before = check_whole(already_returned, "quantity", "Units returned before", 0)
    now = check_whole(returning, "quantity", "Units to return", 0)
    if before + now > quantity:
        raise ValidationError(
            f"Only {max(quantity - before, 0)} of {quantity} are left to return", "quantity"
        )

    def upto(units: int) -> int:
        return unit * ((2 * (total // unit) * units + quantity) // (2 * quantity))

    return upto(before + now) - upto(before)


def refund_parts(
    line: RefundedLine, already_returned: int, returning: int, unit: int = 1
) -> RefundShare:
    """What a refund of ``returning`` units of ``line`` pays, split into net and tax by rule
    7: both are never negative and each adds up, over refunds of every unit, to the line's.
    ``unit``: the currency's unit in cents (rule 9)."""
    before = refund_share(line.total_cents, line.quantity, 0, already_returned, unit)
    total = refund_share(line.total_cents, line.quantity, already_returned, returning, unit)
    tax = refund_share(line.tax_cents, line.total_cents, before, total, unit) if total else 0
    return RefundShare(net_cents=total - tax, tax_cents=tax, total_cents=total)
