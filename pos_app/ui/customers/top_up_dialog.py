"""Topping up a customer's wallet, paid in cash or by card; and a manager's deduction from
it, with its reason (an adjustment: a top-up made twice, say)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from pos_app.domain.money import format_money
from pos_app.services.records import Actor, Customer
from pos_app.ui.context import AppContext
from pos_app.ui.customers.customer_dialogs import DIALOG_MIN_WIDTH
from pos_app.ui.dialogs import FormDialog
from pos_app.ui.forms import named
from pos_app.ui.i18n import translate
from pos_app.ui.money_format import input_money
from pos_app.ui.widgets import latin_digits


class _WalletDialog(FormDialog):
    """The customer, their balance, and an amount with its reason: what a top-up and a
    deduction both ask."""

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        customer: Customer,
        title: str,
        example: Decimal,
        parent: QWidget | None,
    ) -> None:
        super().__init__(ctx, title, parent)
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        self._actor = actor
        self.customer = customer
        # translate(), not self.tr(): a subclass's tr() would look under its own name.
        balance = translate("WalletDialog", "{0}: balance {1}")
        self.form.layout.addRow(
            QLabel(balance.format(customer.name, format_money(customer.balance)))
        )
        self.amount = named(QLineEdit(), "amount")
        latin_digits(self.amount)
        example_text = translate("WalletDialog", "e.g. {0}").format(input_money(example))
        self.amount.setPlaceholderText(example_text)
        self.reason = named(QLineEdit(), "reason")


class TopUpDialog(_WalletDialog):
    def __init__(
        self, ctx: AppContext, actor: Actor, customer: Customer, parent: QWidget | None = None
    ) -> None:
        title = self.tr("Top up {0}").format(customer.username)
        super().__init__(ctx, actor, customer, title, Decimal(20), parent)
        self.reason.setPlaceholderText(self.tr("optional"))
        # How the customer paid: the Z report counts cash top-ups in this counter's drawer.
        self.method = named(QComboBox(), "topUpMethod")
        self.method.addItem(self.tr("Cash (into this drawer)"), "cash")
        self.method.addItem(self.tr("Card (external terminal)"), "card")
        self.method.setCurrentIndex(0)
        self.form.add("amount", self.tr("&Amount"), self.amount)
        self.form.add("method", self.tr("Paid &by"), self.method)
        self.form.add("reason", self.tr("&Reason"), self.reason)
        self.amount.setFocus()

    def work(self) -> Callable[[], Any] | None:
        # The service parses the text exactly (Decimal, at most two decimals, never a float).
        amount, reason, customer_id = self.amount.text(), self.reason.text(), self.customer.id
        method, counter = str(self.method.currentData()), self.ctx.settings.counter_name
        return lambda: self.ctx.services.wallets.top_up(
            self._actor, customer_id, amount, reason, method=method, counter=counter
        )


class DeductDialog(_WalletDialog):
    """Take money out of a wallet (``wallet.deduct``, a manager's): the amount and why,
    both required; never below zero (the service refuses it)."""

    def __init__(
        self, ctx: AppContext, actor: Actor, customer: Customer, parent: QWidget | None = None
    ) -> None:
        title = self.tr("Deduct from {0}").format(customer.username)
        super().__init__(ctx, actor, customer, title, Decimal(10), parent)
        self.reason.setPlaceholderText(self.tr("e.g. a top-up made twice"))
        self.form.add("amount", self.tr("&Amount"), self.amount)
        self.form.add("reason", self.tr("&Reason"), self.reason)
        self.amount.setFocus()

    def work(self) -> Callable[[], Any] | None:
        amount, reason, customer_id = self.amount.text(), self.reason.text(), self.customer.id
        if not reason.strip():
            self.form.show_error(self.tr("Say why the money is taken out"), "reason")
            return None
        return lambda: self.ctx.services.wallets.deduct(self._actor, customer_id, amount, reason)
