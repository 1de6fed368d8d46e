"""Discounts at the checkout, by keyboard: F7 the selected line, Shift+F7 the whole cart.

A discount is a percent or an amount off, and always a reason. The dialog checks it by
pricing the cart with it (``sales.quote``; with the server away, ``offline.quote`` from
this counter's copy of the catalogue, by the same rules), so what the sale would refuse
(more than the line, a percent over 100) is refused in place, before it reaches the cart.
A discount over the store's limit for cashiers is kept, and said: paying then asks for a
manager (offline too: ``paying``).

The discount stays on its line (or on the cart) until it is changed or removed (the same
key, then Remove discount). Parking a cart does not keep its discounts (the parked cart
holds products and quantities only), and neither does the counter's file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget

from pos_app.domain.errors import ValidationError
from pos_app.domain.money import format_money, parse_money
from pos_app.services.records import Actor, CheckoutRequest, DiscountRequest
from pos_app.services.sale_pricing import Quote
from pos_app.ui.cart_model import CartItem, discount_given, discount_words
from pos_app.ui.checkout.offline_paying import or_offline
from pos_app.ui.checkout.quoting import QUOTE_UUID
from pos_app.ui.context import AppContext
from pos_app.ui.dialogs import FormDialog
from pos_app.ui.forms import named
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from pos_app.ui.money_format import input_money
from pos_app.ui.widgets import latin_digits, select_row

if TYPE_CHECKING:
    from pos_app.ui.workspaces.checkout import CheckoutWorkspace

#: What a cashier reads when a discount is over their limit.
NEEDS_MANAGER = QT_TRANSLATE_NOOP(
    "Discounts", "it is over the cashiers' limit: a manager authorises it when paying"
)


def authorisation_text(
    quote: Quote, items: Sequence[CartItem], cart_discount: DiscountRequest | None
) -> str:
    """What a manager is asked to authorise: "Authorise discounts of 43.17 (cart 30%: Loyal
    customer; Mouse 10%: Scuffed box)", the total the quote takes off and each discount
    given, the cart's first."""
    cart = translate("Discounts", "cart {0}: {1}")
    given = (
        [cart.format(discount_given(cart_discount), cart_discount.reason)] if cart_discount else []
    )
    given += [
        f"{item.product.name} {discount_given(item.discount)}: {item.discount.reason}"
        for item in items
        if item.discount is not None
    ]
    listed = f" ({'; '.join(given)})" if given else ""
    return (
        translate("Discounts", "Authorise discounts of {0}").format(format_money(quote.discount))
        + listed
    )


def _percent(text: str) -> Decimal:
    try:
        percent = Decimal(text.replace(",", ".").rstrip("%").strip())
    except InvalidOperation:
        percent = Decimal("NaN")
    if not percent.is_finite():
        raise ValidationError(
            translate("Discounts", "Type the percent off as a number, e.g. 10"), "percent"
        )
    if not 0 < percent <= 100:
        raise ValidationError(
            translate("Discounts", "A percent off is more than 0 and at most 100"), "percent"
        )
    return percent


def typed_discount(percent: str, amount: str, reason: str) -> DiscountRequest:
    """The discount as typed, or ValidationError naming the field to fix."""
    if not percent and not amount:
        raise ValidationError(
            translate("Discounts", "Type a percent off or an amount off"), "percent"
        )
    if percent and amount:
        raise ValidationError(
            translate("Discounts", "A discount is a percent or an amount, not both"), "amount"
        )
    if not reason:
        raise ValidationError(
            translate("Discounts", "Say why: a discount needs a reason"), "reason"
        )
    if percent:
        return DiscountRequest(reason, percent=_percent(percent))
    money = parse_money(amount, field="amount", label=translate("Discounts", "The amount off"))
    if money <= 0:
        raise ValidationError(translate("Discounts", "The amount off is more than 0.00"), "amount")
    return DiscountRequest(reason, amount=money)


class DiscountDialog(FormDialog):
    """A percent or an amount off, and the reason; Enter applies it once the cart priced
    with it is fine.

    Signals: chosen(object, bool): the discount (None: removed) and whether it needs a
    manager when paying.
    """

    chosen = Signal(object, bool)

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        what: tuple[str, str],
        given: DiscountRequest | None,
        request_for: Callable[[DiscountRequest], CheckoutRequest],
        parent: QWidget | None = None,
    ) -> None:
        title, above = what
        super().__init__(ctx, title, parent)
        self.setObjectName("discountDialog")
        self.actor = actor
        self._request_for = request_for
        self._typed: DiscountRequest | None = None
        #: The server is known away: the cart is priced offline at once.
        self.away = False
        text = QLabel(above)
        text.setWordWrap(True)
        self.box.insertWidget(0, text)
        self.percent = named(QLineEdit(), "discountPercent")
        self.percent.setPlaceholderText(self.tr("e.g. 10"))
        self.amount = named(QLineEdit(), "discountAmount")
        latin_digits(self.percent, self.amount)
        self.amount.setPlaceholderText(self.tr("or an amount, e.g. 2.50"))
        self.reason = named(QLineEdit(), "discountReason")
        self.reason.setPlaceholderText(self.tr("required: why it is given"))
        self.form.add("percent", self.tr("&Percent off"), self.percent)
        self.form.add("amount", self.tr("Amount o&ff"), self.amount)
        self.form.add("reason", self.tr("&Reason"), self.reason)
        if given is not None:
            if given.percent is not None:
                self.percent.setText(f"{given.percent.normalize():f}")
            elif given.amount is not None:
                self.amount.setText(input_money(given.amount))
            self.reason.setText(given.reason)
            remove = self.buttons.addButton(
                self.tr("Re&move discount"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            remove.setObjectName("removeDiscount")
            remove.setAutoDefault(False)
            remove.clicked.connect(self._remove)
        self.ok_button.setText(self.tr("Appl&y discount"))

    def work(self) -> Callable[[], Any] | None:
        try:
            typed = typed_discount(
                self.percent.text().strip(), self.amount.text().strip(), self.reason.text().strip()
            )
        except ValidationError as exc:
            self.form.show_error(exc)
            return None
        self._typed = typed
        services, actor, request = self.ctx.services, self.actor, self._request_for(typed)
        away = self.away
        return lambda: or_offline(
            services,
            lambda: services.sales.quote(actor, request),
            lambda: services.offline.quote(actor, request),
            away,
        )

    def _done(self, record: Any) -> None:
        assert isinstance(record, Quote)
        self.chosen.emit(self._typed, record.needs_manager)
        super()._done(record)

    def _remove(self) -> None:
        self.chosen.emit(None, False)
        self.accept()


class CartDiscounts(QObject):
    """F7 and Shift+F7 of one checkout screen."""

    def __init__(self, screen: CheckoutWorkspace) -> None:
        super().__init__(screen)
        self.screen = screen

    def _request(self, lines: Any, discount: DiscountRequest | None) -> CheckoutRequest:
        return CheckoutRequest(
            sale_uuid=QUOTE_UUID, lines=tuple(lines), counter=self.screen.counter, discount=discount
        )

    def line(self) -> None:
        """F7: a discount on the selected line (the last one when none is selected)."""
        screen, cart = self.screen, self.screen.cart
        row = screen.panel.selected_row()
        if row is None or screen._busy():
            return
        item = cart.items()[row]

        def request_for(discount: DiscountRequest) -> CheckoutRequest:
            lines = list(cart.cart_lines())
            lines[row] = replace(lines[row], discount=discount)
            return self._request(lines, cart.cart_discount)

        above = (
            f"{item.product.name}: {item.quantity} × {format_money(item.product.price)} "
            f"= {format_money(item.line_total)}"
        )
        dialog = DiscountDialog(
            screen.ctx,
            screen.actor,
            (self.tr("Discount: {0}").format(item.product.name), above),
            item.discount,
            request_for,
            screen,
        )
        key = item.key
        dialog.chosen.connect(lambda given, over: self._line_given(key, given, over))
        self._open(dialog)

    def whole_cart(self) -> None:
        """Shift+F7: a discount on the whole cart, spread over its lines by the sale."""
        screen, cart = self.screen, self.screen.cart
        if not cart.rowCount() or screen._busy():
            return
        above = self.tr(
            "The whole cart ({0} at shelf prices); the sale spreads it over the lines."
        ).format(format_money(cart.total()))
        dialog = DiscountDialog(
            screen.ctx,
            screen.actor,
            (self.tr("Discount the whole cart"), above),
            cart.cart_discount,
            lambda discount: self._request(cart.cart_lines(), discount),
            screen,
        )
        dialog.chosen.connect(self._cart_given)
        self._open(dialog)

    def _open(self, dialog: DiscountDialog) -> None:
        dialog.away = self.screen.paying.server_away
        dialog.finished.connect(lambda _code: self.screen.entry.setFocus())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _line_given(
        self, key: tuple[int, Decimal], given: DiscountRequest | None, over: bool
    ) -> None:
        screen, cart = self.screen, self.screen.cart
        keys = [item.key for item in cart.items()]
        if key not in keys or screen._busy():
            return
        row = keys.index(key)
        name = cart.items()[row].product.name
        cart.set_discount(row, given)
        select_row(screen.table, row)
        self._say(name, given, over)

    def _cart_given(self, given: DiscountRequest | None, over: bool) -> None:
        if not self.screen.cart.rowCount() or self.screen._busy():
            return
        self.screen.cart.set_cart_discount(given)
        self._say(self.tr("The whole cart"), given, over)

    def _say(self, whose: str, given: DiscountRequest | None, over: bool) -> None:
        if given is None:
            self.screen._flash(self.tr("{0}: discount removed").format(whose))
            return
        note = f"; {translate('Discounts', NEEDS_MANAGER)}" if over else ""
        said = self.tr("{0}: discount {1}").format(whose, discount_words(given))
        self.screen._flash(f"{said}{note}")
