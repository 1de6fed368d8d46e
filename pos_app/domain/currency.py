"""The store's currency (issue 17): its ISO 4217 code, its minor-unit decimals and a plain
symbol, from a small table; and the one currency the store sells in, set once per process.

Amounts stay integer cents everywhere (the database, the sale writer, the reports). A
currency with no minor unit in practice (Japanese yen, Lebanese pound: 0 decimals) has a
*unit* of 100 cents: every price, discount, tax, promotion share, cash step and refund of
such a store is a whole multiple of 100 cents (``pos_app.domain.pricing`` rounds to the unit).
Currencies with three decimals (KWD, TND, ...) cannot be held in cents and are not offered.

The store-wide currency (``store_currency``) is what ``pos_app.domain.money`` formats and
parses by: the desktop app sets it after sign-in reads the store's settings and again when
they change; a process that never sets it (the CLI, a test) works in USD, as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pos_app.domain.errors import ValidationError, shown


@dataclass(frozen=True)
class Currency:
    """An ISO 4217 ``code``, its ``decimals`` (2 or 0) and a ``symbol`` for plain text
    (receipts; screens ask QLocale first). ``scale`` multiplies the store's limits (a
    price, a top-up, a float), which are written for a dollar-sized unit: the power of
    ten at or above what a US dollar is worth in this currency, so that a Lebanese
    store's price may reach 100,000,000,000 LBP (about a million dollars, as in USD), not
    1,000,000 LBP (about eleven dollars)."""

    code: str
    decimals: int
    symbol: str
    scale: int = 1

    def limit(self, amount: Decimal) -> Decimal:
        """A limit written for a dollar-sized unit, in this currency."""
        return amount * self.scale

    @property
    def unit_cents(self) -> int:
        """The smallest amount the currency has, in cents: 1 (two decimals) or 100."""
        return int(10 ** (2 - self.decimals))


#: The currencies a store may choose. Two decimals unless said otherwise.
CURRENCIES: dict[str, Currency] = {
    c.code: c
    for c in (
        Currency("USD", 2, "$"),
        Currency("EUR", 2, "€"),
        Currency("GBP", 2, "£"),
        Currency("CHF", 2, "CHF"),
        Currency("CAD", 2, "$"),
        Currency("AUD", 2, "$"),
        Currency("AED", 2, "AED", 10),
        Currency("SAR", 2, "SAR", 10),
        Currency("EGP", 2, "EGP", 100),
        Currency("MAD", 2, "MAD", 10),
        Currency("TRY", 2, "₺", 100),
        Currency("INR", 2, "₹", 100),
        Currency("CNY", 2, "¥", 10),
        Currency("JPY", 0, "¥", 1_000),
        Currency("KRW", 0, "₩", 10_000),
        Currency("LBP", 0, "LBP", 100_000),
        Currency("SYP", 0, "SYP", 100_000),
        Currency("IQD", 0, "IQD", 10_000),
    )
}
DEFAULT_CURRENCY = CURRENCIES["USD"]
#: The largest ``scale`` offered: the database's own price ceiling allows for it.
SCALE_MAX = max(c.scale for c in CURRENCIES.values())


def check_currency(value: object, field: str = "currency") -> Currency:
    """The currency of an ISO code ("usd" and " EUR " too), or ValidationError naming the
    codes that are offered."""
    code = value.strip().upper() if isinstance(value, str) else None
    found = CURRENCIES.get(code or "")
    if found is None:
        offered = ", ".join(sorted(CURRENCIES))
        raise ValidationError(
            f"Unknown currency {shown(value)}: use one of the ISO codes {offered}", field
        )
    return found


_store = [DEFAULT_CURRENCY]


def store_currency() -> Currency:
    """The currency this process formats and parses money in (USD until set)."""
    return _store[0]


def set_store_currency(currency: Currency) -> Currency:
    """Make ``currency`` the store-wide one; returns the one it replaces."""
    before = _store[0]
    _store[0] = currency
    return before
