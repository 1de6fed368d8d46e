"""The left-hand column of the checkout screen: the scan field (with the ``3*`` multiplier
beside it), the pick list of a name search, the cart's lines, what the sale will charge
(``QuoteSummary``) and the buttons that change them. Up and Down in the scan field move
through the pick list, or else the cart's lines.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.money import format_money
from pos_app.services.records import Product
from pos_app.ui.cart_model import CartModel
from pos_app.ui.checkout.keys import KEYS, key_text
from pos_app.ui.checkout.quote_summary import QuoteSummary
from pos_app.ui.forms import named
from pos_app.ui.i18n import ltr
from pos_app.ui.widgets import select_row

PICK_ROLE = Qt.ItemDataRole.UserRole + 1


class CartPanel(QWidget):
    """The scan field, the pick list, the cart and the line buttons (which never take
    the focus: keys stay in the scan field)."""

    def __init__(self, cart: CartModel) -> None:
        # No parent yet: the screen's layout adopts it after the side panel, so that Tab
        # goes through the side panel first, as it always has.
        super().__init__()
        self.setObjectName("cartPanel")
        self.cart = cart
        left = QVBoxLayout(self)
        left.setContentsMargins(0, 0, 0, 0)
        self.entry = named(QLineEdit(), "scanEntry")
        self.entry.setPlaceholderText(
            self.tr("Scan a barcode, or type a product name and press Enter (3* first for three)")
        )
        self.entry.setMinimumHeight(40)
        self.multiplier_label = named(QLabel(), "multiplier")
        self.multiplier_label.hide()
        self.pick_list = named(QListWidget(), "pickList")
        self.pick_list.hide()
        self.pick_list.setMaximumHeight(220)
        self.table = named(QTableView(), "cartTable")
        self.table.setModel(cart)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        # A cell too long loses its middle, not its end: "3 Blue Backp… -3.97" keeps what
        # the promotion takes off (the manager's trial read "3 Blue Backpacks for 20.00…").
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setColumnWidth(0, 240)  # the last column, "Promotion / discount", takes the rest
        header = self.table.horizontalHeader()
        for column in range(1, cart.columnCount() - 1):  # each title whole, in any language
            header.resizeSection(
                column, max(header.sectionSize(column), header.sectionSizeHint(column))
            )
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.multiplier_label)
        left.addLayout(entry_row)
        left.addWidget(self.pick_list)
        left.addWidget(self.table, 1)
        self.summary = QuoteSummary()
        left.addWidget(self.summary)
        line_buttons = QGridLayout()
        self.plus_button = named(QPushButton(ltr(f"+1 ({KEYS['plus']})")), "plusOne")
        self.minus_button = named(QPushButton(ltr(f"−1 ({KEYS['minus']})")), "minusOne")
        self.quantity_button = named(
            QPushButton(self.tr("Quantity… ({0})").format(key_text("quantity"))), "setQuantity"
        )
        self.remove_button = named(
            QPushButton(self.tr("Remove line ({0})").format(key_text("remove"))), "removeLine"
        )
        self.clear_button = named(
            QPushButton(self.tr("Clear cart ({0})").format(key_text("clear"))), "clearCart"
        )
        discount = self.tr("Discount… ({0}, cart {1})")
        self.discount_button = named(
            QPushButton(discount.format(key_text("discount_line"), key_text("discount_cart"))),
            "discountLine",
        )
        self.line_buttons = (
            self.plus_button,
            self.minus_button,
            self.quantity_button,
            self.remove_button,
            self.clear_button,
            self.discount_button,
        )
        # Two rows of three: in one row, at the app's text size, they made the window
        # wider than a 1366-pixel screen.
        for index, button in enumerate(self.line_buttons):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay in the scan field
            line_buttons.addWidget(button, index // 3, index % 3)
        left.addLayout(line_buttons)
        self.entry.installEventFilter(self)

    def selected_row(self) -> int | None:
        """The line the quantity keys change: the selected one, or else the last."""
        index = self.table.currentIndex()
        if index.isValid():
            return index.row()
        return self.cart.rowCount() - 1 if self.cart.rowCount() else None

    def show_multiplier(self, count: int) -> None:
        self.multiplier_label.setText(f"× {count}")
        self.multiplier_label.setVisible(count != 1)

    def offer(self, products: Sequence[Product]) -> bool:
        """The products a name search found, in the pick list, the first one current;
        False (and no pick list) when it found none."""
        self.pick_list.clear()
        if not products:
            self.pick_list.hide()
            return False
        for product in products:
            stock = self.tr("{0} in stock").format(product.stock)
            item = QListWidgetItem(f"{product.name}  —  {format_money(product.price)}  ({stock})")
            item.setData(PICK_ROLE, product)
            self.pick_list.addItem(item)
        self.pick_list.setCurrentRow(0)
        self.pick_list.show()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the entry field move through the pick list, or else through the
        cart's lines (the selected line is the one the quantity keys change)."""
        if watched is self.entry and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                if self.pick_list.isVisible():
                    count, now = self.pick_list.count(), self.pick_list.currentRow()
                    self.pick_list.setCurrentRow(max(0, min(count - 1, now + step)))
                    return True
                selected = self.selected_row()
                if selected is not None:
                    row = max(0, min(self.cart.rowCount() - 1, selected + step))
                    select_row(self.table, row)
                    return True
        return super().eventFilter(watched, event)
