"""`make bench --only offline` (issue 15): a counter selling while the server is away,
on a scratch PostgreSQL database.

- ``catalogue_fill_100k_s``: a counter's first copy of a 100,000-product catalogue
  (``OfflineSalesService.refresh_catalogue``, pages of 5,000, one local transaction each).
- ``offline_checkout_p95_ms``: an offline sale on the receipt: ``services.offline.sell``
  of a one-to-three-line cash cart priced from that copy (taxes, promotions), at p95.
- ``sync_10k_s``: sending 10,000 waiting sales to the server (``sync_once`` until none
  wait).
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from pos_app.data.counter_file import CounterFile
from pos_app.data.database import Database
from pos_app.data.models import Product, StockMovement, utcnow
from pos_app.domain.enums import Category
from pos_app.services.offline import OfflineSalesService
from pos_app.services.records import CartLine, CheckoutRequest
from tools import bench_seed

GOALS: dict[str, tuple[str, float]] = {
    "sync_10k_s": ("<=", 20),
    "offline_checkout_p95_ms": ("<=", 30),
}
CATALOGUE = 100_000
SALES = 10_000
SMALL = 400  # products made through the service (staff, categories, import path)


def _bulk_products(db: Database, first: int, count: int) -> None:
    categories = [c.value for c in Category]
    now = utcnow()
    rows = [
        {
            "name": f"Bulk product {n}",
            "name_key": f"bulk product {n:08d}",
            "category": categories[n % len(categories)],
            "price_cents": 99 + n % 5000,
            "description": "",
            "stock": 1000,
            "barcode": f"9{n:012d}",
            "active": True,
            "variable_price": False,
            "created_at": now,
            "updated_at": now,
        }
        for n in range(first, first + count)
    ]
    with db.engine.begin() as connection:
        made = connection.execute(
            insert(Product).returning(Product.id, Product.stock, sort_by_parameter_order=True),
            rows,
        )
        # Each opening stock has its movement: the books balance (migration 0019).
        opening = [
            {
                "product_id": pid,
                "kind": "adjustment",
                "quantity": stock,
                "stock_after": stock,
                "reason": "Opening stock",
                "created_at": now,
            }
            for pid, stock in made
        ]
        connection.execute(insert(StockMovement), opening)


def run(
    report: Any,
    server_url: str,
    work: Path,
    say: Callable[[str], None],
    create_db: Callable[[str], str],
    drop_db: Callable[[str, str], None],
    percentile: Callable[[list[float], float], float],
) -> None:
    section = report.section("6. Offline selling (issue 15): one counter, PostgreSQL")
    url = create_db(server_url)
    say(f"offline: scratch database {url.rsplit('/', 1)[-1]}")
    try:
        staff, catalogue = bench_seed.small_catalogue(url, SMALL)
        db = Database(url)
        try:
            started = time.perf_counter()
            _bulk_products(db, SMALL + 1, CATALOGUE - SMALL)
            report.note(
                section, "bulk insert of 99,600 products", f"{time.perf_counter() - started:.1f} s"
            )
            till = OfflineSalesService(db, CounterFile(work / "offline-T1.sqlite"))
            started = time.perf_counter()
            filled = till.refresh_catalogue()
            took = time.perf_counter() - started
            assert filled.complete, filled.message
            report.put("catalogue_fill_100k_s", took, " s", section)
            report.note(section, "pages, rows", f"{filled.pages}, {filled.rows:,}")

            rng = random.Random(15)
            times = []
            for _ in range(SALES):
                lines = tuple(
                    CartLine(product_id, rng.randint(1, 3), price)
                    for product_id, price in rng.sample(catalogue, rng.randint(1, 3))
                )
                request = CheckoutRequest(
                    str(uuid.uuid4()), lines, counter="T1", cash_tendered=Decimal("100000")
                )
                began = time.perf_counter()
                till.sell(staff.cashier, request)
                times.append((time.perf_counter() - began) * 1000)
            report.put("offline_checkout_p95_ms", percentile(times, 95), " ms", section)
            report.note(section, "p50", f"{percentile(times, 50):.2f} ms")

            started = time.perf_counter()
            sent = 0
            while True:
                synced = till.sync_once(max_sales=1000)
                sent += synced.sent
                if synced.unreachable or synced.busy or not synced.waiting:
                    break
            took = time.perf_counter() - started
            assert sent == SALES, f"only {sent} of {SALES} synced: {synced.message}"
            report.put("sync_10k_s", took, " s", section)
            report.note(section, "per sale", f"{took / SALES * 1000:.2f} ms")
        finally:
            db.dispose()
    finally:
        drop_db(server_url, url)
