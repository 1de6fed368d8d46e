"""Checkout: the screen a cashier spends the day on.

One entry field with focus: a scanner types digits then Enter and one unit is added;
text searches by name and offers a pick list (arrow keys, Enter). Pay with F12. The
outcome is never ambiguous: "Sale completed", or "Sale NOT completed: nothing was
charged" with the reason; if the connection drops during the commit, the sale's UUID is
checked until the real outcome is known, and the cart is kept until then.
"""

from __future__ import annotations

import logging
import uuid
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from pos_app.domain.enums import Role
from pos_app.domain.errors import DatabaseUnavailableError, NotFoundError, PosError
from pos_app.domain.money import format_money
from pos_app.services.records import (
    Actor,
    CheckoutRequest,
    Customer,
    Page,
    ParkedCart,
    Product,
    Refund,
    Sale,
)
from pos_app.ui.cart_model import CartItem, CartModel
from pos_app.ui.checkout_dialogs import (
    DocumentDialog,
    EndOfDayDialog,
    ParkedCartsDialog,
    PaymentDialog,
    ReturnDialog,
    refund_document,
)
from pos_app.ui.context import AppContext
from pos_app.ui.forms import named
from pos_app.ui.receipts import receipt_html
from pos_app.ui.workspaces.base import Workspace

log = logging.getLogger(__name__)

RECHECK_MS = 2_000
PICK_LIMIT = 20
PICK_ROLE = Qt.ItemDataRole.UserRole + 1


def looks_like_barcode(text: str) -> bool:
    return text.isdigit()


class CheckoutWorkspace(Workspace):
    title = "Checkout"

    def __init__(self, ctx: AppContext, actor: Actor) -> None:
        super().__init__(ctx, actor)
        self.cart = CartModel(self)
        self.customer: Customer | None = None
        self.last_sale: Sale | None = None
        #: The UUID of the sale being paid; kept until its outcome is known.
        self.pending_uuid: str | None = None
        self.checking = False

        body = QHBoxLayout()
        left = QVBoxLayout()
        self.entry = named(QLineEdit(), "scanEntry")
        self.entry.setPlaceholderText("Scan a barcode, or type a product name and press Enter")
        self.entry.setMinimumHeight(40)
        self.pick_list = named(QListWidget(), "pickList")
        self.pick_list.hide()
        self.pick_list.setMaximumHeight(220)
        self.table = named(QTableView(), "cartTable")
        self.table.setModel(self.cart)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(0, 380)
        left.addWidget(self.entry)
        left.addWidget(self.pick_list)
        left.addWidget(self.table, 1)
        line_buttons = QHBoxLayout()
        self.plus_button = named(QPushButton("+1 (&+)"), "plusOne")
        self.minus_button = named(QPushButton("-1 (&-)"), "minusOne")
        self.remove_button = named(QPushButton("&Remove line (Del)"), "removeLine")
        self.clear_button = named(QPushButton("C&lear cart"), "clearCart")
        for button in (self.plus_button, self.minus_button, self.remove_button, self.clear_button):
            line_buttons.addWidget(button)
        left.addLayout(line_buttons)
        body.addLayout(left, 3)

        side = QFrame(self)
        side.setObjectName("checkoutSide")
        right = QVBoxLayout(side)
        right.addWidget(QLabel("<b>Customer</b>"))
        self.customer_entry = named(QLineEdit(), "customerEntry")
        self.customer_entry.setPlaceholderText("Username or name, then Enter (Ctrl+K)")
        self.customer_label = named(QLabel("Walk-in customer"), "customerLabel")
        self.customer_label.setWordWrap(True)
        self.walk_in_button = named(QPushButton("&Walk-in"), "walkIn")
        right.addWidget(self.customer_entry)
        right.addWidget(self.customer_label)
        right.addWidget(self.walk_in_button)
        right.addStretch(1)
        right.addWidget(QLabel("Total"))
        self.total_label = named(QLabel("0.00"), "bigNumber")
        self.total_label.setStyleSheet("font-size: 32pt; font-weight: bold;")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.total_label)
        self.pay_button = named(QPushButton("&Pay (F12)"), "payButton")
        self.pay_button.setMinimumHeight(56)
        self.pay_button.setStyleSheet("font-size: 16pt; font-weight: bold;")
        right.addWidget(self.pay_button)
        grid = QGridLayout()
        self.park_button = named(QPushButton("Park (F8)"), "parkCart")
        self.resume_button = named(QPushButton("Resume (F9)"), "resumeCart")
        self.return_button = named(QPushButton("Return… (F6)"), "returnItems")
        self.receipt_button = named(QPushButton("Receipt (Ctrl+P)"), "lastReceipt")
        grid.addWidget(self.park_button, 0, 0)
        grid.addWidget(self.resume_button, 0, 1)
        grid.addWidget(self.return_button, 1, 0)
        grid.addWidget(self.receipt_button, 1, 1)
        right.addLayout(grid)
        if actor.role in (Role.MANAGER, Role.ADMIN):
            self.end_of_day_button: QPushButton | None = named(
                QPushButton("End of day… (Ctrl+Shift+Z)"), "endOfDay"
            )
            right.addWidget(self.end_of_day_button)
        else:
            self.end_of_day_button = None
        body.addWidget(side, 1)
        self.root.addLayout(body, 1)

        self.outcome = named(QLabel(), "saleOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setMinimumHeight(36)
        self.root.addWidget(self.outcome)
        self.finish_layout()

        self.entry.returnPressed.connect(self.submit_entry)
        self.entry.installEventFilter(self)
        self.pick_list.itemActivated.connect(self._picked)
        self.customer_entry.returnPressed.connect(self.find_customer)
        self.walk_in_button.clicked.connect(self.set_walk_in)
        self.plus_button.clicked.connect(lambda: self.change_quantity(+1))
        self.minus_button.clicked.connect(lambda: self.change_quantity(-1))
        self.remove_button.clicked.connect(self.remove_line)
        self.clear_button.clicked.connect(self.clear_cart)
        self.pay_button.clicked.connect(self.pay)
        self.park_button.clicked.connect(self.park)
        self.resume_button.clicked.connect(self.resume)
        self.return_button.clicked.connect(self.start_return)
        self.receipt_button.clicked.connect(self.show_receipt)
        if self.end_of_day_button is not None:
            self.end_of_day_button.clicked.connect(self.end_of_day)
        self.cart.modelReset.connect(self._cart_changed)
        self.cart.rowsInserted.connect(self._cart_changed)
        self.cart.rowsRemoved.connect(self._cart_changed)
        self.cart.dataChanged.connect(self._cart_changed)
        for keys, slot in (
            ("F12", self.pay),
            ("F8", self.park),
            ("F9", self.resume),
            ("F6", self.start_return),
            ("Ctrl+P", self.show_receipt),
            ("Ctrl+K", self.customer_entry.setFocus),
            ("Del", self.remove_line),
            ("+", lambda: self.change_quantity(+1)),
            ("-", lambda: self.change_quantity(-1)),
            ("Ctrl+Shift+Z", self.end_of_day),
            ("Esc", self._escape),
        ):
            self.add_shortcut(keys, slot, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.recheck_timer = QTimer(self)
        self.recheck_timer.setSingleShot(True)
        self.recheck_timer.timeout.connect(self._check_pending)
        self._cart_changed()
        self.entry.setFocus()

    # -- scanning and searching ----------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the entry field move through the pick list."""
        if watched is self.entry and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self.pick_list.isVisible() and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(self.pick_list.count() - 1, self.pick_list.currentRow() + step))
                self.pick_list.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def submit_entry(self) -> None:
        text = self.entry.text().strip()
        if self.pick_list.isVisible() and self.pick_list.currentItem() is not None:
            self._picked(self.pick_list.currentItem())
            return
        if not text:
            return
        services, actor = self.ctx.services, self.actor
        if looks_like_barcode(text):
            self.entry.clear()
            self.ctx.tasks.read(
                lambda: services.inventory.get_by_barcode(actor, text),
                self.add_product,
                lambda exc: self._scan_failed(text, exc),
            )
        else:
            self.ctx.tasks.read(
                lambda: services.inventory.search(actor, text, limit=PICK_LIMIT),
                self._show_picks,
                self.report,
            )

    def _scan_failed(self, code: str, exc: Exception) -> None:
        if isinstance(exc, NotFoundError):
            QApplication.beep()
            self._flash(f"Unknown barcode {code}: nothing was added", error=True)
        else:
            self.report(exc)

    def _show_picks(self, page: Page[Product]) -> None:
        self.pick_list.clear()
        if not page.items:
            self._flash("No product matches that name", error=True)
            self.pick_list.hide()
            return
        for product in page.items:
            item = QListWidgetItem(
                f"{product.name}  —  {format_money(product.price)}  ({product.stock} in stock)"
            )
            item.setData(PICK_ROLE, product)
            self.pick_list.addItem(item)
        self.pick_list.setCurrentRow(0)
        self.pick_list.show()

    def _picked(self, item: QListWidgetItem) -> None:
        product = item.data(PICK_ROLE)
        self.pick_list.hide()
        self.entry.clear()
        self.entry.setFocus()
        if isinstance(product, Product):
            self.add_product(product)

    def add_product(self, product: Product) -> None:
        item = self.cart.add(product)
        row = [i.product.id for i in self.cart.items()].index(product.id)
        self.table.selectRow(row)
        if item.short_of_stock:
            self._flash(f"Only {product.stock} of {product.name} in stock", error=True)
        else:
            self._flash(f"{product.name} x{item.quantity}")
        self.entry.setFocus()

    # -- the cart ------------------------------------------------------------------------
    def _selected_row(self) -> int | None:
        index = self.table.currentIndex()
        if index.isValid():
            return index.row()
        return self.cart.rowCount() - 1 if self.cart.rowCount() else None

    def change_quantity(self, step: int) -> None:
        row = self._selected_row()
        if row is None:
            return
        item = self.cart.items()[row]
        if item.quantity + step <= 0:
            self.remove_line()
            return
        changed = self.cart.set_quantity(row, item.quantity + step)
        if changed.short_of_stock:
            self._flash(f"Only {changed.product.stock} of {changed.product.name} in stock", True)

    def remove_line(self) -> None:
        row = self._selected_row()
        if row is not None:
            self.cart.remove(row)

    def clear_cart(self) -> None:
        self.cart.clear()
        self.pending_uuid = None

    def _cart_changed(self, *_: object) -> None:
        self.total_label.setText(format_money(self.cart.total()))
        has_lines = self.cart.rowCount() > 0
        self.pay_button.setEnabled(has_lines and not self.checking)
        self.park_button.setEnabled(has_lines and not self.checking)
        for button in (self.plus_button, self.minus_button, self.remove_button, self.clear_button):
            button.setEnabled(has_lines and not self.checking)
        if not self.checking:
            # A changed cart is a new sale: never reuse the UUID of another cart.
            self.pending_uuid = None

    def _escape(self) -> None:
        if self.pick_list.isVisible():
            self.pick_list.hide()
        self.entry.clear()
        self.entry.setFocus()

    # -- customer ------------------------------------------------------------------------
    def find_customer(self) -> None:
        text = self.customer_entry.text().strip()
        if not text:
            self.set_walk_in()
            return
        services, actor = self.ctx.services, self.actor

        def lookup() -> Customer | list[Customer]:
            try:
                return services.customers.get_by_username(actor, text)
            except NotFoundError:
                return list(services.customers.search(actor, text, limit=10).items)

        self.ctx.tasks.read(lookup, self._customer_found, self.report)

    def _customer_found(self, found: Customer | list[Customer]) -> None:
        if isinstance(found, list):
            if len(found) == 1:
                found = found[0]
            else:
                names = ", ".join(c.username for c in found[:5]) or "nobody"
                self.say(f"{len(found)} customers match: {names}. Type the username.")
                return
        self.set_customer(found)

    def set_customer(self, customer: Customer | None) -> None:
        self.customer = customer
        self.pending_uuid = None
        if customer is None:
            self.customer_label.setText("Walk-in customer")
        else:
            self.customer_label.setText(
                f"<b>{customer.name}</b> ({customer.username})<br/>"
                f"Store credit: <b>{format_money(customer.balance)}</b>"
            )
        self.customer_entry.clear()
        self.entry.setFocus()

    def set_walk_in(self) -> None:
        self.set_customer(None)

    # -- paying --------------------------------------------------------------------------
    def pay(self) -> None:
        if not self.cart.rowCount() or self.checking or not self.pay_button.isEnabled():
            return
        balance = self.customer.balance if self.customer else None
        dialog = PaymentDialog(self.cart.total(), balance, self)
        dialog.confirmed.connect(self.commit_sale)
        dialog.open()

    def commit_sale(self, wallet: Decimal, tendered: Decimal | None) -> None:
        if self.checking:
            return
        if self.pending_uuid is None:
            self.pending_uuid = str(uuid.uuid4())
        request = CheckoutRequest(
            sale_uuid=self.pending_uuid,
            lines=self.cart.cart_lines(),
            customer_id=self.customer.id if self.customer else None,
            wallet_amount=wallet,
            cash_tendered=tendered,
            counter=self.ctx.settings.counter_name,
        )
        services, actor = self.ctx.services, self.actor
        self._set_outcome("Completing the sale…", "pending")
        self.ctx.tasks.write(
            lambda: services.sales.checkout(actor, request),
            self._sale_completed,
            self._sale_failed,
            disable=[self.pay_button],
        )

    def _sale_completed(self, sale: Sale) -> None:
        self.checking = False
        self.last_sale = sale
        self.pending_uuid = None
        self.cart.clear()
        self.set_customer(None)
        self.say("")
        change = next((p.change for p in sale.payments if p.change), None)
        extra = f" · change {format_money(change)}" if change else ""
        self._set_outcome(
            f"Sale completed: sale {sale.id}, total {format_money(sale.total)}{extra}", "ok"
        )
        log.info("sale %s completed at %s", sale.uuid, sale.counter)

    def _sale_failed(self, exc: Exception) -> None:
        if isinstance(exc, DatabaseUnavailableError):
            self.checking = True
            self._cart_changed()
            self._set_outcome(
                "Checking the sale… the connection dropped; the cart is kept until we know.",
                "pending",
            )
            self.ctx.errors.database_lost.emit(exc.message)
            self.recheck_timer.start(RECHECK_MS)
            return
        reason = self.ctx.errors.message_for(exc)
        self._set_outcome(f"Sale NOT completed: nothing was charged. {reason}", "error")
        if not isinstance(exc, PosError):
            self.ctx.errors.report(exc)
        self.pending_uuid = None

    def _check_pending(self) -> None:
        key = self.pending_uuid
        if key is None:
            self.checking = False
            self._cart_changed()
            return
        services, actor = self.ctx.services, self.actor
        self.ctx.tasks.read(
            lambda: services.sales.find_sale(actor, key), self._checked, self._still_unknown
        )

    def _checked(self, sale: Sale | None) -> None:
        if sale is not None:
            self._sale_completed(sale)
            return
        self.checking = False
        self._cart_changed()
        self._set_outcome(
            "Sale NOT completed: nothing was charged (the connection dropped before the sale "
            "was recorded). The cart is kept; press Pay to try again.",
            "error",
        )

    def _still_unknown(self, exc: Exception) -> None:
        self._set_outcome("Checking the sale… waiting for the database to come back.", "pending")
        self.recheck_timer.start(RECHECK_MS)

    def _set_outcome(self, text: str, kind: str) -> None:
        colours = {"ok": "#15803d", "error": "#b91c1c", "pending": "#b45309"}
        self.outcome.setStyleSheet(
            f"color: white; background: {colours[kind]}; padding: 8px; font-size: 13pt;"
        )
        self.outcome.setText(text)
        self.outcome.setProperty("kind", kind)

    def _flash(self, text: str, error: bool = False) -> None:
        self.say(text)
        self.message.setStyleSheet("color: #b91c1c; font-weight: bold;" if error else "")

    # -- receipts, parking, returns, end of day ------------------------------------------
    def show_receipt(self) -> DocumentDialog | None:
        if self.last_sale is None:
            self._flash("No sale yet at this counter")
            return None
        dialog = DocumentDialog("Receipt", receipt_html(self.last_sale, self.ctx.settings), self)
        dialog.open()
        return dialog

    def park(self) -> None:
        if not self.cart.rowCount():
            return
        services, actor = self.ctx.services, self.actor
        lines = self.cart.cart_lines()
        customer_id = self.customer.id if self.customer else None
        label = self.customer.name if self.customer else ""
        counter = self.ctx.settings.counter_name
        self.ctx.tasks.write(
            lambda: services.parked.park(
                actor, counter, lines, customer_id=customer_id, label=label
            ),
            self._parked,
            self.report,
            disable=[self.park_button],
        )

    def _parked(self, cart: ParkedCart) -> None:
        self.cart.clear()
        self.set_customer(None)
        self._flash(f"Cart parked ({sum(line.quantity for line in cart.lines)} items)")

    def resume(self) -> None:
        services, actor = self.ctx.services, self.actor
        counter = self.ctx.settings.counter_name
        self.ctx.tasks.read(
            lambda: services.parked.list(actor, counter), self._choose_parked, self.report
        )

    def _choose_parked(self, carts: list[ParkedCart]) -> None:
        if not carts:
            self._flash("No parked carts at this counter")
            return
        dialog = ParkedCartsDialog(carts, self)
        dialog.chosen.connect(self.resume_cart)
        dialog.open()

    def resume_cart(self, cart: ParkedCart) -> None:
        services, actor = self.ctx.services, self.actor

        def take() -> tuple[list[CartItem], Customer | None]:
            taken = services.parked.resume(actor, cart.id)
            items = [
                CartItem(services.inventory.get(actor, line.product_id), line.quantity)
                for line in taken.lines
            ]
            customer = (
                services.customers.get(actor, taken.customer_id) if taken.customer_id else None
            )
            return items, customer

        self.ctx.tasks.write(take, self._resumed, self.report, disable=[self.resume_button])

    def _resumed(self, taken: tuple[list[CartItem], Customer | None]) -> None:
        items, customer = taken
        if self.cart.rowCount():
            self.park()  # never lose the cart on screen
        self.cart.load(items)
        self.set_customer(customer)
        self._flash("Parked cart resumed")

    def start_return(self) -> None:
        dialog = ReturnDialog(self.ctx, self.actor, self)
        dialog.refunded.connect(self._refunded)
        dialog.open()

    def _refunded(self, refund: Refund) -> None:
        self._set_outcome(
            f"Refund completed: {format_money(refund.amount)} to "
            f"{'store credit' if refund.method.value == 'wallet' else 'cash'}",
            "ok",
        )
        refund_document(refund, self.ctx, self).open()

    def end_of_day(self) -> None:
        if self.end_of_day_button is None:
            return
        EndOfDayDialog(self.ctx, self.actor, self).open()

    def activated(self) -> None:
        super().activated()
        self.entry.setFocus()

    def before_leaving(self) -> None:
        """Park the cart on screen, so the next person at this counter can resume it."""
        if self.cart.rowCount() and not self.checking:
            self.park()
