"""A synced offline sale stays in the counter's file for ``SYNCED_KEPT_DAYS`` after the
server confirmed it, then goes (the server keeps it, with its counter number): the file
does not grow with every sale a counter ever made offline. Waiting, set-aside and
recently synced sales stay, and the numbers go on without a gap."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from conftest import People
from helpers import new_product
from test_offline_sales import counter, offline_cart, on_server

from pos_app.data.database import Database
from pos_app.data.outbox import SYNCED_KEPT_DAYS
from pos_app.services import Services


def _age_synced(file: Path, number: str, days: int) -> None:
    """Move a synced row's confirmation ``days`` into the past, as the calendar would."""
    with sqlite3.connect(file) as connection:
        connection.execute(
            "UPDATE outbox SET synced_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', ?) "
            "WHERE counter_number = ?",
            (f"-{days} days", number),
        )
    connection.close()


def test_sales_synced_long_ago_leave_the_counters_file_and_the_rest_stay(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    shirt = new_product(services, people.manager, price="5.00", stock=20)
    t1 = counter(db, tmp_path)
    sold = [
        t1.sell(people.cashier, offline_cart("T1", (shirt.id, 1, "5.00"), cash_tendered="5"))
        for _ in range(3)
    ]
    assert t1.sync_once().sent == 3
    file = tmp_path / "T1.sqlite"
    _age_synced(file, "T1-000001", SYNCED_KEPT_DAYS + 1)
    _age_synced(file, "T1-000002", SYNCED_KEPT_DAYS - 1)
    waiting = t1.sell(people.cashier, offline_cart("T1", (shirt.id, 1, "5.00"), card_amount="5"))
    unsent = t1.sell(people.cashier, offline_cart("T1", (shirt.id, 1, "5.00"), card_amount="5"))
    assert [s.counter_number for s in t1.sales(None)][:3] == [s.counter_number for s in sold]

    assert t1.sync_once(max_sales=1).sent == 1  # the next confirmation prunes

    kept = {s.counter_number: s.state for s in t1.sales(None)}
    assert kept == {
        "T1-000002": "synced",
        "T1-000003": "synced",
        waiting.counter_number: "synced",
        unsent.counter_number: "waiting",
    }
    assert (waiting.counter_number, unsent.counter_number) == ("T1-000004", "T1-000005")
    gone = on_server(db, sold[0].sale_uuid)
    assert gone is not None and gone.counter_number == "T1-000001"  # the server keeps it
    after = t1.sell(people.cashier, offline_cart("T1", (shirt.id, 1, "5.00"), card_amount="5"))
    assert after.counter_number == "T1-000006"  # no number is given twice
