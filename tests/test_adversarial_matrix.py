"""Issue 16, fourth slice (migration 0020): with a staff member's session the counters'
login does exactly what that person's column of the permission matrix allows, on every
table money and stock live in. Tried as a counter could: the app role with raw SQL
(psycopg, as psql would), for no session, a customer's, a cashier's, a manager's and an
admin's, one write per matrix operation on its table(s), and the probes of the issue.
After every refused attempt the books still balance."""

from __future__ import annotations

import importlib
import importlib.util
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from conftest import STAFF_PASSWORD, PgEmptier, PgServer, QuickHasher, make_people
from helpers import PASSWORD, cart, new_customer, new_product
from sqlalchemy import create_engine
from test_no_session_writes import app_connection, conninfo, open_session
from test_roles import provision
from test_server_sessions import a_sale

from pos_app.data.database import Database
from pos_app.data.repositories.sale_writer import RECORD_SALE_CALL
from pos_app.domain.enums import PromotionKind, Role
from pos_app.domain.errors import PermissionDeniedError
from pos_app.domain.tender_rules import CHANGE_MAX_CENTS
from pos_app.services import build_services
from pos_app.services.permissions import Op, allowed, needs_override
from pos_app.services.records import (
    Actor,
    CartLine,
    DiscountRequest,
    ManagerOverride,
    RefundRequest,
    ReturnLine,
)

pytestmark = pytest.mark.postgres_only

#: H1's check query per invariant (migration 0019), once it has landed.
INVARIANTS = importlib.util.find_spec("pos_app.data.invariants") is not None


@dataclass(frozen=True)
class Store:
    super_url: str
    app_url: str
    ids: dict[str, int]


@pytest.fixture(scope="module")
def store(pg_server: PgServer) -> Iterator[Store]:
    """One provisioned store for the module: every attempt is rolled back, so it stays
    as seeded. Staff admin1, manager1, cashier1; customer johndoe (20.00 in the wallet,
    a 5.00 sale of product P, an open shift at Till 9)."""
    url, app_url, drop = provision(pg_server)
    emptier = PgEmptier(url)
    emptier.empty()
    emptier.close()
    db = Database(url)
    try:
        people = make_people(db, QuickHasher().hash(STAFF_PASSWORD))
        services = build_services(db, hasher=QuickHasher())
        product = new_product(services, people.admin, price="5.00", stock=50)
        other = new_product(services, people.admin, name="Other", price="2.00", stock=5)
        customer = new_customer(services, people.admin, "johndoe", "20.00")
        gone = new_customer(services, people.admin, "gonedoe")
    finally:
        db.dispose()
    ids = {
        "admin": people.admin.account_id or 0,
        "manager": people.manager.account_id or 0,
        "cashier": people.cashier.account_id or 0,
        "customer": customer.id,
        "gone": gone.id,
        "product": product.id,
        "other": other.id,
    }
    with psycopg.connect(conninfo(url), autocommit=True) as conn:
        conn.execute(f"UPDATE accounts SET active = false WHERE id = {gone.id}")
        version = conn.execute("SELECT version FROM pricing_state").fetchone()
        assert version is not None
        sale = a_sale(ids["cashier"], product.id, version[0])
        ids["sale"] = int(conn.execute(RECORD_SALE_CALL, sale).fetchone()[0])  # type: ignore[index]
        for name, query in {
            "line": f"SELECT id FROM sale_lines WHERE sale_id = {ids['sale']}",
            "wallet": f"SELECT id FROM wallets WHERE account_id = {customer.id}",
            "shift": "INSERT INTO shifts (counter, opened_by_id, opened_at, opening_float_cents,"
            f" opening_count) VALUES ('Till 9', {ids['cashier']}, now(), 0, '{{}}') RETURNING id",
            "review": "INSERT INTO reviews (customer_id, product_id, rating, comment, status,"
            f" created_at, updated_at) VALUES ({customer.id}, {product.id}, 4, 'Fine',"
            " 'needs_approval', now(), now()) RETURNING id",
        }.items():
            ids[name] = int(conn.execute(query).fetchone()[0])  # type: ignore[index]
    yield Store(url, app_url, ids)
    drop()


def me(role: Role | None, ids: dict[str, int]) -> int:
    return ids["customer" if role is Role.CUSTOMER else str(role.value if role else "admin")]


def attempts(op: Op, i: dict[str, int], actor: int) -> list[str]:
    """One write of ``op`` on its table(s), as the app would write it."""
    w, p, c = i["wallet"], i["product"], i["customer"]
    entry = (
        "INSERT INTO wallet_entries (wallet_id, kind, amount_cents, balance_after_cents,"
        " actor_id, reason, created_at) VALUES ({w}, '{k}', {a}, {b}, {me}, 'probe', now())"
    )
    move = (
        "INSERT INTO stock_movements (product_id, kind, quantity, stock_after, actor_id,"
        " reason, created_at) SELECT {p}, '{k}', {q}, stock, {me}, 'probe', now()"
        " FROM products WHERE id = {p}"
    )
    return {
        Op.CUSTOMER_REGISTER: [
            "INSERT INTO accounts (username, name, address, gender, role, password_hash,"
            " active, failed_sign_ins, created_at) VALUES ('walkin', 'W', '', '', 'customer',"
            " 'x', true, 0, now())",
            "INSERT INTO wallets (account_id, balance_cents) SELECT id, 0 FROM accounts"
            " WHERE username = 'walkin'",
        ],
        Op.CUSTOMER_UPDATE: [f"UPDATE accounts SET email = 'x@example.com' WHERE id = {c}"],
        Op.CUSTOMER_DELETE: [f"UPDATE accounts SET active = false WHERE id = {c}"],
        Op.CUSTOMER_REACTIVATE: [f"UPDATE accounts SET active = true WHERE id = {i['gone']}"],
        Op.WALLET_TOP_UP: [
            f"UPDATE wallets SET balance_cents = balance_cents + 500 WHERE id = {w}",
            entry.format(w=w, k="top_up", a=500, b=2500, me=actor),
        ],
        Op.WALLET_DEDUCT: [
            f"UPDATE wallets SET balance_cents = balance_cents - 500 WHERE id = {w}",
            entry.format(w=w, k="adjustment", a=-500, b=1500, me=actor),
        ],
        Op.PRODUCT_ADD: [
            "INSERT INTO products (name, name_key, category, price_cents, description, stock,"
            " active, created_at, updated_at) VALUES ('New', 'new', 'food', 100, '', 0, true,"
            " now(), now())"
        ],
        Op.PRODUCT_IMPORT: [
            "INSERT INTO products (name, name_key, category, price_cents, description, stock,"
            " active, created_at, updated_at) VALUES ('Imported', 'imported', 'food', 100, '',"
            " 0, true, now(), now())"
        ],
        Op.PRODUCT_UPDATE: [f"UPDATE products SET price_cents = 1 WHERE id = {p}"],
        Op.PRODUCT_RESTOCK: [
            f"UPDATE products SET stock = stock + 5 WHERE id = {p}",
            move.format(p=p, k="restock", q=5, me=actor),
        ],
        Op.PRODUCT_DEDUCT: [
            f"UPDATE products SET stock = stock - 1 WHERE id = {p}",
            move.format(p=p, k="adjustment", q=-1, me=actor),
        ],
        Op.CATEGORY_MANAGE: [
            "INSERT INTO categories (name, active, created_at) VALUES ('Toys', true, now())"
        ],
        Op.SALE_CHECKOUT: ["SALE"],
        Op.SALE_REFUND: [
            "INSERT INTO refunds (uuid, sale_id, method, amount_cents, cashier_id, counter,"
            f" reason, created_at) VALUES ('{uuid.uuid4()}', {i['sale']}, 'cash', 500, {actor},"
            " 'Till 9', 'probe', now())",
            "INSERT INTO refund_lines (refund_id, sale_line_id, product_id, quantity,"
            f" amount_cents) SELECT max(id), {i['line']}, {p}, 1, 500 FROM refunds",
        ],
        Op.DAY_CLOSE: [
            "INSERT INTO day_closings (counter, business_day, period_start, period_end,"
            " sales_count, gross_cents, refunds_cents, cash_sales_cents, wallet_sales_cents,"
            " cash_refunds_cents, wallet_refunds_cents, opening_float_cents,"
            f" expected_cash_cents, counted_cash_cents, closed_by_id, created_at) VALUES"
            " ('Till 9', current_date, now() - interval '1 hour', now(),"
            f" 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, {actor}, now())"
        ],
        Op.CART_PARK: [
            "INSERT INTO parked_carts (counter, label, lines, created_at, parked_key) VALUES"
            f" ('Till 9', 'Later', '[]', now(), '{uuid.uuid4()}')"
        ],
        Op.REVIEW_WRITE: [
            "INSERT INTO reviews (customer_id, product_id, rating, comment, status, created_at,"
            f" updated_at) VALUES ({actor}, {i['other']}, 5, 'Good', 'needs_approval', now(),"
            " now())"
        ],
        Op.REVIEW_MODERATE: [
            f"UPDATE reviews SET status = 'approved', moderated_by_id = {actor},"
            f" moderated_at = now() WHERE id = {i['review']}"
        ],
        Op.STAFF_MANAGE: [f"UPDATE accounts SET role = 'manager' WHERE id = {i['cashier']}"],
        Op.TAX_MANAGE: [
            "INSERT INTO tax_rates (name, percent_e4, exempt, active, created_at) VALUES"
            " ('Probe', 1000, false, true, now())"
        ],
        Op.SHIFT_WORK: [
            "INSERT INTO cash_movements (shift_id, kind, amount_cents, reason, actor_id,"
            f" created_at) VALUES ({i['shift']}, 'paid_in', 100, 'probe', {actor}, now())"
        ],
        Op.DRAWER_OPEN: [
            "INSERT INTO cash_movements (shift_id, kind, amount_cents, reason, actor_id,"
            f" created_at) VALUES ({i['shift']}, 'no_sale', 0, 'probe', {actor}, now())"
        ],
        Op.SALE_VOID: [
            f"UPDATE sales SET voided_at = now(), voided_by_id = {actor}, void_reason = 'probe'"
            f" WHERE id = {i['sale']}"
        ],
        Op.SHIFT_MANAGE: [
            "INSERT INTO store_settings (key, value, updated_at) VALUES"
            " ('shift_difference_limit_cents', '99999', now())"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ],
    }.get(op, [])


#: The seeded rows' names (``store``), for listing the operations that write.
KEYS = (
    "wallet",
    "product",
    "other",
    "customer",
    "gone",
    "sale",
    "line",
    "review",
    "cashier",
    "shift",
)
#: Operations that write (the others only read: nothing to try on the server).
WRITES = [op for op in Op if attempts(op, dict.fromkeys(KEYS, 1), 1)]
ROLES = [None, *Role]


def books(conn: psycopg.Connection[Any]) -> list[tuple[Any, ...]]:
    """What must not move when a write is refused, and the two balances the books keep:
    every wallet's balance against its ledger, every product's stock against its
    movements (own queries; ``pos_app.data.invariants`` once migration 0019 lands)."""
    wallets = conn.execute(
        "SELECT w.id, w.balance_cents, coalesce(sum(e.amount_cents), 0)"
        " FROM wallets w LEFT JOIN wallet_entries e ON e.wallet_id = w.id GROUP BY w.id"
        " ORDER BY w.id"
    ).fetchall()
    stock = conn.execute(
        "SELECT p.id, p.stock, p.price_cents, coalesce(sum(m.quantity), 0)"
        " FROM products p LEFT JOIN stock_movements m ON m.product_id = p.id GROUP BY p.id"
        " ORDER BY p.id"
    ).fetchall()
    assert all(balance == ledger for _, balance, ledger in wallets), wallets
    assert all(units == moved for _, units, _price, moved in stock), stock
    counted = conn.execute(
        "SELECT (SELECT count(*) FROM sales), (SELECT count(*) FROM refunds),"
        " (SELECT count(*) FROM accounts WHERE active),"
        " (SELECT count(*) FROM sales WHERE voided_at IS NOT NULL)"
    ).fetchall()
    return [*wallets, *stock, *counted]


def balanced(url: str) -> None:
    """The check query per invariant (``pos_app.data.invariants``, migration 0019) finds
    nothing, once it has landed; ``books`` checks the two balances meanwhile."""
    if not INVARIANTS:
        return
    invariants = importlib.import_module("pos_app.data.invariants")
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            assert invariants.violations(connection) == []
    finally:
        engine.dispose()


def session(conn: psycopg.Connection[Any], role: Role | None) -> None:
    conn.execute("SELECT pos_session_present('')")
    if role is Role.CUSTOMER:
        open_session(conn, "johndoe", PASSWORD)
    elif role is not None:
        open_session(conn, f"{role.value}1", STAFF_PASSWORD)


def tried(conn: psycopg.Connection[Any], statements: list[str], ids: dict[str, int]) -> str:
    """'ok', or the server's refusal (its message), all in one transaction rolled back."""
    try:
        with conn.transaction(force_rollback=True):
            for statement in statements:
                if statement == "SALE":
                    version = conn.execute("SELECT version FROM pricing_state").fetchone()
                    assert version is not None
                    sale = a_sale(None, ids["product"], version[0])
                    conn.execute(RECORD_SALE_CALL, sale)
                else:
                    conn.execute(statement)
        return "ok"
    except psycopg.errors.InsufficientPrivilege as exc:
        return str(exc.diag.message_primary)


@pytest.mark.parametrize("role", ROLES, ids=lambda r: r.value if r else "no-session")
def test_each_role_writes_exactly_its_column_of_the_matrix(store: Store, role: Role | None) -> None:
    expected, server = {}, {}
    with app_connection(store.app_url) as conn:
        session(conn, role)
        before = books(conn)
        actor = me(role, store.ids)
        for op in WRITES:
            outcome = tried(conn, attempts(op, store.ids, actor), store.ids)
            server[op] = outcome == "ok"
            expected[op] = allowed(role, op)
            if not server[op]:
                assert outcome in {
                    "pos_session_required",
                    "pos_matrix_refused",
                    "pos_account_refused",
                }, (op, outcome)
            assert books(conn) == before, op  # refused or rolled back: nothing moved
    assert server == expected
    balanced(store.super_url)
    if role is Role.CASHIER:  # what a cashier may do alone, and what needs a manager
        assert server[Op.SALE_CHECKOUT] and server[Op.WALLET_TOP_UP]
        assert not server[Op.SALE_REFUND] and not server[Op.PRODUCT_UPDATE]


@pytest.mark.parametrize(
    "op", [op for op in WRITES if needs_override(Role.CASHIER, op)], ids=lambda o: o.value
)
def test_a_managers_override_lets_the_cashier_do_that_op_in_one_transaction_only(
    store: Store, op: Op
) -> None:
    with app_connection(store.app_url) as conn:
        session(conn, Role.CASHIER)
        before = books(conn)
        statements = attempts(op, store.ids, store.ids["cashier"])
        # A cashier's own password in the manager's field grants nothing.
        row = conn.execute(
            "SELECT granted FROM pos_grant_override('cashier1', %s, 'Till 9', %s)",
            (STAFF_PASSWORD, op.value),
        ).fetchone()
        assert row == (False,)
        assert tried(conn, statements, store.ids) != "ok"
        row = conn.execute(
            "SELECT granted FROM pos_grant_override('manager1', %s, 'Till 9', %s)",
            (STAFF_PASSWORD, op.value),
        ).fetchone()
        assert row == (True,)
        assert tried(conn, statements, store.ids) == "ok"  # rolled back: the grant too
        with conn.transaction():
            conn.execute("SELECT pos_session_may(%s)", ([op.value],))  # binds it here
        assert tried(conn, statements, store.ids) != "ok"  # used up by that transaction
        assert books(conn) == before


def test_a_wrong_managers_password_grants_nothing_and_counts_as_a_failed_sign_in(
    store: Store,
) -> None:
    with app_connection(store.app_url) as conn:
        session(conn, Role.CASHIER)
        row = conn.execute(
            "SELECT account_id, granted FROM pos_grant_override('manager1', 'not-the-pass',"
            " 'Till 9', 'sales.refund')"
        ).fetchone()
        assert row == (None, False)
        statements = attempts(Op.SALE_REFUND, store.ids, store.ids["cashier"])
        assert tried(conn, statements, store.ids) == "pos_matrix_refused"
    with psycopg.connect(conninfo(store.super_url), autocommit=True) as conn:
        failed = conn.execute(
            "SELECT failed_sign_ins FROM accounts WHERE username = 'manager1'"
        ).fetchone()
        conn.execute("UPDATE accounts SET failed_sign_ins = 0 WHERE username = 'manager1'")
    assert failed == (1,)


# -- the issue's probes, with a cashier's session -------------------------------------------


def test_the_issues_probes_are_refused_to_a_cashier(store: Store) -> None:
    ids = store.ids
    with app_connection(store.app_url) as conn:
        session(conn, Role.CASHIER)
        before = books(conn)
        version = conn.execute("SELECT version FROM pricing_state").fetchone()
        assert version is not None
        for probe in (
            [f"UPDATE accounts SET role = 'admin' WHERE id = {ids['cashier']}"],
            # sell at 0.01: lower the price, sell, restore it
            [f"UPDATE products SET price_cents = 1 WHERE id = {ids['product']}"],
            # a forged 500.00 cash refund
            [
                "INSERT INTO refunds (uuid, sale_id, method, amount_cents, counter, reason,"
                f" created_at) VALUES ('{uuid.uuid4()}', {ids['sale']}, 'cash', 50000,"
                " 'Till 9', 'x', now())"
            ],
            # erase a ledger through the cascade
            [f"DELETE FROM wallets WHERE id = {ids['wallet']}"],
            # a back-dated audit row naming the admin
            [
                "INSERT INTO audit_entries (created_at, actor_id, actor_username, action,"
                " outcome, counter, record_type, record_id, detail, content_hash) VALUES"
                f" (now() - interval '400 days', {ids['admin']}, 'admin1', 'sign_in', 'ok',"
                " '', '', '', '', '')"
            ],
            # a sale written without pos_record_sale
            [
                "INSERT INTO sales (uuid, cashier_id, counter, created_at, total_cents, status)"
                f" VALUES ('{uuid.uuid4()}', {ids['admin']}, 'Till 9', now(), 1, 'completed')"
            ],
            # a deduct written as a refund
            [
                "INSERT INTO wallet_entries (wallet_id, kind, amount_cents, balance_after_cents,"
                f" reason, created_at) VALUES ({ids['wallet']}, 'purchase', -2000, 0, 'x', now())"
            ],
        ):
            # refused by the role's guard, or first by another of the server's rules (a
            # wallet payment without the customer's consent, migration 0021)
            assert tried(conn, probe, ids) != "ok", probe
            assert books(conn) == before
        # pos_record_sale with another cashier's id, or an absurd tendered amount
        sale = a_sale(ids["admin"], ids["product"], version[0])
        with pytest.raises(psycopg.errors.RaiseException, match="pos_sale_refused"):
            conn.execute(RECORD_SALE_CALL, sale)
        sale = a_sale(None, ids["product"], version[0])
        sale["pricing"] = json.dumps(
            {**json.loads(str(sale["pricing"])), "discount_authorised_by_id": ids["manager"]}
        )  # a discount "authorised" by a manager who typed nothing
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="pos_matrix_refused"):
            conn.execute(RECORD_SALE_CALL, sale)
        sale = a_sale(None, ids["product"], version[0])
        sale["tendered"] = 500 + CHANGE_MAX_CENTS + 1
        with pytest.raises(psycopg.errors.CheckViolation):
            conn.execute(RECORD_SALE_CALL, sale)
        assert books(conn) == before
    balanced(store.super_url)


def test_a_cashiers_own_audit_row_and_sale_take_the_servers_clock(store: Store) -> None:
    ids = store.ids
    with app_connection(store.app_url) as conn:
        session(conn, Role.CASHIER)
        version = conn.execute("SELECT version FROM pricing_state").fetchone()
        assert version is not None
        sale = a_sale(None, ids["product"], version[0])
        sale["created_at"] = "2016-01-01T00:00:00+00:00"
        with conn.transaction(force_rollback=True):
            sale_id = conn.execute(RECORD_SALE_CALL, sale).fetchone()[0]  # type: ignore[index]
            conn.execute(
                "INSERT INTO audit_entries (created_at, actor_id, actor_username, action,"
                " outcome, counter, record_type, record_id, detail, content_hash) VALUES"
                f" (now() - interval '400 days', {ids['cashier']}, 'cashier1', 'sign_in', 'ok',"
                " '', '', '', '', 'forged')"
            )
            rows = conn.execute(
                "SELECT (SELECT created_at = now() FROM sales WHERE id = %s),"
                " (SELECT created_at = now() AND content_hash = pos_audit_hash(created_at,"
                " actor_id, actor_username, action, outcome, counter, record_type, record_id,"
                " detail) FROM audit_entries ORDER BY id DESC LIMIT 1)",
                (sale_id,),
            ).fetchone()
    assert rows == (True, True)


@pytest.mark.xfail(
    not INVARIANTS,
    reason="a wallet's balance against its ledger is migration 0019's invariant (H1)",
    strict=True,
)
def test_a_top_up_with_no_ledger_row_does_not_commit(store: Store) -> None:
    """A cashier may top up (the matrix), so the server lets the wallet's row move; the
    ledger invariant refuses it at commit when no ledger row says why."""
    with app_connection(store.app_url) as conn:
        session(conn, Role.CASHIER)
        with pytest.raises(psycopg.Error):
            conn.execute(
                "UPDATE wallets SET balance_cents = balance_cents + 10000000"
                f" WHERE id = {store.ids['wallet']}"
            )
        assert books(conn)


def test_the_owner_writes_with_no_session(store: Store) -> None:
    db = Database(store.super_url)
    try:
        services = build_services(db, hasher=QuickHasher())
        services.inventory.restock(Actor.system(), store.ids["product"], 1)
        services.inventory.deduct_one(Actor.system(), store.ids["product"])
    finally:
        db.dispose()
    with psycopg.connect(conninfo(store.super_url), autocommit=True) as conn:
        assert books(conn)


# -- the app's own writes, as the counters' role --------------------------------------------


def test_the_apps_writes_pass_the_servers_matrix_with_overrides_where_it_wants_them(
    store: Store,
) -> None:
    """Every service write a cashier and a manager make in a day, through the app as the
    counters' role: the row guard maps each to the operation the service checked, and a
    cashier's overrides (price, void, refund, a close over the limit) reach the server."""
    counter = "Flow till"
    db = Database(store.app_url)
    try:
        services = build_services(db, hasher=QuickHasher())
        manager = services.auth.sign_in("manager1", STAFF_PASSWORD, counter)
        cashier = services.auth.sign_in("cashier1", STAFF_PASSWORD, counter)
        boss = ManagerOverride("manager1", STAFF_PASSWORD)
        customer = services.customers.register(
            cashier, username="flowdoe", password=PASSWORD, name="Flow", age=30,
            marital_status="single", address="1 Main Street", gender="",
        )  # fmt: skip
        services.wallets.top_up(cashier, customer.id, Decimal("30.00"), method="cash")
        services.wallets.deduct(manager, customer.id, Decimal("1.00"), "Goodwill error")
        product = new_product(services, manager, name="Flow soap", price="4.00", stock=10)
        services.inventory.restock(manager, product.id, 5)
        services.inventory.deduct_one(manager, product.id, "Damaged")
        services.inventory.update(cashier, product.id, {"price": "5.00"}, override=boss)
        services.inventory.add_category(manager, "Flow toys")
        services.taxes.add_rate(manager, "Flow reduced", "5")
        services.taxes.update_settings(manager, {"tax_number": "FLOW-1"})
        services.shifts.update_settings(manager, difference_limit="1.00")
        services.parked.park(cashier, counter, (CartLine(product.id, 1),), label="Later")
        services.shifts.open(cashier, {"20": 1}, counter=counter)
        request = cart((product.id, 2))
        sold = services.sales.checkout(cashier, replace(request, counter=counter))
        again = services.sales.checkout(cashier, replace(cart((product.id, 1)), counter=counter))
        services.shifts.void(cashier, again.id, "rang up twice", override=boss)
        services.refunds.refund(
            cashier,
            RefundRequest(
                str(uuid.uuid4()), sold.id, (ReturnLine(sold.lines[0].line_id, 1),), "cash",
                "Damaged", counter,
            ),
            override=boss,
        )  # fmt: skip
        half = replace(
            cart((product.id, 1)), counter=counter, discount=DiscountRequest("Loyal", Decimal(50))
        )
        with pytest.raises(PermissionDeniedError):  # above the cashiers' limit
            services.sales.checkout(cashier, half)
        discounted = services.sales.checkout(cashier, half, override=boss)
        assert discounted.total == Decimal("2.50")
        services.shifts.paid_in(cashier, "5.00", "change from the bank", counter=counter)
        services.shifts.no_sale(cashier, "check the float", counter=counter)
        with pytest.raises(PermissionDeniedError):  # 20.00 short: a manager must approve
            services.shifts.close(cashier, {"20": 1}, counter=counter)
        services.shifts.close(cashier, {"20": 1}, counter=counter, override=boss)
        services.end_of_day.close_day(manager, counted_cash="27.50", counter=counter)
        with pytest.raises(PermissionDeniedError):  # the matrix, in Python as ever
            services.inventory.update(cashier, product.id, {"price": "0.01"})
    finally:
        db.dispose()
    with psycopg.connect(conninfo(store.super_url), autocommit=True) as conn:
        books(conn)
        price = conn.execute("SELECT price_cents FROM products WHERE id = %s", (product.id,))
        assert price.fetchone() == (500,)
        unused = conn.execute("SELECT count(*) FROM override_grants WHERE txid IS NULL")
        assert unused.fetchone() == (0,)  # each override was used by its own write
    balanced(store.super_url)


def test_the_apps_customer_writes_pass_the_servers_matrix(store: Store) -> None:
    """A profile change, a review and its moderation, a promotion, and a cashier deleting
    customers (one with history: deactivated) with a manager's override."""
    counter = "Flow till 2"
    db = Database(store.app_url)
    try:
        services = build_services(db, hasher=QuickHasher())
        manager = services.auth.sign_in("manager1", STAFF_PASSWORD, counter)
        cashier = services.auth.sign_in("cashier1", STAFF_PASSWORD, counter)
        boss = ManagerOverride("manager1", STAFF_PASSWORD)
        customer = services.customers.register(
            cashier, username="reviewdoe", password=PASSWORD, name="Review", age=30,
            marital_status="single", address="1 Main Street", gender="",
        )  # fmt: skip
        product = new_product(services, manager, name="Flow brush", price="3.00", stock=4)
        services.customers.update(manager, customer.id, {"address": "2 Main Street"})
        bought = replace(
            cart((product.id, 1), customer_id=customer.id, cash_tendered=Decimal("3.00")),
            consent=None,
        )
        services.sales.checkout(cashier, replace(bought, counter=counter))
        shopper = services.auth.sign_in("reviewdoe", PASSWORD, counter)
        review = services.reviews.submit(shopper, product.id, 5, "Lovely")
        services.reviews.moderate(manager, review.id, "approved")
        services.promotions.add(
            manager, name="Flow 2 for 5", kind=PromotionKind.MULTI_BUY,
            starts_at=datetime.now(UTC), ends_at=datetime.now(UTC) + timedelta(days=1),
            product_ids=(product.id,), quantity=2, price="5.00",
        )  # fmt: skip
        walkin = services.customers.register(
            cashier, username="walkin", password=PASSWORD, name="Walk In", age=30,
            marital_status="single", address="1 Main Street", gender="",
        )  # fmt: skip
        with pytest.raises(PermissionDeniedError):
            services.customers.delete(cashier, walkin.id)
        services.customers.delete(cashier, walkin.id, override=boss)
        services.customers.delete(cashier, customer.id, override=boss)  # has history
    finally:
        db.dispose()
    with psycopg.connect(conninfo(store.super_url), autocommit=True) as conn:
        states = conn.execute(
            "SELECT username, active FROM accounts WHERE username IN ('walkin', 'reviewdoe')"
        ).fetchall()
        moderated = conn.execute("SELECT status FROM reviews WHERE comment = 'Lovely'")
        assert moderated.fetchall() == [("approved",)]
    assert states == [("reviewdoe", False)]  # the walk-in gone, the reviewer deactivated
    balanced(store.super_url)


def test_a_customer_edits_their_review_but_cannot_approve_it(store: Store) -> None:
    review = store.ids["review"]
    with app_connection(store.app_url) as conn:
        session(conn, Role.CUSTOMER)
        edit = (
            f"UPDATE reviews SET comment = 'Better', status = 'needs_approval' WHERE id = {review}"
        )
        approve = f"UPDATE reviews SET status = 'approved' WHERE id = {review}"
        assert tried(conn, [edit], store.ids) == "ok"
        assert tried(conn, [approve], store.ids) == "pos_matrix_refused"
        session(conn, Role.CASHIER)  # staff do not write reviews
        assert tried(conn, [edit], store.ids) == "pos_matrix_refused"
