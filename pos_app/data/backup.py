"""Copies of the store's database while the counters sell, and their restore into a new,
empty database (issue 17).

SQLite: the online backup API (``sqlite3.Connection.backup``) in one step, which reads
one consistent snapshot while WAL lets the counters go on writing; never a file copy.
PostgreSQL: ``pg_dump --format=custom`` from a snapshot this module exports, so the
counts it reports are the dump's own; ``pg_restore --single-transaction`` back. The
password goes to those programs in PGPASSWORD, never on their command line.

A copy is written to a hidden file beside the target and renamed into place once it is
whole: a failure leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy.engine import URL, Connection

from pos_app.data.database import Database
from pos_app.data.migrate import alembic_config
from pos_app.domain.enums import Role
from pos_app.domain.errors import PosError
from pos_app.private_files import private_file

SQLITE_TIMEOUT_S = 15
CLIENT_PACKAGE = (
    "install PostgreSQL's client programs, at the server's major version or newer "
    "(Debian/Ubuntu: sudo apt-get install postgresql-client; Windows and macOS: the "
    "PostgreSQL installer's command line tools)"
)
#: (table, query): what the report counts (customers, products, sales), as health does.
COUNTS = (
    ("accounts", f"SELECT count(*) FROM accounts WHERE role = '{Role.CUSTOMER.value}'"),
    ("products", "SELECT count(*) FROM products"),
    ("sales", "SELECT count(*) FROM sales"),
)


class BackupError(PosError):
    """A backup or restore that was refused or failed; nothing was written."""


@dataclass(frozen=True)
class Snapshot:
    """What a copy holds: its schema revision and what health counts."""

    revision: str | None
    customers: int
    products: int
    sales: int


def known_revisions() -> frozenset[str]:
    """Every schema revision this program knows (a backup at another is from a newer one)."""
    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(revision.revision for revision in script.walk_revisions())


# -- SQLite ----------------------------------------------------------------------------------
def _uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


@contextlib.contextmanager
def _sqlite(path: Path, mode: str = "rw") -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(_uri(path, mode), uri=True, timeout=SQLITE_TIMEOUT_S)
    try:
        yield connection
    finally:
        connection.close()


def _tables(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {str(name) for (name,) in rows}


def sqlite_snapshot(connection: sqlite3.Connection) -> Snapshot:
    tables = _tables(connection)
    revision = None
    if "alembic_version" in tables:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = str(row[0]) if row else None
    counts = [
        int(connection.execute(query).fetchone()[0]) if table in tables else 0
        for table, query in COUNTS
    ]
    return Snapshot(revision, *counts)


def check_integrity(connection: sqlite3.Connection, what: str) -> None:
    problems = [str(row[0]) for row in connection.execute("PRAGMA integrity_check").fetchall()]
    if problems != ["ok"]:
        raise BackupError(f"{what} is damaged ({'; '.join(problems[:3])}); nothing was written")


def writable_target(target: Path) -> None:
    if target.exists():
        raise BackupError(f"{target} already exists; choose a new file name. Nothing was written")
    folder = target.parent
    if not folder.is_dir():
        raise BackupError(f"There is no folder {folder}; nothing was written")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BackupError(f"The folder {folder} is not writable; nothing was written")


def partial_file(target: Path) -> Path:
    """The hidden file a copy is written to, created empty and 0600 (SQLite and pg_dump
    keep an existing file's mode): a copy holds all the store's data."""
    return private_file(target.with_name(f".{target.name}.partial-{uuid.uuid4().hex[:8]}"))


def place_file(partial: Path, target: Path) -> None:
    """Make the whole copy the target: flushed to the disk first, then renamed."""
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)


def _copy_pages(source: sqlite3.Connection, partial: Path) -> Snapshot:
    """The backup API in one step (one consistent read), into a self-contained file."""
    with contextlib.closing(sqlite3.connect(partial)) as copy:
        source.backup(copy)  # pages=-1: all of it under one read lock
        copy.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
        check_integrity(copy, "The copy")
        return sqlite_snapshot(copy)


def backup_sqlite(source: Path, target: Path) -> Snapshot:
    """A consistent copy of the SQLite file ``source`` while it is in use, into ``target``
    (which must not exist yet)."""
    if not source.is_file():
        raise BackupError(f"No database file at {source}; nothing was written")
    writable_target(target)
    partial = partial_file(target)
    try:
        with _sqlite(source, "rw") as connection:
            connection.execute(f"PRAGMA busy_timeout={SQLITE_TIMEOUT_S * 1000}")
            if "alembic_version" not in _tables(connection):
                raise BackupError(f"{source} holds no Counter POS data; nothing was written")
            snapshot = _copy_pages(connection, partial)
        place_file(partial, target)
    except sqlite3.DatabaseError as exc:
        raise BackupError(
            f"{source} cannot be read as a database ({exc}); nothing was written"
        ) from None
    finally:
        partial.unlink(missing_ok=True)
    return snapshot


def read_sqlite_backup(source: Path) -> Snapshot:
    """What a backup file holds, after checking it is a whole, undamaged SQLite file."""
    if not source.is_file():
        raise BackupError(f"There is no backup file {source}")
    try:
        with _sqlite(source, "ro") as connection:
            check_integrity(connection, f"The backup {source}")
            if "alembic_version" not in _tables(connection):
                raise BackupError(f"{source} is not a Counter POS backup; nothing was written")
            return sqlite_snapshot(connection)
    except sqlite3.DatabaseError as exc:
        raise BackupError(
            f"{source} is not a whole SQLite backup ({exc}): damaged or cut short. "
            "Nothing was written"
        ) from None


def check_sqlite_empty(target: Path) -> None:
    """Refuse a target file that holds anything: a restore only makes a new database."""
    if not target.parent.is_dir():
        raise BackupError(f"There is no folder {target.parent}; nothing was written")
    wal = target.with_name(target.name + "-wal")
    tables: set[str] = set()
    if target.exists() and target.stat().st_size:
        try:
            with _sqlite(target, "ro") as connection:
                tables = _tables(connection)
        except sqlite3.DatabaseError:
            raise BackupError(f"{target} is not an empty database; nothing was written") from None
    if tables:
        raise BackupError(
            f"{target} is not empty (it has {len(tables)} tables): a restore only makes a "
            "new database. Choose a new file; nothing was written"
        )
    if wal.exists() and wal.stat().st_size:
        raise BackupError(f"{target} is in use (it has a -wal file); nothing was written")


def restore_sqlite(source: Path, target: Path) -> Snapshot:
    """The backup ``source`` (already checked) copied by the backup API into ``target``."""
    check_sqlite_empty(target)
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise BackupError(f"The folder {target.parent} is not writable; nothing was written")
    partial = partial_file(target)
    try:
        with _sqlite(source, "ro") as connection:
            snapshot = _copy_pages(connection, partial)
        place_file(partial, target)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"The restore failed ({exc}); nothing was written") from None
    finally:
        partial.unlink(missing_ok=True)
    return snapshot


def sqlite_digest(path: Path) -> str:
    """A digest of everything a SQLite file holds: its schema (tables, indexes, triggers,
    views) and every row of every table, in a fixed order. Two files that hold the same
    give the same digest, whatever their pages look like."""
    digest = hashlib.sha256()
    with _sqlite(path, "ro") as connection:
        schema = connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        digest.update(repr(schema).encode())
        for kind, name, _, sql in schema:
            if kind != "table" or str(sql or "").upper().startswith("CREATE VIRTUAL"):
                continue  # a virtual table's rows live in its shadow tables, read as tables
            columns = len(connection.execute(f'PRAGMA table_info("{name}")').fetchall())
            order = ", ".join(str(at) for at in range(1, columns + 1))
            digest.update(f"\0{name}\0".encode())
            for row in connection.execute(f'SELECT * FROM "{name}" ORDER BY {order}'):
                digest.update(repr(row).encode())
    return digest.hexdigest()


def put_back_sqlite(copy: Path, target: Path) -> None:
    """Make ``target`` hold exactly what ``copy`` holds again, through the backup API
    (which takes the write lock and goes through the target's journal, so a reader never
    sees half of it): after an upgrade that failed and could not roll itself back."""
    with _sqlite(copy, "ro") as source, _sqlite(target, "rw") as destination:
        source.backup(destination)


# -- PostgreSQL ------------------------------------------------------------------------------
def pg_program(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(f"{name} is not on this computer: {CLIENT_PACKAGE}. Nothing was written")
    return found


def _without_pg() -> dict[str, str]:
    """This process's environment without libpq's PG* variables, which would override
    what is given."""
    return {k: v for k, v in os.environ.items() if not k.startswith("PG")}


def pg_environment(url: URL) -> dict[str, str]:
    """The connection for pg_dump and pg_restore, as libpq's variables: nothing secret on
    a command line, where other users of the computer could read it."""
    env = _without_pg()
    pairs = {
        "PGHOST": url.host,
        "PGPORT": str(url.port) if url.port else None,
        "PGUSER": url.username,
        "PGPASSWORD": url.password if isinstance(url.password, str) else None,
        "PGDATABASE": url.database,
        "PGCONNECT_TIMEOUT": "10",
    }
    for key, value in url.query.items():
        option = value if isinstance(value, str) else value[-1]
        if key in ("sslmode", "sslrootcert", "sslcert", "sslkey"):
            pairs[f"PG{key.upper()}"] = option
    env.update({key: value for key, value in pairs.items() if value})
    return env


def _run(command: list[str], env: dict[str, str], what: str) -> str:
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        said = " ".join(done.stderr.strip().splitlines()[-3:]) or f"exit status {done.returncode}"
        raise BackupError(f"{what} failed: {said}. Nothing was written")
    return done.stdout


def _pg_snapshot_counts(connection: Connection) -> Snapshot:
    execute = connection.exec_driver_sql
    has_version = execute("SELECT to_regclass('alembic_version') IS NOT NULL").scalar()
    if not has_version:
        raise BackupError("This database holds no Counter POS data; nothing was written")
    revision = execute("SELECT version_num FROM alembic_version").scalar()
    counts = [int(execute(query).scalar() or 0) for _, query in COUNTS]
    return Snapshot(revision, *counts)


@contextlib.contextmanager
def pg_snapshot(db: Database) -> Iterator[tuple[Connection, Snapshot, str]]:
    """One REPEATABLE READ transaction: its connection, what it counts, and its snapshot
    exported for pg_dump. Every read of a backup goes through it (or pg_dump through the
    exported snapshot), so the counts reported are the copy's own."""
    engine = db.engine.execution_options(isolation_level="REPEATABLE READ")
    with db.translate_errors(), engine.connect() as connection, connection.begin():
        # A copy may take a while: this transaction holds the snapshot meanwhile.
        connection.exec_driver_sql("SET LOCAL idle_in_transaction_session_timeout = 0")
        snapshot = _pg_snapshot_counts(connection)
        exported = str(connection.exec_driver_sql("SELECT pg_export_snapshot()").scalar())
        yield connection, snapshot, exported


def pg_dump_found() -> bool:
    """pg_dump is on this computer: its custom format is preferred (``backup_copy``
    otherwise)."""
    return shutil.which("pg_dump") is not None


def backup_postgres(db: Database, target: Path) -> Snapshot:
    """``pg_dump --format=custom`` of the exported snapshot whose counts are returned."""
    program = pg_program("pg_dump")
    writable_target(target)
    partial = partial_file(target)
    try:
        with pg_snapshot(db) as (_, snapshot, exported):
            _run(
                [
                    program,
                    "--format=custom",
                    "--no-password",
                    f"--snapshot={exported}",
                    f"--file={partial}",
                ],
                pg_environment(db.url),
                "pg_dump",
            )
        place_file(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return snapshot


def dump_revision(source: Path) -> str | None:
    """The schema revision a pg_dump custom-format file holds, read without restoring it;
    a file pg_restore cannot read is refused."""
    if not source.is_file():
        raise BackupError(f"There is no backup file {source}")
    program = pg_program("pg_restore")
    done = subprocess.run(
        [program, "--data-only", "--table=alembic_version", "--file=-", str(source)],
        env=_without_pg(),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        said = " ".join(done.stderr.strip().splitlines()[-2:])
        raise BackupError(
            f"{source} is not a whole pg_dump custom-format backup ({said}): damaged or "
            "cut short. Nothing was written"
        )
    lines = done.stdout.splitlines()
    for at, line in enumerate(lines):
        if line.startswith("COPY ") and "alembic_version" in line and at + 1 < len(lines):
            value = lines[at + 1].strip()
            return None if value == "\\." else value
    return None


def check_postgres_empty(db: Database) -> None:
    def tables(connection: object) -> int:
        return int(
            connection.exec_driver_sql(  # type: ignore[attr-defined]
                "SELECT count(*) FROM information_schema.tables "
                "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
            ).scalar()
        )

    with db.translate_errors(), db.engine.connect() as connection:
        found = tables(connection)
    if found:
        raise BackupError(
            f"The database {db.location} is not empty (it has {found} tables): a restore "
            "only fills a new database (createdb). Nothing was written"
        )


def _conninfo_value(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def restore_postgres(source: Path, db: Database) -> None:
    """``pg_restore`` into the empty database, all of it or nothing (one transaction).
    Owners and grants are left out: the roles of the old server may not exist here."""
    program = pg_program("pg_restore")
    check_postgres_empty(db)
    _run(
        [
            program,
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            "--no-password",
            f"--dbname=dbname={_conninfo_value(db.url.database or '')}",
            str(source),
        ],
        pg_environment(db.url),
        "pg_restore",
    )
