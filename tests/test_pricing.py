"""The pricing engine (issue 12): every printed figure agrees with every reported one, to the
cent, under every setting. A property test over random carts checks the rules against an
independent Decimal computation, in cents and in a currency without decimals (a unit of
100 cents: yen, Lebanese pounds; rule 9); worked cases show real stores' arithmetic; bad
input is refused with a message a cashier can act on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, localcontext
from itertools import pairwise

import pytest
from conftest import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.domain.errors import ValidationError
from pos_app.domain.pricing import (
    CartItem,
    Discount,
    PricedCart,
    PricingRules,
    Promotion,
    PromotionKind,
    RoundingMode,
    TaxRate,
    TaxRounding,
    cash_rounded,
    cash_steps,
    check_discount,
    check_promotion,
    check_rate_percent,
    largest_remainder,
    price_cart,
    refund_parts,
    refund_share,
)

AT = datetime(2025, 3, 14, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)

RATES = (
    TaxRate(1, "Standard 20%", Decimal(20)),
    TaxRate(2, "Reduced 5.5%", Decimal("5.5")),
    TaxRate(3, "NYC 8.875%", Decimal("8.875")),
    TaxRate(4, "Zero-rated", Decimal(0)),
    TaxRate(0, "Exempt", Decimal(0), exempt=True),  # the lowest id, and still last
    TaxRate(6, "Odd 17.3456%", Decimal("17.3456")),
    TaxRate(7, "Full 100%", Decimal(100)),
)
CATEGORIES = ("food", "drinks", "household", "")


# ---------------------------------------------------------------- an independent reference


def _round(value: Decimal, mode: RoundingMode, unit: int = 1) -> int:
    """Decimal rounding to a whole ``unit`` of cents, not the engine's Fraction rounding:
    60 digits leave an exact half exact and never make a non-half look like one (the
    denominators here are < 10^9)."""
    rounding = ROUND_HALF_UP if mode is RoundingMode.HALF_UP else ROUND_HALF_EVEN
    with localcontext() as ctx:
        ctx.prec = 60
        return unit * int((value / unit).quantize(Decimal(1), rounding=rounding))


def expected_rate_tax(charged: Sequence[int], rate: TaxRate, rules: PricingRules) -> int:
    """Rule 4, from the rate's documented base: its lines' charged amounts."""
    if rate.exempt or rate.percent == 0:
        return 0
    with localcontext() as ctx:
        ctx.prec = 60
        p = rate.percent
        over = 100 + p if rules.prices_include_tax else 100

        def tax(base: int) -> int:  # divide last: a half stays exact
            return _round(base * p / over, rules.rounding_mode, rules.unit_cents)

        if rules.tax_rounding is TaxRounding.PER_LINE:
            return sum(tax(c) for c in charged)
        return tax(sum(charged))


def expected_saving(p: Promotion, item: CartItem, mode: RoundingMode, step: int = 1) -> int:
    """Rule 1 as written, one promotion and one line, rounded to ``step`` cents (rule 9)."""
    if not p.starts_at <= AT < p.ends_at:
        return 0
    unit, qty = Decimal(item.unit_price_cents), item.quantity
    if p.kind is PromotionKind.CATEGORY_PERCENT:
        if item.category != p.category:
            return 0
        return _round(unit * qty * p.percent / 100, mode, step)
    if item.product_id not in p.product_ids:
        return 0
    if p.kind is PromotionKind.MULTI_BUY:
        return max(0, qty // p.quantity * (p.quantity * item.unit_price_cents - p.price_cents))
    groups = qty // (p.quantity + p.free_quantity)
    return _round(groups * p.free_quantity * unit * p.percent / 100, mode, step)


# ---------------------------------------------------------------- random carts

percents = st.integers(0, 1_000_000).map(lambda n: Decimal(n).scaleb(-4))
#: Percents a store really uses: they land on half cents often, where rounding modes differ.
round_percents = st.sampled_from([Decimal(p) for p in ("5", "10", "12.5", "25", "50", "100")])
rates = st.one_of(
    st.sampled_from(RATES),
    st.builds(TaxRate, id=st.integers(8, 9), name=st.just("Random"), percent=percents),
)


@st.composite
def promotions(draw: st.DrawFn, unit: int = 1) -> Promotion:
    kind = draw(st.sampled_from(PromotionKind))
    start = AT + draw(st.sampled_from([-3 * DAY, -DAY, timedelta(0), DAY]))
    end = start + draw(st.sampled_from([DAY, 2 * DAY, 5 * DAY]))
    common = {"id": draw(st.integers(1, 12)), "kind": kind, "starts_at": start, "ends_at": end}
    products = frozenset(draw(st.lists(st.integers(1, 8), min_size=1, max_size=4)))
    if kind is PromotionKind.MULTI_BUY:
        n = draw(st.integers(2, 5))
        return Promotion(
            name=f"{n} for a price",
            product_ids=products,
            quantity=n,
            price_cents=unit * draw(st.integers(1, 40_000 // unit)),
            **common,
        )
    percent = Decimal(draw(st.integers(1, 1_000_000))).scaleb(-4)
    if kind is PromotionKind.BUY_X_GET_Y:
        return Promotion(
            name="Buy X get Y",
            product_ids=products,
            quantity=draw(st.integers(1, 4)),
            free_quantity=draw(st.integers(1, 3)),
            percent=draw(st.sampled_from([Decimal(100), Decimal(50), percent])),
            **common,
        )
    return Promotion(
        name="Category off",
        category=draw(st.sampled_from(CATEGORIES[:3])),
        percent=percent,
        **common,
    )


#: A discount as the cashier might want it; amounts are capped at the line later.
wishes = st.one_of(
    st.none(),
    st.builds(lambda p: ("percent", p), st.one_of(round_percents, percents)),
    st.builds(lambda a: ("amount", a), st.integers(0, 60_000)),
)


def _discount(wish: tuple[str, object] | None, base: int, unit: int = 1) -> Discount | None:
    if wish is None:
        return None
    kind, value = wish
    if kind == "percent":
        assert isinstance(value, Decimal)
        return Discount(percent=value, reason="manager's call")
    assert isinstance(value, int)
    return Discount(amount_cents=min(value - value % unit, base), reason="damaged box")


@st.composite
def carts(
    draw: st.DrawFn,
) -> tuple[list[CartItem], PricingRules, list[Promotion], Discount | None]:
    unit = draw(st.sampled_from([1, 100]))  # cents, or a currency without decimals
    rules = PricingRules(
        prices_include_tax=draw(st.booleans()),
        tax_rounding=draw(st.sampled_from(TaxRounding)),
        rounding_mode=draw(st.sampled_from(RoundingMode)),
        cash_rounding_cents=draw(st.sampled_from(cash_steps(unit))),
        unit_cents=unit,
    )
    items = draw(
        st.lists(
            st.builds(
                CartItem,
                product_id=st.integers(1, 8),
                quantity=st.one_of(st.integers(1, 12), st.integers(1, 1000)),
                unit_price_cents=st.one_of(st.integers(0, 300), st.integers(0, 50_000)).map(
                    lambda cents: cents * unit
                ),
                tax_rate=rates,
                category=st.sampled_from(CATEGORIES),
            ),
            min_size=1,
            max_size=30,
        )
    )
    promos = draw(st.lists(promotions(unit), max_size=8))
    line_wishes = draw(st.lists(wishes, min_size=len(items), max_size=len(items)))
    cart_wish = draw(wishes)
    # The discount amounts a cashier could give depend on the promotions, so the cart is
    # priced without them first; the engine refusing too large ones is tested below.
    plain = price_cart(items, rules, at=AT, promotions=promos)
    items = [
        replace(item, discount=_discount(wish, line.gross_cents - line.promotion_cents, unit))
        for item, wish, line in zip(items, line_wishes, plain.lines, strict=True)
    ]
    after_lines = price_cart(items, rules, at=AT, promotions=promos)
    cart_base = sum(line.charged_cents for line in after_lines.lines)
    return items, rules, promos, _discount(cart_wish, cart_base, unit)


def _all_ints(cart: PricedCart) -> list[int]:
    figures = [
        cart.subtotal_cents,
        cart.promotion_cents,
        cart.discount_cents,
        cart.net_cents,
        cart.tax_cents,
        cart.total_cents,
    ]
    for line in cart.lines:
        figures += [
            line.gross_cents,
            line.promotion_cents,
            line.line_discount_cents,
            line.cart_discount_cents,
            line.charged_cents,
            line.net_cents,
            line.tax_cents,
            line.total_cents,
        ]
    for row in cart.taxes:
        figures += [row.net_cents, row.tax_cents, row.gross_cents]
    return figures


def _check_lines(cart: PricedCart, items: Sequence[CartItem], rules: PricingRules) -> None:
    assert len(cart.lines) == len(items)
    for line, item in zip(cart.lines, items, strict=True):
        assert (line.product_id, line.quantity, line.tax_rate) == (
            item.product_id,
            item.quantity,
            item.tax_rate,
        )
        assert line.gross_cents == item.quantity * item.unit_price_cents
        assert line.charged_cents == (
            line.gross_cents
            - line.promotion_cents
            - line.line_discount_cents
            - line.cart_discount_cents
        )
        assert line.net_cents + line.tax_cents == line.total_cents
        if rules.prices_include_tax:
            assert line.total_cents == line.charged_cents
        else:
            assert line.net_cents == line.charged_cents
        if line.tax_rate.exempt or line.tax_rate.percent == 0:
            assert line.tax_cents == 0


def _check_promotions(
    cart: PricedCart, items: Sequence[CartItem], promos: Sequence[Promotion], rules: PricingRules
) -> None:
    mode, unit = rules.rounding_mode, rules.unit_cents
    for line, item in zip(cart.lines, items, strict=True):
        savings = [(expected_saving(p, item, mode, unit), p.id) for p in promos]
        best = max((off for off, _ in savings), default=0)
        assert line.promotion_cents == best
        if best == 0:
            assert line.promotion is None
        else:
            assert line.promotion is not None
            assert line.promotion.id == min(pid for off, pid in savings if off == best)


def expected_discount(d: Discount | None, base: int, mode: RoundingMode, unit: int = 1) -> int:
    """Rules 2 and 3: a percent of the base, rounded, or the amount itself."""
    if d is None:
        return 0
    if d.percent is not None:
        return _round(base * d.percent / 100, mode, unit)
    assert d.amount_cents is not None
    return d.amount_cents


def _check_discounts(
    cart: PricedCart,
    items: Sequence[CartItem],
    cart_discount: Discount | None,
    rules: PricingRules,
) -> None:
    mode, unit = rules.rounding_mode, rules.unit_cents
    for line, item in zip(cart.lines, items, strict=True):
        base = line.gross_cents - line.promotion_cents
        assert line.line_discount_cents == expected_discount(item.discount, base, mode, unit)
    afters = [ln.gross_cents - ln.promotion_cents - ln.line_discount_cents for ln in cart.lines]
    assert cart.cart_discount_cents == expected_discount(cart_discount, sum(afters), mode, unit)
    shares = [line.cart_discount_cents for line in cart.lines]
    assert sum(shares) == cart.cart_discount_cents
    assert cart.discount_cents == cart.cart_discount_cents + sum(
        line.line_discount_cents for line in cart.lines
    )
    whole = sum(afters)
    for after, share in zip(afters, shares, strict=True):
        assert share <= after
        # the floor of the exact share in units, and at most one unit more
        exact_floor = unit * (cart.cart_discount_cents * after // (whole * unit)) if whole else 0
        assert share in (exact_floor, exact_floor + unit)
    assert cart.promotion_cents + cart.discount_cents <= cart.subtotal_cents


def _check_taxes(cart: PricedCart, rules: PricingRules) -> None:
    assert cart.total_cents == sum(line.total_cents for line in cart.lines)
    assert cart.total_cents == sum(row.gross_cents for row in cart.taxes)
    assert cart.tax_cents == sum(row.tax_cents for row in cart.taxes)
    assert cart.net_cents == sum(row.net_cents for row in cart.taxes)
    assert len({row.rate for row in cart.taxes}) == len(cart.taxes)
    assert {row.rate for row in cart.taxes} == {line.tax_rate for line in cart.lines}
    keys = [(r.rate.exempt, -r.rate.percent, r.rate.id) for r in cart.taxes]
    assert keys == sorted(keys)
    for row in cart.taxes:
        lines = [line for line in cart.lines if line.tax_rate == row.rate]
        charged = [line.charged_cents for line in lines]
        assert row.tax_cents == expected_rate_tax(charged, row.rate, rules)
        assert row.net_cents == sum(line.net_cents for line in lines)
        assert row.gross_cents == row.net_cents + row.tax_cents
        assert row.gross_cents == sum(line.total_cents for line in lines)
        base = sum(charged)
        for line in lines:
            if rules.tax_rounding is TaxRounding.PER_LINE:
                assert line.tax_cents == expected_rate_tax([line.charged_cents], row.rate, rules)
            else:
                unit = rules.unit_cents
                floor = unit * (row.tax_cents * line.charged_cents // (base * unit)) if base else 0
                assert line.tax_cents in (floor, floor + unit)


def _check_cash(cart: PricedCart, rules: PricingRules, cash_part: int) -> None:
    step = rules.cash_rounding_cents
    for amount in (cart.total_cents, cash_part):
        rounded, adjustment = cash_rounded(amount, rules)
        assert rounded == amount + adjustment
        assert rounded >= 0
        if step == 0:
            assert adjustment == 0
        else:
            assert rounded % step == 0
            assert 2 * abs(adjustment) <= step
            assert rounded == step * _round(Decimal(amount) / step, RoundingMode.HALF_UP)


def _cumulative(total: int, quantity: int, units: int, unit: int) -> int:
    """Rule 7's round_half_up(L * units / n), to the currency's unit (rule 9)."""
    with localcontext() as ctx:
        ctx.prec = 60
        return _round(Decimal(total * units) / quantity, RoundingMode.HALF_UP, unit)


def _check_refunds(cart: PricedCart, splits: Sequence[Sequence[int]], unit: int) -> None:
    refunded = 0
    for line, split in zip(cart.lines, splits, strict=True):
        already, paid, net, tax = 0, 0, 0, 0
        for units in split:
            share = refund_share(line.total_cents, line.quantity, already, units, unit)
            total, quantity = line.total_cents, line.quantity
            assert share == _cumulative(total, quantity, already + units, unit) - (
                _cumulative(total, quantity, already, unit)
            )
            parts = refund_parts(line, already, units, unit)
            assert parts.tax_cents % unit == 0
            assert parts.total_cents == share
            assert parts.net_cents >= 0
            assert parts.tax_cents >= 0
            assert parts.net_cents + parts.tax_cents == parts.total_cents
            already += units
            paid, net, tax = paid + share, net + parts.net_cents, tax + parts.tax_cents
        assert already == line.quantity
        assert (paid, net, tax) == (line.total_cents, line.net_cents, line.tax_cents)
        refunded += paid
    assert refunded == cart.total_cents


def _split(data: st.DataObject, quantity: int) -> list[int]:
    """``quantity`` as a random list of refunds of one or more units."""
    cuts = data.draw(st.lists(st.integers(1, quantity), max_size=5, unique=True))
    points = sorted({0, quantity, *cuts})
    return [b - a for a, b in pairwise(points)]


@settings(max_examples=examples(300), deadline=None)
@given(cart=carts(), data=st.data())
def test_every_figure_agrees_on_random_carts(
    cart: tuple[list[CartItem], PricingRules, list[Promotion], Discount | None],
    data: st.DataObject,
) -> None:
    items, rules, promos, cart_discount = cart
    priced = price_cart(items, rules, at=AT, promotions=promos, cart_discount=cart_discount)
    unit = rules.unit_cents
    assert all(figure >= 0 and figure % unit == 0 for figure in _all_ints(priced))
    _check_lines(priced, items, rules)
    _check_promotions(priced, items, promos, rules)
    _check_discounts(priced, items, cart_discount, rules)
    _check_taxes(priced, rules)
    assert priced.subtotal_cents == sum(line.gross_cents for line in priced.lines)
    _check_cash(priced, rules, unit * data.draw(st.integers(0, priced.total_cents // unit)))
    _check_refunds(priced, [_split(data, line.quantity) for line in priced.lines], unit)


# ---------------------------------------------------------------- worked cases

VAT_20 = TaxRate(1, "TVA 20%", Decimal(20))
VAT_5_5 = TaxRate(2, "TVA 5.5%", Decimal("5.5"))


def test_eu_vat_prices_including_tax_rounded_per_receipt() -> None:
    """A French shop: shelf prices include TVA, and each rate is rounded once per receipt."""
    items = [
        CartItem(1, 1, 1299, VAT_20),  # wine 12.99
        CartItem(2, 2, 449, VAT_5_5),  # cheese 2 x 4.49 = 8.98
        CartItem(3, 1, 120, VAT_5_5),  # bread 1.20
        CartItem(4, 3, 235, VAT_20),  # soap 3 x 2.35 = 7.05
    ]
    cart = price_cart(items, PricingRules(prices_include_tax=True), at=AT)
    # 20%: 12.99 + 7.05 = 20.04; T = 2004 * 20/120 = 334.0 -> 334 cents.
    #   Shared in proportion: wine 1299 * 334/2004 = 216.5, soap 705 * 334/2004 = 117.5;
    #   floors 216 + 117 = 333, the cent left over goes to the earlier of the tied halves.
    # 5.5%: 8.98 + 1.20 = 10.18; T = 1018 * 5.5/105.5 = 53.07 -> 53 cents.
    #   cheese 898 * 53/1018 = 46.75, bread 120 * 53/1018 = 6.25: 46 + 6, the cent to cheese.
    assert [line.tax_cents for line in cart.lines] == [217, 47, 6, 117]
    assert [line.net_cents for line in cart.lines] == [1082, 851, 114, 588]
    assert [(t.rate, t.net_cents, t.tax_cents, t.gross_cents) for t in cart.taxes] == [
        (VAT_20, 1670, 334, 2004),
        (VAT_5_5, 965, 53, 1018),
    ]
    assert (cart.net_cents, cart.tax_cents, cart.total_cents) == (2635, 387, 3022)
    # Per line the 20% lines round 216.5 -> 217 and 117.5 -> 118: one cent more tax, and the
    # receipt's summary then says 335, the sum of its lines, not 334.
    per_line = price_cart(
        items, PricingRules(prices_include_tax=True, tax_rounding=TaxRounding.PER_LINE), at=AT
    )
    assert [t.tax_cents for t in per_line.taxes] == [335, 53]
    assert per_line.total_cents == cart.total_cents == 3022


def test_us_sales_tax_added_per_receipt_and_per_line() -> None:
    """New York City: 8.875% added at the counter. Three 3.99 items."""
    nyc = TaxRate(3, "NYC sales tax", Decimal("8.875"))
    items = [CartItem(i, 1, 399, nyc) for i in (1, 2, 3)]
    per_receipt = price_cart(items, PricingRules(prices_include_tax=False), at=AT)
    # 11.97 * 8.875% = 106.23375 cents -> 1.06; shared 35.41 each: 35 + 35 + 35, one cent
    # left over, to the first line (all remainders tie).
    assert [line.tax_cents for line in per_receipt.lines] == [36, 35, 35]
    assert (per_receipt.tax_cents, per_receipt.total_cents) == (106, 1303)
    per_line = price_cart(
        items, PricingRules(prices_include_tax=False, tax_rounding=TaxRounding.PER_LINE), at=AT
    )
    # 3.99 * 8.875% = 35.41125 cents -> 0.35 on each line: 1.05 in all, a cent less.
    assert [line.tax_cents for line in per_line.lines] == [35, 35, 35]
    assert (per_line.tax_cents, per_line.total_cents) == (105, 1302)
    assert per_receipt.total_cents - per_line.total_cents == 1
    for cart in (per_receipt, per_line):
        assert [line.total_cents for line in cart.lines] == [399 + t.tax_cents for t in cart.lines]
        assert cart.taxes[0].gross_cents == cart.total_cents


def test_a_yen_store_prices_in_whole_yen() -> None:
    """A Tokyo convenience store (rule 9): yen have no minor unit, so every figure is a whole
    number of 100 cents. Prices include consumption tax, 8% on food and 10% on drink, rounded
    per receipt, half up; cash rounds to 10 yen.

    Onigiri: 3 x 150 = 450 yen; "food 5% off": 450 x 5% = 22.5 -> 23 off; 427 left.
    Sake: 1 x 1,980 yen; a 15% line discount: 1,980 x 15% = 297 off; 1,683 left.
    A cart discount of 100 yen over 427 + 1,683 = 2,110: 100 x 427 / 2,110 = 20.24 and
    100 x 1,683 / 2,110 = 79.76, floors 20 and 79, the yen left over to the larger
    remainder (0.76): 20 and 80. Charged 407 and 1,603, total 2,010 yen.
    Tax 8%: 407 x 8 / 108 = 30.15 -> 30, net 377. Tax 10%: 1,603 x 10 / 110 = 145.73 -> 146,
    net 1,457. In cents the same cart would have kept 22.50 off the onigiri and 20.24 of
    the cart discount: the rules are the same, counted in yen."""
    food = TaxRate(1, "Food 8%", Decimal(8))
    drink = TaxRate(2, "Standard 10%", Decimal(10))
    food_off = _promotion(
        1, PromotionKind.CATEGORY_PERCENT, name="Food 5% off", category="food", percent=5
    )
    rules = PricingRules(prices_include_tax=True, cash_rounding_cents=1000, unit_cents=100)
    items = [
        CartItem(1, 3, 15_000, food, "food"),
        CartItem(2, 1, 198_000, drink, "drinks", Discount(percent=Decimal(15), reason="dent")),
    ]
    cart = price_cart(
        items,
        rules,
        at=AT,
        promotions=[food_off],
        cart_discount=Discount(amount_cents=10_000, reason="regular"),
    )
    onigiri, sake = cart.lines
    assert (onigiri.gross_cents, onigiri.promotion_cents, onigiri.line_discount_cents) == (
        45_000,
        2_300,
        0,
    )
    assert (sake.gross_cents, sake.promotion_cents, sake.line_discount_cents) == (
        198_000,
        0,
        29_700,
    )
    assert [line.cart_discount_cents for line in cart.lines] == [2_000, 8_000]
    assert [line.charged_cents for line in cart.lines] == [40_700, 160_300]
    assert [(t.net_cents, t.tax_cents) for t in cart.taxes] == [(145_700, 14_600), (37_700, 3_000)]
    assert (cart.total_cents, cart.tax_cents, cart.net_cents) == (201_000, 17_600, 183_400)
    # Cash to 10 yen: 2,014 -> 2,010 (-4); 2,015 -> 2,020 (+5, half up).
    assert cash_rounded(201_400, rules) == (201_000, -400)
    assert cash_rounded(201_500, rules) == (202_000, 500)
    # Returning the onigiri one at a time: 407 / 3 = 135.67 -> 136; 2 x 407 / 3 = 271.33 ->
    # 271, so 135; then 407 - 271 = 136. Their tax: 30 x 136 / 407 = 10.02 -> 10;
    # 30 x 271 / 407 = 19.98 -> 20, so 10; then 10. Whole yen, adding up to the line's.
    shares = [refund_parts(onigiri, already, 1, 100) for already in range(3)]
    assert [(r.total_cents, r.tax_cents) for r in shares] == [
        (13_600, 1_000),
        (13_500, 1_000),
        (13_600, 1_000),
    ]
    # A price, a discount or a cash step with cents is refused, never rounded.
    with pytest.raises(ValidationError, match="A price must be a whole number of the currency"):
        price_cart([CartItem(1, 1, 15_050, food)], rules, at=AT)
    with pytest.raises(ValidationError, match="A discount must be a whole number"):
        price_cart(items[:1], rules, at=AT, cart_discount=Discount(amount_cents=50, reason="x"))
    with pytest.raises(ValidationError, match="Cash rounding must be one of 0, 100, 500"):
        price_cart(items[:1], replace(rules, cash_rounding_cents=5), at=AT)


def test_zero_rated_and_exempt_goods_are_separate_rows() -> None:
    """A UK corner shop: bread is zero-rated (0%), stamps are exempt, a mug pays 20%."""
    zero = TaxRate(4, "Zero-rated", Decimal(0))
    exempt = TaxRate(0, "Exempt", Decimal(0), exempt=True)  # exempt is last whatever its id
    standard = TaxRate(1, "Standard", Decimal(20))
    items = [
        CartItem(1, 1, 850, exempt),  # stamps 8.50
        CartItem(2, 2, 110, zero),  # bread 2 x 1.10
        CartItem(3, 1, 600, standard),  # mug 6.00: 600 * 20/120 = 100 tax, 500 net
    ]
    cart = price_cart(items, PricingRules(prices_include_tax=True), at=AT)
    assert [(t.rate, t.net_cents, t.tax_cents, t.gross_cents) for t in cart.taxes] == [
        (standard, 500, 100, 600),
        (zero, 220, 0, 220),
        (exempt, 850, 0, 850),
    ]
    assert (cart.net_cents, cart.tax_cents, cart.total_cents) == (1570, 100, 1670)
    # Added at the counter only the mug pays tax: 600 * 20% = 120.
    added = price_cart(items, PricingRules(prices_include_tax=False), at=AT)
    assert [t.tax_cents for t in added.taxes] == [120, 0, 0]
    assert added.total_cents == 850 + 220 + 600 + 120


def _promotion(id: int, kind: PromotionKind, **fields: object) -> Promotion:
    fields.setdefault("starts_at", AT - DAY)
    fields.setdefault("ends_at", AT + DAY)
    return Promotion(id=id, name=str(fields.pop("name", f"Promotion {id}")), kind=kind, **fields)  # type: ignore[arg-type]


def test_multi_buy_then_refunds_add_up_to_what_was_paid() -> None:
    """ "3 for 5.00" on a 1.99 item with 20% VAT included, then returned in two refunds."""
    three_for_five = _promotion(
        1,
        PromotionKind.MULTI_BUY,
        name="3 for 5.00",
        product_ids=frozenset({7}),
        quantity=3,
        price_cents=500,
    )
    cart = price_cart(
        [CartItem(7, 3, 199, VAT_20)],
        PricingRules(prices_include_tax=True),
        at=AT,
        promotions=[three_for_five],
    )
    (line,) = cart.lines
    # 3 x 1.99 = 5.97; 5.97 - 5.00 = 0.97 off. Tax 500 * 20/120 = 83.33 -> 83, net 417.
    assert (line.gross_cents, line.promotion_cents, line.charged_cents) == (597, 97, 500)
    assert line.promotion == three_for_five
    assert (line.net_cents, line.tax_cents, line.total_cents) == (417, 83, 500)
    # Return 1 of 3: round(500 * 1/3 = 166.67) = 167; its tax round(83 * 167/500 = 27.72) = 28.
    first = refund_parts(line, already_returned=0, returning=1)
    assert (first.total_cents, first.tax_cents, first.net_cents) == (167, 28, 139)
    assert refund_share(500, 3, 0, 1) == 167
    # Then the other 2: round(500 * 3/3) - 167 = 333; tax round(83 * 500/500) - 28 = 55.
    rest = refund_parts(line, already_returned=1, returning=2)
    assert (rest.total_cents, rest.tax_cents, rest.net_cents) == (333, 55, 278)
    assert first.total_cents + rest.total_cents == line.total_cents == 500
    assert first.tax_cents + rest.tax_cents == line.tax_cents == 83


def test_a_refund_never_pays_back_more_tax_than_money() -> None:
    """Why a refund's tax is shared over cents, not units: a 3-unit line of 0.02 with 0.01
    tax refunds 0.01, 0.00, 0.01. Shared over units its tax would be 0.00, 0.01, 0.00, and
    the second refund would pay back 0.01 of tax out of nothing, a net of -0.01."""
    full = TaxRate(9, "100%", Decimal(100))
    item = CartItem(1, 3, 1, full, discount=Discount(amount_cents=1, reason="dented"))
    (line,) = price_cart([item], PricingRules(True, TaxRounding.PER_LINE), at=AT).lines
    assert (line.total_cents, line.tax_cents, line.net_cents) == (2, 1, 1)
    assert [refund_share(1, 3, k, 1) for k in range(3)] == [0, 1, 0]  # over units
    refunds = [refund_parts(line, k, 1) for k in range(3)]
    assert [(r.total_cents, r.tax_cents, r.net_cents) for r in refunds] == [
        (1, 1, 0),
        (0, 0, 0),
        (1, 0, 1),
    ]


def test_best_promotion_wins_and_a_tie_goes_to_the_lowest_id() -> None:
    drinks = "drinks"
    quarter_off = _promotion(
        5, PromotionKind.CATEGORY_PERCENT, category=drinks, percent=Decimal(25)
    )
    fourth_free = _promotion(
        3, PromotionKind.BUY_X_GET_Y, product_ids=frozenset({7}), quantity=3, free_quantity=1
    )
    two_for = _promotion(
        9, PromotionKind.MULTI_BUY, product_ids=frozenset({7}), quantity=2, price_cents=350
    )
    ended = _promotion(  # would take half off, but it ended the moment the sale is made
        1, PromotionKind.CATEGORY_PERCENT, category=drinks, percent=Decimal(50), ends_at=AT
    )
    not_yet = _promotion(
        2,
        PromotionKind.MULTI_BUY,
        product_ids=frozenset({7}),
        quantity=4,
        price_cents=100,
        starts_at=AT + timedelta(seconds=1),
    )
    promos = [quarter_off, fourth_free, two_for, ended, not_yet]
    items = [
        CartItem(7, 4, 200, VAT_20, category=drinks),  # 4 x 2.00 = 8.00
        CartItem(7, 1, 200, VAT_20, category=drinks),
        CartItem(8, 4, 200, VAT_20, category=drinks),
        CartItem(9, 4, 200, VAT_20, category="food"),
    ]
    cart = price_cart(items, PricingRules(True), at=AT, promotions=promos)
    # Line 1: 25% of 8.00 = 2.00; buy 3 get 1: 4 // 4 = 1 free unit = 2.00; 2 for 3.50:
    # 4 // 2 = 2 groups x (4.00 - 3.50) = 1.00. A tie at 2.00: id 3 beats id 5.
    # Line 2: one unit makes no group: only 25% of 2.00 = 0.50.
    # Line 3: product 8 is only in the category: 2.00. Line 4: neither product nor category.
    assert [(line.promotion, line.promotion_cents) for line in cart.lines] == [
        (fourth_free, 200),
        (quarter_off, 50),
        (quarter_off, 200),
        (None, 0),
    ]
    swapped = [replace(quarter_off, id=3), replace(fourth_free, id=5), two_for]
    again = price_cart(items[:1], PricingRules(True), at=AT, promotions=swapped)
    assert again.lines[0].promotion == swapped[0]


def test_buy_two_get_one_half_price() -> None:
    """Buy 2, get the 3rd at 50% off, on 7 units of 3.00, with a 10% cashier discount after."""
    deal = _promotion(
        4,
        PromotionKind.BUY_X_GET_Y,
        product_ids=frozenset({1}),
        quantity=2,
        free_quantity=1,
        percent=Decimal(50),
    )
    item = CartItem(1, 7, 300, VAT_20, discount=Discount(percent=Decimal(10), reason="staff"))
    (line,) = price_cart([item], PricingRules(True), at=AT, promotions=[deal]).lines
    # 7 // (2 + 1) = 2 groups, each with 1 unit at half price: 2 * 1 * 300 * 50/100 = 300 off.
    # The discount is 10% of what is left: (2100 - 300) * 10/100 = 180.
    assert (line.gross_cents, line.promotion_cents, line.line_discount_cents) == (2100, 300, 180)
    assert line.charged_cents == 1620


def test_cart_discount_is_shared_by_largest_remainder() -> None:
    items = [CartItem(i, 1, 100, VAT_20) for i in (1, 2, 3)] + [CartItem(4, 1, 0, VAT_20)]
    cart = price_cart(
        items,
        PricingRules(True),
        at=AT,
        cart_discount=Discount(amount_cents=100, reason="loyal customer"),
    )
    # 100 over three lines of 1.00: 33.33 each; the cent left over to the first; none to 0.
    assert [line.cart_discount_cents for line in cart.lines] == [34, 33, 33, 0]
    assert (cart.discount_cents, cart.cart_discount_cents, cart.total_cents) == (100, 100, 200)
    assert largest_remainder(5, [1, 1, 2]) == [1, 1, 3]  # 1.25, 1.25, 2.5: the earlier .25
    assert largest_remainder(0, [0, 0]) == [0, 0]


def test_rounding_mode_decides_the_half_cents() -> None:
    """3 cents at 20% included: 3 * 20/120 = 0.5 of a cent of tax. 12% of 25 cents off = 3.0."""
    item = CartItem(1, 1, 3, VAT_20)
    up = price_cart([item], PricingRules(True, rounding_mode=RoundingMode.HALF_UP), at=AT)
    even = price_cart([item], PricingRules(True, rounding_mode=RoundingMode.HALF_EVEN), at=AT)
    assert (up.tax_cents, even.tax_cents) == (1, 0)
    # 50% off 25 cents = 12.5: 13 half up, 12 half even.
    half = Discount(percent=Decimal(50), reason="end of day")
    assert check_discount(half, 25, "discount", mode=RoundingMode.HALF_UP) == 13
    assert check_discount(half, 25, "discount", mode=RoundingMode.HALF_EVEN) == 12


@pytest.mark.parametrize(
    ("step", "amount", "expected"),
    [
        (0, 1003, (1003, 0)),
        (1, 1003, (1003, 0)),
        (5, 1002, (1000, -2)),
        (5, 1003, (1005, 2)),
        (10, 1005, (1010, 5)),  # half up
        (10, 1004, (1000, -4)),
        (25, 1012, (1000, -12)),
        (25, 1013, (1025, 12)),
        (100, 150, (200, 50)),
        (5, 0, (0, 0)),
    ],
)
def test_cash_rounding(step: int, amount: int, expected: tuple[int, int]) -> None:
    assert cash_rounded(amount, PricingRules(True, cash_rounding_cents=step)) == expected


def test_a_free_line_and_an_empty_cart_are_fine() -> None:
    cart = price_cart([CartItem(1, 2, 0, VAT_20)], PricingRules(False), at=AT)
    assert (cart.total_cents, cart.taxes[0].gross_cents) == (0, 0)
    empty = price_cart([], PricingRules(False), at=AT)
    assert (empty.lines, empty.taxes, empty.total_cents) == ((), (), 0)


def test_the_callers_decimal_context_changes_nothing() -> None:
    """A caller that lowered Decimal's precision gets the same cents: all the arithmetic is
    in integers and the Decimal steps use a context of their own."""
    odd = TaxRate(6, "Odd", Decimal("17.3456"))
    items = [CartItem(1, 3, 12_345, odd, discount=Discount(percent=Decimal("12.3456"), reason="x"))]
    expected = price_cart(items, PricingRules(False), at=AT)
    with localcontext() as ctx:
        ctx.prec = 3
        assert price_cart(items, PricingRules(False), at=AT) == expected
    # 37035 - round(37035 * 12.3456%) = 37035 - 4572 = 32463; tax round(32463 * 17.3456%) = 5631
    assert (expected.lines[0].line_discount_cents, expected.tax_cents) == (4572, 5631)


def test_check_rate_percent_accepts_typed_and_exact_percents() -> None:
    assert check_rate_percent("5,5") == Decimal("5.5")
    assert check_rate_percent(" 20 % ") == Decimal(20)
    assert str(check_rate_percent(Decimal("20.000"))) == "20"
    assert check_rate_percent(Decimal("8.8750")) == Decimal("8.875")
    assert check_rate_percent(0) == 0
    assert check_rate_percent(100) == 100


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (Decimal(-1), "A tax rate cannot be negative"),
        ("-0.5", "A tax rate cannot be negative"),
        (Decimal("100.0001"), "A tax rate cannot be over 100%"),
        ("120", "A tax rate cannot be over 100%"),
        (Decimal("5.12345"), r"A tax rate can have at most 4 decimals \(got 5.12345\)"),
        ("abc", "A tax rate is not a number"),
        ("", "A tax rate is not a number"),
        (Decimal("NaN"), "A tax rate is not a number"),
        (0.2, "A tax rate must be given as text or a Decimal"),
        (None, "A tax rate is not a number"),
        (Decimal("1E+1000000"), "A tax rate cannot be over 100%"),
    ],
)
def test_bad_rates_are_refused(value: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        check_rate_percent(value)
    assert caught.value.field == "percent"


def test_a_bad_rate_on_a_line_is_refused_with_its_field() -> None:
    item = CartItem(1, 1, 100, TaxRate(1, "Broken", Decimal("-5")))
    with pytest.raises(ValidationError, match="A tax rate cannot be negative") as caught:
        price_cart([item], PricingRules(True), at=AT)
    assert caught.value.field == "items[0].tax_rate"


@pytest.mark.parametrize(
    ("discount", "message"),
    [
        (Discount(amount_cents=501, reason="damaged"), "A discount cannot be larger than its line"),
        (Discount(percent=Decimal("100.5"), reason="x"), "A discount cannot be over 100%"),
        (Discount(percent=Decimal(-1), reason="x"), "A discount cannot be negative"),
        (Discount(amount_cents=-1, reason="x"), "A discount cannot be negative"),
        (Discount(amount_cents=10), "A discount needs a reason"),
        (Discount(percent=Decimal(10), reason="   "), "A discount needs a reason"),
        (Discount(reason="x"), "A discount is either a percent or an amount"),
        (
            Discount(percent=Decimal(5), amount_cents=5, reason="x"),
            "A discount is either a percent or an amount",
        ),
    ],
)
def test_bad_discounts_are_refused(discount: Discount, message: str) -> None:
    item = CartItem(1, 1, 500, VAT_20, discount=discount)
    with pytest.raises(ValidationError, match=message) as caught:
        price_cart([item], PricingRules(True), at=AT)
    assert caught.value.field == "items[0].discount"


def test_a_line_discount_counts_from_after_the_promotion() -> None:
    """5.00 of goods with 1.00 off by promotion leave 4.00: a 4.01 discount is too large."""
    off = _promotion(1, PromotionKind.CATEGORY_PERCENT, category="food", percent=Decimal(20))
    ok = CartItem(1, 1, 500, VAT_20, "food", Discount(amount_cents=400, reason="x"))
    assert price_cart([ok], PricingRules(True), at=AT, promotions=[off]).total_cents == 0
    too_much = replace(ok, discount=Discount(amount_cents=401, reason="x"))
    with pytest.raises(ValidationError, match="larger than its line"):
        price_cart([too_much], PricingRules(True), at=AT, promotions=[off])


def test_a_cart_discount_larger_than_the_sale_is_refused() -> None:
    with pytest.raises(ValidationError, match="larger than the sale") as caught:
        price_cart(
            [CartItem(1, 2, 100, VAT_20)],
            PricingRules(True),
            at=AT,
            cart_discount=Discount(amount_cents=201, reason="x"),
        )
    assert caught.value.field == "cart_discount"


@pytest.mark.parametrize(
    ("promotion", "message", "field"),
    [
        (
            _promotion(
                1,
                PromotionKind.CATEGORY_PERCENT,
                category="food",
                percent=Decimal(10),
                starts_at=AT,
                ends_at=AT - DAY,
            ),
            "must end after it starts",
            "ends_at",
        ),
        (
            _promotion(
                1, PromotionKind.MULTI_BUY, product_ids=frozenset({1}), quantity=1, price_cents=5
            ),
            "N of 'N for a price' must be 2 or more",
            "quantity",
        ),
        (
            _promotion(1, PromotionKind.MULTI_BUY, product_ids=frozenset({1}), quantity=3),
            "the price must be more than 0",
            "price_cents",
        ),
        (
            _promotion(1, PromotionKind.MULTI_BUY, quantity=3, price_cents=500),
            "needs at least one product",
            "product_ids",
        ),
        (
            _promotion(1, PromotionKind.BUY_X_GET_Y, product_ids=frozenset({1}), free_quantity=1),
            "X of 'buy X get Y' must be 1 or more",
            "quantity",
        ),
        (
            _promotion(1, PromotionKind.BUY_X_GET_Y, product_ids=frozenset({1}), quantity=2),
            "Y of 'buy X get Y' must be 1 or more",
            "free_quantity",
        ),
        (
            _promotion(
                1,
                PromotionKind.BUY_X_GET_Y,
                product_ids=frozenset({1}),
                quantity=2,
                free_quantity=1,
                percent=Decimal(0),
            ),
            "the percent must be more than 0",
            "percent",
        ),
        (
            _promotion(1, PromotionKind.CATEGORY_PERCENT, category="food", percent=Decimal(101)),
            "the percent cannot be over 100%",
            "percent",
        ),
        (
            _promotion(1, PromotionKind.CATEGORY_PERCENT, percent=Decimal(10)),
            "needs a category",
            "category",
        ),
        (
            _promotion(
                1,
                PromotionKind.CATEGORY_PERCENT,
                category="food",
                starts_at=datetime(2025, 3, 1),
            ),
            "need a time zone",
            "starts_at",
        ),
    ],
)
def test_bad_promotions_are_refused(promotion: Promotion, message: str, field: str) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        check_promotion(promotion)
    assert caught.value.field == field
    with pytest.raises(ValidationError, match=message):
        price_cart([], PricingRules(True), at=AT, promotions=[promotion])


def test_a_multi_buy_that_saves_nothing_is_refused_when_the_prices_are_known() -> None:
    three_for_six = _promotion(
        1,
        PromotionKind.MULTI_BUY,
        name="3 for 6.00",
        product_ids=frozenset({1, 2}),
        quantity=3,
        price_cents=600,
    )
    assert check_promotion(three_for_six, {1: 250, 3: 100}) is three_for_six
    with pytest.raises(
        ValidationError, match=r"3 for 6\.00 saves nothing on product 2: 3 cost 5\.97"
    ):
        check_promotion(three_for_six, {1: 250, 2: 199})
    # Unchecked, pricing simply does not apply it to product 2.
    cart = price_cart(
        [CartItem(2, 3, 199, VAT_20)], PricingRules(True), at=AT, promotions=[three_for_six]
    )
    assert (cart.lines[0].promotion, cart.lines[0].promotion_cents) == (None, 0)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: cash_rounded(100, PricingRules(True, cash_rounding_cents=3)),
            "Cash rounding must be one of",
        ),
        (
            lambda: cash_rounded(-5, PricingRules(True, cash_rounding_cents=5)),
            "A cash amount must be at least 0",
        ),
        (lambda: refund_share(500, 3, 2, 2), "Only 1 of 3 are left to return"),
        (lambda: refund_share(500, 0, 0, 0), "A line's quantity must be at least 1"),
        (
            lambda: price_cart([CartItem(1, 0, 100, VAT_20)], PricingRules(True), at=AT),
            "A quantity must be at least 1",
        ),
        (
            lambda: price_cart([CartItem(1, 1, -1, VAT_20)], PricingRules(True), at=AT),
            "A price must be at least 0",
        ),
        (lambda: price_cart([], PricingRules(True), at=datetime(2025, 1, 1)), "time zone"),
    ],
)
def test_other_bad_input_is_refused(call: object, message: str) -> None:
    assert callable(call)
    with pytest.raises(ValidationError, match=message):
        call()
