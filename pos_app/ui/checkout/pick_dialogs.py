"""Pick one record from a table: the parked carts to resume, the customers that match."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.money import format_money
from pos_app.services.records import Customer, ParkedCart
from pos_app.ui.forms import named
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from pos_app.ui.widgets import select_row


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
        self.table.setHorizontalHeaderLabels([translate("PickTableDialog", h) for h in headers])
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
            select_row(self.table, 0)
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

    HEADERS = (
        QT_TRANSLATE_NOOP("PickTableDialog", "Parked at"),
        QT_TRANSLATE_NOOP("PickTableDialog", "Customer"),
        QT_TRANSLATE_NOOP("PickTableDialog", "Items"),
        QT_TRANSLATE_NOOP("PickTableDialog", "Total"),
        QT_TRANSLATE_NOOP("PickTableDialog", "Note"),
        QT_TRANSLATE_NOOP("PickTableDialog", "By"),
    )

    def __init__(self, carts: list[ParkedCart], parent: QWidget | None = None) -> None:
        rows = [
            (
                cart,
                (
                    cart.created_at.astimezone().strftime("%H:%M"),
                    cart.label
                    or cart.customer_username
                    or translate("ParkedCartsDialog", "walk-in"),
                    str(cart.units),
                    "?" if cart.total is None else format_money(cart.total),
                    cart.note,
                    cart.cashier_username or "",
                ),
            )
            for cart in carts
        ]
        super().__init__(
            translate("ParkedCartsDialog", "Parked carts"),
            translate(
                "ParkedCartsDialog",
                "Choose a cart (arrows) and press Enter to resume it; the cart on screen is "
                "parked in its place.",
            ),
            self.HEADERS,
            rows,
            translate("ParkedCartsDialog", "&Resume"),
            "parkedList",
            parent,
        )
        self.setObjectName("parkedCartsDialog")


class CustomerPickDialog(PickTableDialog):
    """Several customers match: name, username, phone, e-mail; arrows and Enter pick one."""

    HEADERS = (
        QT_TRANSLATE_NOOP("PickTableDialog", "Name"),
        QT_TRANSLATE_NOOP("PickTableDialog", "Username"),
        QT_TRANSLATE_NOOP("PickTableDialog", "Phone"),
        QT_TRANSLATE_NOOP("PickTableDialog", "E-mail"),
        QT_TRANSLATE_NOOP("PickTableDialog", "Store credit"),
    )

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
            translate("CustomerPickDialog", "Choose the customer"),
            translate("CustomerPickDialog", "{0} customers match. Arrows, then Enter.").format(
                len(customers)
            ),
            self.HEADERS,
            rows,
            translate("CustomerPickDialog", "&Choose"),
            "customerPicks",
            parent,
        )
        self.setObjectName("customerPickDialog")
