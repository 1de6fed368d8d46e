"""Shift arithmetic against a model (issue 13), on both backends.

Random sequences of cash, card and store-credit sales, refunds (cash or to the wallet),
wallet top-ups (cash or card), paid-ins, paid-outs, voids and closes at random counts run
through the real services at one counter. The model keeps the drawer in integer cents:

    expected cash = float + cash sales - cash of voided sales + cash top-ups
                    + paid-ins - paid-outs - cash refunds

and after each close: the shift's expected cash, card and store credit equal the model's,
and its over or short equals counted minus expected. A paid-out above what the drawer
should hold, a void of a returned or earlier shift's sale, and a sale short of stock or
credit are refused, and the model says which before the services answer.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import QuickHasher, examples
from helpers import CONSENT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_stateful_services import PRODUCTS, Lab, postgres_lab, seed, sqlite_lab

from pos_app.data.database import Database
from pos_app.domain.enums import PaymentMethod
from pos_app.domain.errors import (
    ConflictError,
    InsufficientFundsError,
    OutOfStockError,
    ValidationError,
)
from pos_app.domain.money import from_cents, to_cents
from pos_app.services import build_services
from pos_app.services.records import CartLine, CheckoutRequest, RefundRequest, ReturnLine

COUNTER = "Till 1"

sale_op = st.tuples(
    st.just("sale"),
    st.sampled_from(["cash", "card", "wallet"]),
    st.integers(0, len(PRODUCTS) - 1),
    st.integers(1, 3),
)
op = st.one_of(
    sale_op,
    sale_op,
    st.tuples(st.just("refund"), st.sampled_from(["cash", "wallet"]), st.integers(0, 3)),
    st.tuples(st.just("top_up"), st.sampled_from(["cash", "card"]), st.integers(1, 5_000)),
    st.tuples(st.just("paid_in"), st.integers(1, 5_000)),
    st.tuples(st.just("paid_out"), st.integers(1, 20_000)),
    st.tuples(st.just("void"), st.integers(0, 3)),  # one of the latest sales, mostly
    st.tuples(st.just("close"), st.integers(-2_000, 2_000), st.integers(0, 10_000)),
)


@dataclass
class SaleSeen:
    id: int
    shift: int
    cash: int
    card: int
    wallet: int
    customer: int | None
    line_id: int
    returned: bool = False
    voided: bool = False


@dataclass
class Drawer:
    """The model: the open shift's expected figures, in cents."""

    shift: int = 0
    cash: int = 0
    card: int = 0
    wallet: int = 0
    sales: list[SaleSeen] = field(default_factory=list)


class Till:
    """The real services at one counter, and the model beside them."""

    def __init__(self, db: Database, folder: Path) -> None:
        self.people = seed(db)
        self.services = build_services(
            db, hasher=QuickHasher(), counter_file=folder / "counter.sqlite"
        )
        self.cashier, self.manager = self.people.cashier, self.people.manager
        self.model = Drawer()

    def open_shift(self, cents: int) -> None:
        self.services.shifts.open(self.cashier, {"0.01": cents}, counter=COUNTER)
        self.model.shift += 1
        self.model.cash, self.model.card, self.model.wallet = cents, 0, 0

    def close(self, delta: int, next_float: int | None = None) -> None:
        model = self.model
        counted = max(0, model.cash + delta)
        z = self.services.shifts.close(self.manager, {"0.01": counted}, counter=COUNTER)
        cash, card, wallet = z.methods
        assert to_cents(cash.expected) == model.cash
        assert to_cents(card.expected) == model.card
        assert to_cents(wallet.expected) == model.wallet
        assert cash.counted == from_cents(counted)
        assert z.over_short == from_cents(counted) - from_cents(model.cash)
        if next_float is not None:
            self.open_shift(next_float)

    def sale(self, method: str, index: int, quantity: int) -> None:
        customer = self.people.customers[0] if method == "wallet" else None
        lines = (CartLine(self.people.products[index], quantity),)
        request = CheckoutRequest(
            str(uuid.uuid4()), lines, customer_id=customer, counter=COUNTER, consent=CONSENT
        )
        if method == "card":  # the card pays the whole total: ask it first
            total = self.services.sales.quote(self.cashier, request).total
            request = CheckoutRequest(request.sale_uuid, lines, counter=COUNTER, card_amount=total)
        try:
            sale = self.services.sales.checkout(self.cashier, request)
        except (OutOfStockError, InsufficientFundsError):
            return
        seen = SaleSeen(
            sale.id,
            self.model.shift,
            to_cents(sale.paid_by(PaymentMethod.CASH)),
            to_cents(sale.paid_by(PaymentMethod.CARD)),
            to_cents(sale.paid_by(PaymentMethod.WALLET)),
            customer,
            sale.lines[0].line_id,
        )
        self.model.sales.append(seen)
        self.model.cash += seen.cash
        self.model.card += seen.card
        self.model.wallet += seen.wallet

    def refund(self, method: str, pick: int) -> None:
        # Store credit goes back only to a customer's sale: pick among those for it.
        choices = [x for x in self.model.sales if method == "cash" or x.customer is not None]
        if not choices:
            return
        seen = choices[-1 - pick % len(choices)]
        request = RefundRequest(
            str(uuid.uuid4()), seen.id, (ReturnLine(seen.line_id, 1),), method, "Back", COUNTER
        )
        try:
            done = self.services.refunds.refund(self.manager, request)
        except ValidationError:
            assert seen.voided or seen.returned  # voided, or every unit back already
            return
        assert not seen.voided
        seen.returned = True
        if method == "cash":
            self.model.cash -= to_cents(done.amount)
        else:
            self.model.wallet -= to_cents(done.amount)

    def top_up(self, method: str, cents: int) -> None:
        customer = self.people.customers[1]
        self.services.wallets.top_up(
            self.cashier, customer, from_cents(cents), method=method, counter=COUNTER
        )
        if method == "cash":
            self.model.cash += cents
        else:
            self.model.card += cents

    def paid_in(self, cents: int) -> None:
        self.services.shifts.paid_in(self.cashier, from_cents(cents), "Bank", counter=COUNTER)
        self.model.cash += cents

    def paid_out(self, cents: int) -> None:
        take = self.services.shifts.paid_out
        if cents > self.model.cash:
            with pytest.raises(ValidationError, match="more than the drawer should hold"):
                take(self.cashier, from_cents(cents), "Bank", counter=COUNTER)
            return
        take(self.cashier, from_cents(cents), "Bank", counter=COUNTER)
        self.model.cash -= cents

    def void(self, pick: int) -> None:
        if not self.model.sales:
            return
        seen = self.model.sales[-1 - pick % len(self.model.sales)]
        if seen.voided or seen.returned or seen.shift != self.model.shift:
            with pytest.raises((ValidationError, ConflictError)):
                self.services.shifts.void(self.manager, seen.id, "Wrong")
            return
        self.services.shifts.void(self.manager, seen.id, "Wrong")
        seen.voided = True
        self.model.cash -= seen.cash
        self.model.card -= seen.card
        self.model.wallet -= seen.wallet


def run(db: Database, ops: list[tuple[object, ...]], float_cents: int, folder: Path) -> None:
    till = Till(db, folder)
    till.open_shift(float_cents)
    for name, *arguments in ops:
        getattr(till, str(name))(*arguments)
    till.close(0)


ARITHMETIC = settings(
    max_examples=examples(60),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.mark.slow
def test_expected_cash_is_the_float_plus_the_cash_movements(
    db_url: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    shared: Database | None = None
    if db_url.startswith("sqlite"):
        lab: Lab = sqlite_lab(request.getfixturevalue("sqlite_template"), tmp_path)
    else:
        shared = Database(db_url)
        lab = postgres_lab(shared)

    @ARITHMETIC
    @given(ops=st.lists(op, min_size=8, max_size=30), float_cents=st.integers(0, 50_000))
    def check(ops: list[tuple[object, ...]], float_cents: int) -> None:
        db = lab.make()
        try:
            run(db, ops, float_cents, tmp_path)
        finally:
            lab.release(db)

    try:
        check()
    finally:
        if shared is not None:
            shared.dispose()
