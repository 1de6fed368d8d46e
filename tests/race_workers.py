"""Functions run in separate processes (spawned, so nothing is shared but the database)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pos_app.data.database import Database
from pos_app.domain.errors import PosError
from pos_app.services import build_services
from pos_app.services.records import Actor


def buy_after_barrier(url: str, barrier: Any, actor: Actor, request: Any, results: Any) -> None:
    db = Database(url)
    services = build_services(db, bcrypt_cost=10)
    db.ping()  # connect before the race starts
    barrier.wait(timeout=30)
    try:
        sale = services.sales.checkout(actor, request)
        results.put(("ok", sale.uuid))
    except PosError as exc:
        results.put((type(exc).__name__, exc.message))
    finally:
        db.dispose()


def deduct_after_barrier(
    url: str, barrier: Any, actor: Actor, customer_id: int, amount: str, results: Any
) -> None:
    db = Database(url)
    services = build_services(db, bcrypt_cost=10)
    db.ping()
    barrier.wait(timeout=30)
    try:
        movement = services.wallets.deduct(actor, customer_id, Decimal(amount), "race")
        results.put(("ok", str(movement.balance)))
    except PosError as exc:
        results.put((type(exc).__name__, exc.message))
    finally:
        db.dispose()


def refund_after_barrier(url: str, barrier: Any, actor: Actor, request: Any, results: Any) -> None:
    db = Database(url)
    services = build_services(db, bcrypt_cost=10)
    db.ping()
    barrier.wait(timeout=30)
    try:
        refund = services.refunds.refund(actor, request)
        results.put(("ok", str(refund.amount)))
    except PosError as exc:
        results.put((type(exc).__name__, exc.message))
    finally:
        db.dispose()
