"""The last resort for a counter's outbox (issue 15): its sales not yet confirmed by the
server, copied out to one JSON file and imported into another counter's outbox.

The file (``FORMAT``, version ``VERSION``) holds the source counter's code, the time of
the export and, for each row in ``waiting``, ``set_aside`` or ``conflict``: its counter
number, UUID, the counter's clock, state, attempts, why it last failed and its body
exactly as the outbox keeps it (``outbox.to_body``). A SHA-256 of the rest of the
document closes it: a file cut short, damaged or edited is refused whole.

- ``read_exportable`` reads the source file without changing it (no schema step, no row
  written; a file that is missing is not created).
- ``write_export`` writes a temporary file in the target's folder, 0600, syncs it and
  renames it to the target's name: a reader sees the whole file or none. An existing
  file is never replaced.
- ``parse_export`` checks everything before anything is written; ``import_into`` writes
  every new row in one transaction. A row keeps its counter number and UUID (the
  customer's receipt stays true) and says where it came from (``imported_from``); a UUID
  already in the outbox with the same body is skipped, so importing a file twice adds
  nothing the second time.

The sync sends an imported row like any other: by UUID, exactly once, also when the
source counter comes back and sends it too.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pos_app.data.counter_file import CounterFile, _transaction
from pos_app.data.outbox import CONFLICT, SET_ASIDE, WAITING, counter_number, from_body, to_body
from pos_app.private_files import FILE_MODE, POSIX

FORMAT = "counter-pos-outbox"
VERSION = 1
#: The states exported: every row the server has not confirmed.
EXPORTED = (WAITING, SET_ASIDE, CONFLICT)
#: An export bigger than this is not one (10,000 sales take about 20 MB).
MAX_BYTES = 256 * 1024 * 1024
#: How every SQLite file begins (a counter file given where its export was meant).
SQLITE_HEADER = b"SQLite format 3\x00"
_SALE_KEYS = frozenset(
    {"counter_number", "uuid", "created_at", "state", "attempts", "last_error", "body"}
)
_MONEY = ("total_cents", "wallet_cents", "cash_cents", "card_cents")


class TransferError(Exception):
    """The export cannot be written or the file cannot be imported; says why, for a
    person. Nothing was written."""


@dataclass(frozen=True)
class ExportedSale:
    counter_number: str
    uuid: str
    created_at: str
    state: str
    attempts: int
    last_error: str
    body: str


@dataclass(frozen=True)
class OutboxExport:
    counter: str  #: the source counter's code ("" when it made none of the sales)
    exported_at: str  #: ISO, UTC
    sales: tuple[ExportedSale, ...]


@dataclass(frozen=True)
class ImportResult:
    added: tuple[str, ...]  #: counter numbers added, in the file's order
    already: int  #: in this outbox before (same UUID, same sale)
    waiting: int  #: of those added, to be sent


# -- reading the source and writing the file ----------------------------------------------
def read_exportable(path: Path) -> tuple[tuple[ExportedSale, ...], str]:
    """The rows of the counter file at ``path`` that the server has not confirmed, oldest
    first, and the code(s) of the counter that made the file's own sales."""
    if not path.is_file():
        raise TransferError(f"There is no counter file at {path}")
    try:
        # mode=rw: never creates a file; WAL frames a crash left are still read.
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
    except sqlite3.Error as exc:
        raise TransferError(f"{path} cannot be opened: {exc}") from exc
    try:
        columns = {r[1] for r in connection.execute("PRAGMA table_info(outbox)")}
        if not columns:
            raise TransferError(f"{path} is not a counter file: it has no outbox")
        own = "WHERE imported_from IS NULL" if "imported_from" in columns else ""
        rows = connection.execute(
            "SELECT counter_number, sale_uuid, created_at, state, attempts, last_error, body "
            "FROM outbox WHERE state IN ('waiting', 'set_aside', 'conflict') ORDER BY seq"
        ).fetchall()
        counters = connection.execute(
            f"SELECT DISTINCT counter FROM outbox {own} ORDER BY counter"
        ).fetchall()
    except sqlite3.Error as exc:
        raise TransferError(f"{path} cannot be read as a counter file: {exc}") from exc
    finally:
        connection.close()
    sales = tuple(ExportedSale(*row) for row in rows)
    return sales, ",".join(str(c[0]) for c in counters)


def document(export: OutboxExport) -> dict[str, Any]:
    """The file's content, its checksum included."""
    body: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "counter": export.counter,
        "exported_at": export.exported_at,
        "sales": [
            {
                "counter_number": s.counter_number,
                "uuid": s.uuid,
                "created_at": s.created_at,
                "state": s.state,
                "attempts": s.attempts,
                "last_error": s.last_error,
                "body": s.body,
            }
            for s in export.sales
        ],
    }
    body["sha256"] = _checksum(body)
    return body


def _checksum(content: dict[str, Any]) -> str:
    rest = {key: value for key, value in content.items() if key != "sha256"}
    text = json.dumps(rest, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_export(target: Path, export: OutboxExport, source: Path | None = None) -> None:
    """Write ``export`` to ``target`` whole or not at all, 0600. Never over the counter
    file ``source`` itself (or its -wal or -shm)."""
    if source is not None and _same_file(target, source):
        raise TransferError(f"{target} is the counter file itself: choose another file")
    folder = target.parent
    if not folder.is_dir():
        raise TransferError(f"There is no folder {folder}")
    if target.exists():  # an earlier export, or a file that is not one: kept
        raise TransferError(f"{target} exists already: choose another name")
    text = json.dumps(document(export), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    except OSError as exc:
        raise TransferError(f"{target} cannot be written: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            if POSIX:
                os.fchmod(out.fileno(), FILE_MODE)
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise TransferError(f"{target} cannot be written: {exc.strerror or exc}") from exc
    _sync_folder(folder)


def _same_file(target: Path, source: Path) -> bool:
    names = {source.resolve(strict=False)} | {
        source.with_name(source.name + tail).resolve(strict=False) for tail in ("-wal", "-shm")
    }
    return target.resolve(strict=False) in names


def _sync_folder(folder: Path) -> None:
    """The rename on disk too (POSIX; Windows cannot open a folder)."""
    if not POSIX:
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


# -- reading the file back ----------------------------------------------------------------
def read_export(path: Path) -> OutboxExport:
    """The export in the file at ``path``, every row checked; TransferError says what is
    wrong with it."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise TransferError(f"{path.name} is too big to be an outbox export")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise TransferError(f"There is no file {path}") from None
    except OSError as exc:
        raise TransferError(f"{path} cannot be read: {exc.strerror or exc}") from exc
    return parse_export(raw, path.name)


def parse_export(raw: bytes, name: str) -> OutboxExport:
    if raw.startswith(SQLITE_HEADER):
        raise TransferError(
            f"{name} is a counter file, not an export of one: export its waiting sales first"
        )
    try:
        content = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise TransferError(
            f"{name} is not a whole outbox export: it is cut short or damaged"
        ) from None
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise TransferError(f"{name} is not an outbox export of Counter POS")
    if content.get("version") != VERSION:
        raise TransferError(
            f"{name} is an outbox export of format version {content.get('version')!r}; "
            f"this counter reads version {VERSION}"
        )
    if content.get("sha256") != _checksum(content):
        raise TransferError(
            f"{name} was changed or damaged after it was exported (its checksum does not match)"
        )
    counter, exported_at, sales = (
        content.get("counter"),
        content.get("exported_at"),
        content.get("sales"),
    )
    if not isinstance(counter, str) or not isinstance(exported_at, str):
        raise TransferError(f"{name} does not say which counter it came from, or when")
    if not isinstance(sales, list):
        raise TransferError(f"{name} has no list of sales")
    checked = tuple(_sale(item, n, name) for n, item in enumerate(sales, start=1))
    seen: set[str] = set()
    for sale in checked:
        for key in (sale.uuid, sale.counter_number):
            if key in seen:
                raise TransferError(f"{name} holds {key} twice")
            seen.add(key)
    return OutboxExport(counter, exported_at, checked)


def _sale(item: object, n: int, name: str) -> ExportedSale:
    if not isinstance(item, dict) or set(item) != _SALE_KEYS:
        raise TransferError(f"Sale {n} in {name} is not a sale of an outbox export")
    texts = ("counter_number", "uuid", "created_at", "state", "last_error", "body")
    if not all(isinstance(item[k], str) for k in texts) or type(item["attempts"]) is not int:
        raise TransferError(f"Sale {n} in {name} is not a sale of an outbox export")
    sale = ExportedSale(**item)
    where = f"Sale {sale.counter_number} in {name}"
    if sale.state not in EXPORTED:
        raise TransferError(f"{where} is {sale.state!r}, not a sale waiting to be sent")
    _check_body(sale, where)
    return sale


def _check_body(sale: ExportedSale, where: str) -> None:
    """The body is a sale the sync can send, and it is this row's sale. (Not compared with
    ``to_body``'s text: a body an older version wrote lacks the fields added since, which
    take their defaults, as the sync reads it.)"""
    try:
        plan = from_body(sale.body)
        to_body(plan)
    except (ValueError, TypeError, KeyError, AttributeError):
        raise TransferError(f"{where}: its content is not a sale") from None
    if plan.uuid != sale.uuid or plan.created_at.isoformat() != sale.created_at:
        raise TransferError(f"{where}: its content is another sale's")
    if plan.offline is None or plan.offline.counter_number != sale.counter_number:
        raise TransferError(f"{where}: its content names another sale number")
    prefix, _, number = sale.counter_number.rpartition("-")
    if (
        prefix != plan.counter
        or not number.isdigit()
        or counter_number(prefix, int(number)) != sale.counter_number
    ):
        raise TransferError(f"{where}: its sale number is not its counter's")
    money = [getattr(plan, key) for key in _MONEY]
    if not plan.lines or not all(type(v) is int and v >= 0 for v in money):
        raise TransferError(f"{where}: its content is not a sale")


# -- into this counter's outbox -----------------------------------------------------------
def import_into(file: CounterFile, export: OutboxExport) -> ImportResult:
    """Add ``export``'s rows that are new to ``file``'s outbox, all in one transaction, or
    none (TransferError: a UUID or a counter number there already belongs to another
    sale)."""
    label = f"{export.counter or 'another counter'} export of {export.exported_at}"
    added: list[str] = []
    waiting = already = 0
    with file._connect() as connection, _transaction(connection):
        for sale in export.sales:
            if _present(connection, sale):
                already += 1
                continue
            counter, _, number = sale.counter_number.rpartition("-")
            plan = from_body(sale.body)
            connection.execute(
                "INSERT INTO outbox (counter, number, counter_number, sale_uuid, created_at, "
                "total_cents, body, state, attempts, last_error, imported_from) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    counter,
                    int(number),
                    sale.counter_number,
                    sale.uuid,
                    sale.created_at,
                    plan.total_cents,
                    sale.body,
                    sale.state,
                    max(0, sale.attempts),
                    sale.last_error,
                    label,
                ),
            )
            # Should this computer take over that counter's code, its next number
            # follows the imported ones instead of colliding with them.
            connection.execute(
                "INSERT INTO counter_numbers (counter, last) VALUES (?, ?) "
                "ON CONFLICT (counter) DO UPDATE SET last = max(last, excluded.last)",
                (counter, int(number)),
            )
            added.append(sale.counter_number)
            waiting += sale.state == WAITING
    return ImportResult(tuple(added), already, waiting)


def _present(connection: sqlite3.Connection, sale: ExportedSale) -> bool:
    """Whether ``sale`` is in the outbox already; TransferError if its UUID or number is
    another sale's there."""
    found = connection.execute(
        "SELECT counter_number, body FROM outbox WHERE sale_uuid = ?", (sale.uuid,)
    ).fetchone()
    if found is not None:
        if (found[0], found[1]) != (sale.counter_number, sale.body):
            raise TransferError(
                f"Sale {sale.uuid} is in this counter's outbox already as {found[0]}, with "
                "other content"
            )
        return True
    taken = connection.execute(
        "SELECT sale_uuid FROM outbox WHERE counter_number = ?", (sale.counter_number,)
    ).fetchone()
    if taken is not None:
        raise TransferError(
            f"Sale number {sale.counter_number} is another sale's in this counter's outbox"
        )
    return False
