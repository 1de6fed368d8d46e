"""`make stress` in small: counters killed at random on PostgreSQL, and the checker itself
shown to catch every kind of violation it reports."""

from __future__ import annotations

import json
import random
import sqlite3
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
import race_workers
from conftest import People, PgServer
from helpers import buy, new_customer, new_product
from test_concurrency import race

from pos_app.data.database import Database
from pos_app.data.migrate import upgrade_to_head
from pos_app.domain.errors import DatabaseUnavailableError, OutOfStockError
from pos_app.services import Services
from pos_app.services.records import RefundRequest, ReturnLine
from tools.stress import StressOptions, exit_status, main, run_pg
from tools.stress_check import (
    CHECKOUT,
    REFUND,
    RESTOCK,
    TOP_UP,
    VIOLATION_KEYS,
    History,
    Verdict,
    check,
    read_snapshot,
)
from tools.stress_counter import classify, run_counter
from tools.stress_seed import seed_store, write_config


@pytest.mark.postgres
@pytest.mark.slow
def test_four_counters_killed_at_random_break_no_invariant(pg_server: PgServer) -> None:
    report = run_pg(
        StressOptions(
            url=pg_server.url,
            counters=4,
            operations=400,
            kill_every=1.0,
            sigstops=1,
            sigstop_seconds=2.0,
            pg_restarts=0,
            # Refunds sent twice at once hit a known race; its own test is at the end.
            double_send=0.0,
            audit_every=2.0,
            seed=5,
            max_seconds=90,
        )
    )
    print(json.dumps(report))
    assert report["complete"], report
    assert report["operations"] >= 400
    assert report["kills"] >= 3
    assert report["ok"] > 0
    assert report["audits"] >= 1
    assert {key: report[key] for key in VIOLATION_KEYS} == dict.fromkeys(VIOLATION_KEYS, 0)
    assert report["crashed_counters"] == 0
    assert report["audit_violations"] == 0
    assert report["violations"] == 0
    assert exit_status(report) == 0
    assert report["ok"] + report["fail"] + report["unknown"] == report["operations"]


def test_the_command_line_defaults_to_the_postgresql_run_and_checks_its_options() -> None:
    with pytest.raises(SystemExit):
        main(["--counters", "17", "--database", "postgresql://nobody@127.0.0.1:1/none"])


def test_outcomes_are_classified_as_a_counter_must_report_them() -> None:
    assert classify(OutOfStockError("Mug", 0, 1)) == "fail"
    assert classify(DatabaseUnavailableError("gone")) == "unknown"
    assert classify(RuntimeError("bug")) == "error"


# -- the checker catches what it claims to catch -------------------------------------------


class Run:
    """A finished single-counter history on SQLite, and a way to tamper with copies."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.path = workdir / "pos.db"
        url = f"sqlite:///{self.path}"
        db = Database(url)
        upgrade_to_head(db)
        config = seed_store(
            db,
            products=6,
            stock=(8, 15),
            customers=5,
            balance_cents=(3000, 9000),
            rng=random.Random(11),
        )
        config.update(
            url=url,
            stop_file=str(workdir / "stop"),
            mix={CHECKOUT: 60, TOP_UP: 15, REFUND: 15, RESTOCK: 10},
        )
        write_config(workdir / "config.json", config)
        self.baseline = read_snapshot(db.engine)
        db.dispose()
        logs = workdir / "logs"
        logs.mkdir()
        run_counter(workdir / "config.json", logs / "c1.log", "c1", seed=2, operations=120)
        self.history = History(logs)
        self.history.update()

    def verdict(self, tamper: str = "", history: History | None = None) -> Verdict:
        copy = self.workdir / f"copy-{uuid.uuid4().hex}.db"
        source = sqlite3.connect(self.path)
        target = sqlite3.connect(copy)
        source.backup(target)
        source.close()
        if tamper:
            # History refuses UPDATE and DELETE (migration 0014): a tamperer with the file
            # drops those triggers first.
            for (name,) in target.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE "
                "'%_no_update' OR name LIKE '%_no_delete' OR name LIKE '%_one_change')"
            ).fetchall():
                target.execute(f'DROP TRIGGER "{name}"')
            target.executescript(tamper)
        target.commit()
        target.close()
        db = Database(f"sqlite:///{copy}")
        try:
            return check(
                read_snapshot(db.engine), self.baseline, history or self.history, final=True
            )
        finally:
            db.dispose()

    def entity_keys(self, kind: str, status: str) -> list[str]:
        return [
            key
            for (k, key), entity in self.history.entities.items()
            if k == kind and entity.status(True) == status
        ]


@pytest.fixture(scope="module")
def finished_run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    return Run(tmp_path_factory.mktemp("stress-checker"))


def unrefunded_sale(run: Run) -> str:
    refunded = {e.intent["sale"] for (k, _), e in run.history.entities.items() if k == REFUND}
    return next(key for key in run.entity_keys(CHECKOUT, "ok") if key not in refunded)


def test_an_untouched_history_passes(finished_run: Run) -> None:
    counts = finished_run.history.by_kind()
    assert counts[CHECKOUT].get("ok", 0) > 10
    assert counts[REFUND].get("ok", 0) > 0
    assert counts[TOP_UP].get("ok", 0) > 0
    assert counts[RESTOCK].get("ok", 0) > 0
    verdict = finished_run.verdict()
    assert verdict.violations == 0, verdict.examples


def test_a_lost_sale_is_caught(finished_run: Run) -> None:
    key = unrefunded_sale(finished_run)
    sale = f"(SELECT id FROM sales WHERE uuid = '{key}')"
    verdict = finished_run.verdict(
        f"""
        DELETE FROM stock_movements WHERE sale_id = {sale};
        DELETE FROM wallet_entries WHERE sale_id = {sale};
        DELETE FROM sale_payments WHERE sale_id = {sale};
        DELETE FROM sale_lines WHERE sale_id = {sale};
        DELETE FROM sales WHERE uuid = '{key}';
        """
    )
    assert verdict.counts["lost_sales"] == 1


def test_a_sale_without_its_payment_is_partial(finished_run: Run) -> None:
    key = unrefunded_sale(finished_run)
    verdict = finished_run.verdict(
        f"DELETE FROM sale_payments WHERE sale_id = (SELECT id FROM sales WHERE uuid = '{key}');"
    )
    assert verdict.counts["partial_sales"] == 1


def test_a_cent_out_of_place_is_money_drift(finished_run: Run) -> None:
    verdict = finished_run.verdict(
        "UPDATE wallets SET balance_cents = balance_cents + 1 "
        "WHERE id = (SELECT min(id) FROM wallets);"
    )
    assert verdict.counts["money_drift_cents"] == 1
    assert verdict.counts["ledger_mismatches"] == 1


def test_a_unit_missing_from_the_shelf_is_oversold(finished_run: Run) -> None:
    verdict = finished_run.verdict(
        "UPDATE products SET stock = stock - 1 WHERE id = (SELECT max(id) FROM products) "
        "AND stock > 0;"
    )
    assert verdict.counts["oversold_units"] == 1
    assert verdict.counts["stock_drift_units"] == 1


def test_a_top_up_applied_twice_is_a_duplicate(finished_run: Run) -> None:
    key = finished_run.entity_keys(TOP_UP, "ok")[0]
    verdict = finished_run.verdict(
        f"""
        INSERT INTO wallet_entries (wallet_id, kind, amount_cents, balance_after_cents,
                                    actor_id, sale_id, reason, created_at)
        SELECT wallet_id, kind, amount_cents, balance_after_cents, actor_id, sale_id, reason,
               created_at FROM wallet_entries WHERE reason LIKE '%{key}';
        """
    )
    assert verdict.counts["duplicate_operations"] == 1


def test_a_sale_nobody_rang_up_is_a_phantom(finished_run: Run) -> None:
    verdict = finished_run.verdict(
        f"INSERT INTO sales (uuid, counter, created_at, total_cents, net_cents, status) "
        f"VALUES ('{uuid.uuid4()}', 'x', '2024-01-01 00:00:00', 0, 0, 'completed');"
    )
    assert verdict.counts["phantom_records"] == 1


def test_a_failed_sale_that_is_recorded_anyway_is_caught(finished_run: Run) -> None:
    history = History(finished_run.history.directory)
    history.update()
    key = unrefunded_sale(finished_run)
    for op in history.entities[(CHECKOUT, key)].ops:
        op.outcome = "fail"
    verdict = finished_run.verdict(history=history)
    assert verdict.counts["failed_but_present"] == 1


def test_an_unknown_outcome_is_resolved_from_the_database(finished_run: Run) -> None:
    history = History(finished_run.history.directory)
    history.update()
    key = unrefunded_sale(finished_run)
    for op in history.entities[(CHECKOUT, key)].ops:
        op.outcome = None  # as if the counter had been killed inside the call
    verdict = finished_run.verdict(history=history)
    assert verdict.violations == 0
    assert verdict.resolved == {"checkout_present": 1}


# -- a race the stress model points at ------------------------------------------------------


@pytest.mark.slow
def test_the_same_refund_sent_from_three_processes_at_once_refunds_once_and_says_so(
    db_url: str, services: Services, people: People
) -> None:
    """A counter that lost its connection sends the refund again, with the same UUID, while
    the first send may still be running on the server. Like a sale sent twice, every send
    must answer with the one refund; none may say "nothing can be returned" about a refund
    that happened (the cashier would then hand over the money a second time)."""
    customer = new_customer(services, people.cashier, "johndoe", "50.00")
    product = new_product(services, people.manager, price="10.00", stock=5)
    sale = buy(services, people.cashier, customer.id, product.id, qty=3)
    request = RefundRequest(
        refund_uuid=str(uuid.uuid4()),
        sale_id=sale.id,
        lines=(ReturnLine(sale.lines[0].line_id, 3),),  # everything that can be returned
        method="wallet",
        reason="Returned at the door",
        counter="Test counter",
    )
    outcomes = race(
        race_workers.refund_after_barrier, [(db_url, people.manager, request) for _ in range(3)]
    )
    assert [kind for kind, _ in outcomes] == ["ok"] * 3, outcomes
    assert services.wallets.balance(people.manager, customer.id) == Decimal("50.00")
    assert services.inventory.get(people.manager, product.id).stock == 5
