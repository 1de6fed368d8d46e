"""Backup and restore of the store's database (issue 17), for pos-admin and the desktop.

- ``backup_database(url, file)``: a consistent copy while the counters sell (PostgreSQL:
  pg_dump's custom format, else, where pg_dump is missing, ``backup_copy``'s archive).
- ``restore_database(file, url)``: into a new, empty database only; checked, then brought
  to this program's schema (a backup from a newer program is refused, nothing written).
- ``daily_backup(...)``: the desktop's copy of its SQLite file into the folder chosen in
  Settings, named by date and time, keeping the newest N.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from pos_app.data.backup import (
    BackupError,
    Snapshot,
    backup_postgres,
    backup_sqlite,
    dump_revision,
    known_revisions,
    pg_dump_found,
    read_sqlite_backup,
    restore_postgres,
    restore_sqlite,
)
from pos_app.data.backup_copy import backup_copy, is_copy_backup, read_copy_backup, restore_copy
from pos_app.data.database import Database, parse_url
from pos_app.data.migrate import current_revision, head_revision, upgrade_to_head

log = logging.getLogger(__name__)

#: The desktop's daily copies: counter-pos-20250131-221500.db
DAILY_PREFIX = "counter-pos-"
DAILY_FORMAT = "%Y%m%d-%H%M%S"
DAILY_SUFFIX = ".db"
DEFAULT_KEEP = 7
#: A copy older than this is made again at sign-in.
DUE_AFTER = timedelta(days=1)
#: A copy older than this (or none) is warned about at sign-in.
WARN_AFTER = timedelta(days=2)


@dataclass(frozen=True)
class BackupReport:
    """What a backup wrote or a restore made."""

    path: str
    size: int
    backend: str
    revision: str | None
    customers: int
    products: int
    sales: int
    #: The file's format, where PostgreSQL has two ("" for SQLite's one).
    kind: str = ""

    def describe(self) -> str:
        kind = f" ({self.kind})" if self.kind else ""
        return (
            f"{self.path}{kind}: {self.size:,} bytes, schema {self.revision or 'none'}, "
            f"{self.sales} sales, {self.products} products, {self.customers} customers"
        )


#: What each PostgreSQL format is called in a report.
PG_DUMP_KIND = "pg_dump custom format"
COPY_KIND = "Counter POS COPY archive, pg_dump not found"


def _report(
    path: Path | str, size: int, backend: str, snapshot: Snapshot, kind: str = ""
) -> BackupReport:
    return BackupReport(
        str(path),
        size,
        backend,
        snapshot.revision,
        snapshot.customers,
        snapshot.products,
        snapshot.sales,
        kind,
    )


def _sqlite_file(url: str) -> Path | None:
    parsed = parse_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        raise BackupError("An in-memory database cannot be backed up or restored")
    return Path(parsed.database)


def backup_database(url: str, target: str | Path) -> BackupReport:
    """A consistent copy of the database at ``url`` into the new file ``target``."""
    target = Path(target).expanduser().absolute()
    source = _sqlite_file(url)
    kind = ""
    if source is not None:
        snapshot = backup_sqlite(source, target)
        backend = "sqlite"
    else:
        db = Database(url)
        dump = pg_dump_found()  # preferred; the archive where it is missing
        kind = PG_DUMP_KIND if dump else COPY_KIND
        try:
            snapshot = backup_postgres(db, target) if dump else backup_copy(db, target)
        finally:
            db.dispose()
        backend = "postgresql"
    report = _report(target, target.stat().st_size, backend, snapshot, kind)
    log.info("backup written: %s", report.describe())
    return report


def _check_known(revision: str | None, source: Path) -> None:
    if revision is None:
        raise BackupError(f"{source} holds no Counter POS schema; nothing was written")
    if revision not in known_revisions():
        raise BackupError(
            f"{source} was made by a newer version of Counter POS (schema {revision}); "
            "update this program first. Nothing was written"
        )


def restore_database(source: str | Path, url: str) -> BackupReport:
    """The backup ``source`` into the new, empty database at ``url``: checked first (a
    damaged or newer backup, or a database with anything in it, is refused and nothing is
    written), then migrated to this program's schema if it is older."""
    source = Path(source).expanduser().absolute()
    target = _sqlite_file(url)
    if target is not None:
        if is_copy_backup(source):
            raise BackupError(
                f"{source} is a backup of a PostgreSQL store: restore it into a new "
                "PostgreSQL database (--database postgresql+psycopg://...). Nothing was written"
            )
        _check_known(read_sqlite_backup(source).revision, source)
        restore_sqlite(source, target)  # refuses a target with anything in it
    else:
        _restore_postgres(source, url)
    db = Database(url)
    try:
        if current_revision(db) != head_revision():
            upgrade_to_head(db)
        customers, products, sales = db.read(lambda tx: tx.reports.counts())
        snapshot = Snapshot(current_revision(db), customers, products, sales)
        backend = db.backend
    finally:
        db.dispose()
    size = target.stat().st_size if target is not None else source.stat().st_size
    report = _report(target or db.location, size, backend, snapshot)
    log.info("restored %s: %s", source, report.describe())
    return report


def _restore_postgres(source: Path, url: str) -> None:
    """pg_restore for a dump, COPY for the archive written without pg_dump; either one
    checked whole before anything is written, and refused over a non-empty database."""
    copy = is_copy_backup(source)
    if copy:
        manifest = read_copy_backup(source)
        _check_known(manifest.revision, source)
    else:
        _check_known(dump_revision(source), source)
    db = Database(url)
    try:
        if copy:
            restore_copy(source, manifest, db)
        else:
            restore_postgres(source, db)
    finally:
        db.dispose()


# -- the desktop's daily copy ----------------------------------------------------------------
def daily_name(when: datetime) -> str:
    return f"{DAILY_PREFIX}{when.strftime(DAILY_FORMAT)}{DAILY_SUFFIX}"


def daily_copies(folder: Path) -> list[Path]:
    """The daily copies in ``folder``, oldest first (their names sort by time)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{DAILY_PREFIX}*{DAILY_SUFFIX}"):
        stamp = path.name[len(DAILY_PREFIX) : -len(DAILY_SUFFIX)]
        try:
            datetime.strptime(stamp, DAILY_FORMAT)
        except ValueError:
            continue  # not one of ours
        found.append(path)
    return sorted(found)


def check_backup_folder(folder: str) -> Path:
    """The folder for daily copies; refused with a message if it cannot be one."""
    path = Path(folder).expanduser()
    if not path.is_absolute():
        raise BackupError("Give the backup folder's full path (e.g. /media/usb/backups)")
    if not path.is_dir():
        raise BackupError(f"There is no folder {path}: create it first")
    if not os.access(path, os.W_OK | os.X_OK):
        raise BackupError(f"The folder {path} is not writable")
    return path


def daily_backup(sqlite_file: str, folder: str, keep: int, now: datetime) -> BackupReport:
    """Copy this counter's SQLite file into ``folder`` and keep only the newest ``keep``
    daily copies there. Runs on a worker thread: the till goes on selling meanwhile."""
    where = check_backup_folder(folder)
    target = where / daily_name(now)
    report = backup_database(f"sqlite:///{sqlite_file}", target)
    for old in daily_copies(where)[: -max(1, keep)]:
        old.unlink(missing_ok=True)
        log.info("old backup removed: %s", old)
    return report


def backup_due(last: datetime | None, now: datetime) -> bool:
    return last is None or now - last > DUE_AFTER


def backup_warning(last: datetime | None, now: datetime) -> str | None:
    """What sign-in says when the last copy is more than two days old, or there is none."""
    if last is None:
        return "No backup of this store's data has been made"
    age = now - last
    if age <= WARN_AFTER:
        return None
    return f"The last backup of this store's data is {age.days} days old ({last:%Y-%m-%d %H:%M})"
