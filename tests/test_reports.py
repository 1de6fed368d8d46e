"""Reports behind the Sales and Inventory workspaces, on both backends."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from conftest import People, customer_actor
from helpers import buy, cart, new_customer, new_product
from sqlalchemy import select

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.data.repositories.closings import DayClosingRepository
from pos_app.data.transaction import Transaction
from pos_app.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from pos_app.services import Services
from pos_app.services.records import (
    CartLine,
    CheckoutRequest,
    DiscountRequest,
    RefundRequest,
    ReturnLine,
)


def test_daily_totals_and_top_products_match_the_sales(services: Services, people: People) -> None:
    apples = new_product(services, people.manager, "Apples", "1.50", 50, category="food")
    bread = new_product(services, people.manager, "Bread", "2.25", 50, category="food")
    services.sales.checkout(people.cashier, cart((apples.id, 3), (bread.id, 1)))
    services.sales.checkout(people.cashier, cart((apples.id, 1)))
    today = datetime.now(UTC).date()
    days = services.sales.daily_totals(people.manager, today - timedelta(days=2), today, UTC)
    assert [d.day for d in days] == [today - timedelta(days=n) for n in (2, 1, 0)]
    assert [(d.sales, d.total) for d in days] == [
        (0, Decimal("0.00")),
        (0, Decimal("0.00")),
        (2, Decimal("8.25")),
    ]
    since = datetime.now(UTC) - timedelta(hours=1)
    top = services.sales.top_products(people.manager, since, since + timedelta(hours=2))
    assert [(t.name, t.quantity, t.revenue) for t in top] == [
        ("Apples", 4, Decimal("6.00")),
        ("Bread", 1, Decimal("2.25")),
    ]
    with pytest.raises(PermissionDeniedError):
        services.sales.daily_totals(people.cashier, today, today, UTC)
    with pytest.raises(ValidationError):
        services.sales.daily_totals(people.manager, today, today - timedelta(days=1), UTC)


def test_best_sellers_count_what_was_charged_less_what_came_back(
    services: Services, people: People
) -> None:
    """The keyboard trial: 3 coffees at 15% off (80.94 paid), one returned (26.98), showed
    4 units and 126.96, the list price of units sold twice over."""
    coffee = new_product(services, people.manager, "Coffee", "31.74", 50, category="food")
    tea = new_product(services, people.manager, "Tea", "2.00", 50, category="food")
    off = DiscountRequest(percent=Decimal("15"), reason="loyal customer")
    lines = (CartLine(coffee.id, 3, discount=off), CartLine(tea.id, 1))
    sale = services.sales.checkout(people.manager, CheckoutRequest(str(uuid.uuid4()), lines))
    coffee_line = next(line for line in sale.lines if line.product_id == coffee.id)
    # 3 x 31.74 = 95.22, less 15% (14.28): 80.94.
    assert coffee_line.paid == Decimal("80.94")
    services.sales.checkout(people.cashier, cart((tea.id, 2)))
    back = services.refunds.refund(
        people.manager,
        RefundRequest(
            str(uuid.uuid4()), sale.id, (ReturnLine(coffee_line.line_id, 1),), "cash", "faulty"
        ),
    )
    assert back.amount == Decimal("26.98")  # a third of 80.94
    since = datetime.now(UTC) - timedelta(hours=1)
    top = services.sales.top_products(people.manager, since, since + timedelta(hours=2))
    assert [(t.name, t.quantity, t.revenue) for t in top] == [
        ("Tea", 3, Decimal("6.00")),
        ("Coffee", 2, Decimal("53.96")),  # 80.94 - 26.98
    ]
    whole = RefundRequest(
        str(uuid.uuid4()), sale.id, (ReturnLine(coffee_line.line_id, 2),), "cash", "faulty"
    )
    services.refunds.refund(people.manager, whole)
    top = services.sales.top_products(people.manager, since, since + timedelta(hours=2))
    assert [(t.name, t.quantity) for t in top] == [("Tea", 3)]  # all of it came back


def test_ratings_average_only_approved_reviews(services: Services, people: People) -> None:
    product = new_product(services, people.manager, stock=10)
    stars = {"ann": 5, "ben": 4, "cat": 1}
    ids = {}
    for name, rating in stars.items():
        customer = new_customer(services, people.cashier, name, "50.00")
        buy(services, people.cashier, customer.id, product.id)
        review = services.reviews.submit(customer_actor(customer.id, name), product.id, rating)
        ids[name] = review.id
    services.reviews.moderate(people.manager, ids["ann"], "approved")
    services.reviews.moderate(people.manager, ids["ben"], "approved")
    services.reviews.moderate(people.manager, ids["cat"], "flagged")
    ratings = services.inventory.ratings(people.cashier, [product.id])
    assert ratings[product.id].average == Decimal("4.5")
    assert ratings[product.id].count == 2
    assert services.inventory.ratings(people.cashier, []) == {}


def test_moderation_queue_filters_by_product_and_customer_text(
    services: Services, people: People
) -> None:
    mug = new_product(services, people.manager, "Blue Mug", "4.00", 10, category="accessories")
    tea = new_product(services, people.manager, "Green Tea", "3.00", 10, category="food")
    for name in ("ann", "ben"):
        customer = new_customer(services, people.cashier, name, "50.00")
        me = customer_actor(customer.id, name)
        for product in (mug, tea):
            buy(services, people.cashier, customer.id, product.id)
            services.reviews.submit(me, product.id, 4, f"{name} on {product.name}")
    mugs = services.reviews.queue(people.manager, product_text="mug")
    assert sorted(r.comment for r in mugs.items) == ["ann on Blue Mug", "ben on Blue Mug"]
    anns = services.reviews.queue(people.manager, customer_text="AN", statuses=["needs_approval"])
    assert sorted(r.comment for r in anns.items) == ["ann on Blue Mug", "ann on Green Tea"]
    assert services.reviews.queue(people.manager, product_text="100%_").total == 0
    assert services.sales.cashiers(people.manager) == [
        (people.cashier.account_id, people.cashier.username)
    ]


# -- end of day: top-ups, card figures, one closing a business day (issue 10 #6, #7, #9) --
def _closings(db: Database) -> list[dict[str, object]]:
    columns = (
        "counter",
        "business_day",
        "cash_sales_cents",
        "card_sales_cents",
        "wallet_sales_cents",
        "card_refunds_cents",
        "cash_top_ups_cents",
        "card_top_ups_cents",
        "expected_cash_cents",
        "counted_cash_cents",
    )

    def work(tx: Transaction) -> list[dict[str, object]]:
        rows = tx.session.scalars(select(models.DayClosing).order_by(models.DayClosing.id))
        return [{c: getattr(row, c) for c in columns} for row in rows]

    return db.read(work)


def test_the_z_report_counts_cash_top_ups_in_the_drawer_and_lists_top_ups_by_method(
    services: Services, people: People, db: Database
) -> None:
    ann = new_customer(services, people.cashier, "ann")
    wallets = services.wallets
    wallets.top_up(people.cashier, ann.id, "20.00", method="cash", counter="Test counter")
    wallets.top_up(people.cashier, ann.id, "30.00", method="card", counter="Test counter")
    wallets.top_up(people.cashier, ann.id, "7.00", method="cash", counter="Elsewhere")
    shirt = new_product(services, people.manager, "Shirt", "10.00", 20)
    services.sales.checkout(people.cashier, cart((shirt.id, 1), cash_tendered=Decimal("10")))
    card_sale = services.sales.checkout(
        people.cashier, cart((shirt.id, 2), card_amount=Decimal("20.00"), card_reference="4242")
    )
    services.sales.checkout(
        people.cashier,
        cart((shirt.id, 1), customer_id=ann.id, wallet_amount="5", card_amount="5"),
    )
    services.refunds.refund(
        people.manager,
        RefundRequest(
            str(uuid.uuid4()),
            card_sale.id,
            (ReturnLine(card_sale.lines[0].line_id, 1),),
            "card",
            "Too small",
            "Test counter",
        ),
    )
    now = datetime.now(UTC)
    report = services.end_of_day.z_report(
        people.manager,
        now - timedelta(hours=1),
        now + timedelta(hours=1),
        counter="Test counter",
        opening_float="50.00",
    )
    assert (report.cash_top_ups, report.card_top_ups) == (Decimal("20.00"), Decimal("30.00"))
    assert (report.cash_sales, report.card_sales, report.wallet_sales) == (
        Decimal("10.00"),
        Decimal("25.00"),
        Decimal("5.00"),
    )
    assert (report.card_refunds, report.cash_refunds) == (Decimal("10.00"), Decimal("0.00"))
    assert report.expected_cash == Decimal("50.00") + Decimal("10.00") + Decimal("20.00")
    store_wide = services.end_of_day.z_report(
        people.manager, now - timedelta(hours=1), now + timedelta(hours=1)
    )
    assert store_wide.cash_top_ups == Decimal("27.00")
    closed = services.end_of_day.close_day(
        people.manager, counter="Test counter", opening_float="50.00", counted_cash="80.00"
    )
    assert closed.difference == Decimal("0.00")
    assert _closings(db) == [
        {
            "counter": "Test counter",
            "business_day": closed.business_day,
            "cash_sales_cents": 1000,
            "card_sales_cents": 2500,
            "wallet_sales_cents": 500,
            "card_refunds_cents": 1000,
            "cash_top_ups_cents": 2000,
            "card_top_ups_cents": 3000,
            "expected_cash_cents": 8000,
            "counted_cash_cents": 8000,
        }
    ]


def test_a_top_up_says_how_it_was_paid_and_where(
    services: Services, people: People, db: Database
) -> None:
    ann = new_customer(services, people.cashier, "ann")
    for method in ("", "cheque", None, 1):
        with pytest.raises(ValidationError) as refused:
            services.wallets.top_up(people.cashier, ann.id, "5.00", method=method)  # type: ignore[arg-type]
        assert refused.value.field == "method"
    services.wallets.top_up(people.cashier, ann.id, "5.00", method="CARD")
    services.wallets.top_up(people.cashier, ann.id, "6.00", method="cash", counter="Till 2")
    rows = db.read(
        lambda s: [
            (e.amount_cents, e.payment_method, e.counter)
            for e in s.session.scalars(select(models.WalletEntry).order_by(models.WalletEntry.id))
        ]
    )
    # Without a counter, the one the cashier signed in at.
    assert rows == [(500, "card", people.cashier.counter), (600, "cash", "Till 2")]
    assert services.wallets.balance(people.cashier, ann.id) == Decimal("11.00")


def test_a_day_closes_once_and_what_is_sold_after_counts_for_the_next_day(
    services: Services, people: People, db: Database
) -> None:
    mug = new_product(services, people.manager, "Mug", "4.00", 20)
    services.sales.checkout(people.cashier, cart((mug.id, 1), cash_tendered=Decimal("5")))
    before = services.end_of_day.open_day(people.manager, counter="Test counter")
    assert before.previous is None and before.sales_count == 1
    today = datetime.now().astimezone().date()
    assert before.business_day == today
    closed = services.end_of_day.close_day(
        people.manager, counter="Test counter", counted_cash="4.00"
    )
    assert (closed.business_day, closed.closed_by, closed.sales_count) == (today, "manager1", 1)
    # A second closing of the same counter and day is refused, naming who closed it.
    with pytest.raises(ConflictError) as refused:
        services.end_of_day.close_day(people.admin, counter="Test counter", counted_cash="9.00")
    message = str(refused.value)
    assert f"The day {today.isoformat()} is already closed for Test counter" in message
    assert "by manager1" in message
    assert f"Sales from now on count for {(today + timedelta(days=1)).isoformat()}" in message
    # Another counter, and the whole store, have their own closings.
    services.end_of_day.close_day(people.manager, counter="Till 2", counted_cash="0.00")
    services.end_of_day.close_day(people.manager, counted_cash="4.00")
    # A sale after the closing belongs to the next business day.
    services.sales.checkout(people.cashier, cart((mug.id, 2), cash_tendered=Decimal("8")))
    after = services.end_of_day.open_day(people.manager, counter="Test counter")
    assert after.business_day == today + timedelta(days=1)
    assert after.previous is not None
    assert (after.previous.business_day, after.previous.closed_by) == (today, "manager1")
    assert after.since == closed.until
    assert (after.sales_count, after.cash_sales) == (1, Decimal("8.00"))
    assert [row["counter"] for row in _closings(db)] == ["Test counter", "Till 2", ""]
    assert [row["cash_sales_cents"] for row in _closings(db)] == [400, 0, 400]


def test_two_managers_closing_at_once_make_one_closing(
    services: Services, people: People, db: Database
) -> None:
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def close(actor: object, counted: str) -> None:
        barrier.wait()
        try:
            services.end_of_day.close_day(actor, counter="Till 9", counted_cash=counted)  # type: ignore[arg-type]
            outcomes.append("ok")
        except ConflictError as exc:
            outcomes.append(str(exc))

    threads = [
        threading.Thread(target=close, args=(people.manager, "1.00")),
        threading.Thread(target=close, args=(people.admin, "2.00")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(outcomes)[-1] == "ok"
    assert "is already closed for Till 9" in sorted(outcomes)[0]
    assert len(_closings(db)) == 1


def test_the_unique_index_decides_when_both_closings_passed_the_check(
    services: Services, people: People, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two managers whose checks both ran before either closing was written: the
    UNIQUE (counter, business_day) index refuses the second, with the same message."""
    services.end_of_day.close_day(people.manager, counter="Till 9", counted_cash="0.00")
    monkeypatch.setattr(DayClosingRepository, "on", lambda self, counter, day: None)
    with pytest.raises(
        ConflictError, match=r"is already closed for Till 9: closed at .* by manager1"
    ):
        services.end_of_day.close_day(people.admin, counter="Till 9", counted_cash="0.00")
    assert len(_closings(db)) == 1
