"""Dialogs of the checkout screen: payment, receipt, parked carts, returns, end of day."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
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

from pos_app.domain.enums import Role
from pos_app.domain.errors import ValidationError
from pos_app.domain.money import format_money, parse_money
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
from pos_app.ui.context import AppContext
from pos_app.ui.forms import InlineForm, named
from pos_app.ui.receipts import document, refund_html, save_pdf, z_report_html

#: Longest note a parked cart carries (the database column's width).
PARK_NOTE_MAX = 200


class PaymentDialog(QDialog):
    """How the customer pays: wallet, cash or split; change due is shown before confirming.

    Signals: confirmed(object, object): wallet amount (Decimal) and cash tendered
    (Decimal or None).
    """

    confirmed = Signal(object, object)

    def __init__(
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
        layout.addWidget(self.total_label)
        if balance is not None:
            layout.addWidget(QLabel(f"Store credit available: {format_money(balance)}"))
        self.wallet = named(QRadioButton("&Wallet (store credit)"), "payWallet")
        self.cash = named(QRadioButton("&Cash"), "payCash")
        self.split = named(QRadioButton("S&plit: part wallet, part cash"), "paySplit")
        group = QButtonGroup(self)
        for button in (self.wallet, self.cash, self.split):
            group.addButton(button)
            layout.addWidget(button)
        self.form = InlineForm(self)
        self.wallet_amount = named(QLineEdit(), "walletAmount")
        self.tendered = named(QLineEdit(), "cashTendered")
        self.form.add("wallet_amount", "From &wallet", self.wallet_amount)
        self.form.add("cash_tendered", "Cash &tendered", self.tendered)
        layout.addLayout(self.form.layout)
        self.change_label = named(QLabel(), "changeDue")
        layout.addWidget(self.change_label)
        layout.addWidget(self.form.form_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.confirm_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm_button.setText("&Confirm payment")
        self.confirm_button.setObjectName("confirmPayment")
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if balance is None:
            self.wallet.setEnabled(False)
            self.split.setEnabled(False)
            self.cash.setChecked(True)
        elif balance >= total:
            self.wallet.setChecked(True)
        elif balance > 0:
            self.split.setChecked(True)
            self.wallet_amount.setText(f"{balance:.2f}")
        else:
            self.cash.setChecked(True)
        for button in (self.wallet, self.cash, self.split):
            button.toggled.connect(self._update)
        self.wallet_amount.textChanged.connect(self._update)
        self.tendered.textChanged.connect(self._update)
        self._update()

    def _amounts(self) -> tuple[Decimal, Decimal | None]:
        """Wallet part and cash tendered from the inputs; raises ValidationError."""
        if self.wallet.isChecked():
            return self.total, None
        wallet = Decimal("0.00")
        if self.split.isChecked():
            wallet = parse_money(
                self.wallet_amount.text(), field="wallet_amount", label="Wallet part"
            )
            if not Decimal("0") < wallet < self.total:
                raise ValidationError(
                    "The wallet part must be between 0 and the total", "wallet_amount"
                )
        cash_due = self.total - wallet
        text = self.tendered.text().strip()
        tendered = (
            cash_due
            if not text
            else parse_money(text, field="cash_tendered", label="Cash tendered")
        )
        if tendered < cash_due:
            raise ValidationError(
                f"Cash tendered does not cover {format_money(cash_due)}", "cash_tendered"
            )
        return wallet, tendered

    def _update(self) -> None:
        split, cash = self.split.isChecked(), self.cash.isChecked()
        self.wallet_amount.setEnabled(split)
        self.tendered.setEnabled(split or cash)
        self.form.clear()
        try:
            wallet, tendered = self._amounts()
        except ValidationError:
            self.change_label.setText("")
            return
        if tendered is None:
            self.change_label.setText("Paid from store credit")
        else:
            change = tendered - (self.total - wallet)
            self.change_label.setText(f"Change due: {format_money(change)}")

    def confirm(self) -> None:
        self.form.clear()
        try:
            wallet, tendered = self._amounts()
        except ValidationError as exc:
            self.form.show_error(exc)
            return
        self.confirm_button.setEnabled(False)  # one press, one sale
        self.confirmed.emit(wallet, tendered)
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


class ParkedCartsDialog(QDialog):
    """The carts parked at this counter: time, customer, items, total, note; Enter resumes
    the chosen one.

    Signals: chosen(object): the ParkedCart picked.
    """

    chosen = Signal(object)
    HEADERS = ("Parked at", "Customer", "Items", "Total", "Note", "By")

    def __init__(self, carts: list[ParkedCart], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parkedCartsDialog")
        self.setWindowTitle("Parked carts")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(720, 360)
        layout = QVBoxLayout(self)
        self.carts = list(carts)
        self.table = named(QTableWidget(len(carts), len(self.HEADERS)), "parkedList")
        self.table.setHorizontalHeaderLabels(self.HEADERS)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, cart in enumerate(carts):
            total = cart.total
            cells = (
                cart.created_at.astimezone().strftime("%H:%M"),
                cart.label or cart.customer_username or "walk-in",
                str(cart.units),
                "?" if total is None else format_money(total),
                cart.note,
                cart.cashier_username or "",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if carts:
            self.table.selectRow(0)
        layout.addWidget(QLabel("Choose a cart (arrows) and press Enter to resume it; the cart "
                                "on screen is parked in its place."))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Resume")
        buttons.accepted.connect(self._pick)
        buttons.rejected.connect(self.reject)
        self.table.activated.connect(lambda _index: self._pick())
        layout.addWidget(buttons)
        self.table.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._pick()
            return
        super().keyPressEvent(event)

    def _pick(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.carts):
            self.chosen.emit(self.carts[row])
            self.accept()


class CustomerPickDialog(QDialog):
    """Several customers match: name, username, phone, e-mail; arrows and Enter pick one.

    Signals: chosen(object): the Customer picked.
    """

    chosen = Signal(object)
    HEADERS = ("Name", "Username", "Phone", "E-mail", "Store credit")

    def __init__(self, customers: list[Customer], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerPickDialog")
        self.setWindowTitle("Choose the customer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(760, 360)
        self.customers = list(customers)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{len(customers)} customers match. Arrows, then Enter."))
        self.table = named(QTableWidget(len(customers), len(self.HEADERS)), "customerPicks")
        self.table.setHorizontalHeaderLabels(self.HEADERS)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, customer in enumerate(customers):
            cells = (
                customer.name,
                customer.username,
                getattr(customer, "phone", "") or "",
                getattr(customer, "email", "") or "",
                format_money(customer.balance),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if customers:
            self.table.selectRow(0)
        self.table.activated.connect(lambda _index: self._pick())
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Choose")
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
        if 0 <= row < len(self.customers):
            self.chosen.emit(self.customers[row])
            self.accept()


class ParkNoteDialog(QDialog):
    """F8: an optional note for the cart being parked ("back in 5 min", "blue coat").

    Signals: chosen(str): the note (may be empty).
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parkNoteDialog")
        self.setWindowTitle("Park the cart")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self.form = InlineForm(self)
        self.note = named(QLineEdit(), "parkNote")
        self.note.setPlaceholderText("Optional: who it is for, why it waits")
        self.form.add("note", "&Note", self.note)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.form.form_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Park")
        buttons.accepted.connect(self._park)
        buttons.rejected.connect(self.reject)
        self.note.returnPressed.connect(self._park)
        layout.addWidget(buttons)
        self.note.setFocus()

    def _park(self) -> None:
        text = self.note.text().strip()
        if len(text) > PARK_NOTE_MAX:
            self.form.show_error(
                f"A note can be at most {PARK_NOTE_MAX} characters (this one has {len(text)})",
                "note",
            )
            return
        self.chosen.emit(text)
        self.accept()


class QuantityDialog(QDialog):
    """F2: the quantity of the selected line, typed.

    Signals: chosen(int).
    """

    chosen = Signal(int)

    def __init__(
        self, product_name: str, quantity: int, maximum: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quantityDialog")
        self.setWindowTitle("Quantity")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.maximum = maximum
        layout = QVBoxLayout(self)
        name = QLabel(product_name)
        name.setWordWrap(True)
        layout.addWidget(name)
        self.form = InlineForm(self)
        self.quantity = named(QLineEdit(str(quantity)), "lineQuantity")
        self.quantity.selectAll()
        self.form.add("quantity", "&Quantity", self.quantity)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.form.form_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Set")
        buttons.accepted.connect(self._set)
        buttons.rejected.connect(self.reject)
        self.quantity.returnPressed.connect(self._set)
        layout.addWidget(buttons)
        self.quantity.setFocus()

    def _set(self) -> None:
        text = self.quantity.text().strip()
        if not text.isdigit() or not 0 <= int(text) <= self.maximum:
            self.form.show_error(
                f"Type a whole number from 0 (removes the line) to {self.maximum}", "quantity"
            )
            return
        self.chosen.emit(int(text))
        self.accept()


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
        layout.addWidget(self.lines, 1)
        self.form = InlineForm(self)
        self.method = named(QComboBox(), "refundMethod")
        self.reason = named(QLineEdit(), "reason")
        self.form.add("method", "Refund &to", self.method)
        self.form.add("reason", "&Reason", self.reason)
        self.manager_user = named(QLineEdit(), "managerUser")
        self.manager_password = named(QLineEdit(), "managerPassword")
        self.manager_password.setEchoMode(QLineEdit.EchoMode.Password)
        if actor.role is Role.CASHIER:
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
            spin = QSpinBox()
            spin.setRange(0, line.returnable)
            self.lines.setCellWidget(row, 3, spin)
        self.method.clear()
        if sale.customer_id is not None:
            self.method.addItem("Store credit (wallet)", "wallet")
        self.method.addItem("Cash", "cash")
        self.ok_button.setEnabled(any(line.returnable for line in sale.lines))

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
        )
        override = None
        if self.actor.role is Role.CASHIER:
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
        if isinstance(exc, ValidationError) and exc.field in ("method", "reason"):
            self.form.show_error(exc)
        else:
            self.ctx.errors.report(exc, label=self.form.form_error)


def refund_document(refund: Refund, ctx: AppContext, parent: QWidget) -> DocumentDialog:
    return DocumentDialog("Refund", refund_html(refund, ctx.settings), parent)


class EndOfDayDialog(QDialog):
    """The Z report for a day, for this counter or the whole store; close the day with
    the counted cash."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.report: ZReport | None = None
        self.setObjectName("endOfDayDialog")
        self.setWindowTitle("End of day")
        self.resize(520, 640)
        layout = QVBoxLayout(self)
        self.form = InlineForm(self)
        self.day = named(QDateEdit(QDate.currentDate()), "day")
        self.day.setCalendarPopup(True)
        self.scope = named(QComboBox(), "scope")
        self.scope.addItem(f"This counter ({ctx.settings.counter_name})", ctx.settings.counter_name)
        self.scope.addItem("Whole store", "")
        self.opening = named(QLineEdit("0.00"), "openingFloat")
        self.counted = named(QLineEdit(), "countedCash")
        self.form.add("day", "&Day", self.day)
        self.form.add("counter", "&For", self.scope)
        self.form.add("opening_float", "&Opening float", self.opening)
        self.form.add("counted_cash", "&Counted cash", self.counted)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.form.form_error)
        self.view = QTextBrowser(self)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.preview_button = named(QPushButton("&Preview"), "previewZ")
        self.close_button = named(QPushButton("Close the &day"), "closeDay")
        self.pdf_button = named(QPushButton("Save as P&DF…"), "zPdf")
        self.print_button = named(QPushButton("P&rint…"), "zPrint")
        for button in (self.preview_button, self.close_button, self.pdf_button, self.print_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.preview_button.clicked.connect(self.preview)
        self.close_button.clicked.connect(self.close_day)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.print_button.clicked.connect(self._print)

    def _period(self) -> tuple[datetime, datetime]:
        day = self.day.date().toPython()
        assert isinstance(day, date)
        start = datetime.combine(day, time.min).astimezone()
        return start, datetime.combine(day + timedelta(days=1), time.min).astimezone()

    def preview(self) -> None:
        self.form.clear()
        since, until = self._period()
        counter, opening = str(self.scope.currentData()), self.opening.text()
        services, actor = self.ctx.services, self.actor
        self.ctx.tasks.read(
            lambda: services.end_of_day.z_report(
                actor, since, until, counter=counter, opening_float=opening
            ),
            self._show,
            self._failed,
        )

    def close_day(self) -> None:
        self.form.clear()
        since, until = self._period()
        counter, opening, counted = (
            str(self.scope.currentData()),
            self.opening.text(),
            self.counted.text(),
        )
        services, actor = self.ctx.services, self.actor
        self.ctx.tasks.write(
            lambda: services.end_of_day.close_day(
                actor, since, until, counter=counter, opening_float=opening, counted_cash=counted
            ),
            self._show,
            self._failed,
            disable=[self.close_button],
        )

    def _show(self, report: ZReport) -> None:
        self.report = report
        self.view.setHtml(z_report_html(report, self.ctx.settings))

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            self.form.show_error(exc)
        else:
            self.ctx.errors.report(exc, label=self.form.form_error)

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
