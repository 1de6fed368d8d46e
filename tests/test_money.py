from __future__ import annotations

from decimal import Decimal

import pytest

from pos_app.domain.errors import ValidationError
from pos_app.domain.money import format_money, from_cents, parse_money, round_cents, to_cents


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("19.99", Decimal("19.99")),
        (" 5 ", Decimal("5.00")),
        (7, Decimal("7.00")),
        (Decimal("0.1"), Decimal("0.10")),
        ("10.000", Decimal("10.00")),
        ("-3.50", Decimal("-3.50")),
    ],
)
def test_parse_money_accepts_exact_amounts(given: object, expected: Decimal) -> None:
    parsed = parse_money(given)
    assert parsed == expected
    assert parsed.as_tuple().exponent == -2


@pytest.mark.parametrize(
    "given",
    ["0.001", "1e-3", "NaN", "inf", "-Infinity", "", "abc", "1,00", 0.1, True, None, "1e100"],
)
def test_parse_money_refuses_inexact_or_odd_input(given: object) -> None:
    with pytest.raises(ValidationError):
        parse_money(given)


def test_cents_round_trip_and_half_up_rounding() -> None:
    assert to_cents(Decimal("19.99")) == 1999
    assert from_cents(1999) == Decimal("19.99")
    assert from_cents(-5) == Decimal("-0.05")
    assert round_cents(Decimal("0.125")) == Decimal("0.13")
    assert round_cents(Decimal("0.135")) == Decimal("0.14")
    assert round_cents(Decimal("-0.125")) == Decimal("-0.13")
    assert format_money(Decimal("1234567.5")) == "1,234,567.50"
    with pytest.raises(ValueError, match="more than two decimals"):
        to_cents(Decimal("0.001"))
