"""The stock history of the product selected in the inventory: every movement, newest
first, read page by page a moment after the selection settles."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from pos_app.services.records import Actor, Product, StockMovement
from pos_app.ui.context import AppContext
from pos_app.ui.forms import named
from pos_app.ui.i18n import QT_TRANSLATE_NOOP
from pos_app.ui.reason_text import reason_text
from pos_app.ui.table_model import Column, PagedLoader, RecordTableModel, debounce
from pos_app.ui.tasks import ErrorCallback
from pos_app.ui.widgets import ElidedLabel, empty_page, record_table, select_row

HISTORY_PAGE_SIZE = 100
#: Selecting rows with the arrow keys should not start a history query per key press.
HISTORY_DELAY_MS = 150

#: The figures first: the panel is narrow, and a right-aligned number cut by its edge read
#: "3" for 36 (the French trial, behind a long date).
MOVEMENT_COLUMNS: list[Column[StockMovement]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Quantity"), lambda m: f"{m.quantity:+d}", numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Stock after"), lambda m: m.stock_after, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda m: m.created_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda m: m.kind),
    Column(QT_TRANSLATE_NOOP("Columns", "By"), lambda m: m.actor_username),
    Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda m: reason_text(m.reason)),
]


class StockHistoryPanel(QWidget):
    """A title and the movements of ``selected()``: ``selection_changed()`` reads them
    ``HISTORY_DELAY_MS`` after the last call."""

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        on_error: ErrorCallback,
        selected: Callable[[], Product | None],
    ) -> None:
        super().__init__()
        self.setObjectName("historyPanel")
        self.ctx = ctx
        self.actor = actor
        self.selected = selected
        self.model: RecordTableModel[StockMovement] = RecordTableModel(MOVEMENT_COLUMNS, self)
        self.loader: PagedLoader[StockMovement] = PagedLoader(
            self.model, ctx.tasks, on_error, HISTORY_PAGE_SIZE
        )
        # one line, shortened with "…": a long product name must not squeeze the table
        self.title = named(ElidedLabel(mode=Qt.TextElideMode.ElideRight), "historyTitle")
        self.table = record_table(self.model, "historyTable", tab_leaves=True)
        panel = QVBoxLayout(self)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(self.title)
        panel.addWidget(self.table, 1)
        self.timer = debounce(self, HISTORY_DELAY_MS, self.load)
        self.loader.loaded.connect(lambda _total: self.table.resizeColumnsToContents())

    def enter(self) -> None:
        """Alt+H: the cursor in the movements, on the newest; Left and Right walk its
        columns (Kind, By, Reason) where the panel is too narrow to show them all."""
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            select_row(self.table, 0)

    def selection_changed(self) -> None:
        self.timer.start()

    def has_pending_query(self) -> bool:
        return self.timer.isActive()

    def load(self) -> None:
        product = self.selected()
        if product is None:
            self.title.setText(self.tr("Select a product to see its stock history"))
            # an empty query also drops a page still on its way for the last product
            self.loader.reload(empty_page)
            return
        actor, inventory, product_id = self.actor, self.ctx.services.inventory, product.id
        self.title.setText(self.tr("Stock history of {0}").format(product.name))
        self.loader.reload(
            lambda offset, limit: inventory.movements(actor, product_id, offset=offset, limit=limit)
        )
