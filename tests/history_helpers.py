"""A store with a little of every kind of history, made through the real services (and,
for the offline tables, rows as a sync writes them), for the append-only and audit chain
tests."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from conftest import People
from helpers import buy, new_customer, new_product

from pos_app.data.database import Database
from pos_app.data.models import Base, utcnow
from pos_app.services import Services
from pos_app.services.records import RefundRequest, ReturnLine

COUNTER = "Test counter"


@dataclass(frozen=True)
class History:
    customer_id: int
    product_id: int
    sale_id: int
    voided_sale_id: int
    wallet_id: int


def _offline_rows(db: Database, sale_id: int, manager_id: int) -> None:
    tables = Base.metadata.tables
    now = utcnow()
    with db.engine.begin() as connection:
        connection.execute(
            tables["offline_sales"].insert(),
            {
                "sale_id": sale_id,
                "counter_number": "T1-000001",
                "counter_created_at": now,
                "received_at": now,
                "oversold": False,
                "price_changed": True,
            },
        )
        conflict = connection.execute(
            tables["offline_conflicts"].insert(),
            {
                "sale_uuid": str(uuid.uuid4()),
                "counter_number": "T1-000002",
                "sale_id": sale_id,
                "reason": "sent again with other lines",
                "body": "{}",
                "received_at": now,
            },
        ).inserted_primary_key[0]
        for subject in ({"offline_sale_id": sale_id}, {"conflict_id": conflict}):
            connection.execute(
                tables["offline_resolutions"].insert(),
                {"resolved_by_id": manager_id, "resolved_at": now, "note": "checked"} | subject,
            )


def make_history(services: Services, people: People, db: Database) -> History:
    """A shift with a wallet sale, a voided sale, a refund and a paid-in, closed; the day
    closed; a top-up; offline rows. Every history table holds at least one row."""
    manager = people.manager
    customer = new_customer(services, manager, "johndoe", "50.00")
    product = new_product(services, manager, price="5.00", stock=10)
    services.shifts.open(people.cashier, {"20": 1}, counter=COUNTER)
    sale = buy(services, manager, customer.id, product.id, qty=2)
    voided = buy(services, manager, customer.id, product.id, qty=1)
    services.shifts.void(manager, voided.id, "rang up twice")
    services.refunds.refund(
        manager,
        RefundRequest(
            str(uuid.uuid4()),
            sale.id,
            (ReturnLine(sale.lines[0].line_id, 1),),
            "wallet",
            "Damaged",
            COUNTER,
        ),
    )
    services.shifts.paid_in(manager, "5.00", "change from the bank", counter=COUNTER)
    services.shifts.close(people.cashier, {"20": 1, "5": 1}, counter=COUNTER)
    services.end_of_day.close_day(manager, counted_cash="25.00", counter=COUNTER)
    _offline_rows(db, sale.id, manager.account_id)
    wallet = db.read(lambda tx: tx.wallets.of(customer.id))
    assert wallet is not None
    return History(customer.id, product.id, sale.id, voided.id, wallet.id)
