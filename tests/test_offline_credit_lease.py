"""Store credit offline by a lease (issue 15), on SQLite and PostgreSQL: a counter that can
reach the server reserves a customer's allowance; offline it takes store credit up to what
remains of it; at sync the debit consumes the lease; online spending never eats into it."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import People
from helpers import consent_for, new_customer, new_product
from sqlalchemy import select, update

from pos_app.data.counter_file import CounterFile
from pos_app.data.database import Database
from pos_app.data.lease_models import CreditLease
from pos_app.data.models import Wallet, WalletEntry
from pos_app.data.transaction import Transaction
from pos_app.domain.errors import ConflictError, InsufficientFundsError, ValidationError
from pos_app.domain.money import format_money
from pos_app.services import Services
from pos_app.services.credit_lease import RELEASE_GRACE, CreditLeases
from pos_app.services.offline import STORE_CREDIT_OFFLINE, OfflineSalesService
from pos_app.services.records import CartLine, CheckoutRequest


def counter(db: Database, tmp_path: Path, name: str = "T1") -> OfflineSalesService:
    """Counter ``name``'s offline service on its own file, its catalogue copy current."""
    service = OfflineSalesService(db, CounterFile(tmp_path / f"{name}.sqlite"))
    assert service.refresh_catalogue().complete
    return service


def cart(
    name: str, customer_id: int | None, *lines: tuple[int, int, str], **pay: object
) -> CheckoutRequest:
    return CheckoutRequest(
        sale_uuid=str(uuid.uuid4()),
        lines=tuple(CartLine(pid, qty, Decimal(price)) for pid, qty, price in lines),
        counter=name,
        customer_id=customer_id,
        **{"consent": consent_for(customer_id), **pay},  # type: ignore[arg-type]
    )


def credit_offline(services: Services, people: People, allowance: str = "20.00") -> None:
    services.taxes.update_settings(
        people.manager, {"store_credit_offline": True, "offline_credit_allowance": allowance}
    )


def wallet_of(db: Database, customer_id: int) -> tuple[int, int]:
    """(balance, leased) in cents."""
    row = db.read(
        lambda tx: tx.session.execute(
            select(Wallet.balance_cents, Wallet.leased_cents).where(
                Wallet.account_id == customer_id
            )
        ).one()
    )
    return int(row[0]), int(row[1])


def ledger_of(db: Database, customer_id: int) -> list[tuple[str, int, int]]:
    """(kind, amount, balance after) of each wallet entry, oldest first."""
    rows = db.read(
        lambda tx: tx.session.execute(
            select(WalletEntry.kind, WalletEntry.amount_cents, WalletEntry.balance_after_cents)
            .join(Wallet, Wallet.id == WalletEntry.wallet_id)
            .where(Wallet.account_id == customer_id)
            .order_by(WalletEntry.id)
        ).all()
    )
    return [(str(k), int(a), int(b)) for k, a, b in rows]


def leases_of(db: Database, customer_id: int) -> list[tuple[str, int, int, bool]]:
    """(counter, reserved, used, open) of each of the customer's leases, by id."""
    rows = db.read(
        lambda tx: tx.session.execute(
            select(
                CreditLease.counter,
                CreditLease.reserved_cents,
                CreditLease.used_cents,
                CreditLease.closed_at,
            )
            .where(CreditLease.customer_id == customer_id)
            .order_by(CreditLease.id)
        ).all()
    )
    return [(str(c), int(r), int(u), closed is None) for c, r, u, closed in rows]


def test_the_lease_arithmetic_two_sales_within_a_refused_third_and_the_sync(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    mug = new_product(services, people.manager, name="Mug", price="7.00", stock=20)
    customer = new_customer(services, people.manager, balance="50.00")
    credit_offline(services, people)
    t1 = counter(db, tmp_path)

    lease = t1.reserve_credit(people.cashier, customer.id, "T1")
    assert lease is not None
    assert (lease.reserved, lease.remaining) == (Decimal("20.00"), Decimal("20.00"))
    assert wallet_of(db, customer.id) == (5000, 2000)

    first = t1.sell(
        people.cashier, cart("T1", customer.id, (mug.id, 2, "7.00"), wallet_amount="14.00")
    )
    second = t1.sell(
        people.cashier,
        cart("T1", customer.id, (mug.id, 1, "7.00"), wallet_amount="5.00", cash_tendered="2.00"),
    )
    assert (first.wallet, second.wallet, second.cash) == (
        Decimal("14.00"),
        Decimal("5.00"),
        Decimal("2.00"),
    )
    assert t1.leases.of("T1", customer.id).remaining == Decimal("1.00")  # type: ignore[union-attr]
    with pytest.raises(ValidationError) as refused:
        t1.sell(people.cashier, cart("T1", customer.id, (mug.id, 1, "7.00")))
    assert str(refused.value) == (
        f"Store credit offline is limited to {format_money(Decimal('1.00'))} for this "
        "customer; take the rest in cash or card"
    )
    assert t1.waiting_count() == 2  # the refused one wrote nothing, took no number
    assert wallet_of(db, customer.id) == (5000, 2000)  # nothing reached the server yet

    report = t1.sync_once()
    assert (report.sent, report.set_aside, report.waiting) == (2, 0, 0)
    # 50.00 - 14.00 - 5.00; the lease spent 19.00 and, nothing waiting, was released.
    assert wallet_of(db, customer.id) == (3100, 0)
    assert ledger_of(db, customer.id)[1:] == [("purchase", -1400, 3600), ("purchase", -500, 3100)]
    assert leases_of(db, customer.id) == [("T1", 2000, 1900, False)]
    assert t1.leases.of("T1", customer.id) is None
    third = t1.sell(people.cashier, cart("T1", None, (mug.id, 1, "7.00")))
    assert third.counter_number == "T1-000003"


def test_online_spending_cannot_eat_into_an_open_lease(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    mug = new_product(services, people.manager, name="Mug", price="15.00", stock=20)
    customer = new_customer(services, people.manager, balance="30.00")
    credit_offline(services, people)
    t1 = counter(db, tmp_path)
    assert t1.reserve_credit(people.cashier, customer.id, "T1") is not None
    assert wallet_of(db, customer.id) == (3000, 2000)

    # Online at another counter: 15.00 is more than the 10.00 no lease holds, and the
    # refusal says what can be spent.
    with pytest.raises(InsufficientFundsError, match=r"balance 10\.00, total 15\.00"):
        services.sales.checkout(
            people.cashier, cart("T2", customer.id, (mug.id, 1, "15.00"), wallet_amount="15.00")
        )
    with pytest.raises(InsufficientFundsError, match=r"balance 10\.00, total 10\.01"):
        services.wallets.deduct(people.manager, customer.id, "10.01", "test")
    services.wallets.deduct(people.manager, customer.id, "10.00", "test")
    assert wallet_of(db, customer.id) == (2000, 2000)

    # Offline, the lease is still all there, and its sales reach a wallet that holds them.
    t1.sell(people.cashier, cart("T1", customer.id, (mug.id, 1, "15.00")))
    assert t1.sync_once().sent == 1
    assert wallet_of(db, customer.id) == (500, 0)
    assert [e[2] for e in ledger_of(db, customer.id)] == [3000, 2000, 500]


def test_two_counters_share_what_the_balance_covers(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    mug = new_product(services, people.manager, name="Mug", price="10.00", stock=20)
    customer = new_customer(services, people.manager, balance="30.00")
    credit_offline(services, people)
    t1, t2 = counter(db, tmp_path, "T1"), counter(db, tmp_path, "T2")
    first = t1.reserve_credit(people.cashier, customer.id, "T1")
    second = t2.reserve_credit(people.cashier, customer.id, "T2")
    assert first is not None and second is not None
    assert (first.reserved, second.reserved) == (Decimal("20.00"), Decimal("10.00"))
    assert wallet_of(db, customer.id) == (3000, 3000)
    # Renewing changes nothing: there is no more to reserve.
    again = t2.reserve_credit(people.cashier, customer.id, "T2")
    assert again is not None and again.reserved == Decimal("10.00")

    t1.sell(people.cashier, cart("T1", customer.id, (mug.id, 2, "10.00")))
    t2.sell(people.cashier, cart("T2", customer.id, (mug.id, 1, "10.00")))
    with pytest.raises(ValidationError, match="limited to"):
        t2.sell(people.cashier, cart("T2", customer.id, (mug.id, 1, "10.00")))
    assert (t2.sync_once().sent, t1.sync_once().sent) == (1, 1)
    assert wallet_of(db, customer.id) == (0, 0)
    assert [(c, u, o) for c, _, u, o in leases_of(db, customer.id)] == [
        ("T1", 2000, False),
        ("T2", 1000, False),
    ]


def test_store_credit_off_is_refused_offline_as_before(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    mug = new_product(services, people.manager, name="Mug", price="4.50", stock=9)
    customer = new_customer(services, people.manager, balance="20.00")
    t1 = counter(db, tmp_path)
    assert t1.reserve_credit(people.cashier, customer.id, "T1") is None
    with pytest.raises(ValidationError) as refused:
        t1.sell(people.cashier, cart("T1", customer.id, (mug.id, 1, "4.50")))
    assert str(refused.value) == STORE_CREDIT_OFFLINE
    assert wallet_of(db, customer.id) == (2000, 0)
    assert leases_of(db, customer.id) == []
    assert t1.waiting_count() == 0


def test_an_expired_lease_refuses_offline_credit_and_is_released(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    mug = new_product(services, people.manager, name="Mug", price="4.50", stock=9)
    customer = new_customer(services, people.manager, balance="20.00")
    credit_offline(services, people, "5.00")
    t1 = counter(db, tmp_path)
    t1.leases = CreditLeases(db, t1.leases.copies.file, ttl=timedelta(0))
    lease = t1.reserve_credit(people.cashier, customer.id, "T1")
    assert lease is not None and lease.remaining == Decimal("5.00")
    with pytest.raises(ValidationError, match="expired"):
        t1.sell(people.cashier, cart("T1", customer.id, (mug.id, 1, "4.50")))
    assert t1.waiting_count() == 0
    assert wallet_of(db, customer.id) == (2000, 500)
    t1.sync_once()  # back online, nothing waiting: the expired lease goes back
    assert wallet_of(db, customer.id) == (2000, 0)
    assert leases_of(db, customer.id) == [("T1", 500, 0, False)]


def test_a_lease_sale_synced_after_the_balance_changed_is_never_negative(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    mug = new_product(services, people.manager, name="Mug", price="20.00", stock=9)
    customer = new_customer(services, people.manager, balance="25.00")
    credit_offline(services, people)
    t1 = counter(db, tmp_path)
    assert t1.reserve_credit(people.cashier, customer.id, "T1") is not None
    t1.sell(people.cashier, cart("T1", customer.id, (mug.id, 1, "20.00")))
    # Meanwhile, online: the customer spends all they can elsewhere.
    services.wallets.deduct(people.manager, customer.id, "5.00", "elsewhere")
    with pytest.raises(InsufficientFundsError):
        services.wallets.deduct(people.manager, customer.id, "0.01", "elsewhere")
    assert t1.sync_once().sent == 1
    assert wallet_of(db, customer.id) == (0, 0)
    assert min(b for _, _, b in ledger_of(db, customer.id)) == 0


def test_a_lease_released_before_its_sale_arrived_takes_what_is_free_or_is_set_aside(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    mug = new_product(services, people.manager, name="Mug", price="20.00", stock=9)
    customer = new_customer(services, people.manager, balance="25.00")
    credit_offline(services, people)
    t1 = counter(db, tmp_path)
    assert t1.reserve_credit(people.cashier, customer.id, "T1") is not None
    t1.sell(people.cashier, cart("T1", customer.id, (mug.id, 1, "20.00")))
    # The counter stayed away past the grace: another counter's sweep returns the lease.
    later = datetime.now(UTC) + timedelta(hours=13) + RELEASE_GRACE
    released = db.write(lambda tx: [tx_release(tx, i, later) for i in expired_ids(tx, later)])
    assert released == [2000]
    services.wallets.deduct(people.manager, customer.id, "10.00", "elsewhere")
    report = t1.sync_once()
    assert (report.sent, report.set_aside) == (0, 1)  # 15.00 left does not cover 20.00
    assert wallet_of(db, customer.id) == (1500, 0)


def expired_ids(tx: object, before: datetime) -> list[int]:
    from pos_app.data.repositories.credit_leases import CreditLeaseRepository  # noqa: PLC0415

    return CreditLeaseRepository(tx).expired(before)  # type: ignore[arg-type]


def tx_release(tx: object, lease_id: int, now: datetime) -> int:
    from pos_app.data.repositories.credit_leases import CreditLeaseRepository  # noqa: PLC0415

    return CreditLeaseRepository(tx).release(lease_id, now)  # type: ignore[arg-type]


def test_the_database_keeps_the_balance_above_the_leases(
    db: Database, services: Services, people: People
) -> None:
    """CHECK (balance_cents >= leased_cents): no writer can go round it."""
    customer = new_customer(services, people.manager, balance="1.00")
    set_leased = update(Wallet).where(Wallet.account_id == customer.id)

    def lease_it_all(tx: Transaction) -> None:  # a lease and its leased part, together
        now = datetime.now(UTC)
        tx.session.add(
            CreditLease(
                customer_id=customer.id, counter="T1", reserved_cents=100, used_cents=0,
                opened_at=now, expires_at=now + timedelta(hours=1),
            )
        )  # fmt: skip
        tx.session.execute(set_leased.values(leased_cents=100))

    db.write(lease_it_all)
    for values in ({"balance_cents": 99}, {"leased_cents": 101}, {"leased_cents": -1}):
        with pytest.raises(ConflictError, match="refused the change"):
            db.write(lambda tx, v=values: tx.session.execute(set_leased.values(**v)))
    assert wallet_of(db, customer.id) == (100, 100)


def test_online_the_leases_own_counter_may_still_spend_the_whole_balance(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    mug = new_product(services, people.manager, name="Mug", price="12.00", stock=20)
    customer = new_customer(services, people.manager, balance="30.00")
    credit_offline(services, people)
    t1, t2 = counter(db, tmp_path, "T1"), counter(db, tmp_path, "T2")
    assert t1.reserve_credit(people.cashier, customer.id, "T1") is not None  # 20.00
    assert t2.reserve_credit(people.cashier, customer.id, "T2") is not None  # 10.00
    # At T1 online: nothing is free, T1's own lease gives back what a sale needs, up to
    # its 20.00 (24.00 is more); T2's lease stays whole.
    with pytest.raises(InsufficientFundsError):
        services.sales.checkout(people.cashier, cart("T1", customer.id, (mug.id, 2, "12.00")))
    assert wallet_of(db, customer.id) == (3000, 3000)
    services.sales.checkout(people.cashier, cart("T1", customer.id, (mug.id, 1, "12.00")))
    assert wallet_of(db, customer.id) == (1800, 1800)
    assert [(c, r, u, o) for c, r, u, o in leases_of(db, customer.id)] == [
        ("T1", 800, 0, True),
        ("T2", 1000, 0, True),
    ]
    # The next attach at T1 brings its copy down to what the server holds now.
    renewed = t1.reserve_credit(people.cashier, customer.id, "T1")
    assert renewed is not None and renewed.remaining == Decimal("8.00")
    with pytest.raises(ValidationError, match="limited to"):
        t1.sell(people.cashier, cart("T1", customer.id, (mug.id, 1, "12.00")))


def test_the_receipt_of_a_sale_paid_by_store_credit_offline_says_so(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    from pos_app.domain.enums import PaymentMethod  # noqa: PLC0415
    from pos_app.services.offline_receipt import offline_sale  # noqa: PLC0415

    mug = new_product(services, people.manager, name="Mug", price="7.00", stock=20)
    customer = new_customer(services, people.manager, balance="50.00")
    credit_offline(services, people)
    t1 = counter(db, tmp_path)
    assert t1.reserve_credit(people.cashier, customer.id, "T1") is not None
    whole = t1.sell(people.cashier, cart("T1", customer.id, (mug.id, 1, "7.00")))
    split = t1.sell(
        people.cashier,
        cart("T1", customer.id, (mug.id, 1, "7.00"), wallet_amount="5.00", cash_tendered="5"),
    )
    file = t1.leases.copies.file
    paid = offline_sale(file, whole.counter_number).sale.payments
    assert [(p.method, p.amount) for p in paid] == [(PaymentMethod.WALLET, Decimal("7.00"))]
    paid = offline_sale(file, split.counter_number).sale.payments
    assert [(p.method, p.amount, p.change) for p in paid] == [
        (PaymentMethod.WALLET, Decimal("5.00"), None),
        (PaymentMethod.CASH, Decimal("2.00"), Decimal("3.00")),
    ]
