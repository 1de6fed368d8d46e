"""Paying at the checkout (F12): the payment dialog, the sale sent with its UUID, and,
when the connection drops during the commit, the check of that UUID until the real
outcome is known ("checking"), the cart kept until then.
"""

from __future__ import annotations

import logging
import uuid
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from pos_app.domain.errors import DatabaseUnavailableError, PosError
from pos_app.domain.money import format_money
from pos_app.services.records import CheckoutRequest, Sale
from pos_app.ui.checkout.payment_dialog import PaymentDialog, Tender

if TYPE_CHECKING:
    from pos_app.ui.workspaces.checkout import CheckoutWorkspace

log = logging.getLogger(__name__)

#: How soon a sale whose outcome is unknown is asked for again.
RECHECK_MS = 2_000


class SalePayment(QObject):
    """The paying of one checkout screen's cart; ``checking`` while the outcome of a sale
    sent is unknown, ``last_sale`` once one is recorded."""

    def __init__(self, screen: CheckoutWorkspace) -> None:
        super().__init__(screen)
        self.screen = screen
        self.checking = False
        self.last_sale: Sale | None = None
        self.recheck_timer = QTimer(self)
        self.recheck_timer.setSingleShot(True)
        self.recheck_timer.timeout.connect(self.check_pending)

    def pay(self) -> None:
        screen = self.screen
        if not screen.cart.rowCount() or self.checking or not screen.pay_button.isEnabled():
            return
        balance = screen.customer.balance if screen.customer else None
        # The dialog opens with the cursor in the default method's amount (issue 10 #3).
        dialog = PaymentDialog(screen.cart.total(), balance, screen)
        dialog.confirmed.connect(self.commit_sale)
        dialog.open()

    def commit_sale(self, tender: Tender) -> None:
        """Send the sale paid as ``tender`` says; the change to give back is shown in large
        type on the banner once the sale is recorded."""
        if self.checking:
            return
        screen = self.screen
        if screen.pending_uuid is None:
            screen.pending_uuid = str(uuid.uuid4())
        request = CheckoutRequest(
            sale_uuid=screen.pending_uuid,
            lines=screen.cart.cart_lines(),
            customer_id=screen.customer.id if screen.customer else None,
            wallet_amount=tender.wallet,
            cash_tendered=tender.cash_tendered,
            card_amount=tender.card,
            card_reference=tender.card_reference,
            counter=screen.ctx.settings.counter_name,
        )
        services, actor = screen.ctx.services, screen.actor

        screen.outcome.show_outcome("Completing the sale…", "pending")
        screen.ctx.tasks.write(
            lambda: services.sales.checkout(actor, request),
            self._sale_completed,
            self._sale_failed,
            disable=[screen.pay_button],
        )

    def _sale_completed(self, sale: Sale) -> None:
        screen = self.screen
        self.checking = False
        self.last_sale = sale
        with screen.draft_keeper.holding():
            # The cart goes before its UUID: a crash in between finds no cart to pay twice.
            screen.cart.clear()
            screen._show_customer(None)
            screen._pending_uuid = None
        screen.say("")
        screen.outcome.show_outcome(
            f"Sale completed: sale {sale.id}, total {format_money(sale.total)}", "ok"
        )
        cash = [p for p in sale.payments if p.tendered is not None]
        if cash:
            # The change to give back, in large type: also when the sale was confirmed by
            # asking for it after a lost connection.
            change = sum((p.change or Decimal("0.00") for p in cash), Decimal("0.00"))
            screen.outcome.add_change(change)
        screen.entry.setFocus()
        if screen.day_label.isVisible():
            screen._check_business_day()
        log.info("sale %s completed at %s", sale.uuid, sale.counter)

    def _sale_failed(self, exc: Exception) -> None:
        screen = self.screen
        if isinstance(exc, DatabaseUnavailableError):
            self.checking = True
            screen._refresh_controls()
            screen.outcome.show_outcome(
                "Checking the sale… the connection dropped; the cart is kept until we know.",
                "pending",
            )
            screen.ctx.errors.database_lost.emit(exc.message)
            self.recheck_timer.start(RECHECK_MS)
            return
        reason = screen.ctx.errors.message_for(exc)
        screen.outcome.show_outcome(f"Sale NOT completed: nothing was charged. {reason}", "error")
        if not isinstance(exc, PosError):
            screen.ctx.errors.report(exc)
        screen.pending_uuid = None

    def check_left_over(self, said: str) -> None:
        """A sale was being paid when the app stopped: ask for it before anything else."""
        self.checking = True
        self.screen._refresh_controls()
        self.screen.outcome.show_outcome(
            said + " Checking the sale that was being paid…", "pending"
        )
        self.check_pending()

    def check_pending(self) -> None:
        """Ask for the sale being paid (its UUID); until the answer, the cart is kept."""
        screen = self.screen
        key = screen.pending_uuid
        if key is None:
            self.checking = False
            screen._refresh_controls()
            return
        services, actor = screen.ctx.services, screen.actor
        screen.ctx.tasks.read(
            lambda: services.sales.find_sale(actor, key), self._checked, self._still_unknown
        )

    def _checked(self, sale: Sale | None) -> None:
        if sale is not None:
            self._sale_completed(sale)
            return
        screen = self.screen
        self.checking = False
        screen.pending_uuid = None  # that sale was never recorded: paying again is a new one
        screen._refresh_controls()
        screen.outcome.show_outcome(
            "Sale NOT completed: nothing was charged (the connection dropped before the sale "
            "was recorded). The cart is kept; press Pay to try again.",
            "error",
        )

    def _still_unknown(self, exc: Exception) -> None:
        self.screen.outcome.show_outcome(
            "Checking the sale… waiting for the database to come back.", "pending"
        )
        self.recheck_timer.start(RECHECK_MS)
