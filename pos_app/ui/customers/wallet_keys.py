"""A customer's keys to their wallet (issue 16), set by a manager in the Customers
workspace: the PIN the customer types at the counter (Ctrl+Shift+W: typed twice by the
customer) and the customer card whose barcode the counter scans (Ctrl+Shift+K: a new
card replaces the earlier one, which no longer pays)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from pos_app.services.records import Actor, Customer
from pos_app.ui.context import AppContext
from pos_app.ui.customers.customer_dialogs import DIALOG_MIN_WIDTH
from pos_app.ui.dialogs import FormDialog
from pos_app.ui.forms import named
from pos_app.ui.widgets import latin_digits

#: The keys of the Customers workspace for them.
PIN_KEY = "Ctrl+Shift+W"
CARD_KEY = "Ctrl+Shift+K"


class WalletPinDialog(FormDialog):
    """The customer types their new PIN twice (hidden); the manager confirms. A lock from
    wrong PINs ends with it."""

    def __init__(
        self, ctx: AppContext, actor: Actor, customer: Customer, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("Wallet PIN of {0}").format(customer.username), parent)
        self.setObjectName("walletPinDialog")
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        self._actor = actor
        self.customer = customer
        said = QLabel(
            self.tr(
                "The customer types a PIN of 4 to 6 digits, twice. It pays from their "
                "wallet at the counter; the earlier PIN no longer does."
            )
        )
        said.setWordWrap(True)  # one line, it stretched the dialog to 910 px (a trial)
        self.form.layout.addRow(said)
        self.pin = named(QLineEdit(), "pin")
        self.again = named(QLineEdit(), "pin_again")
        latin_digits(self.pin, self.again)
        for field in (self.pin, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add("pin", self.tr("New &PIN"), self.pin)
        self.form.add("pin_again", self.tr("PIN a&gain"), self.again)
        self.ok_button.setText(self.tr("&Set PIN"))

    def _failed(self, exc: Exception) -> None:
        """A PIN refused is typed again from nothing (the two fields are hidden)."""
        field = getattr(exc, "field", None)
        if field == "pin":
            self.again.clear()
        if field in ("pin", "pin_again"):
            self.form.widget(field).clear()  # type: ignore[attr-defined]
        super()._failed(exc)  # then said, with the cursor in that field

    def work(self) -> Callable[[], Any] | None:
        pin, again, customer_id = self.pin.text(), self.again.text(), self.customer.id
        return lambda: self.ctx.services.customers.set_pin(self._actor, customer_id, pin, again)


class WalletCardDialog(FormDialog):
    """A new customer card: its code, to print as the card's barcode, is shown once."""

    def __init__(
        self, ctx: AppContext, actor: Actor, customer: Customer, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("Customer card of {0}").format(customer.username), parent)
        self.setObjectName("walletCardDialog")
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        self._actor = actor
        self.customer = customer
        said = QLabel(
            self.tr(
                "A new card pays from {0}'s wallet when its barcode is scanned at the "
                "counter. Any earlier card of theirs no longer pays."
            ).format(customer.name)
        )
        said.setWordWrap(True)
        self.form.layout.addRow(said)
        self.ok_button.setText(self.tr("&Issue card"))

    def work(self) -> Callable[[], Any] | None:
        customer_id = self.customer.id
        return lambda: self.ctx.services.customers.issue_card(self._actor, customer_id)
