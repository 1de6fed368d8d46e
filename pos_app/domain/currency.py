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

from pos_app.domain.errors import ValidationError, shown


@dataclass(frozen=True)
class Currency:
    """An ISO 4217 ``code``, its ``decimals`` (2 or 0) and a ``symbol`` for plain text
    (receipts; screens ask QLocale first)."""

    code: str
    decimals: int
    symbol: str

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
        Currency("AED", 2, "AED"),
        Currency("SAR", 2, "SAR"),
        Currency("EGP", 2, "EGP"),
        Currency("MAD", 2, "MAD"),
        Currency("TRY", 2, "₺"),
        Currency("INR", 2, "₹"),
        Currency("CNY", 2, "¥"),
        Currency("JPY", 0, "¥"),
        Currency("KRW", 0, "₩"),
        Currency("LBP", 0, "LBP"),
        Currency("SYP", 0, "SYP"),
        Currency("IQD", 0, "IQD"),
    )
}
DEFAULT_CURRENCY = CURRENCIES["USD"]


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
