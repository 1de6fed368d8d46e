"""How much cash a customer may hand over for a sale's cash part.

The change given back is at most ``CHANGE_MAX_CENTS`` (1,000.00) times the store
currency's ``scale``, like the store's other limits (``Currency.limit``): 1,000.00 dollars
or euros, 1,000,000 yen, 100,000,000 Lebanese pounds. A tendered amount beyond it is a
typing slip (an amount typed into the wrong field, a barcode scanned into it), never a
note anyone carries. On PostgreSQL ``pos_record_sale`` refuses the same for whoever calls
it (migration 0020; by the store's currency since 0031); a conformance test compares the
two."""

from __future__ import annotations

from pos_app.domain.currency import Currency

#: The most change one sale may give, in cents of a dollar-sized unit (scaled by currency).
CHANGE_MAX_CENTS = 100_000


def change_max_cents(currency: Currency) -> int:
    """The most change one sale may give in ``currency``, in cents."""
    return CHANGE_MAX_CENTS * currency.scale


def tendered_acceptable(cash_cents: int, tendered_cents: int, currency: Currency) -> bool:
    """Whether ``tendered_cents`` may pay a cash part of ``cash_cents``: it covers it and
    leaves at most ``change_max_cents(currency)`` of change."""
    return cash_cents <= tendered_cents <= cash_cents + change_max_cents(currency)
