"""Issue 16: the server bounds the promotion amounts a sale claims (migration 0025).

``pos_record_sale`` took each line's ``promotion_id`` and ``promotion_cents`` as the counter
sent them. Since 0025, for an online sale by anyone but the owner, a line's promotion must
be a real, active promotion running now for that line's product, and take off no more than
rule 1 lets it. Tried as a counter could (the counters' role with a cashier's session and
raw SQL), through the app, and by a conformance test: whatever Python prices over random
carts and promotions of each kind the server accepts, and a unit more it refuses."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from conftest import STAFF_PASSWORD, PgEmptier, PgServer, QuickHasher, examples, make_people
from helpers import cart, migration, new_product
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_adversarial_matrix import balanced, books
from test_no_session_writes import app_connection, conninfo, open_session
from test_roles import provision
from test_server_discount_limit import outcome, set_store

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.data.repositories.sale_writer import (
    OfflineStamp,
    SaleLineWrite,
    SaleWrite,
    record_sale_params,
)
from pos_app.domain.currency import CURRENCIES
from pos_app.domain.enums import PromotionKind
from pos_app.domain.errors import ConflictError
from pos_app.domain.money import to_cents
from pos_app.domain.pricing import CartItem, price_cart
from pos_app.domain.promotions import Promotion, RoundingMode, promotion_saving
from pos_app.services import Services, build_services
from pos_app.services.promotions import PromotionRecord
from pos_app.services.records import Actor
from pos_app.services.sale_pricing import NO_TAX, line_write
from pos_app.services.taxes import PricingSettings

COUNTER = "Till 9"
REFUSED = "pos_sale_refused: promotion"
DAY = timedelta(days=1)


def test_what_the_migration_names_is_pythons() -> None:
    frozen = migration("0025")
    body = frozen.V13_LIMIT_END
    for kind in PromotionKind:
        assert f"'{kind.value}'" in body
    zero = {code for code, currency in CURRENCIES.items() if currency.unit_cents == 100}
    assert set(migration("0024").ZERO_DECIMAL_CURRENCIES) == zero
    assert frozen.REFUSAL == "promotion"


@dataclass(frozen=True)
class Store:
    super_url: str
    app_url: str
    ids: dict[str, int]
    promotions: dict[str, Promotion]


def domain(record: PromotionRecord) -> Promotion:
    return Promotion(
        record.id, record.name, record.kind, record.starts_at, record.ends_at,
        frozenset(record.product_ids), record.category, record.quantity,
        to_cents(record.price), record.free_quantity, record.percent,
    )  # fmt: skip


def add_promotion(services: Services, admin: Actor, **fields: Any) -> Promotion:
    now = datetime.now(UTC)
    fields.setdefault("starts_at", now - DAY)
    fields.setdefault("ends_at", now + DAY)
    return domain(services.promotions.add(admin, **fields))


@pytest.fixture(scope="module")
def store(pg_server: PgServer) -> Iterator[Store]:
    """A provisioned store: soap 2.00 (food, "3 for 5.00"), a shirt 19.99 (clothes,
    "buy 2 get 1 free"), a mug 7.99 (accessories, 15% off the category), three goods sold
    by price label (v0, v1 food, v2 accessories) for the random carts; an expired, a retired
    and a not-yet-started promotion on the soap."""
    url, app_url, drop = provision(pg_server)
    emptier = PgEmptier(url)
    emptier.empty()
    emptier.close()
    db = Database(url)
    try:
        people = make_people(db, QuickHasher().hash(STAFF_PASSWORD))
        services = build_services(db, hasher=QuickHasher())
        admin = people.admin
        made = {
            "soap": new_product(services, admin, "Soap", "2.00", 9000, category="food"),
            "shirt": new_product(services, admin, "Shirt", "19.99", 9000, category="clothes"),
            "mug": new_product(services, admin, "Mug", "7.99", 9000, category="accessories"),
            "v0": new_product(services, admin, "V0", "100.00", 9000, category="food"),
            "v1": new_product(services, admin, "V1", "100.00", 9000, category="food"),
            "v2": new_product(services, admin, "V2", "100.00", 9000, category="accessories"),
        }
        ids = {name: product.id for name, product in made.items()}
        soap = (ids["soap"],)
        multi = PromotionKind.MULTI_BUY
        now = datetime.now(UTC)
        promotions = {
            "multi": add_promotion(
                services, admin, name="3 for 5", kind=multi, product_ids=soap,
                quantity=3, price="5.00",
            ),
            "free": add_promotion(
                services, admin, name="2+1", kind=PromotionKind.BUY_X_GET_Y,
                product_ids=(ids["shirt"],), quantity=2, free_quantity=1, percent="100",
            ),
            "accessories": add_promotion(
                services, admin, name="Kitchen", kind=PromotionKind.CATEGORY_PERCENT,
                category="accessories", percent="15",
            ),
            "expired": add_promotion(
                services, admin, name="Gone", kind=multi, product_ids=soap, quantity=2,
                price="1.00", starts_at=now - 3 * DAY, ends_at=now - DAY,
            ),
            "later": add_promotion(
                services, admin, name="Later", kind=multi, product_ids=soap, quantity=2,
                price="1.00", starts_at=now + DAY, ends_at=now + 3 * DAY,
            ),
            "retired": add_promotion(
                services, admin, name="Retired", kind=multi, product_ids=soap, quantity=2,
                price="1.00",
            ),
        }  # fmt: skip
        services.promotions.set_active(admin, promotions["retired"].id, False)
    finally:
        db.dispose()
    for role in ("admin", "manager", "cashier"):
        ids[role] = getattr(people, role).account_id or 0
    with psycopg.connect(conninfo(url), autocommit=True) as conn:
        conn.execute(
            "UPDATE products SET variable_price = true WHERE id = ANY(%s)",
            ([ids["v0"], ids["v1"], ids["v2"]],),
        )
    yield Store(url, app_url, ids, promotions)
    drop()


Line = tuple[int, int, int, str]  # product id, quantity, unit price, category


def lines_priced(
    lines: Sequence[Line],
    promotions: Sequence[Promotion],
    mode: RoundingMode = RoundingMode.HALF_UP,
    unit: int = 1,
) -> list[SaleLineWrite]:
    """The lines as Python prices them (no tax, no discount) and sends them."""
    rules = replace(PricingSettings().rules, rounding_mode=mode, unit_cents=unit)
    items = [CartItem(p, q, price, NO_TAX, category) for p, q, price, category in lines]
    cart_ = price_cart(items, rules, at=datetime.now(UTC), promotions=promotions)
    return [line_write(line) for line in cart_.lines]


def sale_params(conn: psycopg.Connection[Any], lines: Sequence[SaleLineWrite]) -> dict[str, object]:
    """``pos_record_sale``'s arguments for ``lines`` paid in cash, at today's version."""
    version = conn.execute("SELECT version FROM pricing_state").fetchone()
    assert version is not None
    total = sum(line.paid_cents for line in lines)
    sale = SaleWrite(
        uuid=str(uuid.uuid4()), customer_id=None, cashier_id=None, counter=COUNTER,
        created_at=models.utcnow(), total_cents=total, lines=tuple(lines), wallet_cents=0,
        cash_cents=total, tendered_cents=total or None, card_cents=0, card_reference="",
        actor_username="whoever", actor_counter=COUNTER, audit_detail="sale",
        discount_cents=0, promotion_cents=sum(line.promotion_cents for line in lines),
        discount_reason="", discount_authorised_by_id=None, pricing_version=version[0],
    )  # fmt: skip
    return record_sale_params(sale)


def claimed(line: SaleLineWrite, cents: int, promotion_id: int | None = None) -> SaleLineWrite:
    """``line`` claiming ``cents`` off (and ``promotion_id``), its net following."""
    net = line.net - (cents - line.promotion_cents)
    chosen = line.promotion_id if promotion_id is None else promotion_id
    return replace(line, promotion_id=chosen, promotion_cents=cents, net_cents=net)


def real_lines(store: Store) -> dict[str, SaleLineWrite]:
    """One line per promotion kind, as Python prices them with the running promotions."""
    ids = store.ids
    lines = lines_priced(
        [
            (ids["soap"], 4, 200, "food"),
            (ids["shirt"], 3, 1999, "clothes"),
            (ids["mug"], 2, 799, "accessories"),
        ],
        [store.promotions[name] for name in ("multi", "free", "accessories")],
    )
    return dict(zip(("soap", "shirt", "mug"), lines, strict=True))


@pytest.mark.postgres_only
def test_python_prices_the_fixture_as_expected(store: Store) -> None:
    lines = real_lines(store)
    assert [line.promotion_cents for line in lines.values()] == [100, 1999, 240]
    assert [line.promotion_id for line in lines.values()] == [
        store.promotions[name].id for name in ("multi", "free", "accessories")
    ]


@pytest.mark.postgres_only
def test_a_cashiers_session_claims_no_made_up_promotion_with_raw_sql(store: Store) -> None:
    lines = real_lines(store)
    soap, shirt, mug = lines["soap"], lines["shirt"], lines["mug"]
    p = store.promotions
    with app_connection(store.app_url) as conn:
        open_session(conn, "cashier1", STAFF_PASSWORD)
        before = books(conn)
        assert outcome(conn, sale_params(conn, list(lines.values()))) == "ok"  # Python's
        tries = {
            "made up": claimed(soap, 100, 987654),
            "no id": replace(claimed(soap, 100), promotion_id=None),
            "expired": claimed(soap, 100, p["expired"].id),
            "not yet": claimed(soap, 100, p["later"].id),
            "retired": claimed(soap, 100, p["retired"].id),
            "another product's": claimed(shirt, 100, p["multi"].id),
            "another category's": claimed(shirt, 240, p["accessories"].id),
            "inflated multi-buy": claimed(soap, 101),
            "inflated free item": claimed(shirt, 2000),
            "inflated percent": claimed(mug, 241),
            "negative": claimed(mug, -1),
            "on a line it gives nothing": claimed(
                lines_priced([(store.ids["soap"], 2, 200, "food")], [p["multi"]])[0],
                100,
                p["multi"].id,
            ),
        }
        for why, line in tries.items():
            others = [x for x in lines.values() if x.product_id != line.product_id]
            sent = sorted([line, *others], key=lambda x: x.product_id)
            assert outcome(conn, sale_params(conn, sent)) == REFUSED, why
            assert books(conn) == before, why  # nothing written
        # 15% of 15.98 is 2.397: 2.39 (below Python's 2.40) is within the bound too.
        assert outcome(conn, sale_params(conn, [claimed(mug, 239)])) == "ok"
        assert books(conn) == before  # rolled back
    balanced(store.super_url)


@pytest.mark.postgres_only
def test_the_owner_and_an_offline_sale_are_not_checked(store: Store) -> None:
    """pos-admin's session is the owner's; an offline sale was priced at the counter by
    what it kept while no server could check (its cashier and counter are checked: 0023)."""
    made_up = [claimed(real_lines(store)["soap"], 150, 987654)]
    with psycopg.connect(conninfo(store.super_url), autocommit=True) as conn:
        assert outcome(conn, sale_params(conn, made_up)) == "ok"
    counter = f"Off {uuid.uuid4().hex[:6]}"
    with app_connection(store.app_url) as conn:
        open_session(conn, "manager1", STAFF_PASSWORD)
        row = conn.execute("SELECT r_secret FROM pos_register_counter(%s)", (counter,)).fetchone()
        assert row is not None and row[0] is not None
        open_session(conn, "cashier1", STAFF_PASSWORD)
        ticket = conn.execute("SELECT r_token FROM pos_issue_ticket(%s, %s)", (counter, row[0]))
        token = ticket.fetchone()[0]  # type: ignore[index]
        params = sale_params(conn, made_up)
        pricing = json.loads(str(params["pricing"]))
        stamp = OfflineStamp(f"{counter}-000001", ticket=token)
        params.update(
            counter=counter, cashier_id=store.ids["cashier"],
            pricing=json.dumps({**pricing, "offline": stamp.pricing()}),
        )  # fmt: skip
        assert outcome(conn, params) == "ok"
        assert outcome(conn, sale_params(conn, made_up)) == REFUSED  # online, it is


@pytest.mark.postgres_only
def test_the_app_sells_with_each_kind_of_promotion(store: Store) -> None:
    """The service path on the provisioned store, as the counters' role: no regression."""
    db = Database(store.app_url)
    ids = store.ids
    try:
        services = build_services(db, hasher=QuickHasher())
        cashier = services.auth.sign_in("cashier1", STAFF_PASSWORD, "App till")
        request = replace(
            cart((ids["soap"], 4), (ids["shirt"], 3), (ids["mug"], 2)), counter="App till"
        )
        sold = services.sales.checkout(cashier, request)
        # 8.00 - 1.00 + 59.97 - 19.99 + 15.98 - 2.40
        assert sold.total == Decimal("60.56")
        plain = replace(cart((ids["soap"], 2), (ids["mug"], 1)), counter="App till")
        assert services.sales.checkout(cashier, plain).total == Decimal("10.79")  # 4.00+7.99-1.20
    finally:
        db.dispose()
    with psycopg.connect(conninfo(store.super_url), autocommit=True) as conn:
        found = conn.execute(
            "SELECT l.promotion_name, l.promotion_cents FROM sale_lines l JOIN sales s"
            " ON s.id = l.sale_id WHERE s.uuid = %s ORDER BY l.product_id",
            (request.sale_uuid,),
        ).fetchall()
    assert found == [("3 for 5", 100), ("2+1", 1999), ("Kitchen", 240)]
    balanced(store.super_url)


@pytest.mark.postgres_only
def test_a_counter_whose_clock_runs_ahead_is_told_and_writes_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A promotion that starts in 10 minutes, and a counter 20 minutes ahead: it prices
    the cart with it, the server refuses the promotion, the counter prices again and is
    told (ConflictError, no traceback); nothing is written."""
    setup = Database(store.super_url)
    try:
        services = build_services(setup, hasher=QuickHasher())
        admin = services.auth.sign_in("admin1", STAFF_PASSWORD, COUNTER)
        clock = new_product(services, admin, "Clock", "10.00", 50, category="food")
        now = datetime.now(UTC)
        add_promotion(
            services, admin, name="Soon", kind=PromotionKind.MULTI_BUY,
            product_ids=(clock.id,), quantity=2, price="15.00",
            starts_at=now + timedelta(minutes=10), ends_at=now + DAY,
        )  # fmt: skip
    finally:
        setup.dispose()
    real = models.utcnow
    monkeypatch.setattr(models, "utcnow", lambda: real() + timedelta(minutes=20))
    db = Database(store.app_url)
    try:
        app = build_services(db, hasher=QuickHasher())
        cashier = app.auth.sign_in("cashier1", STAFF_PASSWORD, "App till")
        request = replace(cart((clock.id, 2)), counter="App till")
        assert app.sales.quote(cashier, request).total == Decimal("15.00")
        with app_connection(store.app_url) as conn:
            before = books(conn)
            with pytest.raises(ConflictError):
                app.sales.checkout(cashier, request)
            assert books(conn) == before
    finally:
        db.dispose()
    balanced(store.super_url)


# -- conformance: what Python prices, the server accepts ------------------------------------

PERCENTS = st.decimals(min_value=Decimal("0.0001"), max_value=100, places=4)
CATEGORIES = {"v0": "food", "v1": "food", "v2": "accessories"}


@st.composite
def promotion_fields(draw: st.DrawFn, ids: dict[str, int], unit: int) -> dict[str, Any]:
    """What ``promotions.add`` takes for a random promotion of any kind on the goods."""
    kind = draw(st.sampled_from(list(PromotionKind)))
    covered = draw(st.lists(st.sampled_from(sorted(CATEGORIES)), min_size=1, unique=True))
    product_ids = tuple(ids[name] for name in covered)
    if kind is PromotionKind.CATEGORY_PERCENT:
        category = draw(st.sampled_from(["food", "accessories"]))
        return {"kind": kind, "category": category, "percent": draw(PERCENTS)}
    if kind is PromotionKind.MULTI_BUY:
        n = draw(st.integers(2, 4))
        units = draw(st.integers(1, n * 10000 // unit - 1))  # below n x 100.00
        price = Decimal(units * unit) / 100
        return {"kind": kind, "product_ids": product_ids, "quantity": n, "price": price}
    return {
        "kind": kind, "product_ids": product_ids, "quantity": draw(st.integers(1, 3)),
        "free_quantity": draw(st.integers(1, 2)), "percent": draw(PERCENTS),
    }  # fmt: skip


@pytest.mark.postgres_only
def test_the_server_accepts_what_python_prices_and_not_a_unit_more(store: Store) -> None:
    """Random promotions of each kind (added as a manager would) and random carts of the
    goods at random prices, quantities and rounding, in a store with cents and in one
    without (yen): the server accepts Python's promotions, and refuses a unit more."""
    db = Database(store.super_url)
    owner = psycopg.connect(conninfo(store.super_url), autocommit=True)
    conn = app_connection(store.app_url)
    open_session(conn, "cashier1", STAFF_PASSWORD)
    services = build_services(db, hasher=QuickHasher())
    admin = services.auth.sign_in("admin1", STAFF_PASSWORD, COUNTER)
    ids = store.ids

    @settings(max_examples=examples(40), deadline=None, suppress_health_check=list(HealthCheck))
    @given(data=st.data(), currency=st.sampled_from(["USD", "JPY"]))
    def agree(data: st.DataObject, currency: str) -> None:
        set_store(owner, "100", currency)
        unit = CURRENCIES[currency].unit_cents
        fields = data.draw(st.lists(promotion_fields(ids, unit), min_size=1, max_size=3))
        made = [add_promotion(services, admin, name=f"P{n}", **f) for n, f in enumerate(fields)]
        try:
            names = data.draw(
                st.lists(st.sampled_from(sorted(CATEGORIES)), min_size=1, unique=True)
            )
            lines = [
                (
                    ids[name], data.draw(st.integers(1, 9)),
                    data.draw(st.integers(0, 300)) * unit, CATEGORIES[name],
                )
                for name in sorted(names, key=lambda name: ids[name])
            ]  # fmt: skip
            mode = data.draw(st.sampled_from(list(RoundingMode)))
            priced = lines_priced(lines, made, mode, unit)
            assert outcome(conn, sale_params(conn, priced)) == "ok", (currency, priced)
            by_id = {promotion.id: promotion for promotion in made}
            for index, (line, item) in enumerate(zip(priced, lines, strict=True)):
                if line.promotion_id is None:
                    continue
                # The most Python could give (half up; half even may give a unit less).
                most = promotion_saving(
                    by_id[line.promotion_id], CartItem(*item[:3], NO_TAX, item[3]),
                    RoundingMode.HALF_UP, unit,
                )  # fmt: skip
                assert line.promotion_cents <= most
                if most + unit > line.gross_cents:
                    continue  # more than the line: 0024's limit refuses it first
                more = [*priced]
                more[index] = claimed(line, most + unit)
                assert outcome(conn, sale_params(conn, more)) == REFUSED, (currency, more)
        finally:
            for promotion in made:
                services.promotions.set_active(admin, promotion.id, False)

    try:
        agree()
    finally:
        owner.execute(
            "DELETE FROM store_settings WHERE key IN ('cashier_discount_limit_percent', 'currency')"
        )
        owner.close()
        conn.close()
        db.dispose()
