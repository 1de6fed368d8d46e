"""Bring a database to the program's schema at start-up, through the app's own engine.

Upgrades (issue 17): every pending migration runs in the one transaction ``_run`` opens
around the whole upgrade (BEGIN IMMEDIATE on SQLite, transactional DDL on PostgreSQL;
Alembic joins it, and transaction_per_migration stays off), so a failure rolls all of
them back (tests/test_upgrade.py: 0008, 0009 and a failing 0010, on both backends).
An older SQLite database is first copied beside its file with the backup API
(``<name>.before-<head>-<time>.db``, kept); should a failed upgrade leave the file
different from that copy, it is put back from it. A database from a newer program is
refused unchanged, and no copy is made.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import NoReturn

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from pos_app.data.database import Database
from pos_app.domain.errors import DatabaseTooNewError, PosError
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


def _run(db: Database, target: str, direction: str, script: ScriptDirectory | None = None) -> None:
    script = script or ScriptDirectory.from_config(alembic_config())
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


class UpgradeFailedError(PosError):
    """A migration failed; the database was left as it was before the upgrade."""


def upgrade_to_head(db: Database) -> None:
    """Migrate to the newest schema; refuse, changing nothing, if the database is newer.
    An older SQLite file is copied first; a failed upgrade leaves the database as it was
    and raises ``UpgradeFailedError`` (or the ``PosError`` a migration raised)."""
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    assert head is not None, "no migrations found"
    current = current_revision(db)
    known = {revision.revision for revision in script.walk_revisions()}
    copy = None
    if current is not None and current != head and current in known:
        copy = _copy_before_upgrade(db, current, head)
    try:
        _run(db, "head", "up", script)
    except DatabaseTooNewError:
        raise
    except Exception as exc:
        _after_failed_upgrade(db, exc, current, head, copy)
    log.info("database %s at schema %s", db.location, head)


def _sqlite_file(db: Database) -> Path | None:
    name = db.url.database
    if db.backend != "sqlite" or not name or name == ":memory:":
        return None
    return Path(name)


def _copy_before_upgrade(db: Database, current: str, head: str) -> Path | None:
    """SQLite: a copy of the file beside it, by the backup API, before migrating; a copy
    that cannot be made stops the upgrade with nothing changed. PostgreSQL: none (its
    transactional DDL rolls a failed upgrade back)."""
    source = _sqlite_file(db)
    if source is None:
        return None
    from pos_app.data.backup import BackupError, backup_sqlite  # noqa: PLC0415 (it imports us)

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.stem}.before-{head}-{stamp}{source.suffix or '.db'}")
    for number in range(2, 100):
        if not target.exists():
            break
        target = target.with_stem(f"{source.stem}.before-{head}-{stamp}-{number}")
    try:
        backup_sqlite(source, target)
    except BackupError as exc:
        raise UpgradeFailedError(
            f"The database (schema {current}) was not upgraded to schema {head}: no copy of "
            f"it could be made first ({exc.message}). Nothing was changed"
        ) from exc
    log.info("copied %s (schema %s) to %s before upgrading it to %s", source, current, target, head)
    return target


def _after_failed_upgrade(
    db: Database, exc: Exception, current: str | None, head: str, copy: Path | None
) -> NoReturn:
    """Raise what the person sees after a failed upgrade, once the database is checked to
    be as it was (SQLite: equal to the copy, or put back from it)."""
    log.error("upgrade of %s from %s to %s failed", db.location, current, head, exc_info=exc)
    kept = ""
    source = _sqlite_file(db)
    if copy is not None and source is not None:
        from pos_app.data.backup import put_back_sqlite, sqlite_digest  # noqa: PLC0415

        db.engine.dispose()  # no pooled connection holds a snapshot of the file
        if sqlite_digest(source) != sqlite_digest(copy):
            log.error("%s differs from its copy after the failed upgrade: putting it back", source)
            put_back_sqlite(copy, source)
            if sqlite_digest(source) != sqlite_digest(copy):
                raise UpgradeFailedError(
                    f"Upgrading the database to schema {head} failed and it could not be put "
                    f"back by itself: restore the copy {copy} (pos-admin restore). "
                    "The details are in the log"
                ) from exc
        kept = f" A copy from before the upgrade is at {copy}."
    if isinstance(exc, PosError):
        raise exc  # a migration's own message (it says what to do), as it was
    said = str(exc).strip().splitlines()
    raise UpgradeFailedError(
        f"Upgrading the database from schema {current or 'none'} to {head} failed "
        f"({type(exc).__name__}: {said[0] if said else 'no details'}); the database was left "
        f"as it was.{kept} The details are in the log"
    ) from exc


def downgrade(db: Database, target: str = "base") -> None:
    _run(db, target, "down")
