"""A newer program on an older database (issue 17): SQLite is copied first, then every
pending migration runs in one transaction; a migration that fails leaves the database
exactly as it was, schema and data, on both backends. A database from a newer program is
refused unchanged (tests/test_migrations.py), and no copy is made of it.

The failure is a real migration script: a copy of the migrations folder gets one more,
after the program's head, that changes the schema and the data, then raises. The
database is at 0007, so 0008, 0009 and any later ones (tables, triggers, the search
index and on PostgreSQL an extension) run before it in the same upgrade and must be
undone too.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PgServer, make_people
from helpers import buy, new_customer, new_product
from sqlalchemy import inspect, text

from pos_app.data import migrate
from pos_app.data.backup import sqlite_digest
from pos_app.data.database import Database
from pos_app.data.migrate import (
    UpgradeFailedError,
    current_revision,
    downgrade,
    head_revision,
    upgrade_to_head,
)
from pos_app.domain.errors import DatabaseTooNewError
from pos_app.services import build_services

pytestmark = pytest.mark.slow  # real migrations up and down on both backends: make test and CI

OLD = "0007"
#: The program's newest schema, and the failing migration's revision after it.
HEAD = head_revision()
INJECTED = "f0a1ed"
FAILING = '''"""a migration that fails half way (injected by tests/test_upgrade.py)"""

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("upgrade_probe", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO upgrade_probe (id) VALUES (1)")
    op.add_column("products", sa.Column("probe", sa.Integer, nullable=True))
    op.execute("UPDATE products SET name = name || ' (changed)'")
    op.execute("UPDATE accounts SET name = 'changed'")
    {before_failing}
    raise RuntimeError("injected failure in migration {revision}")


def downgrade() -> None:
    pass
'''


def _old_store(url: str, staff_hash: str) -> Database:
    """A store with staff, products, a customer and a sale, at schema 0007."""
    db = Database(url)
    upgrade_to_head(db)
    people = make_people(db, staff_hash)
    services = build_services(db, bcrypt_cost=10)
    shirt = new_product(services, people.manager, stock=5)
    new_product(services, people.manager, name="Blue Mug", price="7.50", barcode="4006381333931")
    customer = new_customer(services, people.manager, balance="100.00")
    buy(services, people.cashier, customer.id, shirt.id, 2)
    downgrade(db, OLD)
    assert current_revision(db) == OLD
    return db


def _sqlite_url(tmp_path: Path) -> str:
    folder = tmp_path / "store"
    folder.mkdir()
    return f"sqlite:///{folder / 'counter-pos.db'}"


def failing_script(before_failing: str) -> str:
    return FAILING.format(revision=INJECTED, head=HEAD, before_failing=before_failing)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def old_store(
    request: pytest.FixtureRequest, tmp_path: Path, staff_hash: str
) -> Iterator[Database]:
    if request.param == "sqlite":
        db = _old_store(_sqlite_url(tmp_path), staff_hash)
        yield db
        db.dispose()
        return
    server: PgServer = request.getfixturevalue("pg_server")
    url = server.create_database("pos_upgrade")
    db = _old_store(url, staff_hash)
    yield db
    db.dispose()
    server.drop_database(url)


@pytest.fixture
def old_sqlite_store(tmp_path: Path, staff_hash: str) -> Iterator[Database]:
    db = _old_store(_sqlite_url(tmp_path), staff_hash)
    yield db
    db.dispose()


def _sqlite_path(db: Database) -> Path | None:
    return Path(db.url.database) if db.backend == "sqlite" and db.url.database else None


def everything(db: Database) -> str:
    """A digest of the schema and of every row, for either backend. (PostgreSQL's
    sequences are left out: a rolled-back nextval is never given back, by design.)"""
    path = _sqlite_path(db)
    if path is not None:
        db.engine.dispose()
        return sqlite_digest(path)
    digest = hashlib.sha256()
    inspector = inspect(db.engine)
    with db.engine.connect() as connection:
        for table in sorted(inspector.get_table_names()):
            columns = [
                (c["name"], str(c["type"]), c["nullable"], str(c.get("default")))
                for c in inspector.get_columns(table)
            ]
            digest.update(repr((table, columns)).encode())
            for kind in (
                inspector.get_indexes(table),
                inspector.get_unique_constraints(table),
                inspector.get_foreign_keys(table),
                inspector.get_check_constraints(table),
            ):
                digest.update(repr(sorted(kind, key=repr)).encode())
            order = ", ".join(str(at) for at in range(1, len(columns) + 1))
            for row in connection.execute(text(f'SELECT * FROM "{table}" ORDER BY {order}')):
                digest.update(repr(tuple(row)).encode())
        for query in (
            "SELECT extname FROM pg_extension ORDER BY 1",
            "SELECT proname, md5(prosrc) FROM pg_proc p JOIN pg_namespace n "
            "ON n.oid = p.pronamespace WHERE nspname = 'public' ORDER BY 1, 2",
            "SELECT tgname, tgrelid::regclass::text FROM pg_trigger "
            "WHERE NOT tgisinternal ORDER BY 1, 2",
        ):
            digest.update(repr(connection.execute(text(query)).all()).encode())
    return digest.hexdigest()


def copies(db: Database) -> list[Path]:
    path = _sqlite_path(db)
    if path is None:
        return []
    return sorted(path.parent.glob(f"{path.stem}.before-*"))


@pytest.fixture
def failing_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The program's migrations and one after them that fails."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    script = failing_script(before_failing="pass")
    (folder / "versions" / f"{INJECTED}_fails.py").write_text(script, encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    assert head_revision() == INJECTED
    return folder


def test_an_older_database_is_brought_to_head_keeping_its_data(old_store: Database) -> None:
    before = old_store.read(lambda tx: tx.reports.counts())
    upgrade_to_head(old_store)
    assert current_revision(old_store) == head_revision()
    assert old_store.read(lambda tx: tx.reports.counts()) == before
    if old_store.backend == "sqlite":
        (copy,) = copies(old_store)
        assert copy.name.startswith(f"counter-pos.before-{head_revision()}-")
        copied = Database(f"sqlite:///{copy}")
        try:  # the copy is the database as it was: the old schema, the same data
            assert current_revision(copied) == OLD
            assert copied.read(lambda tx: tx.reports.counts()) == before
        finally:
            copied.dispose()
    else:
        assert copies(old_store) == []


def test_no_copy_when_there_is_nothing_to_upgrade(old_store: Database) -> None:
    upgrade_to_head(old_store)
    made = copies(old_store)
    upgrade_to_head(old_store)  # at head already
    assert copies(old_store) == made


def test_a_failed_migration_leaves_the_database_exactly_as_it_was(
    old_store: Database, failing_migrations: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = everything(old_store)
    with pytest.raises(UpgradeFailedError) as raised:
        upgrade_to_head(old_store)
    message = raised.value.message
    assert f"from schema {OLD} to {INJECTED} failed" in message
    assert f"injected failure in migration {INJECTED}" in message
    assert "left as it was" in message
    assert "Traceback" not in message
    assert current_revision(old_store) == OLD
    assert everything(old_store) == before
    assert "upgrade_probe" not in inspect(old_store.engine).get_table_names()
    if old_store.backend == "sqlite":
        (copy,) = copies(old_store)
        assert str(copy) in message
        assert sqlite_digest(copy) == before  # the database equals its pre-upgrade copy
    # Nothing is stuck: the program's own migrations bring it to their head afterwards.
    monkeypatch.undo()
    upgrade_to_head(old_store)
    assert current_revision(old_store) == head_revision() == HEAD


def test_a_migration_that_commits_half_way_is_put_back_from_the_copy(
    old_sqlite_store: Database, failing_migrations: Path
) -> None:
    """SQLite's rollback cannot undo a migration that committed on its own before it
    failed: the file is then put back from the copy taken before the upgrade. (PostgreSQL
    has no such copy: a migration must never commit; none of ours does.)"""
    script = failing_script(before_failing='op.get_bind().exec_driver_sql("COMMIT")')
    (failing_migrations / "versions" / f"{INJECTED}_fails.py").write_text(script, encoding="utf-8")
    before = everything(old_sqlite_store)
    with pytest.raises(UpgradeFailedError, match="left as it was"):
        upgrade_to_head(old_sqlite_store)
    assert current_revision(old_sqlite_store) == OLD
    assert everything(old_sqlite_store) == before
    (copy,) = copies(old_sqlite_store)
    assert sqlite_digest(copy) == before


def test_a_database_from_a_newer_program_is_refused_and_not_copied(
    old_store: Database,
) -> None:
    with old_store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    before = everything(old_store)
    with pytest.raises(DatabaseTooNewError, match="newer version of Counter POS"):
        upgrade_to_head(old_store)
    assert everything(old_store) == before
    assert copies(old_store) == []
