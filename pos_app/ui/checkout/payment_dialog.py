"""The payment dialog of the checkout screen: wallet, cash, card (external terminal) or a split."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.errors import ValidationError
from pos_app.domain.money import ZERO, format_money, parse_money
from pos_app.domain.wallet_consent import WalletConsent
from pos_app.services.cart_request import CARD_REFERENCE_MAX, clean_card_reference
from pos_app.ui.checkout.consent_dialog import WalletConsentDialog
from pos_app.ui.forms import InlineForm, fit_window, named
from pos_app.ui.money_format import input_money
from pos_app.ui.widgets import latin_digits


@dataclass(frozen=True)
class Tender:
    """How the customer pays, as the cashier entered it in the payment dialog."""

    #: From the customer's store credit.
    wallet: Decimal
    #: The cash handed over (covers the cash part; the rest is change); None: no cash part.
    cash_tendered: Decimal | None
    #: Charged on the external card terminal.
    card: Decimal = ZERO
    #: The terminal's approval code or last digits, if typed.
    card_reference: str = ""
    #: The customer's PIN or card scan for the wallet part (``WalletConsentDialog``).
    consent: WalletConsent | None = dataclasses.field(default=None, repr=False)


#: Large type for the amount a cashier reads aloud or counts out.
BIG_AMOUNT_STYLE = "font-size: 28pt; font-weight: bold;"
SHORT_STYLE = "font-size: 16pt; font-weight: bold; color: #b91c1c;"
#: The amounts of a split in the order Enter walks them: the wallet first, then cash.
SPLIT_FIELDS = ("wallet_amount", "cash_tendered", "card_amount")


class MethodButton(QRadioButton):
    """A payment method whose Alt key chooses it at once. (A radio button clicks 100 ms
    after its mnemonic; digits typed in between would go to the button, not the amount.)

    Signals: chosen(): its key was pressed.
    """

    chosen = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut and self.isEnabled():
            self.setChecked(True)
            self.chosen.emit()
            return True
        return super().event(event)


class PaymentDialog(QDialog):
    """How the customer pays: wallet, cash, card (external terminal) or a split of them.

    It opens with the cursor where the default method needs it: on Wallet when the store
    credit covers the total (Enter pays), in Cash tendered for cash, in the wallet part
    for a split. The change is shown in large type as the cash is typed. Enter never
    confirms a payment that does not add up: the shortfall is said in place, and in a
    split Enter moves on to the next amount first. ``cash_due`` is the store's cash rounding
    (``Quote.cash_due``): what to take in cash for a cash part.

    Signals: confirmed(object): the Tender.
    """

    confirmed = Signal(object)

    def __init__(  # noqa: PLR0915 - builds the dialog's widgets, top to bottom
        self,
        total: Decimal,
        balance: Decimal | None,
        parent: QWidget | None = None,
        cash_due: Callable[[Decimal], Decimal] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self.setWindowTitle(self.tr("Payment"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.total = total
        self.balance = balance
        self.rounded: Callable[[Decimal], Decimal] = cash_due or (lambda cash: cash)
        layout = QVBoxLayout(self)
        in_cash = self.rounded(total)
        shown = self.tr("Total {0}").format(format_money(total))
        if in_cash != total:
            shown += " " + self.tr("(in cash {0})").format(format_money(in_cash))
        self.total_label = named(QLabel(shown), "bigNumber")
        self.total_label.setStyleSheet(BIG_AMOUNT_STYLE)
        layout.addWidget(self.total_label)
        covers = balance is not None and balance >= total
        if balance is not None:
            credit = self.tr("Store credit {0}").format(format_money(balance))
            if not covers:
                rest = self.tr(": does not cover {0}; pay the rest by Split")
                credit += rest.format(format_money(total))
            self.credit_label = named(QLabel(credit), "storeCredit")
            self.credit_label.setWordWrap(True)
            layout.addWidget(self.credit_label)
        self.wallet = named(MethodButton(self.tr("&Wallet (store credit)")), "payWallet")
        self.cash = named(MethodButton(self.tr("&Cash")), "payCash")
        self.card = named(MethodButton(self.tr("C&ard (external terminal)")), "payCard")
        self.split = named(MethodButton(self.tr("S&plit: wallet, card and cash")), "paySplit")
        group = QButtonGroup(self)
        for button in (self.wallet, self.cash, self.card, self.split):
            group.addButton(button)
            layout.addWidget(button)
        self.form = InlineForm(self)
        self.wallet_amount = named(QLineEdit(), "walletAmount")
        self.tendered = named(QLineEdit(), "cashTendered")
        self.card_amount = named(QLineEdit(), "cardAmount")
        latin_digits(self.wallet_amount, self.tendered, self.card_amount)
        self.card_reference = named(QLineEdit(), "cardReference")
        self.card_reference.setPlaceholderText(self.tr("optional: approval code or last digits"))
        self.form.add("wallet_amount", self.tr("Wallet pa&rt"), self.wallet_amount)
        self.form.add("cash_tendered", self.tr("Cash &tendered"), self.tendered)
        self.form.add("card_amount", self.tr("Card a&mount"), self.card_amount)
        reference = self.tr("Card r&eference")
        self.form.add("card_reference", reference, self.card_reference, limit=CARD_REFERENCE_MAX)
        layout.addLayout(self.form.layout)
        self.change_label = named(QLabel(), "changeDue")
        self.change_label.setStyleSheet(BIG_AMOUNT_STYLE)
        self.change_label.setWordWrap(True)  # a long text wraps: the dialog never widens
        layout.addWidget(self.change_label)
        layout.addWidget(self.form.form_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.confirm_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm_button.setText(self.tr("C&onfirm payment"))
        self.confirm_button.setObjectName("confirmPayment")
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.wallet.setEnabled(covers)
        self.split.setEnabled(True)
        if covers:
            self.wallet.setChecked(True)
        elif balance is not None and balance > 0:
            self.split.setChecked(True)
            self.wallet_amount.setText(input_money(balance))
        else:
            self.cash.setChecked(True)
        self._update()
        for button in (self.wallet, self.cash, self.card, self.split):
            button.toggled.connect(self._method_changed)
            button.chosen.connect(self._focus_method)
        for field in (self.wallet_amount, self.tendered, self.card_amount):
            field.textChanged.connect(self._update)
        #: The customer's consent being asked (a wallet part), if any.
        self.consent_dialog: WalletConsentDialog | None = None
        self._focus_method()

    # -- what the cashier entered --------------------------------------------------------
    def _money(self, field: QLineEdit, name: str, label: str) -> Decimal:
        """The amount typed in ``field`` (empty: 0.00); raises ValidationError."""
        text = field.text().strip()
        if not text:
            return ZERO
        amount = parse_money(text, field=name, label=label)
        if amount < 0:
            raise ValidationError(self.tr("{0} cannot be negative").format(label), name)
        return amount

    def tender(self) -> Tender:
        """The payment as entered, if it adds up; raises ValidationError (with the field
        to fix) when it does not."""
        total = self.total
        if self.wallet.isChecked():
            return Tender(total, None)
        reference = clean_card_reference(self.card_reference.text())
        if self.card.isChecked():
            return Tender(ZERO, None, total, reference)
        wallet = card = ZERO
        if self.split.isChecked():
            wallet = self._money(self.wallet_amount, "wallet_amount", self.tr("Wallet part"))
            if wallet and self.balance is None:
                said = self.tr("Attach a customer to pay from a wallet")
                raise ValidationError(said, "wallet_amount")
            if self.balance is not None and wallet > self.balance:
                said = self.tr("Wallet part {0} is more than the store credit {1}")
                money = format_money(wallet), format_money(self.balance)
                raise ValidationError(said.format(*money), "wallet_amount")
            if wallet > total:
                said = self.tr("Wallet part {0} is more than the total")
                raise ValidationError(said.format(format_money(wallet)), "wallet_amount")
            card = self._money(self.card_amount, "card_amount", self.tr("Card amount"))
            if wallet + card > total:
                said = self.tr("Card amount {0} is more than the {1} left to pay")
                money = format_money(card), format_money(total - wallet)
                raise ValidationError(said.format(*money), "card_amount")
            if reference and not card:
                said = self.tr("A card reference needs a card amount")
                raise ValidationError(said, "card_reference")
        due = self.rounded(total - wallet - card)
        if not due:
            return Tender(wallet, None, card, reference if card else "")
        tendered = self._money(self.tendered, "cash_tendered", self.tr("Cash tendered"))
        if tendered < due:
            said = self.tr("Cash tendered {0} does not cover {1}: {2} short")
            short = format_money(tendered), format_money(due), format_money(due - tendered)
            raise ValidationError(said.format(*short), "cash_tendered")
        return Tender(wallet, tendered, card, reference if card else "")

    def _cash_due(self) -> Decimal | None:
        """The cash part as entered so far (None when there is none or it is unknown)."""
        if self.cash.isChecked():
            return self.rounded(self.total)
        if not self.split.isChecked():
            return None
        try:
            wallet = self._money(self.wallet_amount, "wallet_amount", self.tr("Wallet part"))
            card = self._money(self.card_amount, "card_amount", self.tr("Card amount"))
        except ValidationError:
            return None
        due = self.total - wallet - card
        return self.rounded(due) if due > 0 else None

    # -- keeping the screen true ---------------------------------------------------------
    def _method_changed(self, checked: bool) -> None:
        if checked:
            self._update()
            self._focus_method()

    def _focus_method(self) -> None:
        """The cursor where the chosen method needs it."""
        if self.cash.isChecked():
            target: QWidget = self.tendered
        elif self.card.isChecked():
            target = self.card_reference
        elif self.split.isChecked():
            target = self.wallet_amount if self.wallet_amount.isEnabled() else self.card_amount
        else:
            target = self.wallet
        target.setFocus()
        if isinstance(target, QLineEdit):
            target.selectAll()

    def _update(self) -> None:
        split, cash, card = self.split.isChecked(), self.cash.isChecked(), self.card.isChecked()
        self.wallet_amount.setEnabled(split and self.balance is not None and self.balance > 0)
        self.card_amount.setEnabled(split)
        self.card_reference.setEnabled(split or card)
        self.tendered.setEnabled(split or cash)
        self.form.clear()
        if self.wallet.isChecked():
            self._say_change(self.tr("Paid from store credit"), BIG_AMOUNT_STYLE)
            return
        if card:
            said = self.tr("Card {0} on the terminal").format(format_money(self.total))
            self._say_change(said, BIG_AMOUNT_STYLE)
            return
        due = self._cash_due()
        if due is None:
            self._say_change("", BIG_AMOUNT_STYLE)
            return
        try:
            tendered = self._money(self.tendered, "cash_tendered", self.tr("Cash tendered"))
        except ValidationError as exc:  # said under the field; the figure stays in sight
            self.form.show_error(exc, focus=False)
            self._say_change(self.tr("Cash due {0}").format(format_money(due)), SHORT_STYLE)
            return
        if tendered >= due:
            change = self.tr("Change {0}").format(format_money(tendered - due))
            self._say_change(change, BIG_AMOUNT_STYLE)
        else:
            self._say_change(self.tr("Cash due {0}").format(format_money(due)), SHORT_STYLE)

    def _say_change(self, text: str, style: str) -> None:
        self.change_label.setStyleSheet(style)
        self.change_label.setText(text)
        fit_window(self.change_label)  # it wraps rather than widen: the window grows down

    # -- Enter -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter confirms, from wherever the cursor is; in a split it first moves from an
        amount to the next one while the payment does not add up yet."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            focus = self.focusWidget()
            if isinstance(focus, QPushButton) and focus is not self.confirm_button:
                super().keyPressEvent(event)  # Enter on Cancel cancels
                return
            if self.split.isChecked() and focus in self._split_order():
                try:
                    self.tender()
                except ValidationError as exc:
                    # What is typed up to here is fine; the rest is not entered yet.
                    names = list(SPLIT_FIELDS)
                    here = self._split_order().index(focus)
                    later = exc.field in names and names.index(exc.field or "") > here
                    following = self._next_amount(focus) if later else None
                    if following is not None:
                        following.setFocus()
                        following.selectAll()
                        return
            self.confirm()
            return
        super().keyPressEvent(event)

    def _split_order(self) -> list[QLineEdit]:
        fields = {"wallet_amount": self.wallet_amount, "cash_tendered": self.tendered}
        fields["card_amount"] = self.card_amount
        return [fields[name] for name in SPLIT_FIELDS]

    def _next_amount(self, current: QWidget) -> QLineEdit | None:
        order = self._split_order()
        for field in order[order.index(current) + 1 :]:  # type: ignore[arg-type]
            if field.isEnabled() and not field.text().strip():
                return field
        return None

    def confirm(self) -> None:
        self.form.clear()
        try:
            tender = self.tender()
        except ValidationError as exc:
            self.form.show_error(exc)  # in place, with the cursor in the field to fix
            field = self.form.widget(exc.field) if exc.field in self.form.names() else None
            if isinstance(field, QLineEdit):
                field.selectAll()
            return
        if tender.wallet:
            self._ask_consent(tender)  # the sale goes from there; this dialog stays
            return
        self.confirm_button.setEnabled(False)  # one press, one sale
        self.confirmed.emit(tender)
        self.accept()

    def _ask_consent(self, tender: Tender) -> None:
        """The wallet pays only with the customer's PIN or card (issue 16): asked over this
        dialog, which the payer's ``done`` closes once the sale is recorded (or refused
        for another reason); Escape there comes back here with the amounts as typed."""
        dialog = WalletConsentDialog(self)
        dialog.given.connect(lambda consent: self.confirmed.emit(replace(tender, consent=consent)))
        self.consent_dialog = dialog
        dialog.finished.connect(lambda _code: self._consent_closed(dialog))
        dialog.open()

    def _consent_closed(self, dialog: WalletConsentDialog) -> None:
        if self.consent_dialog is dialog:
            self.consent_dialog = None
            if self.isVisible():  # back here, the cursor where the method needs it
                self.activateWindow()
                self._focus_method()

    def refused(self, message: str) -> bool:
        """The customer's PIN or card was refused: said in the consent dialog, for another
        try. False when none is open (the caller says it elsewhere)."""
        if self.consent_dialog is None:
            return False
        self.consent_dialog.refused(message)
        return True

    def done_with(self) -> None:
        """The sale was recorded (or refused other than for its consent): both close."""
        if self.consent_dialog is not None:
            self.consent_dialog.field.setEnabled(True)
            self.consent_dialog.accept()
        self.accept()
