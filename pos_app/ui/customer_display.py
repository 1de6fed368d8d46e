"""The customer display (issue 13): a second window, facing the customer, on a second
screen when there is one (full screen there), else an ordinary window the cashier can move.

It shows what the cashier's screen shows, from the same objects, with no read of its own:
the cart's lines as they are scanned (the cashier's ``CartModel`` itself: name, quantity,
line total, promotion and discount), the totals as ``sales.quote`` priced them (the rows
under the cashier's cart, tax as the quote shows it), then during payment the amount
tendered and the change as the cashier types it, and after the sale a thank-you with the
change; the next scan, or a while without one, brings back the welcome.

It never takes the keyboard: it does not accept focus, shows without activating, and
should a window manager (or a click) activate it anyway, it hands the activation straight
back to the cashier's window.

What it shows, and when it opens and closes, is decided by
``pos_app.ui.checkout.customer_display_link``, which also drives the optional pole display.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_app.ui.cart_model import SAVINGS_COLUMN, CartModel
from pos_app.ui.forms import screen_of
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, ltr, translate

#: The unit price column: the customer reads the line's total.
UNIT_PRICE_COLUMN = 2
#: Rows said in the largest type.
EMPHASISED = frozenset({"TOTAL", "Change"})
#: For lupdate: the rows' names (given in English, the pole display's words), shown
#: translated on the window.
_ROW_NAMES = (
    QT_TRANSLATE_NOOP("CustomerDisplay", "TOTAL"),
    QT_TRANSLATE_NOOP("CustomerDisplay", "Total"),
    QT_TRANSLATE_NOOP("CustomerDisplay", "Store credit"),
    QT_TRANSLATE_NOOP("CustomerDisplay", "Card"),
    QT_TRANSLATE_NOOP("CustomerDisplay", "In cash"),
    QT_TRANSLATE_NOOP("CustomerDisplay", "Tendered"),
    QT_TRANSLATE_NOOP("CustomerDisplay", "Change"),
)
STYLE = """
#customerDisplay { background: #0f172a; }
#customerDisplay QLabel { color: #f8fafc; font-size: 18pt; }
#customerDisplay QLabel#displayStore { font-size: 26pt; font-weight: bold; color: #fde68a; }
#customerDisplay QLabel#displayWelcome, #customerDisplay QLabel#displayThanks {
    font-size: 48pt; font-weight: bold; }
#customerDisplay QLabel[emphasis="true"] { font-size: 30pt; font-weight: bold; }
#customerDisplay QLabel[pending="true"] { color: #94a3b8; }
#customerDisplay QTableView { font-size: 18pt; background: #1e293b; color: #f8fafc;
    gridline-color: #334155; border: none; }
#customerDisplay QHeaderView::section { font-size: 12pt; background: #334155;
    color: #cbd5e1; border: none; padding: 4px; }
"""

Rows = list[tuple[str, str]]


class FigureRows(QWidget):
    """(label, amount) rows, the amounts against the right edge."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 1)
        self._labels: list[QLabel] = []
        self.rows: Rows = []

    def show_rows(self, rows: Rows, *, pending: bool = False) -> None:
        self.rows = list(rows)
        for label in self._labels:
            label.hide()
            label.deleteLater()
        self._labels = []
        for row, (text, amount) in enumerate(rows):
            name = QLabel(translate("CustomerDisplay", text), self)
            value = QLabel(ltr(amount), self)
            name.setWordWrap(True)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for label in (name, value):
                label.setProperty("emphasis", text in EMPHASISED)
                label.setProperty("pending", pending)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(value, row, 1)
            name.show()  # now, not when the event loop next runs
            value.show()
            self._labels += [name, value]


class CustomerDisplay(QWidget):
    """The window the customer reads; ``page`` says which view is up: "welcome", "cart"
    (also while paying) or "thanks"."""

    def __init__(self, cart: CartModel, store_name: str) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("customerDisplay")
        self.setWindowTitle(self.tr("{0} — customer display").format(store_name))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # never keeps the app up
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(STYLE)
        #: The window the activation goes back to (the cashier's).
        self.cashier: QWidget | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.store = QLabel(store_name, self)
        self.store.setObjectName("displayStore")
        self.store.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.store)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages, 1)

        self.welcome = self._page(self._big(self.tr("Welcome"), "displayWelcome"))

        self.table = self._lines_table(cart)
        cart.rowsInserted.connect(self._rows_inserted)
        cart.dataChanged.connect(self._data_changed)
        self.totals = FigureRows("displayTotals", self)
        self.payment = FigureRows("displayPayment", self)
        # The lines on the left, the figures on the right: a long cart keeps its room
        # while the customer pays.
        figures = QWidget(self)
        column = QVBoxLayout(figures)
        column.setContentsMargins(16, 0, 0, 0)
        column.addWidget(self.totals)
        column.addWidget(self.payment)
        column.addStretch(1)
        self.cart_page = QWidget(self)
        row = QHBoxLayout(self.cart_page)
        row.setContentsMargins(0, 8, 0, 0)
        row.addWidget(self.table, 3)
        row.addWidget(figures, 2)
        self.pages.addWidget(self.cart_page)

        self.thanks_rows = FigureRows("displayThanksRows", self)
        self.thanks = self._page(
            self._big(self.tr("Thank you!"), "displayThanks"), self.thanks_rows
        )
        for widget in self.findChildren(QWidget):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _lines_table(self, cart: CartModel) -> QTableView:
        """The cashier's cart itself, in large type, without the unit price."""
        table = QTableView(self)
        table.setObjectName("displayLines")
        table.setModel(cart)
        table.setColumnHidden(UNIT_PRICE_COLUMN, True)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for stretched in (0, SAVINGS_COLUMN):  # the name and the promotion share the room
            header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _big(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _page(self, *widgets: QWidget) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 8, 0, 0)
        for widget in widgets:
            box.addWidget(widget)
        self.pages.addWidget(page)
        return page

    @property
    def page(self) -> str:
        current = self.pages.currentWidget()
        if current is self.welcome:
            return "welcome"
        return "thanks" if current is self.thanks else "cart"

    def _rows_inserted(self, _parent: QModelIndex, _first: int, last: int) -> None:
        self._show_row(last)

    def _data_changed(self, first: QModelIndex, last: QModelIndex, *_: object) -> None:
        if first.row() == last.row():
            self._show_row(first.row())

    def _show_row(self, row: int) -> None:
        """The line just scanned or changed is in sight."""
        model = self.table.model()
        if model is not None and 0 <= row < model.rowCount():
            self.table.scrollTo(model.index(row, 0))

    # -- what it shows ------------------------------------------------------------------
    def show_welcome(self) -> None:
        self.pages.setCurrentWidget(self.welcome)

    def show_cart(self, totals: Rows, *, pending: bool, payment: Rows | None) -> None:
        """The lines, and beside them the quote's totals, or while paying what is paid
        (from the TOTAL down to the change)."""
        self.totals.show_rows(totals, pending=pending)
        self.payment.show_rows(payment or [])
        self.totals.setVisible(not payment)
        self.payment.setVisible(bool(payment))
        self.pages.setCurrentWidget(self.cart_page)

    def show_thanks(self, rows: Rows) -> None:
        self.thanks_rows.show_rows(rows)
        self.pages.setCurrentWidget(self.thanks)

    # -- where it is, and never in the cashier's way ----------------------------------
    def place(self, cashier: QWidget) -> None:
        """Full screen on a screen other than the cashier's when there is one, else an
        ordinary window beside it; shown without taking the activation."""
        self.cashier = cashier
        own = screen_of(cashier)
        others = [s for s in QGuiApplication.screens() if s is not own and s != own]
        if others:
            target = others[0]
            self.setScreen(target)
            self.setGeometry(target.geometry())
            # showFullScreen() would also ask to activate the window: state, then show.
            self.setWindowState(Qt.WindowState.WindowFullScreen)
        else:
            self.setWindowState(Qt.WindowState.WindowNoState)
            room = (own or QGuiApplication.primaryScreen()).availableGeometry()
            self.resize(min(900, room.width() * 2 // 3), min(640, room.height() * 4 // 5))
        self.show()
        if not others:
            # One screen: the display goes behind the till, whose total and Pay button it
            # would cover (seen under Xvfb at 1366x768); the cashier moves it where it fits.
            self.lower()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            QTimer.singleShot(0, self._give_back)

    def _give_back(self) -> None:
        """The customer's window was made active (a click, a window manager, a platform
        that activates what it shows): the keys go back to the cashier's window, or to the
        dialog in front of it."""
        if not shiboken6.isValid(self) or not self.isActiveWindow():
            return
        front = QApplication.activeModalWidget() or self.cashier
        if front is not None and shiboken6.isValid(front) and front.isVisible():
            front.activateWindow()
