"""Records of the product import (re-exported by ``records``): what it did or, in a dry
run, would do, row by row, and the rows it refused."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class RowError:
    """One refused row of an import; ``row`` counts from 1 at the first data row."""

    row: int
    message: str


@dataclass(frozen=True)
class RowPlan:
    """What an import does with one row: ``kind`` "new" (a product added), "update" (a
    product the store has, whose ``fields`` change: column names, "price_cents" for the
    price, from ``old_price``) or "same" (a product the store has, unchanged)."""

    row: int
    kind: str
    fields: tuple[str, ...] = ()
    old_price: Decimal | None = None


@dataclass(frozen=True)
class ImportReport:
    """Imports are all or nothing: ``imported`` is 0 whenever ``errors`` is not empty.
    ``imported``: products added; ``updated``: products the store had that changed
    (``new_prices`` of them their price); ``unchanged``: rows that matched a product and
    changed nothing; ``stock_kept``: rows of known products whose stock cell differed
    from the stock, which an import does not change; ``rows``: each row's plan (an
    import that updates). A dry run's figures are what the import would do."""

    imported: int
    errors: tuple[RowError, ...]
    updated: int = 0
    unchanged: int = 0
    stock_kept: int = 0
    new_prices: int = 0
    rows: tuple[RowPlan, ...] = ()
