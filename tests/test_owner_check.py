"""Migration 0022: the session and matrix triggers let the table's owner write without a
catalogue query. Their owner test, ``has_table_privilege(role, table, 'TRIGGER WITH GRANT
OPTION')``, must let exactly whom 0018's ``pg_has_role(role, relowner, 'USAGE')`` let,
on a store set up by ``provision-roles``: the owner, a member of the owner that inherits
its privileges, a superuser; not a member that does not inherit, and not the counters'
role, which must hold no grant option anywhere."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from conftest import PgServer
from sqlalchemy.engine import make_url
from test_no_session_writes import app_connection, conninfo
from test_roles import provision

pytestmark = pytest.mark.postgres_only

OWNER_TEST = "has_table_privilege(%s, %s::regclass, 'TRIGGER WITH GRANT OPTION')"
OLD_TEST = "pg_has_role(%s, (SELECT relowner FROM pg_class WHERE oid = %s::regclass), 'USAGE')"
TRIGGERS = ("pos_session_required", "zz_pos_matrix_guard", "pos_account_guard")


@dataclass(frozen=True)
class Store:
    super_url: str
    app_url: str
    owner: str
    app: str
    member: str  #: a login role granted the owner role (inherits)
    bystander: str  #: a login role granted the owner role without inheriting


def _role_of(url: str) -> str:
    name = make_url(url).username
    assert name
    return name


@pytest.fixture(scope="module")
def store(pg_server: PgServer) -> Iterator[Store]:
    url, app_url, drop = provision(pg_server)
    suffix = uuid.uuid4().hex[:8]
    member, bystander = f"pos_member_{suffix}", f"pos_noinherit_{suffix}"
    with psycopg.connect(conninfo(url), autocommit=True) as conn:
        owner = conn.execute(
            "SELECT relowner::regrole::text FROM pg_class WHERE oid = 'sales'::regclass"
        ).fetchone()
        assert owner is not None
        conn.execute(f'CREATE ROLE "{member}" LOGIN INHERIT IN ROLE "{owner[0].strip(chr(34))}"')
        conn.execute(
            f'CREATE ROLE "{bystander}" LOGIN NOINHERIT IN ROLE "{owner[0].strip(chr(34))}"'
        )
    yield Store(url, app_url, owner[0].strip('"'), _role_of(app_url), member, bystander)
    with psycopg.connect(conninfo(url), autocommit=True) as conn:
        for role in (member, bystander):
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')
    drop()


def _connect_as(store: Store, role: str) -> psycopg.Connection[Any]:
    url = make_url(store.super_url).set(username=role).render_as_string(hide_password=False)
    return psycopg.connect(conninfo(url), autocommit=True)


def _tables(conn: psycopg.Connection[Any]) -> list[str]:
    rows = conn.execute(
        "SELECT DISTINCT c.relname FROM pg_trigger AS t JOIN pg_class AS c ON c.oid = t.tgrelid "
        "WHERE t.tgname = ANY(%s) ORDER BY 1",
        (list(TRIGGERS),),
    ).fetchall()
    return [row[0] for row in rows]


def test_the_new_owner_test_lets_exactly_whom_the_old_one_let(store: Store) -> None:
    roles = ["postgres", store.owner, store.member, store.bystander, store.app]
    with psycopg.connect(conninfo(store.super_url), autocommit=True) as conn:
        tables = _tables(conn)
        assert "sales" in tables and "accounts" in tables and len(tables) >= 28
        verdicts = {}
        for role in roles:
            for table in tables:
                new = conn.execute(f"SELECT {OWNER_TEST}", (role, table)).fetchone()
                old = conn.execute(f"SELECT {OLD_TEST}", (role, table)).fetchone()
                assert new == old, (role, table)
                verdicts[role] = bool(new and new[0])
    assert verdicts == {
        "postgres": True,
        store.owner: True,
        store.member: True,
        store.bystander: False,
        store.app: False,
    }


def test_every_such_trigger_skips_the_owner_in_its_when_clause(store: Store) -> None:
    with psycopg.connect(conninfo(store.super_url), autocommit=True) as conn:
        rows = conn.execute(
            "SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger AS t "
            "JOIN pg_class AS c ON c.oid = t.tgrelid WHERE t.tgname = ANY(%s)",
            (list(TRIGGERS),),
        ).fetchall()
    assert len(rows) >= 2 * 27 + 1
    for table, name, definition in rows:
        assert "WHEN ((NOT has_table_privilege(CURRENT_USER," in definition, (table, name)
        assert f"'{table}'::regclass" in definition, (table, name)


def test_the_counters_role_holds_no_grant_option(store: Store) -> None:
    with psycopg.connect(conninfo(store.super_url), autocommit=True) as conn:
        granted = conn.execute(
            "SELECT c.relname FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind = 'r' AND ("
            + " OR ".join(
                f"has_table_privilege(%(app)s, c.oid, '{privilege} WITH GRANT OPTION')"
                for privilege in (
                    "SELECT",
                    "INSERT",
                    "UPDATE",
                    "DELETE",
                    "TRUNCATE",
                    "REFERENCES",
                    "TRIGGER",
                )
            )
            + ")",
            {"app": store.app},
        ).fetchall()
    assert granted == []


def test_a_member_of_the_owner_writes_without_a_session_and_the_counters_role_cannot(
    store: Store,
) -> None:
    name = f"Owner's {uuid.uuid4().hex[:6]}"
    with _connect_as(store, store.member) as conn:
        conn.execute(
            "INSERT INTO categories (name, active, created_at) VALUES (%s, true, now())", (name,)
        )
        conn.execute("UPDATE categories SET active = false WHERE name = %s", (name,))
    refused = pytest.raises(psycopg.errors.InsufficientPrivilege, match="pos_session_required")
    with app_connection(store.app_url) as conn, refused:
        conn.execute("UPDATE categories SET active = true WHERE name = %s", (name,))
    with (
        _connect_as(store, store.bystander) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("UPDATE categories SET active = true WHERE name = %s", (name,))
    with psycopg.connect(conninfo(store.super_url)) as conn:
        row = conn.execute("SELECT active FROM categories WHERE name = %s", (name,)).fetchone()
    assert row == (False,)
