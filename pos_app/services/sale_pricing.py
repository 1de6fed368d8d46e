"""A cart priced for the sale writer: the store's rates, promotions and settings read in
the sale's transaction, the rules applied by ``pos_app.domain.pricing``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from pos_app.data.pricing_models import Promotion as PromotionRow
from pos_app.data.repositories.sale_writer import SaleLineWrite
from pos_app.data.transaction import Transaction
from pos_app.domain.errors import ConflictError, PermissionDeniedError
from pos_app.domain.money import from_cents, to_cents
from pos_app.domain.pricing import (
    CartItem,
    Discount,
    PricedCart,
    PricedLine,
    PricingRules,
    Promotion,
    PromotionKind,
    TaxRate,
    cash_rounded,
    price_cart,
)
from pos_app.services.base import copied
from pos_app.services.permissions import Op, allowed
from pos_app.services.records import Actor
from pos_app.services.report_records import TaxTotal
from pos_app.services.taxes import E4, PricingSettings, read_settings, to_rate

#: A product with no rate anywhere (none of its own, its category's or the store's).
NO_TAX = TaxRate(0, "", Decimal(0))


def to_promotion(row: PromotionRow | Any, product_ids: frozenset[int]) -> Promotion:
    """The promotion as the pricing rules read it."""
    percent = Decimal(row.percent_e4) / E4
    return copied(
        Promotion, row, kind=PromotionKind(row.kind), product_ids=product_ids, percent=percent
    )


def price_sale(
    tx: Transaction,
    lines: Sequence[tuple[int, int, int]],
    at: datetime,
    cart_discount: Discount | None = None,
    discounts: Mapping[int, Discount] | None = None,
) -> tuple[PricedCart, PricingSettings]:
    """``lines`` as (product id, quantity, unit price cents), priced as the store says now.
    A product that is gone is priced without tax; the writer then refuses it."""
    settings = read_settings(tx)
    placed = {
        product_id: (category, to_rate(row) if row is not None else NO_TAX)
        for product_id, (category, row) in tx.pricing.product_rates(
            [product_id for product_id, _, _ in lines], settings.default_tax_rate_id
        ).items()
    }
    categories = {category for category, _ in placed.values()}
    promotions = [
        to_promotion(row, products)
        for row, products in tx.pricing.running_promotions(
            at, [product_id for product_id, _, _ in lines], categories
        )
    ]
    items = []
    for product_id, quantity, price in lines:
        category, rate = placed.get(product_id, ("", NO_TAX))
        discount = (discounts or {}).get(product_id)
        items.append(CartItem(product_id, quantity, price, rate, category, discount))
    priced = price_cart(
        items, settings.rules, at=at, promotions=promotions, cart_discount=cart_discount
    )
    return priced, settings


def line_write(line: PricedLine) -> SaleLineWrite:
    rate, promotion = line.tax_rate, line.promotion
    return SaleLineWrite(
        line.product_id,
        line.quantity,
        line.unit_price_cents,
        promotion_id=promotion.id if promotion else None,
        promotion_name=promotion.name if promotion else "",
        promotion_cents=line.promotion_cents,
        discount_cents=line.line_discount_cents,
        cart_discount_cents=line.cart_discount_cents,
        discount_reason=line.discount.reason if line.discount else "",
        tax_rate_id=rate.id or None,
        tax_name=rate.name,
        tax_percent_e4=int(rate.percent * E4),
        tax_exempt=rate.exempt,
        tax_cents=line.tax_cents,
        net_cents=line.net_cents,
    )


def cash_part(cash_cents: int, rules: PricingSettings | PricingRules) -> tuple[int, int]:
    """The cash to take and the rounding (taken - due). Cash never rounds to nothing."""
    if not cash_cents:
        return 0, 0
    priced_by = rules.rules if isinstance(rules, PricingSettings) else rules
    rounded, adjustment = cash_rounded(cash_cents, priced_by)
    return (rounded, adjustment) if rounded > 0 else (cash_cents, 0)


def check_discount_authority(
    priced: PricedCart, settings: PricingSettings, authoriser: Actor
) -> str:
    """Refuse a discount over the cashiers' limit (a percent of what it applies to) unless
    ``authoriser`` may give it; return the words the sale's audit row adds about the
    discounts: how much, why, and on whose authority."""
    limit = settings.cashier_discount_limit_percent

    def beyond(given: Discount | None, cents: int, base: int) -> bool:
        """A percent is compared as given (10% of 61.48 is 6.15 once rounded, still
        10%); an amount against the limit's share of what it applies to."""
        if given is None or not cents:
            return False
        if given.percent is not None:
            return given.percent > limit
        return cents * 100 > limit * base

    cart = priced.cart_discount_cents
    over = beyond(priced.cart_discount, cart, cart + sum(x.charged_cents for x in priced.lines))
    over = over or any(
        beyond(line.discount, line.line_discount_cents, line.gross_cents - line.promotion_cents)
        for line in priced.lines
    )
    if over and not allowed(authoriser.role, Op.DISCOUNT_ABOVE_LIMIT):
        raise PermissionDeniedError(
            f"A discount of more than {limit.normalize():f}% needs a manager's authorisation"
        )
    if not priced.discount_cents:
        return ""
    reasons = {
        line.discount.reason for line in priced.lines if line.discount and line.line_discount_cents
    }
    if priced.cart_discount and cart:
        reasons.add(priced.cart_discount.reason)
    return (
        f"; discount {from_cents(priced.discount_cents):.2f} ({', '.join(sorted(reasons))}), "
        f"authorised by {authoriser.username}"
    )


@dataclass(frozen=True)
class QuoteLine:
    product_id: int
    quantity: int
    unit_price: Decimal
    line_total: Decimal  #: quantity x unit price
    promotion_name: str
    promotion: Decimal
    discount: Decimal  #: the line's own and its share of the cart's
    tax: Decimal
    charged: Decimal  #: what the customer pays for the line, tax included


@dataclass(frozen=True)
class Quote:
    """A cart priced as checkout would charge it now (``SalesService.quote``)."""

    lines: tuple[QuoteLine, ...]
    taxes: tuple[TaxTotal, ...]
    subtotal: Decimal
    promotion: Decimal
    discount: Decimal
    tax: Decimal
    total: Decimal
    prices_include_tax: bool
    #: The discounts given are over the cashiers' limit for this actor.
    needs_manager: bool
    #: Cash is rounded to this step (0: not rounded).
    cash_step: Decimal

    def cash_due(self, cash: Decimal) -> Decimal:
        """What to take in cash for a cash part of ``cash``, after the store's rounding
        (the rule the sale itself applies: ``cash_part``)."""
        step = PricingRules(self.prices_include_tax, cash_rounding_cents=to_cents(self.cash_step))
        return from_cents(cash_part(to_cents(cash), step)[0])


def to_quote(priced: PricedCart, settings: PricingSettings, *, needs_manager: bool) -> Quote:
    lines = tuple(
        QuoteLine(
            product_id=line.product_id,
            quantity=line.quantity,
            unit_price=from_cents(line.unit_price_cents),
            line_total=from_cents(line.gross_cents),
            promotion_name=line.promotion.name if line.promotion else "",
            promotion=from_cents(line.promotion_cents),
            discount=from_cents(line.line_discount_cents + line.cart_discount_cents),
            tax=from_cents(line.tax_cents),
            charged=from_cents(line.total_cents),
        )
        for line in priced.lines
    )
    taxes = tuple(
        TaxTotal(
            t.rate.name,
            t.rate.percent,
            t.rate.exempt,
            from_cents(t.net_cents),
            from_cents(t.tax_cents),
        )
        for t in priced.taxes
        if t.rate.id
    )
    return Quote(
        lines=lines,
        taxes=taxes,
        subtotal=from_cents(priced.subtotal_cents),
        promotion=from_cents(priced.promotion_cents),
        discount=from_cents(priced.discount_cents),
        tax=from_cents(priced.tax_cents),
        total=from_cents(priced.total_cents),
        prices_include_tax=settings.prices_include_tax,
        needs_manager=needs_manager,
        cash_step=from_cents(settings.cash_rounding_cents),
    )


def pricing_changed(
    tx: Transaction, product_id: int, name: str, line: SaleLineWrite, at: datetime
) -> ConflictError | None:
    """Why the sale writer refused a line whose price and stock still hold: the product's
    tax rate or its promotion changed after the cart was priced (None: neither did)."""
    default = read_settings(tx).default_tax_rate_id
    category, rate = tx.pricing.product_rates([product_id], default).get(product_id, ("", None))
    if (rate.id if rate is not None else None) != line.tax_rate_id:
        return ConflictError(
            f"The tax rate of {name} changed since the cart was priced; check the total"
        )
    if line.promotion_id is not None:
        found = tx.pricing.running_promotions(at, [product_id], [category])
        running = {row.id for row, _ in found}
        if line.promotion_id not in running:
            return ConflictError(
                f"The promotion on {name} ({line.promotion_name}) has ended; check the total"
            )
    return None
