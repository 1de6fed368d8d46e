"""Recording a sale at this counter when the server cannot be reached while paying
(issue 15): the cashier is asked (Enter records it offline, Esc waits for the server),
and the sale goes into the counter's own file under its next gapless number
(``services.offline.sell``), which the receipt banner shows.

The offline sale keeps the UUID of the send that failed. So if that send did reach the
server after all (its answer was lost), the sync finds the same UUID with the same
content and counts one sale; the cart is never charged twice. Meanwhile the check by
UUID goes on: when it learns the outcome first, the question is withdrawn.

Store credit, discounts and anything else the server must decide are refused by the
service, whose reason is shown; the cart stays and the check goes on.

A sale recorded offline prints its receipt like any other, through the receipt queue
(``ReceiptPrinter.after_offline``): headed by its counter number and saying it is sent to
the server once it is back; a receipt that did not print waits for Ctrl+Shift+P.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from pos_app.domain.errors import DatabaseUnavailableError, PosError
from pos_app.domain.money import format_money
from pos_app.domain.wallet_consent import WalletConsentRefused
from pos_app.services import Services
from pos_app.services.offline import OfflineReceipt
from pos_app.services.records import CheckoutRequest

if TYPE_CHECKING:
    from pos_app.ui.checkout.paying import SalePayment

log = logging.getLogger(__name__)

T = TypeVar("T")


def or_offline(
    services: Services, online: Callable[[], T], offline: Callable[[], T], away: bool = False
) -> T:
    """``online()``; on a PostgreSQL store whose server cannot be reached, ``offline()``
    (from this counter's copy of the catalogue), at once when known ``away``. Runs on the
    task runner's threads."""
    if away and services.offline.on_server:
        return offline()
    try:
        return online()
    except DatabaseUnavailableError:
        if not services.offline.on_server:
            raise
        return offline()


class OfflineOffer(QObject):
    """The offer to record one checkout screen's sale offline.

    Signals: recorded(OfflineReceipt): a sale is in this counter's outbox."""

    recorded = Signal(object)

    def __init__(self, payment: SalePayment) -> None:
        super().__init__(payment)
        self.payment = payment
        self.prompt: QMessageBox | None = None
        # The sale being recorded offline now (its UUID), or None.
        self.recording: str | None = None
        # Why the sale being checked could not be recorded offline ("" when it could):
        # said under each "Checking the sale…" until its outcome is known.
        self.refusal = ""
        payment.receipts.offline_failed.connect(self._receipt_failed)

    def offer(self, request: CheckoutRequest, *, sent: bool = True) -> None:
        """The server could not be reached paying ``request`` (``sent``: its send failed
        and is being checked; else it was never sent): ask to record it offline. A sale
        paid with store credit is not asked about: the service says why not."""
        if request.wallet_amount is not None and request.wallet_amount > 0:
            self.refusal = ""
            self.record(request)
            return
        self.withdraw()
        self.refusal = ""
        screen = self.payment.screen
        box = QMessageBox(screen.window())
        box.setObjectName("offlineOffer")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Record offline"))
        box.setText(
            self.tr(
                "The server cannot be reached. Record this sale at this counter? It gets "
                "this counter's number and is sent to the server once it is back."
            )
        )
        record = box.addButton(self.tr("&Record offline"), QMessageBox.ButtonRole.AcceptRole)
        wait = box.addButton(self.tr("Wait for the ser&ver"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(record)
        box.setEscapeButton(wait)
        record.clicked.connect(lambda: self.record(request))
        if not sent:
            wait.clicked.connect(lambda: self._not_sent(request))
        box.finished.connect(box.deleteLater)
        box.finished.connect(lambda _code: self._closed(box))
        self.prompt = box
        box.open()

    def _not_sent(self, request: CheckoutRequest) -> None:
        """Esc on a sale never sent: nothing was charged; Pay tries again."""
        screen = self.payment.screen
        if screen.pending_uuid == request.sale_uuid and not self.payment.checking:
            self._nothing_charged(self.tr("The server cannot be reached."))

    def _nothing_charged(self, reason: str) -> None:
        payment = self.payment
        screen = payment.screen
        screen.pending_uuid = None
        said = self.tr("Sale NOT completed: nothing was charged. {0}")
        screen.outcome.show_outcome(said.format(reason), "error")
        payment.sale_refused.emit()

    def _closed(self, box: QMessageBox) -> None:
        if self.prompt is box:
            self.prompt = None
            screen = self.payment.screen
            if screen.isEnabled() and screen.entry.isEnabled():
                screen.entry.setFocus()

    def withdraw(self) -> None:
        """The outcome is known another way: no more question."""
        self.refusal = ""
        box, self.prompt = self.prompt, None
        if box is not None:
            box.done(QMessageBox.StandardButton.Cancel)

    def record(self, request: CheckoutRequest) -> None:
        payment = self.payment
        screen = payment.screen
        if self.recording is not None or screen.pending_uuid != request.sale_uuid:
            return  # already being recorded, or the sale's outcome came in meanwhile
        self.recording = request.sale_uuid
        services, actor = screen.ctx.services, screen.actor
        # A discount over the cashiers' limit a manager authorised before the send failed.
        override = payment.override_for(request.sale_uuid)
        screen.ctx.tasks.write(
            lambda: services.offline.sell(actor, request, override),
            self._recorded,
            self._refused,
            disable=[screen.pay_button],
        )

    def show_recorded(self, receipt: OfflineReceipt) -> None:
        """A sale recorded offline another way (a manager's authorisation with the server
        known away): shown and printed as any offline sale."""
        self._recorded(receipt)

    def _recorded(self, receipt: OfflineReceipt) -> None:
        self.recording = None
        payment = self.payment
        payment.close_payment()
        payment.forget_override()
        screen = payment.screen
        if screen.pending_uuid != receipt.sale_uuid:
            # The check found the sale on the server first; the outbox's copy of it
            # carries the same UUID and is counted once when it syncs.
            log.info("sale %s recorded offline after its outcome was known", receipt.sale_uuid)
            self.recorded.emit(receipt)
            return
        payment.recheck_timer.stop()
        payment.checking = False
        with screen.draft_keeper.holding():
            screen.cart.clear()
            screen._show_customer(None)
            screen._pending_uuid = None
        screen.say("")
        screen._refresh_controls()
        screen.outcome.show_outcome(
            self.tr(
                "Sale recorded offline: number {0}, total {1}. It is sent to the server once "
                "it is back."
            ).format(receipt.counter_number, format_money(receipt.total)),
            "ok",
        )
        if receipt.tendered is not None:
            screen.outcome.add_change(receipt.change)
        if screen.entry.isEnabled():
            screen.entry.setFocus()
        log.info("sale %s recorded offline as %s", receipt.sale_uuid, receipt.counter_number)
        payment.receipts.after_offline(receipt.counter_number)
        self.recorded.emit(receipt)

    def _receipt_failed(self, number: str, reason: str) -> None:
        """The offline sale stands; its receipt did not print (it waits in the queue)."""
        said = self.tr("The receipt of {0} did NOT print: {1}").format(number, reason)
        self.payment.screen.outcome.add_note(said)

    def _refused(self, exc: Exception) -> None:
        self.recording = None
        screen = self.payment.screen
        reason = screen.ctx.errors.message_for(exc)
        dialog = self.payment.dialog
        if isinstance(exc, WalletConsentRefused) and dialog and dialog.refused(reason):
            return  # offline the card is scanned (or Escape, back to the payment)
        self.payment.close_payment()
        if not self.payment.checking:  # never sent: nothing was charged
            self._nothing_charged(reason)
            return
        self.refusal = self.tr("Not recorded offline: {0}").format(reason)
        screen.outcome.add_note(self.refusal)
        if isinstance(exc, PosError):
            log.info("offline sale refused: %s", reason)
        else:
            log.error("offline sale failed", exc_info=(type(exc), exc, exc.__traceback__))
