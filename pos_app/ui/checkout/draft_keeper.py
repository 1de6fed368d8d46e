"""The checkout's cart in the counter's own file (``services.drafts``): every change saved
before the screen shows it, with the customer, the UUID of a sale being paid and a park or
resume in flight; and, at start, the cart left there brought back and what it had in
flight finished.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from pos_app.domain.errors import PosError
from pos_app.services.drafts import CartDraft
from pos_app.services.records import Customer
from pos_app.ui.cart_model import CartItem
from pos_app.ui.checkout.saved_cart import item_count, load_cart
from pos_app.ui.service_messages import error_text

if TYPE_CHECKING:
    from pos_app.ui.workspaces.checkout import CheckoutWorkspace

#: How soon a cart left over is asked for again when the database did not answer.
RETRY_MS = 2_000


class DraftKeeper(QObject):
    """One checkout screen's cart in its counter's file. ``left_over`` is the cart found
    there at start until it is back on screen; saving is held until then, and while the
    screen is rebuilt from a saved or resumed cart (``holding``)."""

    def __init__(self, screen: CheckoutWorkspace) -> None:
        super().__init__(screen)
        self.screen = screen
        #: Saving is held while the screen is rebuilt from a saved or resumed cart.
        self._hold_saves = 0
        try:
            self.left_over: CartDraft | None = screen.ctx.services.drafts.load(screen.counter)
        except PosError as exc:
            self.left_over = None
            self._startup_warning = error_text(exc)
        else:
            self._startup_warning = ""
        if self.left_over is not None:
            self._hold_saves = 1  # nothing overwrites it before it is back on screen
        self.restore_timer = QTimer(self)
        self.restore_timer.setSingleShot(True)
        self.restore_timer.timeout.connect(self.restore)

    @property
    def held(self) -> bool:
        return bool(self._hold_saves)

    def start(self) -> None:
        """Once the screen is built: say why the file could not be read, or bring back
        the cart left in it."""
        if self._startup_warning:
            self.screen._flash(self._startup_warning, error=True)
        if self.left_over is not None:
            QTimer.singleShot(0, self.restore)

    def draft(self) -> CartDraft:
        screen = self.screen
        op = screen.parking.op
        return CartDraft(
            lines=screen.cart.cart_lines(),
            customer_id=screen.customer.id if screen.customer else None,
            cashier=screen.actor.username,
            sale_uuid=screen._pending_uuid,
            park_key=op[1] if op and op[0] == "park" else None,
            swap_key=op[1] if op and op[0] == "swap" else None,
            swap_take_id=op[2] if op and op[0] == "swap" else None,
            note=op[3] if op else "",
            names={item.product.id: item.product.name for item in screen.cart.items()},
            discount=screen.cart.cart_discount,
        )

    def save(self) -> None:
        """The cart as it is on screen, on disk before the screen shows it (the repaint
        comes after this slot returns)."""
        if self._hold_saves:
            return
        try:
            self.screen.ctx.services.drafts.save(self.screen.counter, self.draft())
        except PosError as exc:
            self.screen._flash(error_text(exc), error=True)

    @contextmanager
    def holding(self) -> Iterator[None]:
        """Several changes to the screen, saved once at the end."""
        self._hold_saves += 1
        try:
            yield
        finally:
            self._hold_saves -= 1
            self.save()

    def restore(self) -> None:
        """Bring back the cart left on screen at this counter (a crash, a power cut, the
        app closed with a cart), then finish whatever it had in flight."""
        draft = self.left_over
        if draft is None:
            return
        ctx, actor = self.screen.ctx, self.screen.actor
        if draft.park_key is not None or draft.swap_key is not None:
            said = self.tr("Finishing the parking of the cart left on screen at this counter…")
        else:
            said = self.tr("Bringing back the cart left on screen at this counter…")
        self.screen.outcome.show_outcome(said, "pending")
        ctx.tasks.read(
            lambda: load_cart(ctx, actor, draft.lines, draft.customer_id),
            lambda loaded: self._restored(draft, *loaded),
            self._restore_failed,
        )

    def _restore_failed(self, exc: Exception) -> None:
        said = self.tr(
            "The cart left on screen is kept on this computer and comes back as soon as the "
            "database answers. {0}"
        )
        message = self.screen.ctx.errors.message_for(exc)
        self.screen.outcome.show_outcome(said.format(message), "pending")
        self.restore_timer.start(RETRY_MS)

    def _restored(
        self, draft: CartDraft, items: list[CartItem], customer: Customer | None, gone: list[int]
    ) -> None:
        screen = self.screen
        self.left_over = None
        screen.cart.load(items)  # saving is still held: nothing is written half-restored
        if draft.discount is not None:
            screen.cart.set_cart_discount(draft.discount)
        screen._show_customer(customer)
        screen._pending_uuid = draft.sale_uuid
        if draft.swap_key is not None:
            screen.parking.op = ("swap", draft.swap_key, draft.swap_take_id, draft.note)
        elif draft.park_key is not None:
            screen.parking.op = ("park", draft.park_key, None, draft.note)
        self._hold_saves = 0
        self.save()
        screen._refresh_controls()
        if screen.parking.op is not None:
            # It was being parked or swapped when this window came (a sign-out or a switch
            # of user parks the cart; so may a crash): the parking finishes it and says
            # so. "Brought back from before the app stopped" told the next person, wrongly,
            # that the cart they did not see was theirs (the keyboard trial).
            screen.outcome.clear_outcome()
            screen.parking.send()
            return
        units = sum(item.quantity for item in items)
        text = self.tr("Cart brought back from before the app stopped: {0}").format(
            item_count(units)
        )
        if customer:
            text += self.tr(" for {0}").format(customer.name)
        if draft.cashier:
            text += self.tr(", rung up by {0}").format(draft.cashier)
        text += "."
        if gone:
            product = self.tr("product {0}")
            names = ", ".join(draft.names.get(i, product.format(i)) for i in gone)
            text += " " + self.tr("No longer sold, left out: {0}.").format(names)
        screen.outcome.show_outcome(text, "ok")
        if screen._pending_uuid is not None:
            screen.paying.check_left_over(text)
