"""The restore drill (issue 17): a backup taken while 4 counter processes sell, restored
into a new database, holds every sale acknowledged before it began and is consistent in
itself: money, stock and wallets add up."""

from __future__ import annotations

import multiprocessing
import queue
import time
from pathlib import Path
from typing import Any

import backup_workers
import pytest
from conftest import People
from helpers import new_customer, new_product
from sqlalchemy import text
from test_backup import NO_PG_TOOLS, PG_TOOLS, new_database
from test_cli import run_cli

from pos_app.data.database import Database
from pos_app.services import Services

pytestmark = pytest.mark.slow
COUNTERS = 4
SALES_BEFORE = 40  # acknowledged before the backup begins
SALES_AFTER = 40  # and while it runs and after: some are in the copy, some not


def _drain(acks: Any, into: list[tuple[str, str]], timeout: float = 0.0) -> None:
    try:
        into.append(acks.get(timeout=timeout) if timeout else acks.get_nowait())
        while True:
            into.append(acks.get_nowait())
    except queue.Empty:
        return


def _wait_for(acks: Any, into: list[tuple[str, str]], sales: int) -> None:
    deadline = time.monotonic() + 120
    while sum(kind == "ok" for kind, _ in into) < sales:
        assert time.monotonic() < deadline, f"the counters sold only {len(into)}: {into[-3:]}"
        _drain(acks, into, timeout=1.0)


def _stop(workers: list[Any], stop: Any, acks: Any, said: list[tuple[str, str]]) -> None:
    """Tell the counters to stop, take in their last words, and wait for them."""
    stop.set()
    done = 0
    deadline = time.monotonic() + 60
    while done < len(workers) and time.monotonic() < deadline:
        tail: list[tuple[str, str]] = []
        _drain(acks, tail, timeout=1.0)
        said += tail
        done += sum(kind == "done" for kind, _ in tail)
    for worker in workers:
        worker.join(timeout=30)


def _facts(url: str) -> dict[str, Any]:
    """What must hold in any consistent moment of the store, and its sales."""
    db = Database(url)

    def read(tx: Any) -> dict[str, Any]:
        run = tx.session.execute
        return {
            "integrity": run(text("PRAGMA integrity_check")).scalar()
            if db.backend == "sqlite"
            else "ok",
            "sales": {row[0]: row[1] for row in run(text("SELECT uuid, total_cents FROM sales"))},
            # each sale's total is what its payments took
            "unpaid": run(
                text(
                    "SELECT s.id FROM sales s LEFT JOIN sale_payments p ON p.sale_id = s.id "
                    "GROUP BY s.id, s.total_cents "
                    "HAVING s.total_cents <> COALESCE(SUM(p.amount_cents), 0)"
                )
            ).all(),
            # the stock of every product is its movements added up, and what sold left it
            "stock_drift": run(
                text(
                    "SELECT p.id FROM products p JOIN stock_movements m ON m.product_id = p.id "
                    "GROUP BY p.id, p.stock HAVING p.stock <> SUM(m.quantity)"
                )
            ).all(),
            "sold": dict(
                run(
                    text(
                        "SELECT p.id, p.stock + COALESCE(SUM(l.quantity), 0) FROM products p "
                        "LEFT JOIN sale_lines l ON l.product_id = p.id GROUP BY p.id, p.stock"
                    )
                ).all()
            ),
            # every wallet is its ledger added up
            "wallet_drift": run(
                text(
                    "SELECT w.id FROM wallets w LEFT JOIN wallet_entries e ON e.wallet_id = w.id"
                    " GROUP BY w.id, w.balance_cents"
                    " HAVING w.balance_cents <> COALESCE(SUM(e.amount_cents), 0)"
                )
            ).all(),
            "wallet_paid": run(
                text(
                    "SELECT COALESCE(SUM(amount_cents), 0) FROM sale_payments "
                    "WHERE method = 'wallet'"
                )
            ).scalar(),
            "wallet_spent": run(
                text(
                    "SELECT COALESCE(-SUM(amount_cents), 0) FROM wallet_entries "
                    "WHERE sale_id IS NOT NULL"
                )
            ).scalar(),
        }

    try:
        return db.read(read)
    finally:
        db.dispose()


@pytest.mark.parametrize(
    "pg_dump",
    [
        pytest.param(True, id="native"),
        # PostgreSQL without pg_dump: pos-admin's own COPY archive (pos_app.data.backup_copy)
        pytest.param(False, id="copy-archive", marks=pytest.mark.postgres_only),
    ],
)
def test_a_backup_taken_while_four_counters_sell_restores_every_acknowledged_sale(
    request: pytest.FixtureRequest,
    db_url: str,
    services: Services,
    people: People,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    pg_dump: bool,
) -> None:
    if not db_url.startswith("sqlite") and pg_dump and not PG_TOOLS:
        pytest.skip(NO_PG_TOOLS)
    manager = people.manager
    products = [
        new_product(services, manager, f"Item {n}", f"{n}.25", 100_000).id for n in range(1, 7)
    ]
    customers = [
        new_customer(services, people.cashier, f"buyer{n}", "9000.00").id for n in range(COUNTERS)
    ]
    opening = {pid: 100_000 for pid in products}
    context = multiprocessing.get_context("spawn")
    stop, acks = context.Event(), context.Queue()
    workers = [
        context.Process(
            target=backup_workers.checkout_loop,
            args=(db_url, people.cashier, f"Till {n}", products, customers[n], stop, acks),
        )
        for n in range(COUNTERS)
    ]
    for worker in workers:
        worker.start()
    said: list[tuple[str, str]] = []
    try:
        _wait_for(acks, said, SALES_BEFORE)
        _drain(acks, said)
        acknowledged = {uuid for kind, uuid in said if kind == "ok"}
        file = tmp_path / "drill.backup"
        if not pg_dump:  # the counters run on: only this process loses the programs
            monkeypatch.setenv("PATH", str(tmp_path / "no-pg-dump-here"))
        code, out, err = run_cli(["backup", str(file), "--database", db_url], capsys)
        assert (code, err) == (0, ""), err
        assert ("COPY archive" in out) == (not pg_dump), out
        _wait_for(acks, said, len(acknowledged) + SALES_AFTER)  # still selling after it
    finally:
        _stop(workers, stop, acks, said)
    assert [w.exitcode for w in workers] == [0] * COUNTERS
    assert {kind for kind, _ in said} <= {"ok", "done"}, [s for s in said if s[0] != "ok"][:3]
    every_sale = {uuid for kind, uuid in said if kind == "ok"}

    target = new_database(request, db_url, tmp_path, pg_tools=pg_dump)
    code, out, err = run_cli(["restore", str(file), "--database", target], capsys)
    assert (code, err) == (0, ""), err
    code, health, _ = run_cli(["health", "--database", target], capsys)
    assert code == 0, health

    restored, source = _facts(target), _facts(db_url)
    in_copy = set(restored["sales"])
    assert acknowledged <= in_copy  # every sale acknowledged before the backup began
    assert in_copy <= every_sale  # and nothing that was never sold
    assert len(in_copy) < len(source["sales"])  # the counters sold on after the copy
    assert f"{len(in_copy)} sales" in out  # what the restore reported
    for uuid in in_copy:  # each restored sale as it was recorded
        assert restored["sales"][uuid] == source["sales"][uuid]
    for facts in (restored, source):
        assert facts["integrity"] == "ok"
        assert facts["unpaid"] == []
        assert facts["stock_drift"] == []
        assert facts["wallet_drift"] == []
        assert facts["sold"] == opening  # stock now + what the copy's sales took
        assert facts["wallet_paid"] == facts["wallet_spent"] > 0
