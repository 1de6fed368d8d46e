"""The server bounds the credit leases a counter writes (migration 0028): as the counters'
role the app reserves and renews a lease as before, on the server's clock; a cashier's
session writing lease rows by hand (as psql would) cannot open one where the store does
not take credit offline, hold more than the allowance, make one run for years, date it,
mark it used, or take it back from the customer it holds for; nor set part of a wallet
aside without a lease, or a lease without the wallet's part (migration 0029)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pytest
from conftest import STAFF_PASSWORD, People, QuickHasher
from helpers import migration, new_customer
from test_server_sessions import provisioned_store, store, superuser
from test_server_shift_close import app_sql, cashier_sql

from pos_app.data.counter_file import CounterFile
from pos_app.data.database import Database
from pos_app.services import build_services
from pos_app.services.credit_lease import LEASE_TTL
from pos_app.services.offline import OfflineSalesService
from pos_app.services.taxes import (
    OFFLINE_CREDIT_ALLOWANCE,
    STORE_CREDIT_OFFLINE,
    PricingSettings,
)

pytestmark = pytest.mark.postgres_only

# The fixtures of the provisioned store and the cashier's raw connection, shared.
__all__ = ["app_sql", "cashier_sql", "provisioned_store", "store"]

Store = tuple[str, str, People, int]
LEASE = (
    "SELECT reserved_cents, used_cents, closed_at IS NULL, "
    "expires_at - now() <= interval '12 hours', opened_at > now() - interval '1 minute' "
    "FROM credit_leases WHERE customer_id = %s"
)
HOLD = "UPDATE wallets SET leased_cents = leased_cents + %(cents)s WHERE account_id = %(customer)s"
INSERT = (
    "INSERT INTO credit_leases (customer_id, counter, reserved_cents, used_cents, opened_at, "
    "expires_at) VALUES (%(customer)s, 'T1', %(reserved)s, %(used)s, "
    "now() - interval '30 days', now() + interval '10 years')"
)


@pytest.fixture
def customer(store: Store) -> int:
    """A customer with 50.00 of store credit (made by the owner)."""
    db = Database(store[0])
    try:
        services = build_services(db, hasher=QuickHasher())
        return new_customer(services, store[2].manager, balance="50.00").id
    finally:
        db.dispose()


def credit_offline(store: Store, on: bool) -> None:
    db = Database(store[0])
    try:
        services = build_services(db, hasher=QuickHasher())
        services.taxes.update_settings(
            store[2].manager, {"store_credit_offline": on, "offline_credit_allowance": "20.00"}
        )
    finally:
        db.dispose()


def lease_of(store: Store, customer_id: int) -> list[tuple[Any, ...]]:
    with superuser(store) as conn:
        return conn.execute(LEASE, (customer_id,)).fetchall()


def refused(conn: psycopg.Connection[Any], sql: str, params: dict[str, object]) -> str:
    with pytest.raises(psycopg.Error) as caught:
        conn.execute(sql, params)
    conn.rollback()
    return f"{caught.value.diag.message_primary}: {caught.value.diag.message_detail}"


def test_the_app_reserves_and_renews_a_lease_within_the_servers_bounds(
    store: Store, customer: int, tmp_path: Path
) -> None:
    credit_offline(store, True)
    db = Database(store[1])
    try:
        services = build_services(db, hasher=QuickHasher())
        cashier = services.auth.sign_in("cashier1", STAFF_PASSWORD, "T1")
        till = OfflineSalesService(db, CounterFile(tmp_path / "T1.sqlite"))
        lease = till.reserve_credit(cashier, customer, "T1")
        assert lease is not None
        assert till.reserve_credit(cashier, customer, "T1") is not None  # renewed
    finally:
        db.dispose()
    assert lease_of(store, customer) == [(2_000, 0, True, True, True)]


def test_a_lease_written_by_hand_is_held_to_the_stores_rules(
    store: Store, customer: int, cashier_sql: psycopg.Connection[Any]
) -> None:
    forged = {"customer": customer, "reserved": 1_000, "used": 0}
    credit_offline(store, False)
    assert refused(cashier_sql, INSERT, forged) == "pos_matrix_refused: credit_lease"
    credit_offline(store, True)
    too_much = forged | {"reserved": 5_000}
    assert refused(cashier_sql, INSERT, too_much) == "pos_matrix_refused: credit_lease"
    used = forged | {"used": 500}
    assert refused(cashier_sql, INSERT, used) == "pos_matrix_refused: credit_lease"
    cashier_sql.execute(INSERT, forged)  # within the allowance: taken, on the server's clock
    with pytest.raises(psycopg.errors.CheckViolation, match="pos_books_unbalanced"):
        cashier_sql.commit()  # but the wallet does not hold it aside (0029)
    cashier_sql.execute(INSERT, forged)
    cashier_sql.execute(HOLD, {"customer": customer, "cents": 1_000})
    cashier_sql.commit()
    assert lease_of(store, customer) == [(1_000, 0, True, True, True)]

    changes = {
        "spent": "used_cents = 1000",
        "shrunk": "reserved_cents = 0",
        "grown beyond the allowance": "reserved_cents = 2500",
        "another customer's": "customer_id = customer_id + 1",
        "back-dated": "opened_at = now() - interval '1 year'",
    }
    for why, change in changes.items():
        said = refused(cashier_sql, f"UPDATE credit_leases SET {change}", {})
        assert said == "pos_matrix_refused: credit_lease", why
    cashier_sql.execute("UPDATE credit_leases SET expires_at = now() + interval '5 years'")
    cashier_sql.execute(HOLD, {"customer": customer, "cents": 100})  # with no lease for it
    with pytest.raises(psycopg.errors.CheckViolation, match="pos_books_unbalanced"):
        cashier_sql.commit()
    cashier_sql.execute("UPDATE credit_leases SET closed_at = now() - interval '3 days'")
    cashier_sql.execute(HOLD, {"customer": customer, "cents": -1_000})
    cashier_sql.commit()
    with superuser(store) as conn:
        row = conn.execute(
            "SELECT expires_at - now() <= interval '12 hours', "
            "closed_at > now() - interval '1 minute' FROM credit_leases"
        ).fetchone()
    assert row == (True, True)  # the server's clock, both times
    reopen = refused(cashier_sql, "UPDATE credit_leases SET closed_at = NULL", {})
    assert reopen == "pos_matrix_refused: credit_lease"  # closed once


def test_what_the_migration_freezes_is_pythons() -> None:
    frozen = migration("0028")
    assert timedelta(hours=frozen.LEASE_HOURS) == LEASE_TTL
    assert frozen.OFFLINE_SETTING == STORE_CREDIT_OFFLINE
    assert frozen.ALLOWANCE_SETTING == OFFLINE_CREDIT_ALLOWANCE
    assert Decimal(frozen.DEFAULT_ALLOWANCE) == PricingSettings().offline_credit_allowance
