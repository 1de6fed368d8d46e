"""Races between separate processes on the real servers: no oversell, no overdraw."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
import race_workers
from conftest import People
from helpers import cart, new_customer, new_product
from sqlalchemy import func, select

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.services import Services

pytestmark = pytest.mark.slow


def race(
    target: Callable[..., None], args_per_process: list[tuple[Any, ...]]
) -> list[tuple[str, str]]:
    """Start one spawned process per args tuple; they start their call together."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(args_per_process))
    results = context.Queue()
    processes = [
        context.Process(target=target, args=(args[0], barrier, *args[1:], results))
        for args in args_per_process
    ]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=60) for _ in processes]
    for process in processes:
        process.join(timeout=30)
        assert process.exitcode == 0
    return outcomes


# 15
def test_two_processes_buying_the_last_unit_make_exactly_one_sale(
    db_url: str, db: Database, services: Services, people: People
) -> None:
    product = new_product(services, people.manager, price="19.99", stock=1)
    buyers = [new_customer(services, people.cashier, name, "50.00") for name in ("ann", "ben")]
    outcomes = race(
        race_workers.buy_after_barrier,
        [(db_url, people.cashier, cart((product.id, 1), customer_id=c.id)) for c in buyers],
    )
    kinds = sorted(kind for kind, _ in outcomes)
    assert kinds == ["OutOfStockError", "ok"], outcomes
    assert services.inventory.get(people.manager, product.id).stock == 0
    assert db.read(lambda s: s.session.scalar(select(func.count()).select_from(models.Sale))) == 1
    balances = sorted(services.wallets.balance(people.manager, c.id) for c in buyers)
    assert balances == [Decimal("30.01"), Decimal("50.00")]


# 16
def test_two_processes_deducting_more_than_the_balance_together_one_succeeds(
    db_url: str, services: Services, people: People
) -> None:
    customer = new_customer(services, people.manager, "johndoe", "50.00")
    outcomes = race(
        race_workers.deduct_after_barrier,
        [(db_url, people.manager, customer.id, "30.00") for _ in range(2)],
    )
    kinds = sorted(kind for kind, _ in outcomes)
    assert kinds == ["InsufficientFundsError", "ok"], outcomes
    assert services.wallets.balance(people.manager, customer.id) == Decimal("20.00")
    ledger = services.wallets.ledger(people.manager, customer.id).items
    assert [e.amount for e in ledger] == [Decimal("-30.00"), Decimal("50.00")]


def test_the_same_sale_sent_from_two_processes_at_once_is_recorded_once(
    db_url: str, db: Database, services: Services, people: People
) -> None:
    product = new_product(services, people.manager, price="5.00", stock=10)
    customer = new_customer(services, people.cashier, "johndoe", "50.00")
    request = cart((product.id, 2), customer_id=customer.id)
    outcomes = race(
        race_workers.buy_after_barrier, [(db_url, people.cashier, request) for _ in range(3)]
    )
    assert outcomes == [("ok", request.sale_uuid)] * 3
    assert services.inventory.get(people.manager, product.id).stock == 8
    assert services.wallets.balance(people.manager, customer.id) == Decimal("40.00")
    assert db.read(lambda s: s.session.scalar(select(func.count()).select_from(models.Sale))) == 1
