"""The counter's ESC/POS printer at the checkout (issue 13): each sale's receipt, the
receipts that did not print, refund slips and the cash drawer.

Printing never decides a sale: it starts only once the sale is recorded, runs on a thread
of its own (one job at a time, so a slow or absent printer holds up neither the next sale
nor the screen's other work), and a failure is said with its reason while the sale stays
completed.

A receipt is queued in the counter's own file (``services.receipt_queue``) before it is
sent to the printer and taken off once the printer accepted it: a printer that fails, or a
crash in the middle of a receipt, leaves it waiting. The screen says how many wait, and
Ctrl+Shift+P prints them (or, with none waiting, the last sale's receipt again, marked
COPY). A sale recorded offline prints the same way (``print_offline``), headed by its
counter number; the queue keeps it under that number (``services.offline_receipt``).

Receipts and slips speak the counter's language (``receipt_words.receipt_say``); an Arabic
one prints as a picture (``receipt_image``), as the printer's code page has no Arabic.

Only plain Python values cross from the printer's thread to the screen's (a sale, a
refund, a reason as text): no exception, traceback or Qt object is handed over or freed
there (a Qt object freed by Python on a pool thread can crash the process).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal

from pos_app.devices.printer_config import PrinterConnection
from pos_app.devices.receipt_layout import StoreHeading
from pos_app.services.offline_receipt import OfflineSale, queue_key
from pos_app.services.receipt_queue import ReceiptQueueError, ReceiptQueueService
from pos_app.services.records import Refund, Sale
from pos_app.ui.checkout.print_jobs import (
    CRASHED,
    NO_PRINTER,
    Outcome,
    Printable,
    PrintJob,
    Said,
    failure_text,
    keep,
    label,
    receipt_language,
    shown_label,
)
from pos_app.ui.context import AppSettings
from pos_app.ui.i18n import translate

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reprinted:
    """What printing the waiting receipts did: the sales printed, in order, and why the
    next did not print ("" when none is left)."""

    printed: tuple[int, ...]
    reason: str = ""


class ReceiptPrinter(QObject):
    """Prints this counter's receipts, refund slips and drawer pulses as its settings say.

    Signals: printed(Sale); failed(Sale, str): the receipt did not print, and why (it
    waits in the queue); offline_printed(str number), offline_failed(str number, str
    why): the same for a sale recorded offline; reprinted(Reprinted): the outcome of
    ``print_waiting``;
    refund_printed(Refund), refund_failed(Refund, str); drawer_opened(str reason),
    drawer_failed(str reason, str why); waiting_changed(int): how many receipts wait at
    this counter; finished_job(object, object): internal, a job's id and outcome (emitted
    on the printer's thread, delivered on the screen's)."""

    printed = Signal(object)
    failed = Signal(object, str)
    offline_printed = Signal(str)
    offline_failed = Signal(str, str)
    reprinted = Signal(object)
    refund_printed = Signal(object)
    refund_failed = Signal(object, str)
    drawer_opened = Signal(str)
    drawer_failed = Signal(str, str)
    waiting_changed = Signal(int)
    finished_job = Signal(object, object)

    def __init__(self, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._ids = itertools.count(1)
        self._jobs: dict[int, Callable[[Outcome], None]] = {}
        #: Receipts queued and sent, whose job has not answered yet: not owed (yet).
        self._in_flight: set[int] = set()
        self._queue: ReceiptQueueService | None = None
        self._fetch: Callable[[int], Printable] | None = None
        self.finished_job.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def use_queue(self, queue: ReceiptQueueService, fetch: Callable[[int], Printable]) -> None:
        """Keep receipts in ``queue`` until printed; ``fetch`` reads a queued sale again
        (on the printer's thread) to print it: a sale by its number, a sale recorded
        offline by its (negative) queue key."""
        self._queue, self._fetch = queue, fetch

    def busy(self) -> bool:
        return bool(self._jobs)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for the jobs sent to the printer (tests, shutdown)."""
        return self._pool.waitForDone(msecs)

    @property
    def counter(self) -> str:
        return self.settings.counter_name

    def has_printer(self) -> bool:
        return self.settings.printer_connection() is not None

    def printing(self, key: int) -> bool:
        """Whether receipt ``key`` is with the printer now: sent, and not yet off the
        queue (its job's answer may reach the screen a moment after that)."""
        if key not in self._in_flight or self._queue is None:
            return False
        try:
            return self._queue.is_waiting(self.counter, key)
        except ReceiptQueueError:
            return False

    def waiting(self) -> int:
        """How many receipts wait at this counter, not counting those still with the
        printer (Ctrl+Shift+P then printed nothing, not the copy asked for); 0 when the
        queue cannot be read."""
        try:
            owed = self._queue.waiting(self.counter) if self._queue is not None else []
        except ReceiptQueueError:
            return 0
        return sum(1 for receipt in owed if receipt.sale_id not in self._in_flight)

    # -- sales' receipts -----------------------------------------------------------------
    def after_sale(self, sale: Sale) -> bool:
        """Print ``sale``'s receipt if this counter prints each sale's by itself; whether
        it was sent to the printer's thread."""
        if not self.settings.printer_auto or not self.has_printer():
            return False
        self.print_sale(sale, drawer=True)
        return True

    def print_sale(self, sale: Sale, *, copy: bool = False, drawer: bool = False) -> None:
        """Queue ``sale``'s receipt, then print it off the screen's thread; ``printed`` or
        ``failed`` says the outcome. A copy asked for while the original is still queued
        prints as the original. ``drawer``: the sale's own receipt, which opens the drawer
        for a cash sale (a receipt printed again never does)."""
        if self.settings.printer_connection() is None:
            self.failed.emit(sale, translate("Printing", NO_PRINTER))
            return

        def deliver(outcome: Outcome) -> None:
            if outcome.failure is None:
                self.printed.emit(sale)
            else:
                self.failed.emit(sale, outcome.failure)

        self._print(sale.id, lambda: sale, copy=copy, drawer=drawer, deliver=deliver)

    def after_offline(self, number: str) -> bool:
        """Print the receipt of the sale just recorded offline as ``number`` if this
        counter prints each sale's by itself (the drawer opens for cash); whether it was
        sent to the printer's thread."""
        if not self.settings.printer_auto or not self.has_printer():
            return False
        self.print_offline(number, drawer=True)
        return True

    def print_offline(self, number: str, *, copy: bool = False, drawer: bool = False) -> None:
        """Queue the receipt of the sale recorded offline as ``number``, then read it back
        from this counter's outbox and print it (``copy``: marked COPY);
        ``offline_printed`` or ``offline_failed`` says the outcome."""
        if self.settings.printer_connection() is None:
            self.offline_failed.emit(number, translate("Printing", NO_PRINTER))
            return
        queue, fetch, key = self._queue, self._fetch, queue_key(number)
        if queue is None or fetch is None:
            self.offline_failed.emit(number, translate("Printing", CRASHED))
            log.error("the receipt of %s has no queue to be read back from", number)
            return

        def deliver(outcome: Outcome) -> None:
            if outcome.failure is None:
                self.offline_printed.emit(number)
            else:
                self.offline_failed.emit(number, outcome.failure)

        self._print(key, lambda: fetch(key), copy=copy, drawer=drawer, deliver=deliver)

    def _print(
        self,
        key: int,
        load: Callable[[], Printable],
        *,
        copy: bool,
        drawer: bool,
        deliver: Callable[[Outcome], None],
    ) -> None:
        """Queue the receipt ``key``, then, on the printer's thread, ``load`` it and print
        it, unless it printed meanwhile with the receipts that waited."""
        connection = self.settings.printer_connection()
        assert connection is not None
        queue, counter = self._queue, self.counter  # queue: None when it keeps no receipt
        what = f"printing {label(key, counter)}"
        if queue is not None:
            try:
                copy = queue.add(counter, key, copy=copy)
            except ReceiptQueueError as exc:  # printed all the same, just not kept
                log.error("%s: not queued: %s", what, exc)
                queue = None
            self._in_flight.add(key)
            self.waiting_changed.emit(self.waiting())
        send = self._sender(connection)

        def answered(outcome: Outcome) -> None:
            self._in_flight.discard(key)
            deliver(outcome)

        def work() -> bool:
            if queue is not None and not queue.is_waiting(counter, key):
                return False  # printed meanwhile with the receipts that waited
            try:
                send(load(), copy, drawer)
            except Exception as exc:
                reason = failure_text(exc, what)
                if queue is not None:
                    keep(lambda: queue.failed(counter, key, reason))
                raise Said(reason) from None
            if queue is not None:
                keep(lambda: queue.printed(counter, key))
            return True

        self._start(work, answered, what)

    def print_waiting(self) -> bool:
        """Print the receipts waiting at this counter, oldest first, each as it was queued
        (the original, or a copy); the first that fails stops the rest. ``reprinted`` says
        the outcome. False (and nothing done) without a printer or a queue."""
        connection = self.settings.printer_connection()
        queue, fetch, counter = self._queue, self._fetch, self.counter
        if connection is None or queue is None or fetch is None:
            return False
        send = self._sender(connection)

        def work() -> Reprinted:
            done: list[int] = []
            for receipt in queue.waiting(counter):
                try:
                    send(fetch(receipt.sale_id), receipt.copy, False)
                except Exception as exc:
                    which = label(receipt.sale_id, counter)
                    reason = failure_text(exc, f"printing {which} again")
                    keep(lambda: queue.failed(counter, receipt.sale_id, reason))  # noqa: B023
                    said = shown_label(receipt.sale_id, counter)
                    return Reprinted(tuple(done), f"{said}: {reason}")
                keep(lambda: queue.printed(counter, receipt.sale_id))  # noqa: B023
                done.append(receipt.sale_id)
            return Reprinted(tuple(done))

        def deliver(outcome: Outcome) -> None:
            if isinstance(outcome.value, Reprinted):
                self.reprinted.emit(outcome.value)
            else:
                self.reprinted.emit(Reprinted((), outcome.failure or CRASHED))

        self._start(work, deliver, "printing the receipts that waited")
        return True

    # -- refund slips and the drawer -------------------------------------------------------
    def print_refund(self, refund: Refund) -> bool:
        """Print ``refund``'s slip, which opens the drawer when the refund is paid out in
        cash; False (nothing done) when this counter has no printer."""
        connection = self.settings.printer_connection()
        if connection is None:
            return False
        store, paper, logo = self._store(), self.settings.printer_paper_mm, self._logo()
        words = receipt_language()

        def work() -> int:
            from pos_app.devices.escpos_receipt import print_refund  # noqa: PLC0415

            return print_refund(connection, refund, store, paper, logo=logo, **words)  # type: ignore[arg-type]

        def deliver(outcome: Outcome) -> None:
            if outcome.failure is None:
                self.refund_printed.emit(refund)
            else:
                self.refund_failed.emit(refund, outcome.failure)

        self._start(work, deliver, f"printing refund {refund.id}")
        return True

    def open_drawer(self, reason: str) -> None:
        """Open the cash drawer wired to the printer ("No sale", a paid-in or paid-out):
        the pulse alone, off the screen's thread. ``drawer_opened(reason)`` or
        ``drawer_failed(reason, why)`` says the outcome. A counter with no printer opens
        its drawer by hand, as for a cash sale: nothing is done or said."""
        connection = self.settings.printer_connection()
        if connection is None:
            return

        def work() -> int:
            from pos_app.devices.escpos_receipt import open_drawer  # noqa: PLC0415

            return open_drawer(connection)

        def deliver(outcome: Outcome) -> None:
            if outcome.failure is None:
                self.drawer_opened.emit(reason)
            else:
                self.drawer_failed.emit(reason, outcome.failure)

        self._start(work, deliver, "opening the drawer")

    # -- the printer's thread -------------------------------------------------------------
    def _store(self) -> StoreHeading:
        return StoreHeading(self.settings.store_name, self.settings.store_address)

    def _logo(self) -> Path | None:
        logo = self.settings.printer_logo
        return Path(logo) if logo else None

    def _sender(self, connection: PrinterConnection) -> Callable[[Printable, bool, bool], object]:
        """What prints a sale's receipt on the printer's thread, with the settings and the
        language as they are now: ``send(sale, copy, drawer)``; the drawer opens only with
        a sale's first receipt (and only for cash), never with one printed again."""
        store, paper, logo = self._store(), self.settings.printer_paper_mm, self._logo()
        words = receipt_language()

        def send(printed: Printable, copy: bool, drawer: bool) -> int:
            # python-escpos is slow to import: the first receipt pays for it, off screen.
            from pos_app.devices.escpos_receipt import print_receipt  # noqa: PLC0415

            sale, number = printed, None
            if isinstance(printed, OfflineSale):
                sale, number = printed.sale, printed.counter_number
            return print_receipt(
                connection,
                sale,  # type: ignore[arg-type]
                store,
                paper,
                copy=copy,
                logo=logo,
                drawer=drawer,
                offline_number=number,
                **words,  # type: ignore[arg-type]
            )

        return send

    def _start(
        self, work: Callable[[], object], deliver: Callable[[Outcome], None], what: str
    ) -> None:
        job_id = next(self._ids)
        self._jobs[job_id] = deliver
        self._pool.start(PrintJob(job_id, work, what, self))

    def _deliver(self, job_id: int, outcome: Outcome) -> None:
        deliver = self._jobs.pop(job_id)
        try:
            deliver(outcome)
        finally:
            if self._queue is not None:
                self.waiting_changed.emit(self.waiting())
