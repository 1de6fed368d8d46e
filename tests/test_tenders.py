"""Tenders on both backends: card payments (alone and in every split), card refunds, and
money input that is hostile at every service entry point that takes an amount."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from conftest import People
from helpers import cart, new_customer, new_product
from sqlalchemy import func, select

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.data.transaction import Transaction
from pos_app.domain.enums import PaymentMethod, RefundMethod
from pos_app.domain.errors import ValidationError
from pos_app.services import Services
from pos_app.services.records import (
    CartLine,
    CheckoutRequest,
    Payment,
    RefundRequest,
    ReturnLine,
    Sale,
)

PaymentRow = tuple[str, int, int | None, int | None, str | None]


def payment_rows(db: Database, sale_id: int) -> list[PaymentRow]:
    def work(tx: object) -> list[PaymentRow]:
        rows = tx.session.execute(  # type: ignore[attr-defined]
            select(
                models.SalePayment.method,
                models.SalePayment.amount_cents,
                models.SalePayment.tendered_cents,
                models.SalePayment.change_cents,
                models.SalePayment.reference,
            )
            .where(models.SalePayment.sale_id == sale_id)
            .order_by(models.SalePayment.method)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]

    return db.read(work)


def refund(sale: Sale, method: str, quantity: int = 1, reference: str = "") -> RefundRequest:
    return RefundRequest(
        refund_uuid=str(uuid.uuid4()),
        sale_id=sale.id,
        lines=(ReturnLine(sale.lines[0].line_id, quantity),),
        method=method,
        reason="Wrong size",
        counter="Test counter",
        reference=reference,
    )


@pytest.mark.parametrize(
    ("payment", "rows"),
    [
        pytest.param(
            {"card_amount": Decimal("30.00"), "card_reference": " 123456 "},
            [("card", 3000, None, None, "123456")],
            id="card",
        ),
        pytest.param(
            {"card_amount": Decimal("30.00")},
            [("card", 3000, None, None, None)],
            id="card-no-reference",
        ),
        pytest.param(
            {"wallet_amount": Decimal("12.00"), "card_amount": Decimal("18.00")},
            [("card", 1800, None, None, None), ("wallet", 1200, None, None, None)],
            id="wallet+card",
        ),
        pytest.param(
            {
                "card_amount": Decimal("20.00"),
                "card_reference": "**** 4242",
                "cash_tendered": Decimal("20.00"),
            },
            [("card", 2000, None, None, "**** 4242"), ("cash", 1000, 2000, 1000, None)],
            id="cash+card",
        ),
        pytest.param(
            {
                "wallet_amount": Decimal("5.00"),
                "card_amount": Decimal("15.00"),
                "card_reference": "A1B2C3",
                "cash_tendered": Decimal("10.00"),
            },
            [
                ("card", 1500, None, None, "A1B2C3"),
                ("cash", 1000, 1000, 0, None),
                ("wallet", 500, None, None, None),
            ],
            id="wallet+cash+card",
        ),
    ],
)
def test_a_card_pays_alone_or_with_any_other_tender_and_both_backends_write_it_alike(
    services: Services, people: People, db: Database, payment: dict[str, object], rows: list[object]
) -> None:
    customer = new_customer(services, people.cashier, "janedoe", "50.00")
    product = new_product(services, people.manager, name="Jacket", price="30.00", stock=5)
    sold = services.sales.checkout(
        people.cashier, cart((product.id, 1), customer_id=customer.id, **payment)
    )
    assert payment_rows(db, sold.id) == rows
    # What checkout answered from the plan is what is read back from the rows.
    assert services.sales.get(people.manager, sold.id) == sold
    assert sum((p.amount for p in sold.payments), Decimal("0.00")) == sold.total
    card = [p for p in sold.payments if p.method is PaymentMethod.CARD]
    assert card == [
        Payment(PaymentMethod.CARD, Decimal(rows[0][1]) / 100, reference=rows[0][4])  # type: ignore[index]
    ]


@pytest.mark.parametrize(
    ("payment", "field"),
    [
        ({"card_amount": Decimal("30.01")}, "card_amount"),
        ({"card_amount": Decimal("-1.00"), "cash_tendered": Decimal("31")}, "card_amount"),
        (
            {"wallet_amount": Decimal("10.00"), "card_amount": Decimal("20.01")},
            "card_amount",
        ),
        ({"card_amount": Decimal("30.00"), "card_reference": "1" * 65}, "card_reference"),
        ({"card_amount": Decimal("30.00"), "card_reference": "12;DROP"}, "card_reference"),
        ({"card_amount": Decimal("30.00"), "card_reference": "1\n2"}, "card_reference"),
        ({"card_reference": "123456", "cash_tendered": Decimal("30")}, "card_reference"),
        ({"card_amount": Decimal("10.00"), "cash_tendered": Decimal("19.99")}, "cash_tendered"),
        ({"card_amount": "1e1000000"}, "card_amount"),
    ],
)
def test_a_card_payment_that_does_not_add_up_is_refused_and_nothing_is_written(
    services: Services, people: People, payment: dict[str, object], field: str
) -> None:
    customer = new_customer(services, people.cashier, "janedoe", "50.00")
    product = new_product(services, people.manager, name="Jacket", price="30.00", stock=5)
    with pytest.raises(ValidationError) as refused:
        services.sales.checkout(
            people.cashier, cart((product.id, 1), customer_id=customer.id, **payment)
        )
    assert refused.value.field == field
    assert services.sales.history(people.manager).total == 0
    assert services.inventory.get(people.manager, product.id).stock == 5
    assert services.wallets.balance(people.manager, customer.id) == Decimal("50.00")


def test_a_card_sale_refunds_to_the_card_up_to_what_the_card_paid(
    services: Services, people: People, db: Database
) -> None:
    customer = new_customer(services, people.cashier, "janedoe", "20.00")
    product = new_product(services, people.manager, name="Socks", price="10.00", stock=9)
    sold = services.sales.checkout(
        people.cashier,
        cart(
            (product.id, 3),
            customer_id=customer.id,
            wallet_amount=Decimal("15.00"),
            card_amount=Decimal("15.00"),
            card_reference="778899",
        ),
    )
    back = services.refunds.refund(people.manager, refund(sold, "card", 1, "RF-001"))
    assert (back.method, back.amount, back.reference) == (
        RefundMethod.CARD,
        Decimal("10.00"),
        "RF-001",
    )
    assert services.wallets.balance(people.manager, customer.id) == Decimal("5.00")
    # 5.00 of the card's 15.00 is left: a second unit (10.00) cannot go back to it.
    with pytest.raises(ValidationError, match=r"Only 5\.00 can go back to the card"):
        services.refunds.refund(people.manager, refund(sold, "card"))
    assert services.inventory.get(people.manager, product.id).stock == 7
    # A cash sale has no card to refund to; a reference belongs to a card refund only.
    cash_sale = services.sales.checkout(people.cashier, cart((product.id, 1)))
    with pytest.raises(ValidationError, match="No card paid"):
        services.refunds.refund(people.manager, refund(cash_sale, "card"))
    with pytest.raises(ValidationError) as refused:
        services.refunds.refund(people.manager, refund(cash_sale, "cash", reference="123"))
    assert refused.value.field == "reference"
    stored = db.read(
        lambda s: [
            (r.method, r.amount_cents, r.reference)
            for r in s.session.scalars(select(models.Refund).order_by(models.Refund.id))
        ]
    )
    assert stored == [("card", 1000, "RF-001")]


#: Amounts a hostile tester typed or passed (issue 10 #9): a huge exponent as text and as a
#: Decimal, an exponent, a grouping underscore, and a thousands comma.
HOSTILE_AMOUNTS = ["1e1000000", Decimal("1E+1000000"), Decimal("-1E+1000000"), "1e2", "1_000"]
HOSTILE_AMOUNTS += ["1,000", "1E+999999"]


def _money_entry_points(
    services: Services, people: People
) -> dict[str, Callable[[object], object]]:
    """Every service call that takes an amount, with the amount left to fill in."""
    customer = new_customer(services, people.cashier, "janedoe", "20.00")
    product = new_product(services, people.manager, name="Jacket", price="30.00", stock=5)
    manager, cashier = people.manager, people.cashier
    now = datetime.now(UTC)

    def checkout(**payment: object) -> object:
        return services.sales.checkout(
            cashier, cart((product.id, 1), customer_id=customer.id, **payment)
        )

    return {
        "top_up": lambda a: services.wallets.top_up(cashier, customer.id, a, method="cash"),
        "deduct": lambda a: services.wallets.deduct(manager, customer.id, a),
        "add price": lambda a: services.inventory.add(
            manager, name="Hat", category="clothes", price=a, stock=1
        ),
        "change price": lambda a: services.inventory.update(manager, product.id, {"price": a}),
        "cash tendered": lambda a: checkout(cash_tendered=a),
        "wallet part": lambda a: checkout(wallet_amount=a, cash_tendered="30"),
        "card amount": lambda a: checkout(card_amount=a),
        "shown price": lambda a: services.sales.checkout(
            cashier,
            CheckoutRequest(str(uuid.uuid4()), (CartLine(product.id, 1, a),)),  # type: ignore[arg-type]
        ),
        "opening float": lambda a: services.end_of_day.z_report(
            manager, now - timedelta(hours=1), now, opening_float=a
        ),
        "open day float": lambda a: services.end_of_day.open_day(manager, opening_float=a),
        "counted cash": lambda a: services.end_of_day.close_day(manager, counted_cash=a),
        "closing float": lambda a: services.end_of_day.close_day(
            manager, counted_cash="0.00", opening_float=a
        ),
    }


@pytest.mark.parametrize("amount", HOSTILE_AMOUNTS, ids=repr)
def test_every_service_taking_money_refuses_hostile_amounts_with_a_validation_error(
    services: Services, people: People, db: Database, amount: object
) -> None:
    calls = _money_entry_points(services, people)
    before = _money_state(db)
    for name, call in calls.items():
        with pytest.raises(ValidationError):
            call(amount)
        assert _money_state(db) == before, name
    # A CSV import refuses the row, naming it, and imports nothing.
    report = services.inventory.import_products(
        people.manager, [{"name": "Hat", "category": "clothes", "price": str(amount)}]
    )
    assert report.imported == 0 and [e.row for e in report.errors] == [1]


def _money_state(db: Database) -> tuple[object, ...]:
    def work(tx: Transaction) -> tuple[object, ...]:
        session = tx.session
        return (
            session.scalar(select(func.count()).select_from(models.Sale)),
            session.scalar(select(func.count()).select_from(models.WalletEntry)),
            session.scalar(select(func.count()).select_from(models.Product)),
            session.scalar(select(func.count()).select_from(models.DayClosing)),
            tuple(session.scalars(select(models.Wallet.balance_cents).order_by(models.Wallet.id))),
            tuple(session.scalars(select(models.Product.price_cents).order_by(models.Product.id))),
        )

    return db.read(work)
