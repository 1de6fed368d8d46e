"""A cart priced for the sale writer: the store's rates, promotions and settings read in
the sale's transaction, the rules applied by ``pos_app.domain.pricing``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from pos_app.data.pricing_models import Promotion as PromotionRow
from pos_app.data.repositories.pricing import RateFields
from pos_app.data.repositories.sale_writer import SaleLineWrite
from pos_app.data.transaction import Transaction
from pos_app.domain.barcodes import LABEL_LENGTH, STORE_PREFIXES, read_label
from pos_app.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from pos_app.domain.money import format_money, from_cents, to_cents, typed_money
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
from pos_app.services.base import copied, to_product
from pos_app.services.permissions import Op, allowed
from pos_app.services.records import Actor, Product
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


#: A counter keeps the rates of at most this many products: those it sells, and the first
#: ones by id (a big store's catalogue is not read into memory whole).
KEPT_PRODUCTS = 50_000
#: How many it reads at once when it reads what the store prices by: a small store's
#: whole catalogue (its first sale of each product then costs no query of its own), and
#: little enough that the worker reading them does not hold up the screen (the GIL).
READ_AHEAD = 5_000


class _PricedBy:
    """What the store priced by at one pricing version: the settings, the promotions not
    yet ended (indexed by product and category), and the rates of the products asked for
    so far."""

    def __init__(self, tx: Transaction, at: datetime) -> None:
        # The version first: a change made while the rest is read moves it on, and the
        # sale priced by this is then refused and priced again; never the other way.
        self.version = tx.pricing.version()
        self.settings = replace(read_settings(tx), version=self.version)
        self.by_product: dict[int, list[Promotion]] = {}
        self.by_category: dict[str, list[Promotion]] = {}
        for row, products in tx.pricing.promotions_not_ended(at):
            promotion = to_promotion(row, products)
            if promotion.kind is PromotionKind.CATEGORY_PERCENT:
                self.by_category.setdefault(str(promotion.category), []).append(promotion)
            for product_id in products:
                self.by_product.setdefault(product_id, []).append(promotion)
        # A store's whole catalogue, up to a point: its first sale of each product then
        # costs no query of its own.
        self.placed: dict[int, tuple[str, TaxRate]] = {}
        self._rates: dict[RateFields | None, TaxRate] = {None: NO_TAX}
        self._place(tx, None, self.placed, READ_AHEAD)

    def _place(
        self,
        tx: Transaction,
        product_ids: list[int] | None,
        into: dict[int, tuple[str, TaxRate]],
        first: int = 0,
    ) -> None:
        default = self.settings.default_tax_rate_id
        found = tx.pricing.product_rates(product_ids, default, first=first)
        rates = self._rates
        for product_id, (category, row) in found.items():
            rate = rates.get(row)
            if rate is None:
                assert row is not None  # None is NO_TAX
                rate = rates[row] = to_rate(row)
            into[product_id] = (category, rate)

    def place(self, tx: Transaction, product_ids: Sequence[int]) -> dict[int, tuple[str, TaxRate]]:
        """Each product's category and rate; those not kept yet are read (one query).
        (A quote on a worker and a sale may ask at once: each works on the dict it took.)"""
        placed = self.placed
        missing = [product_id for product_id in product_ids if product_id not in placed]
        if missing:
            if len(placed) + len(missing) > KEPT_PRODUCTS:
                placed = self.placed = {}
            self._place(tx, missing, placed)
        return {p: placed[p] for p in product_ids if p in placed}

    def promotions(self, product_ids: Sequence[int], categories: set[str]) -> list[Promotion]:
        """The promotions that may apply to a cart of these products (by id, no repeats)."""
        found: dict[int, Promotion] = {}
        for product_id in product_ids:
            found.update((p.id, p) for p in self.by_product.get(product_id, ()))
        for category in categories:
            found.update((p.id, p) for p in self.by_category.get(category, ()))
        return list(found.values())


class PricingBook:
    """What the store prices by, kept by a counter between sales with the pricing version
    it was read at (migration 0007), so that a sale on PostgreSQL is one round trip.

    A sale is priced by what is kept without asking (``trusted``): the sale writer
    refuses a sale priced at a version that has moved on, and the counter then forgets,
    reads again and prices once more. A quote asks the version first (one small query)
    and reads again only when it has moved. Promotions are kept from the moment they are
    read until they end; which are running is decided at the moment of pricing."""

    def __init__(self) -> None:
        self._kept: _PricedBy | None = None

    def forget(self) -> None:
        self._kept = None

    def current(self, tx: Transaction, at: datetime, *, trusted: bool) -> _PricedBy:
        kept = self._kept
        if kept is not None and (trusted or tx.pricing.version() == kept.version):
            return kept
        kept = self._kept = _PricedBy(tx, at)
        return kept


def price_sale(
    tx: Transaction,
    lines: Sequence[tuple[int, int, int, Discount | None]],
    at: datetime,
    cart_discount: Discount | None = None,
    *,
    book: PricingBook | None = None,
    trusted: bool = False,
) -> tuple[PricedCart, PricingSettings]:
    """``lines`` as (product id, quantity, unit price cents, the line's discount), priced
    as the store says now (by ``book``'s kept copy when given; ``trusted``: without asking
    the version). The settings returned carry the version they were priced at. A product
    that is gone is priced without tax; the writer then refuses it."""
    priced_by = (book or PricingBook()).current(tx, at, trusted=trusted)
    product_ids = [product_id for product_id, _, _, _ in lines]
    placed = priced_by.place(tx, product_ids)
    categories = {category for category, _ in placed.values()}
    items = []
    for product_id, quantity, price, discount in lines:
        category, rate = placed.get(product_id, ("", NO_TAX))
        items.append(CartItem(product_id, quantity, price, rate, category, discount))
    priced = price_cart(
        items,
        priced_by.settings.rules,
        at=at,
        promotions=priced_by.promotions(product_ids, categories),
        cart_discount=cart_discount,
    )
    return priced, priced_by.settings


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
        f"; discount {typed_money(from_cents(priced.discount_cents), settings.money)} "
        f"({', '.join(sorted(reasons))}), "
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
    #: The currency's smallest amount in cents (1, or 100 without decimals; issue 17).
    unit_cents: int = 1

    def cash_due(self, cash: Decimal) -> Decimal:
        """What to take in cash for a cash part of ``cash``, after the store's rounding
        (the rule the sale itself applies: ``cash_part``)."""
        step = PricingRules(
            self.prices_include_tax,
            cash_rounding_cents=to_cents(self.cash_step),
            unit_cents=self.unit_cents,
        )
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
        unit_cents=settings.money.unit_cents,
    )


def pricing_changed(
    tx: Transaction,
    earlier: Sequence[SaleLineWrite],
    lines: Sequence[SaleLineWrite],
    total_cents: int,
    shown_cents: int,
) -> ConflictError:
    """Why a cart is not sold at the total the counter showed: what changed in the store's
    pricing, named when the cart was priced twice (``earlier``, by what the counter kept,
    and ``lines``, by what the store prices by now)."""
    for old, new in zip(earlier, lines, strict=False):
        if old == new:
            continue
        product = tx.products.for_sale([old.product_id]).get(old.product_id)
        name = product.name if product is not None else f"product #{old.product_id}"
        if old.tax_rate_id != new.tax_rate_id:
            return ConflictError(
                f"The tax rate of {name} changed since the cart was priced; check the total"
            )
        if old.promotion_id is not None and old.promotion_id != new.promotion_id:
            return ConflictError(
                f"The promotion on {name} ({old.promotion_name}) has ended; check the total"
            )
        if new.promotion_id is not None and old.promotion_id != new.promotion_id:
            return ConflictError(
                f"A promotion ({new.promotion_name}) now applies to {name}; check the total"
            )
    return ConflictError(
        f"The total is now {format_money(from_cents(total_cents))}, not the "
        f"{format_money(from_cents(shown_cents))} shown: the store's prices, taxes or "
        "promotions changed; check the total"
    )


def scanned(tx: Transaction, code: str) -> Product:
    """What a scan at the counter adds: the active product with barcode ``code`` (a
    product's own barcode always wins), or, for a price label of the store's scale
    (``pos_app.domain.barcodes``), its variable-price product at the label's price.
    NotFoundError when neither; ValidationError for a label that does not check out."""
    product = tx.products.by_barcode(code)
    if product is not None and product.active:
        return to_product(product)
    maybe_label = len(code) == LABEL_LENGTH and code[:2] in STORE_PREFIXES
    label = read_label(code, read_settings(tx).price_barcode_prefixes) if maybe_label else None
    if label is not None:
        product = tx.products.by_barcode(label.item)
        if product is not None and product.active:
            if not product.variable_price:
                raise ValidationError(
                    f"{product.name} (barcode {label.item}) is not sold by price label; "
                    "a manager can mark it variable-price in Inventory",
                    "barcode",
                )
            return replace(to_product(product), price=from_cents(label.price_cents))
    raise NotFoundError(f"No product has barcode {code}")
