"""The receipts a counter owes: each sale's receipt is queued in the counter's own file
before it is sent to the printer and taken off once the printer accepted it, so a printer
that fails (paper out, offline, cover open) or a crash in the middle of a receipt leaves
it waiting for a reprint, at this counter, after a restart too.

No permission check: the file is this counter's own and holds only sale numbers; reading
the sale to print it again goes through ``sales.get``, which checks the actor. A sale
recorded offline (issue 15) is queued under the negative of its counter number's gapless
sequence (``offline_receipt.queue_key``) and read back from this counter's outbox
(``offline_sale``), so its receipt is kept and printed again like any other.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from pos_app.data.counter_file import CounterFile, CounterFileError
from pos_app.domain.errors import PosError
from pos_app.services.offline_receipt import OfflineSale, number_of, offline_sale

log = logging.getLogger(__name__)

#: What is kept of why a receipt did not print.
REASON_MAX = 500


class ReceiptQueueError(PosError):
    """The counter's own file cannot keep the queue of receipts not printed."""


@dataclass(frozen=True)
class UnprintedReceipt:
    """A receipt owed at a counter: its sale, whether a copy was asked for, why it did not
    print the last time ("" before its first try), and since when (ISO time, UTC)."""

    sale_id: int
    copy: bool
    reason: str
    queued_at: str


class ReceiptQueueService:
    """The queue of receipts not printed, per counter, in the counter's own file."""

    def __init__(self, file: CounterFile | Path) -> None:
        self._file = file if isinstance(file, CounterFile) else CounterFile(file)

    def add(self, counter: str, sale_id: int, *, copy: bool = False) -> bool:
        """Queue ``sale_id``'s receipt before it is sent; whether it prints as a copy (not
        while the original is still owed). On disk when this returns."""
        try:
            return self._file.queue_receipt(counter, sale_id, copy=copy)
        except CounterFileError as exc:
            raise self._failed(exc) from exc

    def failed(self, counter: str, sale_id: int, reason: str) -> None:
        """The printer did not take it: it stays queued, with ``reason``."""
        try:
            self._file.receipt_failed(counter, sale_id, reason[:REASON_MAX])
        except CounterFileError as exc:
            raise self._failed(exc) from exc

    def printed(self, counter: str, sale_id: int) -> None:
        """The printer accepted it: off the queue."""
        try:
            self._file.receipt_printed(counter, sale_id)
        except CounterFileError as exc:
            raise self._failed(exc) from exc

    def waiting(self, counter: str) -> list[UnprintedReceipt]:
        """The receipts owed at ``counter``, oldest first."""
        try:
            rows = self._file.unprinted_receipts(counter)
        except CounterFileError as exc:
            raise self._failed(exc) from exc
        return [UnprintedReceipt(*row) for row in rows]

    def is_waiting(self, counter: str, sale_id: int) -> bool:
        return any(receipt.sale_id == sale_id for receipt in self.waiting(counter))

    def offline_sale(self, counter: str, key: int) -> OfflineSale:
        """The sale recorded offline at ``counter`` that is queued as ``key`` (negative),
        as its receipt prints it."""
        return offline_sale(self._file, number_of(counter, key))

    @staticmethod
    def _failed(exc: CounterFileError) -> ReceiptQueueError:
        log.error("%s", exc)
        return ReceiptQueueError(f"The queue of receipts not printed is unavailable ({exc})")
