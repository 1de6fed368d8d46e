"""The customer's consent before their wallet pays (issue 16): their PIN, typed on the
counter's keypad (hidden), or the scan of their customer card, in one field.

It opens over the payment dialog when the payment has a wallet part. Enter sends the
sale with what was typed and the dialog waits for the outcome: a wrong PIN is said in
place (the tries left, or until when the PIN is locked) with the field cleared and the
cursor back in it. Escape goes back to the payment dialog, whose amounts stay as typed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from pos_app.domain.wallet_consent import (
    MESSAGES,
    NEEDS,
    PIN_MAX_DIGITS,
    ConsentMode,
    Refusal,
    WalletConsent,
    WalletConsentRefused,
)
from pos_app.ui.checkout.one_field_dialogs import OneFieldDialog
from pos_app.ui.forms import named
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from pos_app.ui.widgets import latin_digits

#: The refusals the services raise (``domain.wallet_consent``), for the translators
#: (the screen translates a refusal by its template, ``service_messages``).
SERVICE_TEMPLATES = (
    QT_TRANSLATE_NOOP("ServiceMessages", "Paying from the wallet needs the customer's PIN or card"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Paying from the wallet needs the customer's PIN"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Paying from the wallet needs the scan of the customer's card"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "This wallet cannot be paid by PIN: scan the customer's card"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This wallet cannot be paid by card scan: the customer types their PIN",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Wrong PIN. Tries left before the PIN locks: {tries}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "This card is not the customer's card"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Too many wrong PINs: the PIN is locked until {time}"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The server cannot be reached: the wallet pays only by the scan of the customer's card",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "A PIN is 4 to 6 digits"),
    QT_TRANSLATE_NOOP("ServiceMessages", "This PIN is too easy to guess; choose another"),
    QT_TRANSLATE_NOOP("ServiceMessages", "The two PINs differ; type it again"),
)
assert set(SERVICE_TEMPLATES) >= set(NEEDS.values()) | set(MESSAGES.values())


def refusal_text(exc: WalletConsentRefused, said: str) -> str:
    """What the counter says of a refused consent: ``said`` (the refusal's own words),
    but where the store takes PINs and the customer has none, that (the manager's trial
    typed a PIN for a customer who had never been given one and read "This wallet cannot
    be paid by PIN: scan the customer's card"; she had no card either)."""
    if exc.refusal == Refusal.NO_PIN and exc.mode != ConsentMode.CARD:
        return translate(
            "WalletConsentDialog",
            "This customer has no wallet PIN yet: scan their card, or a manager sets a PIN "
            "in Customers (Ctrl+Shift+W)",
        )
    return said


def typed_consent(text: str) -> WalletConsent:
    """A PIN is a few digits; anything longer (or not digits) is a card's scanned code."""
    text = text.strip()
    if text.isdigit() and len(text) <= PIN_MAX_DIGITS:
        return WalletConsent(pin=text)
    return WalletConsent(card=text)


class WalletConsentDialog(OneFieldDialog):
    """The customer's PIN or card scan for the wallet part of a payment.

    Signals: given(object): the WalletConsent typed (the dialog stays open until
    ``done_with`` or ``refused``)."""

    given = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        field = named(QLineEdit(), "customerPin")
        latin_digits(field)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        super().__init__(
            translate("WalletConsentDialog", "Store credit: the customer's consent"),
            translate("WalletConsentDialog", "Customer &PIN or card scan"),
            field,
            translate("WalletConsentDialog", "&Pay from the wallet"),
            above=translate(
                "WalletConsentDialog",
                "The customer types their PIN (it is not shown), or scan their customer "
                "card. Escape goes back to the payment.",
            ),
            parent=parent,
        )
        self.setObjectName("walletConsentDialog")

    def answer(self, text: str) -> bool:
        if not self.field.isEnabled():  # Enter reaches the field and the default button
            return False
        if not text:
            self.form.show_error(
                translate("WalletConsentDialog", "Type the customer's PIN or scan their card"),
                self.field.objectName(),
            )
            return False
        self.field.setEnabled(False)  # one Enter, one sale: the outcome comes back here
        self.given.emit(typed_consent(text))
        return False

    def refused(self, message: str) -> None:
        """The PIN or card was refused: said in place, the field cleared for the next try."""
        self.field.setEnabled(True)
        self.field.clear()
        self.form.show_error(message, self.field.objectName())
        self.field.setFocus()

    def reject(self) -> None:
        if self.field.isEnabled():  # not while the sale is on its way
            super().reject()
