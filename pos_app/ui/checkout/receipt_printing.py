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
COPY).

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

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QLabel

from pos_app.devices.printer_config import PrinterConnection
from pos_app.devices.receipt_layout import StoreHeading
from pos_app.domain.errors import PosError
from pos_app.services.receipt_queue import ReceiptQueueError, ReceiptQueueService
from pos_app.services.records import Refund, Sale
from pos_app.ui.checkout.keys import key_text
from pos_app.ui.context import AppSettings
from pos_app.ui.forms import named
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from pos_app.ui.workspaces.checkout import CheckoutWorkspace

log = logging.getLogger(__name__)

#: What a job's failure says when it is no PosError (the details go to the log).
CRASHED = QT_TRANSLATE_NOOP("Printing", "the printer's driver failed; the details are in the log")
NO_PRINTER = QT_TRANSLATE_NOOP("Printing", "This counter has no receipt printer (Settings)")


def _nothing() -> object:
    """What a job holds once it has started its work."""
    return None


def _failure(exc: Exception, what: str) -> str:
    """What a job's exception says to the cashier; logged with its traceback when it is
    not one the app expects (on the printer's thread: the exception stays there)."""
    if isinstance(exc, PosError):
        return exc.message
    log.error("%s crashed", what, exc_info=(type(exc), exc, exc.__traceback__))
    return CRASHED


class _Said(PosError):
    """A failure already put in words (and logged) on the printer's thread."""


@dataclass(frozen=True)
class _Outcome:
    """A job's answer: what it returns, or why it failed (text only)."""

    value: object = None
    failure: str | None = None


class _PrintJob(QRunnable):
    """Runs one job on the printer's thread and reports by id. It lets go of its work
    before it reports, and it reports only plain values."""

    def __init__(
        self, job_id: int, work: Callable[[], object], what: str, owner: ReceiptPrinter
    ) -> None:
        super().__init__()
        self._id, self._work, self._what, self._owner = job_id, work, what, owner

    def run(self) -> None:
        work, self._work = self._work, _nothing
        try:
            outcome = _Outcome(value=work())
        except Exception as exc:  # said on the screen's thread, which decides what to show
            outcome = _Outcome(failure=_failure(exc, self._what))
        del work
        try:
            self._owner.finished_job.emit(self._id, outcome)
        except RuntimeError:  # the screen closed while the receipt printed
            if shiboken6.isValid(self._owner):
                raise


@dataclass(frozen=True)
class Reprinted:
    """What printing the waiting receipts did: the sales printed, in order, and why the
    next did not print ("" when none is left)."""

    printed: tuple[int, ...]
    reason: str = ""


class ReceiptPrinter(QObject):
    """Prints this counter's receipts, refund slips and drawer pulses as its settings say.

    Signals: printed(Sale); failed(Sale, str): the receipt did not print, and why (it
    waits in the queue); reprinted(Reprinted): the outcome of ``print_waiting``;
    refund_printed(Refund), refund_failed(Refund, str); drawer_opened(str reason),
    drawer_failed(str reason, str why); waiting_changed(int): how many receipts wait at
    this counter; finished_job(object, object): internal, a job's id and outcome (emitted
    on the printer's thread, delivered on the screen's)."""

    printed = Signal(object)
    failed = Signal(object, str)
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
        self._jobs: dict[int, Callable[[_Outcome], None]] = {}
        self._queue: ReceiptQueueService | None = None
        self._fetch: Callable[[int], Sale] | None = None
        self.finished_job.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def use_queue(self, queue: ReceiptQueueService, fetch: Callable[[int], Sale]) -> None:
        """Keep receipts in ``queue`` until printed; ``fetch`` reads a queued sale again
        (on the printer's thread) to print it."""
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

    def waiting(self) -> int:
        """How many receipts wait at this counter (0 when the queue cannot be read)."""
        if self._queue is None:
            return 0
        try:
            return len(self._queue.waiting(self.counter))
        except ReceiptQueueError:
            return 0

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
        connection = self.settings.printer_connection()
        if connection is None:
            self.failed.emit(sale, translate("Printing", NO_PRINTER))
            return
        queue, counter = self._queue, self.counter  # queue: None when it keeps no receipt
        if queue is not None:
            try:
                copy = queue.add(counter, sale.id, copy=copy)
            except ReceiptQueueError as exc:  # printed all the same, just not kept
                log.error("sale %s's receipt is not queued: %s", sale.id, exc)
                queue = None
            self.waiting_changed.emit(self.waiting())
        send = self._sender(connection)

        def work() -> bool:
            if queue is not None and not queue.is_waiting(counter, sale.id):
                return False  # printed meanwhile with the receipts that waited
            try:
                send(sale, copy, drawer)
            except Exception as exc:
                reason = _failure(exc, f"printing sale {sale.id}")
                if queue is not None:
                    _keep(lambda: queue.failed(counter, sale.id, reason))
                raise _Said(reason) from None
            if queue is not None:
                _keep(lambda: queue.printed(counter, sale.id))
            return True

        def deliver(outcome: _Outcome) -> None:
            if outcome.failure is None:
                self.printed.emit(sale)
            else:
                self.failed.emit(sale, outcome.failure)

        self._start(work, deliver, f"printing sale {sale.id}")

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
                    reason = _failure(exc, f"printing sale {receipt.sale_id} again")
                    _keep(lambda: queue.failed(counter, receipt.sale_id, reason))  # noqa: B023
                    return Reprinted(tuple(done), f"sale {receipt.sale_id}: {reason}")
                _keep(lambda: queue.printed(counter, receipt.sale_id))  # noqa: B023
                done.append(receipt.sale_id)
            return Reprinted(tuple(done))

        def deliver(outcome: _Outcome) -> None:
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

        def work() -> int:
            from pos_app.devices.escpos_receipt import print_refund  # noqa: PLC0415

            return print_refund(connection, refund, store, paper, logo=logo)

        def deliver(outcome: _Outcome) -> None:
            if outcome.failure is None:
                self.refund_printed.emit(refund)
            else:
                self.refund_failed.emit(refund, outcome.failure)

        self._start(work, deliver, f"printing refund {refund.id}")
        return True

    def open_drawer(self, reason: str) -> None:
        """Open the cash drawer wired to the printer ("No sale", a paid-in or paid-out):
        the pulse alone, off the screen's thread. ``drawer_opened(reason)`` or
        ``drawer_failed(reason, why)`` says the outcome."""
        connection = self.settings.printer_connection()
        if connection is None:
            self.drawer_failed.emit(reason, translate("Printing", NO_PRINTER))
            return

        def work() -> int:
            from pos_app.devices.escpos_receipt import open_drawer  # noqa: PLC0415

            return open_drawer(connection)

        def deliver(outcome: _Outcome) -> None:
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

    def _sender(self, connection: PrinterConnection) -> Callable[[Sale, bool, bool], object]:
        """What prints a sale's receipt on the printer's thread, with the settings as they
        are now: ``send(sale, copy, drawer)``; the drawer opens only with a sale's first
        receipt (and only for cash), never with one printed again."""
        store, paper, logo = self._store(), self.settings.printer_paper_mm, self._logo()

        def send(sale: Sale, copy: bool, drawer: bool) -> int:
            # python-escpos is slow to import: the first receipt pays for it, off screen.
            from pos_app.devices.escpos_receipt import print_receipt  # noqa: PLC0415

            return print_receipt(
                connection, sale, store, paper, copy=copy, logo=logo, drawer=drawer
            )

        return send

    def _start(
        self, work: Callable[[], object], deliver: Callable[[_Outcome], None], what: str
    ) -> None:
        job_id = next(self._ids)
        self._jobs[job_id] = deliver
        self._pool.start(_PrintJob(job_id, work, what, self))

    def _deliver(self, job_id: int, outcome: _Outcome) -> None:
        deliver = self._jobs.pop(job_id)
        try:
            deliver(outcome)
        finally:
            if self._queue is not None:
                self.waiting_changed.emit(self.waiting())


def _keep(write: Callable[[], None]) -> None:
    """A write to the queue after printing: if the counter's file fails now, the receipt
    (printed or not) is what counts; said in the log."""
    try:
        write()
    except ReceiptQueueError as exc:
        log.error("%s", exc)


class CounterReceipts(QObject):
    """The checkout screen's side of its printer: the line that says how many receipts
    did not print, the key that prints them (or the last sale's again, as a COPY), and a
    refund's slip."""

    def __init__(self, screen: CheckoutWorkspace) -> None:
        super().__init__(screen)
        self.screen = screen
        self.printer = printer = screen.paying.receipts
        services, actor = screen.ctx.services, screen.actor
        printer.use_queue(services.receipt_queue, lambda sale: services.sales.get(actor, sale))
        self.label = named(QLabel(), "unprintedReceipts")
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #b45309; font-weight: bold;")
        self.label.hide()
        #: Sales whose receipt the cashier asked for again: said once printed.
        self._asked: set[int] = set()
        printer.waiting_changed.connect(self.show_waiting)
        printer.reprinted.connect(self._reprinted)
        printer.printed.connect(self._printed)
        printer.failed.connect(self._not_printed)
        printer.refund_failed.connect(self._refund_failed)
        self.show_waiting(printer.waiting())

    def show_waiting(self, count: int) -> None:
        if not count:
            self.label.hide()
            return
        if count == 1:
            said = self.tr("1 receipt not printed: {0} prints it")
        else:
            said = self.tr("{count} receipts not printed: {0} prints them")
        self.label.setText(said.format(key_text("print_again"), count=count))
        self.label.show()

    def print_again(self) -> None:
        """Ctrl+Shift+P: the receipts that did not print, or else the last sale's receipt
        again, marked COPY."""
        screen, printer = self.screen, self.printer
        if not printer.has_printer():
            screen._flash(translate("Printing", NO_PRINTER), error=True)
            return
        count = printer.waiting()
        if count:
            printer.print_waiting()
            printing = (
                self.tr("Printing 1 receipt…") if count == 1 else self.tr("Printing {0} receipts…")
            )
            screen._flash(printing.format(count))
            return
        sale = screen.last_sale
        if sale is None:
            screen._flash(self.tr("No sale yet at this counter"))
            return
        self._asked.add(sale.id)
        printer.print_sale(sale, copy=True)
        screen._flash(self.tr("Printing the receipt of sale {0} again (a copy)…").format(sale.id))

    def _not_printed(self, sale: Sale, _reason: str) -> None:
        self._asked.discard(sale.id)

    def _printed(self, sale: Sale) -> None:
        if sale.id in self._asked:
            self._asked.discard(sale.id)
            self.screen._flash(self.tr("Printed the receipt of sale {0} again").format(sale.id))

    def _reprinted(self, outcome: Reprinted) -> None:
        done = len(outcome.printed)
        printed = self.tr("Printed 1 receipt") if done == 1 else self.tr("Printed {0} receipts")
        printed = printed.format(done)
        reason = (
            translate("Printing", outcome.reason) if outcome.reason == CRASHED else outcome.reason
        )
        if not outcome.reason:
            self.screen._flash(printed)
        elif done:
            rest = self.tr("the rest did NOT print: {0}").format(reason)
            self.screen._flash(f"{printed}; {rest}", True)
        else:
            said = self.tr("The receipts did NOT print: {0}").format(reason)
            self.screen._flash(said, error=True)

    def after_refund(self, refund: Refund) -> bool:
        """Print the refund's slip (the drawer opens for cash); False when this counter
        has no receipt printer."""
        return self.printer.print_refund(refund)

    def _refund_failed(self, refund: Refund, reason: str) -> None:
        self.screen.outcome.add_note(self.tr("The refund slip did NOT print: {0}").format(reason))
