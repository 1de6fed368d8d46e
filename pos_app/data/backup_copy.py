"""A PostgreSQL backup without pg_dump (issue 17: "or a documented equivalent when pg_dump
is missing"), and its restore without pg_restore.

``pos-admin backup`` writes it when pg_dump is not on the computer; pg_dump's custom
format stays the preferred one (it carries the schema itself, and pg_restore reads any
PostgreSQL's). The file is a zip archive (``unzip -l`` lists it):

- ``tables/<table>.copy``: each table's rows as ``COPY (SELECT ... ORDER BY key) TO
  STDOUT`` wrote them (PostgreSQL's text format, the one pg_dump uses), all of them read
  in the one REPEATABLE READ snapshot ``backup.pg_snapshot`` takes (the pg_dump path's);
- ``manifest.json``: the format's name and version, the schema revision, each table's
  columns, row count and SHA-256, each sequence's value, and what health counts;
- the archive's comment: the SHA-256 of every byte before it, so that a file cut short
  or with one byte changed anywhere is refused before the database is touched.

The schema is not in the file: the restore migrates the new database to the file's
revision with this program's own migrations, then loads every table in one transaction
(refused, changing nothing, unless every row came back exactly).
"""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

import psycopg
from alembic import command
from sqlalchemy.engine import Connection

from pos_app.data.backup import (
    BackupError,
    Snapshot,
    check_postgres_empty,
    partial_file,
    pg_snapshot,
    place_file,
    writable_target,
)
from pos_app.data.database import Database
from pos_app.data.migrate import alembic_config

FORMAT = "counter-pos-postgresql-copy"
VERSION = 1
MANIFEST = "manifest.json"
#: The archive's comment: this, then the hex SHA-256 of every byte before the comment.
SEAL = b"counter-pos sha256 "
SEAL_SIZE = len(SEAL) + 64
CHUNK = 1 << 20
#: How values are written as text, the same at both ends whatever the server's defaults.
SESSION = (
    "SET LOCAL client_encoding = 'UTF8'",
    "SET LOCAL DateStyle = 'ISO, YMD'",
    "SET LOCAL IntervalStyle = 'postgres'",
    "SET LOCAL TimeZone = 'UTC'",
    "SET LOCAL extra_float_digits = 3",
    "SET LOCAL bytea_output = 'hex'",
)
#: Every table of the schema but Alembic's own (the migration writes it): columns in
#: order (generated ones are computed again), and the key that orders the rows.
TABLES = """
SELECT c.relname,
       array_agg(a.attname::text ORDER BY a.attnum) FILTER (WHERE a.attgenerated = ''),
       array_agg(a.attcollation <> 0 ORDER BY a.attnum) FILTER (WHERE a.attgenerated = ''),
       coalesce((SELECT array_agg(k.attnum ORDER BY k.ord)
                   FROM pg_constraint p, unnest(p.conkey) WITH ORDINALITY AS k(attnum, ord)
                  WHERE p.conrelid = c.oid AND p.contype = 'p'), '{}'),
       array_agg(a.attnum ORDER BY a.attnum) FILTER (WHERE a.attgenerated = '')
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
   AND c.relname <> 'alembic_version'
 GROUP BY c.oid, c.relname
 ORDER BY c.relname
"""
SEQUENCES = """
SELECT sequencename::text, last_value FROM pg_sequences
 WHERE schemaname = current_schema() ORDER BY sequencename
"""
#: (sequence, table, column) of each sequence a column owns (serial, identity).
OWNED = """
SELECT s.relname, t.relname, a.attname
  FROM pg_class s
  JOIN pg_namespace n ON n.oid = s.relnamespace AND n.nspname = current_schema()
  JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass
                  AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
  JOIN pg_class t ON t.oid = d.refobjid
  JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
 WHERE s.relkind = 'S'
"""
#: (table, the table it references) of every foreign key between two tables.
REFERENCES = """
SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c
  JOIN pg_namespace n ON n.oid = c.connamespace AND n.nspname = current_schema()
 WHERE c.contype = 'f' AND c.conrelid <> c.confrelid
"""


@dataclass(frozen=True)
class TableCopy:
    """One table in the file: its columns, and what its rows' text holds."""

    name: str
    columns: tuple[str, ...]
    rows: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    revision: str
    tables: tuple[TableCopy, ...]
    #: sequence name -> its last value (None: never used)
    sequences: dict[str, int | None]
    counts: Snapshot


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class _Table:
    name: str
    columns: tuple[str, ...]
    order: str

    def select(self) -> str:
        listed = ", ".join(quoted(column) for column in self.columns)
        return f"SELECT {listed} FROM {quoted(self.name)} ORDER BY {self.order}"


def _tables(connection: Connection) -> dict[str, _Table]:
    """The schema's tables, each with the order its rows are written in: by primary key
    (else by every column), text compared byte by byte (``COLLATE "C"``) so that another
    server's collation orders them alike."""
    found = {}
    for name, columns, collated, key, numbers in connection.exec_driver_sql(TABLES):
        at = dict(zip(numbers, zip(columns, collated, strict=True), strict=True))
        ordering = [at[number] for number in key if number in at] or list(at.values())
        order = ", ".join(
            quoted(column) + (' COLLATE "C"' if text else "") for column, text in ordering
        )
        found[str(name)] = _Table(str(name), tuple(columns), order)
    return found


def _raw(connection: Connection) -> Any:
    """psycopg's connection under SQLAlchemy's, in the same transaction (its COPY API)."""
    return connection.connection.driver_connection


def _session(connection: Connection) -> None:
    for statement in SESSION:
        connection.exec_driver_sql(statement)


def _copy_out(connection: Connection, table: _Table, into: IO[bytes] | None) -> tuple[int, str]:
    """(rows, SHA-256) of ``table``'s rows as COPY writes them, written ``into`` if given."""
    digest = hashlib.sha256()
    rows = 0
    try:
        with (
            _raw(connection).cursor() as cursor,
            cursor.copy(f"COPY ({table.select()}) TO STDOUT") as copy,
        ):
            for chunk in copy:
                data = bytes(chunk)
                digest.update(data)
                rows += data.count(b"\n")
                if into is not None:
                    into.write(data)
    except psycopg.Error as exc:
        raise BackupError(
            f"Reading table {table.name} failed ({_first_line(exc)}); nothing was written"
        ) from None
    return rows, digest.hexdigest()


def _first_line(exc: Exception) -> str:
    """The server's message without its DETAIL, which may quote a customer's data."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


# -- the backup --------------------------------------------------------------------------------
def backup_copy(db: Database, target: Path) -> Snapshot:
    """Every table of the database at ``db`` into the new file ``target``, read in one
    snapshot; nothing is left behind if anything fails."""
    writable_target(target)
    partial = partial_file(target)
    try:
        with pg_snapshot(db) as (connection, counts, _exported):
            _session(connection)
            manifest = _write_archive(connection, partial, counts)
        _seal(partial)
        place_file(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return manifest.counts


def _write_archive(connection: Connection, partial: Path, counts: Snapshot) -> Manifest:
    if counts.revision is None:
        raise BackupError("This database holds no Counter POS schema; nothing was written")
    copies = []
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        archive.comment = SEAL + b"0" * 64  # the digest goes there once the file is whole
        for table in _tables(connection).values():
            with archive.open(f"tables/{table.name}.copy", "w", force_zip64=True) as member:
                rows, digest = _copy_out(connection, table, member)
            copies.append(TableCopy(table.name, table.columns, rows, digest))
        sequences = {
            str(name): None if value is None else int(value)
            for name, value in connection.exec_driver_sql(SEQUENCES)
        }
        manifest = Manifest(counts.revision, tuple(copies), sequences, counts)
        archive.writestr(MANIFEST, json.dumps(_manifest_json(manifest), indent=1))
    return manifest


def _manifest_json(manifest: Manifest) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "revision": manifest.revision,
        "tables": [asdict(table) for table in manifest.tables],
        "sequences": manifest.sequences,
        "counts": asdict(manifest.counts),
    }


def _file_digest(handle: IO[bytes], size: int) -> str:
    digest = hashlib.sha256()
    handle.seek(0)
    left = size
    while left > 0:
        chunk = handle.read(min(CHUNK, left))
        if not chunk:
            break
        digest.update(chunk)
        left -= len(chunk)
    return digest.hexdigest()


def _seal(path: Path) -> None:
    """Write the digest of every byte before the archive's comment into the comment."""
    size = path.stat().st_size
    with open(path, "rb+") as handle:
        digest = _file_digest(handle, size - SEAL_SIZE)
        handle.seek(size - SEAL_SIZE)
        handle.write(SEAL + digest.encode())


# -- reading a file back -------------------------------------------------------------------------
def is_copy_backup(source: Path) -> bool:
    """The file is of this format (a zip archive; pg_dump's begins "PGDMP"), whole or not."""
    try:
        with open(source, "rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def _damaged(source: Path, why: str) -> BackupError:
    return BackupError(
        f"{source} is not a whole Counter POS backup ({why}): damaged or cut short. "
        "Nothing was written"
    )


def _check_seal(source: Path) -> None:
    size = source.stat().st_size
    with open(source, "rb") as handle:
        if size <= SEAL_SIZE:
            raise _damaged(source, "too short")
        handle.seek(size - SEAL_SIZE)
        seal = handle.read(SEAL_SIZE)
        if not seal.startswith(SEAL):
            raise _damaged(source, "its end is missing")
        if seal[len(SEAL) :].decode("ascii", "replace") != _file_digest(handle, size - SEAL_SIZE):
            raise _damaged(source, "its checksum differs: a byte was changed")


def _parse_manifest(source: Path, data: dict[str, Any]) -> Manifest:
    if data.get("format") != FORMAT:
        raise _damaged(source, "no Counter POS manifest")
    if data.get("version") != VERSION:
        raise BackupError(
            f"{source} is in version {data.get('version')} of its format, made by a newer "
            "Counter POS; update this program first. Nothing was written"
        )
    tables = tuple(
        TableCopy(t["name"], tuple(t["columns"]), int(t["rows"]), str(t["sha256"]))
        for t in data["tables"]
    )
    sequences = {str(k): None if v is None else int(v) for k, v in data["sequences"].items()}
    return Manifest(str(data["revision"]), tables, sequences, Snapshot(**data["counts"]))


def _check_member(archive: zipfile.ZipFile, table: TableCopy) -> None:
    digest = hashlib.sha256()
    rows = 0
    with archive.open(f"tables/{table.name}.copy") as member:
        while chunk := member.read(CHUNK):
            digest.update(chunk)
            rows += chunk.count(b"\n")
    if (rows, digest.hexdigest()) != (table.rows, table.sha256):
        raise BackupError(f"table {table.name} differs from its manifest")


def read_copy_backup(source: Path) -> Manifest:
    """The manifest of the file ``source``, once every byte of it is checked: the seal,
    the archive's own checks, each table's row count and SHA-256."""
    if not source.is_file():
        raise BackupError(f"There is no backup file {source}")
    _check_seal(source)
    try:
        with zipfile.ZipFile(source) as archive:
            manifest = _parse_manifest(source, json.loads(archive.read(MANIFEST)))
            expected = {f"tables/{t.name}.copy" for t in manifest.tables} | {MANIFEST}
            if set(archive.namelist()) != expected:
                raise _damaged(source, "its files differ from its manifest")
            for table in manifest.tables:
                _check_member(archive, table)
    except BackupError as exc:
        if "Nothing was written" in str(exc):
            raise
        raise _damaged(source, str(exc)) from None
    except (zipfile.BadZipFile, zlib.error, KeyError, ValueError, TypeError, EOFError) as exc:
        raise _damaged(source, str(exc) or type(exc).__name__) from None
    return manifest


# -- the restore ---------------------------------------------------------------------------------
def restore_copy(source: Path, manifest: Manifest, db: Database) -> None:
    """The checked file ``source`` into the new, empty database at ``db``, in one
    transaction: migrated to the file's revision, every table loaded with COPY in the
    order of its references, sequences set past what the rows use, every row read back
    and compared with the manifest. Anything wrong: rolled back, the database left empty.

    While loading, the tables' own triggers (not the foreign keys') are off: the
    catalogue's change stamps, the pricing version and the promotions' stamp would
    rewrite the rows they fire on, and the rows must come back as they were. Turning them
    off is the tables' owner's right, whom the migration made the restoring login; the
    append-only triggers refuse UPDATE, DELETE and TRUNCATE only, never a row loaded."""
    check_postgres_empty(db)
    with db.translate_errors(), db.engine.connect() as connection, connection.begin():
        command.upgrade(alembic_config(connection), manifest.revision)
        _session(connection)
        tables = _tables(connection)
        _check_same_tables(source, manifest, tables)
        names = ", ".join(quoted(name) for name in tables)
        for name in tables:
            connection.exec_driver_sql(f"ALTER TABLE {quoted(name)} DISABLE TRIGGER USER")
        connection.exec_driver_sql(f"TRUNCATE {names}")  # the rows the migrations wrote
        with zipfile.ZipFile(source) as archive:
            for name in _load_order(connection, list(tables)):
                _copy_in(connection, archive, tables[name])
        _set_sequences(connection, manifest.sequences)
        for name in tables:
            connection.exec_driver_sql(f"ALTER TABLE {quoted(name)} ENABLE TRIGGER USER")
        _check_loaded(source, connection, manifest, tables)


def _check_same_tables(source: Path, manifest: Manifest, tables: dict[str, _Table]) -> None:
    theirs = {table.name: table.columns for table in manifest.tables}
    ours = {name: table.columns for name, table in tables.items()}
    if theirs != ours:
        different = sorted(set(theirs.items()) ^ set(ours.items()))
        raise BackupError(
            f"{source}'s tables differ from schema {manifest.revision}'s as this program "
            f"makes it ({', '.join(sorted({name for name, _ in different}))}); "
            "nothing was written"
        )


def _load_order(connection: Connection, names: list[str]) -> list[str]:
    """Every table after the tables it references (a cycle, which the schema has not,
    would be loaded in name order and refused by its foreign key)."""
    needs: dict[str, set[str]] = {name: set() for name in names}
    for table, referenced in connection.exec_driver_sql(REFERENCES):
        if str(table) in needs and str(referenced) in needs:
            needs[str(table)].add(str(referenced))
    order: list[str] = []
    while needs:
        ready = sorted(name for name, wanted in needs.items() if not wanted - set(order))
        for name in ready or sorted(needs):
            order.append(name)
            needs.pop(name)
    return order


def _copy_in(connection: Connection, archive: zipfile.ZipFile, table: _Table) -> None:
    listed = ", ".join(quoted(column) for column in table.columns)
    statement = f"COPY {quoted(table.name)} ({listed}) FROM STDIN"
    try:
        with (
            archive.open(f"tables/{table.name}.copy") as member,
            _raw(connection).cursor() as cursor,
            cursor.copy(statement) as copy,
        ):
            while chunk := member.read(CHUNK):
                copy.write(chunk)
    except psycopg.Error as exc:  # a row the schema refuses (the same key twice), or the link
        raise BackupError(
            f"The rows of table {table.name} cannot be loaded ({_first_line(exc)}); "
            "nothing was written"
        ) from None


def _set_sequences(connection: Connection, sequences: dict[str, int | None]) -> None:
    """Each sequence where the backup's was, and past the largest value its column holds
    (a value drawn after the snapshot but before the copy read the sequence is skipped,
    never reused)."""
    owned = {str(s): (str(t), str(c)) for s, t, c in connection.exec_driver_sql(OWNED)}
    for name, value in sequences.items():
        used = value or 0
        if name in owned:
            table, column = owned[name]
            top = connection.exec_driver_sql(
                f"SELECT max({quoted(column)}) FROM {quoted(table)}"
            ).scalar()
            used = max(used, int(top or 0))
        setter = "SELECT setval(%s::regclass, %s, %s)"
        connection.exec_driver_sql(setter, (quoted(name), max(used, 1), used > 0))


def _check_loaded(
    source: Path, connection: Connection, manifest: Manifest, tables: dict[str, _Table]
) -> None:
    for table in manifest.tables:
        rows, digest = _copy_out(connection, tables[table.name], None)
        if (rows, digest) != (table.rows, table.sha256):
            how = f"{rows} rows of {table.rows}" if rows != table.rows else "rows changed"
            raise BackupError(
                f"{source}: table {table.name} did not come back as it was backed up "
                f"({how}); nothing was written"
            )
