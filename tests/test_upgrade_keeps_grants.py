"""A provisioned store upgraded across 0023, 0024 and 0025 (each replaces
``pos_record_sale``; 0023 adds the offline-identity functions) and 0026 (replaces
``pos_issue_ticket`` and ``pos_sign_out``) keeps selling, with the function's owner, and
its counters can register, get tickets and sign out, without provision-roles again:
before 0023 replaced the function in place and granted its new functions as
``pos_sign_in`` is granted, the counters' role lost EXECUTE on ``pos_record_sale`` at the
upgrade and every sale failed until someone re-ran provision-roles. (0024 and 0025 each
had a test of their own for this; this one covers all of them.)"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from conftest import STAFF_PASSWORD, PgServer, QuickHasher, make_people
from helpers import new_product
from test_no_session_writes import app_connection, conninfo, open_session
from test_roles import provision
from test_server_sessions import record_sale

from pos_app.data.database import Database
from pos_app.data.migrate import current_revision, downgrade, head_revision, upgrade_to_head
from pos_app.services import build_services

pytestmark = pytest.mark.postgres_only

OWNER_OF = "SELECT proowner::regrole::text FROM pg_proc WHERE proname = 'pos_record_sale'"


@pytest.fixture
def store(pg_server: PgServer) -> Iterator[tuple[str, str, int, int]]:
    """A provisioned store with staff and a 5.00 product: (superuser URL, the counters' URL,
    the cashier's id, the product's id)."""
    url, app_url, drop = provision(pg_server)
    db = Database(url)
    try:
        people = make_people(db, QuickHasher().hash(STAFF_PASSWORD))
        services = build_services(db, hasher=QuickHasher())
        product = new_product(services, people.admin, "Tea", "5.00", 50, "4001")
    finally:
        db.dispose()
    yield url, app_url, people.cashier.account_id or 0, int(product.id)
    drop()


def test_the_counters_sell_and_get_tickets_after_upgrading_from_0022(
    store: tuple[str, str, int, int],
) -> None:
    super_url, app_url, cashier, product = store
    with psycopg.connect(conninfo(super_url), autocommit=True) as conn:
        owner = conn.execute(OWNER_OF).fetchall()
    db = Database(super_url)
    try:
        downgrade(db, "0022")
        with app_connection(app_url) as conn:
            open_session(conn, "cashier1", STAFF_PASSWORD)
            assert record_sale(conn, cashier, product) > 0
        upgrade_to_head(db)
        assert current_revision(db) == head_revision()
    finally:
        db.dispose()
    with app_connection(app_url) as conn:
        open_session(conn, "cashier1", STAFF_PASSWORD)
        assert record_sale(conn, cashier, product) > 0
    with app_connection(app_url) as conn:
        open_session(conn, "manager1", STAFF_PASSWORD)
        row = conn.execute("SELECT r_counter_id, r_secret FROM pos_register_counter('Till 9')")
        counter_id, secret = row.fetchone() or (None, None)
        assert counter_id is not None and secret
        ticket = conn.execute(
            "SELECT r_ticket_id FROM pos_issue_ticket('Till 9', %s)", (secret,)
        ).fetchone()
        assert ticket is not None and ticket[0] is not None
        assert conn.execute("SELECT pos_sign_out()").fetchone() == (True,)
    with psycopg.connect(conninfo(super_url), autocommit=True) as conn:
        public = conn.execute(
            "SELECT p.oid::regprocedure::text FROM pg_proc AS p, aclexplode(p.proacl) AS a "
            "WHERE p.proname IN ('pos_record_sale', 'pos_register_counter', 'pos_issue_ticket') "
            "AND a.grantee = 0"
        ).fetchall()
        owner_now = conn.execute(OWNER_OF).fetchall()
    assert public == []  # nobody but the roles provision-roles names
    assert owner_now == owner  # replaced in place: the owner provision-roles gave it
