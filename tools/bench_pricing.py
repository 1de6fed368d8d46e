"""Pricing at the counter (issue 12): how long the rules take to price a 30-line cart with
three promotions, a line discount and a cart discount, on this process's own CPU."""

from __future__ import annotations

import statistics
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from pos_app.domain.pricing import (
    CartItem,
    Discount,
    PricingRules,
    Promotion,
    PromotionKind,
    TaxRate,
    TaxRounding,
    price_cart,
)

LINES = 30


def cart30() -> tuple[list[CartItem], list[Promotion], Discount]:
    """30 lines over three rates and two categories; a multi-buy, a buy-2-get-1 and 10% off
    a category; a 5% discount on one line and 2.00 off the cart."""
    rates = [
        TaxRate(1, "VAT", Decimal(20)),
        TaxRate(2, "Reduced", Decimal("5.5")),
        TaxRate(3, "Zero", Decimal(0)),
    ]
    items = [
        CartItem(
            product_id=n + 1,
            quantity=1 + n % 4,
            unit_price_cents=99 + 37 * n,
            tax_rate=rates[n % 3],
            category="food" if n % 2 else "home",
            discount=Discount(percent=Decimal(5), reason="Dented") if n == 7 else None,
        )
        for n in range(LINES)
    ]
    now = datetime.now(UTC)
    start, end = now - timedelta(days=1), now + timedelta(days=1)
    promotions = [
        Promotion(
            1, "3 for 5.00", PromotionKind.MULTI_BUY, start, end,
            product_ids=frozenset({3, 4, 5}), quantity=3, price_cents=200,
        ),
        Promotion(
            2, "Buy 2 get 1", PromotionKind.BUY_X_GET_Y, start, end,
            product_ids=frozenset({8, 12}), quantity=2, free_quantity=1,
        ),
        Promotion(
            3, "10% off food", PromotionKind.CATEGORY_PERCENT, start, end,
            category="food", percent=Decimal(10),
        ),
    ]  # fmt: skip
    return items, promotions, Discount(amount_cents=200, reason="Loyal customer")


def measure(runs: int = 2000) -> list[float]:
    """Milliseconds per pricing of the cart, ``runs`` times (after a warm-up)."""
    items, promotions, discount = cart30()
    rules = PricingRules(False, TaxRounding.PER_RECEIPT)
    at = datetime.now(UTC)
    times = []
    for n in range(runs + 50):
        began = time.perf_counter()
        price_cart(items, rules, at=at, promotions=promotions, cart_discount=discount)
        if n >= 50:
            times.append((time.perf_counter() - began) * 1000)
    return times


if __name__ == "__main__":
    found = measure()
    print(f"price_cart30_ms median {statistics.median(found):.3f}, max {max(found):.3f}")
