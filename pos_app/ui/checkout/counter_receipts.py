"""The checkout screen's side of its receipt printer (``receipt_printing``): the line
that says how many receipts did not print, Ctrl+Shift+P, and a refund's slip."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from pos_app.services.offline import OfflineReceipt
from pos_app.services.offline_receipt import queue_key
from pos_app.services.records import Refund, Sale
from pos_app.ui.checkout.keys import key_text
from pos_app.ui.checkout.print_jobs import (
    CRASHED,
    NO_PRINTER,
    Printable,
)
from pos_app.ui.checkout.receipt_printing import Reprinted
from pos_app.ui.forms import named
from pos_app.ui.i18n import translate

if TYPE_CHECKING:
    from pos_app.ui.workspaces.checkout import CheckoutWorkspace


class CounterReceipts(QObject):
    """The checkout screen's side of its printer: the line that says how many receipts
    did not print, the key that prints them (or the last sale's again, as a COPY), and a
    refund's slip."""

    def __init__(self, screen: CheckoutWorkspace) -> None:
        super().__init__(screen)
        self.screen = screen
        self.printer = printer = screen.paying.receipts
        services, actor = screen.ctx.services, screen.actor
        queue = services.receipt_queue

        def fetch(key: int) -> Printable:
            if key < 0:  # a sale recorded offline, read back from this counter's outbox
                return queue.offline_sale(printer.counter, key)
            return services.sales.get(actor, key)

        printer.use_queue(queue, fetch)
        self.label = named(QLabel(), "unprintedReceipts")
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #b45309; font-weight: bold;")
        self.label.hide()
        #: Sales whose receipt the cashier asked for again: said once printed.
        self._asked: set[int] = set()
        #: The last sale recorded offline here (Ctrl+Shift+P prints it again when it is
        #: newer than the last sale the server recorded).
        self._offline: OfflineReceipt | None = None
        self._asked_offline = ""
        screen.paying.offline.recorded.connect(self._recorded_offline)
        printer.offline_printed.connect(self._offline_printed)
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
        again, marked COPY (the last one recorded offline, when it is the newer)."""
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
        sale, offline = screen.last_sale, self.newer_offline()
        last: tuple[int, str] | None = None
        if offline is not None:
            last = queue_key(offline.counter_number), offline.counter_number
        elif sale is not None:
            last = sale.id, self.tr("sale {0}").format(sale.id)
        if last is not None and printer.printing(last[0]):
            # Asked for while it is still with the printer: a copy queued now would be
            # merged into it and come out as nothing.
            screen._flash(self.tr("The receipt of {0} is printing now").format(last[1]))
            return
        if offline is not None:
            self._asked_offline = offline.counter_number
            printer.print_offline(offline.counter_number, copy=True)
            said = self.tr("Printing the receipt of {0} again (a copy)…")
            screen._flash(said.format(offline.counter_number))
            return
        if sale is None:
            screen._flash(self.tr("No sale yet at this counter"))
            return
        self._asked.add(sale.id)
        printer.print_sale(sale, copy=True)
        screen._flash(self.tr("Printing the receipt of sale {0} again (a copy)…").format(sale.id))

    def newer_offline(self) -> OfflineReceipt | None:
        """The last sale recorded offline here, when it is newer than the last online."""
        sale, offline = self.screen.last_sale, self._offline
        if offline is None or sale is None:
            return offline
        return offline if offline.created_at.timestamp() >= sale.created_at.timestamp() else None

    def offline_sale(self, number: str) -> Sale:
        """The sale recorded offline here as ``number``, from this counter's own file (a
        worker's call: it reads the file)."""
        queue = self.screen.ctx.services.receipt_queue
        return queue.offline_sale(self.printer.counter, queue_key(number)).sale

    def _recorded_offline(self, receipt: OfflineReceipt) -> None:
        self._offline = receipt

    def _offline_printed(self, number: str) -> None:
        if number == self._asked_offline:
            self._asked_offline = ""
            self.screen._flash(self.tr("Printed the receipt of {0} again").format(number))

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
        said = self.tr("The refund slip did NOT print: {0}").format(reason)
        self.screen.outcome.add_note(said, warning=True)
