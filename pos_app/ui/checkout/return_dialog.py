"""Returns at the counter: lines of a past sale refunded, and the refund's document."""

from __future__ import annotations

import uuid
from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.currency import store_currency
from pos_app.domain.enums import PaymentMethod
from pos_app.domain.errors import ValidationError
from pos_app.domain.money import format_money, from_cents, to_cents
from pos_app.domain.pricing import refund_share
from pos_app.services.cart_request import CARD_REFERENCE_MAX
from pos_app.services.permissions import Op, needs_override
from pos_app.services.records import Actor, ManagerOverride, Refund, RefundRequest, ReturnLine, Sale
from pos_app.ui.context import AppContext
from pos_app.ui.document_dialog import DocumentDialog
from pos_app.ui.forms import InlineForm, named
from pos_app.ui.i18n import ltr, translate
from pos_app.ui.receipts import PAID_BY, refund_html


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
        self.setWindowTitle(self.tr("Return items"))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        find_row = QHBoxLayout()
        self.sale_number = named(QLineEdit(), "saleNumber")
        self.sale_number.setPlaceholderText(
            self.tr("Sale number or the sale's UUID from the receipt")
        )
        self.find_button = named(QPushButton(self.tr("&Find")), "findSale")
        find_row.addWidget(self.sale_number, 1)
        find_row.addWidget(self.find_button)
        layout.addLayout(find_row)
        self.lines = self._lines_table()
        layout.addWidget(self.lines, 1)
        #: What the chosen units give back, as the refund will work it out (pricing rule 7),
        #: and how the sale was paid, so that its money goes back the same way (the full-day
        #: trial refunded a cash, card and store-credit sale wholly in cash, unaware).
        self.amount, self.paid = named(QLabel(), "refundAmount"), named(QLabel(), "salePayments")
        self.amount.setStyleSheet("font-weight: bold;")
        self.paid.setWordWrap(True)
        for label in (self.amount, self.paid):
            layout.addWidget(label)
        self.form = InlineForm(self)
        self.method = named(QComboBox(), "refundMethod")
        self.reason = named(QLineEdit(), "reason")
        self.reference = named(QLineEdit(), "refundReference")
        self.reference.setPlaceholderText(self.tr("optional: the terminal's approval code"))
        self.form.add("method", self.tr("Refund &to"), self.method)
        reference = self.tr("Card r&eference")
        self.form.add("reference", reference, self.reference, limit=CARD_REFERENCE_MAX)
        self.form.add("reason", self.tr("Rea&son"), self.reason)
        self.reference.setEnabled(False)
        self.method.currentIndexChanged.connect(
            lambda _index: self.reference.setEnabled(self.method.currentData() == "card")
        )
        self.manager_user = named(QLineEdit(), "managerUser")
        self.manager_password = named(QLineEdit(), "managerPassword")
        self.manager_password.setEchoMode(QLineEdit.EchoMode.Password)
        if needs_override(actor.role, Op.SALE_REFUND):
            self.form.add("manager", self.tr("&Manager"), self.manager_user)
            self.form.add("manager_password", self.tr("Manager &password"), self.manager_password)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.form.form_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Refund"))
        self.ok_button.setEnabled(False)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.find_button.clicked.connect(self.find_sale)
        self.sale_number.returnPressed.connect(self.find_sale)

    def _lines_table(self) -> QTableWidget:
        """The sale's lines: what was sold, what can still come back, and a spin box each
        for how many do; the product's name takes the room."""
        lines = named(QTableWidget(0, 4), "returnLines")
        lines.setHorizontalHeaderLabels(
            [self.tr("Product"), self.tr("Sold"), self.tr("Can return"), self.tr("Return")]
        )
        header = lines.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        lines.setTabKeyNavigation(False)  # Tab goes from quantity to quantity, then on
        return lines

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
            self.form.show_error(self.tr("No sale with that number"))
            return
        self.sale = sale
        voided = sale.voided_at is not None  # its money and goods went back already
        self.lines.setRowCount(len(sale.lines))
        for row, line in enumerate(sale.lines):
            self.lines.setItem(row, 0, QTableWidgetItem(line.product_name))
            self.lines.setItem(row, 1, QTableWidgetItem(str(line.quantity)))
            self.lines.setItem(row, 2, QTableWidgetItem(str(line.returnable)))
            spin = named(QSpinBox(), f"returnQuantity{row}")
            spin.setRange(0, 0 if voided else line.returnable)
            spin.setEnabled(line.returnable > 0 and not voided)
            spin.valueChanged.connect(lambda _value: self._show_amount())
            self.lines.setCellWidget(row, 3, spin)
        self.lines.resizeColumnsToContents()
        self._show_amount()
        self._keyboard_order()
        paid = [
            f"{translate('Receipts', PAID_BY[p.method])} {ltr(format_money(p.amount))}"
            for p in sale.payments
            if p.amount
        ]
        self.paid.setText(self.tr("Paid: {0}").format(" · ".join(paid)) if paid else "")
        self.method.clear()
        # The way it was paid first (the most of it, if split): a cash sale to a customer
        # goes back in cash, not onto their wallet, unless the cashier chooses so.
        offered = [(self.tr("Cash"), "cash", sale.paid_by(PaymentMethod.CASH))]
        if sale.customer_id is not None:
            wallet = sale.paid_by(PaymentMethod.WALLET)
            offered.insert(0, (self.tr("Store credit (wallet)"), "wallet", wallet))
        if sale.paid_by(PaymentMethod.CARD) > 0:
            offered.insert(
                0, (self.tr("Card (external terminal)"), "card", sale.paid_by(PaymentMethod.CARD))
            )
        for text, method, _paid in sorted(offered, key=lambda offer: -offer[2]):
            self.method.addItem(text, method)
        self.method.setCurrentIndex(0)
        self.ok_button.setEnabled(not voided and any(line.returnable for line in sale.lines))
        if voided:  # said as soon as it is found, not after a manager's password
            said = translate(
                "ServiceMessages", "Sale #{sale} was voided: nothing is left to return"
            )
            self.form.show_error(said.format(sale=sale.id))
            self.sale_number.setFocus()
            self.sale_number.selectAll()

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

    def _show_amount(self) -> None:
        """ "Refund 26.98": the share of what was paid (after discounts, with its tax) of
        the units chosen, worked out as the refund itself works it out."""
        if self.sale is None:
            return
        unit, cents = store_currency().unit_cents, 0
        for row, line in enumerate(self.sale.lines):
            widget = self.lines.cellWidget(row, 3)
            if isinstance(widget, QSpinBox) and widget.value():
                paid = to_cents(line.charged)
                cents += refund_share(paid, line.quantity, line.returned, widget.value(), unit)
        self.amount.setText(self.tr("Refund {0}").format(format_money(from_cents(cents))))

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
            self.form.show_error(self.tr("Choose how many of which line to return"))
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
    return DocumentDialog(
        translate("ReturnDialog", "Refund"),
        refund_html(refund, ctx.settings),
        parent,
        ctx.settings.receipt_page,
    )
