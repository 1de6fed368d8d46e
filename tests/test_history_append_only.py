"""History cannot be rewritten (issue 16, migration 0014), on both backends: every history
table refuses UPDATE and DELETE (and TRUNCATE on PostgreSQL) to whoever connects, the
superuser included; a sale's void and a shift's close are the one change each allows,
once; and nothing a ledger or a sale refers to can be deleted from under it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from conftest import STAFF_PASSWORD, People, PgServer, make_people
from helpers import buy, new_customer, new_product
from history_helpers import COUNTER, History, make_history
from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from pos_app.data import audit_seal
from pos_app.data.database import Database
from pos_app.data.roles import provision_roles
from pos_app.services import Services, build_services

HISTORY = (
    "sales",
    "sale_lines",
    "sale_payments",
    "refunds",
    "refund_lines",
    "wallet_entries",
    "stock_movements",
    "day_closings",
    "shifts",
    "cash_movements",
    "offline_sales",
    "offline_conflicts",
    "offline_resolutions",
    "audit_entries",
    "audit_chain",
)
#: Tables all of whose references are ON DELETE RESTRICT.
RESTRICTED = (
    "wallets",
    "wallet_entries",
    "stock_movements",
    "sales",
    "sale_lines",
    "sale_payments",
    "refunds",
    "refund_lines",
    "day_closings",
)


@pytest.fixture
def history(services: Services, people: People, db: Database) -> History:
    made = make_history(services, people, db)
    for table in HISTORY:
        assert count(db, table) > 0, f"{table} is empty: nothing would be refused"
    return made


def count(db: Database, table: str) -> int:
    with db.engine.connect() as connection:
        return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def refused(db: Database, statement: str, match: str = "append-only") -> None:
    """``statement`` fails with ``match`` in the message (and so changes nothing)."""
    with pytest.raises(DBAPIError, match=match), db.engine.begin() as connection:
        connection.execute(text(statement))
        pytest.fail(f"not refused: {statement}")


def some_column(db: Database, table: str) -> str:
    """A column of ``table`` that is not its key."""
    columns = inspect(db.engine).get_columns(table)
    key = set(inspect(db.engine).get_pk_constraint(table)["constrained_columns"])
    return next(c["name"] for c in columns if c["name"] not in key)


def snapshot(db: Database, table: str) -> list[tuple[object, ...]]:
    with db.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]


def test_no_history_row_can_be_changed_or_removed(db: Database, history: History) -> None:
    """Every table in one test: the history is built once (it takes the real services)."""
    for table in HISTORY:
        before = snapshot(db, table)
        column = some_column(db, table)
        refused(db, f"UPDATE {table} SET {column} = {column}")
        refused(db, f"DELETE FROM {table}")
        if db.backend == "postgresql":
            # CASCADE: the references are not what stops it, the trigger is.
            refused(db, f"TRUNCATE {table} CASCADE")
        assert snapshot(db, table) == before, table


def test_a_void_is_the_one_change_a_sale_takes_and_only_once(
    db: Database, history: History
) -> None:
    voided, sale = history.voided_sale_id, history.sale_id
    once = "a sale is only ever voided, once"
    refused(db, f"UPDATE sales SET void_reason = 'another reason' WHERE id = {voided}", once)
    refused(db, f"UPDATE sales SET voided_at = NULL WHERE id = {voided}", once)
    refused(db, f"UPDATE sales SET total_cents = 1 WHERE id = {sale}")
    refused(db, f"UPDATE sales SET void_reason = 'quietly' WHERE id = {sale}", once)
    before = snapshot(db, "sales")
    # The void itself (as ShiftService.void writes it) is allowed.
    with db.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE sales SET voided_at = :now, voided_by_id = cashier_id, "
                "void_reason = 'test' WHERE id = :id"
            ),
            {"now": "2026-12-01 10:00:00+00:00", "id": sale},
        )
    assert snapshot(db, "sales") != before


def test_a_closed_shift_stays_as_it_was_closed(db: Database, history: History) -> None:
    once = "a shift is only ever closed, once"
    refused(db, "UPDATE shifts SET over_short_cents = 0", once)
    refused(db, "UPDATE shifts SET closed_at = NULL, counted_cash_cents = NULL", once)
    refused(db, "UPDATE shifts SET opening_float_cents = 0")


def test_what_history_refers_to_cannot_be_deleted(db: Database, history: History) -> None:
    refused(db, f"DELETE FROM wallets WHERE id = {history.wallet_id}", "FOREIGN KEY|foreign key")
    refused(db, f"DELETE FROM products WHERE id = {history.product_id}", "FOREIGN KEY|foreign key")
    refused(db, f"DELETE FROM accounts WHERE id = {history.customer_id}", "FOREIGN KEY|foreign key")
    assert count(db, "wallet_entries") > 0


def test_every_reference_from_ledgers_and_sales_is_on_delete_restrict(db: Database) -> None:
    for table in RESTRICTED:
        keys = inspect(db.engine).get_foreign_keys(table)
        assert keys, table
        for key in keys:
            on_delete = (key.get("options") or {}).get("ondelete")
            assert str(on_delete).upper() == "RESTRICT", (table, key["name"], on_delete)


@pytest.mark.postgres
def test_the_owner_role_cannot_truncate_history_either(
    pg_server: PgServer, people_free_url: str
) -> None:
    """The owner (what migrations run as) owns the tables, and is still refused."""
    suffix = uuid.uuid4().hex[:8]
    owner, app = f"pos_owner_{suffix}", f"pos_app_{suffix}"
    setup = Database(people_free_url)
    try:
        provision_roles(setup, owner, app)
    finally:
        setup.dispose()
    owner_db = Database(make_url(people_free_url).set(username=owner))
    try:
        for table in ("audit_entries", "sales", "wallet_entries"):
            refused(owner_db, f"TRUNCATE {table} CASCADE")
            refused(owner_db, f"DELETE FROM {table}")
        # The owner may not switch the triggers off without superuser rights either.
        refused(owner_db, "SET session_replication_role = replica", "permission denied")
    finally:
        owner_db.dispose()
        pg_server.drop_database(people_free_url)
        admin = make_url(people_free_url).set(drivername="postgresql", database="postgres")
        with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as c:
            c.execute(f'DROP ROLE IF EXISTS "{app}"')
            c.execute(f'DROP ROLE IF EXISTS "{owner}"')


@pytest.fixture
def people_free_url(pg_server: PgServer) -> Iterator[str]:
    """A migrated scratch database of its own (roles are granted on it)."""
    url = pg_server.migrated_database("pos_history")
    yield url
    pg_server.drop_database(url)


@pytest.mark.postgres
def test_the_counters_role_voids_a_sale_and_closes_its_shift(
    pg_server: PgServer, people_free_url: str, staff_hash: str
) -> None:
    """The one change each of sales and shifts allows goes through as the counters' role
    (column grants and the one-change triggers agree), and the close seals the chain."""
    suffix = uuid.uuid4().hex[:8]
    owner, app = f"pos_owner_{suffix}", f"pos_app_{suffix}"
    setup = Database(people_free_url)
    try:
        made = make_people(setup, staff_hash)
        provision_roles(setup, owner, app)
    finally:
        setup.dispose()
    counter = Database(make_url(people_free_url).set(username=app))
    try:
        services = build_services(counter, bcrypt_cost=10)
        # The counters' role writes with a staff session (migration 0018).
        people = People(
            *(
                services.auth.sign_in(p.username, STAFF_PASSWORD, COUNTER)
                for p in (made.cashier, made.manager, made.admin)
            )
        )
        customer = new_customer(services, people.manager, "johndoe", "20.00")
        product = new_product(services, people.manager, price="2.00", stock=9)
        services.shifts.open(people.cashier, {"20": 1}, counter=COUNTER)
        sale = buy(services, people.cashier, customer.id, product.id)
        services.shifts.void(people.manager, sale.id, "rang up twice")
        closed = services.shifts.close(people.cashier, {"20": 1}, counter=COUNTER)
        assert closed.over_short == 0
        refused(
            counter, f"UPDATE sales SET void_reason = 'again' WHERE id = {sale.id}", "denied|once"
        )
        chain = audit_seal.verify(counter)
        assert chain.broken is None and chain.unsealed == 0 and chain.links > 0
    finally:
        counter.dispose()
        pg_server.drop_database(people_free_url)
        admin = make_url(people_free_url).set(drivername="postgresql", database="postgres")
        with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as c:
            c.execute(f'DROP ROLE IF EXISTS "{app}"')
            c.execute(f'DROP ROLE IF EXISTS "{owner}"')
