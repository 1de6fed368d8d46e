"""Dialogs of the checkout screen: payment, receipt, parked carts, returns, end of day."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.enums import PaymentMethod
from pos_app.domain.errors import ConflictError, ValidationError
from pos_app.domain.money import ZERO, format_money, parse_money
from pos_app.services.permissions import Op, needs_override
from pos_app.services.records import (
    Actor,
    Customer,
    ManagerOverride,
    ParkedCart,
    Refund,
    RefundRequest,
    ReturnLine,
    Sale,
    ZReport,
)
from pos_app.services.sales import CARD_REFERENCE_MAX, clean_card_reference
from pos_app.ui.context import AppContext
from pos_app.ui.forms import InlineForm, named
from pos_app.ui.receipts import (
    day_closed_text,
    document,
    open_day_text,
    refund_html,
    save_pdf,
    z_report_html,
)
from pos_app.ui.widgets import confirm, local_midnight

#: Longest note a parked cart carries (the database column's width).
PARK_NOTE_MAX = 200


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
    split Enter moves on to the next amount first.

    Signals: confirmed(object): the Tender.
    """

    confirmed = Signal(object)

    def __init__(  # noqa: PLR0915 - builds the dialog's widgets, top to bottom
        self, total: Decimal, balance: Decimal | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self.setWindowTitle("Payment")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.total = total
        self.balance = balance
        layout = QVBoxLayout(self)
        self.total_label = named(QLabel(f"Total {format_money(total)}"), "bigNumber")
        self.total_label.setStyleSheet(BIG_AMOUNT_STYLE)
        layout.addWidget(self.total_label)
        covers = balance is not None and balance >= total
        if balance is not None:
            credit = f"Store credit {format_money(balance)}"
            if not covers:
                credit += f": does not cover {format_money(total)}; pay the rest by Split"
            self.credit_label = named(QLabel(credit), "storeCredit")
            self.credit_label.setWordWrap(True)
            layout.addWidget(self.credit_label)
        self.wallet = named(MethodButton("&Wallet (store credit)"), "payWallet")
        self.cash = named(MethodButton("&Cash"), "payCash")
        self.card = named(MethodButton("C&ard (external terminal)"), "payCard")
        self.split = named(MethodButton("S&plit: wallet, card and cash"), "paySplit")
        group = QButtonGroup(self)
        for button in (self.wallet, self.cash, self.card, self.split):
            group.addButton(button)
            layout.addWidget(button)
        self.form = InlineForm(self)
        self.wallet_amount = named(QLineEdit(), "walletAmount")
        self.tendered = named(QLineEdit(), "cashTendered")
        self.card_amount = named(QLineEdit(), "cardAmount")
        self.card_reference = named(QLineEdit(), "cardReference")
        self.card_reference.setPlaceholderText("optional: approval code or last digits")
        self.form.add("wallet_amount", "Wallet pa&rt", self.wallet_amount)
        self.form.add("cash_tendered", "Cash &tendered", self.tendered)
        self.form.add("card_amount", "Card a&mount", self.card_amount)
        self.form.add(
            "card_reference", "Card r&eference", self.card_reference, limit=CARD_REFERENCE_MAX
        )
        layout.addLayout(self.form.layout)
        self.change_label = named(QLabel(), "changeDue")
        self.change_label.setStyleSheet(BIG_AMOUNT_STYLE)
        layout.addWidget(self.change_label)
        layout.addWidget(self.form.form_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.confirm_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm_button.setText("C&onfirm payment")
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
            self.wallet_amount.setText(f"{balance:.2f}")
        else:
            self.cash.setChecked(True)
        self._update()
        for button in (self.wallet, self.cash, self.card, self.split):
            button.toggled.connect(self._method_changed)
            button.chosen.connect(self._focus_method)
        for field in (self.wallet_amount, self.tendered, self.card_amount):
            field.textChanged.connect(self._update)
        self._focus_method()

    # -- what the cashier entered --------------------------------------------------------
    def _money(self, field: QLineEdit, name: str, label: str) -> Decimal:
        """The amount typed in ``field`` (empty: 0.00); raises ValidationError."""
        text = field.text().strip()
        if not text:
            return ZERO
        amount = parse_money(text, field=name, label=label)
        if amount < 0:
            raise ValidationError(f"{label} cannot be negative", name)
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
            wallet = self._money(self.wallet_amount, "wallet_amount", "Wallet part")
            if wallet and self.balance is None:
                raise ValidationError("Attach a customer to pay from a wallet", "wallet_amount")
            if self.balance is not None and wallet > self.balance:
                raise ValidationError(
                    f"Wallet part {format_money(wallet)} is more than the store credit "
                    f"{format_money(self.balance)}",
                    "wallet_amount",
                )
            if wallet > total:
                raise ValidationError(
                    f"Wallet part {format_money(wallet)} is more than the total", "wallet_amount"
                )
            card = self._money(self.card_amount, "card_amount", "Card amount")
            if wallet + card > total:
                raise ValidationError(
                    f"Card amount {format_money(card)} is more than the "
                    f"{format_money(total - wallet)} left to pay",
                    "card_amount",
                )
            if reference and not card:
                raise ValidationError("A card reference needs a card amount", "card_reference")
        due = total - wallet - card
        if not due:
            return Tender(wallet, None, card, reference if card else "")
        tendered = self._money(self.tendered, "cash_tendered", "Cash tendered")
        if tendered < due:
            raise ValidationError(
                f"Cash tendered {format_money(tendered)} does not cover {format_money(due)}: "
                f"{format_money(due - tendered)} short",
                "cash_tendered",
            )
        return Tender(wallet, tendered, card, reference if card else "")

    def _cash_due(self) -> Decimal | None:
        """The cash part as entered so far (None when there is none or it is unknown)."""
        if self.cash.isChecked():
            return self.total
        if not self.split.isChecked():
            return None
        try:
            wallet = self._money(self.wallet_amount, "wallet_amount", "Wallet part")
            card = self._money(self.card_amount, "card_amount", "Card amount")
        except ValidationError:
            return None
        due = self.total - wallet - card
        return due if due > 0 else None

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
            self._say_change("Paid from store credit", BIG_AMOUNT_STYLE)
            return
        if card:
            self._say_change(f"Card {format_money(self.total)} on the terminal", BIG_AMOUNT_STYLE)
            return
        due = self._cash_due()
        if due is None:
            self._say_change("", BIG_AMOUNT_STYLE)
            return
        try:
            tendered = self._money(self.tendered, "cash_tendered", "Cash tendered")
        except ValidationError as exc:
            self._say_change(exc.message, SHORT_STYLE)
            return
        if tendered >= due:
            self._say_change(f"Change {format_money(tendered - due)}", BIG_AMOUNT_STYLE)
        else:
            self._say_change(f"Cash due {format_money(due)}", SHORT_STYLE)

    def _say_change(self, text: str, style: str) -> None:
        self.change_label.setStyleSheet(style)
        self.change_label.setText(text)

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
        self.confirm_button.setEnabled(False)  # one press, one sale
        self.confirmed.emit(tender)
        self.accept()


class DocumentDialog(QDialog):
    """A receipt or report on screen, with Print and Save as PDF."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentDialog")
        self.setWindowTitle(title)
        self.html = html
        self.resize(460, 640)
        layout = QVBoxLayout(self)
        self.view = QTextBrowser(self)
        self.view.setHtml(html)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton("&Print…")
        self.pdf_button = QPushButton("Save as P&DF…")
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.pdf_button.clicked.connect(self._ask_pdf)
        layout.addWidget(buttons)

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: document(self.html).print_(printer))
        dialog.show()

    def _ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save as PDF", "", "PDF (*.pdf)")
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> Path:
        return save_pdf(self.html, path)


class PickTableDialog(QDialog):
    """Several records to choose from, one row each: arrows move, Enter picks.

    Signals: chosen(object): the record picked.
    """

    chosen = Signal(object)

    def __init__(
        self,
        title: str,
        hint: str,
        headers: Sequence[str],
        rows: Sequence[tuple[object, Sequence[str]]],
        pick_text: str,
        table_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(740, 360)
        self.records = [record for record, _cells in rows]
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(hint))
        self.table = named(QTableWidget(len(rows), len(headers)), table_name)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, (_record, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(0)
        self.table.activated.connect(lambda _index: self._pick())
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(pick_text)
        buttons.accepted.connect(self._pick)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._pick()
            return
        super().keyPressEvent(event)

    def _pick(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.records):
            self.chosen.emit(self.records[row])
            self.accept()


class ParkedCartsDialog(PickTableDialog):
    """The carts parked at this counter: time, customer, items, total, note; Enter resumes
    the chosen one (the cart on screen is parked in its place)."""

    HEADERS = ("Parked at", "Customer", "Items", "Total", "Note", "By")

    def __init__(self, carts: list[ParkedCart], parent: QWidget | None = None) -> None:
        rows = [
            (
                cart,
                (
                    cart.created_at.astimezone().strftime("%H:%M"),
                    cart.label or cart.customer_username or "walk-in",
                    str(cart.units),
                    "?" if cart.total is None else format_money(cart.total),
                    cart.note,
                    cart.cashier_username or "",
                ),
            )
            for cart in carts
        ]
        super().__init__(
            "Parked carts",
            "Choose a cart (arrows) and press Enter to resume it; the cart on screen is "
            "parked in its place.",
            self.HEADERS,
            rows,
            "&Resume",
            "parkedList",
            parent,
        )
        self.setObjectName("parkedCartsDialog")


class CustomerPickDialog(PickTableDialog):
    """Several customers match: name, username, phone, e-mail; arrows and Enter pick one."""

    HEADERS = ("Name", "Username", "Phone", "E-mail", "Store credit")

    def __init__(self, customers: list[Customer], parent: QWidget | None = None) -> None:
        rows = [
            (
                customer,
                (
                    customer.name,
                    customer.username,
                    customer.phone,
                    customer.email,
                    format_money(customer.balance),
                ),
            )
            for customer in customers
        ]
        super().__init__(
            "Choose the customer",
            f"{len(customers)} customers match. Arrows, then Enter.",
            self.HEADERS,
            rows,
            "&Choose",
            "customerPicks",
            parent,
        )
        self.setObjectName("customerPickDialog")


class OneFieldDialog(QDialog):
    """One line to type, Enter to confirm; ``answer`` checks it (showing why not in place)
    and emits ``chosen``."""

    def __init__(
        self,
        title: str,
        label: str,
        field: QLineEdit,
        ok_text: str,
        *,
        limit: int | None = None,
        above: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.field = field
        layout = QVBoxLayout(self)
        if above:
            text = QLabel(above)
            text.setWordWrap(True)
            layout.addWidget(text)
        self.form = InlineForm(self)
        self.form.add(field.objectName(), label, field, limit=limit)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.form.form_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        field.returnPressed.connect(self._confirm)
        layout.addWidget(buttons)
        field.selectAll()
        field.setFocus()

    def _confirm(self) -> None:
        if self.form.within_limits() and self.answer(self.field.text().strip()):
            self.accept()

    def answer(self, text: str) -> bool:
        raise NotImplementedError


class ParkNoteDialog(OneFieldDialog):
    """F8: an optional note for the cart being parked ("back in 5 min", "blue coat").

    Signals: chosen(str): the note (may be empty).
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        note = named(QLineEdit(), "parkNote")
        note.setPlaceholderText("Optional: who it is for, why it waits")
        super().__init__(
            "Park the cart", "&Note", note, "&Park", limit=PARK_NOTE_MAX, parent=parent
        )
        self.setObjectName("parkNoteDialog")

    def answer(self, text: str) -> bool:
        self.chosen.emit(text)
        return True


class QuantityDialog(OneFieldDialog):
    """F2: the quantity of the selected line, typed.

    Signals: chosen(int).
    """

    chosen = Signal(int)

    def __init__(
        self, product_name: str, quantity: int, maximum: int, parent: QWidget | None = None
    ) -> None:
        self.maximum = maximum
        field = named(QLineEdit(str(quantity)), "lineQuantity")
        super().__init__("Quantity", "&Quantity", field, "&Set", above=product_name, parent=parent)
        self.setObjectName("quantityDialog")

    def answer(self, text: str) -> bool:
        if not text.isdigit() or not 0 <= int(text) <= self.maximum:
            self.form.show_error(
                f"Type a whole number from 0 (removes the line) to {self.maximum}",
                self.field.objectName(),
            )
            return False
        self.chosen.emit(int(text))
        return True


class ReturnDialog(QDialog):
    """Return lines of a past sale. A cashier needs a manager's credentials on the spot.

    Signals: refunded(object): the Refund record.
    """

    refunded = Signal(object)

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.sale: Sale | None = None
        self.refund_uuid = str(uuid.uuid4())
        self.setObjectName("returnDialog")
        self.setWindowTitle("Return items")
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        find_row = QHBoxLayout()
        self.sale_number = named(QLineEdit(), "saleNumber")
        self.sale_number.setPlaceholderText("Sale number or the sale's UUID from the receipt")
        self.find_button = named(QPushButton("&Find"), "findSale")
        find_row.addWidget(self.sale_number, 1)
        find_row.addWidget(self.find_button)
        layout.addLayout(find_row)
        self.lines = named(QTableWidget(0, 4), "returnLines")
        self.lines.setHorizontalHeaderLabels(["Product", "Sold", "Can return", "Return"])
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.lines.setTabKeyNavigation(False)  # Tab goes from quantity to quantity, then on
        layout.addWidget(self.lines, 1)
        self.form = InlineForm(self)
        self.method = named(QComboBox(), "refundMethod")
        self.reason = named(QLineEdit(), "reason")
        self.reference = named(QLineEdit(), "refundReference")
        self.reference.setPlaceholderText("optional: the terminal's approval code")
        self.form.add("method", "Refund &to", self.method)
        self.form.add("reference", "Card r&eference", self.reference, limit=CARD_REFERENCE_MAX)
        self.form.add("reason", "Rea&son", self.reason)
        self.reference.setEnabled(False)
        self.method.currentIndexChanged.connect(
            lambda _index: self.reference.setEnabled(self.method.currentData() == "card")
        )
        self.manager_user = named(QLineEdit(), "managerUser")
        self.manager_password = named(QLineEdit(), "managerPassword")
        self.manager_password.setEchoMode(QLineEdit.EchoMode.Password)
        if needs_override(actor.role, Op.SALE_REFUND):
            self.form.add("manager", "&Manager", self.manager_user)
            self.form.add("manager_password", "Manager &password", self.manager_password)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.form.form_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("&Refund")
        self.ok_button.setEnabled(False)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.find_button.clicked.connect(self.find_sale)
        self.sale_number.returnPressed.connect(self.find_sale)

    def find_sale(self) -> None:
        self.form.clear()
        text = self.sale_number.text().strip()
        services, actor = self.ctx.services, self.actor

        def lookup() -> Sale | None:
            if text.isdigit():
                return services.sales.get(actor, int(text))
            return services.sales.find_sale(actor, text)

        self.ctx.tasks.read(lookup, self._show_sale, self._failed)

    def _show_sale(self, sale: Sale | None) -> None:
        if sale is None:
            self.form.show_error("No sale with that number")
            return
        self.sale = sale
        self.lines.setRowCount(len(sale.lines))
        for row, line in enumerate(sale.lines):
            self.lines.setItem(row, 0, QTableWidgetItem(line.product_name))
            self.lines.setItem(row, 1, QTableWidgetItem(str(line.quantity)))
            self.lines.setItem(row, 2, QTableWidgetItem(str(line.returnable)))
            spin = named(QSpinBox(), f"returnQuantity{row}")
            spin.setRange(0, line.returnable)
            spin.setEnabled(line.returnable > 0)
            self.lines.setCellWidget(row, 3, spin)
        self._keyboard_order()
        self.method.clear()
        # The way it was paid first: a card sale goes back to the card by default.
        if sale.paid_by(PaymentMethod.CARD) > 0:
            self.method.addItem("Card (external terminal)", "card")
        if sale.customer_id is not None:
            self.method.addItem("Store credit (wallet)", "wallet")
        self.method.addItem("Cash", "cash")
        self.method.setCurrentIndex(0)
        self.ok_button.setEnabled(any(line.returnable for line in sale.lines))

    def _keyboard_order(self) -> None:
        """Tab goes through the quantities to return, then how and why; the cursor starts
        in the first quantity that can still be returned."""
        spins = [self.lines.cellWidget(row, 3) for row in range(self.lines.rowCount())]
        chain: list[QWidget] = [s for s in spins if isinstance(s, QSpinBox) and s.isEnabled()]
        chain += [self.method, self.reference, self.reason]
        if needs_override(self.actor.role, Op.SALE_REFUND):
            chain += [self.manager_user, self.manager_password]
        chain.append(self.ok_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        start = chain[0]
        start.setFocus()
        if isinstance(start, QSpinBox):
            start.selectAll()

    def set_quantity(self, row: int, quantity: int) -> None:
        widget = self.lines.cellWidget(row, 3)
        assert isinstance(widget, QSpinBox)
        widget.setValue(quantity)

    def submit(self) -> None:
        self.form.clear()
        if self.sale is None:
            return
        chosen = []
        for row, line in enumerate(self.sale.lines):
            widget = self.lines.cellWidget(row, 3)
            if isinstance(widget, QSpinBox) and widget.value():
                chosen.append(ReturnLine(line.line_id, widget.value()))
        if not chosen:
            self.form.show_error("Choose how many of which line to return")
            return
        request = RefundRequest(
            refund_uuid=self.refund_uuid,
            sale_id=self.sale.id,
            lines=tuple(chosen),
            method=str(self.method.currentData()),
            reason=self.reason.text(),
            counter=self.ctx.settings.counter_name,
            reference=self.reference.text() if self.method.currentData() == "card" else "",
        )
        override = None
        if needs_override(self.actor.role, Op.SALE_REFUND):
            override = ManagerOverride(self.manager_user.text(), self.manager_password.text())
        services, actor = self.ctx.services, self.actor
        self.ctx.tasks.write(
            lambda: services.refunds.refund(actor, request, override),
            self._done,
            self._failed,
            disable=[self.ok_button],
        )

    def _done(self, refund: Refund) -> None:
        self.manager_password.clear()
        self.refunded.emit(refund)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.manager_password.clear()
        if isinstance(exc, ValidationError) and exc.field in ("method", "reason", "reference"):
            self.form.show_error(exc)
        else:
            self.ctx.errors.report(exc, label=self.form.form_error)


def refund_document(refund: Refund, ctx: AppContext, parent: QWidget) -> DocumentDialog:
    return DocumentDialog("Refund", refund_html(refund, ctx.settings), parent)


class EndOfDayDialog(QDialog):
    """End of day: the open business day's Z report (since the previous closing), for this
    counter or the whole store, and closing it with the counted cash, after a
    confirmation. A past calendar day's figures can be previewed too. What it says at the
    top is always which business day the sales count for now (see EndOfDayService)."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.report: ZReport | None = None
        #: Previews sent so far: only the answer to the last one is shown.
        self._asked = 0
        self.setObjectName("endOfDayDialog")
        self.setWindowTitle("End of day")
        self.resize(520, 640)
        layout = QVBoxLayout(self)
        self.status = named(QLabel(), "dayStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.form = InlineForm(self)
        self.counted = named(QLineEdit(), "countedCash")
        self.opening = named(QLineEdit("0.00"), "openingFloat")
        self.scope = named(QComboBox(), "scope")
        self.scope.addItem(f"This counter ({ctx.settings.counter_name})", ctx.settings.counter_name)
        self.scope.addItem("Whole store", "")
        self.day = named(QDateEdit(QDate.currentDate()), "day")
        self.day.setCalendarPopup(True)
        self.day.setToolTip("Today: the open business day; another date: that calendar day")
        self.form.add("counted_cash", "&Counted cash", self.counted)
        self.form.add("opening_float", "&Opening float", self.opening)
        self.form.add("counter", "&For", self.scope)
        self.form.add("day", "Da&y", self.day)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.form.form_error)
        self.view = QTextBrowser(self)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.preview_button = named(QPushButton("&Preview"), "previewZ")
        self.close_button = named(QPushButton("C&lose the day…"), "closeDay")
        self.pdf_button = named(QPushButton("Save as P&DF…"), "zPdf")
        self.print_button = named(QPushButton("P&rint…"), "zPrint")
        for button in (self.preview_button, self.close_button, self.pdf_button, self.print_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.preview_button.setDefault(True)  # Enter in a field previews; closing asks first
        self.preview_button.clicked.connect(self.preview)
        self.close_button.clicked.connect(self.ask_to_close)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.print_button.clicked.connect(self._print)
        self.scope.currentIndexChanged.connect(lambda _index: self.preview())
        self.day.dateChanged.connect(self._day_changed)
        self.counted.setFocus()
        self.preview()

    def _today(self) -> bool:
        return self.day.date() == QDate.currentDate()

    def _day_changed(self) -> None:
        self.close_button.setEnabled(self._today())  # only the open day can be closed
        self.preview()

    def preview(self) -> None:
        self.form.clear()
        counter, opening = str(self.scope.currentData()), self.opening.text()
        services, actor = self.ctx.services, self.actor
        self._asked += 1
        asked = self._asked

        def show(report: ZReport) -> None:
            if asked == self._asked:  # a later preview (or a closing) has the last word
                self._show(report)

        if self._today():
            self.ctx.tasks.read(
                lambda: services.end_of_day.open_day(actor, counter=counter, opening_float=opening),
                show,
                self._failed,
            )
            return
        day = self.day.date().toPython()
        assert isinstance(day, date)
        since, until = local_midnight(day), local_midnight(day + timedelta(days=1))
        self.ctx.tasks.read(
            lambda: services.end_of_day.z_report(
                actor, since, until, counter=counter, opening_float=opening
            ),
            show,
            self._failed,
        )

    def ask_to_close(self) -> None:
        """Closing cannot be undone, and there is one a day: ask first."""
        self.form.clear()
        counter, opening, counted = (
            str(self.scope.currentData()),
            self.opening.text(),
            self.counted.text(),
        )
        try:
            counted_amount = parse_money(counted, field="counted_cash", label="Counted cash")
            parse_money(opening, field="opening_float", label="Opening float")
        except ValidationError as exc:
            self.form.show_error(exc)
            return
        report = self.report
        where = self.scope.currentText()
        text = f"Close the business day for {where}? There is one closing a day."
        if report is not None and report.business_day is not None:
            difference = counted_amount - report.expected_cash
            text = (
                f"Close the business day {report.business_day.isoformat()} for {where}?\n\n"
                f"Counted cash {format_money(counted_amount)}, expected so far "
                f"{format_money(report.expected_cash)} (difference {format_money(difference)}).\n"
                "There is one closing a day; it cannot be undone, and what is sold after "
                "it counts for the next day."
            )
        confirm(
            self,
            "Close the day",
            text,
            "&Close the day",
            lambda: self._close(counter, opening, counted),
        )

    def _close(self, counter: str, opening: str, counted: str) -> None:
        services, actor = self.ctx.services, self.actor
        self._asked += 1  # no preview sent before this may replace what the closing says
        self.ctx.tasks.write(
            lambda: services.end_of_day.close_day(
                actor, counter=counter, opening_float=opening, counted_cash=counted
            ),
            self._show,
            self._failed,
            disable=[self.close_button],
        )

    def _show(self, report: ZReport) -> None:
        self.report = report
        if report.closed_at is not None:
            self.status.setText(day_closed_text(report))
            self.status.setStyleSheet("font-weight: bold; color: #15803d;")
            self.counted.setFocus()  # the Close button it was on was disabled meanwhile
        elif report.business_day is not None:
            self.status.setText(open_day_text(report))
            self.status.setStyleSheet("")
        else:
            since = report.since.astimezone().strftime("%Y-%m-%d")
            self.status.setText(f"Calendar day {since} (a preview; closing is for today)")
            self.status.setStyleSheet("")
        self.view.setHtml(z_report_html(report, self.ctx.settings))

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            self.form.show_error(exc)
        elif isinstance(exc, ConflictError):
            self.form.show_error(exc.message, "counted_cash")
        else:
            self.ctx.errors.report(exc, label=self.form.form_error)
            self.counted.setFocus()

    def save_pdf(self, path: Path) -> Path | None:
        if self.report is None:
            return None
        return save_pdf(z_report_html(self.report, self.ctx.settings), path)

    def _ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save Z report", "", "PDF (*.pdf)")
        if path:
            self.save_pdf(Path(path))

    def _print(self) -> None:
        if self.report is not None:
            DocumentDialog(
                "Z report", z_report_html(self.report, self.ctx.settings), self
            ).print_document()
