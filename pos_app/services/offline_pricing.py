"""An offline cart priced from the counter's catalogue cache (``pos_app.data.
catalogue_cache``) by the rules the online sale uses: ``pos_app.domain.pricing.price_cart``
with the rates, promotions and settings read through the same converters
(``to_rate``, ``to_promotion``, ``read_settings``) and written through the same
``line_write`` and ``cash_part``. With the same catalogue, an offline sale's lines,
taxes, promotions and cash rounding are the online sale's to the cent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from types import SimpleNamespace
from typing import Any, cast

from pos_app.data.catalogue_cache import CatalogueCache
from pos_app.data.repositories.catalogue import COLUMNS
from pos_app.data.repositories.pricing import RateFields
from pos_app.data.transaction import Transaction
from pos_app.domain.barcodes import LABEL_LENGTH, STORE_PREFIXES, read_label
from pos_app.domain.errors import ConflictError, NotFoundError, ValidationError
from pos_app.domain.money import format_money, from_cents
from pos_app.domain.pricing import (
    CartItem,
    Discount,
    PricedCart,
    Promotion,
    TaxRate,
    price_cart,
)
from pos_app.services.cart_request import CleanLine
from pos_app.services.records import Product, ProductId
from pos_app.services.sale_pricing import NO_TAX, to_promotion
from pos_app.services.taxes import PricingSettings, read_settings, to_rate

NOT_CACHED = (
    "{0} is not in this counter's copy of the catalogue yet; sell it when the server is back"
)
NO_CATALOGUE = (
    "This counter has no copy of the catalogue yet: it needs the server once before it can "
    "sell offline"
)


class _Stored:
    """The cached settings where ``read_settings`` reads the server's (``tx.pricing``)."""

    def __init__(self, settings: dict[str, str]) -> None:
        self.pricing = self
        self._settings = settings

    def settings(self) -> dict[str, str]:
        return self._settings


def _named(table: str, row: Sequence[Any]) -> SimpleNamespace:
    return SimpleNamespace(**dict(zip(COLUMNS[table], row, strict=False)))


def _product(row: Sequence[Any]) -> Product:
    p = _named("products", row)
    return Product(
        id=ProductId(int(p.id)),
        name=str(p.name),
        category=str(p.category),
        price=from_cents(int(p.price_cents)),
        description="",
        stock=0,  # not kept offline: a sale offline is recorded whatever the stock
        barcode=p.barcode,
        active=bool(p.active),
        tax_rate_id=p.tax_rate_id,
        variable_price=bool(p.variable_price),
    )


@dataclass(frozen=True)
class CachedPricing:
    settings: PricingSettings
    categories: dict[str, tuple[Any, ...]]
    rates: dict[int, TaxRate]
    promotions: list[Promotion]


def cached_pricing(cache: CatalogueCache, at: datetime) -> CachedPricing:
    stored, categories, rate_rows, promotion_rows = cache.pricing()
    settings = read_settings(cast(Transaction, _Stored(stored)))
    rates = {rid: to_rate(RateFields(*row[:4])) for rid, row in rate_rows.items()}
    promotions = []
    for row in promotion_rows:
        p = _named("promotions", row[:-1])
        p.starts_at, p.ends_at = (
            datetime.fromisoformat(p.starts_at),
            datetime.fromisoformat(p.ends_at),
        )
        if p.ends_at > at:
            promotions.append(to_promotion(p, frozenset(row[-1])))
    return CachedPricing(settings, categories, rates, promotions)


def price_offline(
    cache: CatalogueCache,
    lines: Sequence[CleanLine],
    at: datetime,
    cart_discount: Discount | None = None,
) -> tuple[PricedCart, PricingSettings]:
    """``lines`` (with their discounts, and the cart's ``cart_discount``) priced as the
    online sale would price them with the cached catalogue. A line without a price is
    charged the cached price; a line with another price than the cached one (not
    variable-price) is refused, as online."""
    if cache.last_seq() == 0:
        raise ValidationError(NO_CATALOGUE, "lines")
    products = cache.products([line.product_id for line in lines])
    pricing = cached_pricing(cache, at)
    default = pricing.settings.default_tax_rate_id
    items, categories = [], set()
    for line in lines:
        row = products.get(line.product_id)
        if row is None:
            raise NotFoundError(NOT_CACHED.format(f"Product #{line.product_id}"))
        product = _named("products", row)
        if not product.active:
            raise ValidationError(f"{product.name} is no longer sold", "lines")
        price = line.unit_price_cents
        if price is None:
            price = int(product.price_cents)
        elif price != product.price_cents and not product.variable_price:
            raise ConflictError(
                f"The price of {product.name} is {format_money(from_cents(product.price_cents))}"
                f", not {format_money(from_cents(price))}; check the cart"
            )
        category = pricing.categories.get(str(product.category))
        rate = NO_TAX
        if category is not None:
            rate_id = product.tax_rate_id or category[3] or default
            rate = pricing.rates.get(rate_id, NO_TAX) if rate_id else NO_TAX
            categories.add(str(product.category))
        items.append(
            CartItem(
                line.product_id, line.quantity, price, rate, str(product.category), line.discount
            )
        )
    wanted = {item.product_id for item in items}
    promotions = [
        p
        for p in pricing.promotions
        if p.product_ids & wanted or (p.category is not None and p.category in categories)
    ]
    priced = price_cart(
        items,
        pricing.settings.rules,
        at=at,
        promotions=promotions,
        cart_discount=cart_discount,
    )
    return priced, pricing.settings


def scanned_offline(cache: CatalogueCache, code: str) -> Product:
    """What a scan adds offline, as ``sale_pricing.scanned`` online: the active product
    with barcode ``code``, or a price label's variable-price product at its price."""
    row = cache.by_barcode(code)
    if row is not None and row[5]:
        return _product(row)
    if len(code) == LABEL_LENGTH and code[:2] in STORE_PREFIXES:
        stored, _, _, _ = cache.pricing()
        settings = read_settings(cast(Transaction, _Stored(stored)))
        label = read_label(code, settings.price_barcode_prefixes)
        if label is not None:
            row = cache.by_barcode(label.item)
            if row is not None and row[5]:
                product = _product(row)
                if not product.variable_price:
                    raise ValidationError(
                        f"{product.name} (barcode {label.item}) is not sold by price label",
                        "barcode",
                    )
                return Product(**{**product.__dict__, "price": from_cents(label.price_cents)})
    raise NotFoundError(f"No product has barcode {code} in this counter's copy of the catalogue")
