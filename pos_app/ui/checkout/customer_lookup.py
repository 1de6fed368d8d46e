"""Finding the checkout's customer from what was typed (Ctrl+K, then Enter): a username
exactly, or else a search by name, phone or e-mail, with a pick list when several match.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from pos_app.domain.errors import NotFoundError
from pos_app.services.records import Customer
from pos_app.ui.checkout.pick_dialogs import CustomerPickDialog

if TYPE_CHECKING:
    from pos_app.ui.workspaces.checkout import CheckoutWorkspace


class CustomerLookup(QObject):
    """The customer field of one checkout screen: Enter finds who was typed; an empty
    field is the walk-in customer."""

    def __init__(self, screen: CheckoutWorkspace) -> None:
        super().__init__(screen)
        self.screen = screen

    def find(self) -> None:
        screen = self.screen
        text = screen.customer_entry.text().strip()
        if not text:
            screen.set_walk_in()
            return
        services, actor = screen.ctx.services, screen.actor

        def lookup() -> Customer | list[Customer]:
            try:
                return services.customers.get_by_username(actor, text)
            except NotFoundError:
                return list(services.customers.search(actor, text, limit=50).items)

        screen.ctx.tasks.read(lookup, self._found, screen.report)

    def _found(self, found: Customer | list[Customer]) -> None:
        screen = self.screen
        if isinstance(found, list):
            if not found:
                screen._flash(self.tr("No customer matches that"), error=True)
                return
            if len(found) > 1:
                dialog = CustomerPickDialog(found, screen)
                dialog.chosen.connect(screen.set_customer)
                dialog.rejected.connect(screen.customer_entry.setFocus)
                dialog.open()
                return
            found = found[0]
        screen.set_customer(found)
