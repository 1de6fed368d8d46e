"""What the Inventory says it found. A name search stops counting one past the
service's cap (``Page.capped``, total = cap + 1): it then reads "10,000+ products, first
found", because past the cap the service lists matches as found, not sorted."""

from __future__ import annotations

from pos_app.services import inventory as inventory_service
from pos_app.ui.i18n import translate


def products_text(count: int) -> str:
    """ "1 product", "2,000 products", in the installed language."""
    if count == 1:
        return translate("ProductCount", "1 product")
    return translate("ProductCount", "{0:,} products").format(count)


def products_found(total: int) -> str:
    """``total`` in words; a count of cap + 1 is "cap+" (true whether or not it was cut),
    listed in the order found: typing more narrows it to a sorted list."""
    cap = inventory_service.SEARCH_COUNT_CAP
    if total == cap + 1:
        return translate("ProductCount", "{0:,}+ products, first found").format(cap)
    return products_text(total)


def retired(name: str) -> str:
    """A retired category's or tax rate's name as a choice shows it."""
    return translate("ProductCount", "{0} (retired)").format(name)
