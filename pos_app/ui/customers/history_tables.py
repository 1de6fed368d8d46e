"""The tables of a customer's history: wallet ledger, purchases with their lines, reviews.

Shared by the Customers workspace and the customer's own page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QSplitter, QTableView, QVBoxLayout, QWidget

from pos_app.domain.enums import PaymentMethod
from pos_app.services.records import Page, Review, Sale, SaleLine, WalletEntry
from pos_app.ui.context import AppContext
from pos_app.ui.i18n import QT_TRANSLATE_NOOP
from pos_app.ui.reason_text import reason_text
from pos_app.ui.table_model import Column, PagedLoader, RecordRole, RecordTableModel
from pos_app.ui.tasks import ErrorCallback
from pos_app.ui.widgets import record_table, select_row

DETAIL_PAGE = 100

LEDGER_COLUMNS: list[Column[WalletEntry]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda e: e.created_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda e: e.kind),
    Column(QT_TRANSLATE_NOOP("Columns", "Amount"), lambda e: e.amount, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Balance after"), lambda e: e.balance_after, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "By"), lambda e: e.actor_username),
    Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda e: reason_text(e.reason)),
]


def _paid(sale: Sale, method: PaymentMethod) -> object:
    amount = sale.paid_by(method)
    return amount if amount else None


SALE_COLUMNS: list[Column[Sale]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda s: s.created_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Sale"), lambda s: s.id, numeric=True),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Items"),
        lambda s: sum(line.quantity for line in s.lines),
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Total"), lambda s: s.total, numeric=True),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Wallet"),
        lambda s: _paid(s, PaymentMethod.WALLET),
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Cash"), lambda s: _paid(s, PaymentMethod.CASH), numeric=True
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Card"), lambda s: _paid(s, PaymentMethod.CARD), numeric=True
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Cashier"), lambda s: s.cashier_username),
    Column(QT_TRANSLATE_NOOP("Columns", "Counter"), lambda s: s.counter),
]

SALE_LINE_COLUMNS: list[Column[SaleLine]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Product"), lambda line: line.product_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Quantity"), lambda line: line.quantity, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Unit price"), lambda line: line.unit_price, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Line total"), lambda line: line.line_total, numeric=True),
]

REVIEW_COLUMNS: list[Column[Review]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Product"), lambda r: r.product_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Rating"), lambda r: r.rating, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.status),
    Column(QT_TRANSLATE_NOOP("Columns", "Comment"), lambda r: r.comment),
    Column(QT_TRANSLATE_NOOP("Columns", "Updated"), lambda r: r.updated_at),
]


def panel_table(model: RecordTableModel[Any], name: str, parent: QWidget) -> QTableView:
    """A read-only table of the customer panels; Tab leaves it instead of walking its cells,
    so the keyboard path stays short."""
    # A stretched amount column would push its numbers far from their labels.
    stretch = 0 if model.columns[-1].numeric else None
    return record_table(model, name, parent, stretch=stretch, tab_leaves=True)


class PurchasesView(QWidget):
    """Sales, newest first, and the lines of the one selected below them."""

    def __init__(self, ctx: AppContext, on_error: ErrorCallback, parent: QWidget) -> None:
        super().__init__(parent)
        self.sales_model: RecordTableModel[Sale] = RecordTableModel(SALE_COLUMNS, self)
        self.lines_model: RecordTableModel[SaleLine] = RecordTableModel(SALE_LINE_COLUMNS, self)
        self.loader = PagedLoader(self.sales_model, ctx.tasks, on_error, DETAIL_PAGE)
        self.sales_table = panel_table(self.sales_model, "salesTable", self)
        self.lines_table = panel_table(self.lines_model, "saleLinesTable", self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.sales_table)
        splitter.addWidget(self.lines_table)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.sales_table.selectionModel().currentRowChanged.connect(self._sale_changed)
        self.sales_model.modelReset.connect(lambda: self.lines_model.set_rows([]))
        self.loader.loaded.connect(self._list_loaded)

    def load(self, fetch: Callable[[int, int], Page[Sale]]) -> None:
        self.loader.reload(fetch)

    def _list_loaded(self, total: int) -> None:
        if total:
            select_row(self.sales_table, 0)
        self.sales_table.resizeColumnsToContents()

    def _sale_changed(self, current: QModelIndex | QPersistentModelIndex, *_: object) -> None:
        sale = self.sales_model.data(current, RecordRole) if current.isValid() else None
        self.lines_model.set_rows(sale.lines if sale is not None else [])
        self.lines_table.resizeColumnsToContents()
