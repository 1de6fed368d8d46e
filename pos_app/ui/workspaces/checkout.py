"""Checkout: the screen a cashier spends the day on.

One entry field with focus: a scanner types digits then Enter and one unit is added
(``3*`` before the code adds three); text searches by name and offers a pick list (arrow
keys, Enter). Pay with F12. The outcome is never ambiguous: "Sale completed", or "Sale NOT
completed: nothing was charged" with the reason; if the connection drops during the
commit, the sale's UUID is checked until the real outcome is known, and the cart is kept
until then.

The cart on screen is never only on screen: every change is saved in the counter's own
file (``services.drafts``) before it is shown, with the customer, the UUID of a sale being
paid and a park or resume in flight; the next start at this counter brings it back.
Parking and resuming carry a key, so that a lost answer is asked again, never guessed.

What the sale will charge (tax, promotions, discounts) is asked of ``sales.quote`` after
every change of the cart, in the background (``quoting``), and shown under the cart, on
its lines and beside Pay; F7 and Shift+F7 give a discount (``discounts``).

Its parts are in ``pos_app.ui.checkout``: the cart column (``cart_panel``), the scan field
(``scanning``), the customer field (``customer_lookup``), paying (``paying``), parking
(``parking``), the counter's file (``draft_keeper``), the side panel and the banner.
"""

from __future__ import annotations

import logging
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout

from pos_app.domain.money import format_money
from pos_app.services.changes import PRICING
from pos_app.services.offline import REFUND_OFFLINE
from pos_app.services.permissions import Op, allowed
from pos_app.services.records import Actor, Customer, ParkedCart, Refund, Sale
from pos_app.ui.cart_model import CartModel
from pos_app.ui.checkout.cart_panel import CartPanel
from pos_app.ui.checkout.counter_receipts import CounterReceipts
from pos_app.ui.checkout.customer_display_link import CustomerDisplayLink
from pos_app.ui.checkout.customer_lookup import CustomerLookup
from pos_app.ui.checkout.discounts import CartDiscounts
from pos_app.ui.checkout.draft_keeper import DraftKeeper
from pos_app.ui.checkout.end_of_day_dialog import EndOfDayDialog
from pos_app.ui.checkout.keys import KEYS, key_text
from pos_app.ui.checkout.one_field_dialogs import QuantityDialog
from pos_app.ui.checkout.outcome_banner import OutcomeBanner
from pos_app.ui.checkout.parking import CartParking
from pos_app.ui.checkout.paying import SalePayment
from pos_app.ui.checkout.payment_dialog import Tender
from pos_app.ui.checkout.quoting import CartQuoter
from pos_app.ui.checkout.return_dialog import ReturnDialog, refund_document
from pos_app.ui.checkout.saved_cart import item_count
from pos_app.ui.checkout.scanning import QUANTITY_MAX, ProductScanner
from pos_app.ui.checkout.shift_actions import ShiftActions
from pos_app.ui.checkout.side_panel import CheckoutSide
from pos_app.ui.context import AppContext
from pos_app.ui.dialogs import ask_first
from pos_app.ui.document_dialog import DocumentDialog
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from pos_app.ui.receipts import receipt_html
from pos_app.ui.sales.void_sale import void_receipt
from pos_app.ui.service_messages import service_text
from pos_app.ui.widgets import select_row
from pos_app.ui.workspaces.base import Workspace

log = logging.getLogger(__name__)

#: Where a refund's money went, as the banner says it.
REFUND_TO = {
    "wallet": QT_TRANSLATE_NOOP("CheckoutWorkspace", "store credit"),
    "cash": QT_TRANSLATE_NOOP("CheckoutWorkspace", "cash"),
    "card": QT_TRANSLATE_NOOP("CheckoutWorkspace", "the card"),
}


class CheckoutWorkspace(Workspace):
    title = "Checkout"
    #: Tax rates, pricing settings and promotions: the cart on screen is priced again.
    topics = frozenset({PRICING})

    def __init__(self, ctx: AppContext, actor: Actor) -> None:
        super().__init__(ctx, actor)
        self.cart = CartModel(self)
        self.customer: Customer | None = None
        self._pending_uuid: str | None = None
        #: F12, and the sale in flight (``paying.checking`` while its outcome is unknown).
        self.paying = SalePayment(self)
        #: F8 and F9, and the park or resume in flight (``parking.op``).
        self.parking = CartParking(self)
        #: Enter in the scan field, and the ``3*`` multiplier.
        self.scanner = ProductScanner(self)
        self.counter = ctx.settings.counter_name
        #: The cart in the counter's own file, and the one left there brought back at start.
        self.draft_keeper = DraftKeeper(self)
        #: Enter in the customer field: who was typed, picked from a list if several.
        self.customer_lookup = CustomerLookup(self)
        #: What the cart will be charged (``sales.quote``), asked after every change.
        self.quoter = CartQuoter(self)
        #: F7 and Shift+F7.
        self.discounts = CartDiscounts(self)

        body = QHBoxLayout()
        body.addWidget(self._build_cart_column(), 3)
        body.addWidget(self._build_side(actor), 1)
        self.root.addLayout(body, 1)

        self.outcome = OutcomeBanner()
        self.root.addWidget(self.outcome)
        #: The receipt printer: receipts not printed (Ctrl+Shift+P), refund slips.
        self.printing = CounterReceipts(self)
        self.root.addWidget(self.printing.label)
        self.finish_layout()

        self._connect()
        self._cart_changed()
        self.entry.setFocus()
        self.draft_keeper.start()
        #: The customer's own display and pole display, when this counter has them.
        self.customer_display = CustomerDisplayLink(self)
        #: Shifts and cash: open, paid in/out, No sale, blind close, X report, void.
        self.shifts = ShiftActions(self)

    def _build_cart_column(self) -> CartPanel:
        """The scan field, the pick list, the cart and the line buttons."""
        self.panel = panel = CartPanel(self.cart)
        self.entry, self.multiplier_label = panel.entry, panel.multiplier_label
        self.pick_list, self.table = panel.pick_list, panel.table
        self.plus_button, self.minus_button = panel.plus_button, panel.minus_button
        self.quantity_button, self.remove_button = panel.quantity_button, panel.remove_button
        self.clear_button, self.line_buttons = panel.clear_button, panel.line_buttons
        self.discount_button = panel.discount_button
        return panel

    def _build_side(self, actor: Actor) -> QFrame:
        """Customer, total, Pay, and the park/resume/return/receipt/end-of-day buttons."""
        self.side = side = CheckoutSide(allowed(actor.role, Op.DAY_CLOSE), self)
        self.customer_entry, self.customer_label = side.customer_entry, side.customer_label
        self.walk_in_button, self.day_label = side.walk_in_button, side.day_label
        self.total_label, self.pay_button = side.total_label, side.pay_button
        self.park_button, self.resume_button = side.park_button, side.resume_button
        self.return_button, self.receipt_button = side.return_button, side.receipt_button
        self.end_of_day_button = side.end_of_day_button
        return side

    def _connect(self) -> None:
        """Signals and the keys of the cart (``KEYS``)."""
        self.entry.returnPressed.connect(self.submit_entry)
        self.entry.textEdited.connect(self.scanner.typing)
        self.pick_list.itemActivated.connect(self.scanner.picked)
        self.customer_entry.returnPressed.connect(self.find_customer)
        self.walk_in_button.clicked.connect(self.set_walk_in)
        self.plus_button.clicked.connect(lambda: self.change_quantity(+1))
        self.minus_button.clicked.connect(lambda: self.change_quantity(-1))
        self.quantity_button.clicked.connect(self.ask_quantity)
        self.remove_button.clicked.connect(self.remove_line)
        self.clear_button.clicked.connect(self.clear_cart)
        self.discount_button.clicked.connect(self.discounts.line)
        self.pay_button.clicked.connect(self.pay)
        self.park_button.clicked.connect(self.parking.park)
        self.resume_button.clicked.connect(self.parking.resume)
        self.return_button.clicked.connect(self.start_return)
        self.receipt_button.clicked.connect(self.show_receipt)
        if self.end_of_day_button is not None:
            self.end_of_day_button.clicked.connect(self.end_of_day)
        self.cart.changed.connect(self._cart_changed)
        for name, slot in (
            ("pay", self.pay),
            ("park", self.parking.park),
            ("resume", self.parking.resume),
            ("return", self.start_return),
            ("receipt", self.show_receipt),
            ("print_again", self.printing.print_again),
            ("customer", self.focus_customer),
            ("quantity", self.ask_quantity),
            ("plus", lambda: self.change_quantity(+1)),
            ("plus_too", lambda: self.change_quantity(+1)),
            ("minus", lambda: self.change_quantity(-1)),
            ("remove", self.remove_line),
            ("clear", self.clear_cart),
            ("discount_line", self.discounts.line),
            ("discount_cart", self.discounts.whole_cart),
            ("end_of_day", self.end_of_day),
        ):
            self.add_shortcut(KEYS[name], slot, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_shortcut("Esc", self.scanner.cancel, Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- the sale being paid, saved with the cart (``draft_keeper``) ---------------------
    @property
    def pending_uuid(self) -> str | None:
        """The UUID of the sale being paid; kept until its outcome is known, and saved with
        the cart, so that a restart asks for that sale before the cart can be paid again."""
        return self._pending_uuid

    @pending_uuid.setter
    def pending_uuid(self, value: str | None) -> None:
        if value != self._pending_uuid:
            self._pending_uuid = value
            self.draft_keeper.save()

    # -- scanning and searching (``scanner``) --------------------------------------------
    def submit_entry(self) -> None:
        self.scanner.submit()

    # -- the cart ------------------------------------------------------------------------
    def _busy(self) -> bool:
        """True (and says why) while the cart may not change: a sale, park or resume in
        flight, or a cart still coming back."""
        if self._pending_uuid is not None or self.paying.checking:
            self._flash(self.tr("Wait: the sale is being completed"), error=True)
            return True
        if self.parking.op is not None or self.draft_keeper.left_over is not None:
            self._flash(
                self.tr("Wait: the cart is being parked, resumed or brought back"), error=True
            )
            return True
        return False

    def change_quantity(self, step: int) -> None:
        row = self.panel.selected_row()
        if row is None or self._busy():
            return
        self.set_quantity(row, self.cart.items()[row].quantity + step)

    def set_quantity(self, row: int, quantity: int) -> None:
        if quantity <= 0:
            self.remove_line()
            return
        if quantity > QUANTITY_MAX:
            self._flash(self.tr("A line holds at most {0} units").format(QUANTITY_MAX), True)
            return
        changed = self.cart.set_quantity(row, quantity)
        select_row(self.table, row)
        if changed.short_of_stock:
            product = changed.product
            self._flash(
                self.tr("Only {0} of {1} in stock").format(product.stock, product.name), True
            )
        else:
            self._flash(f"{changed.product.name} × {changed.quantity}")

    def ask_quantity(self) -> None:
        """F2: the selected line's quantity: the number in the scan field, or asked for."""
        row = self.panel.selected_row()
        if row is None or self._busy():
            return
        typed = self.entry.text().strip()
        if typed.isdigit() and len(typed) <= 4:
            self.entry.clear()
            self.set_quantity(row, int(typed))
            return
        item = self.cart.items()[row]
        dialog = QuantityDialog(item.product.name, item.quantity, QUANTITY_MAX, self)
        dialog.chosen.connect(lambda quantity: self._quantity_chosen(item.key, quantity))
        dialog.open()

    def _quantity_chosen(self, key: tuple[int, Decimal], quantity: int) -> None:
        rows = [i.key for i in self.cart.items()]
        if key in rows and not self._busy():
            self.set_quantity(rows.index(key), quantity)
        self.entry.setFocus()

    def remove_line(self) -> None:
        row = self.panel.selected_row()
        if row is None or self._busy():
            return
        name = self.cart.items()[row].product.name
        self.cart.remove(row)
        if self.cart.rowCount():
            select_row(self.table, min(row, self.cart.rowCount() - 1))
        self._flash(self.tr("{0} removed").format(name))

    def clear_cart(self) -> None:
        """Shift+F4: empty the cart, after asking when it has lines."""
        if not self.cart.rowCount() or self._busy():
            return
        units = sum(item.quantity for item in self.cart.items())
        ask_first(
            self,
            self.tr("Clear the cart"),
            self.tr("Remove all {0} from the cart?").format(item_count(units))
            if units > 1
            else self.tr("Remove the one item from the cart?"),  # not "all 1 item"
            "confirmClearCart",
            lambda yes: self._clear_confirmed() if yes else self.entry.setFocus(),
        )

    def _clear_confirmed(self) -> None:
        with self.draft_keeper.holding():
            self.cart.clear()
            self._show_customer(None)
            self._pending_uuid = None
        if self.outcome.property("kind") != "pending":  # it spoke of the cart just cleared
            self.outcome.clear_outcome()
        self._flash(self.tr("Cart cleared"))
        self.entry.setFocus()

    def _refresh_controls(self) -> None:
        has_lines = self.cart.rowCount() > 0
        free = not self.paying.checking and self.parking.op is None
        self.pay_button.setEnabled(has_lines and free)
        self.park_button.setEnabled(has_lines and free)
        for button in self.line_buttons:
            button.setEnabled(has_lines and free)

    def _cart_changed(self, *_: object) -> None:
        self._refresh_controls()
        self.quoter.cart_changed()
        if self.draft_keeper.held:
            return
        if not self.paying.checking:
            # A changed cart is a new sale: never reuse the UUID of another cart; and what
            # was said about the last sale is no longer about this one.
            self._pending_uuid = None
            if self.cart.rowCount() and self.outcome.property("kind") != "pending":
                self.outcome.clear_outcome()
        self.draft_keeper.save()

    # -- customer ------------------------------------------------------------------------
    def focus_customer(self) -> None:
        self.customer_entry.setFocus()
        self.customer_entry.selectAll()

    def find_customer(self) -> None:
        self.customer_lookup.find()

    def _show_customer(self, customer: Customer | None) -> None:
        self.customer = customer
        self.side.show_customer(customer)

    def set_customer(self, customer: Customer | None) -> None:
        if self._busy():
            return
        with self.draft_keeper.holding():
            self._show_customer(customer)
            self._pending_uuid = None
        self.customer_entry.clear()
        self.entry.setFocus()

    def set_walk_in(self) -> None:
        self.set_customer(None)

    # -- paying (``paying``) -------------------------------------------------------------
    @property
    def last_sale(self) -> Sale | None:
        return self.paying.last_sale

    def pay(self) -> None:
        self.paying.pay()

    def commit_sale(self, tender: Tender) -> None:
        self.paying.commit_sale(tender)

    def _flash(self, text: str, error: bool = False) -> None:
        self.say(text)
        self.message.setStyleSheet("color: #b91c1c; font-weight: bold;" if error else "")

    # -- receipts ------------------------------------------------------------------------
    def show_receipt(self) -> DocumentDialog | None:
        offline = self.printing.newer_offline()
        if offline is not None:  # the last sale was recorded offline: read from this file
            self.ctx.tasks.read(
                lambda: self.printing.offline_sale(offline.counter_number),
                self._show_receipt_of,
                lambda exc: self._flash(self.ctx.errors.message_for(exc), error=True),
            )
            return None
        if self.last_sale is None:
            self._flash(self.tr("No sale yet at this counter"))
            return None
        return self._show_receipt_of(self.last_sale)

    def _show_receipt_of(self, sale: Sale) -> DocumentDialog:
        settings = self.ctx.settings
        html = void_receipt(receipt_html(sale, settings), sale)
        dialog = DocumentDialog(self.tr("Receipt"), html, self, settings.receipt_page)
        dialog.open()
        return dialog

    # -- returns, end of day -------------------------------------------------------------
    def start_return(self) -> None:
        if self.paying.server_away:  # issue 15: a return waits for the server, and says why
            self.outcome.show_outcome(service_text(REFUND_OFFLINE), "error")
            return
        dialog = ReturnDialog(self.ctx, self.actor, self)
        dialog.refunded.connect(self._refunded)
        dialog.open()

    def _refunded(self, refund: Refund) -> None:
        method = refund.method.value
        to = translate("CheckoutWorkspace", REFUND_TO.get(method, method))
        amount = format_money(refund.amount)
        self.outcome.show_outcome(self.tr("Refund completed: {0} to {1}").format(amount, to), "ok")
        if not self.printing.after_refund(refund):  # a slip on the counter's printer
            refund_document(refund, self.ctx, self).open()

    def end_of_day(self) -> None:
        if self.end_of_day_button is None:
            return
        dialog = EndOfDayDialog(self.ctx, self.actor, self)
        dialog.finished.connect(lambda _code: self._check_business_day())
        dialog.open()

    def _check_business_day(self) -> None:
        services, actor, counter = self.ctx.services, self.actor, self.counter
        self.ctx.tasks.read(
            lambda: services.end_of_day.business_day(actor, counter=counter),
            self.side.show_business_day,
            log.warning,
        )

    def load(self) -> None:
        """Say what waits on the shelf: carts parked here (after a sign-out or a close),
        and whether today is already closed, and whose shift is open here."""
        self._check_business_day()
        self.shifts.load()
        services, actor, counter = self.ctx.services, self.actor, self.counter
        self.ctx.tasks.read(
            lambda: services.parked.list(actor, counter), self._announce_parked, log.warning
        )

    def _announce_parked(self, carts: list[ParkedCart]) -> None:
        if carts and not self.message.text():
            count = len(carts)
            if count == 1:
                said = self.tr("1 cart parked at this counter: {0} to resume.")
            else:
                said = self.tr("{count} carts parked at this counter: {0} to resume.")
            self._flash(said.format(key_text("resume"), count=count))

    def activated(self) -> None:
        super().activated()
        self.entry.setFocus()

    def refresh_in_place(self, topics: frozenset[str]) -> None:
        """The store's pricing changed: the cart is priced again, never touched."""
        self.quoter.reprice()
        self.shifts.load()  # "Sell only in a shift" may have changed

    def before_leaving(self) -> None:
        """Park the cart on screen, so the next person at this counter can resume it.
        (Should that fail, the cart stays in this counter's file and comes back.)"""
        if self.cart.rowCount() and not self.paying.checking and self.parking.op is None:
            self.parking.park(ask=False)
        self.customer_display.close()
