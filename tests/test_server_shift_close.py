"""The server works out a shift's close (migration 0027): as the counters' role, the close
the app writes gets the server's expected figures, which equal the ones Python works out
over the same rows; and a cashier's session writing a close by hand (as psql would)
cannot choose the expected figures, the over/short, the closer or the approver, nor close
beyond the store's limit without a manager."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from conftest import STAFF_PASSWORD, People, QuickHasher
from helpers import cart, migration, new_customer
from test_offline_identity import app_sql, session_of
from test_server_sessions import provisioned_store, store, superuser

from pos_app.data.database import Database
from pos_app.data.shift_models import Shift
from pos_app.data.transaction import Transaction
from pos_app.domain.errors import PermissionDeniedError
from pos_app.services import Services, build_services
from pos_app.services.permissions import Op
from pos_app.services.records import Actor, ManagerOverride, RefundRequest, ReturnLine
from pos_app.services.shift_records import (
    DEFAULT_DIFFERENCE_LIMIT,
    DIFFERENCE_LIMIT,
    expected_cents,
)

pytestmark = pytest.mark.postgres_only

# The fixtures of the provisioned store, shared with the server-session tests.
__all__ = ["app_sql", "provisioned_store", "store"]

Store = tuple[str, str, People, int]
COUNTER = "Test counter"  # helpers.cart's
D = Decimal
FIGURES = (
    "SELECT expected_cash_cents, expected_card_cents, expected_wallet_cents, "
    "over_short_cents, closed_by_id, approved_by_id FROM shifts WHERE id = %s"
)


@pytest.fixture
def counter(store: Store) -> Iterator[tuple[Services, Actor, Actor]]:
    """The app's services on the counters' role, with the cashier and the manager signed
    in at the counter: (services, cashier, manager)."""
    db = Database(store[1])
    services = build_services(db, hasher=QuickHasher())
    cashier = services.auth.sign_in("cashier1", STAFF_PASSWORD, COUNTER)
    manager = services.auth.sign_in("manager1", STAFF_PASSWORD, COUNTER)
    yield services, cashier, manager
    db.dispose()


def figures(store: Store, shift_id: int) -> tuple[Any, ...] | None:
    with superuser(store) as conn:
        return conn.execute(FIGURES, (shift_id,)).fetchone()


def worked_out_by_python(store: Store, shift_id: int) -> tuple[int, int, int]:
    """``expected_cents`` over the shift's rows, read by the owner."""
    db = Database(store[0])
    try:

        def work(tx: Transaction) -> tuple[int, int, int]:
            shift = tx.session.get(Shift, shift_id)
            assert shift is not None
            return expected_cents(shift.opening_float_cents, tx.shifts.takings(shift_id))

        return db.read(work)
    finally:
        db.dispose()


def test_the_apps_close_gets_the_servers_figures_and_they_are_pythons(
    store: Store, counter: tuple[Services, Actor, Actor]
) -> None:
    super_url, _, people, product_id = store
    services, cashier, manager = counter
    owner_db = Database(super_url)
    try:
        customer = new_customer(
            build_services(owner_db, hasher=QuickHasher()), people.manager, balance="50.00"
        )
    finally:
        owner_db.dispose()
    shift = services.shifts.open(cashier, {"20": 5}, counter=COUNTER)  # 100.00
    sold = services.sales.checkout(cashier, cart((product_id, 2), cash_tendered=D("20")))
    services.sales.checkout(cashier, cart((product_id, 1), card_amount=D("5.00")))
    services.sales.checkout(cashier, cart((product_id, 3), customer_id=customer.id))
    voided = services.sales.checkout(cashier, cart((product_id, 1), cash_tendered=D("5")))
    services.shifts.void(manager, voided.id, "Rang up twice")
    services.wallets.top_up(cashier, customer.id, "7.00", method="card", counter=COUNTER)
    services.wallets.top_up(cashier, customer.id, "4.00", method="cash", counter=COUNTER)
    services.shifts.paid_in(cashier, "3.00", "Change from the bank", counter=COUNTER)
    services.shifts.paid_out(cashier, "2.50", "Window cleaner", counter=COUNTER)
    line = sold.lines[0]
    services.refunds.refund(
        manager,
        RefundRequest(
            str(uuid.uuid4()), sold.id, (ReturnLine(line.line_id, 1),), "cash", "Too small",
            counter=COUNTER,
        ),
    )  # fmt: skip
    worked_out = worked_out_by_python(store, shift.id)
    # 100 + 10 cash sale + 4 cash top-up + 3 in - 2.50 out - 5 refunded = 109.50
    assert worked_out == (10_950, 1_200, 1_500)
    z = services.shifts.close(cashier, {"20": 5, "5": 1, "1": 4}, counter=COUNTER)  # 109.00
    assert z.over_short == D("-0.50")
    assert figures(store, shift.id) == (*worked_out, -50, cashier.account_id, None)


@pytest.fixture
def cashier_sql(app_sql: psycopg.Connection[Any]) -> psycopg.Connection[Any]:
    """The counters' raw connection (not autocommit: a refusal is rolled back) presenting
    the cashier's session."""
    session_of(app_sql, "cashier1")
    return app_sql


def close_by_hand(conn: psycopg.Connection[Any], shift_id: int, **columns: object) -> None:
    assigned = ", ".join(f"{name} = %({name})s" for name in columns)
    conn.execute(
        f"UPDATE shifts SET closed_at = now(), closing_count = '{{}}', {assigned} "
        "WHERE id = %(shift)s",
        {**columns, "shift": shift_id},
    )


def refusal(conn: psycopg.Connection[Any], shift_id: int, **columns: object) -> tuple[str, str]:
    with pytest.raises(psycopg.Error) as caught:
        close_by_hand(conn, shift_id, **columns)
    conn.rollback()
    return str(caught.value.diag.message_primary), str(caught.value.diag.message_detail)


def test_a_close_written_by_hand_gets_the_servers_figures_and_its_limit(
    store: Store, counter: tuple[Services, Actor, Actor], cashier_sql: psycopg.Connection[Any]
) -> None:
    _, _, people, product_id = store
    services, cashier, manager = counter
    shift = services.shifts.open(cashier, {"20": 5}, counter=COUNTER)
    services.sales.checkout(cashier, cart((product_id, 2), cash_tendered=D("10")))  # 110.00
    forged = {
        "counted_cash_cents": 2_000,  # 90.00 short of what the drawer should hold
        "expected_cash_cents": 2_000,
        "over_short_cents": 0,
        "closed_by_id": manager.account_id,
    }
    assert refusal(cashier_sql, shift.id, **forged) == ("pos_matrix_refused", "shifts.manage")
    uncounted = forged | {"counted_cash_cents": None}
    assert refusal(cashier_sql, shift.id, **uncounted) == ("pos_matrix_refused", "shifts.manage")
    named = forged | {"approved_by_id": manager.account_id}  # no grant from the manager
    assert refusal(cashier_sql, shift.id, **named) == ("pos_matrix_refused", "shifts.manage")
    assert figures(store, shift.id) == (None, None, None, None, None, None)  # still open

    # Counted right, every other figure forged: the server's own are kept.
    close_by_hand(cashier_sql, shift.id, **(forged | {"counted_cash_cents": 11_000}))
    cashier_sql.commit()
    assert figures(store, shift.id) == (11_000, 0, 0, 0, people.cashier.account_id, None)


def test_an_approval_is_the_managers_own_or_their_grant_to_the_closer(
    store: Store, counter: tuple[Services, Actor, Actor]
) -> None:
    """Through the app: a manager closing beyond the limit approves it themselves; a
    cashier needs the manager's password, which the server checked (their grant)."""
    services, cashier, manager = counter
    first = services.shifts.open(cashier, {"20": 5}, counter=COUNTER)
    with pytest.raises(PermissionDeniedError, match="a manager must approve"):
        services.shifts.close(cashier, {"20": 4}, counter=COUNTER)  # 20.00 short
    # The refusal is kept (the audit trail, written on the counters' role): a recount
    # that is right is refused all the same, so no recount tells what was expected.
    with pytest.raises(PermissionDeniedError, match="refused already"):
        services.shifts.close(cashier, {"20": 5}, counter=COUNTER)
    signed = ManagerOverride("manager1", STAFF_PASSWORD)
    services.shifts.close(cashier, {"20": 4}, counter=COUNTER, override=signed)
    assert figures(store, first.id) == (
        10_000, 0, 0, -2_000, cashier.account_id, manager.account_id,
    )  # fmt: skip
    second = services.shifts.open(cashier, {"20": 5}, counter=COUNTER)
    services.shifts.close(manager, {"20": 3}, counter=COUNTER)
    assert figures(store, second.id) == (
        10_000, 0, 0, -4_000, manager.account_id, manager.account_id,
    )  # fmt: skip


def test_what_the_migration_freezes_is_pythons() -> None:
    frozen = migration("0027")
    assert frozen.DIFFERENCE_LIMIT == DIFFERENCE_LIMIT
    assert frozen.DEFAULT_DIFFERENCE_LIMIT == DEFAULT_DIFFERENCE_LIMIT
    assert Op.SHIFT_MANAGE.value == frozen.APPROVE_OP
