"""Issue 16: the server repeats the cashiers' discount limit (migration 0024).

A cashier may discount a line or the cart up to the store's limit
(``cashier_discount_limit_percent``); above it needs a manager. Python checks it
(``check_discount_authority``); since 0024 ``pos_record_sale`` does too, by amounts, for
an online sale by anyone but the owner. Tried as a counter could: the counters' role
with a staff session and raw SQL (psycopg, as psql would), and through the app; and a
conformance test over random carts: whenever Python lets a cashier's sale through the
server does, and whenever the server does Python's excess is within half a unit."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from conftest import STAFF_PASSWORD, PgEmptier, PgServer, QuickHasher, examples, make_people
from helpers import cart, migration, new_product
from hypothesis import HealthCheck, event, given, reject, settings
from hypothesis import strategies as st
from test_adversarial_matrix import balanced, books
from test_no_session_writes import app_connection, conninfo, open_session
from test_roles import provision

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.data.repositories.sale_writer import (
    RECORD_SALE_CALL,
    OfflineStamp,
    SaleWrite,
    record_sale_params,
)
from pos_app.domain.currency import CURRENCIES
from pos_app.domain.enums import PromotionKind, Role
from pos_app.domain.errors import PermissionDeniedError, ValidationError
from pos_app.domain.pricing import CartItem, Discount, PricedCart, price_cart
from pos_app.domain.promotions import Promotion, RoundingMode
from pos_app.services import build_services
from pos_app.services.permissions import Op
from pos_app.services.records import AccountId, Actor, DiscountRequest, ManagerOverride
from pos_app.services.sale_pricing import NO_TAX, check_discount_authority, line_write
from pos_app.services.taxes import CURRENCY, PricingSettings, read_settings

OVER = Op.DISCOUNT_ABOVE_LIMIT.value
COUNTER = "Till 9"
CATEGORY = "clothes"  #: the store's products' (``new_product``'s default)
GRANT = "SELECT granted FROM pos_grant_override(%s, %s, %s, %s)"


def test_what_the_migration_freezes_is_pythons() -> None:
    frozen = migration("0024")
    assert PricingSettings().cashier_discount_limit_percent == frozen.DEFAULT_LIMIT_PERCENT
    assert frozen.CURRENCY_SETTING == CURRENCY
    assert frozen.LIMIT_SETTING in PricingSettings.__dataclass_fields__
    zero = {code for code, currency in CURRENCIES.items() if currency.unit_cents == 100}
    assert set(frozen.ZERO_DECIMAL_CURRENCIES) == zero
    assert frozen.HALF_CENT == 100 // 2 and frozen.HALF_UNIT_ZERO_DECIMALS == 100 * 100 // 2
    assert frozen.OVER_LIMIT_OP == OVER


@dataclass(frozen=True)
class Store:
    super_url: str
    app_url: str
    ids: dict[str, int]


@pytest.fixture(scope="module")
def store(pg_server: PgServer) -> Iterator[Store]:
    """A provisioned store: admin1, manager1, cashier1 and three products sold by price
    label (any price is the product's: the carts choose theirs), 100.00 each, in stock."""
    url, app_url, drop = provision(pg_server)
    emptier = PgEmptier(url)
    emptier.empty()
    emptier.close()
    db = Database(url)
    try:
        people = make_people(db, QuickHasher().hash(STAFF_PASSWORD))
        services = build_services(db, hasher=QuickHasher())
        products = [
            new_product(services, people.admin, name=f"Item {n}", price="100.00", stock=9000)
            for n in range(3)
        ]
    finally:
        db.dispose()
    ids: dict[str, int] = {f"p{n}": product.id for n, product in enumerate(products)}
    for role in ("admin", "manager", "cashier"):
        ids[role] = getattr(people, role).account_id or 0
    with psycopg.connect(conninfo(url), autocommit=True) as conn:
        conn.execute("UPDATE products SET variable_price = true")
    yield Store(url, app_url, ids)
    drop()


Line = tuple[int, int, int, Discount | None]  # product id, quantity, unit price, discount


def priced(
    lines: list[Line],
    at_cart: Discount | None,
    mode: RoundingMode,
    unit: int = 1,
    promotions: tuple[Promotion, ...] = (),
) -> PricedCart:
    rules = replace(PricingSettings().rules, rounding_mode=mode, unit_cents=unit)
    items = [CartItem(p, q, price, NO_TAX, CATEGORY, d) for p, q, price, d in lines]
    return price_cart(
        items, rules, at=datetime.now(UTC), promotions=promotions, cart_discount=at_cart
    )


def sale_params(
    conn: psycopg.Connection[Any], cart_: PricedCart, authoriser: int | None
) -> dict[str, object]:
    """``pos_record_sale``'s arguments for ``cart_`` paid in cash, at today's version."""
    version = conn.execute("SELECT version FROM pricing_state").fetchone()
    assert version is not None
    total = cart_.total_cents
    sale = SaleWrite(
        uuid=str(uuid.uuid4()), customer_id=None, cashier_id=None, counter=COUNTER,
        created_at=models.utcnow(), total_cents=total,
        lines=tuple(line_write(line) for line in cart_.lines), wallet_cents=0,
        cash_cents=total, tendered_cents=total or None, card_cents=0, card_reference="",
        actor_username="whoever", actor_counter=COUNTER, audit_detail="sale",
        discount_cents=cart_.discount_cents, promotion_cents=cart_.promotion_cents,
        discount_reason="Loyal" if cart_.cart_discount else "",
        discount_authorised_by_id=authoriser, pricing_version=version[0],
    )  # fmt: skip
    return record_sale_params(sale)


def outcome(conn: psycopg.Connection[Any], params: dict[str, object], *, keep: bool = False) -> str:
    """'ok', or the server's refusal 'message: detail' (a matrix refusal or a sale's, as
    0025's promotion bound raises); rolled back unless ``keep``."""
    try:
        with conn.transaction(force_rollback=not keep):
            row = conn.execute(RECORD_SALE_CALL, params).fetchone()
            assert row is not None and row[0] is not None
        return "ok"
    except (psycopg.errors.InsufficientPrivilege, psycopg.errors.RaiseException) as exc:
        return f"{exc.diag.message_primary}: {exc.diag.message_detail}"


REFUSED = f"pos_matrix_refused: {OVER}"
HALF = Discount(percent=Decimal(50), reason="Loyal")
TEN = Discount(percent=Decimal(10), reason="Loyal")


@pytest.mark.postgres_only
def test_a_cashiers_session_gives_no_more_than_the_limit_with_raw_sql(store: Store) -> None:
    p = store.ids["p0"]
    with app_connection(store.app_url) as conn:
        open_session(conn, "cashier1", STAFF_PASSWORD)
        before = books(conn)
        mode = RoundingMode.HALF_UP
        tries: tuple[tuple[list[Line], Discount | None], ...] = (
            ([(p, 1, 1000, HALF)], None),  # 50% off a line
            ([(p, 2, 1000, None)], HALF),  # 50% off the cart
            ([(p, 1, 6145, Discount(amount_cents=616, reason="Dent"))], None),  # 10.02%
            ([(p, 1, 6145, None)], Discount(amount_cents=616, reason="Dent")),
        )
        for lines, whole in tries:
            cart_ = priced(lines, whole, mode)
            for authoriser in (store.ids["cashier"], None):  # their own, or nobody's word
                assert outcome(conn, sale_params(conn, cart_, authoriser)) == REFUSED, lines
            assert books(conn) == before  # nothing written
        # At the limit: 10% of 61.45 is 6.145, rounded half up to 6.15 (half a cent over).
        at_limit: tuple[tuple[list[Line], Discount | None], ...] = (
            ([(p, 1, 6145, TEN)], None),
            ([(p, 1, 6145, None)], TEN),
        )
        for lines, whole in at_limit:
            cart_ = priced(lines, whole, mode)
            assert cart_.discount_cents == 615
            assert outcome(conn, sale_params(conn, cart_, store.ids["cashier"])) == "ok"
        assert books(conn) == before  # rolled back
    balanced(store.super_url)


@pytest.mark.postgres_only
def test_a_managers_grant_lets_one_over_limit_sale_through(store: Store) -> None:
    cart_ = priced([(store.ids["p0"], 1, 1000, HALF)], None, RoundingMode.HALF_UP)
    manager = store.ids["manager"]
    with app_connection(store.app_url) as conn:
        open_session(conn, "cashier1", STAFF_PASSWORD)
        counted = books(conn)[-1]
        # A grant for another op counts for nothing here.
        granted = conn.execute(GRANT, ("manager1", STAFF_PASSWORD, COUNTER, "sales.refund"))
        assert granted.fetchone() == (True,)
        assert outcome(conn, sale_params(conn, cart_, manager)) == REFUSED
        granted = conn.execute(GRANT, ("manager1", STAFF_PASSWORD, COUNTER, OVER))
        assert granted.fetchone() == (True,)
        assert outcome(conn, sale_params(conn, cart_, manager), keep=True) == "ok"
        assert outcome(conn, sale_params(conn, cart_, manager)) == REFUSED  # used up
        assert books(conn)[-1][0] == counted[0] + 1  # the one sale
    balanced(store.super_url)


@pytest.mark.postgres_only
def test_a_managers_own_session_and_the_owner_give_any_discount(store: Store) -> None:
    cart_ = priced([(store.ids["p1"], 1, 1000, None)], HALF, RoundingMode.HALF_UP)
    with app_connection(store.app_url) as conn:
        open_session(conn, "manager1", STAFF_PASSWORD)
        for authoriser in (store.ids["manager"], None):
            assert outcome(conn, sale_params(conn, cart_, authoriser)) == "ok"
    with psycopg.connect(conninfo(store.super_url), autocommit=True) as conn:
        assert outcome(conn, sale_params(conn, cart_, None)) == "ok"  # pos-admin's


@pytest.mark.postgres_only
def test_an_offline_sale_is_not_checked_against_the_limit(store: Store) -> None:
    """Its override was checked at the counter against a manager's verifier; the server
    takes it as recorded (its cashier and counter it does check: 0023)."""
    counter = f"Off {uuid.uuid4().hex[:6]}"
    cart_ = priced([(store.ids["p2"], 1, 1000, HALF)], None, RoundingMode.HALF_UP)
    with app_connection(store.app_url) as conn:
        open_session(conn, "manager1", STAFF_PASSWORD)
        row = conn.execute("SELECT r_secret FROM pos_register_counter(%s)", (counter,)).fetchone()
        assert row is not None and row[0] is not None
        open_session(conn, "cashier1", STAFF_PASSWORD)
        ticket = conn.execute("SELECT r_token FROM pos_issue_ticket(%s, %s)", (counter, row[0]))
        token = ticket.fetchone()[0]  # type: ignore[index]
        params = sale_params(conn, cart_, store.ids["manager"])
        pricing = json.loads(str(params["pricing"]))
        stamp = OfflineStamp(f"{counter}-000001", ticket=token)
        params.update(
            counter=counter, cashier_id=store.ids["cashier"],
            pricing=json.dumps({**pricing, "offline": stamp.pricing()}),
        )  # fmt: skip
        assert outcome(conn, params) == "ok"


@pytest.mark.postgres_only
def test_the_app_gives_an_over_limit_discount_with_a_managers_override(store: Store) -> None:
    """The service path on the provisioned store, as the counters' role: no regression."""
    db = Database(store.app_url)
    try:
        services = build_services(db, hasher=QuickHasher())
        cashier = services.auth.sign_in("cashier1", STAFF_PASSWORD, "App till")
        manager = services.auth.sign_in("manager1", STAFF_PASSWORD, "App till")
        half = replace(
            cart((store.ids["p0"], 1)), counter="App till",
            discount=DiscountRequest("Loyal", Decimal(50)),
        )  # fmt: skip
        with pytest.raises(PermissionDeniedError):
            services.sales.checkout(cashier, half)
        boss = ManagerOverride("manager1", STAFF_PASSWORD)
        sold = services.sales.checkout(cashier, replace(half, sale_uuid=str(uuid.uuid4())), boss)
        assert sold.total == Decimal("50.00")
        ten = replace(
            half, sale_uuid=str(uuid.uuid4()), discount=DiscountRequest("Loyal", Decimal(10))
        )
        assert services.sales.checkout(cashier, ten).total == Decimal("90.00")
        again = replace(half, sale_uuid=str(uuid.uuid4()))
        assert services.sales.checkout(manager, again).total == Decimal("50.00")
    finally:
        db.dispose()
    balanced(store.super_url)


# -- conformance: Python's check and the server's agree ------------------------------------

PERCENTS = st.decimals(min_value=0, max_value=100, places=2)


@st.composite
def discounts(draw: st.DrawFn, limit: Decimal, gross: int, unit: int) -> Discount | None:
    """None, a percent (at, just around or anywhere near the limit) or an amount."""
    kind = draw(st.sampled_from(["none", "percent", "amount"]))
    if kind == "none":
        return None
    if kind == "percent":
        near = [limit, limit + Decimal("0.01"), max(limit - Decimal("0.01"), Decimal(0))]
        percent = draw(st.sampled_from(near) | PERCENTS)
        return Discount(percent=min(percent, Decimal(100)), reason="Why")
    near = [limit / 100, limit / 100 + Decimal("0.001")]
    share = draw(st.sampled_from(near) | PERCENTS.map(lambda p: p / 100))
    units = min(int(gross * share) // unit, gross // unit)
    return Discount(amount_cents=units * unit, reason="Why")


def excess_within_half_a_unit(cart_: PricedCart, limit: Decimal, unit: int) -> bool:
    """Every discount is at most half a unit over the limit's share of what it applies to."""
    half = 50 * unit
    for line in cart_.lines:
        base = line.gross_cents - line.promotion_cents
        if line.line_discount_cents * 100 > limit * base + half:
            return False
    base = sum(
        line.gross_cents - line.promotion_cents - line.line_discount_cents for line in cart_.lines
    )
    return bool(cart_.cart_discount_cents * 100 <= limit * base + half)


def promotions(add: Callable[[Decimal], Promotion]) -> st.SearchStrategy[tuple[Promotion, ...]]:
    """None, or a percent off every product (the carts' category) running now, added to
    the store by ``add`` (the server takes only a real promotion's amounts: 0025)."""
    return st.tuples() | PERCENTS.filter(lambda p: p > 0).map(lambda p: (add(p),))


@st.composite
def carts(
    draw: st.DrawFn,
    product_ids: list[int],
    limit: Decimal,
    unit: int,
    add: Callable[[Decimal], Promotion],
) -> PricedCart:
    """A cart of one to three of ``product_ids`` at random prices, with line and cart
    discounts around ``limit``, maybe a promotion, priced by either rounding mode."""
    chosen = draw(st.lists(st.sampled_from(product_ids), min_size=1, max_size=3, unique=True))
    lines: list[Line] = []
    for product_id in sorted(chosen):
        quantity = draw(st.integers(1, 4))
        price = draw(st.integers(0, 3000)) * unit
        lines.append((product_id, quantity, price, draw(discounts(limit, quantity * price, unit))))
    gross = sum(quantity * price for _, quantity, price, _ in lines)
    whole = draw(discounts(limit, gross, unit))
    mode = draw(st.sampled_from(list(RoundingMode)))
    try:
        return priced(lines, whole, mode, unit, draw(promotions(add)))
    except ValidationError:
        reject()  # an amount larger than what it applies to, after a promotion


def set_store(owner: psycopg.Connection[Any], limit: str, currency: str) -> None:
    """The store's limit and currency, as the owner writes them."""
    for key, value in (("cashier_discount_limit_percent", limit), (CURRENCY, currency)):
        owner.execute(
            "INSERT INTO store_settings (key, value, updated_at) VALUES (%s, %s, now())"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


LIMITS = st.sampled_from(["0", "10", "12.5", "33.3333", "100"]) | PERCENTS.map(str)


@pytest.mark.postgres_only
def test_python_and_the_server_agree_on_the_limit(store: Store) -> None:
    """Python's check (the limit as ``read_settings`` reads it) and the server's over
    random carts and limits, in a store with cents and in one without (yen)."""
    db = Database(store.super_url)
    owner = psycopg.connect(conninfo(store.super_url), autocommit=True)
    conn = app_connection(store.app_url)
    open_session(conn, "cashier1", STAFF_PASSWORD)
    cashier = Actor(AccountId(store.ids["cashier"]), "cashier1", Role.CASHIER, "C", COUNTER)
    products = [store.ids[name] for name in ("p0", "p1", "p2")]
    services = build_services(db, hasher=QuickHasher())
    admin = services.auth.sign_in("admin1", STAFF_PASSWORD, COUNTER)
    made: list[int] = []

    def add(percent: Decimal) -> Promotion:
        now = datetime.now(UTC)
        record = services.promotions.add(
            admin, name="Goods", kind=PromotionKind.CATEGORY_PERCENT, category=CATEGORY,
            starts_at=now - timedelta(days=1), ends_at=now + timedelta(days=1), percent=percent,
        )  # fmt: skip
        made.append(record.id)
        return Promotion(
            record.id, record.name, record.kind, record.starts_at, record.ends_at,
            category=record.category, percent=record.percent,
        )  # fmt: skip

    @settings(max_examples=examples(40), deadline=None, suppress_health_check=list(HealthCheck))
    @given(data=st.data(), limit=LIMITS, currency=st.sampled_from(["USD", "JPY"]))
    def agree(data: st.DataObject, limit: str, currency: str) -> None:
        set_store(owner, limit, currency)
        stored = db.read(read_settings)
        unit = stored.money.unit_cents
        read = stored.cashier_discount_limit_percent
        try:
            cart_ = data.draw(carts(products, read, unit, add))
            try:
                check_discount_authority(cart_, stored, cashier)
                python = True
            except PermissionDeniedError:
                python = False
            said = outcome(conn, sale_params(conn, cart_, store.ids["cashier"]))
        finally:
            while made:
                services.promotions.set_active(admin, made.pop(), False)
        assert said in {"ok", REFUSED}, said
        event(f"python allows: {python}, server accepts: {said == 'ok'}")
        if python:
            assert said == "ok", (read, currency, cart_)
        if said == "ok":
            assert excess_within_half_a_unit(cart_, read, unit), (read, currency, cart_)

    try:
        agree()
    finally:
        owner.execute(
            "DELETE FROM store_settings WHERE key IN ('cashier_discount_limit_percent', %s)",
            (CURRENCY,),
        )
        owner.close()
        conn.close()
        db.dispose()
