"""The cart on the checkout screen: lines of frozen items, changed by replacing them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from pos_app.domain.money import format_money
from pos_app.services.records import CartLine, Product

Index = QModelIndex | QPersistentModelIndex
HEADERS = ("Product", "Qty", "Unit price", "Line total")


@dataclass(frozen=True)
class CartItem:
    product: Product
    quantity: int

    @property
    def line_total(self) -> Decimal:
        return self.product.price * self.quantity

    @property
    def short_of_stock(self) -> int:
        return max(0, self.quantity - self.product.stock)


class CartModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[CartItem] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                item.product.name,
                str(item.quantity),
                format_money(item.product.price),
                format_money(item.line_total),
            )
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and item.short_of_stock:
            return f"Only {item.product.stock} in stock"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        return None

    # -- the cart ------------------------------------------------------------------------
    def items(self) -> list[CartItem]:
        return list(self._items)

    def total(self) -> Decimal:
        return sum((item.line_total for item in self._items), Decimal("0.00"))

    def add(self, product: Product, quantity: int = 1) -> CartItem:
        """One more of ``product`` (a new line, or the existing line's quantity)."""
        for row, item in enumerate(self._items):
            if item.product.id == product.id:
                return self.set_quantity(row, item.quantity + quantity, product)
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(CartItem(product, quantity))
        self.endInsertRows()
        return self._items[row]

    def set_quantity(self, row: int, quantity: int, product: Product | None = None) -> CartItem:
        item = replace(self._items[row], quantity=quantity)
        if product is not None:
            item = replace(item, product=product)
        self._items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        return item

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._items = []
        self.endResetModel()

    def load(self, items: list[CartItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def cart_lines(self) -> tuple[CartLine, ...]:
        """What checkout is sent: the prices the cashier saw, so a changed price is caught."""
        return tuple(
            CartLine(item.product.id, item.quantity, item.product.price) for item in self._items
        )
