"""Paying at the checkout (F12): the payment dialog, the sale sent with its UUID, and,
when the connection drops during the commit, the check of that UUID until the real
outcome is known ("checking"), the cart kept until then.

The payment dialog opens with the quoted total of the cart on screen (``quoting``): when
F12 comes while the cart is being priced, it opens once the price is in. When the quote
says the discounts need a manager, a manager types their username and password after the
payment (the dialog the other overrides use) and the sale is sent with them; a wrong
password is said there and may be typed again, and nothing is charged until it is right.

With the server away (issue 15) the same dialog records the sale at this counter: the
manager's password is checked against the verifier this counter keeps of them
(``services.offline.overrides``), and the sale goes into the outbox. If the server went
away during the online send, the sale is offered to be recorded offline as any other,
with the manager's authorisation already typed. After an online authorisation the
counter keeps (or renews) that manager's verifier.
"""

from __future__ import annotations

import logging
import uuid
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from pos_app.domain.errors import (
    AuthenticationError,
    ConflictError,
    DatabaseUnavailableError,
    PermissionDeniedError,
    PosError,
)
from pos_app.domain.money import ZERO, format_money
from pos_app.domain.wallet_consent import WalletConsentRefused
from pos_app.services.offline import OfflineReceipt
from pos_app.services.permissions import Op
from pos_app.services.records import CheckoutRequest, ManagerOverride, Sale
from pos_app.services.sale_pricing import Quote
from pos_app.ui.checkout.consent_dialog import refusal_text
from pos_app.ui.checkout.discounts import authorisation_text
from pos_app.ui.checkout.offline_paying import OfflineOffer
from pos_app.ui.checkout.payment_dialog import PaymentDialog, Tender
from pos_app.ui.checkout.receipt_printing import ReceiptPrinter
from pos_app.ui.checkout.shift_actions import no_shift_text
from pos_app.ui.dialogs import ManagerApprovalDialog
from pos_app.ui.service_messages import error_text

if TYPE_CHECKING:
    from pos_app.ui.workspaces.checkout import CheckoutWorkspace

log = logging.getLogger(__name__)

#: How soon a sale whose outcome is unknown is asked for again.
RECHECK_MS = 2_000


class DiscountApproval(ManagerApprovalDialog):
    """The manager's authorisation of a sale's discounts; the sale is sent from it. It
    does not close while a send is in flight: that send's outcome is on its way.

    Someone signed in who is no manager (often the cashier's own login) had the wrong
    username: it is selected, the cursor in it, for the manager to type theirs over it. A
    refused password leaves the cursor in the password field, to type it again."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.ok_button.setText(self.tr("&Authorise"))
        self.form.relabel("manager", self.tr("&Manager"))
        self.form.relabel("manager_password", self.tr("Manager pass&word"))

    def _failed(self, exc: Exception) -> None:
        super()._failed(exc)
        if isinstance(exc, PermissionDeniedError):
            self.manager.username.setFocus()
            self.manager.username.selectAll()

    def reject(self) -> None:
        if self.ok_button.isEnabled():
            super().reject()


class SalePayment(QObject):
    """The paying of one checkout screen's cart; ``checking`` while the outcome of a sale
    sent is unknown, ``last_sale`` once one is recorded.

    Signals (the customer display follows them): payment_opened(PaymentDialog);
    sale_recorded(Sale); sale_refused(): the sale paid for was not recorded."""

    payment_opened = Signal(object)
    sale_recorded = Signal(object)
    sale_refused = Signal()

    def __init__(self, screen: CheckoutWorkspace) -> None:
        super().__init__(screen)
        self.screen = screen
        self.checking = False
        self.last_sale: Sale | None = None
        #: A manager is being asked to authorise the cart's discounts.
        self.approving = False
        #: The total the payment dialog showed: the sale is refused if it would charge
        #: another (the store's pricing changed meanwhile).
        self.shown_total: Decimal | None = None
        self.recheck_timer = QTimer(self)
        self.recheck_timer.setSingleShot(True)
        self.recheck_timer.timeout.connect(self.check_pending)
        #: The receipt printer: it prints once a sale is recorded, never before.
        self.receipts = ReceiptPrinter(screen.ctx.settings, self)
        self.receipts.failed.connect(self._receipt_failed)
        # The sale last sent (its request), offered to be recorded offline when the
        # server cannot be reached (``offline_paying``).
        self.request: CheckoutRequest | None = None
        # The main window's banner says the server is away: scans, prices and payments go
        # to this counter's own file first (``offline_paying``).
        self.server_away = False
        self.offline = OfflineOffer(self)
        #: The manager's authorisation typed for the sale being paid (its UUID), kept
        #: only until it is recorded: a sale offered offline after an online send failed
        #: is recorded with it.
        self._authorised_for: tuple[str, ManagerOverride] | None = None
        #: The payment dialog open, if any: it stays open while the customer's consent
        #: for a wallet part is asked over it, until the sale's outcome.
        self.dialog: PaymentDialog | None = None

    def override_for(self, sale_uuid: str) -> ManagerOverride | None:
        """The manager's authorisation typed for sale ``sale_uuid``, if any."""
        kept = self._authorised_for
        return kept[1] if kept is not None and kept[0] == sale_uuid else None

    def forget_override(self) -> None:
        """The sale it was typed for is recorded or refused: the password goes."""
        self._authorised_for = None

    def pay(self) -> None:
        screen = self.screen
        if not screen.cart.rowCount() or self.checking or not screen.pay_button.isEnabled():
            return
        shifts = screen.shifts
        if shifts.required and shifts.shift is None:
            # Said before any cash is taken, and the shift offered (the full-day trial took
            # the cash first, then read "Sale NOT completed ... No shift is open").
            screen._flash(no_shift_text(), error=True)
            shifts.open_shift()
            return
        screen.quoter.when_quoted(self._pay_quoted)

    def _pay_quoted(self, quote: Quote) -> None:
        screen = self.screen
        if not screen.cart.rowCount() or self.checking or not screen.pay_button.isEnabled():
            return
        balance = screen.customer.balance if screen.customer else None
        self.shown_total = quote.total
        # The dialog opens with the cursor in the default method's amount (issue 10 #3).
        dialog = PaymentDialog(quote.total, balance, screen, cash_due=quote.cash_due)
        dialog.confirmed.connect(self.commit_sale)
        self.dialog = dialog
        dialog.finished.connect(lambda _code: self._payment_closed(dialog))
        dialog.open()
        self.payment_opened.emit(dialog)

    def commit_sale(self, tender: Tender) -> None:
        """Send the sale paid as ``tender`` says; the change to give back is shown in large
        type on the banner once the sale is recorded."""
        if self.checking or self.approving:
            return
        screen = self.screen
        if screen.pending_uuid is None:
            screen.pending_uuid = str(uuid.uuid4())
        request = CheckoutRequest(
            sale_uuid=screen.pending_uuid,
            lines=screen.cart.cart_lines(),
            customer_id=screen.customer.id if screen.customer else None,
            wallet_amount=tender.wallet,
            # No cash part: none is taken, even if the sale costs more than was quoted.
            cash_tendered=ZERO if tender.cash_tendered is None else tender.cash_tendered,
            card_amount=tender.card,
            card_reference=tender.card_reference,
            counter=screen.ctx.settings.counter_name,
            discount=screen.cart.cart_discount,
            expected_total=self.shown_total,
            consent=tender.consent,
        )
        self.request = request
        services, actor = screen.ctx.services, screen.actor
        quote = screen.quoter.current()
        if quote is not None and quote.needs_manager:
            self.close_payment()
            cart = screen.cart
            self._ask_manager(request, authorisation_text(quote, cart.items(), cart.cart_discount))
            return

        if self.server_away and services.offline.on_server:
            # Known away (the banner is up): nothing is sent, so nothing can be charged
            # twice; the cashier is asked at once instead of after a connect timeout. A
            # wallet part is recorded at once, its card scan checked there.
            if not tender.wallet:
                self.close_payment()
            self.offline.offer(request, sent=False)
            return
        screen.outcome.show_outcome(self.tr("Completing the sale…"), "pending")
        screen.ctx.tasks.write(
            lambda: services.sales.checkout(actor, request),
            self._sale_completed,
            self._sale_failed,
            disable=[screen.pay_button],
        )

    def _ask_manager(self, request: CheckoutRequest, what: str) -> None:
        """The discounts are over the cashiers' limit: a manager's password sends the sale.
        A refused password stays in the dialog; any other outcome is the sale's."""
        screen = self.screen
        services, actor = screen.ctx.services, screen.actor
        away = self.server_away and services.offline.on_server
        typed: list[ManagerOverride] = []

        def attempt(override: ManagerOverride) -> Sale | OfflineReceipt | Exception:
            typed.append(override)  # the last one typed is the one the outcome is of
            try:
                if away:
                    return services.offline.sell(actor, request, override)
                return services.sales.checkout(actor, request, override)
            except (AuthenticationError, PermissionDeniedError):
                raise  # said in the dialog, where the manager types it again
            except Exception as exc:  # the sale's outcome, said on the banner
                return exc

        question = self.tr(
            "{0}? They are over the cashiers' limit. A manager authorises them by "
            "typing their username and password; nothing is charged until then."
        ).format(what)
        if away:
            question += " " + self.tr(
                "The server cannot be reached: the sale is recorded at this counter, and "
                "only a manager who signed in here in the last {0} hours can authorise it."
            ).format(services.offline.overrides.hours)
        approval = DiscountApproval(
            screen.ctx, self.tr("Authorise the discount"), question, attempt, screen
        )
        approval.setObjectName("discountApproval")
        approval.accepted.connect(lambda: self._authorised(approval.result_record, typed))
        approval.rejected.connect(self._not_authorised)
        approval.finished.connect(approval.deleteLater)
        self.approving = True
        approval.finished.connect(lambda _code: setattr(self, "approving", False))
        waiting = self.tr("Waiting for a manager to authorise the discount…")
        screen.outcome.show_outcome(waiting, "pending")
        approval.open()

    def _authorised(
        self, outcome: Sale | OfflineReceipt | Exception, typed: list[ManagerOverride]
    ) -> None:
        if isinstance(outcome, Sale):
            self._sale_completed(outcome)
            self._remember(typed[-1])
        elif isinstance(outcome, OfflineReceipt):
            self.offline.show_recorded(outcome)
        else:
            if typed and self.request is not None:  # offered offline: with it
                self._authorised_for = (self.request.sale_uuid, typed[-1])
            self._sale_failed(outcome)
            self.screen.entry.setFocus()

    def _remember(self, override: ManagerOverride) -> None:
        """The server accepted the manager's password: keep (or renew) their verifier for
        offline overrides at this counter, in the background (a bcrypt hash)."""
        overrides, actor = self.screen.ctx.services.offline.overrides, self.screen.actor
        op = Op.DISCOUNT_ABOVE_LIMIT
        self.screen.ctx.tasks.read(
            lambda: overrides.remember_override(override, actor, op),
            lambda _kept: None,
            lambda exc: log.error("manager verifier not kept: %s", type(exc).__name__),
        )

    def _not_authorised(self) -> None:
        screen = self.screen
        screen.pending_uuid = None
        screen.outcome.show_outcome(
            self.tr("Sale NOT completed: nothing was charged. No manager authorised the discount."),
            "error",
        )
        self.sale_refused.emit()
        screen.entry.setFocus()

    def _payment_closed(self, dialog: PaymentDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def close_payment(self) -> None:
        """The payment dialog, kept open while the customer's consent was asked, closes."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.done_with()

    def _sale_completed(self, sale: Sale) -> None:
        screen = self.screen
        self.close_payment()
        self.checking = False
        self.forget_override()
        self.last_sale = sale
        with screen.draft_keeper.holding():
            # The cart goes before its UUID: a crash in between finds no cart to pay twice.
            screen.cart.clear()
            screen._show_customer(None)
            screen._pending_uuid = None
        screen.say("")
        screen.outcome.show_outcome(
            self.tr("Sale completed: sale {0}, total {1}").format(
                sale.id, format_money(sale.total)
            ),
            "ok",
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
        self.sale_recorded.emit(sale)
        self.receipts.after_sale(sale)

    def _receipt_failed(self, sale: Sale, reason: str) -> None:
        """The sale stands; its receipt did not print: said under the sale's outcome while
        the banner still shows it, else on a banner of its own."""
        outcome = self.screen.outcome
        if self.last_sale is sale and outcome.property("kind") == "ok":
            outcome.add_note(self.tr("Receipt NOT printed: {0}").format(reason), warning=True)
        elif outcome.property("kind") == "pending":  # the next sale's outcome comes first
            said = self.tr("The receipt of sale {0} did NOT print: {1}")
            outcome.add_note(said.format(sale.id, reason))
        else:
            said = self.tr("Sale {0} is completed, but its receipt did NOT print: {1}")
            outcome.show_outcome(said.format(sale.id, reason), "error")

    def _sale_failed(self, exc: Exception) -> None:
        screen = self.screen
        message = screen.ctx.errors.message_for(exc)
        if isinstance(exc, WalletConsentRefused):
            message = refusal_text(exc, message)
        if isinstance(exc, WalletConsentRefused) and self.dialog and self.dialog.refused(message):
            screen.outcome.show_outcome(message, "error")  # nothing was charged
            return  # a wrong PIN or card: typed again there (or Escape, back to the payment)
        self.close_payment()
        if isinstance(exc, DatabaseUnavailableError):
            self.checking = True
            screen._refresh_controls()
            screen.outcome.show_outcome(
                self.tr(
                    "Checking the sale… the connection dropped; the cart is kept until we know."
                ),
                "pending",
            )
            screen.ctx.errors.database_lost.emit(error_text(exc))
            self.recheck_timer.start(RECHECK_MS)
            offline = screen.ctx.services.offline.on_server  # a SQLite store is only busy
            if (
                offline
                and self.request is not None
                and self.request.sale_uuid == screen.pending_uuid
            ):
                self.offline.offer(self.request)
            return
        said = self.tr("Sale NOT completed: nothing was charged. {0}")
        screen.outcome.show_outcome(said.format(message), "error")
        if isinstance(exc, ConflictError):  # a price, rate or promotion changed: show it
            screen.quoter.reprice()
        if not isinstance(exc, PosError):
            screen.ctx.errors.report(exc)
        screen.pending_uuid = None
        self.forget_override()
        self.sale_refused.emit()

    def check_left_over(self, said: str) -> None:
        """A sale was being paid when the app stopped: ask for it before anything else."""
        self.checking = True
        self.screen._refresh_controls()
        self.screen.outcome.show_outcome(
            said + " " + self.tr("Checking the sale that was being paid…"), "pending"
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
        if not self.checking:
            return  # recorded offline meanwhile
        self.offline.withdraw()
        if sale is not None:
            self._sale_completed(sale)
            return
        screen = self.screen
        self.checking = False
        screen.pending_uuid = None  # that sale was never recorded: paying again is a new one
        screen._refresh_controls()
        screen.outcome.show_outcome(
            self.tr(
                "Sale NOT completed: nothing was charged (the connection dropped before the sale "
                "was recorded). The cart is kept; press Pay to try again."
            ),
            "error",
        )
        self.sale_refused.emit()

    def _still_unknown(self, exc: Exception) -> None:
        if not self.checking:
            return  # recorded offline meanwhile
        self.screen.outcome.show_outcome(
            self.tr("Checking the sale… waiting for the database to come back."), "pending"
        )
        if self.offline.refusal:
            self.screen.outcome.add_note(self.offline.refusal)
        self.recheck_timer.start(RECHECK_MS)
