"""The local store at each counter (issue 15): one SQLite file of the counter's own, also
when the store's database is PostgreSQL, in WAL mode with ``synchronous=FULL``, the same
file that keeps the cart on screen, and in it the catalogue's copy and the outbox of
offline sales (what the copy holds: tests/test_offline_catalogue.py). On SQLite and
PostgreSQL stores."""

from __future__ import annotations

import sqlite3
import uuid
from decimal import Decimal
from pathlib import Path

from conftest import People, QuickHasher
from helpers import new_product

from pos_app.data.counter_file import CounterFile
from pos_app.data.database import Database
from pos_app.services import Services, build_services
from pos_app.services.drafts import CartDraft
from pos_app.services.records import CartLine, CheckoutRequest

#: ``PRAGMA synchronous`` of FULL.
SYNCHRONOUS_FULL = 2


def rows(path: Path, table: str) -> int:
    with sqlite3.connect(path) as reader:
        return int(reader.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_one_counter_file_keeps_the_cart_the_catalogue_and_the_outbox_durably(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    path = tmp_path / "counter.sqlite"
    counter = build_services(db, counter_file=path, hasher=QuickHasher())
    mug = new_product(services, people.manager, "Blue Mug", "4.50", 10, "1002")
    services.taxes.add_rate(people.manager, "VAT", "20")

    counter.drafts.save("T1", CartDraft(lines=(CartLine(mug.id, 2),), cashier="cashier1"))
    assert counter.offline.refresh_catalogue().complete
    counter.offline.sell(
        people.cashier,
        CheckoutRequest(str(uuid.uuid4()), (CartLine(mug.id, 1, Decimal("4.50")),), counter="T1"),
    )

    assert [p.name for p in path.parent.iterdir() if p.suffix == ".sqlite"] == [path.name]
    assert rows(path, "cart_on_screen") == 1
    assert rows(path, "outbox") == 1
    assert rows(path, "cache_products") == 1 and rows(path, "cache_tax_rates") == 1
    with CounterFile(path)._connect() as connection:  # how the app's own writes run
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == SYNCHRONOUS_FULL
