"""`make bench BENCH_ARGS="--only search"`: the product search in the service layer, on
the cached SQLite catalogue, before and after its index (issue 14, migration 0009).

"Before" is the query the search ran until then, rebuilt here: the name ``LIKE '%term%'``
over every product, counted in full, in name order; "after" is
``InventoryService.search`` as the Inventory screen calls it. The same terms, the same
database file, one after the other, so the two see the same machine; the load (1-minute
average) is reported beside them."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from sqlalchemy import select

from pos_app.data.database import Database
from pos_app.data.models import Product
from pos_app.data.repositories.base import like_pattern
from pos_app.data.transaction import Transaction
from pos_app.services import build_services
from pos_app.services.base import to_product
from pos_app.services.passwords import MIN_COST
from tools.bench_seed import staff_of

#: (kind, term): a miss, and substrings that start in the middle of a word.
TERMS = (
    ("no match", "zzq"),
    ("no match", "blue mug"),
    ("no match", "qxj 77"),
    ("mid-word", "offee"),
    ("mid-word", "ee bea"),
    ("mid-word", "oodie"),
    ("mid-word", "ffee beans 12"),
    ("mid-word", "arf 17"),
)
PAGE = 200  # the Inventory's page size


@dataclass(frozen=True)
class Timing:
    kind: str
    term: str
    total: int
    before_ms: list[float]
    after_ms: list[float]


def _old_page(db: Database, term: str) -> tuple[int, int]:
    """The search before 0009: (rows of the first page, total)."""

    def work(tx: Transaction) -> tuple[int, int]:
        query = (
            select(Product)
            .where(Product.name.like(like_pattern(term), escape="\\"), Product.active.is_(True))
            .order_by(Product.name_key, Product.id)
        )
        rows, total = tx.products._page(query, 0, PAGE)
        return len([to_product(row[0]) for row in rows]), total

    return db.read(work)


def _timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def measure(url: str, rounds: int) -> tuple[list[Timing], float, float]:
    """Each term ``rounds`` times each way; (timings, load before, load after)."""
    load_before = os.getloadavg()[0]
    db = Database(url)
    try:
        services = build_services(db, bcrypt_cost=MIN_COST)
        manager = staff_of(db).manager
        timings = []
        for kind, term in TERMS:
            _old_page(db, term)  # warm both: the file's pages are in the OS cache
            page = services.inventory.search(manager, term, limit=PAGE)
            search = partial(services.inventory.search, manager, term, limit=PAGE)
            before = [_timed(partial(_old_page, db, term)) for _ in range(rounds)]
            after = [_timed(search) for _ in range(rounds)]
            old_rows, old_total = _old_page(db, term)
            if (old_rows, old_total) != (len(page.items), page.total) and not page.capped:
                raise RuntimeError(f"{term!r}: before {old_total} found, after {page.total}")
            timings.append(Timing(kind, term, page.total, before, after))
    finally:
        db.dispose()
    return timings, load_before, os.getloadavg()[0]


def percentile95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    rank = (len(ordered) - 1) * 0.95
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def summary(timings: list[Timing], kind: str, which: str) -> tuple[float, float]:
    """(median, p95) over every search of ``kind``, ``which`` being before or after."""
    values = [v for t in timings if t.kind == kind for v in getattr(t, f"{which}_ms")]
    return statistics.median(values), percentile95(values)
