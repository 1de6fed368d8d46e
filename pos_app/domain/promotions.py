"""Promotions (rule 1 of pos_app.domain.pricing, which documents every rule), and the exact
arithmetic pricing shares with them: rounding a fraction to a cent or to the currency's
unit, sharing an amount by the largest remainders, and checked percents.

Import these names from pos_app.domain.pricing; they live here only to keep each module
short enough to read.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Context, Decimal, InvalidOperation, localcontext
from enum import StrEnum
from typing import Protocol

from pos_app.domain.enums import PromotionKind as PromotionKind  # noqa: PLC0414 (re-exported)
from pos_app.domain.errors import ValidationError, shown
from pos_app.domain.money import format_money, from_cents

_FOUR_PLACES = Decimal("0.0001")
#: 100% in millionths: a percent with at most 4 decimals is a whole number of them.
PERCENT_PARTS = 1_000_000
#: Room for any percent from 0 to 100 with four decimals; quantize never runs out of digits.
_CONTEXT = Context(prec=40, traps=[InvalidOperation])
#: A typed percent: an optional minus (so that we can say "cannot be negative"), digits and
#: at most one decimal point or comma; a "%" after it is allowed.
_PERCENT_TEXT = re.compile(r"-?([0-9]*)(?:[.,]([0-9]*))?")


class RoundingMode(StrEnum):
    """How an exact amount that falls between two cents is rounded."""

    HALF_UP = "half_up"  #: a half cent goes up
    HALF_EVEN = "half_even"  #: a half cent goes to the even cent (banker's rounding)


@dataclass(frozen=True)
class Promotion:
    """A promotion, active when ``starts_at <= at < ends_at`` (aware datetimes).

    MULTI_BUY and BUY_X_GET_Y cover ``product_ids``; CATEGORY_PERCENT covers ``category``.
    ``quantity`` is N of "N for price" or X of "buy X get Y"; ``price_cents`` the price of N;
    ``free_quantity`` is Y; ``percent`` the percent off the Y units (100 = free) or off the
    category. ``name`` is what the line and the receipt show."""

    id: int
    name: str
    kind: PromotionKind
    starts_at: datetime
    ends_at: datetime
    product_ids: frozenset[int] = frozenset()
    category: str | None = None
    quantity: int = 0
    price_cents: int = 0
    free_quantity: int = 0
    percent: Decimal = Decimal(100)


class PricedItem(Protocol):
    """What a promotion looks at on a cart line (pricing.CartItem has it)."""

    @property
    def product_id(self) -> int: ...
    @property
    def quantity(self) -> int: ...
    @property
    def unit_price_cents(self) -> int: ...
    @property
    def category(self) -> str: ...


def round_ratio(numerator: int, denominator: int, mode: RoundingMode) -> int:
    """``numerator / denominator`` (>= 0) rounded to a whole number by ``mode``, exactly."""
    whole, rest = divmod(numerator, denominator)
    twice = 2 * rest
    if twice > denominator:
        return whole + 1
    if twice == denominator and (mode is RoundingMode.HALF_UP or whole % 2 == 1):
        return whole + 1
    return whole


def round_to_unit(numerator: int, denominator: int, mode: RoundingMode, unit: int = 1) -> int:
    """``numerator / denominator`` (>= 0) rounded by ``mode`` to a whole multiple of
    ``unit`` cents (1, or 100 for a currency without decimals), exactly."""
    return unit * round_ratio(numerator, denominator * unit, mode)


def largest_remainder(total: int, weights: Sequence[int], unit: int = 1) -> list[int]:
    """``total`` shared in proportion to ``weights`` (all >= 0), in whole ``unit``s (total
    and weights are multiples of it): each gets the floor of its exact share and the units
    left over go one each to the largest remainders, ties to the earlier one. The shares
    add up to ``total``; a weight of 0 gets 0."""
    if unit != 1:
        units = largest_remainder(total // unit, [weight // unit for weight in weights])
        return [share * unit for share in units]
    whole = sum(weights)
    if whole == 0:
        if total:
            raise ValueError("cannot share a non-zero amount over weights that are all 0")
        return [0] * len(weights)
    shares, remainders = [], []
    for index, weight in enumerate(weights):
        share, remainder = divmod(total * weight, whole)
        shares.append(share)
        remainders.append((-remainder, index))
    for _, index in heapq.nsmallest(total - sum(shares), remainders):
        shares[index] += 1
    return shares


def percent_parts(percent: Decimal) -> int:
    """A checked percent (at most 4 decimals) as a whole number of millionths: 5.5 -> 55000.
    ``x * percent / 100`` is then ``x * parts / PERCENT_PARTS``, in integers."""
    with localcontext(_CONTEXT):  # never the caller's context, whatever its precision
        return int(percent.scaleb(4))


def percent_of(base: int, parts: int, mode: RoundingMode, unit: int = 1) -> int:
    """round(base * percent / 100) to the ``unit``, the percent given as ``percent_parts``."""
    return round_to_unit(base * parts, PERCENT_PARTS, mode, unit)


def _tidy(number: Decimal) -> Decimal:
    """20.0000 as 20 and 5.5000 as 5.5, never as 2E+1."""
    with localcontext(_CONTEXT):
        trimmed = number.quantize(_FOUR_PLACES).normalize()
        exponent = trimmed.as_tuple().exponent
        return (
            trimmed.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else trimmed
        )


def check_percent(value: object, field: str, label: str) -> Decimal:
    """A percent from 0 to 100 with at most 4 decimals, or ValidationError saying
    "``label`` ..." on ``field``. Text, a Decimal or an int; never a float, which cannot
    hold 5.5% of a cent exactly."""
    if isinstance(value, bool | float):
        raise ValidationError(
            f"{label} must be given as text or a Decimal, not {shown(value)}", field
        )
    if isinstance(value, str):
        text = value.strip().removesuffix("%").rstrip()
        match = _PERCENT_TEXT.fullmatch(text)
        if match is None or not (match.group(1) or match.group(2)):
            raise ValidationError(f"{label} is not a number: {shown(value)}", field)
        number = Decimal(text.replace(",", "."))
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise ValidationError(f"{label} is not a number: {shown(value)}", field)
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    else:
        raise ValidationError(f"{label} is not a number: {shown(value)}", field)
    # Comparisons are exact and need no context: safe on any exponent.
    if number < 0:
        raise ValidationError(f"{label} cannot be negative", field)
    if number > 100:
        raise ValidationError(f"{label} cannot be over 100%", field)
    with localcontext(_CONTEXT):
        if number.quantize(_FOUR_PLACES) != number:
            raise ValidationError(f"{label} can have at most 4 decimals (got {number})", field)
    return _tidy(number)


def _positive_whole(value: object, least: int, message: str, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        raise ValidationError(message, field)
    return value


def _covers_products(p: Promotion) -> None:
    ids = p.product_ids
    if not isinstance(ids, frozenset) or not ids:
        raise ValidationError(f"{p.name} needs at least one product", "product_ids")
    if p.category is not None:
        raise ValidationError(f"{p.name} covers products, not a category", "category")


def _check_multi_buy(p: Promotion, unit_prices: Mapping[int, int], unit: int) -> None:
    _covers_products(p)
    n = _positive_whole(
        p.quantity, 2, f"{p.name}: N of 'N for a price' must be 2 or more", "quantity"
    )
    price = _positive_whole(
        p.price_cents, 1, f"{p.name}: the price must be more than 0", "price_cents"
    )
    if price % unit:
        raise ValidationError(
            f"{p.name}: the price {format_money(from_cents(price))} is not a whole number "
            "of the store's currency",
            "price_cents",
        )
    for product_id, shelf in sorted(unit_prices.items()):
        if product_id in p.product_ids and price >= n * shelf:
            raise ValidationError(
                f"{p.name} saves nothing on product {product_id}: {n} cost "
                f"{format_money(from_cents(n * shelf))} at the shelf price",
                "price_cents",
            )


def _check_buy_x_get_y(p: Promotion) -> None:
    _covers_products(p)
    _positive_whole(p.quantity, 1, f"{p.name}: X of 'buy X get Y' must be 1 or more", "quantity")
    _positive_whole(
        p.free_quantity, 1, f"{p.name}: Y of 'buy X get Y' must be 1 or more", "free_quantity"
    )


def _check_category(p: Promotion) -> None:
    if not isinstance(p.category, str) or not p.category.strip():
        raise ValidationError(f"{p.name} needs a category", "category")
    if p.product_ids:
        raise ValidationError(f"{p.name} covers a category, not products", "product_ids")


def check_promotion(
    p: Promotion, unit_prices: Mapping[int, int] | None = None, unit: int = 1
) -> Promotion:
    """``p`` when it makes sense, else ValidationError naming the field to fix.

    ``unit_prices`` (product id -> shelf price in cents), when the editor knows them, also
    refuses a multi-buy whose price is not below N times a covered product's price: it would
    save nothing on that product (pricing would then just not apply it). ``unit``: the
    currency's unit in cents (100 without decimals): a multi-buy's price is whole units."""
    if not isinstance(p.name, str) or not p.name.strip():
        raise ValidationError("A promotion needs a name", "name")
    for field in ("starts_at", "ends_at"):
        moment = getattr(p, field)
        if not isinstance(moment, datetime) or moment.utcoffset() is None:
            raise ValidationError(f"{p.name}: its start and end need a time zone", field)
    if p.ends_at <= p.starts_at:
        raise ValidationError(f"{p.name} must end after it starts", "ends_at")
    if p.kind is PromotionKind.MULTI_BUY:
        _check_multi_buy(p, unit_prices or {}, unit)
        return p
    if p.kind is PromotionKind.BUY_X_GET_Y:
        _check_buy_x_get_y(p)
    elif p.kind is PromotionKind.CATEGORY_PERCENT:
        _check_category(p)
    else:
        raise ValidationError(f"Unknown promotion kind: {shown(p.kind)}", "kind")
    if check_percent(p.percent, "percent", f"{p.name}: the percent") == 0:
        raise ValidationError(f"{p.name}: the percent must be more than 0", "percent")
    return p


def promotion_saving(p: Promotion, item: PricedItem, mode: RoundingMode, unit: int = 1) -> int:
    """What ``p`` takes off ``item`` by rule 1, in cents (whole ``unit``s); 0 when it does
    not apply."""
    return _saving(p, _parts(p), item, mode, unit)


def _parts(p: Promotion) -> int:
    """The promotion's percent as ``percent_parts``; a multi-buy has none."""
    if p.kind is PromotionKind.MULTI_BUY:
        return 0
    return percent_parts(check_percent(p.percent, "percent", f"{p.name}: the percent"))


def _saving(p: Promotion, parts: int, item: PricedItem, mode: RoundingMode, unit: int) -> int:
    price = item.unit_price_cents
    if p.kind is PromotionKind.CATEGORY_PERCENT:
        if item.category != p.category:
            return 0
        return percent_of(item.quantity * price, parts, mode, unit)
    if item.product_id not in p.product_ids:
        return 0
    if p.kind is PromotionKind.MULTI_BUY:
        groups = item.quantity // p.quantity
        return max(0, groups * (p.quantity * price - p.price_cents))
    groups = item.quantity // (p.quantity + p.free_quantity)
    return percent_of(groups * p.free_quantity * price, parts, mode, unit)


def best_promotions(
    items: Sequence[PricedItem],
    promotions: Sequence[Promotion],
    at: datetime,
    mode: RoundingMode,
    unit: int = 1,
) -> list[tuple[Promotion | None, int]]:
    """For each item, the active promotion that takes the most off it (a tie to the lowest
    id) and what it takes off (whole ``unit``s); (None, 0) when none takes anything off.
    Every promotion is checked, active or not, so that a bad one is found the day it is
    entered."""
    by_product: dict[int, list[tuple[Promotion, int]]] = {}
    by_category: dict[str, list[tuple[Promotion, int]]] = {}
    for promotion in promotions:
        check_promotion(promotion, unit=unit)
        if not promotion.starts_at <= at < promotion.ends_at:
            continue
        entry = (promotion, _parts(promotion))
        if promotion.kind is PromotionKind.CATEGORY_PERCENT:
            by_category.setdefault(str(promotion.category), []).append(entry)
        else:
            for product_id in promotion.product_ids:
                by_product.setdefault(product_id, []).append(entry)
    chosen: list[tuple[Promotion | None, int]] = []
    for item in items:
        best: Promotion | None = None
        best_off = 0
        for promotion, parts in by_product.get(item.product_id, []) + by_category.get(
            item.category, []
        ):
            off = _saving(promotion, parts, item, mode, unit)
            if off > best_off or (best is not None and off == best_off and promotion.id < best.id):
                best, best_off = promotion, off
        chosen.append((best, best_off))
    return chosen
