"""Wallets and stock against a model (Hypothesis RuleBasedStateMachine).

The model keeps every wallet and every stock level in integer cents and units. Random
sequences of top-ups, deductions, checkouts (wallet, cash or split; sometimes short of
money or stock), refunds of part of a past sale, restocks, single-unit deductions, price
changes and re-sent sales run through the real services; after every step:

- each wallet and each stock level equals the model, and none is negative;
- money is conserved: the wallets hold top-ups - deductions - wallet payments + wallet
  refunds;
- the ledgers explain the balances: a wallet's entries add up to its balance, a
  product's stock movements add up to its stock.

Each example starts from a fresh database of its own (a copy of the migrated SQLite
template, or the PostgreSQL test database truncated), on both backends.
"""

from __future__ import annotations

import functools
import itertools
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import STAFF_PASSWORD, QuickHasher, _truncate_all, examples
from helpers import CONSENT, pin_hash
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import func, select

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.data.repositories.wallets import Why
from pos_app.data.transaction import Transaction
from pos_app.domain.enums import (
    Category,
    MaritalStatus,
    PaymentMethod,
    RefundMethod,
    Role,
    StockMovementKind,
    WalletEntryKind,
)
from pos_app.domain.errors import (
    InsufficientFundsError,
    OutOfStockError,
    ValidationError,
)
from pos_app.domain.money import from_cents, to_cents
from pos_app.services import Services, build_services
from pos_app.services.records import (
    AccountId,
    Actor,
    CartLine,
    CheckoutRequest,
    RefundRequest,
    ReturnLine,
    Sale,
)

CUSTOMERS = ("ann", "ben", "cat")
#: What each customer's wallet holds at the start (an opening top-up in the ledger).
OPENING_BALANCE_CENTS = 5_000
#: (name, price in cents, opening stock)
PRODUCTS = (("Tea", 350, 30), ("Scarf", 1999, 10), ("Cable", 799, 2))
TOP_UP_MAX_CENTS = 20_000

STATEFUL_SETTINGS = settings(
    max_examples=examples(100),
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@functools.cache
def password_hash() -> str:
    """One bcrypt hash for every account of every example."""
    return QuickHasher().hash(STAFF_PASSWORD)


class Lab:
    """Hands each example a fresh, migrated, empty database of one backend."""

    def __init__(self, make: Callable[[], Database], release: Callable[[Database], None]):
        self.make = make
        self.release = release


def sqlite_lab(template: Path, folder: Path) -> Lab:
    counter = itertools.count()

    def make() -> Database:
        path = folder / f"example-{next(counter)}.db"
        shutil.copyfile(template, path)
        return Database(f"sqlite:///{path}")

    def release(db: Database) -> None:
        db.dispose()
        path = Path(db.url.database or "")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)

    return Lab(make, release)


def postgres_lab(db: Database) -> Lab:
    """One database and one pool for all examples: truncated at the start of each."""

    def make() -> Database:
        _truncate_all(db)
        return db

    return Lab(make, lambda _db: None)


@dataclass(frozen=True)
class Seeded:
    cashier: Actor
    manager: Actor
    customers: tuple[int, ...]
    products: tuple[int, ...]


def seed(db: Database) -> Seeded:
    """Two staff, three customers with their opening balance, three products with their
    opening stock, both recorded in the ledgers: one transaction, no bcrypt."""

    def work(tx: Transaction) -> Seeded:
        def account(username: str, role: Role) -> models.Account:
            row = models.Account(
                username=username,
                name=username.title(),
                age=40 if role is Role.CUSTOMER else None,
                marital_status=MaritalStatus.SINGLE.value if role is Role.CUSTOMER else None,
                role=role.value,
                password_hash=password_hash(),
                address="",
                gender="",
                active=True,
                failed_sign_ins=0,
                pin_hash=pin_hash() if role is Role.CUSTOMER else None,
            )
            tx.add(row)
            tx.flush()
            tx.add(models.Wallet(account_id=row.id, balance_cents=0))
            return row

        cashier = account("cashier1", Role.CASHIER)
        manager = account("manager1", Role.MANAGER)
        customers = [account(name, Role.CUSTOMER).id for name in CUSTOMERS]
        tx.flush()
        for customer_id in customers:
            why = Why(WalletEntryKind.TOP_UP.value, cashier.id, "Opening balance")
            change = tx.wallets.credit(customer_id, OPENING_BALANCE_CENTS, why)
            assert change is not None
        products = []
        for name, price, stock in PRODUCTS:
            product = models.Product(
                name=name,
                category=Category.ACCESSORIES.value,
                price_cents=price,
                description="",
                stock=stock,
                active=True,
            )
            tx.add(product)
            tx.flush()
            if stock:
                tx.add(
                    models.StockMovement(
                        product_id=product.id,
                        kind=StockMovementKind.ADJUSTMENT.value,
                        quantity=stock,
                        stock_after=stock,
                        actor_id=manager.id,
                        reason="Opening stock",
                    )
                )
            products.append(product.id)
        tx.flush()
        return Seeded(
            Actor(AccountId(cashier.id), cashier.username, Role.CASHIER, "Cashier", "Till 1"),
            Actor(AccountId(manager.id), manager.username, Role.MANAGER, "Manager", "Till 1"),
            tuple(customers),
            tuple(products),
        )

    return db.write(work)


@dataclass
class SoldLine:
    line_id: int
    product: int  # index into PRODUCTS
    quantity: int
    unit_cents: int
    returned: int = 0

    @property
    def returnable(self) -> int:
        return self.quantity - self.returned


@dataclass
class SoldSale:
    sale_id: int
    customer: int | None  # index into CUSTOMERS
    lines: list[SoldLine] = field(default_factory=list)

    def returnable(self) -> bool:
        return any(line.returnable for line in self.lines)


customer_index = st.integers(0, len(CUSTOMERS) - 1)
product_index = st.integers(0, len(PRODUCTS) - 1)
cart_lines = st.lists(st.tuples(product_index, st.integers(1, 3)), min_size=1, max_size=3)


class WalletsAndStock(RuleBasedStateMachine):
    """The services against a model in integer cents and units."""

    lab: Lab  # set on a subclass by the test, per backend

    def __init__(self) -> None:
        super().__init__()
        self.db = self.lab.make()
        self.services: Services = build_services(self.db, hasher=QuickHasher())
        seeded = seed(self.db)
        self.cashier, self.manager = seeded.cashier, seeded.manager
        self.customer_ids = seeded.customers
        self.product_ids = seeded.products
        # the model
        self.wallets = [OPENING_BALANCE_CENTS] * len(CUSTOMERS)
        self.stock = [stock for _name, _price, stock in PRODUCTS]
        self.prices = [price for _name, price, _stock in PRODUCTS]
        self.topped_up = OPENING_BALANCE_CENTS * len(CUSTOMERS)
        self.deducted = 0
        self.paid_from_wallets = 0
        self.refunded_to_wallets = 0
        self.sales: list[SoldSale] = []
        self.last_request: CheckoutRequest | None = None
        self.last_sale_id: int | None = None

    def teardown(self) -> None:
        self.lab.release(self.db)

    # -- wallets -------------------------------------------------------------------------

    @rule(who=customer_index, cents=st.integers(1, TOP_UP_MAX_CENTS))
    def top_up(self, who: int, cents: int) -> None:
        moved = self.services.wallets.top_up(
            self.cashier, self.customer_ids[who], from_cents(cents), "Model top-up", method="cash"
        )
        self.wallets[who] += cents
        self.topped_up += cents
        assert to_cents(moved.balance) == self.wallets[who]

    @rule(who=customer_index, cents=st.integers(1, 6000))
    def deduct(self, who: int, cents: int) -> None:
        if cents > self.wallets[who]:
            event("deduct: refused")
            with pytest.raises(InsufficientFundsError):
                self.services.wallets.deduct(
                    self.manager, self.customer_ids[who], from_cents(cents)
                )
            return
        moved = self.services.wallets.deduct(
            self.manager, self.customer_ids[who], from_cents(cents), "Model deduction"
        )
        self.wallets[who] -= cents
        self.deducted += cents
        assert to_cents(moved.balance) == self.wallets[who]

    # -- stock ---------------------------------------------------------------------------

    @rule(what=product_index, units=st.integers(1, 10))
    def restock(self, what: int, units: int) -> None:
        product = self.services.inventory.restock(self.manager, self.product_ids[what], units)
        self.stock[what] += units
        assert product.stock == self.stock[what]

    @rule(what=product_index)
    def deduct_one(self, what: int) -> None:
        if self.stock[what] == 0:
            event("deduct_one: refused")
            with pytest.raises(OutOfStockError):
                self.services.inventory.deduct_one(self.manager, self.product_ids[what])
            return
        product = self.services.inventory.deduct_one(self.manager, self.product_ids[what])
        self.stock[what] -= 1
        assert product.stock == self.stock[what]

    @rule(what=product_index, cents=st.integers(1, 5000))
    def change_price(self, what: int, cents: int) -> None:
        self.services.inventory.update(
            self.manager, self.product_ids[what], {"price": from_cents(cents)}
        )
        self.prices[what] = cents

    # -- sales ---------------------------------------------------------------------------

    @rule(
        lines=cart_lines,
        who=customer_index,
        payment=st.sampled_from(["wallet", "split", "cash"]),
        data=st.data(),
    )
    def checkout(
        self, lines: list[tuple[int, int]], who: int, payment: str, data: st.DataObject
    ) -> None:
        self._checkout(lines, who, payment, data)

    @rule(lines=cart_lines, data=st.data())
    def walk_in_checkout(self, lines: list[tuple[int, int]], data: st.DataObject) -> None:
        self._checkout(lines, None, "cash", data)

    def _checkout(
        self, lines: list[tuple[int, int]], who: int | None, payment: str, data: st.DataObject
    ) -> None:
        wanted: dict[int, int] = {}
        for what, units in lines:
            wanted[what] = wanted.get(what, 0) + units
        total = sum(self.prices[what] * units for what, units in wanted.items())
        change = data.draw(st.integers(0, 2000), label="change")
        if payment == "wallet":
            from_wallet, wallet_amount, tendered = total, None, None
        elif payment == "cash":
            from_wallet = 0
            wallet_amount = None if who is None else Decimal("0.00")
            tendered = from_cents(total + change)
        else:
            from_wallet = data.draw(st.integers(0, total), label="from_wallet")
            wallet_amount = from_cents(from_wallet)
            tendered = from_cents(total - from_wallet + change)
        request = CheckoutRequest(
            sale_uuid=str(uuid.uuid4()),
            lines=tuple(CartLine(self.product_ids[what], units) for what, units in lines),
            customer_id=None if who is None else self.customer_ids[who],
            wallet_amount=wallet_amount,
            cash_tendered=tendered,
            counter="Till 1",
            consent=None if who is None else CONSENT,
        )
        short_of_stock = any(units > self.stock[what] for what, units in wanted.items())
        short_of_money = who is not None and from_wallet > self.wallets[who]
        if short_of_stock:
            event("checkout: refused, out of stock")
            with pytest.raises(OutOfStockError):
                self.services.sales.checkout(self.cashier, request)
            return
        if short_of_money:
            event("checkout: refused, insufficient funds")
            with pytest.raises(InsufficientFundsError):
                self.services.sales.checkout(self.cashier, request)
            return
        event(f"checkout: sold, paid by {payment}")
        sale = self.services.sales.checkout(self.cashier, request)
        assert to_cents(sale.total) == total
        assert to_cents(sale.paid_by(PaymentMethod.WALLET)) == from_wallet
        assert to_cents(sale.paid_by(PaymentMethod.CASH)) == total - from_wallet
        for what, units in wanted.items():
            self.stock[what] -= units
        if who is not None:
            self.wallets[who] -= from_wallet
        self.paid_from_wallets += from_wallet
        self.sales.append(self._sold(sale, who))
        self.last_request, self.last_sale_id = request, sale.id

    def _sold(self, sale: Sale, who: int | None) -> SoldSale:
        index = {pid: i for i, pid in enumerate(self.product_ids)}
        return SoldSale(
            sale.id,
            who,
            [
                SoldLine(
                    line.line_id, index[line.product_id], line.quantity, to_cents(line.unit_price)
                )
                for line in sale.lines
            ],
        )

    @precondition(lambda self: self.last_request is not None)
    @rule()
    def send_the_last_sale_again(self) -> None:
        """A counter that lost the connection sends the same sale: it is recorded once."""
        assert self.last_request is not None
        sale = self.services.sales.checkout(self.cashier, self.last_request)
        assert sale.id == self.last_sale_id

    @precondition(lambda self: any(sale.returnable() for sale in self.sales))
    @rule(data=st.data())
    def refund(self, data: st.DataObject) -> None:
        sale = data.draw(st.sampled_from([s for s in self.sales if s.returnable()]), label="sale")
        open_lines = [line for line in sale.lines if line.returnable]
        chosen = data.draw(
            st.lists(
                st.sampled_from(open_lines), min_size=1, max_size=len(open_lines), unique_by=id
            ),
            label="lines",
        )
        # Now and then one more unit than is left: refused, nothing changes.
        picked = [
            (line, data.draw(st.integers(1, line.returnable + 1), label="units")) for line in chosen
        ]
        to_wallet = sale.customer is not None and not data.draw(st.booleans(), label="in cash")
        request = RefundRequest(
            refund_uuid=str(uuid.uuid4()),
            sale_id=sale.sale_id,
            lines=tuple(ReturnLine(line.line_id, units) for line, units in picked),
            method=RefundMethod.WALLET if to_wallet else RefundMethod.CASH,
            reason="Model return",
        )
        if any(units > line.returnable for line, units in picked):
            event("refund: refused, more than is left")
            with pytest.raises(ValidationError):
                self.services.refunds.refund(self.manager, request)
            return
        event(f"refund: to {request.method}")
        refund = self.services.refunds.refund(self.manager, request)
        cents = sum(line.unit_cents * units for line, units in picked)
        assert to_cents(refund.amount) == cents
        for line, units in picked:
            line.returned += units
            self.stock[line.product] += units
        if to_wallet:
            assert sale.customer is not None
            self.wallets[sale.customer] += cents
            self.refunded_to_wallets += cents

    # -- after every step ----------------------------------------------------------------

    @invariant()
    def the_database_agrees_with_the_model(self) -> None:
        def work(tx: Transaction) -> list[dict[int, int]]:
            queries = [
                select(models.Wallet.account_id, models.Wallet.balance_cents),
                select(models.Wallet.account_id, func.sum(models.WalletEntry.amount_cents))
                .join(models.WalletEntry, models.WalletEntry.wallet_id == models.Wallet.id)
                .group_by(models.Wallet.account_id),
                select(models.Product.id, models.Product.stock),
                select(
                    models.StockMovement.product_id, func.sum(models.StockMovement.quantity)
                ).group_by(models.StockMovement.product_id),
            ]
            return [
                {int(key): int(value) for key, value in tx.session.execute(query)}
                for query in queries
            ]

        balances, ledgers, stock, moved = self.db.read(work)
        actual_wallets = [balances[cid] for cid in self.customer_ids]
        actual_stock = [stock[pid] for pid in self.product_ids]
        assert actual_wallets == self.wallets
        assert actual_stock == self.stock
        assert min(actual_wallets) >= 0
        assert min(actual_stock) >= 0
        assert sum(actual_wallets) == (
            self.topped_up - self.deducted - self.paid_from_wallets + self.refunded_to_wallets
        )
        assert [int(ledgers.get(cid, 0)) for cid in self.customer_ids] == actual_wallets
        assert [int(moved.get(pid, 0)) for pid in self.product_ids] == actual_stock


def test_wallets_and_stock_follow_the_model(
    db_url: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    if db_url.startswith("sqlite"):
        template: Path = request.getfixturevalue("sqlite_template")
        lab = sqlite_lab(template, tmp_path)
        shared = None
    else:
        shared = Database(db_url)
        lab = postgres_lab(shared)

    class Machine(WalletsAndStock):
        pass

    Machine.lab = lab
    try:
        run_state_machine_as_test(Machine, settings=STATEFUL_SETTINGS)
    finally:
        if shared is not None:
            shared.dispose()
