"""Hypothesis strategies for hostile input: what a confused cashier, a broken scanner, a
pasted spreadsheet or a careless caller of the service layer may send."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

#: Strings that have broken software before: control characters, bidi marks, SQL and LIKE
#: metacharacters, numbers in disguise, lone surrogates (not encodable as UTF-8).
NASTY_STRINGS: tuple[str, ...] = (
    "",
    " ",
    "\x00",
    "a\x00b",
    "\ud800",
    "ok\udfffok",
    "'; DROP TABLE accounts; --",
    '" OR 1=1 --',
    "Robert'); DELETE FROM wallets; --",
    "%",
    "_",
    "\\",
    "%_\\%",
    "\\%",
    "\u202eevil\u202c",
    "\u200f\u200e\u061c",
    "\ufeff",
    "😀" * 40,
    "👩‍👩‍👧‍👦",
    "A" * 10_000,
    "ß",
    "İ",
    "ﬀ",
    "NaN",
    "nan",
    "sNaN",
    "-Infinity",
    "inf",
    "1e999999",
    "1e1000000",
    "20,00",
    "-1e999999",
    "1e-999999",
    "1E+2",
    "0x1F",
    "1_000",
    "١٢٣",
    "𝟙𝟚",
    "  7  ",
    "-1",
    "0",
    "-0",
    "0.001",
    "12.345",
    "99999999999999999999999999999",
    "9" * 5000,
    "None",
    "null",
    "true",
    "\n\t\r",
    "customer",
    "admin",
    " ADMIN ",
    "approved",
    "wallet",
    "cash",
    "food",
)

#: An integer too long for Python's default int-to-text conversion (4300 digits).
GIANT_INT = 10**5000

NASTY_INTS: tuple[int, ...] = (
    0,
    -1,
    1,
    2**31 - 1,
    2**31,
    2**63 - 1,
    2**63,
    2**64,
    -(2**63),
    -(2**63) - 1,
    10**30,
    -(10**30),
    GIANT_INT,
    -GIANT_INT,
)

NASTY_DECIMALS: tuple[Decimal, ...] = (
    Decimal("NaN"),
    Decimal("-NaN"),
    Decimal("sNaN"),
    Decimal("Infinity"),
    Decimal("-Infinity"),
    Decimal("1E+999999"),
    Decimal("-1E+999999"),
    Decimal("1E+1000000"),
    Decimal("-1E+1000000"),
    Decimal("1E-999999"),
    Decimal("-0.00"),
    Decimal("0.005"),
    Decimal("1E+2"),
    Decimal("1000000000.01"),
    Decimal("-5.00"),
    Decimal("9" * 60),
)

EXTREME_ZONES: tuple[tzinfo, ...] = (
    UTC,
    timezone(timedelta(hours=14)),
    timezone(timedelta(hours=-12)),
    timezone(timedelta(hours=23, minutes=59)),
    ZoneInfo("Europe/Paris"),
    ZoneInfo("Pacific/Kiritimati"),
)

NASTY_TIMES: tuple[object, ...] = (
    datetime(2024, 5, 1, 12, 0),  # naive
    datetime.min,
    datetime.max,
    datetime.min.replace(tzinfo=timezone(timedelta(hours=14))),
    datetime.max.replace(tzinfo=timezone(timedelta(hours=-12))),
    datetime.min.replace(tzinfo=UTC),
    datetime.max.replace(tzinfo=UTC),
    date.min,
    date.max,
    date(2024, 5, 1),
    timedelta(days=1),
)

wrong_types: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.binary(max_size=12),
    st.lists(st.integers(-3, 3), max_size=3),
    st.lists(st.text(max_size=3), max_size=2).map(tuple),
    st.dictionaries(st.text(max_size=4), st.integers(-3, 3), max_size=2),
    st.frozensets(st.integers(0, 3), max_size=2),
    st.just(object()),
    st.just(complex(1, 2)),
    st.just(Ellipsis),
    st.sampled_from(NASTY_TIMES),
)

numbers: st.SearchStrategy[Any] = st.one_of(
    st.sampled_from(NASTY_INTS),
    st.integers(),
    st.floats(),
    st.sampled_from([float("nan"), float("inf"), float("-inf"), -0.0, 0.1, 1e308]),
    st.decimals(),
    st.sampled_from(NASTY_DECIMALS),
    st.decimals().map(str),
    st.floats().map(repr),
)

texts: st.SearchStrategy[str] = st.one_of(
    st.sampled_from(NASTY_STRINGS),
    st.text(max_size=40),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=300),
    st.text(st.sampled_from("%_\\'\";-\x00\u202e\u200f😀 aZ9."), max_size=20),
)

#: Anything at all, for any parameter.
hostile: st.SearchStrategy[Any] = st.one_of(texts, numbers, wrong_types)


def lax(plausible: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Usually plausible, now and then hostile: for fields nested inside a request."""
    return st.one_of(plausible, plausible, plausible, hostile)


money: st.SearchStrategy[Any] = st.one_of(
    st.decimals(min_value=0, max_value=Decimal("250"), places=2),
    st.integers(0, 250),
    st.decimals(min_value=0, max_value=Decimal("250"), places=2).map(str),
)

positive_money: st.SearchStrategy[Any] = st.one_of(
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("120"), places=2),
    st.integers(1, 120),
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("120"), places=2).map(str),
)

usernames: st.SearchStrategy[str] = st.from_regex(r"[a-z0-9._-]{3,12}", fullmatch=True)

passwords: st.SearchStrategy[str] = st.text(
    st.characters(min_codepoint=33, max_codepoint=126), min_size=8, max_size=20
)

plain_text: st.SearchStrategy[str] = st.one_of(
    st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=30),
    st.sampled_from(["", "Coffee", "shirt", "ali", "Till 1", "1 Main Street"]),
)

aware_times: st.SearchStrategy[datetime] = st.one_of(
    st.datetimes(
        min_value=datetime(2000, 1, 1),
        max_value=datetime(2100, 1, 1),
        timezones=st.sampled_from(EXTREME_ZONES),
    ),
    st.sampled_from(
        [
            datetime.now(UTC) - timedelta(days=1),
            datetime.now(UTC) + timedelta(days=1),
            datetime.now(UTC) - timedelta(days=400),
        ]
    ),
)


def page_args() -> dict[str, st.SearchStrategy[Any]]:
    return {"offset": st.integers(0, 5), "limit": st.integers(1, 1000)}


def ids(existing: tuple[int, ...]) -> st.SearchStrategy[int]:
    """An id that exists, or a small one that may not."""
    return st.one_of(st.sampled_from(existing), st.integers(1, 60))
