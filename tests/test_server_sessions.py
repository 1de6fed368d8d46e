"""Issue 16, first slice: a sign-in the server verifies (migration 0017), tried the way a
counter's login could be abused: the app role with raw SQL (psycopg, as psql would), and
the app itself through its services. Also the conformance of the server's sign-in with
Python's (SQLite's) one: the same attempts leave the same counters and audit rows."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import bcrypt
import psycopg
import pytest
from conftest import (
    STAFF_PASSWORD,
    People,
    PgEmptier,
    PgServer,
    QuickHasher,
    make_people,
)
from helpers import cart, new_product
from sqlalchemy.engine import make_url
from test_roles import provision

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.data.repositories.sale_writer import (
    RECORD_SALE_CALL,
    SaleLineWrite,
    SaleWrite,
    record_sale_params,
)
from pos_app.domain.errors import AuthenticationError, PermissionDeniedError
from pos_app.domain.sign_in_rules import LOCKOUT_AFTER, LOCKOUT_DETAIL, SESSION_IDLE_MINUTES
from pos_app.services import Services, build_services
from pos_app.services.records import Actor

pytestmark = pytest.mark.postgres

WRONG = "not-the-password-9"
SIGN_IN = "SELECT token, account_id, account_role FROM pos_sign_in(%s, %s, %s)"


def conninfo(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def provisioned_store(pg_server: PgServer) -> Iterator[tuple[str, str, PgEmptier]]:
    """One provisioned database for the module (migrating and provisioning take ~2 s),
    emptied before each test: (superuser URL, app URL, its emptier)."""
    url, app_url, drop = provision(pg_server)
    emptier = PgEmptier(url)
    yield url, app_url, emptier
    emptier.close()
    drop()


@pytest.fixture
def store(
    provisioned_store: tuple[str, str, PgEmptier],
) -> Iterator[tuple[str, str, People, int]]:
    """The provisioned store, emptied, with a cashier, a manager and an admin, and a product
    at 5.00 (its id): (superuser URL, app URL, people, product id)."""
    super_url, app_url, emptier = provisioned_store
    emptier.empty()
    db = Database(super_url)
    try:
        people = make_people(db, QuickHasher().hash(STAFF_PASSWORD))
        services = build_services(db, hasher=QuickHasher())
        product = new_product(services, people.admin, price="5.00", stock=50)
    finally:
        db.dispose()
    yield super_url, app_url, people, product.id


@pytest.fixture
def app_sql(store: tuple[str, str, People, int]) -> Iterator[psycopg.Connection[Any]]:
    """A raw connection as the counters' role, autocommit, as psql gives."""
    with psycopg.connect(conninfo(store[1]), autocommit=True) as conn:
        yield conn


def superuser(store: tuple[str, str, People, int]) -> psycopg.Connection[Any]:
    return psycopg.connect(conninfo(store[0]), autocommit=True)


def sign_in(conn: psycopg.Connection[Any], username: str, password: str) -> str | None:
    row = conn.execute(SIGN_IN, (username, password, "Till 9")).fetchone()
    assert row is not None
    return row[0]  # type: ignore[no-any-return]


def account_state(store: tuple[str, str, People, int], username: str) -> tuple[int, Any]:
    with superuser(store) as conn:
        row = conn.execute(
            "SELECT failed_sign_ins, locked_until FROM accounts WHERE username = %s", (username,)
        ).fetchone()
    assert row is not None
    return row[0], row[1]


def a_sale(cashier_id: int | None, product_id: int, version: int) -> dict[str, object]:
    """``pos_record_sale``'s arguments for one unit at 5.00, paid in cash."""
    sale = SaleWrite(
        uuid=str(uuid.uuid4()),
        customer_id=None,
        cashier_id=cashier_id,
        counter="Till 9",
        created_at=models.utcnow(),
        total_cents=500,
        lines=(SaleLineWrite(product_id, 1, 500),),
        wallet_cents=0,
        cash_cents=500,
        tendered_cents=500,
        card_cents=0,
        card_reference="",
        actor_username="whoever",
        actor_counter="Till 9",
        audit_detail="sale",
        pricing_version=version,
    )
    return record_sale_params(sale)


def record_sale(conn: psycopg.Connection[Any], cashier_id: int | None, product_id: int) -> int:
    version = conn.execute("SELECT version FROM pricing_state").fetchone()
    assert version is not None
    row = conn.execute(RECORD_SALE_CALL, a_sale(cashier_id, product_id, version[0])).fetchone()
    assert row is not None
    return int(row[0])


def present(conn: psycopg.Connection[Any], token: str | None) -> None:
    conn.execute("SELECT set_config('pos.session', %s, false)", (token or "",))


# -- the counters' login alone ------------------------------------------------------------


def test_the_app_role_reads_no_password_hash_and_no_session(
    store: tuple[str, str, People, int], app_sql: psycopg.Connection[Any]
) -> None:
    refused = [
        "SELECT password_hash FROM accounts",
        "SELECT * FROM accounts",
        "SELECT id FROM accounts WHERE password_hash LIKE '$2%'",
        "UPDATE accounts SET failed_sign_ins = 0 WHERE password_hash <> ''",
        "SELECT * FROM staff_sessions",
        "INSERT INTO staff_sessions (token_hash, account_id, counter, created_at, last_seen_at)"
        " VALUES (repeat('a', 64), 1, 'x', now(), now())",
        "UPDATE staff_sessions SET ended_at = NULL",
        "COPY accounts TO STDOUT",
    ]
    for statement in refused:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            app_sql.execute(statement)
    # Everything else of an account is there for the counter.
    rows = app_sql.execute("SELECT id, username, role, active FROM accounts ORDER BY id")
    assert [r[1] for r in rows] == ["cashier1", "manager1", "admin1"]


def test_a_wrong_password_gives_no_token_and_counts_towards_the_lockout(
    store: tuple[str, str, People, int], app_sql: psycopg.Connection[Any]
) -> None:
    assert sign_in(app_sql, "cashier1", WRONG) is None
    assert sign_in(app_sql, "nobody", WRONG) is None
    assert sign_in(app_sql, "cashier1", STAFF_PASSWORD + "x") is None
    assert account_state(store, "cashier1") == (2, None)
    audit = app_sql.execute(
        "SELECT actor_username, action, outcome, detail FROM audit_entries ORDER BY id"
    ).fetchall()
    assert audit[-3:] == [
        ("cashier1", "sign_in_failed", "denied", "wrong password"),
        ("", "sign_in_failed", "denied", "unknown username"),
        ("cashier1", "sign_in_failed", "denied", "wrong password"),
    ]
    token = sign_in(app_sql, "cashier1", STAFF_PASSWORD)
    assert token is not None and len(token) == 64
    assert account_state(store, "cashier1") == (0, None)
    with superuser(store) as conn:  # stored hashed, never as it is
        stored = conn.execute("SELECT token_hash FROM staff_sessions").fetchall()
    assert stored and all(token not in row[0] for row in stored)


def test_guesses_during_a_lockout_do_not_extend_it_on_the_server(
    store: tuple[str, str, People, int], app_sql: psycopg.Connection[Any]
) -> None:
    for _ in range(LOCKOUT_AFTER):
        assert sign_in(app_sql, "manager1", WRONG) is None
    failed, began = account_state(store, "manager1")
    assert failed == 0 and began is not None
    for _ in range(2 * LOCKOUT_AFTER):
        assert sign_in(app_sql, "manager1", WRONG) is None
    assert account_state(store, "manager1") == (0, began)
    assert sign_in(app_sql, "manager1", STAFF_PASSWORD) is None  # still locked
    rows = app_sql.execute(
        "SELECT detail FROM audit_entries WHERE action = 'lockout' AND actor_username = %s",
        ("manager1",),
    ).fetchall()
    assert rows == [(LOCKOUT_DETAIL,)]
    last = app_sql.execute("SELECT detail FROM audit_entries ORDER BY id DESC LIMIT 1").fetchone()
    assert last == ("inactive or locked account",)


def test_tokens_of_no_session_an_ended_or_an_idle_one_are_refused(
    store: tuple[str, str, People, int], app_sql: psycopg.Connection[Any]
) -> None:
    _super_url, _app_url, people, product_id = store
    ended = sign_in(app_sql, "cashier1", STAFF_PASSWORD)
    idle = sign_in(app_sql, "cashier1", STAFF_PASSWORD)
    inactive = sign_in(app_sql, "manager1", STAFF_PASSWORD)
    assert ended and idle and inactive
    assert app_sql.execute("SELECT pos_sign_out(%s)", (ended,)).fetchone() == (True,)
    with superuser(store) as conn:
        conn.execute(
            "UPDATE staff_sessions SET last_seen_at = now() - %s WHERE token_hash = "
            "encode(sha256(convert_to(%s, 'UTF8')), 'hex')",
            (timedelta(minutes=SESSION_IDLE_MINUTES + 1), idle),
        )
        conn.execute("UPDATE accounts SET active = false WHERE username = 'manager1'")
    made_up = "0" * 64
    for token in (ended, idle, inactive, made_up, idle.upper()):
        assert app_sql.execute("SELECT pos_session_present(%s)", (token,)).fetchone() == (False,)
        with pytest.raises(psycopg.errors.RaiseException, match="pos_session_refused"):
            app_sql.execute("SELECT pos_session_account()")
        with pytest.raises(psycopg.errors.RaiseException, match="pos_session_refused"):
            record_sale(app_sql, people.cashier.account_id, product_id)
    present(app_sql, "")
    assert app_sql.execute("SELECT pos_session_account()").fetchone() == (None,)


def test_a_sale_acts_as_the_session_whatever_cashier_it_names(
    store: tuple[str, str, People, int], app_sql: psycopg.Connection[Any]
) -> None:
    _super_url, _app_url, people, product_id = store
    token = sign_in(app_sql, "cashier1", STAFF_PASSWORD)
    present(app_sql, token)
    assert app_sql.execute("SELECT pos_session_account()").fetchone() == (
        people.cashier.account_id,
    )
    for someone_else in (people.admin.account_id, people.manager.account_id):
        with pytest.raises(psycopg.errors.RaiseException, match="pos_sale_refused") as refused:
            record_sale(app_sql, someone_else, product_id)
        assert refused.value.diag.message_detail == "cashier"
    named = record_sale(app_sql, people.cashier.account_id, product_id)
    unnamed = record_sale(app_sql, None, product_id)  # the session says who
    rows = app_sql.execute(
        "SELECT s.cashier_id, a.actor_id, a.actor_username FROM sales s "
        "JOIN audit_entries a ON a.record_type = 'sale' AND a.record_id = s.uuid "
        "WHERE s.id = ANY(%s) ORDER BY s.id",
        ([named, unnamed],),
    ).fetchall()
    cashier = people.cashier.account_id
    assert rows == [(cashier, cashier, "cashier1"), (cashier, cashier, "cashier1")]
    with superuser(store) as conn:
        counted = conn.execute("SELECT count(*) FROM sales").fetchone()
    assert counted == (2,)  # the refused ones left nothing


# -- the app, as the counters' role ---------------------------------------------------------


def test_the_app_signs_in_on_the_server_and_its_sales_present_the_session(
    store: tuple[str, str, People, int],
) -> None:
    _super_url, app_url, people, product_id = store
    db = Database(app_url)
    try:
        services = build_services(db, hasher=QuickHasher())
        with pytest.raises(AuthenticationError):
            services.auth.sign_in("cashier1", WRONG, "Till 9")
        cashier = services.auth.sign_in(" Cashier1 ", STAFF_PASSWORD, "Till 9")
        assert (cashier.account_id, cashier.username) == (people.cashier.account_id, "cashier1")
        assert "token" not in repr(db.sessions) and db.sessions.token(cashier.account_id)
        sale = services.sales.checkout(cashier, cart((product_id, 2)))
        assert sale.total == Decimal("10.00")
        # A lock's unlock signs in again: a new session, and the one it replaces ends.
        again = services.auth.sign_in("cashier1", STAFF_PASSWORD, "Till 9")
        services.sales.checkout(again, cart((product_id, 1)))
        services.auth.sign_out(again)
        assert db.sessions.token(cashier.account_id) == ""
        with pytest.raises(PermissionDeniedError, match="sign in again"):  # no session (0018)
            services.sales.checkout(cashier, cart((product_id, 1)))
    finally:
        db.dispose()
    with superuser(store) as conn:
        sessions = conn.execute(
            "SELECT counter, ended_at IS NOT NULL FROM staff_sessions ORDER BY id"
        ).fetchall()
        failed = conn.execute(
            "SELECT failed_sign_ins FROM accounts WHERE id = %s", (cashier.account_id,)
        )
        cashiers = conn.execute("SELECT DISTINCT cashier_id FROM sales").fetchall()
        sold = conn.execute("SELECT count(*) FROM sales").fetchone()
        signed_out = conn.execute(
            "SELECT action, actor_id FROM audit_entries WHERE action = 'sign_out'"
        ).fetchall()
    assert sessions == [("Till 9", True), ("Till 9", True)]
    assert failed.fetchone() == (0,)
    assert cashiers == [(cashier.account_id,)]
    assert sold == (2,)  # the one without a session left nothing
    assert signed_out == [("sign_out", cashier.account_id)]  # written while it counted


def test_the_app_stops_presenting_a_session_the_server_ended(
    store: tuple[str, str, People, int],
) -> None:
    _super_url, app_url, _people, product_id = store
    db = Database(app_url)
    try:
        services = build_services(db, hasher=QuickHasher())
        cashier = services.auth.sign_in("cashier1", STAFF_PASSWORD, "Till 9")
        with superuser(store) as conn:  # e.g. idle past the limit while the window was locked
            conn.execute("UPDATE staff_sessions SET ended_at = now()")
        db.engine.dispose()  # fresh connections: each presents the session anew
        # As without one, which the server refuses since 0018: the person signs in again.
        with pytest.raises(PermissionDeniedError, match="sign in again"):
            services.sales.checkout(cashier, cart((product_id, 1)))
        assert db.sessions.token(cashier.account_id) == ""
        again = services.auth.sign_in("cashier1", STAFF_PASSWORD, "Till 9")
        assert services.sales.checkout(again, cart((product_id, 1))).total == Decimal("5.00")
    finally:
        db.dispose()


# -- awkward passwords: Python's bcrypt ($2b$) read by pgcrypto ------------------------------

AWKWARD = [
    "héllo wörld ünïcode 日本語",
    "  spaced  out  ",
    "\t tab and\u00a0nbsp ",
    "é" * 36,  # 72 bytes exactly
    "😀" * 18,  # 72 bytes of four-byte characters
    "a" * 72,
    "Ω≈ç√∫˜µ≤≥÷-'\"\\;--",
]


@pytest.mark.parametrize("password", AWKWARD)
def test_awkward_passwords_sign_in_on_the_server_and_near_misses_do_not(
    password: str, store: tuple[str, str, People, int], app_sql: psycopg.Connection[Any]
) -> None:
    hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt(10)).decode()
    assert hashed.startswith("$2b$")
    with superuser(store) as conn:
        conn.execute("UPDATE accounts SET password_hash = %s WHERE username = 'admin1'", (hashed,))
    assert sign_in(app_sql, "admin1", password) is not None
    for miss in (
        password[:-1],
        password + "x",
        password.upper() if password.upper() != password else password + " ",
    ):
        assert sign_in(app_sql, "admin1", miss) is None


def test_a_password_over_72_bytes_is_refused_as_python_refuses_it(
    store: tuple[str, str, People, int], app_sql: psycopg.Connection[Any]
) -> None:
    long = "b" * 72
    hashed = bcrypt.hashpw(long.encode(), bcrypt.gensalt(10)).decode()
    with superuser(store) as conn:
        conn.execute("UPDATE accounts SET password_hash = %s WHERE username = 'admin1'", (hashed,))
    assert sign_in(app_sql, "admin1", long) is not None
    # bcrypt reads 72 bytes: the same prefix would match, and both paths refuse it.
    assert sign_in(app_sql, "admin1", long + "c") is None
    assert sign_in(app_sql, "admin1", "é" * 37) is None


# -- conformance: the same attempts through Python's sign-in and the server's -------------


def attempts(services: Services, db: Database, people: People) -> list[str]:
    """A run of sign-ins covering each rule; what each gave ("ok <role>" or "refused")."""
    said = []

    def attempt(username: object, password: object) -> None:
        try:
            actor: Actor = services.auth.sign_in(username, password, "Till 7")  # type: ignore[arg-type]
            said.append(f"ok {actor.role.value} {actor.username}")
        except AuthenticationError:
            said.append("refused")

    attempt("nobody", WRONG)
    attempt("", WRONG)
    attempt("CASHIER1 ", STAFF_PASSWORD)
    attempt("cashier1", "short")
    attempt("cashier1", STAFF_PASSWORD + "x" * 80)
    attempt("cashier1", "nul\x00inside-it")
    attempt("cashier1", None)
    for _ in range(LOCKOUT_AFTER - 1):
        attempt("cashier1", WRONG)
    attempt("cashier1", STAFF_PASSWORD)  # resets the count
    for _ in range(LOCKOUT_AFTER + 3):
        attempt("cashier1", WRONG)  # locks, then guesses while locked
    attempt("cashier1", STAFF_PASSWORD)  # locked: refused, not counted
    unlocked = models.utcnow() - timedelta(minutes=1)
    db.write(
        lambda tx: setattr(
            tx.lock(models.Account, people.cashier.account_id), "locked_until", unlocked
        )
    )  # type: ignore[arg-type]
    attempt("cashier1", WRONG)  # a lockout that ended: counts from zero
    attempt("cashier1", STAFF_PASSWORD)
    db.write(
        lambda tx: setattr(tx.lock(models.Account, people.manager.account_id), "active", False)
    )  # type: ignore[arg-type]
    attempt("manager1", STAFF_PASSWORD)  # inactive: refused, not a guess
    attempt("manager1", WRONG)  # inactive and wrong: a guess
    attempt("admin1", STAFF_PASSWORD)
    return said


def state(db: Database) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Each account's counters (a lock as its length from now, in whole minutes) and every
    audit row but its id, time and hash."""

    def read(tx: Any) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
        now = models.utcnow()
        accounts = [
            (
                a.username,
                a.failed_sign_ins,
                None
                if a.locked_until is None
                else round((a.locked_until - now) / timedelta(minutes=1)),
            )
            for a in tx.session.query(models.Account).order_by(models.Account.id)
        ]
        audit = [
            (
                e.actor_id,
                e.actor_username,
                e.action,
                e.outcome,
                e.counter,
                e.record_type,
                e.record_id,
                e.detail,
            )
            for e in tx.session.query(models.AuditEntry).order_by(models.AuditEntry.id)
        ]
        return accounts, audit

    return db.read(read)


def test_the_server_sign_in_and_pythons_agree_attempt_by_attempt(
    store: tuple[str, str, People, int], tmp_path: Path, sqlite_template: Path
) -> None:
    super_url, app_url, _people, _product = store
    path = tmp_path / "pos.db"
    path.write_bytes(sqlite_template.read_bytes())
    staff_hash = QuickHasher().hash(STAFF_PASSWORD)
    results = {}
    for name, url in (("python", f"sqlite:///{path}"), ("server", app_url)):
        db = Database(url)
        setup = Database(super_url) if name == "server" else db
        try:
            people = make_people(db, staff_hash) if name == "python" else store[2]
            before = state(setup)
            said = attempts(build_services(db, hasher=QuickHasher()), setup, people)
            accounts, audit = state(setup)
            results[name] = (said, accounts, audit[len(before[1]) :])
        finally:
            db.dispose()
            if setup is not db:
                setup.dispose()
    python, server = results["python"], results["server"]
    assert server[0] == python[0]
    assert python[0].count("refused") > 20 and "ok cashier cashier1" in python[0]
    assert server[1] == python[1]
    assert server[2] == python[2]
    assert any(row[2] == "lockout" for row in python[2])


def test_a_session_ends_by_itself_after_the_idle_time(
    store: tuple[str, str, People, int], app_sql: psycopg.Connection[Any]
) -> None:
    token = sign_in(app_sql, "cashier1", STAFF_PASSWORD)
    with superuser(store) as conn:
        seen = conn.execute("SELECT last_seen_at FROM staff_sessions").fetchone()
        assert seen is not None and isinstance(seen[0], datetime)
        conn.execute(
            "UPDATE staff_sessions SET last_seen_at = now() - %s",
            (timedelta(minutes=SESSION_IDLE_MINUTES - 1),),
        )
    assert app_sql.execute("SELECT pos_session_present(%s)", (token,)).fetchone() == (True,)
    with superuser(store) as conn:  # presenting it noted its use
        fresh = conn.execute(
            "SELECT now() - last_seen_at < interval '1 minute' FROM staff_sessions"
        ).fetchone()
        assert fresh == (True,)
        conn.execute(
            "UPDATE staff_sessions SET last_seen_at = now() - %s",
            (timedelta(minutes=SESSION_IDLE_MINUTES + 1),),
        )
    assert app_sql.execute("SELECT pos_session_present(%s)", (token,)).fetchone() == (False,)
