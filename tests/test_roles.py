"""Least privilege on the real PostgreSQL server: the counters' role changes data, never
the schema, and cannot rewrite history; checkout still works as that role."""

from __future__ import annotations

import contextlib
import io
import sys
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from conftest import STAFF_PASSWORD, PgServer
from helpers import cart, new_customer, new_product
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from pos_app.cli import main
from pos_app.data.database import Database
from pos_app.data.migrate import upgrade_to_head
from pos_app.services import build_services
from pos_app.services.records import Actor

pytestmark = pytest.mark.postgres


def provision(pg_server: PgServer) -> tuple[str, str, Callable[[], None]]:
    """A migrated scratch database with fresh owner and app roles: (superuser URL, app URL,
    what drops them again)."""
    url = pg_server.migrated_database("pos_roles")
    suffix = uuid.uuid4().hex[:8]
    owner, app = f"pos_owner_{suffix}", f"pos_app_{suffix}"
    old, out = sys.stdin, io.StringIO()
    sys.stdin = io.StringIO("\n\n")  # no passwords: the test server trusts local users
    try:
        with contextlib.redirect_stdout(out):
            code = main(
                ["db", "provision-roles", "--owner", owner, "--app", app, "--database", url]
            )
    finally:
        sys.stdin = old
    assert code == 0, out.getvalue()
    assert f"{app}: reads and adds to sales" in out.getvalue()
    app_url = make_url(url).set(username=app).render_as_string(hide_password=False)

    def drop() -> None:
        pg_server.drop_database(url)
        admin = make_url(url).set(drivername="postgresql", database="postgres")
        with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as c:
            for role in (app, owner):
                c.execute(f'DROP ROLE IF EXISTS "{role}"')

    return url, app_url, drop


@pytest.fixture
def provisioned(pg_server: PgServer) -> Iterator[tuple[str, str]]:
    """A migrated scratch database with fresh owner and app roles; (superuser, app) URLs."""
    url, app_url, drop = provision(pg_server)
    yield url, app_url
    drop()


def test_the_app_role_sells_but_cannot_rewrite_history_or_the_schema(
    provisioned: tuple[str, str], staff_hash: str
) -> None:
    super_url, app_url = provisioned
    setup = Database(super_url)
    operator = Actor.system()
    try:
        services = build_services(setup, bcrypt_cost=10)
        customer = new_customer(services, operator, "johndoe", "20.00")
        product = new_product(services, operator, price="5.00", stock=4)
        services.staff.create(
            operator, username="cashier1", password=STAFF_PASSWORD, name="C", role="cashier"
        )
    finally:
        setup.dispose()

    app_db = Database(app_url)
    try:
        upgrade_to_head(app_db)  # already at head: the app's start-up must not need DDL
        counter = build_services(app_db, bcrypt_cost=10)
        # Since migration 0018 the counters' role writes only with a staff session.
        cashier = counter.auth.sign_in("cashier1", STAFF_PASSWORD, "Till 1")
        sale = counter.sales.checkout(cashier, cart((product.id, 2), customer_id=customer.id))
        assert sale.total == Decimal("10.00")
        assert counter.wallets.balance(cashier, customer.id) == Decimal("10.00")
        refused = [
            "UPDATE sales SET total_cents = 1",
            "DELETE FROM sale_lines",
            "UPDATE wallet_entries SET amount_cents = 0",
            "DELETE FROM stock_movements",
            "UPDATE audit_entries SET detail = ''",
            "DELETE FROM audit_entries",
            "CREATE TABLE sneaky (id int)",
            "DROP TABLE products",
            "ALTER TABLE products ADD COLUMN x int",
        ]
        for statement in refused:
            with (
                pytest.raises(ProgrammingError, match=r"permission denied|must be owner"),
                app_db.engine.begin() as conn,
            ):
                conn.exec_driver_sql(statement)
        with app_db.engine.begin() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM sales").scalar_one() == 1
    finally:
        app_db.dispose()


def test_provisioning_is_refused_on_sqlite(
    tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    old = sys.stdin
    typed = sys.stdin = io.StringIO("\n\n")
    store = Path(str(tmp_path)) / "x.db"
    try:
        code = main(["db", "provision-roles", "--database", f"sqlite:///{store}"])
    finally:
        sys.stdin = old
    assert code == 1
    assert "only on PostgreSQL" in capsys.readouterr().err
    assert typed.read() == "\n\n"  # no password was asked for
    assert not store.exists()  # nor a store created and migrated to be refused
