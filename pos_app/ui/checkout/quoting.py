"""The cart priced as the sale will charge it: after every change of the cart the screen
asks ``sales.quote`` in the background and shows the answer under the cart, on each line
and as the total beside Pay.

At most one quote is in flight per screen. Changes made while it runs are not sent one by
one: when its answer comes and the cart has changed since, the cart as it is then is asked
for once (a burst of scans costs one extra quote, not one each). An answer about a cart
that is no longer on screen is never shown.

Pay waits for the quote of the cart on screen (``when_quoted``): never a stale total. When
the store's pricing changes (a tax rate, a setting, a promotion: the "pricing" change
topic), the cart on screen is priced again (``reprice``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from pos_app.domain.errors import PosError
from pos_app.domain.money import ZERO, format_money
from pos_app.services.records import CartLine, CheckoutRequest, DiscountRequest
from pos_app.services.sale_pricing import Quote
from pos_app.ui.checkout.offline_paying import or_offline

if TYPE_CHECKING:
    from pos_app.ui.workspaces.checkout import CheckoutWorkspace

log = logging.getLogger(__name__)

#: A quote writes nothing, but its request is checked like a sale's: it needs a UUID.
QUOTE_UUID = "00000000-0000-4000-8000-000000000000"
#: The total beside Pay while an earlier cart's figure is shown.
TOTAL_STYLE = "font-size: 32pt; font-weight: bold;"
PENDING_TOTAL_STYLE = TOTAL_STYLE + " color: #9ca3af;"

CartKey = tuple[tuple[CartLine, ...], DiscountRequest | None]


class CartQuoter(QObject):
    """One checkout screen's quote: the last answer and the cart it is about."""

    def __init__(self, screen: CheckoutWorkspace) -> None:
        super().__init__(screen)
        self.screen = screen
        self._key: CartKey | None = None  #: the cart the quote or the error is about
        self._quote: Quote | None = None
        self._error = ""
        self._in_flight = False
        #: Raised by ``reprice``: an answer asked before it is about the old pricing.
        self._generation = 0
        #: What to do with the quote of the cart on screen once it is in (F12 waiting).
        self._then: Callable[[Quote], None] | None = None
        #: The cart and its total shown before ``reprice``: said if the new pricing changes
        #: that cart's total (not a total changed by a scan since).
        self._repriced_from: tuple[CartKey, Decimal] | None = None

    def key(self) -> CartKey:
        """Everything the price of the cart depends on."""
        cart = self.screen.cart
        return cart.cart_lines(), cart.cart_discount

    def current(self) -> Quote | None:
        """The quote of the cart on screen, or None while it is being priced or failed."""
        return self._quote if self._key == self.key() else None

    @property
    def error(self) -> str:
        """Why the cart on screen could not be priced ("" when it could or is pending)."""
        return self._error if self._key == self.key() else ""

    def cart_changed(self) -> None:
        key = self.key()
        if key == self._key or not key[0]:
            if not key[0]:
                self._key, self._quote, self._error, self._then = key, None, "", None
            self._show()
            return
        self._show()
        if not self._in_flight:
            self._ask()

    def reprice(self) -> None:
        """The store's pricing changed: the cart on screen is priced again."""
        self._generation += 1
        if self._quote is not None and self._key == self.key():
            self._repriced_from = (self._key, self._quote.total)
        self._key, self._quote, self._error = None, None, ""
        self.cart_changed()

    def when_quoted(self, then: Callable[[Quote], None]) -> None:
        """``then(quote)`` now if the cart on screen is priced, else once it is (asking
        again if the last try failed); never with an earlier cart's quote."""
        quote = self.current()
        if quote is not None:
            then(quote)
            return
        self._then = then
        self.screen._flash(self.tr("Pricing the cart: the payment opens as soon as it is priced"))
        if not self._in_flight:
            self._ask()

    def _ask(self) -> None:
        key = self.key()
        lines, discount = key
        request = CheckoutRequest(
            sale_uuid=QUOTE_UUID, lines=lines, counter=self.screen.counter, discount=discount
        )
        services, actor = self.screen.ctx.services, self.screen.actor
        self._in_flight = True
        asked = (self._generation, key)
        self.screen.ctx.tasks.read(
            lambda: or_offline(
                services,
                lambda: services.sales.quote(actor, request),
                lambda: services.offline.quote(actor, request),
                self.screen.paying.server_away,
            ),
            lambda quote: self._answered(asked, quote, None),
            lambda exc: self._answered(asked, None, exc),
        )

    def _answered(
        self, asked: tuple[int, CartKey], quote: Quote | None, exc: Exception | None
    ) -> None:
        self._in_flight = False
        generation, key = asked
        now = self.key()
        if key != now or generation != self._generation:
            # The cart (or the store's pricing) changed meanwhile: price it as it is now.
            if now[0] and now != self._key:
                self._ask()
            self._show()
            return
        self._key, self._quote = key, quote
        self._error = "" if exc is None else self.screen.ctx.errors.message_for(exc)
        if exc is not None and not isinstance(exc, PosError):
            log.error("quote failed", exc_info=(type(exc), exc, exc.__traceback__))
        self._show()
        before, self._repriced_from = self._repriced_from, None
        if quote is not None and before is not None and before[0] == key:
            was = before[1]
            if was != quote.total:
                # Said, not only shown: the customer may have been told the old total
                # (the manager's trial retired a promotion and an open cart went from
                # 20.00 to 23.97 with nothing said at the till).
                said = self.tr("The store's prices changed: the total is now {0} (was {1})")
                self.screen._flash(said.format(format_money(quote.total), format_money(was)), True)
        then, self._then = self._then, None
        if then is None:
            return
        if quote is not None:
            self.screen.say("")
            then(quote)
        else:
            said = self.tr("Cannot pay yet: the cart cannot be priced. {0}")
            self.screen._flash(said.format(self._error), True)

    def _show(self) -> None:
        """The state of the cart on screen: priced, being priced, or not priceable."""
        screen = self.screen
        summary, total = screen.panel.summary, screen.total_label
        quote = self.current()
        total.setStyleSheet(TOTAL_STYLE)
        if quote is not None:
            summary.show_quote(quote, screen.cart.cart_discount)
            screen.cart.show_quote(quote.lines)
            total.setText(format_money(quote.total))
        elif not screen.cart.rowCount():
            summary.show_rows([("TOTAL", format_money(ZERO))])  # in the store's currency too
            total.setText(format_money(ZERO))
        elif self.error:
            summary.show_failed(self.error)
            screen.cart.show_quote(())
            total.setText("—")
        else:
            summary.show_pending()
            total.setStyleSheet(PENDING_TOTAL_STYLE)
