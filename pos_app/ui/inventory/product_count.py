"""What the Inventory says it found. A name search stops counting one past the
service's cap (``Page.capped``, total = cap + 1): it then reads "10,000+ products"."""

from __future__ import annotations

from pos_app.services import inventory as inventory_service


def products_found(total: int) -> str:
    """``total`` in words; a count of cap + 1 is "cap+" (true whether or not it was cut)."""
    cap = inventory_service.SEARCH_COUNT_CAP
    if total == cap + 1:
        return f"{cap:,}+ products"
    return f"{total:,} product{'' if total == 1 else 's'}"
