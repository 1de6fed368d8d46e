"""The receipt printed after a sale, on the counter's ESC/POS printer (issue 13).

Printing never decides a sale: it starts only once the sale is recorded, runs on a thread
of its own (one receipt at a time, so a slow or absent printer holds up neither the next
sale nor the screen's other work), and a failure is said with its reason while the sale
stays completed.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from pos_app.devices.receipt_layout import StoreHeading
from pos_app.domain.errors import PosError
from pos_app.services.records import Sale
from pos_app.ui.context import AppSettings

log = logging.getLogger(__name__)


class _PrintJob(QRunnable):
    """Runs one print on the printer's thread and reports by id; holds no Qt object but
    the printer whose signal it emits."""

    def __init__(self, job_id: int, work: Callable[[], object], owner: ReceiptPrinter) -> None:
        super().__init__()
        self._id, self._work, self._owner = job_id, work, owner

    def run(self) -> None:
        failure: Exception | None = None
        try:
            self._work()
        except Exception as exc:  # said on the screen's thread, which decides what to show
            failure = exc
        try:
            self._owner.finished_job.emit(self._id, failure)
        except RuntimeError:  # the screen closed while the receipt printed
            if shiboken6.isValid(self._owner):
                raise


class ReceiptPrinter(QObject):
    """Prints sales' receipts as this counter's settings say.

    Signals: printed(Sale); failed(Sale, str): the receipt did not print, and why;
    finished_job(object, object): internal, a job's id and its exception or None (emitted
    on the printer's thread, delivered on the screen's)."""

    printed = Signal(object)
    failed = Signal(object, str)
    finished_job = Signal(object, object)

    def __init__(self, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._ids = itertools.count(1)
        self._jobs: dict[int, Sale] = {}
        self.finished_job.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def busy(self) -> bool:
        return bool(self._jobs)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for the receipts being printed (tests, shutdown)."""
        return self._pool.waitForDone(msecs)

    def after_sale(self, sale: Sale) -> bool:
        """Print ``sale``'s receipt if this counter prints each sale's by itself; whether
        it was sent to the printer's thread."""
        if not self.settings.printer_auto or self.settings.printer_connection() is None:
            return False
        self.print_sale(sale)
        return True

    def print_sale(self, sale: Sale, *, copy: bool = False) -> None:
        """Print ``sale``'s receipt on this counter's printer, off the screen's thread;
        ``printed`` or ``failed`` says the outcome."""
        connection = self.settings.printer_connection()
        if connection is None:
            self.failed.emit(sale, "This counter has no receipt printer (Settings)")
            return
        store = StoreHeading(self.settings.store_name, self.settings.store_address)
        paper = self.settings.printer_paper_mm

        def work() -> None:
            # python-escpos is slow to import: the first receipt pays for it, off screen.
            from pos_app.devices.escpos_receipt import print_receipt  # noqa: PLC0415

            print_receipt(connection, sale, store, paper, copy=copy)

        job_id = next(self._ids)
        self._jobs[job_id] = sale
        self._pool.start(_PrintJob(job_id, work, self))

    def _deliver(self, job_id: int, failure: Exception | None) -> None:
        sale = self._jobs.pop(job_id)
        if failure is None:
            self.printed.emit(sale)
            return
        if isinstance(failure, PosError):
            reason = failure.message
        else:
            log.error(
                "printing sale %s crashed",
                sale.id,
                exc_info=(type(failure), failure, failure.__traceback__),
            )
            reason = "the printer's driver failed; the details are in the log"
        self.failed.emit(sale, reason)
