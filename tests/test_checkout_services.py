"""Checkout-side services on both backends: split and cash payments, returns with a
manager's override, the Z report against the database's own sums, parked carts."""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import psycopg
import pytest
import race_workers
from conftest import STAFF_PASSWORD, People
from helpers import buy, cart, new_customer, new_product
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from test_concurrency import race

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.data.repositories.sale_writer import (
    RECORD_SALE_CALL,
    SaleLineWrite,
    SaleRefused,
    SaleWrite,
)
from pos_app.data.transaction import Transaction
from pos_app.domain.enums import PaymentMethod, RefundMethod
from pos_app.domain.errors import (
    AuthenticationError,
    ConflictError,
    InsufficientFundsError,
    NotFoundError,
    OutOfStockError,
    PermissionDeniedError,
    PosError,
    ValidationError,
)
from pos_app.services import Services
from pos_app.services.records import (
    CartLine,
    CheckoutRequest,
    ManagerOverride,
    RefundRequest,
    ReturnLine,
    Sale,
)
from pos_app.services.sales import SalesService


def refund_request(sale_id: int, *lines: tuple[int, int], method: str = "wallet") -> RefundRequest:
    return RefundRequest(
        refund_uuid=str(uuid.uuid4()),
        sale_id=sale_id,
        lines=tuple(ReturnLine(line_id, qty) for line_id, qty in lines),
        method=method,
        reason="Damaged",
        counter="Test counter",  # the counter helpers.cart() rings sales up at
    )


def test_cash_and_split_payments_record_tendered_and_change(
    services: Services, people: People
) -> None:
    customer = new_customer(services, people.cashier, "johndoe", "5.00")
    product = new_product(services, people.manager, price="7.50", stock=10)
    cash = services.sales.checkout(
        people.cashier, cart((product.id, 2), cash_tendered=Decimal("20"))
    )
    assert cash.customer_id is None
    assert cash.payments[0].method is PaymentMethod.CASH
    assert (cash.payments[0].amount, cash.payments[0].tendered, cash.payments[0].change) == (
        Decimal("15.00"),
        Decimal("20.00"),
        Decimal("5.00"),
    )
    split = services.sales.checkout(
        people.cashier,
        cart(
            (product.id, 1),
            customer_id=customer.id,
            wallet_amount=Decimal("5.00"),
            cash_tendered=Decimal("3.00"),
        ),
    )
    assert split.paid_by(PaymentMethod.WALLET) == Decimal("5.00")
    assert split.paid_by(PaymentMethod.CASH) == Decimal("2.50")
    assert split.payments[1].change == Decimal("0.50")
    assert split.wallet_balance_after == Decimal("0.00")
    with pytest.raises(ValidationError, match="does not cover"):
        services.sales.checkout(people.cashier, cart((product.id, 1), cash_tendered=Decimal("1")))
    with pytest.raises(ValidationError, match="Attach a customer"):
        services.sales.checkout(people.cashier, cart((product.id, 1), wallet_amount=Decimal("1")))


def test_a_stale_price_in_the_cart_is_refused(services: Services, people: People) -> None:
    product = new_product(services, people.manager, price="7.50", stock=10)
    services.inventory.update(people.manager, product.id, {"price": "8.00"})
    request = cart((product.id, 1), cash_tendered=Decimal("10"))
    stale = type(request)(
        **{**request.__dict__, "lines": (CartLine(product.id, 1, Decimal("7.50")),)}
    )
    with pytest.raises(Exception, match=r"changed from 7\.50 to 8\.00"):
        services.sales.checkout(people.cashier, stale)
    assert services.inventory.get(people.manager, product.id).stock == 10


def test_return_restores_stock_and_wallet_and_cannot_exceed_what_was_sold(
    services: Services, people: People, db: Database
) -> None:
    customer = new_customer(services, people.cashier, "johndoe", "50.00")
    product = new_product(services, people.manager, price="10.00", stock=5)
    sale = buy(services, people.cashier, customer.id, product.id, qty=3)
    line_id = sale.lines[0].line_id
    refund = services.refunds.refund(people.manager, refund_request(sale.id, (line_id, 2)))
    assert refund.amount == Decimal("20.00")
    assert refund.authorised_by == people.manager.username
    assert refund.wallet_balance_after == Decimal("40.00")
    assert services.wallets.balance(people.manager, customer.id) == Decimal("40.00")
    assert services.inventory.get(people.manager, product.id).stock == 4
    with pytest.raises(ValidationError, match="Only 1 of Green T-Shirt can still be returned"):
        services.refunds.refund(people.manager, refund_request(sale.id, (line_id, 2)))
    assert services.inventory.get(people.manager, product.id).stock == 4
    again = services.sales.find_sale(people.manager, sale.uuid)
    assert again is not None
    assert (again.lines[0].returned, again.lines[0].returnable) == (2, 1)
    assert (again.refunded, again.net) == (Decimal("20.00"), Decimal("10.00"))
    kinds = [e.kind.value for e in services.wallets.ledger(people.manager, customer.id).items]
    assert kinds[0] == "refund"


def test_a_cashier_refunds_only_with_a_managers_credentials(
    services: Services, people: People, db: Database
) -> None:
    product = new_product(services, people.manager, price="4.00", stock=5)
    sale = services.sales.checkout(
        people.cashier, cart((product.id, 2), cash_tendered=Decimal("8"))
    )
    line = sale.lines[0].line_id
    with pytest.raises(PermissionDeniedError, match="manager must authorise"):
        services.refunds.refund(people.cashier, refund_request(sale.id, (line, 1), method="cash"))
    with pytest.raises(AuthenticationError):
        services.refunds.refund(
            people.cashier,
            refund_request(sale.id, (line, 1), method="cash"),
            ManagerOverride(people.manager.username, "wrong-password"),
        )
    with pytest.raises(PermissionDeniedError, match="not a manager"):
        services.refunds.refund(
            people.cashier,
            refund_request(sale.id, (line, 1), method="cash"),
            ManagerOverride(people.cashier.username, STAFF_PASSWORD),
        )
    with pytest.raises(ValidationError, match="walk-in"):
        services.refunds.refund(
            people.cashier,
            refund_request(sale.id, (line, 1), method="wallet"),
            ManagerOverride(people.manager.username, STAFF_PASSWORD),
        )
    assert db.read(lambda s: s.session.scalar(select(func.count()).select_from(models.Refund))) == 0
    refund = services.refunds.refund(
        people.cashier,
        refund_request(sale.id, (line, 1), method="cash"),
        ManagerOverride(people.manager.username, STAFF_PASSWORD),
    )
    assert (refund.cashier_username, refund.authorised_by) == ("cashier1", "manager1")
    assert refund.method is RefundMethod.CASH
    assert (
        repr(ManagerOverride("manager1", STAFF_PASSWORD))
        == "ManagerOverride(username='manager1', password='***')"
    )


def test_the_same_refund_sent_twice_refunds_once(services: Services, people: People) -> None:
    customer = new_customer(services, people.cashier, "johndoe", "50.00")
    product = new_product(services, people.manager, price="10.00", stock=5)
    sale = buy(services, people.cashier, customer.id, product.id, qty=2)
    request = refund_request(sale.id, (sale.lines[0].line_id, 1))
    first = services.refunds.refund(people.manager, request)
    second = services.refunds.refund(people.manager, request)
    assert first.id == second.id
    assert services.wallets.balance(people.manager, customer.id) == Decimal("40.00")


@pytest.mark.slow
def test_concurrent_returns_of_one_line_cannot_exceed_what_was_sold(
    db_url: str, services: Services, people: People
) -> None:
    customer = new_customer(services, people.cashier, "johndoe", "50.00")
    product = new_product(services, people.manager, price="10.00", stock=5)
    sale = buy(services, people.cashier, customer.id, product.id, qty=3)
    line = sale.lines[0].line_id
    outcomes = race(
        race_workers.refund_after_barrier,
        [(db_url, people.manager, refund_request(sale.id, (line, 2))) for _ in range(3)],
    )
    assert sorted(kind for kind, _ in outcomes) == ["ValidationError", "ValidationError", "ok"]
    assert services.wallets.balance(people.manager, customer.id) == Decimal("40.00")
    assert services.inventory.get(people.manager, product.id).stock == 4


def test_z_report_equals_the_sums_in_the_database(
    services: Services, people: People, db: Database
) -> None:
    customer = new_customer(services, people.cashier, "johndoe", "100.00")
    product = new_product(services, people.manager, price="10.00", stock=50)
    buy(services, people.cashier, customer.id, product.id, qty=2)  # wallet 20
    services.sales.checkout(people.cashier, cart((product.id, 3), cash_tendered=Decimal("50")))
    split = services.sales.checkout(
        people.cashier,
        cart(
            (product.id, 1),
            customer_id=customer.id,
            wallet_amount=Decimal("4"),
            cash_tendered=Decimal("6"),
        ),
    )
    services.refunds.refund(
        people.manager, refund_request(split.id, (split.lines[0].line_id, 1), method="cash")
    )
    since = datetime.now(UTC) - timedelta(hours=1)
    until = datetime.now(UTC) + timedelta(hours=1)
    report = services.end_of_day.z_report(
        people.manager, since, until, counter="Test counter", opening_float="100.00"
    )

    def sums(tx: object) -> tuple[int, int, int]:
        session = tx.session  # type: ignore[attr-defined]
        gross = session.scalar(select(func.sum(models.Sale.total_cents)))
        cash = session.scalar(
            select(func.sum(models.SalePayment.amount_cents)).where(
                models.SalePayment.method == "cash"
            )
        )
        refunds = session.scalar(select(func.sum(models.Refund.amount_cents)))
        return int(gross), int(cash), int(refunds)

    gross, cash, refunds = db.read(sums)
    assert report.sales_count == 3
    assert report.gross == Decimal(gross) / 100 == Decimal("60.00")
    assert report.cash_sales == Decimal(cash) / 100 == Decimal("36.00")
    assert report.wallet_sales == Decimal("24.00")
    assert report.refunds == Decimal(refunds) / 100 == Decimal("10.00")
    assert report.net == Decimal("50.00")
    assert report.expected_cash == Decimal("100.00") + Decimal("36.00") - Decimal("10.00")
    other = services.end_of_day.z_report(people.manager, since, until, counter="Elsewhere")
    assert other.sales_count == 0
    closed = services.end_of_day.close_day(
        people.manager,
        counter="Test counter",
        opening_float="100.00",
        counted_cash="125.50",
    )
    assert closed.difference == Decimal("-0.50")
    assert closed.closed_by == "manager1"
    assert (
        db.read(lambda s: s.session.scalar(select(func.count()).select_from(models.DayClosing)))
        == 1
    )
    with pytest.raises(PermissionDeniedError):
        services.end_of_day.close_day(people.cashier, counted_cash="1.00")


def test_parked_carts_are_kept_per_counter_until_resumed(
    services: Services, people: People
) -> None:
    customer = new_customer(services, people.cashier, "johndoe")
    product = new_product(services, people.manager, price="3.00", stock=5)
    lines = (CartLine(product.id, 2, Decimal("3.00")),)
    parked = services.parked.park(
        people.cashier, "Counter 1", lines, customer_id=customer.id, label="Blue coat"
    )
    services.parked.park(people.cashier, "Counter 2", lines)
    mine = services.parked.list(people.cashier, "Counter 1")
    assert [(c.id, c.label, c.customer_username, c.lines) for c in mine] == [
        (parked.id, "Blue coat", "johndoe", lines)
    ]
    resumed = services.parked.resume(people.cashier, parked.id)
    assert resumed.lines == lines
    assert services.parked.list(people.cashier, "Counter 1") == []
    with pytest.raises(Exception, match="already resumed"):
        services.parked.resume(people.cashier, parked.id)
    with pytest.raises(ValidationError, match="empty"):
        services.parked.park(people.cashier, "Counter 1", ())


def test_the_sale_a_checkout_returns_is_the_sale_read_back(
    services: Services, people: People
) -> None:
    """Checkout answers from what it wrote (on PostgreSQL from one call of
    pos_record_sale) instead of reading the sale back; both must agree to the cent."""
    customer = new_customer(services, people.cashier, "janedoe", "10.00")
    first = new_product(services, people.manager, name="Mug", price="3.25", stock=5)
    second = new_product(services, people.manager, name="Tea", price="4.10", stock=5)
    sold = services.sales.checkout(
        people.cashier,
        cart(
            (second.id, 2),
            (first.id, 1),
            customer_id=customer.id,
            wallet_amount=Decimal("10.00"),
            cash_tendered=Decimal("5.00"),
        ),
    )
    assert services.sales.get(people.manager, sold.id) == sold
    assert [line.product_id for line in sold.lines] == sorted([first.id, second.id])
    assert sold.total == Decimal("11.45")
    assert sold.wallet_balance_after == Decimal("0.00")
    assert sold.paid_by(PaymentMethod.CASH) == Decimal("1.45")
    audit = services.audit.search(people.admin, action="sale").items
    assert [(e.detail, e.record_id, e.actor_username, e.counter) for e in audit] == [
        (
            f"sale {sold.id}: 11.45 (wallet 10.00, cash 1.45)",
            sold.uuid,
            people.cashier.username,
            people.cashier.counter,
        )
    ]


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_connection_that_died_in_the_pool_is_replaced_and_the_sale_sent_once(
    db: Database, services: Services, people: People, caplog: pytest.LogCaptureFixture
) -> None:
    """The sale path skips the pool's ping: a connection the server ended while it sat in
    the pool (a restart, an idle timeout) fails, and the sale, which its UUID makes safe
    to send twice, goes once more on a new connection. The cashier sees one sale."""
    product = new_product(services, people.manager, price="2.00", stock=5)
    for priced in (False, True):  # a read first (pos-admin), or the write straight away
        request = cart((product.id, 1), cash_tendered=Decimal("2"))
        services.sales.checkout(
            people.cashier, cart((product.id, 1), cash_tendered=Decimal("2"))
        )  # leaves a connection in the pool
        with db.engine.connect() as conn:
            ended = conn.exec_driver_sql(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            ).scalar_one()
        assert ended >= 1
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="pos_app.data.database"):
            sold = services.sales.checkout(
                people.cashier, _shown_prices(request, "2.00") if priced else request
            )
        assert "sending again on a new one" in caplog.text
        assert services.sales.get(people.manager, sold.id) == sold
    assert services.inventory.get(people.manager, product.id).stock == 1
    assert services.sales.history(people.manager).total == 4


def _shown_prices(request: CheckoutRequest, *prices: str) -> CheckoutRequest:
    """The cart as the checkout screen sends it: each line at the price it showed."""
    lines = tuple(
        CartLine(line.product_id, line.quantity, Decimal(price))
        for line, price in zip(request.lines, prices, strict=True)
    )
    return replace(request, lines=lines)


REFUSALS = {
    "price changed": (
        lambda s, p, product, customer: s.inventory.update(
            p.manager, product.id, {"price": "6.00"}
        ),
        ConflictError,
        r"The price of Lamp changed from 5\.00 to 6\.00; check the cart",
    ),
    "no longer sold": (
        lambda s, p, product, customer: s.inventory.update(
            p.manager, product.id, {"active": False}
        ),
        ValidationError,
        r"Lamp is no longer sold",
    ),
    "sold out": (
        lambda s, p, product, customer: s.sales.checkout(
            p.cashier, cart((product.id, 2), cash_tendered=Decimal("10"))
        ),
        OutOfStockError,
        r"Lamp",
    ),
    "customer deactivated": (  # a customer with purchases is kept, deactivated
        lambda s, p, product, customer: (
            buy(s, p.cashier, customer.id, product.id),
            s.customers.delete(p.manager, customer.id),
        ),
        ValidationError,
        r"Customer 'shopper' is deactivated",
    ),
    "customer deleted": (  # no purchases, no wallet history: really deleted
        lambda s, p, product, customer: s.customers.delete(p.manager, customer.id),
        NotFoundError,
        r"Customer #\d+ not found",
    ),
    "wallet spent": (
        lambda s, p, product, customer: s.wallets.deduct(
            p.manager, customer.id, Decimal("4.00"), "Correction"
        ),
        InsufficientFundsError,
        r"balance 2\.00, total 5\.00",
    ),
}


@pytest.mark.parametrize("change", sorted(REFUSALS))
def test_a_cart_the_world_changed_under_is_refused_and_nothing_is_written(
    db: Database, services: Services, people: People, change: str
) -> None:
    """The counter sends the prices it showed; whatever changed since the items went into
    the cart (on PostgreSQL found by pos_record_sale itself), the cashier reads why, and
    no stock, wallet, sale, ledger or audit row moves."""
    product = new_product(services, people.manager, name="Lamp", price="5.00", stock=2)
    if change == "customer deleted":
        customer = new_customer(services, people.cashier, "newcomer")
        request = cart((product.id, 1), customer_id=customer.id, cash_tendered=Decimal("5"))
    else:
        customer = new_customer(services, people.cashier, "shopper", "6.00")
        request = cart((product.id, 1), customer_id=customer.id)
    request = _shown_prices(request, "5.00")
    act, error, message = REFUSALS[change]
    act(services, people, product, customer)
    tables = (
        models.Sale,
        models.SaleLine,
        models.SalePayment,
        models.StockMovement,
        models.WalletEntry,
        models.AuditEntry,
    )
    before = [
        db.read(lambda tx, t=t: tx.session.scalar(select(func.count()).select_from(t)))
        for t in tables
    ]
    stock = db.read(lambda tx: tx.session.get(models.Product, product.id).stock)
    with pytest.raises(error, match=message):
        services.sales.checkout(people.cashier, request)
    after = [
        db.read(lambda tx, t=t: tx.session.scalar(select(func.count()).select_from(t)))
        for t in tables
    ]
    assert after == before  # not a row more: no sale, line, payment, movement, entry, audit
    assert db.read(lambda tx: tx.session.get(models.Product, product.id).stock) == stock


def test_a_cart_at_the_prices_shown_is_charged_those_prices(
    services: Services, people: People
) -> None:
    customer = new_customer(services, people.cashier, "shopper", "20.00")
    lamp = new_product(services, people.manager, name="Lamp", price="5.00", stock=4)
    bulb = new_product(services, people.manager, name="Bulb", price="1.25", stock=9)
    request = _shown_prices(
        cart((bulb.id, 3), (lamp.id, 2), customer_id=customer.id), "1.25", "5.00"
    )
    sold = services.sales.checkout(people.cashier, request)
    assert sold.total == Decimal("13.75")
    assert [(line.product_name, line.quantity) for line in sold.lines] == sorted(
        [("Lamp", 2), ("Bulb", 3)], key=lambda pair: (lamp.id, bulb.id)[pair[0] == "Bulb"]
    )
    assert sold.customer_username == "shopper"
    assert sold.wallet_balance_after == Decimal("6.25")
    assert services.sales.get(people.manager, sold.id) == sold
    assert services.inventory.get(people.manager, lamp.id).stock == 2
    assert services.inventory.get(people.manager, bulb.id).stock == 6


def test_a_resend_returns_the_first_sale_whatever_changed_since(
    services: Services, people: People
) -> None:
    """A counter that lost the answer sends the same sale again: it gets the sale recorded
    the first time even after the price went up and the customer was deactivated."""
    customer = new_customer(services, people.cashier, "regular", "9.00")
    product = new_product(services, people.manager, name="Lamp", price="5.00", stock=3)
    request = _shown_prices(cart((product.id, 1), customer_id=customer.id), "5.00")
    first = services.sales.checkout(people.cashier, request)
    services.inventory.update(people.manager, product.id, {"price": "6.00"})
    assert services.sales.checkout(people.cashier, request).id == first.id
    assert not services.customers.delete(people.manager, customer.id).deleted
    again = services.sales.checkout(people.cashier, request)
    assert (again.id, again.total, again.wallet_balance_after) == (
        first.id,
        Decimal("5.00"),
        Decimal("4.00"),
    )
    assert services.inventory.get(people.manager, product.id).stock == 2
    assert services.wallets.balance(people.manager, customer.id) == Decimal("4.00")


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_asking_for_a_sale_still_running_on_the_server_waits_for_its_end(
    db_url: str, services: Services, people: People
) -> None:
    """The server commits a pos_record_sale call on its own, even if the counter that
    sent it is gone. A counter that lost the answer and asks for the sale must not be
    told "absent" while that call, here held up by another counter's row lock, may
    still commit: the lookup waits for it and then finds the sale."""
    product = new_product(services, people.manager, price="3.00", stock=5)
    request = _shown_prices(cart((product.id, 1), cash_tendered=Decimal("3")), "3.00")
    outcome: dict[str, object] = {}
    conninfo = make_url(db_url).set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(conninfo) as holder, psycopg.connect(conninfo, autocommit=True) as spy:
        holder.execute("SELECT stock FROM products WHERE id = %s FOR UPDATE", (product.id,))
        sale = threading.Thread(
            target=lambda: outcome.update(sale=services.sales.checkout(people.cashier, request))
        )
        sale.start()
        assert _soon(lambda: _waiting_on_a_lock(spy)), "the sale never reached the product"
        lookup = threading.Thread(
            target=lambda: outcome.update(
                found=services.sales.find_sale(people.cashier, request.sale_uuid)
            )
        )
        lookup.start()
        assert _soon(lambda: _waiting_on_a_lock(spy, "advisory")), "the lookup did not wait"
        assert lookup.is_alive() and "found" not in outcome
        holder.rollback()  # the other counter lets go of the product
    sale.join(timeout=10)
    lookup.join(timeout=10)
    sold = outcome["sale"]
    found = outcome["found"]
    assert isinstance(sold, Sale) and isinstance(found, Sale)
    assert found.id == sold.id


def _soon(condition: Callable[[], bool], seconds: float = 10) -> bool:
    """Whether ``condition`` holds within ``seconds`` (asked every 50 ms)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def _waiting_on_a_lock(spy: psycopg.Connection[Any], kind: str | None = None) -> bool:
    """Whether another session of this database waits on a lock (of that kind)."""
    row = spy.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
        "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid() "
        "AND (%s::text IS NULL OR wait_event = %s)",
        (kind, kind),
    ).fetchone()
    return bool(row and row[0])


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_refusal_that_another_counter_undoes_at_once_is_sent_again(
    services: Services, people: People, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last mug is sold out when the sale reaches the server; before the service has
    read why, another counter's return puts one back. Nothing was written and the UUID
    makes a second send safe, so the cashier sees the sale completed, not a puzzle."""
    product = new_product(services, people.manager, name="Mug", price="4.00", stock=0)
    explain = SalesService._refusal
    restocked: list[bool] = []

    def another_counter_restocks_first(
        tx: Transaction, plan: SaleWrite, refused: SaleRefused
    ) -> PosError | None:
        if not restocked:  # a real write, on its own connection, committed before we read
            services.inventory.restock(people.manager, product.id, 1, "Return to shelf")
            restocked.append(True)
        return explain(tx, plan, refused)

    monkeypatch.setattr(SalesService, "_refusal", staticmethod(another_counter_restocks_first))
    request = _shown_prices(cart((product.id, 1), cash_tendered=Decimal("4")), "4.00")
    sold = services.sales.checkout(people.cashier, request)
    assert restocked and sold.total == Decimal("4.00")
    assert services.inventory.get(people.manager, product.id).stock == 0
    assert services.sales.history(people.manager).total == 1


def _pricing(lines: list[tuple[int, int]], version: int, tax_cents: int = 0) -> str:
    """The JSON pricing argument of ``pos_record_sale`` for untaxed lines of one unit,
    priced at the pricing ``version``."""
    plan = SaleWrite(
        uuid="", customer_id=None, cashier_id=None, counter="", created_at=datetime.now(UTC),
        total_cents=sum(price for _, price in lines),
        lines=tuple(SaleLineWrite(product, 1, price) for product, price in lines),
        wallet_cents=0, cash_cents=0, tendered_cents=None, card_cents=0, card_reference="",
        actor_username="", actor_counter="", audit_detail="", pricing_version=version,
    )  # fmt: skip
    pricing = plan.pricing()
    pricing["tax_cents"] = tax_cents
    return json.dumps(pricing)


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_pos_record_sale_refuses_an_inconsistent_sale_whoever_calls_it(
    db: Database, services: Services, people: People
) -> None:
    """The function is callable by anyone with the app role, so it checks again what the
    service guarantees: lines in product order adding up to the total, payments that
    cover it. Each bad call is refused by name and writes nothing."""
    first = new_product(services, people.manager, name="A", price="1.00", stock=5)
    second = new_product(services, people.manager, name="B", price="2.00", stock=5)
    version = db.read(lambda tx: tx.pricing.version())
    good = {
        "uuid": str(uuid.uuid4()),
        "customer_id": None,
        "cashier_id": people.cashier.account_id,
        "counter": "T",
        "created_at": datetime.now(UTC),
        "total": 300,
        "product_ids": [first.id, second.id],
        "quantities": [1, 1],
        "prices": [100, 200],
        "wallet": 0,
        "cash": 300,
        "tendered": 300,
        "card": 0,
        "card_reference": None,
        "actor_username": "cashier1",
        "actor_counter": "T",
        "audit_detail": "x",
        "pricing": _pricing([(first.id, 100), (second.id, 200)], version),
    }
    bad = {
        "empty": {"product_ids": [], "quantities": [], "prices": [], "total": 0, "cash": 0},
        "out of order": {
            "product_ids": [second.id, first.id],
            "prices": [200, 100],
            "pricing": _pricing([(second.id, 200), (first.id, 100)], version),
        },
        "total": {"total": 299, "cash": 299, "tendered": 299},
        "payments": {"cash": 200},
        "tendered": {"tendered": 250},
        "wallet without customer": {"wallet": 300, "cash": 0},
        "lengths": {"quantities": [1]},
        "card and cash more than the total": {"card": 100},
        "negative card": {"card": -100, "cash": 400, "tendered": 400},
        "long card reference": {"card": 300, "cash": 0, "card_reference": "1" * 65},
        "pricing of one line for two": {"pricing": _pricing([(first.id, 100)], version)},
        "net and tax not the total": {
            "pricing": _pricing([(first.id, 100), (second.id, 200)], version, tax_cents=1)
        },
    }
    for name, change in bad.items():
        with (
            pytest.raises(IntegrityError, match="pos_record_sale") as refused,
            db.engine.connect() as conn,
        ):
            conn.exec_driver_sql(RECORD_SALE_CALL, {**good, **change})
        diag = getattr(refused.value.orig, "diag", None)
        assert getattr(diag, "constraint_name", None) == "pos_record_sale_arguments", name
    with db.engine.begin() as conn:
        conn.exec_driver_sql(RECORD_SALE_CALL, good)
    assert services.sales.history(people.manager).total == 1
    assert services.inventory.get(people.manager, first.id).stock == 4
