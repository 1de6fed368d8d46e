"""Bring a database to the program's schema at start-up, through the app's own engine."""

from __future__ import annotations

import logging

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from pos_app.data.database import Database
from pos_app.domain.errors import DatabaseTooNewError
from pos_app.shipped import shipped_dir

log = logging.getLogger(__name__)

#: The clone's migrations/, or pos_app/_migrations where the program is installed.
MIGRATIONS_DIR = shipped_dir("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations found"
    return head


def current_revision(db: Database) -> str | None:
    with db.translate_errors(), db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _check_not_newer(connection: Connection, script: ScriptDirectory) -> None:
    current = MigrationContext.configure(connection).get_current_revision()
    known = {revision.revision for revision in script.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseTooNewError(
            f"This database was set up by a newer version of Counter POS (schema {current}). "
            "Update this program; the database was not changed."
        )


def _run(db: Database, target: str, direction: str) -> None:
    script = ScriptDirectory.from_config(alembic_config())
    with db.translate_errors(), db.engine.connect() as connection:
        sqlite = db.backend == "sqlite"
        if sqlite:
            # Batch migrations rebuild tables; with foreign keys on, dropping the old table
            # would cascade. The pragma only works outside a transaction.
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with connection.begin():
                _check_not_newer(connection, script)
                config = alembic_config(connection)
                if direction == "up":
                    command.upgrade(config, target)
                else:
                    command.downgrade(config, target)
                if sqlite:
                    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise RuntimeError(f"foreign key check failed after migration: {problems}")
        finally:
            if sqlite:
                connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def upgrade_to_head(db: Database) -> None:
    """Migrate to the newest schema; refuse, changing nothing, if the database is newer."""
    _run(db, "head", "up")
    log.info("database %s at schema %s", db.location, head_revision())


def downgrade(db: Database, target: str = "base") -> None:
    _run(db, target, "down")
