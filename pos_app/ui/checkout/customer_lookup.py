"""Finding the checkout's customer from what was typed (Ctrl+K, then Enter): a username
exactly, or else a search by name, phone or e-mail, with a pick list when several match.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from pos_app.domain.errors import NotFoundError
from pos_app.services.records import Customer
from pos_app.ui.checkout.pick_dialogs import CustomerPickDialog

if TYPE_CHECKING:
    from pos_app.ui.workspaces.checkout import CheckoutWorkspace

log = logging.getLogger(__name__)


def _quietly(outcome: object) -> None:
    """A lease not taken only means no store credit offline later; the sale goes on."""
    if isinstance(outcome, Exception):
        log.info("store credit not reserved for offline use: %s", outcome)


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
                dialog.chosen.connect(self._attach)
                dialog.rejected.connect(screen.customer_entry.setFocus)
                dialog.open()
                return
            found = found[0]
        self._attach(found)

    def _attach(self, customer: Customer) -> None:
        """Attach ``customer``; while the server answers, this counter also reserves (or
        renews) their store credit for offline use, if the store allows it (issue 15)."""
        screen = self.screen
        screen.set_customer(customer)
        offline, actor, counter = screen.ctx.services.offline, screen.actor, screen.counter
        if offline.on_server and counter:
            reserve = partial(offline.reserve_credit, actor, customer.id, counter)
            screen.ctx.tasks.write(reserve, _quietly, _quietly)
