"""Enter in the checkout's scan field: digits are a barcode, looked up and one unit added
(``3*`` first adds three); text is searched by name and offered in the pick list (arrow
keys, Enter). Esc forgets what was typed and the multiplier.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QListWidgetItem

from pos_app.domain.errors import NotFoundError, ValidationError
from pos_app.services.records import Page, Product
from pos_app.ui.checkout.cart_panel import PICK_ROLE
from pos_app.ui.checkout.offline_paying import or_offline
from pos_app.ui.service_messages import error_text
from pos_app.ui.widgets import select_row

if TYPE_CHECKING:
    from pos_app.ui.workspaces.checkout import CheckoutWorkspace

PICK_LIMIT = 20
#: ``3*`` before a barcode or a name: that many units. At most what one line may hold; a
#: minus is read too, so that ``-2*`` is refused as a quantity, not searched as a name.
MULTIPLIER = re.compile(r"^\s*(-?\d{1,9})\s*[*xX×]\s*(.*)$")
QUANTITY_MAX = 9999


def looks_like_barcode(text: str) -> bool:
    return text.isdigit()


class ProductScanner(QObject):
    """The scan field of one checkout screen; ``multiplier`` is how many units the next
    product scanned or picked adds."""

    def __init__(self, screen: CheckoutWorkspace) -> None:
        super().__init__(screen)
        self.screen = screen
        #: Units the next scan adds (``3*`` then Enter).
        self.multiplier = 1

    def typing(self, _text: str) -> None:
        """Whatever was said about the last scan stops being true once typing starts."""
        if self.screen.message.text():
            self.screen.say("")

    def set_multiplier(self, count: int) -> None:
        self.multiplier = count
        self.screen.panel.show_multiplier(count)

    def submit(self) -> None:
        screen = self.screen
        text = screen.entry.text().strip()
        if screen.pick_list.isVisible() and screen.pick_list.currentItem() is not None:
            self.picked(screen.pick_list.currentItem())
            return
        times = MULTIPLIER.match(text)
        if times:
            count, text = int(times.group(1)), times.group(2).strip()
            if not 1 <= count <= QUANTITY_MAX:
                screen._flash(self.tr("A quantity is 1 to {0}").format(QUANTITY_MAX), error=True)
                return
            self.set_multiplier(count)
            if not text:
                screen.entry.clear()
                screen._flash(self.tr("The next product is added {0} times").format(count))
                return
        if not text or screen._busy():
            return
        services, actor = screen.ctx.services, screen.actor
        if looks_like_barcode(text):
            screen.entry.clear()
            screen.ctx.tasks.read(
                lambda: or_offline(
                    services,
                    lambda: services.sales.scan(actor, text),
                    lambda: services.offline.scan(actor, text),
                    screen.paying.server_away,
                ),
                self.add_product,
                lambda exc: self._scan_failed(text, exc),
            )
        else:
            screen.ctx.tasks.read(
                lambda: services.inventory.search(actor, text, limit=PICK_LIMIT),
                self._show_picks,
                screen.report,
            )

    def _scan_failed(self, code: str, exc: Exception) -> None:
        self.set_multiplier(1)
        if isinstance(exc, NotFoundError):
            QApplication.beep()
            said = self.tr("Unknown barcode {0}: nothing was added").format(code)
            self.screen._flash(said, error=True)
            self._say_if_retired(code, said)
        elif isinstance(exc, ValidationError):  # a price label that does not check out
            QApplication.beep()
            said = self.tr("{0}: nothing was added").format(error_text(exc))
            self.screen._flash(said, error=True)
        else:
            self.screen.report(exc)

    def _say_if_retired(self, code: str, unknown: str) -> None:
        """A barcode no product on sale has may be a retired product's: say so by name
        (the manager's trial scanned a product retired that morning and read "Unknown
        barcode"). Looked up after the refusal, so a scan costs nothing more; offline, or
        if the lookup fails, "Unknown barcode" stands."""
        services, actor = self.screen.ctx.services, self.screen.actor

        def retired() -> Product | None:
            found = services.inventory.search(
                actor, barcode=code, include_inactive=True, limit=1
            ).items
            return found[0] if found and not found[0].active else None

        def said(product: Product | None) -> None:
            if product is not None and self.screen.message.text() == unknown:  # still said
                text = self.tr("{0} (barcode {1}) is no longer sold: nothing was added")
                self.screen._flash(text.format(product.name, code), error=True)

        self.screen.ctx.tasks.read(retired, said, lambda _exc: None)

    def _show_picks(self, page: Page[Product]) -> None:
        if not self.screen.panel.offer(page.items):
            self.screen._flash(self.tr("No product matches that name"), error=True)

    def picked(self, item: QListWidgetItem) -> None:
        screen = self.screen
        product = item.data(PICK_ROLE)
        screen.pick_list.hide()
        screen.entry.clear()
        screen.entry.setFocus()
        if isinstance(product, Product):
            self.add_product(product)

    def add_product(self, product: Product) -> None:
        screen = self.screen
        count, self.multiplier = self.multiplier, 1
        self.set_multiplier(1)
        if screen._busy():
            return
        row = screen.cart.row_of(product)
        current = 0 if row is None else screen.cart.items()[row].quantity
        if current + count > QUANTITY_MAX:
            said = self.tr("A line holds at most {0} units").format(QUANTITY_MAX)
            screen._flash(said, error=True)
            return
        item = screen.cart.add(product, count)
        select_row(screen.table, screen.cart.row_of(product) or 0)
        if item.short_of_stock:
            said = self.tr("Only {0} of {1} in stock").format(product.stock, product.name)
            screen._flash(said, error=True)
        else:
            screen._flash(f"{product.name} × {item.quantity}")
        screen.entry.setFocus()

    def cancel(self) -> None:
        """Esc: no pick list, no multiplier, an empty scan field with the focus, and
        nothing left said about what was typed there."""
        screen = self.screen
        if screen.pick_list.isVisible():
            screen.pick_list.hide()
        self.set_multiplier(1)
        screen.entry.clear()
        self.typing("")
        screen.entry.setFocus()
