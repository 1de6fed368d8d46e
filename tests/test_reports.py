"""Reports behind the Sales and Inventory workspaces, on both backends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from conftest import People, customer_actor
from helpers import buy, cart, new_customer, new_product

from pos_app.domain.errors import PermissionDeniedError, ValidationError
from pos_app.services import Services


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
