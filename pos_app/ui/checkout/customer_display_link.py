"""Keeps a checkout screen's customer display (``pos_app.ui.customer_display``) and pole
display (``pos_app.devices.pole_display``) in step with the cashier's screen, from the
same objects and signals, with no read of their own: the cart model and its quote, the
payment dialog as the cashier types, and the sale once it is recorded (``paying``).

Both follow this counter's settings (``AppSettings.customer_display`` and
``pole_display``), read again each time the cashier's window comes back to the front, so
Settings turns them on and off as soon as it closes. A pole display that fails is logged
and said once on the status bar; the sale never hears of it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from pos_app.devices import pole_display as pole
from pos_app.domain.errors import ValidationError
from pos_app.domain.money import ZERO, format_money, parse_money
from pos_app.services.records import Sale
from pos_app.ui.checkout.payment_dialog import PaymentDialog
from pos_app.ui.checkout.quote_summary import quote_rows
from pos_app.ui.customer_display import CustomerDisplay, Rows
from pos_app.ui.receipt_words import pole_say

if TYPE_CHECKING:
    from pos_app.ui.workspaces.checkout import CheckoutWorkspace

log = logging.getLogger(__name__)

#: How long the thank-you stays when no next customer is scanned.
THANKS_MS = 20_000


@dataclass(frozen=True)
class PaymentFigures:
    """What the payment dialog says the customer hands over, for the customer's eyes."""

    rows: Rows
    total: Decimal
    tendered: Decimal | None = None
    change: Decimal | None = None


def _typed(field: QLineEdit) -> Decimal:
    """The amount typed so far (0 while it is not one yet)."""
    try:
        amount = parse_money(field.text().strip() or "0")
    except ValidationError:
        return ZERO
    return max(amount, ZERO)


def payment_figures(dialog: PaymentDialog) -> PaymentFigures:
    """The total, how it is being paid, the cash tendered and the change, as the cashier
    types them in ``dialog``."""
    total = dialog.total
    rows: Rows = [("TOTAL", format_money(total))]
    if dialog.wallet.isChecked():
        return PaymentFigures([*rows, ("Store credit", format_money(total))], total)
    if dialog.card.isChecked():
        return PaymentFigures([*rows, ("Card", format_money(total))], total)
    wallet = card = ZERO
    if dialog.split.isChecked():
        wallet, card = _typed(dialog.wallet_amount), _typed(dialog.card_amount)
        rows += [(name, format_money(v)) for name, v in (("Store credit", wallet), ("Card", card))]
        rows = [row for row in rows if row[1] != format_money(ZERO)]
    left = total - wallet - card
    due = dialog.rounded(left) if left > 0 else ZERO
    if not due:
        return PaymentFigures(rows, total)
    if due != total:
        rows.append(("In cash", format_money(due)))
    tendered = _typed(dialog.tendered)
    if not tendered:
        return PaymentFigures(rows, total)
    rows.append(("Tendered", format_money(tendered)))
    if tendered < due:
        return PaymentFigures(rows, total, tendered)
    change = tendered - due
    return PaymentFigures([*rows, ("Change", format_money(change))], total, tendered, change)


def sale_change(sale: Sale) -> tuple[Decimal | None, Decimal | None]:
    """The cash handed over and the change given on ``sale`` (None, None: no cash)."""
    cash = [p for p in sale.payments if p.tendered is not None]
    if not cash:
        return None, None
    tendered = sum((p.tendered or ZERO for p in cash), ZERO)
    return tendered, sum((p.change or ZERO for p in cash), ZERO)


class CustomerDisplayLink(QObject):
    """Keeps one checkout screen's customer display and pole display in step with it.

    Signals: pole_failed(str): internal, from the pole's thread to this one."""

    pole_failed = Signal(str)

    def __init__(self, screen: CheckoutWorkspace) -> None:
        super().__init__(screen)
        self.screen = screen
        self.window: CustomerDisplay | None = None
        self.pole: pole.PoleDisplay | None = None
        self._pole_said = False
        self._payment: PaymentFigures | None = None
        self._thanks: Sale | None = None
        self._last_row: int | None = None
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.timeout.connect(self._thanks_over)
        self.pole_failed.connect(self._say_pole_failed, Qt.ConnectionType.QueuedConnection)
        cart = screen.cart
        cart.changed.connect(self.refresh)
        cart.modelReset.connect(self.refresh)
        cart.dataChanged.connect(self._line_changed)
        cart.rowsInserted.connect(self._line_added)
        paying = screen.paying
        paying.payment_opened.connect(self._payment_opened)
        paying.sale_recorded.connect(self._sale_recorded)
        paying.sale_refused.connect(self._payment_over)
        screen.installEventFilter(self)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(lambda _screen: self._replace())
            app.screenRemoved.connect(lambda _screen: self._replace())
        screen.destroyed.connect(self.close)

    # -- following the counter's settings ---------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.screen and event.type() in (
            QEvent.Type.Show,
            QEvent.Type.WindowActivate,
        ):
            QTimer.singleShot(0, self.sync)
        return False

    def sync(self) -> None:
        """Open or close the display and the pole as this counter's settings say now."""
        if not shiboken6.isValid(self.screen):
            return
        settings = self.screen.ctx.settings
        if settings.customer_display and self.window is None:
            self.window = CustomerDisplay(self.screen.cart, settings.store_name)
            self.refresh()
            self.window.place(self.screen.window())
        elif not settings.customer_display and self.window is not None:
            self._close_window()
        target = settings.pole_display
        if self.pole is not None and self.pole.target != target:
            self._close_pole()
        if target and self.pole is None:
            self.pole = pole.PoleDisplay(target, on_error=self.pole_failed.emit)
            self._pole_said = False
            self.refresh()

    def _replace(self) -> None:
        """A screen came or went: the display goes where it belongs now."""
        if self.window is not None and shiboken6.isValid(self.screen):
            self.window.place(self.screen.window())

    def close(self) -> None:
        """The cashier signs out or the screen closes: no display is left behind."""
        self._close_window()
        self._close_pole()

    def _close_window(self) -> None:
        window, self.window = self.window, None
        if window is not None and shiboken6.isValid(window):
            window.close()
            window.deleteLater()

    def _close_pole(self) -> None:
        device, self.pole = self.pole, None
        if device is not None:
            device.close()

    # -- what the cashier does --------------------------------------------------------
    def _line_added(self, _parent: QModelIndex, _first: int, last: int) -> None:
        self._last_row = last
        self.refresh()

    def _line_changed(self, first: QModelIndex, last: QModelIndex, *_: object) -> None:
        """One line changed (its quantity, its discount) is the one the pole shows; a
        new quote changes every line's savings and leaves that as it was."""
        if first.row() == last.row() and self.screen.cart.rowCount() > 1:
            self._last_row = first.row()
        self.refresh()

    def _payment_opened(self, dialog: PaymentDialog) -> None:
        def update() -> None:
            self._payment = payment_figures(dialog)
            self.refresh()

        fields: Iterable[QLineEdit] = (dialog.tendered, dialog.wallet_amount, dialog.card_amount)
        for field in fields:
            field.textChanged.connect(update)
        for button in (dialog.wallet, dialog.cash, dialog.card, dialog.split):
            button.toggled.connect(update)
        dialog.confirmed.connect(update)
        dialog.rejected.connect(self._payment_over)
        update()

    def _payment_over(self) -> None:
        """The payment was cancelled, or the sale was not recorded: back to the cart."""
        self._payment = None
        self.refresh()

    def _sale_recorded(self, sale: Sale) -> None:
        self._payment = None
        self._thanks = sale
        self.thanks_timer.start(THANKS_MS)
        self.refresh()

    def _thanks_over(self) -> None:
        self._thanks = None
        self.refresh()

    # -- what the customer sees -------------------------------------------------------
    def refresh(self, *_: object) -> None:
        if self.window is None and self.pole is None:
            return
        cart = self.screen.cart
        if cart.rowCount() and self._payment is None:
            self._thanks = None  # the next customer
            self.thanks_timer.stop()
        if self._payment is not None or cart.rowCount():
            self._show_cart(self._payment)
        elif self._thanks is not None:
            self._show_thanks(self._thanks)
        else:
            if self.window is not None:
                self.window.show_welcome()
            self._pole(pole.welcome(self.screen.ctx.settings.store_name, pole_say))

    def _show_cart(self, payment: PaymentFigures | None) -> None:
        cart, quoter = self.screen.cart, self.screen.quoter
        quote = quoter.current()  # compares the whole cart: once per refresh
        total = quote.total if quote is not None else None
        if quote is not None:
            rows, pending = quote_rows(quote, cart.cart_discount), False
        elif quoter.error:
            rows, pending = [("TOTAL", "—")], False
        else:  # being priced: the last figures, greyed
            shown = self.window.totals.rows if self.window is not None else []
            rows, pending = shown or [("TOTAL", format_money(cart.total()))], True
        if self.window is not None:
            self.window.show_cart(rows, pending=pending, payment=payment.rows if payment else None)
        if payment is not None:
            self._pole(pole.paying(payment.total, payment.tendered, payment.change, pole_say))
            return
        items = cart.items()
        row = self._last_row if self._last_row is not None else len(items) - 1
        if not 0 <= row < len(items):
            row = len(items) - 1
        if row >= 0:
            line = items[row]
            self._pole(
                pole.item(line.product.name, line.quantity, line.line_total, total, pole_say)
            )
        elif total is not None:
            self._pole(pole.total(total, pole_say))

    def _show_thanks(self, sale: Sale) -> None:
        tendered, change = sale_change(sale)
        rows: Rows = [("Total", format_money(sale.total))]
        if tendered is not None and change is not None:
            rows += [("Tendered", format_money(tendered)), ("Change", format_money(change))]
        if self.window is not None:
            self.window.show_thanks(rows)
        self._pole(pole.thanks(change, pole_say))

    def _pole(self, text: pole.PoleText) -> None:
        if self.pole is not None:
            self.pole.show(text)

    def _say_pole_failed(self, reason: str) -> None:
        """Said once on the status bar (the log has each time it stopped working)."""
        if self._pole_said or not shiboken6.isValid(self.screen):
            return
        self._pole_said = True
        window = self.screen.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(self.tr("Customer pole display: {0}").format(reason))
