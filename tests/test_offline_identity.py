"""Issue 16, slice 6: offline sales carry their counter's and their cashier's identity, and
the server checks both (migration 0023).

As the counters' role, the way a counter connects: a manager's online sign-in registers a
counter (a cashier's does not), each online sign-in there gets a ticket bound to the
counter and the account, each offline sale carries its cashier's ticket, and at sync the
server takes the cashier from the ticket, whoever's session sends it. Raw SQL with a
session (as psql would) cannot submit a sale for another counter, by someone who never
signed in there, with a forged or expired ticket, or at a time outside the ticket."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pytest
from conftest import STAFF_PASSWORD, People, QuickHasher
from sqlalchemy.engine import make_url
from test_server_sessions import present, provisioned_store, sign_in, store, superuser

from pos_app.data import models
from pos_app.data.counter_file import CounterFile
from pos_app.data.database import Database
from pos_app.data.repositories.sale_writer import (
    RECORD_SALE_CALL,
    OfflineStamp,
    SaleLineWrite,
    SaleWrite,
    record_sale_params,
)
from pos_app.domain.enums import Role
from pos_app.domain.errors import PermissionDeniedError
from pos_app.services import Services, build_services
from pos_app.services.base import add_account
from pos_app.services.offline import OfflineSalesService
from pos_app.services.offline_overrides import signed_in_here, signed_out_here
from pos_app.services.offline_sync import REFUSALS
from pos_app.services.offline_tickets import NO_TICKET, NOT_REGISTERED
from pos_app.services.records import Actor, CartLine, CheckoutRequest

pytestmark = pytest.mark.postgres

# The fixtures of the provisioned store, shared with the server-session tests.
__all__ = ["provisioned_store", "store"]

Store = tuple[str, str, People, int]
REGISTER = "SELECT r_counter_id, r_secret FROM pos_register_counter(%s)"
ISSUE = "SELECT r_token, r_account_id, r_valid_until FROM pos_issue_ticket(%s, %s)"


def conninfo(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def app_sql(store: Store) -> Iterator[psycopg.Connection[Any]]:
    """A raw connection as the counters' role (not autocommit: a refusal is rolled back)."""
    with psycopg.connect(conninfo(store[1])) as conn:
        yield conn


def refused(conn: psycopg.Connection[Any], sql: str, params: Any) -> tuple[str, str]:
    """(message, detail) of the server's refusal of ``sql``; rolled back."""
    with pytest.raises(psycopg.Error) as caught:
        conn.execute(sql, params)
    conn.rollback()
    return str(caught.value.diag.message_primary), str(caught.value.diag.message_detail)


def session_of(conn: psycopg.Connection[Any], username: str) -> None:
    token = sign_in(conn, username, STAFF_PASSWORD)
    assert token is not None
    present(conn, token)
    conn.commit()


def register(conn: psycopg.Connection[Any], name: str) -> str:
    """Counter ``name`` registered by the manager's session: its secret."""
    session_of(conn, "manager1")
    row = conn.execute(REGISTER, (name,)).fetchone()
    conn.commit()
    assert row is not None and row[1] is not None
    return str(row[1])


def ticket(conn: psycopg.Connection[Any], username: str, counter: str, secret: str) -> str:
    session_of(conn, username)
    row = conn.execute(ISSUE, (counter, secret)).fetchone()
    conn.commit()
    assert row is not None
    return str(row[0])


def offline_sale(
    cashier_id: int,
    product_id: int,
    counter: str,
    token: str | None,
    *,
    number: str | None = None,
    at: datetime | None = None,
) -> dict[str, object]:
    """``pos_record_sale``'s arguments for one unit at 5.00 in cash, recorded offline at
    ``counter`` (number ``<counter>-000001`` unless given) by ``cashier_id``."""
    sale = SaleWrite(
        uuid=str(uuid.uuid4()),
        customer_id=None,
        cashier_id=cashier_id,
        counter=counter,
        created_at=at or models.utcnow(),
        total_cents=500,
        lines=(SaleLineWrite(product_id, 1, 500),),
        wallet_cents=0,
        cash_cents=500,
        tendered_cents=500,
        card_cents=0,
        card_reference="",
        actor_username="whoever",
        actor_counter="elsewhere",
        audit_detail="sale",
        offline=OfflineStamp(number or f"{counter}-{uuid.uuid4().int % 10**6:06d}", None, token),
    )
    return record_sale_params(sale)


def sold_as(store: Store, sale_uuid: object) -> tuple[Any, ...] | None:
    """(cashier id, counter, audit actor, audit counter) of the sale on the server."""
    with superuser(store) as conn:
        return conn.execute(
            "SELECT s.cashier_id, s.counter, a.actor_username, a.counter FROM sales AS s "
            "JOIN audit_entries AS a ON a.record_id = s.uuid AND a.action = 'sale' "
            "WHERE s.uuid = %s",
            (sale_uuid,),
        ).fetchone()


# -- raw SQL as the counters' role ----------------------------------------------------------


def test_only_a_managers_session_registers_a_counter_and_its_secret_is_given_once(
    store: Store, app_sql: psycopg.Connection[Any]
) -> None:
    message, _ = refused(app_sql, REGISTER, ("T1",))
    assert message == "pos_session_required"
    session_of(app_sql, "cashier1")
    assert refused(app_sql, REGISTER, ("T1",)) == ("pos_matrix_refused", "offline.resolve")
    secret = register(app_sql, "T1")
    again = app_sql.execute(REGISTER, ("T1",)).fetchone()
    assert again == (None, None)  # never given twice
    with superuser(store) as conn:
        row = conn.execute(
            "SELECT c.secret_hash, a.username FROM counters AS c "
            "JOIN accounts AS a ON a.id = c.registered_by_id WHERE c.name = 'T1'"
        ).fetchone()
        audit = conn.execute(
            "SELECT actor_username, detail FROM audit_entries WHERE record_type = 'counter'"
        ).fetchall()
    assert row is not None and row[1] == "manager1" and secret not in row[0]
    assert audit == [("manager1", "counter registered for offline sales: T1")]
    for table in ("counters", "offline_tickets"):
        assert refused(app_sql, f"SELECT * FROM {table}", ())[0].startswith("permission denied")


def test_a_ticket_needs_a_session_and_the_counters_secret(
    store: Store, app_sql: psycopg.Connection[Any]
) -> None:
    _, _, people, _ = store
    secret = register(app_sql, "T1")
    present(app_sql, "")
    app_sql.commit()
    assert refused(app_sql, ISSUE, ("T1", secret))[0] == "pos_session_required"
    session_of(app_sql, "cashier1")
    assert refused(app_sql, ISSUE, ("T1", "0" * 64)) == ("pos_counter_refused", "counter")
    assert refused(app_sql, ISSUE, ("T2", secret)) == ("pos_counter_refused", "counter")
    row = app_sql.execute(ISSUE, ("T1", secret)).fetchone()
    app_sql.commit()
    assert row is not None and row[1] == people.cashier.account_id
    with superuser(store) as conn:
        hours = conn.execute(
            "SELECT extract(epoch FROM valid_until - issued_at) / 3600, token_hash <> %s "
            "FROM offline_tickets",
            (row[0],),
        ).fetchall()
    assert hours == [(Decimal(12), True)]  # stored hashed, valid 12 hours


def test_the_server_takes_an_offline_sale_only_with_its_cashiers_ticket_at_its_counter(
    store: Store, app_sql: psycopg.Connection[Any]
) -> None:
    """A cashier's session sends sales recorded offline: each must carry the ticket of the
    cashier it names, issued at the counter it names, and be timed within the ticket."""
    _, _, people, product_id = store
    t1, t2 = register(app_sql, "T1"), register(app_sql, "T2")
    at_t2 = ticket(app_sql, "manager1", "T2", t2)  # the manager signed in at T2 only
    mine = ticket(app_sql, "cashier1", "T1", t1)  # the session that sends them all
    cashier, manager = people.cashier.account_id, people.manager.account_id
    assert cashier is not None and manager is not None
    now = models.utcnow()
    refusals = {
        "no ticket": offline_sale(cashier, product_id, "T1", None),
        "a forged ticket": offline_sale(cashier, product_id, "T1", "f" * 64),
        "someone who never signed in at T1": offline_sale(manager, product_id, "T1", mine),
        "another counter's ticket": offline_sale(manager, product_id, "T1", at_t2),
        "sold at T2 under T1's ticket": offline_sale(cashier, product_id, "T2", mine),
        "T2's number at T1": offline_sale(cashier, product_id, "T1", mine, number="T2-000001"),
        "a number not a counter's": offline_sale(cashier, product_id, "T1", mine, number="T1-1"),
        "before the sign-in": offline_sale(
            cashier, product_id, "T1", mine, at=now - timedelta(hours=1)
        ),
        "ahead of the server": offline_sale(
            cashier, product_id, "T1", mine, at=now + timedelta(hours=1)
        ),
    }
    said = {why: refused(app_sql, RECORD_SALE_CALL, sale) for why, sale in refusals.items()}
    assert said == {
        "no ticket": ("pos_sale_refused", "ticket"),
        "a forged ticket": ("pos_sale_refused", "ticket"),
        "someone who never signed in at T1": ("pos_sale_refused", "ticket"),
        "another counter's ticket": ("pos_sale_refused", "counter"),
        "sold at T2 under T1's ticket": ("pos_sale_refused", "counter"),
        "T2's number at T1": ("pos_sale_refused", "counter"),
        "a number not a counter's": ("pos_sale_refused", "counter"),
        "before the sign-in": ("pos_sale_refused", "ticket"),
        "ahead of the server": ("pos_sale_refused", "ticket"),
    }
    # Within the allowed clock skew, and as the ticket's cashier: taken, as that cashier
    # at that counter, whatever the call said of the actor.
    good = offline_sale(cashier, product_id, "T1", mine, at=now - timedelta(minutes=2))
    app_sql.execute(RECORD_SALE_CALL, good)
    app_sql.commit()
    assert sold_as(store, good["uuid"]) == (cashier, "T1", "cashier1", "T1")
    with superuser(store) as conn:
        sales = conn.execute("SELECT count(*) FROM sales").fetchone()
        # The ticket ran out: a sale timed within it is still taken, one after it is not.
        conn.execute(
            "UPDATE offline_tickets SET issued_at = issued_at - interval '13 hours', "
            "valid_until = valid_until - interval '13 hours'"
        )
    assert sales == (1,)
    late = offline_sale(cashier, product_id, "T1", mine)
    assert refused(app_sql, RECORD_SALE_CALL, late) == ("pos_sale_refused", "ticket")
    in_time = offline_sale(cashier, product_id, "T1", mine, at=now - timedelta(hours=12))
    app_sql.execute(RECORD_SALE_CALL, in_time)
    app_sql.commit()
    with superuser(store) as conn:  # retired: none of its sales any more
        conn.execute("UPDATE counters SET retired_at = now() WHERE name = 'T1'")
    retired = offline_sale(cashier, product_id, "T1", mine, at=now - timedelta(hours=12))
    assert refused(app_sql, RECORD_SALE_CALL, retired) == ("pos_sale_refused", "counter")
    assert refused(app_sql, ISSUE, ("T1", t1)) == ("pos_counter_refused", "counter")


# -- through the app, as the counters' role --------------------------------------------------


class Counter:
    """A counter program: its services on the counters' role and its own file."""

    def __init__(self, app_url: str, folder: Path, name: str) -> None:
        self.db = Database(app_url)
        self.name = name
        self.services: Services = build_services(self.db, hasher=QuickHasher())
        self.till = OfflineSalesService(self.db, CounterFile(folder / f"{name}.sqlite"))
        assert self.till.refresh_catalogue().complete

    def sign_in(self, username: str) -> Actor:
        till = self.till
        return signed_in_here(
            self.services.auth, till.overrides, username, STAFF_PASSWORD, self.name, till.tickets
        )

    def sell(self, actor: Actor, product_id: int) -> str:
        request = CheckoutRequest(
            sale_uuid=str(uuid.uuid4()),
            lines=(CartLine(product_id, 1, Decimal("5.00")),),
            counter=self.name,
            cash_tendered=Decimal("5"),
        )
        return self.till.sell(actor, request).sale_uuid


@pytest.fixture
def counters(store: Store, tmp_path: Path) -> Iterator[list[Counter]]:
    made: list[Counter] = []
    yield made
    for counter in made:
        counter.db.dispose()


def test_an_offline_sale_sent_by_another_cashiers_session_keeps_its_real_cashier(
    store: Store, counters: list[Counter], tmp_path: Path
) -> None:
    super_url, app_url, people, product_id = store
    owner = Database(super_url)
    try:  # a second cashier, with the same password
        owner.write(
            lambda tx: add_account(
                tx,
                username="cashier2",
                name="Second Cashier",
                role=Role.CASHIER,
                password_hash=QuickHasher().hash(STAFF_PASSWORD),
            )
        )
    finally:
        owner.dispose()
    t1 = Counter(app_url, tmp_path, "T1")
    counters.append(t1)
    cashier = t1.sign_in("cashier1")  # T1 is not registered: no ticket, no offline sale
    with pytest.raises(PermissionDeniedError) as caught:
        t1.sell(cashier, product_id)
    assert caught.value.message == NOT_REGISTERED
    t1.services.auth.sign_out(cashier)
    t1.services.auth.sign_out(t1.sign_in("manager1"))  # registers T1
    cashier = t1.sign_in("cashier1")
    sold = t1.sell(cashier, product_id)  # as if the server were away: kept in the outbox
    t1.services.auth.sign_out(cashier)
    t1.sign_in("cashier2")
    with pytest.raises(PermissionDeniedError) as caught:  # never signed in at T1
        t1.sell(replace(people.admin, counter="T1"), product_id)
    assert caught.value.template == NO_TICKET
    report = t1.till.sync_once()  # cashier2's session sends cashier1's sale
    assert (report.sent, report.set_aside, report.waiting) == (1, 0, 0)
    assert sold_as(store, sold) == (people.cashier.account_id, "T1", "cashier1", "T1")
    with sqlite3.connect(tmp_path / "T1.sqlite") as file:  # kept for the receipt only
        (body,) = file.execute("SELECT body FROM outbox WHERE sale_uuid = ?", (sold,)).fetchone()
    assert json.loads(body)["offline"] == {"counter_number": "T1-000001", "lease_id": None}


def test_a_sale_edited_in_the_counters_file_or_from_a_retired_counter_is_set_aside(
    store: Store, counters: list[Counter], tmp_path: Path
) -> None:
    """Whoever holds the counter's file can change a waiting sale's cashier to someone who
    never signed in there: the server refuses it and the sync sets it aside, saying why;
    a retired counter's sales are set aside too."""
    _, app_url, people, product_id = store
    t1 = Counter(app_url, tmp_path, "T1")
    counters.append(t1)
    t1.services.auth.sign_out(t1.sign_in("manager1"))
    cashier = t1.sign_in("cashier1")
    edited, kept = t1.sell(cashier, product_id), t1.sell(cashier, product_id)
    path = tmp_path / "T1.sqlite"
    with sqlite3.connect(path) as file:
        (body,) = file.execute("SELECT body FROM outbox WHERE sale_uuid = ?", (edited,)).fetchone()
        changed = json.loads(body) | {"cashier_id": people.admin.account_id}
        file.execute(
            "UPDATE outbox SET body = ? WHERE sale_uuid = ?", (json.dumps(changed), edited)
        )
    report = t1.till.sync_once()
    assert (report.sent, report.set_aside) == (1, 1)
    reasons = {s.sale_uuid: (s.state, s.last_error) for s in t1.till.sales(None)}
    assert reasons[edited] == ("set_aside", REFUSALS["ticket"])
    assert reasons[kept][0] == "synced"
    with superuser(store) as conn:
        conn.execute("UPDATE counters SET retired_at = now() WHERE name = 'T1'")
    late = t1.sell(cashier, product_id)  # the counter does not know yet
    report = t1.till.sync_once()
    assert (report.sent, report.set_aside) == (0, 1)
    reasons = {s.sale_uuid: (s.state, s.last_error) for s in t1.till.sales(None)}
    assert reasons[late] == ("set_aside", REFUSALS["counter"])
    assert not t1.till.tickets.obtain(cashier, "T1")  # no new ticket for a retired counter


def test_the_background_renews_the_signed_in_persons_ticket_once_it_is_an_hour_old(
    store: Store, counters: list[Counter], tmp_path: Path
) -> None:
    _, app_url, people, _ = store
    t1 = Counter(app_url, tmp_path, "T1")
    counters.append(t1)
    t1.services.auth.sign_out(t1.sign_in("manager1"))
    t1.sign_in("cashier1")
    copies = t1.till.tickets.copies
    first = copies.ticket("T1", people.cashier.account_id or 0)
    assert first is not None
    assert t1.till.tickets.renew() == 0  # fresh
    with sqlite3.connect(tmp_path / "T1.sqlite") as file:
        file.execute(
            "UPDATE offline_tickets SET issued_at = ?, valid_until = ?",
            (
                (first.issued_at - timedelta(hours=2)).isoformat(),
                (first.valid_until - timedelta(hours=2)).isoformat(),
            ),
        )
    assert t1.till.tickets.renew() == 1
    renewed = copies.ticket("T1", people.cashier.account_id or 0)
    assert renewed is not None and renewed.ticket_id != first.ticket_id
    assert renewed.valid_until > first.valid_until - timedelta(hours=2)


def test_a_counter_learns_whether_the_server_checks_its_tickets(
    store: Store, counters: list[Counter], tmp_path: Path
) -> None:
    """The counters' login is checked; the owner's (a store without provision-roles,
    pos-admin) is not, and sells offline without a ticket, as before."""
    super_url, app_url, people, product_id = store
    app, owner = Counter(app_url, tmp_path, "T1"), Counter(super_url, tmp_path, "T2")
    counters.extend([app, owner])
    assert app.till.tickets.copies.required()
    assert not owner.till.tickets.copies.required()
    with pytest.raises(PermissionDeniedError):
        app.sell(people.cashier, product_id)
    sold = owner.sell(people.cashier, product_id)
    assert owner.till.sync_once().sent == 1
    assert sold_as(store, sold) == (people.cashier.account_id, "T2", "cashier1", "")


def test_signing_out_ends_that_sessions_tickets_and_the_counter_forgets_its_copy(
    store: Store, counters: list[Counter], tmp_path: Path, app_sql: psycopg.Connection[Any]
) -> None:
    """A cashier who signed out cannot be named on a later offline sale (migration 0026):
    the server ends the tickets their session got and the counter forgets its copy; a sale
    recorded before still syncs, and their sign-in at another counter keeps its ticket."""
    _, app_url, people, product_id = store
    cashier_id = people.cashier.account_id
    assert cashier_id is not None
    t1, t2 = Counter(app_url, tmp_path, "T1"), Counter(app_url, tmp_path, "T2")
    counters.extend([t1, t2])
    for till in (t1, t2):
        till.services.auth.sign_out(till.sign_in("manager1"))  # registers both
    cashier = t1.sign_in("cashier1")
    t2.sign_in("cashier1")
    before = t1.sell(cashier, product_id)
    held = t1.till.tickets.copies.ticket("T1", cashier_id)
    assert held is not None
    signed_out_here(t1.services.auth, t1.till.tickets, cashier)
    assert t1.till.tickets.copies.ticket("T1", cashier_id) is None
    with pytest.raises(PermissionDeniedError) as caught:
        t1.sell(cashier, product_id)
    assert caught.value.template == NO_TICKET
    with superuser(store) as conn:
        ended = conn.execute(
            "SELECT c.name, t.valid_until <= now() FROM offline_tickets AS t "
            "JOIN counters AS c ON c.id = t.counter_id WHERE t.account_id = %s",
            (cashier_id,),
        ).fetchall()
    assert sorted(ended) == [("T1", True), ("T2", False)]
    t1.sign_in("manager1")
    report = t1.till.sync_once()
    assert (report.sent, report.set_aside) == (1, 0)
    assert sold_as(store, before) == (cashier_id, "T1", "cashier1", "T1")
    # The token kept from the file before the sign-out: good up to the sign-out (give or
    # take the clock skew), refused after it. The ticket's times are moved an hour back.
    with superuser(store) as conn:
        conn.execute(
            "UPDATE offline_tickets SET issued_at = issued_at - interval '1 hour', "
            "valid_until = valid_until - interval '1 hour' WHERE account_id = %s",
            (cashier_id,),
        )
    session_of(app_sql, "manager1")
    now = models.utcnow()
    after = offline_sale(cashier_id, product_id, "T1", held.token, at=now - timedelta(minutes=30))
    assert refused(app_sql, RECORD_SALE_CALL, after) == ("pos_sale_refused", "ticket")
    within = offline_sale(cashier_id, product_id, "T1", held.token, at=now - timedelta(hours=1))
    app_sql.execute(RECORD_SALE_CALL, within)
    app_sql.commit()
    assert sold_as(store, within["uuid"]) == (cashier_id, "T1", "cashier1", "T1")
