"""Offline selling, first slice (issue 15): the outbox in the counter's file and the sync
that sends each sale to the server exactly once, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import People
from helpers import new_customer, new_product
from outage_proxy import OutageProxy
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from pos_app.data.counter_file import CounterFile
from pos_app.data.database import Database
from pos_app.data.models import Product, Sale
from pos_app.data.outbox import Outbox, from_body
from pos_app.data.repositories.offline_sales import ServerSale
from pos_app.domain.errors import ConflictError, OutOfStockError, ValidationError
from pos_app.services import Services
from pos_app.services.offline import (
    REFUND_OFFLINE,
    STORE_CREDIT_OFFLINE,
    TOP_UP_OFFLINE,
    OfflineSalesService,
)
from pos_app.services.records import CartLine, CheckoutRequest

TESTS = Path(__file__).resolve().parent


def counter(db: Database, tmp_path: Path, name: str = "T1") -> OfflineSalesService:
    """The offline service of counter ``name``, on its own file (a new object each call,
    as after a restart), its copy of the catalogue brought up to date."""
    service = OfflineSalesService(db, CounterFile(tmp_path / f"{name}.sqlite"))
    assert service.refresh_catalogue().complete
    return service


def offline_cart(
    name: str, *lines: tuple[int, int, str], sale_uuid: str | None = None, **payment: object
) -> CheckoutRequest:
    return CheckoutRequest(
        sale_uuid=sale_uuid or str(uuid.uuid4()),
        lines=tuple(CartLine(pid, qty, Decimal(price)) for pid, qty, price in lines),
        counter=name,
        **payment,  # type: ignore[arg-type]
    )


def on_server(db: Database, sale_uuid: str) -> ServerSale | None:
    return db.read(lambda tx: tx.offline_sales.find(sale_uuid))


def sales_with(db: Database, sale_uuid: str) -> int:
    return int(
        db.read(lambda tx: tx.session.scalar(select(func.count()).where(Sale.uuid == sale_uuid)))
    )


def stock_of(db: Database, product_id: int) -> int:
    return int(
        db.read(lambda tx: tx.session.scalar(select(Product.stock).where(Product.id == product_id)))
    )


def test_offline_sales_reach_the_server_once_with_their_numbers(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    shirt = new_product(services, people.manager, price="19.99", stock=5)
    t1 = counter(db, tmp_path)
    first = t1.sell(people.cashier, offline_cart("T1", (shirt.id, 2, "19.99"), cash_tendered="50"))
    second = t1.sell(
        people.cashier, offline_cart("T1", (shirt.id, 1, "19.99"), card_amount="19.99")
    )
    assert (first.counter_number, second.counter_number) == ("T1-000001", "T1-000002")
    assert (first.total, first.change) == (Decimal("39.98"), Decimal("10.02"))
    assert t1.waiting_count() == 2
    assert stock_of(db, shirt.id) == 5  # nothing reached the server yet

    report = t1.sync_once()
    assert (report.sent, report.waiting, report.unreachable) == (2, 0, False)
    assert report.numbers == ["T1-000001", "T1-000002"]
    found = on_server(db, first.sale_uuid)
    assert found is not None
    assert (found.counter_number, found.total_cents, found.oversold) == ("T1-000001", 3998, False)
    assert found.payments == (("cash", 3998),)
    assert stock_of(db, shirt.id) == 2
    assert counter(db, tmp_path).sync_once().sent == 0  # nothing sent twice
    assert sales_with(db, first.sale_uuid) == sales_with(db, second.sale_uuid) == 1
    assert [s.state for s in t1.sales(None)] == ["synced", "synced"]


def test_numbers_are_gapless_across_a_restart_and_a_refusal(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    mug = new_product(services, people.manager, name="Mug", price="4.50", stock=9)
    counter(db, tmp_path).sell(people.cashier, offline_cart("T1", (mug.id, 1, "4.50")))
    customer = new_customer(services, people.manager, balance="20.00")
    with pytest.raises(ValidationError):
        counter(db, tmp_path).sell(
            people.cashier, offline_cart("T1", (mug.id, 1, "4.50"), customer_id=customer.id)
        )
    again = counter(db, tmp_path).sell(people.cashier, offline_cart("T1", (mug.id, 1, "4.50")))
    other = counter(db, tmp_path, "T2").sell(
        people.cashier, offline_cart("T2", (mug.id, 1, "4.50"))
    )
    assert again.counter_number == "T1-000002"
    assert other.counter_number == "T2-000001"


def test_store_credit_top_ups_and_refunds_wait_for_the_server(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    mug = new_product(services, people.manager, name="Mug", price="4.50", stock=9)
    customer = new_customer(services, people.manager, balance="20.00")
    t1 = counter(db, tmp_path)
    for payment in (
        {},
        {"wallet_amount": "4.50"},
        {"wallet_amount": "1.00", "card_amount": "3.50"},
    ):
        with pytest.raises(ValidationError) as refused:
            t1.sell(
                people.cashier,
                offline_cart("T1", (mug.id, 1, "4.50"), customer_id=customer.id, **payment),
            )
        assert str(refused.value) == STORE_CREDIT_OFFLINE
    with pytest.raises(ValidationError, match="Top-ups need the server") as top_up:
        t1.top_up(people.cashier)
    assert str(top_up.value) == TOP_UP_OFFLINE
    with pytest.raises(ValidationError) as refund:
        t1.refund(people.cashier)
    assert str(refund.value) == REFUND_OFFLINE
    assert t1.waiting_count() == 0
    # A customer paying cash is fine.
    sold = t1.sell(
        people.cashier,
        offline_cart("T1", (mug.id, 1, "4.50"), customer_id=customer.id, cash_tendered="5"),
    )
    assert sold.counter_number == "T1-000001"
    assert services.customers.get(people.manager, customer.id).balance == Decimal("20.00")


def test_a_price_change_during_the_outage_keeps_the_counters_price_flagged(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    shirt = new_product(services, people.manager, price="19.99", stock=5)
    t1 = counter(db, tmp_path)
    sold = t1.sell(people.cashier, offline_cart("T1", (shirt.id, 1, "19.99")))
    services.inventory.update(people.manager, shirt.id, {"price": Decimal("24.99")})
    assert t1.sync_once().price_changed == 1
    found = on_server(db, sold.sale_uuid)
    assert found is not None and found.price_changed and not found.oversold
    assert found.lines == ((shirt.id, 1, 1999, 1999),) and found.total_cents == 1999
    assert t1.flagged(people.manager) == [("T1-000001", sold.sale_uuid, False, True)]


def test_the_last_unit_sold_offline_at_two_counters(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    lamp = new_product(services, people.manager, name="Lamp", price="30.00", stock=1)
    sold = [
        counter(db, tmp_path, name).sell(people.cashier, offline_cart(name, (lamp.id, 1, "30.00")))
        for name in ("T1", "T2")
    ]
    assert counter(db, tmp_path, "T1").sync_once().oversold == 0
    assert counter(db, tmp_path, "T2").sync_once().oversold == 1
    found = [on_server(db, s.sale_uuid) for s in sold]
    assert [f.oversold if f else None for f in found] == [False, True]
    assert stock_of(db, lamp.id) == -1
    # Online, it is out of stock and stays at -1.
    with pytest.raises(OutOfStockError):
        services.sales.checkout(
            people.cashier,
            CheckoutRequest(str(uuid.uuid4()), (CartLine(lamp.id, 1),), counter="T3"),
        )
    assert stock_of(db, lamp.id) == -1


def test_a_delivery_smaller_than_what_was_oversold_goes_in(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    lamp = new_product(services, people.manager, name="Lamp", price="30.00", stock=0)
    till = counter(db, tmp_path, "T1")
    till.sell(people.cashier, offline_cart("T1", (lamp.id, 3, "30.00")))
    assert till.sync_once().oversold == 1
    assert stock_of(db, lamp.id) == -3
    assert services.inventory.restock(people.manager, lamp.id, 1, "First box").stock == -2
    with pytest.raises(OutOfStockError):  # nothing can be taken while it is below zero
        services.inventory.deduct_one(people.manager, lamp.id, "Broken")
    assert services.inventory.restock(people.manager, lamp.id, 5).stock == 3
    assert stock_of(db, lamp.id) == 3


def test_online_sales_still_cannot_take_stock_below_zero(
    db: Database, services: Services, people: People
) -> None:
    cup = new_product(services, people.manager, name="Cup", price="2.00", stock=1)
    with pytest.raises(OutOfStockError):
        services.sales.checkout(
            people.cashier, CheckoutRequest(str(uuid.uuid4()), (CartLine(cup.id, 2),), counter="T1")
        )
    assert stock_of(db, cup.id) == 1
    # The database itself refuses it for a product no offline sale oversold.
    with pytest.raises(ConflictError) as refused:
        db.write(
            lambda tx: tx.session.execute(
                text(f"UPDATE products SET stock = -1 WHERE id = {cup.id}")
            )
        )
    assert "ck_products_stock_oversold_only" in str(refused.value.__cause__)
    assert stock_of(db, cup.id) == 1


def test_the_server_saved_the_sale_but_the_answer_was_lost(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    """The send reached the server and committed; the counter never learnt it (its
    answer was lost, or the counter died first). The next sync asks by UUID."""
    mug = new_product(services, people.manager, name="Mug", price="4.50", stock=9)
    t1 = counter(db, tmp_path)
    sold = t1.sell(people.cashier, offline_cart("T1", (mug.id, 2, "4.50")))
    box = Outbox(CounterFile(tmp_path / "T1.sqlite"))
    (row,) = box.rows()
    box.attempt(row.seq)
    db.write(lambda tx: tx.sale_writer.write(from_body(row.body)), one_statement=True)

    report = t1.sync_once()
    assert (report.sent, report.already_there, report.waiting) == (0, 1, 0)
    assert sales_with(db, sold.sale_uuid) == 1
    assert stock_of(db, mug.id) == 7


def test_a_uuid_with_other_content_is_a_conflict_and_a_bad_sale_blocks_nothing(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    mug = new_product(services, people.manager, name="Mug", price="4.50", stock=9)
    online = services.sales.checkout(
        people.cashier, CheckoutRequest(str(uuid.uuid4()), (CartLine(mug.id, 1),), counter="T1")
    )
    leaving = new_customer(services, people.manager, username="leaving")
    t1 = counter(db, tmp_path)
    t1.sell(people.cashier, offline_cart("T1", (mug.id, 3, "4.50"), sale_uuid=online.uuid))
    t1.sell(  # the server refuses it: the customer is deactivated before it arrives
        people.cashier,
        offline_cart("T1", (mug.id, 1, "4.50"), customer_id=leaving.id, cash_tendered="5"),
    )
    services.customers.delete(people.manager, leaving.id)
    behind = t1.sell(people.cashier, offline_cart("T1", (mug.id, 1, "4.50")))

    report = t1.sync_once()
    assert (report.conflicts, report.set_aside, report.sent, report.waiting) == (1, 1, 1, 0)
    assert sales_with(db, online.uuid) == 1
    assert on_server(db, behind.sale_uuid) is not None
    (conflict,) = t1.conflicts(people.manager)
    assert conflict[:2] == ("T1-000001", online.uuid)
    assert "other content" in conflict[2]
    states = [(s.counter_number, s.state) for s in t1.sales(None)]
    assert states == [
        ("T1-000001", "conflict"),
        ("T1-000002", "set_aside"),
        ("T1-000003", "synced"),
    ]
    assert stock_of(db, mug.id) == 7


def test_two_sync_workers_at_once_never_send_a_sale_twice(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    mug = new_product(services, people.manager, name="Mug", price="4.50", stock=100)
    sold = [
        counter(db, tmp_path).sell(people.cashier, offline_cart("T1", (mug.id, 1, "4.50")))
        for _ in range(12)
    ]
    # While one holds the file's claim, another sends nothing.
    box = Outbox(CounterFile(tmp_path / "T1.sqlite"))
    assert box.claim("elsewhere", 60)
    busy = counter(db, tmp_path).sync_once()
    assert busy.busy and busy.sent == 0 and busy.waiting == 12
    box.release("elsewhere")

    reports = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            service = counter(db, tmp_path)  # its own file object, as a second process
            while service.waiting_count():
                reports.append(service.sync_once(max_sales=2))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sum(r.sent for r in reports) == 12
    assert sum(r.already_there for r in reports) == 0
    assert all(sales_with(db, s.sale_uuid) == 1 for s in sold)
    assert stock_of(db, mug.id) == 88


def test_a_crash_in_the_middle_of_a_sync(
    db_url: str, db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    """A sync process killed (-9) right after the server committed its third sale, before
    it noted any: the next sync takes over its claim, asks by UUID for each sale counted
    as attempted, finds three, and sends the rest once."""
    mug = new_product(services, people.manager, name="Mug", price="4.50", stock=100)
    sold = [
        counter(db, tmp_path).sell(people.cashier, offline_cart("T1", (mug.id, 1, "4.50")))
        for _ in range(6)
    ]
    env = {**os.environ, "PYTHONPATH": str(TESTS.parent)}
    killed = subprocess.run(
        [
            sys.executable,
            str(TESTS / "offline_workers.py"),
            db_url,
            str(tmp_path / "T1.sqlite"),
            "3",
        ],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert killed.returncode == -9, killed.stderr.decode()
    # The chunk's sales are noted synced together at its end: none was.
    assert counter(db, tmp_path).waiting_count() == 6

    report = counter(db, tmp_path).sync_once()
    assert (report.already_there, report.sent, report.waiting) == (3, 3, 0)
    assert all(sales_with(db, s.sale_uuid) == 1 for s in sold)
    assert stock_of(db, mug.id) == 94


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_the_answer_is_lost_on_the_wire(
    db_url: str,
    db: Database,
    services: Services,
    people: People,
    relay: OutageProxy,
    tmp_path: Path,
) -> None:
    """PostgreSQL through a relay that cuts the connection once the server has committed
    the sale and before its answer reaches the counter; the server then stays away."""
    mug = new_product(services, people.manager, name="Mug", price="4.50", stock=9)
    via_relay = Database(make_url(db_url).set(host="127.0.0.1", port=relay.port))
    try:
        t1 = OfflineSalesService(via_relay, CounterFile(tmp_path / "T1.sqlite"))
        assert t1.refresh_catalogue().complete
        first = t1.sell(people.cashier, offline_cart("T1", (mug.id, 1, "4.50")))
        second = t1.sell(people.cashier, offline_cart("T1", (mug.id, 2, "4.50")))
        relay.trip(first.sale_uuid.encode(), "answer_lost")
        cut = t1.sync_once()
        assert relay.tripped.is_set()
        assert cut.unreachable and (cut.sent, cut.waiting) == (0, 2)
        assert sales_with(db, first.sale_uuid) == 1  # it did land
        assert t1.sales()[0].attempts == 1
        relay.up()
        back = t1.sync_once()
        assert (back.already_there, back.sent, back.waiting) == (1, 1, 0)
        assert sales_with(db, first.sale_uuid) == sales_with(db, second.sale_uuid) == 1
        assert stock_of(db, mug.id) == 6
    finally:
        via_relay.dispose()
