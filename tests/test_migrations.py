"""Migrations: empty to head, down to base and up again, no drift, refuse newer schemas."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from conftest import PgServer
from sqlalchemy import inspect, text

from pos_app.data.database import Database
from pos_app.data.migrate import (
    _run,
    alembic_config,
    current_revision,
    downgrade,
    head_revision,
    upgrade_to_head,
)
from pos_app.data.models import Base
from pos_app.data.search_index import described_by_metadata
from pos_app.domain.errors import DatabaseTooNewError


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        db = Database(f"sqlite:///{tmp_path / 'empty.db'}")
        yield db
        db.dispose()
        return
    server: PgServer = request.getfixturevalue("pg_server")
    url = server.create_database("pos_migrate")
    db = Database(url)
    yield db
    db.dispose()
    server.drop_database(url)


def tables(db: Database) -> set[str]:
    return set(inspect(db.engine).get_table_names())


def drift(db: Database) -> list[object]:
    with db.engine.connect() as connection:
        opts = {"compare_type": True, "include_name": described_by_metadata}
        context = MigrationContext.configure(connection, opts=opts)
        return list(compare_metadata(context, Base.metadata))


def test_upgrade_from_empty_to_head_then_down_to_base_and_up_again(empty_db: Database) -> None:
    assert current_revision(empty_db) is None
    upgrade_to_head(empty_db)
    assert current_revision(empty_db) == head_revision()
    assert set(Base.metadata.tables) <= tables(empty_db)
    assert drift(empty_db) == []

    downgrade(empty_db, "base")
    assert current_revision(empty_db) is None
    assert tables(empty_db) <= {"alembic_version"}

    upgrade_to_head(empty_db)
    assert current_revision(empty_db) == head_revision()
    assert drift(empty_db) == []


def test_upgrading_twice_is_harmless(empty_db: Database) -> None:
    upgrade_to_head(empty_db)
    upgrade_to_head(empty_db)
    assert current_revision(empty_db) == head_revision()


def test_a_database_from_a_newer_program_is_refused_and_left_alone(empty_db: Database) -> None:
    upgrade_to_head(empty_db)
    with empty_db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    before = tables(empty_db)
    with pytest.raises(DatabaseTooNewError, match="newer version of Counter POS"):
        upgrade_to_head(empty_db)
    assert tables(empty_db) == before
    assert current_revision(empty_db) == "f00dfeed9999"


def triggers(db: Database) -> set[str]:
    """``table.trigger`` for every trigger of ours (not PostgreSQL's own for foreign keys)."""
    if db.backend == "sqlite":
        query = "SELECT tbl_name || '.' || name FROM sqlite_master WHERE type = 'trigger'"
    else:
        query = "SELECT tgrelid::regclass || '.' || tgname FROM pg_trigger WHERE NOT tgisinternal"
    with db.engine.connect() as connection:
        return set(connection.execute(text(query)).scalars())


@pytest.mark.slow  # every revision, one at a time, up and down: make test and CI
def test_each_downgrade_gives_back_the_triggers_its_revision_had(empty_db: Database) -> None:
    """SQLite rebuilds a table to change a constraint, and the rebuild drops the table's
    triggers: a migration that rebuilds ``products`` must make the pricing version's
    (0007) and the search index's (0009) again, going up and going down."""
    script = ScriptDirectory.from_config(alembic_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    on_the_way_up: dict[str, set[str]] = {}
    for revision in revisions:
        _run(empty_db, revision, "up")
        on_the_way_up[revision] = triggers(empty_db)
    at_head = on_the_way_up[revisions[-1]]
    pricing = "products.products_pricing" + ("_update" if empty_db.backend == "sqlite" else "")
    assert pricing in at_head
    if empty_db.backend == "sqlite":
        assert {f"products.product_search_{verb}" for verb in ("insert", "update", "delete")} <= (
            at_head
        )
    for revision in reversed(revisions[:-1]):
        downgrade(empty_db, revision)
        assert triggers(empty_db) == on_the_way_up[revision], revision
