"""Issue 16, second slice (migration 0018): with the counters' login alone nothing changes,
and a session changes accounts only as its role's column of the matrix allows. Tried as a
counter could: the app role with raw SQL (psycopg, as psql would), and the app itself
through its services, as that role."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pytest
from conftest import STAFF_PASSWORD, People, PgEmptier, PgServer, QuickHasher, make_people
from helpers import PASSWORD, cart, new_customer, new_product
from sqlalchemy import text
from sqlalchemy.engine import make_url
from test_roles import provision
from test_server_sessions import a_sale

from pos_app.data.counter_file import CounterFile
from pos_app.data.database import Database
from pos_app.data.repositories.sale_writer import RECORD_SALE_CALL
from pos_app.data.server_session import SessionRequiredError, WaitingForSignIn
from pos_app.domain.enums import Role
from pos_app.domain.errors import ConflictError, PermissionDeniedError
from pos_app.services import Services, build_services
from pos_app.services.account_rules import AccountChange, session_may
from pos_app.services.offline import OfflineReceipt, OfflineSalesService
from pos_app.services.offline_overrides import signed_in_here
from pos_app.services.records import (
    Actor,
    CartLine,
    CheckoutRequest,
    ManagerOverride,
    RefundRequest,
    ReturnLine,
)

pytestmark = pytest.mark.postgres_only

#: What the app role may do to a table, and a statement that tries it on no row at all:
#: the check is per statement, so it refuses before any row is touched.
ATTEMPTS = {
    "INSERT": "INSERT INTO {t} DEFAULT VALUES",
    "UPDATE": "UPDATE {t} SET {c} = {c} WHERE false",
    "DELETE": "DELETE FROM {t} WHERE false",
}


def conninfo(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def provisioned_store(pg_server: PgServer) -> Iterator[tuple[str, str, PgEmptier]]:
    """One provisioned database for the module, emptied before each test."""
    url, app_url, drop = provision(pg_server)
    emptier = PgEmptier(url)
    yield url, app_url, emptier
    emptier.close()
    drop()


@pytest.fixture
def empty_store(provisioned_store: tuple[str, str, PgEmptier]) -> tuple[str, str]:
    """The provisioned store with no account at all: (superuser URL, app URL)."""
    super_url, app_url, emptier = provisioned_store
    emptier.empty()
    return super_url, app_url


@pytest.fixture
def store(empty_store: tuple[str, str]) -> tuple[str, str, People, int, int]:
    """(superuser URL, app URL, people, a product at 5.00, a customer with 20.00)."""
    super_url, app_url = empty_store
    db = Database(super_url)
    try:
        people = make_people(db, QuickHasher().hash(STAFF_PASSWORD))
        services = build_services(db, hasher=QuickHasher())
        product = new_product(services, people.admin, price="5.00", stock=50)
        customer = new_customer(services, people.admin, "johndoe", "20.00")
    finally:
        db.dispose()
    return super_url, app_url, people, product.id, customer.id


def app_connection(app_url: str) -> psycopg.Connection[Any]:
    return psycopg.connect(conninfo(app_url), autocommit=True)


def open_session(conn: psycopg.Connection[Any], username: str, password: str) -> None:
    row = conn.execute(
        "SELECT token FROM pos_sign_in(%s, %s, 'Till 9')", (username, password)
    ).fetchone()
    assert row is not None and row[0] is not None, username
    conn.execute("SELECT pos_session_present(%s)", (row[0],))


def counts(super_url: str, tables: list[str]) -> dict[str, int]:
    with psycopg.connect(conninfo(super_url), autocommit=True) as conn:
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}  # type: ignore[index]


def writable(conn: psycopg.Connection[Any]) -> list[tuple[str, str, str]]:
    """(table, privilege, a column it may update) for every write the grants give."""
    rows = conn.execute(
        "SELECT c.relname, p.priv, (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.oid"
        "   AND a.attnum > 0 AND NOT a.attisdropped"
        "   AND p.priv = 'UPDATE' AND has_column_privilege(current_user, c.oid, a.attnum, 'UPDATE')"
        "   ORDER BY a.attnum LIMIT 1)"
        " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace,"
        " (VALUES ('INSERT'), ('UPDATE'), ('DELETE')) AS p(priv)"
        " WHERE n.nspname = 'public' AND c.relkind = 'r'"
        " AND (has_table_privilege(current_user, c.oid, p.priv)"
        "      OR (p.priv = 'UPDATE' AND has_any_column_privilege(current_user, c.oid, 'UPDATE')))"
        " ORDER BY 1, 2"
    ).fetchall()
    return [(str(t), str(p), str(c or "")) for t, p, c in rows]


# -- the counters' login alone --------------------------------------------------------------


def test_without_a_session_every_write_the_grants_give_is_refused(
    store: tuple[str, str, People, int, int],
) -> None:
    super_url, app_url, people, product_id, _customer = store
    with app_connection(app_url) as conn:
        tried = writable(conn)
        tables = sorted({t for t, _p, _c in tried})
        assert len(tables) >= 28 and "accounts" in tables and "audit_entries" in tables
        assert ("sales", "UPDATE", "voided_at") in tried  # by column
        before = counts(super_url, tables)
        for table, privilege, column in tried:
            statement = ATTEMPTS[privilege].format(t=f'"{table}"', c=f'"{column}"')
            with pytest.raises(psycopg.errors.InsufficientPrivilege) as refused:
                conn.execute(statement)
            assert refused.value.diag.message_primary == "pos_session_required", statement
            assert refused.value.diag.message_detail == table
        # The probes of the issue, on real rows, and the sale function.
        for statement in (
            f"UPDATE accounts SET role = 'admin' WHERE id = {people.cashier.account_id}",
            "UPDATE wallets SET balance_cents = balance_cents + 10000000",
            f"UPDATE products SET price_cents = 1 WHERE id = {product_id}",
            "DELETE FROM wallets",
            "INSERT INTO audit_entries (created_at, actor_username, action, outcome, counter,"
            " record_type, record_id, detail, content_hash) VALUES"
            " (now() - interval '1 day', 'admin1', 'sign_in', 'ok', '', '', '', '', '')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="pos_session_required"):
                conn.execute(statement)
        version = conn.execute("SELECT version FROM pricing_state").fetchone()
        assert version is not None
        sale = a_sale(people.cashier.account_id, product_id, version[0])
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="pos_session_required"):
            conn.execute(RECORD_SALE_CALL, sale)
    assert counts(super_url, tables) == before


def test_an_ended_session_writes_nothing_either(
    store: tuple[str, str, People, int, int],
) -> None:
    with app_connection(store[1]) as conn:
        open_session(conn, "admin1", STAFF_PASSWORD)
        conn.execute("UPDATE accounts SET name = 'Renamed' WHERE username = 'cashier1'")
        conn.execute("SELECT pos_sign_out(NULL)")
        with pytest.raises(psycopg.errors.RaiseException, match="pos_session_refused"):
            conn.execute("UPDATE accounts SET name = 'Again' WHERE username = 'cashier1'")
        name = conn.execute("SELECT name FROM accounts WHERE username = 'cashier1'").fetchone()
    assert name == ("Renamed",)


# -- accounts: the matrix, enforced ---------------------------------------------------------


def test_a_cashier_session_cannot_make_itself_admin_or_set_a_password_an_admin_can(
    store: tuple[str, str, People, int, int],
) -> None:
    _super, app_url, people, _product, _customer = store
    cashier, admin = people.cashier.account_id, people.admin.account_id
    known = QuickHasher().hash("a-password-i-know")
    with app_connection(app_url) as conn:
        open_session(conn, "cashier1", STAFF_PASSWORD)
        for statement, change in (
            (f"UPDATE accounts SET role = 'admin' WHERE id = {cashier}", "role"),
            (f"UPDATE accounts SET password_hash = '{known}' WHERE id = {admin}", "password"),
            (f"UPDATE accounts SET active = false WHERE id = {admin}", "deactivate"),
            (
                f"UPDATE accounts SET locked_until = now() + interval '1 day' WHERE id = {admin}",
                "lockout",
            ),
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege) as refused:
                conn.execute(statement)
            assert refused.value.diag.message_primary == "pos_account_refused"
            assert refused.value.diag.message_detail == change
        # A cashier registers customers.
        conn.execute(
            "INSERT INTO accounts (username, name, address, gender, role, password_hash, active,"
            " failed_sign_ins, created_at) VALUES ('walkin', 'Walk In', '', '', 'customer', %s,"
            " true, 0, now())",
            (known,),
        )
        open_session(conn, "admin1", STAFF_PASSWORD)
        conn.execute(f"UPDATE accounts SET role = 'manager' WHERE id = {cashier}")
        conn.execute(f"UPDATE accounts SET password_hash = %s WHERE id = {cashier}", (known,))
        rows = conn.execute(
            "SELECT username, role FROM accounts WHERE id = %s OR username = 'walkin' ORDER BY id",
            (cashier,),
        ).fetchall()
    assert rows == [("cashier1", "manager"), ("walkin", "customer")]
    with app_connection(app_url) as conn:  # the new hash is the cashier's now
        open_session(conn, "cashier1", "a-password-i-know")


def _change(change: AccountChange, target: int, customer: bool) -> list[str]:
    """Statements making ``change`` to account ``target``."""
    if change is AccountChange.CREATE:
        role = "customer" if customer else "cashier"
        return [
            "INSERT INTO accounts (username, name, address, gender, role, password_hash, active,"
            f" failed_sign_ins, created_at) VALUES ('made1', 'M', '', '', '{role}', 'x', true, 0,"
            " now())"
        ]
    where = f"WHERE id = {target}"
    return {
        AccountChange.DELETE: [
            f"DELETE FROM wallets WHERE account_id = {target}",
            f"DELETE FROM accounts {where}",
        ],
        AccountChange.ROLE: [
            f"UPDATE accounts SET role = CASE WHEN role = 'customer' THEN 'cashier'"
            f" ELSE 'customer' END {where}"
        ],
        AccountChange.DEACTIVATE: [f"UPDATE accounts SET active = false {where}"],
        AccountChange.REACTIVATE: [f"UPDATE accounts SET active = true {where}"],
        AccountChange.PASSWORD: [f"UPDATE accounts SET password_hash = 'y' {where}"],
        AccountChange.LOCKOUT: [f"UPDATE accounts SET failed_sign_ins = 3 {where}"],
        AccountChange.PROFILE: [f"UPDATE accounts SET email = 'new@example.com' {where}"],
    }[change]


def test_the_server_and_the_matrix_agree_on_every_change_to_an_account(
    store: tuple[str, str, People, int, int],
) -> None:
    super_url, app_url, _people, _product, customer_id = store
    db = Database(super_url)
    try:
        services = build_services(db, hasher=QuickHasher())
        admin = services.auth.sign_in("admin1", STAFF_PASSWORD, "Till 9")
        targets: dict[tuple[bool, bool], int] = {}  # (customer, active) -> account id
        for customer, active in ((True, True), (True, False), (False, True), (False, False)):
            if customer:
                made = new_customer(services, admin, f"target{len(targets)}").id
            else:
                made = services.staff.create(
                    admin,
                    username=f"target{len(targets)}",
                    password=STAFF_PASSWORD,
                    name="T",
                    role="cashier",
                ).id
            targets[customer, active] = made
            if not active:
                db.write(
                    lambda tx, i=made: tx.session.execute(
                        text("UPDATE accounts SET active = false WHERE id = :i"), {"i": i}
                    )
                )
    finally:
        db.dispose()
    server, python = {}, {}
    with app_connection(app_url) as conn:
        for role in (None, *Role):
            conn.execute("SELECT pos_session_present('')")
            if role is Role.CUSTOMER:
                open_session(conn, "johndoe", PASSWORD)
            elif role is not None:
                open_session(conn, f"{role.value}1", STAFF_PASSWORD)
            for change in AccountChange:
                for customer in (True, False):
                    active = change is not AccountChange.REACTIVATE
                    key = (role, change, customer)
                    python[key] = session_may(role, change, customer)
                    with conn.transaction(force_rollback=True):
                        try:
                            for statement in _change(change, targets[customer, active], customer):
                                conn.execute(statement)
                            server[key] = True
                        except psycopg.errors.InsufficientPrivilege:
                            server[key] = False
    assert server == python
    assert 0 < sum(python.values()) < len(python)
    assert python[Role.CASHIER, AccountChange.CREATE, True]  # registering a customer
    assert not python[Role.MANAGER, AccountChange.PASSWORD, False]
    del customer_id


# -- what must work without a session ------------------------------------------------------


def test_the_first_admin_is_made_by_the_app_role_on_an_empty_database_once(
    empty_store: tuple[str, str],
) -> None:
    super_url, app_url = empty_store
    # Raw SQL is refused even on an empty database.
    with app_connection(app_url) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(
            "INSERT INTO accounts (username, name, address, gender, role, password_hash,"
            " active, failed_sign_ins, created_at) VALUES ('sneaky', 'S', '', '', 'admin',"
            " 'x', true, 0, now())"
        )
    db = Database(app_url)
    made: list[object] = []
    refused: list[BaseException] = []

    def first_run(n: int) -> None:
        try:
            made.append(
                build_services(db, hasher=QuickHasher()).auth.create_first_admin(
                    f"boss{n}", "a-first-password-1", f"Boss {n}"
                )
            )
        except ConflictError as exc:
            refused.append(exc)

    try:
        runs = [threading.Thread(target=first_run, args=(n,)) for n in range(6)]
        for run in runs:
            run.start()
        for run in runs:
            run.join()
        services = build_services(db, hasher=QuickHasher())
        assert len(made) == 1 and len(refused) == 5
        assert not services.auth.needs_first_admin()
        boss = made[0]
        admin = services.auth.sign_in(boss.username, "a-first-password-1", "Till 1")  # type: ignore[attr-defined]
        assert admin.role is Role.ADMIN
    finally:
        db.dispose()
    with psycopg.connect(conninfo(super_url), autocommit=True) as conn:
        audit = conn.execute(
            "SELECT actor_id, actor_username, action, record_type, record_id, detail"
            " FROM audit_entries WHERE action = 'staff_created'"
        ).fetchall()
        wallets = conn.execute("SELECT count(*) FROM wallets").fetchone()
    assert audit == [
        (boss.id, boss.username, "staff_created", "account", str(boss.id), "first administrator")  # type: ignore[attr-defined]
    ]
    assert wallets == (1,)


def test_the_apps_flows_work_as_the_app_role_and_stop_at_sign_out(
    store: tuple[str, str, People, int, int],
) -> None:
    super_url, app_url, _people, product_id, customer_id = store
    db = Database(app_url)
    try:
        services = build_services(db, hasher=QuickHasher())
        cashier = services.auth.sign_in("cashier1", STAFF_PASSWORD, "Till 9")
        sale = services.sales.checkout(cashier, cart((product_id, 2), customer_id=customer_id))
        services.wallets.top_up(cashier, customer_id, Decimal("5.00"), method="cash")
        walkin = new_customer(services, cashier, "walkin")
        manager = ManagerOverride("manager1", STAFF_PASSWORD)
        refund = services.refunds.refund(
            cashier,
            RefundRequest(
                refund_uuid=str(uuid.uuid4()),
                sale_id=sale.id,
                lines=(ReturnLine(sale.lines[0].line_id, 1),),
                method="cash",
                reason="Damaged",
                counter="Test counter",
            ),
            override=manager,
        )
        assert refund.amount == Decimal("5.00")
        services.customers.delete(cashier, walkin.id, override=manager)
        with pytest.raises(PermissionDeniedError):  # the matrix, as ever; audited
            services.staff.set_role(cashier, cashier.account_id, "admin")
        # Background work (no service call) presents the last person's session...
        db.write(lambda tx: tx.session.execute(text("DELETE FROM parked_carts WHERE false")))
        services.auth.sign_out(cashier)
        # ...and waits once nobody is signed in here.
        with pytest.raises(WaitingForSignIn):
            db.write(lambda tx: tx.session.execute(text("DELETE FROM parked_carts WHERE false")))
        with pytest.raises(SessionRequiredError, match="sign in again"):
            services.wallets.top_up(cashier, customer_id, Decimal("5.00"), method="cash")
    finally:
        db.dispose()
    with psycopg.connect(conninfo(super_url), autocommit=True) as conn:
        actions = [
            r[0]
            for r in conn.execute(
                "SELECT action FROM audit_entries WHERE actor_username = 'cashier1' ORDER BY id"
            )
        ]
        balance = conn.execute(
            "SELECT balance_cents FROM wallets WHERE account_id = %s", (customer_id,)
        ).fetchone()
    assert actions[0] == "sign_in" and actions[-1] == "sign_out"
    assert "permission_denied" in actions and "refund" in actions
    assert balance == (2000 - 1000 + 500,)


def test_the_owner_and_pos_admin_write_without_a_session(
    store: tuple[str, str, People, int, int],
) -> None:
    super_url, _app_url, people, product_id, _customer = store
    db = Database(super_url)
    try:
        services = build_services(db, hasher=QuickHasher())
        services.inventory.restock(Actor.system(), product_id, 5)
        services.staff.set_role(Actor.system(), people.cashier.account_id, "manager")
    finally:
        db.dispose()


@dataclass(frozen=True)
class OfflineCounter:
    services: Services
    cashier: Actor
    till: OfflineSalesService
    sold: OfflineReceipt


@contextmanager
def sold_offline(app_url: str, product_id: int, folder: Path) -> Iterator[OfflineCounter]:
    """Counter T1 as the counters' role (registered by a manager's sign-in), its cashier
    signed in on the server, with one cash sale recorded in its outbox (waiting to be
    sent)."""
    db = Database(app_url)
    try:
        services = build_services(db, hasher=QuickHasher())
        till = OfflineSalesService(db, CounterFile(folder / "T1.sqlite"))
        # A manager's sign-in registers T1; the cashier's gets a ticket (migration 0023).
        manager = signed_in_here(
            services.auth, till.overrides, "manager1", STAFF_PASSWORD, "T1", till.tickets
        )
        services.auth.sign_out(manager)
        cashier = signed_in_here(
            services.auth, till.overrides, "cashier1", STAFF_PASSWORD, "T1", till.tickets
        )
        assert till.refresh_catalogue().complete
        sold = till.sell(
            cashier,
            CheckoutRequest(
                sale_uuid=str(uuid.uuid4()),
                lines=(CartLine(product_id, 1, Decimal("5.00")),),
                counter="T1",
                cash_tendered=Decimal("5"),
            ),
        )
        yield OfflineCounter(services, cashier, till, sold)
    finally:
        db.dispose()


def cashier_on_server(super_url: str, sale_uuid: str) -> tuple[int] | None:
    with psycopg.connect(conninfo(super_url), autocommit=True) as conn:
        row = conn.execute("SELECT cashier_id FROM sales WHERE uuid = %s", (sale_uuid,))
        return row.fetchone()


def test_waiting_offline_sales_wait_for_a_sign_in_and_then_go(
    store: tuple[str, str, People, int, int], tmp_path: Path
) -> None:
    """The background sync as the counters' role: with nobody signed in here the server
    refuses it, and the sales wait (as for a server away) until someone signs in."""
    super_url, app_url, _people, product_id, _customer = store
    with sold_offline(app_url, product_id, tmp_path) as t1:
        t1.services.auth.sign_out(t1.cashier)
        waiting = t1.till.sync_once()
        assert (waiting.sent, waiting.waiting, waiting.unreachable) == (0, 1, True)
        assert waiting.set_aside == 0  # not refused: it waits
        t1.services.auth.sign_in("cashier1", STAFF_PASSWORD, "T1")  # the sync presents it
        sent = t1.till.sync_once()
        assert (sent.sent, sent.waiting) == (1, 0)
    assert cashier_on_server(super_url, t1.sold.sale_uuid) == (t1.cashier.account_id,)


def test_waiting_offline_sales_outlive_a_session_that_idled_out_during_the_outage(
    store: tuple[str, str, People, int, int], tmp_path: Path
) -> None:
    """A long outage lets the signed-in person's session idle out on the server while the
    counter sells offline. When the server is back the sync presents that ended session:
    the sales wait for a new sign-in (as for nobody signed in), never set aside as
    refused, and go once someone signs in again."""
    super_url, app_url, _people, product_id, _customer = store
    with sold_offline(app_url, product_id, tmp_path) as t1:
        with psycopg.connect(conninfo(super_url), autocommit=True) as conn:  # hours pass
            conn.execute("UPDATE staff_sessions SET last_seen_at = now() - interval '2 days'")
        waiting = t1.till.sync_once()
        assert (waiting.sent, waiting.waiting, waiting.set_aside) == (0, 1, 0)
        t1.services.auth.sign_in("cashier1", STAFF_PASSWORD, "T1")  # the lock's unlock
        sent = t1.till.sync_once()
        assert (sent.sent, sent.waiting, sent.set_aside) == (1, 0, 0)
    assert cashier_on_server(super_url, t1.sold.sale_uuid) == (t1.cashier.account_id,)
