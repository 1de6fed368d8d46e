"""The pricing engine: promotions, discounts, tax and cash rounding, in integer cents.

Every figure a receipt prints and a report sums comes from here, computed once with exact
fractions (never a float), so that the receipt's lines, its tax summary and the reports agree
to the cent under every setting. The documented rules:

1. Promotions. A promotion is active when ``starts_at <= at < ends_at``. Each line gets at
   most one promotion: among the active ones that apply to it (MULTI_BUY and BUY_X_GET_Y:
   the line's product is in ``product_ids``; CATEGORY_PERCENT: the line's category equals
   ``category``), the one that takes the most off that line; a tie goes to the lowest
   promotion id. What each takes off:
   MULTI_BUY ("N for price"): groups = quantity // N; off = groups * (N * unit - price)
   when positive, else the promotion does not apply.
   BUY_X_GET_Y: groups = quantity // (X + Y); off = round(groups * Y * unit * percent / 100).
   CATEGORY_PERCENT: off = round(gross * percent / 100).
   A promotion that takes nothing off a line (too few units) is not shown on it. Each line
   is counted on its own: two lines of the same product do not make a group together.
2. Line discount. It applies to (gross - promotion). Percent: round(base * percent / 100),
   the percent in [0, 100]. Amount: at most the base. A discount needs a reason.
3. Cart discount. It applies to the sum of the lines after their line discounts, as a
   percent or an amount as above, and is spread over the lines in proportion to each
   line's amount after line discounts by the largest-remainder method: each line gets
   floor(share); the cents left over go one each to the lines with the largest fractional
   remainders, ties to the earlier line. The shares add up to the cart discount exactly and
   no line's share exceeds its amount. charged = gross - promotion - line - cart discount.
4. Tax, with p the rate's percent.
   Prices including tax: PER_LINE: tax = round(charged * p / (100 + p)). PER_RECEIPT: for
   each rate, T = round(sum of its lines' charged * p / (100 + p)), allocated to that rate's
   lines by the largest-remainder method in proportion to charged. net = charged - tax,
   total = charged.
   Prices excluding tax: the same with p / 100 in place of p / (100 + p); net = charged,
   total = charged + tax.
   Exempt and 0% goods: tax 0; they are separate rows of the summary.
5. The tax summary has one row per rate used (percent descending, then id; exempt last),
   and each row is the sum of that rate's lines: the receipt's lines and its summary agree.
   The cart's totals are sums of its lines.
6. Cash rounding applies only to the part paid in cash: ``cash_rounded`` rounds it to the
   nearest multiple of ``cash_rounding_cents``, half up, and returns the adjustment
   (rounded - amount). With 0 it changes nothing.
7. Refunds. Returning k of n units of a line whose total is L pays
   round_half_up(L * (already + k) / n) - round_half_up(L * already / n): returning every
   unit, in any number of refunds, pays back exactly L. The tax in a refund is the same
   function over cents instead of units, refund_share(tax, L, cents paid back before, cents
   paid back now): it comes back exactly too, and a refund's tax never exceeds what it pays.
8. Nothing is ever negative; a line at price 0 is fine.

"round" means the store's rounding mode (half up or half even) to a whole cent (a whole
unit of the currency: rule 9); refunds always round half up. All input is checked: a bad
rate, discount or promotion is a ValidationError that names its field, never a wrong figure.

9. The currency's unit (issue 17). ``PricingRules.unit_cents`` is the smallest amount of the
   store's currency in cents: 1 (two decimals, the default) or 100 (no decimals in
   practice: yen, Lebanese pounds). Every given amount (a price, a discount amount, a
   multi-buy price, a cash step) must be a whole number of units, else ValidationError;
   every computed amount is "round" to a whole unit: round(x) above becomes
   unit * round(x / unit), and the largest-remainder shares (rules 3 and 4) and the refund
   shares (rule 7) are counted in units. With a unit of 100 the engine is therefore exactly
   the unit-1 engine run on amounts counted in yen instead of cents. The cash steps are
   CASH_STEPS units (``cash_steps``): 1, 5, 10, 25, 50 or 100 yen.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from pos_app.domain.currency import SCALE_MAX
from pos_app.domain.errors import ValidationError, shown
from pos_app.domain.money import ABSOLUTE_MAX, to_cents
from pos_app.domain.promotions import (
    PERCENT_PARTS,
    Promotion,
    PromotionKind,
    RoundingMode,
    best_promotions,
    check_percent,
    check_promotion,
    largest_remainder,
    percent_of,
    percent_parts,
    promotion_saving,
    round_ratio,
    round_to_unit,
)
from pos_app.domain.refund_shares import (
    RefundShare,
    check_whole,
    in_units,
    refund_parts,
    refund_share,
)

__all__ = [
    "CASH_STEPS",
    "UNITS",
    "CartItem",
    "Discount",
    "PricedCart",
    "PricedLine",
    "PricingRules",
    "Promotion",
    "PromotionKind",
    "RefundShare",
    "RoundingMode",
    "TaxLine",
    "TaxRate",
    "TaxRounding",
    "cash_rounded",
    "cash_steps",
    "check_discount",
    "check_promotion",
    "check_rate_percent",
    "check_rules",
    "largest_remainder",
    "percent_of",
    "percent_parts",
    "price_cart",
    "promotion_saving",
    "refund_parts",
    "refund_share",
    "round_ratio",
    "round_to_unit",
]

#: The cash steps a store may round to, in units of its currency (0 = cash is not rounded):
#: in cents for a two-decimal currency (``cash_steps`` gives them in cents for any unit).
CASH_STEPS = (0, 1, 5, 10, 25, 50, 100)
#: The currency units pricing knows, in cents (rule 9): two decimals, or none.
UNITS = (1, 100)
#: No line comes near this, in any currency's scale; it keeps every figure of a cart of
#: CART_LINES far inside a 64-bit integer (10^16 cents a line).
LINE_MAX_CENTS = to_cents(ABSOLUTE_MAX) * SCALE_MAX


class TaxRounding(StrEnum):
    """Where tax is rounded to the cent."""

    PER_LINE = "per_line"  #: each line's tax is rounded on its own
    PER_RECEIPT = "per_receipt"  #: each rate's tax is rounded once, then shared by its lines


@dataclass(frozen=True)
class PricingRules:
    """The store's settings.

    ``prices_include_tax``: True when shelf prices include tax (VAT), False when tax is
    added at the counter (US sales tax). ``cash_rounding_cents``: 0 (off) or one of
    ``cash_steps(unit_cents)``: the part paid in cash rounds to a multiple of it.
    ``unit_cents``: the currency's smallest amount in cents (rule 9): 1 or 100."""

    prices_include_tax: bool
    tax_rounding: TaxRounding = TaxRounding.PER_RECEIPT
    rounding_mode: RoundingMode = RoundingMode.HALF_UP
    cash_rounding_cents: int = 0
    unit_cents: int = 1


@dataclass(frozen=True)
class TaxRate:
    """A tax rate. ``exempt`` goods pay no tax and are shown as exempt, which a tax office
    tells apart from goods taxed at 0%."""

    id: int
    name: str
    percent: Decimal
    exempt: bool = False


@dataclass(frozen=True)
class Discount:
    """A discount the cashier gave: exactly one of ``percent`` and ``amount_cents``, and
    the ``reason`` the receipt and the audit show."""

    percent: Decimal | None = None
    amount_cents: int | None = None
    reason: str = ""


@dataclass(frozen=True)
class CartItem:
    """One line as the cashier rang it up; ``unit_price_cents`` is the shelf price (with or
    without tax per PricingRules) and ``discount`` a line discount the cashier gave."""

    product_id: int
    quantity: int
    unit_price_cents: int
    tax_rate: TaxRate
    category: str = ""
    discount: Discount | None = None


@dataclass(frozen=True)
class PricedLine:
    """A priced line. Shelf terms: gross - promotion - discounts = charged. Tax terms:
    net + tax = total, what the customer pays for the line."""

    product_id: int
    quantity: int
    unit_price_cents: int
    gross_cents: int
    promotion: Promotion | None
    promotion_cents: int
    line_discount_cents: int
    cart_discount_cents: int
    charged_cents: int
    tax_rate: TaxRate
    net_cents: int
    tax_cents: int
    total_cents: int
    category: str = ""
    #: The line discount as given, so that a receipt can print its reason.
    discount: Discount | None = None


@dataclass(frozen=True)
class TaxLine:
    """One row of the receipt's tax summary: the sums of that rate's lines."""

    rate: TaxRate
    net_cents: int
    tax_cents: int
    gross_cents: int


@dataclass(frozen=True)
class PricedCart:
    """A priced cart. ``lines`` are in the order of the items given; ``taxes`` has one row
    per rate used. ``discount_cents`` is line plus cart discounts (promotions apart)."""

    lines: tuple[PricedLine, ...]
    taxes: tuple[TaxLine, ...]
    subtotal_cents: int
    promotion_cents: int
    discount_cents: int
    net_cents: int
    tax_cents: int
    total_cents: int
    line_discount_cents: int = 0
    cart_discount_cents: int = 0
    #: The cart discount as given, so that a receipt can print its reason.
    cart_discount: Discount | None = None


def check_rate_percent(value: object, field: str = "percent") -> Decimal:
    """A tax rate's percent, 0 to 100 with at most 4 decimals, or ValidationError. Text
    ("5.5", "5,5", "20%"), a Decimal or an int is accepted; a float never is."""
    return check_percent(value, field, "A tax rate")


def check_rules(rules: PricingRules) -> PricingRules:
    """The store's settings, or ValidationError naming the one that is wrong."""
    if not isinstance(rules.prices_include_tax, bool):
        raise ValidationError("Say whether prices include tax: yes or no", "prices_include_tax")
    if not isinstance(rules.tax_rounding, TaxRounding):
        raise ValidationError(f"Unknown tax rounding: {shown(rules.tax_rounding)}", "tax_rounding")
    if not isinstance(rules.rounding_mode, RoundingMode):
        raise ValidationError(
            f"Unknown rounding mode: {shown(rules.rounding_mode)}", "rounding_mode"
        )
    unit = rules.unit_cents
    if isinstance(unit, bool) or unit not in UNITS:
        raise ValidationError(
            f"The currency's unit is 1 or 100 cents (got {shown(unit)})", "unit_cents"
        )
    step = rules.cash_rounding_cents
    if isinstance(step, bool) or step not in cash_steps(unit):
        allowed = ", ".join(str(s) for s in cash_steps(unit))
        raise ValidationError(
            f"Cash rounding must be one of {allowed} cents (got {shown(step)})",
            "cash_rounding_cents",
        )
    return rules


def cash_steps(unit_cents: int = 1) -> tuple[int, ...]:
    """The cash steps, in cents, of a currency whose unit is ``unit_cents`` (rule 9)."""
    return tuple(step * unit_cents for step in CASH_STEPS)


def check_discount(
    d: Discount,
    base_cents: int,
    field: str,
    *,
    mode: RoundingMode = RoundingMode.HALF_UP,
    larger_than: str = "its line",
    unit: int = 1,
) -> int:
    """The discount in cents (whole ``unit``s, rule 9) off ``base_cents``, or
    ValidationError on ``field``."""
    if d.percent is None and d.amount_cents is None:
        raise ValidationError("A discount is either a percent or an amount: give one", field)
    if d.percent is not None and d.amount_cents is not None:
        raise ValidationError("A discount is either a percent or an amount, not both", field)
    if not isinstance(d.reason, str) or not d.reason.strip():
        raise ValidationError("A discount needs a reason", field)
    if d.percent is not None:
        percent = check_percent(d.percent, field, "A discount")
        return percent_of(base_cents, percent_parts(percent), mode, unit)
    amount = d.amount_cents
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise ValidationError(f"A discount must be whole cents, not {shown(amount)}", field)
    if amount < 0:
        raise ValidationError("A discount cannot be negative", field)
    in_units(amount, unit, field, "A discount")
    if amount > base_cents:
        raise ValidationError(f"A discount cannot be larger than {larger_than}", field)
    return amount


def _check_item(item: CartItem, field: str, unit: int) -> int:
    """The line's gross, once its figures are checked."""
    quantity = check_whole(item.quantity, f"{field}.quantity", "A quantity", 1)
    price = check_whole(item.unit_price_cents, f"{field}.unit_price_cents", "A price", 0)
    in_units(price, unit, f"{field}.unit_price_cents", "A price")
    if quantity * price > LINE_MAX_CENTS:
        raise ValidationError("A line cannot be that large", f"{field}.quantity")
    return quantity * price


def _tax_ratio(rate: TaxRate, prices_include_tax: bool, field: str) -> tuple[int, int]:
    """(numerator, denominator) of the part of ``charged`` that is tax (prices including
    it: p / (100 + p)), or of the tax added to it (p / 100)."""
    parts = percent_parts(check_rate_percent(rate.percent, field))
    if rate.exempt or parts == 0:
        return 0, 1
    return parts, PERCENT_PARTS + parts if prices_include_tax else PERCENT_PARTS


def _line_taxes(
    charged: Sequence[int], items: Sequence[CartItem], rules: PricingRules
) -> list[int]:
    """Each line's tax by rule 4: per line, or per rate and then shared by its lines."""
    by_rate: dict[TaxRate, list[int]] = {}
    for index, item in enumerate(items):
        by_rate.setdefault(item.tax_rate, []).append(index)
    taxes = [0] * len(items)
    mode, unit = rules.rounding_mode, rules.unit_cents
    for rate, indexes in by_rate.items():
        field = f"items[{indexes[0]}].tax_rate"
        over, under = _tax_ratio(rate, rules.prices_include_tax, field)
        bases = [charged[i] for i in indexes]
        if rules.tax_rounding is TaxRounding.PER_LINE:
            shares = [round_to_unit(base * over, under, mode, unit) for base in bases]
        else:
            whole = round_to_unit(sum(bases) * over, under, mode, unit)
            shares = largest_remainder(whole, bases, unit)
        for index, share in zip(indexes, shares, strict=True):
            taxes[index] = share
    return taxes


def _summary(lines: Iterable[PricedLine]) -> tuple[TaxLine, ...]:
    """One row per rate, each the sum of its lines (rule 5)."""
    sums: dict[TaxRate, tuple[int, int, int]] = {}
    for line in lines:
        net, tax, gross = sums.get(line.tax_rate, (0, 0, 0))
        sums[line.tax_rate] = (net + line.net_cents, tax + line.tax_cents, gross + line.total_cents)
    order = sorted(sums, key=lambda r: (r.exempt, -Fraction(r.percent), r.id, r.name))
    return tuple(TaxLine(rate, *sums[rate]) for rate in order)


def _check_at(at: object) -> datetime:
    if not isinstance(at, datetime) or at.utcoffset() is None:
        raise ValidationError("Pricing needs the time with its time zone", "at")
    return at


def price_cart(
    items: Sequence[CartItem],
    rules: PricingRules,
    *,
    at: datetime,
    promotions: Sequence[Promotion] = (),
    cart_discount: Discount | None = None,
) -> PricedCart:
    """Price a cart by the module's rules at the moment ``at`` (an aware datetime).

    Linear in the lines (plus sorting for the remainders); the promotions are indexed by
    product and category first, so each line looks only at those that can apply to it."""
    check_rules(rules)
    mode, unit = rules.rounding_mode, rules.unit_cents
    grosses = [_check_item(item, f"items[{index}]", unit) for index, item in enumerate(items)]
    chosen = best_promotions(items, promotions, _check_at(at), mode, unit)
    afters, line_offs = [], []
    for index, item in enumerate(items):
        base = grosses[index] - chosen[index][1]
        line_off = 0
        if item.discount is not None:
            line_off = check_discount(
                item.discount, base, f"items[{index}].discount", mode=mode, unit=unit
            )
        line_offs.append(line_off)
        afters.append(base - line_off)
    cart_off = 0
    if cart_discount is not None:
        cart_off = check_discount(
            cart_discount,
            sum(afters),
            "cart_discount",
            mode=mode,
            larger_than="the sale",
            unit=unit,
        )
    cart_shares = largest_remainder(cart_off, afters, unit)
    charged = [after - share for after, share in zip(afters, cart_shares, strict=True)]
    taxes = _line_taxes(charged, items, rules)
    lines = []
    for index, item in enumerate(items):
        promotion, promotion_off = chosen[index]
        tax = taxes[index]
        net, total = (
            (charged[index] - tax, charged[index])
            if rules.prices_include_tax
            else (charged[index], charged[index] + tax)
        )
        lines.append(
            PricedLine(
                product_id=item.product_id,
                quantity=item.quantity,
                unit_price_cents=item.unit_price_cents,
                gross_cents=grosses[index],
                promotion=promotion,
                promotion_cents=promotion_off,
                line_discount_cents=line_offs[index],
                cart_discount_cents=cart_shares[index],
                charged_cents=charged[index],
                tax_rate=item.tax_rate,
                net_cents=net,
                tax_cents=tax,
                total_cents=total,
                category=item.category,
                discount=item.discount,
            )
        )
    line_discounts = sum(line_offs)
    return PricedCart(
        lines=tuple(lines),
        taxes=_summary(lines),
        subtotal_cents=sum(grosses),
        promotion_cents=sum(off for _, off in chosen),
        discount_cents=line_discounts + cart_off,
        net_cents=sum(line.net_cents for line in lines),
        tax_cents=sum(taxes),
        total_cents=sum(line.total_cents for line in lines),
        line_discount_cents=line_discounts,
        cart_discount_cents=cart_off,
        cart_discount=cart_discount,
    )


def cash_rounded(amount_cents: int, rules: PricingRules) -> tuple[int, int]:
    """(what to take in cash, adjustment = that - amount) for the part of a payment made in
    cash: the nearest multiple of the store's cash step, half up (rule 6)."""
    step = check_rules(rules).cash_rounding_cents
    amount = check_whole(amount_cents, "amount_cents", "A cash amount", 0)
    if step == 0:
        return amount, 0
    steps, rest = divmod(amount, step)
    rounded = (steps + (1 if 2 * rest >= step else 0)) * step
    return rounded, rounded - amount
