"""Inventory: find products among many thousands, add and edit them, restock, take one
out, read a product's stock history, and import or export the catalogue as CSV.

The table never holds the whole catalogue: the database filters and sorts, and pages
arrive as the view scrolls (PagedLoader)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)

from pos_app.services.changes import PRODUCTS, STOCK
from pos_app.services.permissions import Op, allowed, needs_override
from pos_app.services.records import (
    Actor,
    Page,
    Product,
    ProductCategory,
)
from pos_app.services.taxes import TaxRateRecord
from pos_app.ui.context import AppContext
from pos_app.ui.dialogs import FormDialog
from pos_app.ui.dispose import dispose_when_closed
from pos_app.ui.forms import named
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from pos_app.ui.inventory.category_dialogs import CategoriesDialog
from pos_app.ui.inventory.csv_actions import ProductCsvActions
from pos_app.ui.inventory.product_count import products_found, retired
from pos_app.ui.inventory.product_dialog import ProductDialog
from pos_app.ui.inventory.product_ratings import ProductRatings
from pos_app.ui.inventory.stock_dialogs import RemoveOneDialog, RestockDialog
from pos_app.ui.inventory.stock_history import StockHistoryPanel
from pos_app.ui.table_model import Column, PagedLoader, RecordTableModel, debounce
from pos_app.ui.widgets import current_record, down_into, record_table, select_row, tool_button
from pos_app.ui.workspaces.base import Workspace

PAGE_SIZE = 200
SEARCH_DELAY_MS = 15  # a query takes ~20 ms on 100,000 products; stale answers are dropped
ALL_CATEGORIES = QT_TRANSLATE_NOOP("InventoryWorkspace", "All categories")
D = TypeVar("D", bound=FormDialog)


class InventoryWorkspace(ProductCsvActions, Workspace):
    title = "Inventory"
    topics = frozenset({PRODUCTS, STOCK})

    def __init__(self, ctx: AppContext, actor: Actor) -> None:
        super().__init__(ctx, actor)
        role = actor.role
        self.can_add = allowed(role, Op.PRODUCT_ADD)
        #: A cashier may edit too, with a manager's credentials typed into the dialog.
        self.edit_needs_manager = needs_override(role, Op.PRODUCT_UPDATE)
        self.can_edit = allowed(role, Op.PRODUCT_UPDATE) or self.edit_needs_manager
        self.can_restock = allowed(role, Op.PRODUCT_RESTOCK)
        self.can_deduct = allowed(role, Op.PRODUCT_DEDUCT)
        self.can_import = allowed(role, Op.PRODUCT_IMPORT)
        self.can_manage_categories = allowed(role, Op.CATEGORY_MANAGE)
        #: The categories managers defined, as last read (retired ones too).
        self.categories: tuple[ProductCategory, ...] = ()
        #: The tax rates (retired ones too) as last read, for the product dialog.
        self.rates: tuple[TaxRateRecord, ...] | None = None
        #: Stock history is read with the restock permission.
        self.can_see_history = self.can_restock
        self.sort_key = "name"
        self.descending = False
        self._select_after_load: int | None = None

        self._build_buttons()
        self.root.addLayout(self._build_filters())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_table())
        splitter.addWidget(self._build_history())
        splitter.setSizes([760, 340])
        self.root.addWidget(splitter, 1)
        self.finish_layout()
        self._connect_signals()
        self._selection_changed()

    # -- construction --------------------------------------------------------------------
    def _build_buttons(self) -> None:
        self.add_button = self._button(
            self.tr("&Add…"), "addProduct", "Ctrl+N", self.tr("Add a product")
        )
        self.edit_button = self._button(
            self.tr("&Edit…"), "editProduct", "Ctrl+E", self.tr("Edit the product")
        )
        self.restock_button = self._button(
            self.tr("&Restock…"), "restockProduct", "Ctrl+R", self.tr("Add a delivery to the stock")
        )
        self.remove_button = self._button(
            self.tr("Re&move…"),
            "removeOne",
            "",
            self.tr("Take units out (damaged, lost, expired)"),
        )
        self.import_button = self._button(
            self.tr("&Import…"),
            "importProducts",
            "Ctrl+I",
            self.tr("Import products from a CSV file"),
        )
        self.export_button = self._button(
            self.tr("E&xport…"),
            "exportProducts",
            "Ctrl+Shift+E",
            self.tr("Export every product to a CSV file"),
        )
        self.categories_button = self._button(
            self.tr("Ca&tegories…"),
            "manageCategories",
            "Ctrl+Shift+C",
            self.tr("Add, rename or retire categories"),
        )
        self.categories_button.clicked.connect(self.manage_categories)
        self.categories_button.setVisible(self.can_manage_categories)
        self.add_button.clicked.connect(self.add_product)
        self.edit_button.clicked.connect(self.edit_product)
        self.restock_button.clicked.connect(self.restock_product)
        self.remove_button.clicked.connect(self.remove_one)
        self.import_button.clicked.connect(self.choose_import_file)
        self.export_button.clicked.connect(self.choose_export_file)
        for button, may in (
            (self.add_button, self.can_add),
            (self.edit_button, self.can_edit),
            (self.restock_button, self.can_restock),
            (self.remove_button, self.can_deduct),
            (self.import_button, self.can_import),
        ):
            self._managers_only(button, may)

    def _build_filters(self) -> QHBoxLayout:
        self.search_box = named(QLineEdit(), "productSearch")
        self.search_box.setPlaceholderText(self.tr("Name or barcode (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaxLength(100)
        search_label = QLabel(self.tr("&Search"))
        search_label.setBuddy(self.search_box)
        self.category_filter = named(QComboBox(), "categoryFilter")
        self.category_filter.addItem(self.tr(ALL_CATEGORIES), None)
        self.category_filter.setToolTip(self.tr("Show one category"))
        self.low_stock_filter = named(QCheckBox(), "lowStockFilter")
        self._update_low_stock_label()
        self.inactive_filter = named(QCheckBox(self.tr("Show i&nactive")), "inactiveFilter")
        self.inactive_filter.setToolTip(self.tr("Include products that are no longer on sale"))
        self.count_label = named(QLabel(), "productCount")
        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search_box, 2)
        filters.addWidget(self.category_filter)
        filters.addWidget(self.low_stock_filter)
        filters.addWidget(self.inactive_filter)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        return filters

    def _build_table(self) -> QTableView:
        self.model: RecordTableModel[Product] = RecordTableModel(self._columns(), self)
        self.loader: PagedLoader[Product] = PagedLoader(
            self.model, self.ctx.tasks, self.report, PAGE_SIZE
        )
        #: The Rating column reads it.
        self.ratings = ProductRatings(self.ctx, self.actor, self.model, self.report)
        # Tab leaves for the stock history beside it (the manager's trial: Tab walked the
        # cells, and the history's Kind, By and Reason could not be reached by keyboard).
        self.table = record_table(self.model, "productTable", tab_leaves=True)
        header = self.table.horizontalHeader()
        # sorting happens in the database: the header only shows and requests it
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        for section, width in enumerate((220, 100, 80, 70, 150, 65)):
            header.resizeSection(section, width)
        down_into(self.search_box, self.table)
        return self.table

    def _build_history(self) -> QWidget:
        self.history_panel = StockHistoryPanel(self.ctx, self.actor, self.report, self.selected)
        self.history_model = self.history_panel.model
        # Hidden, never shown here: showing a widget before it has a parent opens it as a
        # window of its own, which takes the focus from the counter's window.
        if not self.can_see_history:
            self.history_panel.hide()
        else:
            self.add_shortcut("Alt+H", self.history_panel.enter)
        return self.history_panel

    def _connect_signals(self) -> None:
        self._search_timer = debounce(self, SEARCH_DELAY_MS, self.reload)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.search_box.returnPressed.connect(self._go_to_results)
        self.category_filter.currentIndexChanged.connect(self.reload)
        self.low_stock_filter.toggled.connect(self.reload)
        self.inactive_filter.toggled.connect(self.reload)
        self.table.horizontalHeader().sectionClicked.connect(self._sort_by)
        self.loader.loaded.connect(self._first_page_arrived)
        self.loader.refreshed.connect(self._refreshed)
        self.model.rowsInserted.connect(
            lambda _parent, first, last: self.ratings.fetch(first, last)
        )
        self.model.modelReset.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table.activated.connect(self.edit_product)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.focus_search)

    def _button(self, text: str, name: str, keys: str, tip: str) -> QPushButton:
        button = tool_button(text, name, keys, tip)
        self.toolbar.addWidget(button)
        return button

    @staticmethod
    def _managers_only(button: QPushButton, allowed_here: bool) -> None:
        if not allowed_here:
            button.setEnabled(False)
            button.setToolTip(
                translate("InventoryWorkspace", "{0}: managers only").format(button.toolTip())
            )

    def _columns(self) -> list[Column[Product]]:
        return [
            Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda p: p.name, sort_key="name"),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Category"), lambda p: p.category, sort_key="category"
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Price"),
                lambda p: p.price,
                sort_key="price",
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Stock"),
                lambda p: p.stock,
                sort_key="stock",
                numeric=True,
            ),
            Column(QT_TRANSLATE_NOOP("Columns", "Barcode"), lambda p: p.barcode),
            Column(QT_TRANSLATE_NOOP("Columns", "Active"), lambda p: p.active),
            Column(
                QT_TRANSLATE_NOOP("Columns", "Rating"),
                lambda p: self.ratings.text(p.id),
                numeric=True,
            ),
        ]

    def _update_low_stock_label(self) -> None:
        threshold = self.ctx.settings.low_stock_threshold
        self.low_stock_filter.setText(self.tr("&Low stock (below {0})").format(threshold))

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        self.load_categories()
        self.load_rates()
        self.reload()
        self.search_box.setFocus()

    def load_categories(self) -> None:
        actor, inventory = self.actor, self.ctx.services.inventory
        self.ctx.tasks.read(lambda: inventory.categories(actor), self.show_categories, self.report)

    def load_rates(self) -> None:
        actor, taxes = self.actor, self.ctx.services.taxes
        self.ctx.tasks.read(
            lambda: tuple(taxes.rates(actor, include_retired=True)), self._got_rates, self.report
        )

    def _got_rates(self, rates: tuple[TaxRateRecord, ...]) -> None:
        self.rates = rates

    def show_categories(self, categories: tuple[ProductCategory, ...]) -> None:
        """Fill the filter with every category (retired ones marked); keep its choice."""
        self.categories = categories
        wanted = self.category_filter.currentData()
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(self.tr(ALL_CATEGORIES), None)
        for category in categories:
            label = category.name if category.active else retired(category.name)
            self.category_filter.addItem(label, category.name)
        index = self.category_filter.findData(wanted) if wanted else 0
        self.category_filter.setCurrentIndex(max(index, 0))
        self.category_filter.blockSignals(False)
        if wanted and index < 0:  # renamed away: show everything rather than nothing
            self.reload()

    def refresh(self) -> None:
        self.load_categories()
        self.load_rates()
        self.reload()

    def refresh_in_place(self, topics: frozenset[str]) -> None:
        super().refresh_in_place(topics)
        if PRODUCTS in topics:  # a category may have been added or renamed
            self.load_categories()

    def _refreshed(self, total: int) -> None:
        self.count_label.setText(products_found(total))
        self._selection_changed()  # its stock may be gone, or the row itself

    def has_pending_query(self) -> bool:
        """True while typing or selecting has a query waiting for its debounce delay."""
        return self._search_timer.isActive() or self.history_panel.has_pending_query()

    def reload(self) -> None:
        """Ask the database for the first page of what the filters and the sort select."""
        self._search_timer.stop()
        self._update_low_stock_label()
        text = self.search_box.text().strip()
        category = self.category_filter.currentData()
        threshold = (
            self.ctx.settings.low_stock_threshold if self.low_stock_filter.isChecked() else None
        )
        include_inactive = self.inactive_filter.isChecked()
        sort, descending = self.sort_key, self.descending
        actor, inventory = self.actor, self.ctx.services.inventory

        def fetch(offset: int, limit: int, after: object = None) -> Page[Product]:
            return inventory.search(
                actor,
                text,
                category=category,
                low_stock_below=threshold,
                include_inactive=include_inactive,
                sort=sort,
                descending=descending,
                offset=offset,
                limit=limit,
                after=after,
            )

        self.loader.reload(fetch, keyed=True)

    def _first_page_arrived(self, total: int) -> None:
        self.count_label.setText(products_found(total))
        wanted, self._select_after_load = self._select_after_load, None
        if wanted is not None:
            self.select_product(wanted)
        elif self.table.hasFocus() and self.model.rowCount():
            select_row(self.table, 0)  # Enter in the search box moved here before the rows came
        self.ratings.fetch(0, self.model.rowCount() - 1)

    def _go_to_results(self) -> None:
        if self._search_timer.isActive():
            self.reload()
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            select_row(self.table, 0)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _sort_by(self, section: int) -> None:
        """Header click: sort on the server by that column; a second click reverses."""
        header = self.table.horizontalHeader()
        key = self.model.columns[section].sort_key
        if key is None:
            keys = [column.sort_key for column in self.model.columns]
            section = keys.index(self.sort_key)
        elif key == self.sort_key:
            self.descending = not self.descending
        else:
            self.sort_key, self.descending = key, False
        order = Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(section, order)
        if key is not None:
            self.reload()

    # -- selection and history -----------------------------------------------------------
    def selected(self) -> Product | None:
        product: Product | None = current_record(self.table)
        return product

    def select_product(self, product_id: int) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.record(row).id == product_id:
                select_row(self.table, row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False

    def _selection_changed(self, *_: object) -> None:
        product = self.selected()
        chosen = product is not None
        self.edit_button.setEnabled(chosen and self.can_edit)
        self.restock_button.setEnabled(chosen and self.can_restock)
        self.remove_button.setEnabled(
            chosen and self.can_deduct and bool(product and product.stock)
        )
        if self.can_see_history:
            self.history_panel.selection_changed()

    # -- actions -------------------------------------------------------------------------
    def add_product(self) -> ProductDialog | None:
        if not self.can_add:
            return None
        dialog = ProductDialog(
            self.ctx, self.actor, None, self, categories=self.categories, rates=self.rates
        )
        dialog.accepted.connect(lambda: self._added(dialog.result_record))
        return self._open(dialog)

    def edit_product(self) -> ProductDialog | None:
        product = self.selected()
        if product is None or not self.can_edit:
            return None
        dialog = ProductDialog(
            self.ctx,
            self.actor,
            product,
            self,
            self.edit_needs_manager,
            self.categories,
            self.rates,
        )
        saved = self.tr("Saved {name}")
        dialog.accepted.connect(lambda: self._changed(dialog.result_record, saved))
        return self._open(dialog)

    def restock_product(self) -> RestockDialog | None:
        product = self.selected()
        if product is None or not self.can_restock:
            return None
        dialog = RestockDialog(self.ctx, self.actor, product, self)
        restocked = self.tr("Restocked {name}: {stock} in stock")
        dialog.accepted.connect(lambda: self._changed(dialog.result_record, restocked))
        return self._open(dialog)

    def remove_one(self) -> RemoveOneDialog | None:
        product = self.selected()
        if product is None or not self.can_deduct:
            return None
        dialog = RemoveOneDialog(self.ctx, self.actor, product, self)
        removed = self.tr("Took {count} × {name} out: {stock} left")
        dialog.accepted.connect(
            lambda: self._changed(dialog.result_record, removed, count=dialog.quantity.value())
        )
        return self._open(dialog)

    def manage_categories(self) -> CategoriesDialog | None:
        if not self.can_manage_categories:
            return None
        dialog = CategoriesDialog(self.ctx, self.actor, self._categories_changed, self.report, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result: self._categories_closed())
        dialog.open()
        return dialog

    def _categories_closed(self) -> None:
        # The dialog's last re-read may still be running when it closes, and its answer
        # then goes nowhere: read the categories again, so a category reactivated just
        # before Escape is offered in the next product dialog.
        self.load_categories()
        self.reload()  # a rename shows on the rows
        self.search_box.setFocus()  # the keys come back to the search, as on opening

    def _categories_changed(self, categories: tuple[ProductCategory, ...]) -> None:
        self.show_categories(categories)

    def _open(self, dialog: D) -> D:
        dispose_when_closed(dialog, dialog.ok_button)
        dialog.open()
        return dialog

    def _added(self, product: Product) -> None:
        """The new product, found by its barcode (else its name) and selected: it is
        usually restocked or checked next, and among thousands it would sit on a page past
        the first (the manager's trial searched for it again)."""
        self.say(self.tr("Added {0}").format(product.name))
        self._select_after_load = product.id
        self.search_box.blockSignals(True)
        self.search_box.setText(product.barcode or product.name)
        self.search_box.blockSignals(False)
        self.reload()

    def _changed(self, product: Product, template: str, **more: object) -> None:
        """Show the changed product in place; the list keeps its scroll position."""
        self.model.replace(lambda p: p.id == product.id, product)
        self.say(template.format(name=product.name, stock=f"{product.stock:,}", **more))
        self._selection_changed()
