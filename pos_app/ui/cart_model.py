"""The cart on the checkout screen: lines of frozen items, changed by replacing them.

What the sale will charge is not the shelf prices added up (tax may be added, a promotion
or a discount may apply): the screen asks ``sales.quote`` and hands the answer to
``show_quote``, which fills the "Promotion / discount" column."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from pos_app.domain.money import format_money
from pos_app.services.records import CartLine, DiscountRequest, Product
from pos_app.services.sale_pricing import QuoteLine
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, translate

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("CartModel", "Product"),
    QT_TRANSLATE_NOOP("CartModel", "Qty"),
    QT_TRANSLATE_NOOP("CartModel", "Unit price"),
    QT_TRANSLATE_NOOP("CartModel", "Line total"),
    QT_TRANSLATE_NOOP("CartModel", "Promotion / discount"),
)
#: The column that says what the line's promotion and discounts take off.
SAVINGS_COLUMN = 4


def discount_given(discount: DiscountRequest) -> str:
    """How much a discount takes, as given: "10%" or "2.00"."""
    if discount.percent is not None:
        return f"{discount.percent.normalize():f}%"
    return format_money(discount.amount or Decimal(0))


def discount_words(discount: DiscountRequest) -> str:
    """A discount as it was given: "10% (damaged box)" or "2.00 (damaged box)"."""
    return f"{discount_given(discount)} ({discount.reason})"


@dataclass(frozen=True)
class CartItem:
    product: Product
    quantity: int
    #: The line's own discount, as the cashier gave it.
    discount: DiscountRequest | None = None

    @property
    def line_total(self) -> Decimal:
        return self.product.price * self.quantity

    @property
    def key(self) -> tuple[int, Decimal]:
        """A line is one product at one price."""
        return (self.product.id, self.product.price)

    @property
    def short_of_stock(self) -> int:
        return max(0, self.quantity - self.product.stock)


class CartModel(QAbstractTableModel):
    """Signals: changed(): a line, a quantity or a discount changed (not what a quote
    shows about them)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[CartItem] = []
        #: A discount on the whole cart, spread over its lines by the sale.
        self.cart_discount: DiscountRequest | None = None
        #: The last quote's lines, by product id and unit price (what a line's promotion
        #: and discount take).
        self._quoted: dict[tuple[int, Decimal], QuoteLine] = {}

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
                self.savings(item),
            )
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            left = column in (0, SAVINGS_COLUMN)
            align = Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SAVINGS_COLUMN:
                return self.savings(item) or None
            if item.short_of_stock:
                return self.tr("Only {0} in stock").format(item.product.stock)
        return None

    def savings(self, item: CartItem) -> str:
        """What the line's promotion and discounts take off, as the last quote priced them
        (the discount given is said before it is priced)."""
        quoted = self._quoted.get(item.key)
        parts = []
        if quoted is not None and quoted.promotion:
            parts.append(
                (quoted.promotion_name or self.tr("Promotion"))
                + f" -{format_money(quoted.promotion)}"
            )
        off = f" -{format_money(quoted.discount)}" if quoted is not None and quoted.discount else ""
        if item.discount is not None:
            share = self.tr(" + cart share") if self.cart_discount and off else ""
            given = self.tr("Discount {0}").format(discount_words(item.discount))
            parts.append(f"{given}{share}{off}")
        elif off:
            parts.append(self.tr("Cart discount") + off)
        return "; ".join(parts)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("CartModel", HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return None

    # -- the cart ------------------------------------------------------------------------
    def items(self) -> list[CartItem]:
        return list(self._items)

    def total(self) -> Decimal:
        """The shelf prices added up (what ``sales.quote`` calls the subtotal)."""
        return sum((item.line_total for item in self._items), Decimal("0.00"))

    def has_discounts(self) -> bool:
        return self.cart_discount is not None or any(i.discount for i in self._items)

    def row_of(self, product: Product) -> int | None:
        """The line of ``product`` at its price (a pack sold by price label at another
        price is a line of its own)."""
        key = (product.id, product.price)
        return next((row for row, item in enumerate(self._items) if item.key == key), None)

    def add(self, product: Product, quantity: int = 1) -> CartItem:
        """One more of ``product`` (a new line, or the existing line's quantity)."""
        row = self.row_of(product)
        if row is not None:
            return self.set_quantity(row, self._items[row].quantity + quantity, product)
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(CartItem(product, quantity))
        self.endInsertRows()
        self.changed.emit()
        return self._items[row]

    def set_quantity(self, row: int, quantity: int, product: Product | None = None) -> CartItem:
        item = replace(self._items[row], quantity=quantity)
        if product is not None:
            item = replace(item, product=product)
        return self._replace(row, item)

    def set_discount(self, row: int, discount: DiscountRequest | None) -> CartItem:
        """Give the line a discount of its own (None takes it off)."""
        return self._replace(row, replace(self._items[row], discount=discount))

    def set_cart_discount(self, discount: DiscountRequest | None) -> None:
        """Give the whole cart a discount (None takes it off)."""
        self.cart_discount = discount
        self._savings_changed()
        self.changed.emit()

    def _replace(self, row: int, item: CartItem) -> CartItem:
        self._items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        self.changed.emit()
        return item

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()
        self.changed.emit()

    def clear(self) -> None:
        self.load([])

    def load(self, items: list[CartItem]) -> None:
        """Another cart in place of this one (its discounts go with it)."""
        self.beginResetModel()
        self._items = list(items)
        self.cart_discount = None
        self._quoted = {}
        self.endResetModel()
        self.changed.emit()

    def show_quote(self, lines: tuple[QuoteLine, ...]) -> None:
        """What the sale will take off each line, as ``sales.quote`` priced it (empty: not
        priced)."""
        quoted = {(line.product_id, line.unit_price): line for line in lines}
        if quoted != self._quoted:
            self._quoted = quoted
            self._savings_changed()

    def _savings_changed(self) -> None:
        if self._items:
            last = len(self._items) - 1
            self.dataChanged.emit(self.index(0, SAVINGS_COLUMN), self.index(last, SAVINGS_COLUMN))

    def cart_lines(self) -> tuple[CartLine, ...]:
        """What checkout is sent: the prices the cashier saw, so a changed price is caught,
        and each line's discount."""
        return tuple(
            CartLine(item.product.id, item.quantity, item.product.price, item.discount)
            for item in self._items
        )
