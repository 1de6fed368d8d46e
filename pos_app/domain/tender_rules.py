"""How much cash a customer may hand over for a sale's cash part.

The change given back is at most ``CHANGE_MAX_CENTS`` (1,000.00 in the store's money): a
tendered amount beyond it is a typing slip (an amount typed into the wrong field, a
barcode scanned into it), never a note anyone carries. On PostgreSQL ``pos_record_sale``
(migration 0020) refuses the same, for whoever calls it; a conformance test compares the
two."""

from __future__ import annotations

#: The most change one sale may give, in cents.
CHANGE_MAX_CENTS = 100_000


def tendered_acceptable(cash_cents: int, tendered_cents: int) -> bool:
    """Whether ``tendered_cents`` may pay a cash part of ``cash_cents``: it covers it and
    leaves at most ``CHANGE_MAX_CENTS`` of change."""
    return cash_cents <= tendered_cents <= cash_cents + CHANGE_MAX_CENTS
