"""Parking and resuming at the checkout (F8, F9): the cart on screen set aside with an
optional note, and a cart parked at this counter swapped back in its place.

Each step carries a key, saved in the counter's file before it is sent: a lost answer is
asked again with the same key, never guessed.
"""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from pos_app.domain.errors import DatabaseUnavailableError
from pos_app.services.records import CartSwap, Customer, ParkedCart
from pos_app.ui.cart_model import CartItem
from pos_app.ui.checkout.keys import key_text
from pos_app.ui.checkout.one_field_dialogs import ParkNoteDialog
from pos_app.ui.checkout.pick_dialogs import ParkedCartsDialog
from pos_app.ui.checkout.saved_cart import item_count, load_cart
from pos_app.ui.service_messages import error_text
from pos_app.ui.widgets import select_row

if TYPE_CHECKING:
    from pos_app.ui.workspaces.checkout import CheckoutWorkspace

log = logging.getLogger(__name__)

#: How soon a park or resume whose answer was lost is sent again.
RESEND_MS = 2_000


class CartParking(QObject):
    """The parking of one checkout screen, and the step in flight (``op``)."""

    def __init__(self, screen: CheckoutWorkspace) -> None:
        super().__init__(screen)
        self.screen = screen
        #: A park or resume sent and not yet answered: ("park"|"swap", key, take id, note).
        self.op: tuple[str, str, int | None, str] | None = None
        #: The cart being parked had discounts: a parked cart does not keep them.
        self.drops_discounts = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.send)

    def park(self, ask: bool = True) -> None:
        """F8: set the cart aside (with an optional note) to serve the next customer."""
        if not self.screen.cart.rowCount() or self.screen._busy():
            return
        if not ask:
            self.start("park", None, "")
            return
        dialog = ParkNoteDialog(self.screen)
        dialog.chosen.connect(lambda note: self.start("park", None, note))
        dialog.rejected.connect(self.screen.entry.setFocus)
        dialog.open()

    def resume(self) -> None:
        """F9: the carts parked at this counter; the chosen one swaps with the one on
        screen (which is parked)."""
        if self.screen._busy():
            return
        services, actor, counter = self.screen.ctx.services, self.screen.actor, self.screen.counter
        self.screen.ctx.tasks.read(
            lambda: services.parked.list(actor, counter), self._choose_parked, self.screen.report
        )

    def _choose_parked(self, carts: list[ParkedCart]) -> None:
        if not carts:
            self.screen._flash(self.tr("No parked carts at this counter"))
            return
        dialog = ParkedCartsDialog(carts, self.screen)
        dialog.chosen.connect(self.resume_cart)
        dialog.rejected.connect(self.screen.entry.setFocus)
        dialog.open()

    def resume_cart(self, cart: ParkedCart) -> None:
        if not self.screen._busy():
            self.start("swap", cart.id, "")

    def start(self, kind: str, take_id: int | None, note: str) -> None:
        """A park or a resume, with a new key, saved in the counter's file before it is
        sent: whatever happens next, the next try (or the next start) sends the same."""
        self.op = (kind, str(uuid.uuid4()), take_id, note)
        self.drops_discounts = self.screen.cart.has_discounts()
        self.screen.draft_keeper.save()
        self.screen._refresh_controls()
        self.send()

    def send(self) -> None:
        if self.op is None:
            return
        kind, key, take_id, note = self.op
        ctx, actor, counter = self.screen.ctx, self.screen.actor, self.screen.counter
        lines = self.screen.cart.cart_lines()
        customer_id = self.screen.customer.id if self.screen.customer else None
        label = self.screen.customer.name if self.screen.customer else ""
        if kind == "park":
            self.screen._flash(self.tr("Parking the cart…"))
            ctx.tasks.write(
                lambda: ctx.services.parked.park(
                    actor, counter, lines, customer_id=customer_id, label=label, note=note, key=key
                ),
                self._parked,
                self._op_failed,
                disable=[self.screen.park_button],
            )
            return
        assert take_id is not None

        def swap() -> tuple[CartSwap, list[CartItem], Customer | None, list[int]]:
            done = ctx.services.parked.swap(
                actor, counter, key, take_id, lines, customer_id=customer_id, label=label
            )
            return (done, *load_cart(ctx, actor, done.taken.lines, done.taken.customer_id))

        self.screen._flash(self.tr("Resuming the parked cart…"))
        ctx.tasks.write(swap, self._swapped, self._op_failed, disable=[self.screen.resume_button])

    def _parked(self, cart: ParkedCart) -> None:
        with self.screen.draft_keeper.holding():
            self.op = None
            self.screen.cart.clear()
            self.screen._show_customer(None)
            self.screen._pending_uuid = None
        self.screen._refresh_controls()
        said = self.tr("Cart parked ({0}). {1} brings it back.")
        self.screen._flash(
            said.format(item_count(cart.units), key_text("resume")) + self._dropped()
        )
        self.screen.entry.setFocus()

    def _swapped(self, done: tuple[CartSwap, list[CartItem], Customer | None, list[int]]) -> None:
        swap, items, customer, gone = done
        key = self.op[1] if self.op else None
        with self.screen.draft_keeper.holding():
            self.op = None
            self.screen.cart.load(items)
            self.screen._show_customer(customer)
            self.screen._pending_uuid = None
        self.screen._refresh_controls()
        self.screen.outcome.clear_outcome()  # whatever it said was about the other cart
        # Only now that the taken cart is in this counter's file may the database forget it.
        if key is not None:
            services, actor = self.screen.ctx.services, self.screen.actor
            self.screen.ctx.tasks.write(
                lambda: services.parked.forget(actor, key), lambda _none: None, log.warning
            )
        said = self.tr("Parked cart resumed ({0}).").format(item_count(swap.taken.units))
        if swap.parked:
            parked = self.tr("The cart that was on screen is parked ({0}).")
            said += " " + parked.format(item_count(swap.parked.units))
        if gone:
            left_out = self.tr("{0} product(s) no longer sold were left out.")
            said += " " + left_out.format(len(gone))
        self.screen._flash(said + self._dropped())
        if self.screen.cart.rowCount():
            select_row(self.screen.table, self.screen.cart.rowCount() - 1)
        self.screen.entry.setFocus()

    def _dropped(self) -> str:
        """What the cashier must know: the discounts of the cart parked are not kept."""
        dropped, self.drops_discounts = self.drops_discounts, False
        if not dropped:
            return ""
        return " " + self.tr("Its discounts are not kept: give them again after resuming.")

    def _op_failed(self, exc: Exception) -> None:
        if isinstance(exc, DatabaseUnavailableError):
            # The answer may be lost, not the step: send the same key again.
            self.screen._flash(
                self.tr(
                    "The connection dropped; the cart is kept on this computer and sent again."
                ),
                error=True,
            )
            self.screen.ctx.errors.database_lost.emit(error_text(exc))
            self.timer.start(RESEND_MS)
            return
        self.op = None
        self.screen.draft_keeper.save()
        self.screen._refresh_controls()
        self.screen.report(exc)
        self.screen.entry.setFocus()
