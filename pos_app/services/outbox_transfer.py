"""The last resort for a dead counter's offline sales (issue 15): its outbox exported to a
file, and that file imported into this counter's outbox (``pos_app.data.outbox_transfer``),
from where the sync worker sends the sales like this counter's own, exactly once by UUID.

For managers (``Op.OFFLINE_RESOLVE``) and pos-admin. A file that is cut short, damaged,
edited, of another format version, or with a sale that does not parse is refused whole,
with the reason, and nothing is imported. Exporting changes nothing in the source file.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pos_app.data.counter_file import CounterFile, CounterFileError
from pos_app.data.outbox import CONFLICT, SET_ASIDE, WAITING
from pos_app.data.outbox_transfer import (
    OutboxExport,
    TransferError,
    import_into,
    read_export,
    read_exportable,
    write_export,
)
from pos_app.domain.errors import PosError, ValidationError
from pos_app.services.permissions import Op, authorize
from pos_app.services.records import Actor

log = logging.getLogger(__name__)

#: The longest path typed.
PATH_MAX = 4096


@dataclass(frozen=True)
class ExportReport:
    path: str
    counter: str
    waiting: int
    set_aside: int  #: refused by the server, for the record
    conflicts: int  #: on the server with other content, for the record

    @property
    def sales(self) -> int:
        return self.waiting + self.set_aside + self.conflicts


@dataclass(frozen=True)
class ImportReport:
    path: str
    counter: str  #: the counter the file came from
    exported_at: str
    added: tuple[str, ...]  #: counter numbers, in the file's order
    waiting: int  #: of those added, to be sent
    already: int  #: in this outbox before: not added again


def _path(value: object, what: str, field: str = "path") -> Path:
    text = str(value).strip() if isinstance(value, (str, Path)) else ""
    if not text:
        raise ValidationError(f"Type the path of {what}", field)
    if len(text) > PATH_MAX or "\0" in text:
        raise ValidationError(f"That is not a path of {what}", field)
    return Path(text).expanduser()


class OutboxTransferService:
    """Export an outbox to a file, and import one into this counter's outbox."""

    def __init__(self, file: CounterFile) -> None:
        self._file = file

    @property
    def own_file(self) -> str:
        """Where this counter's own file is (what ``export`` reads by default)."""
        return str(self._file.path)

    def export(
        self,
        actor: Actor | None,
        target: object,
        *,
        source: object = None,
        counter: str = "",
    ) -> ExportReport:
        """Write every row of ``source``'s outbox (default: this counter's file) that the
        server has not confirmed to the file ``target``. ``counter``: the source counter's
        code (default: the one its own sales carry)."""
        authorize(actor, Op.OFFLINE_RESOLVE)
        into = _path(target, "the file to write")
        source_path = (
            self._file.path if source is None else _path(source, "the counter file", "source")
        )
        try:
            sales, own = read_exportable(source_path)
        except TransferError as exc:
            raise ValidationError(str(exc), "source") from None
        exported_at = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        export = OutboxExport(counter or own, exported_at, sales)
        try:
            write_export(into, export, source_path)
        except TransferError as exc:
            raise ValidationError(str(exc), "path") from None
        states = [s.state for s in sales]
        report = ExportReport(
            str(into),
            export.counter,
            states.count(WAITING),
            states.count(SET_ASIDE),
            states.count(CONFLICT),
        )
        log.info(
            "outbox of %s (%s) exported to %s: %d sales, %d waiting",
            source_path,
            report.counter,
            into,
            report.sales,
            report.waiting,
        )
        return report

    def import_file(self, actor: Actor | None, path: object) -> ImportReport:
        """Add the sales of the export at ``path`` that are new to this counter's outbox,
        all or none; the sync sends the waiting ones."""
        authorize(actor, Op.OFFLINE_RESOLVE)
        source = _path(path, "the exported file")
        try:
            export = read_export(source)
            result = import_into(self._file, export)
        except TransferError as exc:
            raise ValidationError(f"{exc}: nothing was imported", "path") from None
        except CounterFileError as exc:
            log.error("%s", exc)
            raise PosError(f"This counter's offline sales are unavailable ({exc})") from exc
        log.info(
            "imported %d sales (%d waiting, %d already here) from %s, the %s export of %s",
            len(result.added),
            result.waiting,
            result.already,
            source,
            export.counter,
            export.exported_at,
        )
        return ImportReport(
            str(source),
            export.counter,
            export.exported_at,
            result.added,
            result.waiting,
            result.already,
        )
