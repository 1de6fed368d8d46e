"""Issue 16, third slice (migration 0019): the books balance whoever connects. On
PostgreSQL deferred constraint triggers refuse at commit, for every role, a wallet that is
not its ledger, stock that is not its movements, a sale that is not its lines and
payments, a refund that is not its lines; ``pos_app.data.invariants`` (and ``pos-admin db
check``) finds the same on both backends. Tried as a counter could: the app role with a
cashier's session and raw SQL (psycopg, as psql would), and as the superuser."""

from __future__ import annotations

import contextlib
import io
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pytest
from conftest import STAFF_PASSWORD, People, PgServer, QuickHasher, make_people
from helpers import cart, new_customer, new_product
from sqlalchemy.engine import make_url
from test_no_session_writes import (  # noqa: F401 (fixtures)
    app_connection,
    conninfo,
    empty_store,
    open_session,
    provisioned_store,
    store,
)
from test_offline_sales import counter as offline_counter
from test_offline_sales import offline_cart

from pos_app.cli import main
from pos_app.data.database import Database
from pos_app.data.invariants import Violation, violations
from pos_app.data.migrate import downgrade, upgrade_to_head
from pos_app.domain.enums import Role
from pos_app.services import Services, build_services
from pos_app.services.records import DiscountRequest, RefundRequest, ReturnLine

COUNTER = "Test counter"
#: Every table an invariant reads: counted and summed before and after each attempt.
LEDGER_TABLES = (
    "wallets",
    "wallet_entries",
    "products",
    "stock_movements",
    "sales",
    "sale_lines",
    "sale_payments",
    "refunds",
    "refund_lines",
)


def balanced(db: Database) -> list[Violation]:
    return db.read(lambda tx: violations(tx.connection()))


# -- every normal path still commits, and the books balance (both backends) ---------------


def test_every_way_money_and_stock_move_keeps_the_books_balanced(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    manager, cashier = people.manager, people.cashier
    services.taxes.update_settings(manager, {"cash_rounding_cents": 5})
    reduced = services.taxes.add_rate(manager, "Reduced", "5.5")
    shirt = new_product(services, manager, price="19.99", stock=20)
    mug = new_product(services, manager, name="Mug", price="4.47", stock=20, category="food")
    services.taxes.set_product_rate(manager, mug.id, reduced.id)
    customer = new_customer(services, manager, "johndoe", "100.00")
    services.shifts.open(cashier, {"20": 1}, counter=COUNTER)

    checkout = services.sales.checkout
    cash = checkout(cashier, cart((shirt.id, 1), (mug.id, 2), cash_tendered=Decimal("50")))
    card = checkout(cashier, cart((mug.id, 1), card_amount=Decimal("4.47")))
    checkout(cashier, cart((shirt.id, 1), customer_id=customer.id))
    mixed = checkout(
        manager,
        cart(
            (shirt.id, 2),
            (mug.id, 1),
            customer_id=customer.id,
            wallet_amount=Decimal("10"),
            card_amount=Decimal("5"),
            cash_tendered=Decimal("40"),
            discount=DiscountRequest("Loyal", percent=Decimal(10)),
        ),
    )
    assert cash.cash_rounding != 0 or mixed.cash_rounding != 0  # the rounding is exercised
    for sale, line, method in ((mixed, 0, "wallet"), (cash, 1, "cash")):
        services.refunds.refund(
            manager,
            RefundRequest(
                str(uuid.uuid4()),
                sale.id,
                (ReturnLine(sale.lines[line].line_id, 1),),
                method,
                "Damaged",
                COUNTER,
            ),
        )
    services.wallets.top_up(manager, customer.id, Decimal("5"), method="card")
    services.wallets.deduct(manager, customer.id, Decimal("1.00"), "Goodwill error")
    services.inventory.restock(manager, shirt.id, 5)
    services.inventory.deduct_one(manager, mug.id, "Damaged")
    services.shifts.void(manager, card.id, "rang up twice")
    t1 = offline_counter(db, tmp_path)
    t1.sell(cashier, offline_cart("T1", (shirt.id, 2, "19.99"), cash_tendered="50"))
    assert t1.sync_once().sent == 1

    assert balanced(db) == []


@pytest.mark.parametrize("bulk", [False, True], ids=["services", "bulk"])
def test_demo_data_keeps_the_books_balanced(db: Database, people: People, bulk: bool) -> None:
    services = build_services(db, hasher=QuickHasher())
    made = services.demo.generate(
        people.admin, products=40, customers=10, sales=60, reviews=5, bulk=bulk, days=3
    )
    assert made.sales > 0
    assert balanced(db) == []


# -- pos-admin db check --------------------------------------------------------------------


def run_check(url: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["db", "check", "--database", url])
    return code, out.getvalue()


def test_db_check_says_the_books_balance_or_what_does_not_add_up(
    db_url: str, db: Database, services: Services, people: People
) -> None:
    customer = new_customer(services, people.manager, "johndoe", "20.00")
    assert run_check(db_url) == (0, "books balance\n")
    wallet = db.read(lambda tx: tx.wallets.of(customer.id))
    assert wallet is not None
    bump = (
        "UPDATE wallets SET balance_cents = balance_cents + 100, leased_cents = 50 "
        f"WHERE id = {wallet.id}"
    )  # 1.00 out of nowhere, and 0.50 set aside with no lease
    if db_url.startswith("sqlite"):
        with contextlib.closing(sqlite3.connect(make_url(db_url).database or "")) as lite:
            lite.execute(bump)
            lite.commit()
    else:  # round the triggers, as only a superuser can
        with psycopg.connect(conninfo(db_url), autocommit=True) as conn, conn.transaction():
            conn.execute("SET LOCAL session_replication_role = replica")
            conn.execute(bump)
    code, printed = run_check(db_url)
    assert code == 1
    assert printed.splitlines() == [
        f"wallet {wallet.id}: expected 2000, found 2100",
        f"wallet running balance {wallet.id}: expected 2000, found 2100",
        f"wallet leased {wallet.id}: expected 0, found 50",
    ]


# -- the counters' role with a cashier's session, and the superuser (PostgreSQL) ------------


@dataclass(frozen=True)
class Books:
    super_url: str
    app_url: str
    people: People
    wallet_id: int
    product_id: int
    sale_id: int
    line_id: int


@pytest.fixture
def books(store: tuple[str, str, People, int, int]) -> Books:  # noqa: F811 (a fixture)
    """The provisioned store with a cash sale of one product at 5.00."""
    super_url, app_url, people, product_id, customer_id = store
    db = Database(super_url)
    try:
        services = build_services(db, hasher=QuickHasher())
        sale = services.sales.checkout(people.cashier, cart((product_id, 1)))
        wallet = db.read(lambda tx: tx.wallets.of(customer_id))
        assert wallet is not None
    finally:
        db.dispose()
    return Books(super_url, app_url, people, wallet.id, product_id, sale.id, sale.lines[0].line_id)


_SALE = (
    "INSERT INTO sales (uuid, counter, created_at, total_cents, status, net_cents, tax_cents,"
    " discount_cents, promotion_cents, cash_rounding_cents, prices_include_tax,"
    " discount_reason, void_reason) VALUES ('{uuid}', 'x', now(), {total}, 'completed', {total},"
    " 0, 0, 0, 0, true, '', '')"
)
_LINE = (
    "INSERT INTO sale_lines (sale_id, product_id, product_name, quantity, unit_price_cents,"
    " line_total_cents, promotion_name, promotion_cents, discount_cents, cart_discount_cents,"
    " discount_reason, tax_name, tax_percent_e4, tax_exempt, net_cents, tax_cents, paid_cents)"
    " VALUES (currval('sales_id_seq'), {product}, 'x', 1, 500, 500, '', 0, 0, 0, '', '', 0,"
    " false, 500, 0, 500)"
)
_REFUND = (
    "INSERT INTO refunds (uuid, sale_id, method, amount_cents, counter, reason, created_at,"
    " tax_cents) VALUES ('{uuid}', {sale}, 'cash', 50000, 'x', 'forged', now(), 0)"
)
_REFUND_LINE = (
    "INSERT INTO refund_lines (refund_id, sale_line_id, product_id, quantity, amount_cents,"
    " tax_cents) VALUES (currval('refunds_id_seq'), {line}, {product}, 1, 50000, 0)"
)
_CARD = (
    "INSERT INTO sale_payments (sale_id, method, amount_cents)"
    " VALUES (currval('sales_id_seq'), 'card', 500)"
)
#: What a counter's psql could try, and the start of the refusal's DETAIL.
ATTEMPTS: dict[str, tuple[tuple[str, ...], str]] = {
    "wallet bump": (
        ("UPDATE wallets SET balance_cents = balance_cents + 10000000 WHERE id = {wallet}",),
        "wallet {wallet}: expected 2000, found 10002000",
    ),
    "ledger row alone": (
        (
            "INSERT INTO wallet_entries (wallet_id, kind, amount_cents, balance_after_cents,"
            " reason, counter, created_at) VALUES ({wallet}, 'adjustment', 500, 2500, 'x', '',"
            " now())",
        ),
        "wallet {wallet}: expected 2500, found 2000",
    ),
    "stock without movement": (
        ("UPDATE products SET stock = stock + 100 WHERE id = {product}",),
        "product {product}: expected 49, found 149",
    ),
    "movement without stock": (
        (
            "INSERT INTO stock_movements (product_id, kind, quantity, stock_after, reason,"
            " created_at) VALUES ({product}, 'restock', 100, 149, 'x', now())",
        ),
        "product {product}: expected 149, found 49",
    ),
    "sale with a wrong total": (
        (
            _SALE.format(uuid="{uuid}", total=50000),
            _LINE,
            "INSERT INTO sale_payments (sale_id, method, amount_cents, tendered_cents,"
            " change_cents) VALUES (currval('sales_id_seq'), 'cash', 50000, 50000, 0)",
        ),
        "sale total ",
    ),
    "payment that does not add up": (
        (
            "INSERT INTO sale_payments (sale_id, method, amount_cents)"
            " VALUES ({sale}, 'card', 100000)",
        ),
        "sale payments {sale}: expected 500, found 100500",
    ),
    "line added to an old sale": (
        (_LINE.replace("currval('sales_id_seq')", "{sale}"),),
        "sale total {sale}: expected 1000, found 500",
    ),
    # A new sale's rows are checked as they stand at commit, wherever they were written:
    # after its check has run early (SET CONSTRAINTS ... IMMEDIATE), or in a savepoint.
    "line added after the sale was checked": (
        (
            _SALE.format(uuid="{uuid}", total=500),
            _LINE,
            _CARD,
            "SET CONSTRAINTS ALL IMMEDIATE",
            _LINE,
        ),
        "sale total ",
    ),
    "lines written in a savepoint": (
        (
            _SALE.format(uuid="{uuid}", total=50000),
            "SAVEPOINT forged",
            _LINE,
            "RELEASE SAVEPOINT forged",
            _CARD.replace("500)", "50000)"),
        ),
        "sale total ",
    ),
    "refund without lines": ((_REFUND,), "refund total "),
    "refund beyond what was paid": ((_REFUND, _REFUND_LINE), "refund "),
}


def _statements(name: str, books: Books) -> list[str]:
    ids = {
        "wallet": books.wallet_id,
        "product": books.product_id,
        "sale": books.sale_id,
        "line": books.line_id,
        "uuid": uuid.uuid4(),
    }
    return [s.format(**ids) for s in ATTEMPTS[name][0]]


def _detail(name: str, books: Books) -> str:
    ids = {"wallet": books.wallet_id, "product": books.product_id, "sale": books.sale_id}
    return ATTEMPTS[name][1].format(**ids)


def fingerprint(super_url: str) -> dict[str, Any]:
    """How many rows each ledger table holds, and the wallets' and the stock's totals."""
    with psycopg.connect(conninfo(super_url), autocommit=True) as conn:
        found: dict[str, Any] = {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone() for t in LEDGER_TABLES
        }
        found["money"] = conn.execute("SELECT sum(balance_cents) FROM wallets").fetchone()
        found["stock"] = conn.execute("SELECT sum(stock) FROM products").fetchone()
        return found


def attempt(conn: psycopg.Connection[Any], statements: list[str]) -> psycopg.Error:
    with pytest.raises(psycopg.Error) as refused, conn.transaction():
        for statement in statements:
            conn.execute(statement)
    return refused.value


def books_balance(super_url: str) -> None:
    db = Database(super_url)
    try:
        assert balanced(db) == []
    finally:
        db.dispose()


@pytest.mark.postgres_only
@pytest.mark.parametrize("role", [Role.CASHIER, Role.ADMIN])
@pytest.mark.parametrize("name", list(ATTEMPTS))
def test_staff_with_psql_cannot_unbalance_the_books(books: Books, name: str, role: Role) -> None:
    before = fingerprint(books.super_url)
    with app_connection(books.app_url) as conn:
        open_session(conn, books.people.by_role(role).username, STAFF_PASSWORD)
        refused = attempt(conn, _statements(name, books))
    # The books refuse it at commit, unless the permission matrix refused it first.
    assert refused.sqlstate in ("23514", "42501"), refused
    if refused.sqlstate == "23514":
        assert refused.diag.message_primary == "pos_books_unbalanced"
        assert str(refused.diag.message_detail).startswith(_detail(name, books))
    assert fingerprint(books.super_url) == before
    books_balance(books.super_url)


@pytest.mark.postgres_only
@pytest.mark.parametrize("name", list(ATTEMPTS))
def test_the_superuser_cannot_unbalance_the_books_either(books: Books, name: str) -> None:
    before = fingerprint(books.super_url)
    with psycopg.connect(conninfo(books.super_url), autocommit=True) as conn:
        refused = attempt(conn, _statements(name, books))
    assert (refused.sqlstate, refused.diag.message_primary) == ("23514", "pos_books_unbalanced")
    assert str(refused.diag.message_detail).startswith(_detail(name, books))
    assert fingerprint(books.super_url) == before
    books_balance(books.super_url)


@pytest.mark.postgres_only
def test_a_check_made_early_does_not_let_a_later_change_through(books: Books) -> None:
    """SET CONSTRAINTS ... IMMEDIATE checks what was written so far; what is written after
    it is checked again at commit."""
    with psycopg.connect(conninfo(books.super_url), autocommit=True) as conn:
        refused = attempt(
            conn,
            [
                f"UPDATE products SET stock = stock + 1 WHERE id = {books.product_id}",
                "INSERT INTO stock_movements (product_id, kind, quantity, stock_after, reason,"
                f" created_at) VALUES ({books.product_id}, 'restock', 1, 50, 'x', now())",
                "SET CONSTRAINTS ALL IMMEDIATE",
                f"UPDATE products SET stock = stock + 1 WHERE id = {books.product_id}",
            ],
        )
    assert refused.diag.message_primary == "pos_books_unbalanced"
    books_balance(books.super_url)


# -- the upgrade mends ledgers that did not add up (PostgreSQL) ------------------------------


@pytest.fixture
def old_store(pg_server: PgServer) -> Iterator[tuple[Database, str]]:
    url = pg_server.create_database("pos_books")
    db = Database(url)
    yield db, url
    db.dispose()
    pg_server.drop_database(url)


@pytest.mark.postgres_only
def test_the_upgrade_mends_ledgers_that_did_not_add_up(
    old_store: tuple[Database, str], staff_hash: str
) -> None:
    db, url = old_store
    upgrade_to_head(db)
    services = build_services(db, hasher=QuickHasher())
    people = make_people(db, staff_hash)
    drifted = new_product(services, people.manager, name="Drifted", stock=5)
    chain = new_product(services, people.manager, name="Chain", stock=5)
    customer = new_customer(services, people.manager, "johndoe", "20.00")
    downgrade(db, "0018")
    with psycopg.connect(conninfo(url), autocommit=True) as c:
        c.execute(f"UPDATE products SET stock = 8 WHERE id = {drifted.id}")
        c.execute(f"UPDATE wallets SET balance_cents = 2500 WHERE account_id = {customer.id}")
        # The sum is right but the last running balance is not.
        c.execute(f"UPDATE products SET stock = 0 WHERE id = {chain.id}")
        c.execute(
            "INSERT INTO stock_movements (product_id, kind, quantity, stock_after, reason,"
            f" created_at) VALUES ({chain.id}, 'adjustment', -5, 3, 'x', now())"
        )
    assert {v.invariant for v in balanced(db)} >= {"stock", "wallet", "stock running balance"}
    upgrade_to_head(db)
    assert balanced(db) == []
    with psycopg.connect(conninfo(url), autocommit=True) as c:
        mended = c.execute(
            "SELECT product_id, quantity, stock_after FROM stock_movements"
            " WHERE reason = 'Books balanced (migration 0019)' ORDER BY id"
        ).fetchall()
    assert mended == [(drifted.id, 3, 8), (chain.id, 1, 1), (chain.id, -1, 0)]
