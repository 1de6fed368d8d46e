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
        ("-3.50", Decimal("-3.50")),
        ("20,00", Decimal("20.00")),  # a comma can only be the cents: no grouping is taken
        ("4,5", Decimal("4.50")),
        (".5", Decimal("0.50")),
        ("0012.", Decimal("12.00")),
        (Decimal("1E+2"), Decimal("100.00")),  # a Decimal is the number it is
        (Decimal("-0"), Decimal("0.00")),
    ],
)
def test_parse_money_accepts_exact_amounts(given: object, expected: Decimal) -> None:
    parsed = parse_money(given)
    assert parsed == expected
    assert parsed.as_tuple().exponent == -2


@pytest.mark.parametrize(
    "given",
    ["0.001", "10.000", "1e-3", "NaN", "inf", "-Infinity", "", "abc", 0.1, True, None, "1e100"],
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


#: What the keyboard trial typed or passed, and what a hostile caller might: every one is a
#: ValidationError, never decimal.Overflow or InvalidOperation.
HOSTILE = [
    "1e1000000",
    "-1e1000000",
    "1E+999999",
    "1e-1000000",
    Decimal("1E+1000000"),
    Decimal("-1E+1000000"),
    Decimal("1E-1000000"),
    Decimal("9" * 60),
    Decimal("sNaN"),
    10**5000,
    "9" * 5000,
    "1e2",
    "1_000",
    "1,000",
    "1.000,00",
    "1 000",
    "+5",
    "0x1F",
    "\u0661\u0662",  # Arabic-Indic digits
    "\U0001d7d9",  # a mathematical bold one
    "1.2.3",
    ".",
    "-",
    "5-",
    "1000000000.01",
]


def _label(value: object) -> str:
    return "giant int" if isinstance(value, int) else repr(value)[:30]


@pytest.mark.parametrize("given", HOSTILE, ids=_label)
def test_parse_money_refuses_hostile_input_with_a_validation_error(given: object) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_money(given, field="cash_tendered", label="Cash tendered")
    assert refused.value.field == "cash_tendered"
    assert str(refused.value).startswith("Cash tendered")


def test_a_thousands_comma_is_named_in_the_refusal() -> None:
    with pytest.raises(ValidationError, match="without thousands separators"):
        parse_money("1,000")
