"""Field rules shared by the service layer, the CLI and the UI's inline validation."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from pos_app.domain.currency import SCALE_MAX, store_currency
from pos_app.domain.errors import ValidationError, shown
from pos_app.domain.money import ZERO, parse_money, plain_money

USERNAME_RE = re.compile(r"[a-z0-9._-]{3,32}")
PASSWORD_MIN_BYTES = 8
PASSWORD_MAX_BYTES = 72  # bcrypt reads no further than this
AGE_MIN, AGE_MAX = 0, 150
ACCOUNT_NAME_MAX = 100
ADDRESS_MAX = 255
GENDER_MAX = 32
PHONE_MAX = 32
PHONE_RE = re.compile(r"[0-9 +\-()]*[0-9][0-9 +\-()]*")
EMAIL_MAX = 254
#: The shape of an address, not a proof that it exists: one @, no spaces, a dot in the domain.
EMAIL_RE = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
CATEGORY_NAME_MAX = 40
PRODUCT_NAME_MAX = 100
DESCRIPTION_MAX = 255
BARCODE_RE = re.compile(r"[0-9A-Za-z-]{1,64}")
#: Money limits are written for a dollar-sized unit; the store's currency scales them
#: (``Currency.limit``: a Lebanese store's price may reach 10^11 LBP).
PRICE_MAX = Decimal("1000000.00")
TOP_UP_MAX = Decimal("10000.00")
#: The database's own ceiling on a price, in cents: PRICE_MAX in the largest scale.
PRICE_CEILING_CENTS = int(PRICE_MAX * 100) * SCALE_MAX
RESTOCK_MAX = 1_000_000
STOCK_MAX = 1_000_000_000
CART_QUANTITY_MAX = 10_000
REVIEW_COMMENT_MAX = 1000
COUNTER_NAME_MAX = 64
REASON_MAX = 255

E = TypeVar("E", bound=StrEnum)


def _text(value: object, field: str, label: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{label} must be text", field)
    if "\x00" in value:
        raise ValidationError(f"{label} contains a character that is not allowed", field)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: no database can store it
        raise ValidationError(f"{label} contains a character that is not allowed", field) from None
    return value


def username(value: object) -> str:
    text = _text(value, "username", "Username").strip()
    if not USERNAME_RE.fullmatch(text):
        raise ValidationError(
            "Username must be 3-32 characters of a-z, 0-9, '.', '_' or '-'", "username"
        )
    return text


def password(value: object) -> str:
    text = _text(value, "password", "Password")
    size = len(text.encode("utf-8"))
    if size < PASSWORD_MIN_BYTES:
        raise ValidationError(
            f"Password must be at least {PASSWORD_MIN_BYTES} characters", "password"
        )
    if size > PASSWORD_MAX_BYTES:
        raise ValidationError(f"Password must be at most {PASSWORD_MAX_BYTES} bytes", "password")
    return text


def required_text(value: object, field: str, label: str, max_len: int) -> str:
    text = _text(value, field, label).strip()
    if not text:
        raise ValidationError(f"{label} is required", field)
    if len(text) > max_len:
        raise ValidationError(f"{label} must be at most {max_len} characters", field)
    return text


def optional_text(value: object, field: str, label: str, max_len: int) -> str:
    if value is None:
        return ""
    text = _text(value, field, label).strip()
    if len(text) > max_len:
        raise ValidationError(f"{label} must be at most {max_len} characters", field)
    return text


def integer(value: object, field: str, label: str, low: int, high: int) -> int:
    if isinstance(value, bool):
        raise ValidationError(f"{label} must be a whole number", field)
    if isinstance(value, str):
        try:
            value = int(value.strip())
        except ValueError:
            raise ValidationError(f"{label} must be a whole number", field) from None
    if not isinstance(value, int):
        raise ValidationError(f"{label} must be a whole number", field)
    if not low <= value <= high:
        raise ValidationError(f"{label} must be between {low} and {high}", field)
    return value


def choice(enum: type[E], value: object, field: str, label: str) -> E:
    if isinstance(value, enum):
        return value
    allowed = ", ".join(member.value for member in enum)
    if isinstance(value, str):
        try:
            return enum(value.strip().lower())
        except ValueError:
            pass
    raise ValidationError(f"{label} must be one of: {allowed} (got {shown(value)})", field)


def age(value: object) -> int:
    return integer(value, "age", "Age", AGE_MIN, AGE_MAX)


def optional_age(value: object) -> int | None:
    """An age, or None when none is given (None or blank text)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return age(value)


def phone(value: object) -> str:
    """An optional phone number: digits, spaces and + - ( ), at most 32 characters."""
    text = optional_text(value, "phone", "Phone", PHONE_MAX)
    if text and not PHONE_RE.fullmatch(text):
        raise ValidationError("Phone may hold only digits, spaces and + - ( )", "phone")
    return text


def email(value: object) -> str:
    """An optional e-mail address, kept as typed (it is searched ignoring case)."""
    text = optional_text(value, "email", "E-mail", EMAIL_MAX)
    if text and not EMAIL_RE.fullmatch(text):
        raise ValidationError("E-mail must look like name@example.com", "email")
    return text


def category_name(value: object) -> str:
    """A product category's name: 1-40 characters, kept as typed (compared ignoring case)."""
    text = required_text(value, "category", "Category", CATEGORY_NAME_MAX)
    if any(not char.isprintable() for char in text):
        raise ValidationError("Category contains a character that is not allowed", "category")
    return text


#: The longest natural sort key: each run of digits gains a two-digit length prefix, and a
#: 100-character name has at most 50 runs.
NAME_KEY_MAX = PRODUCT_NAME_MAX * 2
_DIGITS = re.compile(r"[0-9]+")


def natural_sort_key(name: str) -> str:
    """A text that sorts like ``name`` read by a person: "Item 2" before "Item 10", case
    ignored. Each run of digits is written as its length (two digits) and then the digits
    without leading zeros, so that plain text order is number order. Runs longer than 99
    digits keep their text order."""

    def number(match: re.Match[str]) -> str:
        digits = match.group().lstrip("0") or "0"
        return f"{min(len(digits), 99):02d}{digits}"

    return _DIGITS.sub(number, name.casefold())[:NAME_KEY_MAX]


def price(value: object) -> Decimal:
    """A price; 0.00 is allowed (a free item: the screen asks before saving one)."""
    amount = parse_money(value, field="price", label="Price")
    if amount < 0:
        raise ValidationError("Price cannot be negative", "price")
    most = store_currency().limit(PRICE_MAX)
    if amount > most:
        raise ValidationError(f"Price must be at most {plain_money(most)}", "price")
    return amount


def positive_amount(value: object, field: str, label: str, maximum: Decimal) -> Decimal:
    """An amount above zero and at most ``maximum``, a limit written for a dollar-sized
    unit: the store's currency scales it (``Currency.limit``)."""
    amount = parse_money(value, field=field, label=label)
    if amount <= 0:
        raise ValidationError(f"{label} must be more than {plain_money(ZERO)}", field)
    most = store_currency().limit(maximum)
    if amount > most:
        raise ValidationError(f"{label} must be at most {plain_money(most)}", field)
    return amount


def barcode(value: object) -> str | None:
    if value is None:
        return None
    text = _text(value, "barcode", "Barcode").strip()
    if not text:
        return None
    if not BARCODE_RE.fullmatch(text):
        raise ValidationError("Barcode must be 1-64 letters, digits or '-'", "barcode")
    return text


def moment(value: object, field: str, label: str) -> datetime:
    """A time with a time zone that the database can store (in UTC)."""
    if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(f"{label} must be a date and time with a time zone", field)
    try:
        return value.astimezone(UTC)
    except (OverflowError, ValueError):
        raise ValidationError(f"{label} is out of range", field) from None


def optional_moment(value: object, field: str, label: str) -> datetime | None:
    return None if value is None else moment(value, field, label)


def mapping(value: object, field: str, label: str) -> Mapping[str, object]:
    """A dict of field names to values, as update calls take."""
    if not isinstance(value, Mapping):
        raise ValidationError(f"{label} must be a set of named fields", field)
    for key in value:
        if not isinstance(key, str):
            raise ValidationError(f"{label}: field names must be text", field)
    return value


def sequence(value: object, field: str, label: str, max_items: int) -> Sequence[object]:
    """A list or tuple of at most ``max_items`` items."""
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise ValidationError(f"{label} must be a list", field)
    if len(value) > max_items:
        raise ValidationError(f"{label} can have at most {max_items:,} items", field)
    return value


def flag(value: object, field: str, label: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(f"{label} must be yes or no", field)
    return value


def sort_key(value: object, allowed: Sequence[str], field: str = "sort") -> str:
    if not isinstance(value, str) or value not in allowed:
        raise ValidationError(f"Sort by one of: {', '.join(allowed)}", field)
    return value
