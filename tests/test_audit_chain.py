"""The tamper-evident audit trail (issue 16; README, "Tamper-evident audit trail"), on both
backends: a normal history verifies whole; a row changed, removed or slipped in behind the
triggers' back (as a superuser or the file's owner would) is named by ``audit verify``;
a chain rebuilt by the owner is caught by a head recorded earlier; the SQL side
(``pos_record_sale``, ``pos_audit_hash``) hashes exactly as Python does."""

from __future__ import annotations

import argparse
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import psycopg
import pytest
from conftest import STAFF_PASSWORD, People, PgServer
from helpers import buy, new_customer, new_product
from history_helpers import make_history
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from pos_app.cli_audit import BROKEN, add_audit_commands
from pos_app.data import audit_seal
from pos_app.data.audit_models import AuditEntry
from pos_app.data.audit_seal import ChainHead
from pos_app.data.database import Database
from pos_app.data.roles import provision_roles
from pos_app.domain.audit_chain import content_hash
from pos_app.domain.errors import ValidationError
from pos_app.services import Services, build_services
from pos_app.services.audit import parse_head
from pos_app.services.records import Actor


def scalar(db: Database, sql: str, **params: object) -> Any:
    with db.engine.connect() as connection:
        return connection.execute(text(sql), params).scalar()


def sale_audit_row(db: Database) -> int:
    return int(scalar(db, "SELECT min(id) FROM audit_entries WHERE action = 'sale'"))


@contextmanager
def behind_the_triggers(db: Database) -> Iterator[Any]:
    """A connection on which the append-only triggers (and the foreign keys) do not fire,
    as the PostgreSQL superuser (session_replication_role) or whoever holds the SQLite
    file (drops the triggers and makes them again) can have one. Yields an execute."""
    if db.backend == "postgresql":
        with db.engine.begin() as connection:
            connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
            yield lambda sql, **p: connection.execute(text(sql), p)
        return
    path = make_url(str(db.engine.url)).database
    assert path is not None
    raw = sqlite3.connect(path)  # foreign keys are off on a bare connection
    try:
        triggers = raw.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND tbl_name IN ('audit_entries', 'audit_chain')"
        ).fetchall()
        for name, _ in triggers:
            raw.execute(f'DROP TRIGGER "{name}"')
        yield lambda sql, **p: raw.execute(sql, p)
        for _, sql in triggers:
            raw.execute(sql)
        raw.commit()
    finally:
        raw.close()


@pytest.fixture
def sealed(services: Services, people: People, db: Database) -> ChainHead:
    """A store with some of every kind of history, its audit rows all sealed."""
    make_history(services, people, db)
    # The shift's and the day's close sealed what came before them.
    assert scalar(db, "SELECT count(*) FROM audit_chain") > 0
    services.audit.settings_changed(people.admin, ["store_name"])
    done = audit_seal.seal(db)
    assert not done.postponed and done.head is not None
    return done.head


def test_a_normal_history_verifies_whole(db: Database, sealed: ChainHead) -> None:
    report = audit_seal.verify(db, expected=sealed)
    rows = scalar(db, "SELECT count(*) FROM audit_entries")
    assert report.broken is None
    assert (report.links, report.unsealed) == (rows, 0)
    assert report.head == sealed
    assert sealed.entry_id == scalar(db, "SELECT max(id) FROM audit_entries")


def test_a_recorded_head_past_any_row_id_is_named_not_in_the_chain(
    services: Services, people: People, db: Database, sealed: ChainHead
) -> None:
    """A head written down wrong (an id past what the column holds, found by the fuzz)
    is a head no longer in the chain, not a database error."""
    for entry_id in (2**31, 99_999_999_999, 0):
        report = services.audit.verify(people.admin, expected=f"{entry_id}:{'0' * 8}")
        assert report.broken is not None
        assert (report.broken.entry_id, report.broken.problem) == (
            entry_id,
            "the recorded head is no longer in the chain",
        )


def test_a_row_changed_after_its_seal_is_named(db: Database, sealed: ChainHead) -> None:
    row = sale_audit_row(db)
    with behind_the_triggers(db) as execute:
        execute("UPDATE audit_entries SET detail = 'nothing to see' WHERE id = :id", id=row)
    report = audit_seal.verify(db)
    assert report.broken is not None
    assert report.broken.entry_id == row
    assert "changed after it was sealed" in report.broken.problem
    assert report.links == scalar(db, "SELECT count(*) FROM audit_entries WHERE id < :id", id=row)
    assert (report.head, report.unsealed) == (sealed, 0)  # the rows past it are sealed


def redone_hash(db: Database, row: int, detail: str) -> str:
    """The content hash of audit row ``row`` had its detail been ``detail``."""
    entry = db.read(lambda tx: tx.session.get(AuditEntry, row))
    assert entry is not None
    return content_hash(
        entry.created_at,
        entry.actor_id,
        entry.actor_username,
        entry.action,
        entry.outcome,
        entry.counter,
        entry.record_type,
        entry.record_id,
        detail,
    )


def test_a_row_changed_with_its_hash_redone_is_named(db: Database, sealed: ChainHead) -> None:
    row = sale_audit_row(db)
    redone = redone_hash(db, row, "sold at 0.01")
    with behind_the_triggers(db) as execute:
        execute(
            "UPDATE audit_entries SET detail = 'sold at 0.01', content_hash = :h WHERE id = :id",
            h=redone,
            id=row,
        )
    report = audit_seal.verify(db)
    assert report.broken is not None and report.broken.entry_id == row
    assert "hash was redone too" in report.broken.problem


def test_a_removed_row_is_named(db: Database, sealed: ChainHead) -> None:
    row = sale_audit_row(db)
    with behind_the_triggers(db) as execute:
        execute("DELETE FROM audit_entries WHERE id = :id", id=row)
    report = audit_seal.verify(db)
    assert report.broken is not None and report.broken.entry_id == row
    assert "removed" in report.broken.problem


def test_a_back_dated_row_slipped_in_below_the_head_is_named(
    db: Database, sealed: ChainHead
) -> None:
    """An INSERT is allowed; one with an id below the sealed head is caught."""
    with db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO audit_entries (id, created_at, actor_id, actor_username, action, "
                "outcome, counter, record_type, record_id, detail, content_hash) VALUES "
                "(0, :at, 1, 'admin1', 'price_change', 'ok', '', 'product', '1', "
                "'price 0.01', :h)"
            ),
            {"at": datetime(2025, 1, 1, tzinfo=UTC), "h": "0" * 64},
        )
    report = audit_seal.verify(db)
    assert report.broken is not None and report.broken.entry_id == 0
    assert "not in the chain" in report.broken.problem


def test_a_chain_rebuilt_by_the_owner_is_caught_by_the_head_kept_elsewhere(
    db: Database, sealed: ChainHead
) -> None:
    row = sale_audit_row(db)
    redone = redone_hash(db, row, "rewritten")
    with behind_the_triggers(db) as execute:
        execute(
            "UPDATE audit_entries SET detail = 'rewritten', content_hash = :h WHERE id = :id",
            h=redone,
            id=row,
        )
        execute("DELETE FROM audit_chain")
    audit_seal.seal(db)  # the owner seals the rewritten history anew
    assert audit_seal.verify(db).broken is None  # the chain alone cannot tell
    report = audit_seal.verify(
        db, expected=parse_head(f"{sealed.entry_id}:{sealed.chain_hash[:12]}")
    )
    assert report.broken is not None and report.broken.entry_id == sealed.entry_id
    assert "rebuilt" in report.broken.problem


def test_an_unsealed_row_must_match_its_own_hash(
    services: Services, people: People, db: Database
) -> None:
    services.audit.settings_changed(people.admin, ["store_name"])
    services.audit.settings_changed(people.admin, ["counter_name"])
    first = int(scalar(db, "SELECT min(id) FROM audit_entries"))
    whole = audit_seal.verify(db)
    rows = scalar(db, "SELECT count(*) FROM audit_entries")
    assert (whole.broken, whole.links, whole.unsealed) == (None, 0, rows)
    with behind_the_triggers(db) as execute:
        execute("UPDATE audit_entries SET actor_username = 'someone' WHERE id = :id", id=first)
    report = audit_seal.verify(db)
    assert report.broken is not None and report.broken.entry_id == first
    assert "does not match its own hash" in report.broken.problem


def run_cli(db: Database, *argv: str) -> int:
    """pos-admin's audit commands through a parser of their own (pos_app.cli wires them)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--database")
    parser = argparse.ArgumentParser(prog="pos-admin")
    add_audit_commands(parser.add_subparsers(dest="command", required=True), common)
    url = db.engine.url.render_as_string(hide_password=False)
    args = parser.parse_args([*argv, "--database", url])
    return int(args.run(args))


def test_audit_verify_says_whole_or_names_the_first_broken_link(
    db: Database, sealed: ChainHead, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(db, "audit", "verify", "--expect", f"{sealed.entry_id}:{sealed.chain_hash}") == 0
    rows = scalar(db, "SELECT count(*) FROM audit_entries")
    out = capsys.readouterr().out
    assert f"The audit chain is whole: {rows} row(s) sealed." in out
    assert f"Head: {sealed.entry_id}:{sealed.chain_hash}" in out

    row = sale_audit_row(db)
    with behind_the_triggers(db) as execute:
        execute("UPDATE audit_entries SET detail = 'x' WHERE id = :id", id=row)
    assert run_cli(db, "audit", "verify") == BROKEN
    out = capsys.readouterr().out
    assert f"The audit chain is BROKEN at audit row {row}: the audit row was changed" in out

    with pytest.raises(ValidationError, match="Not a chain head"):
        run_cli(db, "audit", "verify", "--expect", "12:xyz")


def test_audit_seal_prints_the_head(
    services: Services, people: People, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    services.audit.settings_changed(people.admin, ["store_name"])
    assert run_cli(db, "audit", "seal") == 0
    head = audit_seal.head(db)
    assert head is not None
    assert f"Sealed 1 audit row(s). Head: {head.entry_id}:{head.chain_hash}" in (
        capsys.readouterr().out
    )


# --- PostgreSQL: the SQL side -----------------------------------------------------------

AWKWARD = (
    "",
    "plain",
    "two\nlines",
    "3:colon",
    "Zoë's café, 東京, مرحبا, \U0001f600",
    "x" * 500,
)


@pytest.mark.postgres
def test_pos_audit_hash_and_python_agree(pg_migrated_url: str) -> None:
    db = Database(pg_migrated_url)
    try:
        moments = (
            datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC),
            datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
            datetime.now(UTC),
        )
        for moment in moments:
            for actor in (None, 0, 7, 2_000_000_000):
                for value in AWKWARD:
                    args = (moment, actor, value, "sale", "ok", value, "sale", value[:64], value)
                    sql = scalar(
                        db,
                        "SELECT pos_audit_hash(:a, :b, :c, :d, :e, :f, :g, :h, :i)",
                        **dict(zip("abcdefghi", args, strict=True)),
                    )
                    assert sql == content_hash(*args), (moment, actor, value)
    finally:
        db.dispose()


@pytest.mark.postgres_only
def test_rows_written_by_pos_record_sale_verify_with_python(
    services: Services, people: People, db: Database
) -> None:
    assert db.backend == "postgresql"
    customer = new_customer(services, people.manager, "zoe_cafe", "30.00")
    product = new_product(services, people.manager, name="Crème brûlée", price="2.50", stock=9)
    for quantity in (1, 2, 3):
        buy(services, people.cashier, customer.id, product.id, qty=quantity)
    with db.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT created_at, actor_id, actor_username, action, outcome, counter, "
                "record_type, record_id, detail, content_hash FROM audit_entries "
                "WHERE action = 'sale'"
            )
        ).all()
    assert len(rows) == 3
    for row in rows:
        assert row[9] == content_hash(*row[:9])
    report = audit_seal.verify(db)
    assert report.broken is None and report.unsealed >= 3
    audit_seal.seal(db)
    assert audit_seal.verify(db).broken is None


@pytest.mark.postgres_only
def test_a_seal_waits_for_an_audit_row_in_flight(
    services: Services, people: People, db: Database
) -> None:
    """A transaction holding an uncommitted audit row (id N) must not let the sealer seal
    rows above N and leave N behind: the seal is postponed, then takes it in."""
    assert db.backend == "postgresql"
    url = make_url(str(db.engine.url.render_as_string(hide_password=False)))
    conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo) as slow:
        slow.execute(
            "INSERT INTO audit_entries (created_at, actor_username, action, outcome, counter, "
            "record_type, record_id, detail, content_hash) SELECT now(), 'slow', "
            "'settings_change', 'ok', '', '', '', 'in flight', "
            "pos_audit_hash(now(), NULL, 'slow', 'settings_change', 'ok', '', '', '', "
            "'in flight')"
        )
        services.audit.settings_changed(people.admin, ["store_name"])  # a later id, committed
        waiting = audit_seal.seal(db)
        assert waiting.postponed and waiting.rows == 0
        slow.commit()
    done = audit_seal.seal(db)
    assert (done.postponed, done.rows) == (False, 2)
    assert audit_seal.verify(db).broken is None


@pytest.mark.postgres
def test_the_counters_role_can_seal_but_not_rewrite_the_chain(
    pg_server: PgServer, people_free_url: str
) -> None:
    """A shift's close seals as the counters' role: it may call the safe head and add
    links, and no more."""
    suffix = uuid.uuid4().hex[:8]
    owner, app = f"pos_owner_{suffix}", f"pos_app_{suffix}"
    setup = Database(people_free_url)
    try:
        setup_services = build_services(setup, bcrypt_cost=10)
        setup_services.audit.settings_changed(Actor.system(), ["store_name"])
        setup_services.staff.create(
            Actor.system(), username="admin1", password=STAFF_PASSWORD, name="A", role="admin"
        )
        provision_roles(setup, owner, app)
    finally:
        setup.dispose()
    counter = Database(make_url(people_free_url).set(username=app))
    try:
        counter_services = build_services(counter, bcrypt_cost=10)
        # The counters' role writes with a staff session (migration 0018).
        admin = counter_services.auth.sign_in("admin1", STAFF_PASSWORD, "Till 1")
        counter_services.audit.settings_changed(admin, ["counter_name"])
        done = audit_seal.seal(counter)
        assert (done.postponed, done.rows) == (False, 4)  # with staff_created and sign_in
        assert audit_seal.verify(counter).broken is None
        with pytest.raises(DBAPIError, match="permission denied"), counter.engine.begin() as c:
            c.execute(text("UPDATE audit_chain SET chain_hash = content_hash"))
    finally:
        counter.dispose()
        pg_server.drop_database(people_free_url)
        admin = make_url(people_free_url).set(drivername="postgresql", database="postgres")
        with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as c:
            c.execute(f'DROP ROLE IF EXISTS "{app}"')
            c.execute(f'DROP ROLE IF EXISTS "{owner}"')


@pytest.fixture
def people_free_url(pg_server: PgServer) -> Iterator[str]:
    """A migrated scratch database of its own (roles are granted on it)."""
    url = pg_server.migrated_database("pos_chain")
    yield url
    pg_server.drop_database(url)


def test_a_seal_may_stop_early_and_the_next_one_goes_on(
    services: Services, people: People, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A close seals a bounded number of rows (a store's first seal after the upgrade
    finds all its old rows); the next seal carries on from that head, in order."""
    monkeypatch.setattr(audit_seal, "BATCH", 2)
    for key in ("a", "b", "c", "d", "e"):
        services.audit.settings_changed(people.admin, [key])
    first = audit_seal.seal(db, most=2)
    assert (first.rows, audit_seal.verify(db).unsealed) == (2, 3)
    rest = audit_seal.seal(db)
    assert rest.rows == 3
    report = audit_seal.verify(db)
    assert (report.broken, report.links, report.unsealed) == (None, 5, 0)
