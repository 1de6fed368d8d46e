"""Migrations: empty to head, down to base and up again, no drift, refuse newer schemas."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from conftest import PgServer
from sqlalchemy import inspect

from pos_app.data.database import Database
from pos_app.data.migrate import current_revision, downgrade, head_revision, upgrade_to_head
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
