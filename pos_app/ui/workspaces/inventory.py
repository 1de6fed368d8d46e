"""Inventory: find products among many thousands, add and edit them, restock, take one
out, read a product's stock history, and import or export the catalogue as CSV.

The table never holds the whole catalogue: the database filters and sorts, and pages
arrive as the view scrolls (PagedLoader)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QDir, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain import rules
from pos_app.domain.errors import ValidationError
from pos_app.services.permissions import Op, allowed, needs_override
from pos_app.services.records import (
    Actor,
    ImportReport,
    Page,
    Product,
    ProductCategory,
    Rating,
    StockMovement,
)
from pos_app.ui.context import AppContext
from pos_app.ui.dialogs import FormDialog, ManagerFields
from pos_app.ui.forms import named
from pos_app.ui.table_model import (
    Column,
    PagedLoader,
    RecordTableModel,
    debounce,
)
from pos_app.ui.widgets import (
    ElidedLabel,
    current_record,
    empty_page,
    record_table,
    tool_button,
)
from pos_app.ui.workspaces.base import Workspace
from pos_app.ui.workspaces.product_csv import ProductImportDialog, write_product_csv

PAGE_SIZE = 200
HISTORY_PAGE_SIZE = 100
SEARCH_DELAY_MS = 15  # a query takes ~20 ms on 100,000 products; stale answers are dropped
#: Selecting rows with the arrow keys should not start a history query per key press.
HISTORY_DELAY_MS = 150
ALL_CATEGORIES = "All categories"
D = TypeVar("D", bound=FormDialog)
REMOVE_REASONS = ("Damaged", "Lost", "Expired", "Used in the store")

MOVEMENT_COLUMNS: list[Column[StockMovement]] = [
    Column("When", lambda m: m.created_at),
    Column("Change", lambda m: f"{m.quantity:+d}", numeric=True),
    Column("Stock after", lambda m: m.stock_after, numeric=True),
    Column("Kind", lambda m: m.kind),
    Column("By", lambda m: m.actor_username),
    Column("Reason", lambda m: m.reason),
]


def plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def dispose_when_closed(dialog: FormDialog | ProductImportDialog, busy: QPushButton) -> None:
    """Delete a closed dialog later, unless its write is still running (``busy`` disabled):
    then its result still has to arrive, and it closes again when it does."""

    def finished(_result: int) -> None:
        if busy.isEnabled():
            dialog.deleteLater()

    dialog.finished.connect(finished)


def category_choices(
    categories: tuple[ProductCategory, ...], keep: str | None = None
) -> list[tuple[str, str]]:
    """(label, name) of the categories a product may be given: the active ones, and the
    retired one it already has (``keep``), marked so. ``keep`` is offered even before the
    categories are read."""
    choices = [
        (c.name if c.active else f"{c.name} (retired)", c.name)
        for c in categories
        if c.active or c.name == keep
    ]
    if keep is not None and all(name != keep for _label, name in choices):
        choices.insert(0, (keep, keep))
    return choices


class ProductDialog(FormDialog):
    """Add a product (``product`` is None) or edit one; an edit sends only what changed.

    A price of 0.00 is a free item: the dialog asks "Sell it for free?" before saving."""

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        product: Product | None = None,
        parent: QWidget | None = None,
        needs_manager: bool = False,
        categories: tuple[ProductCategory, ...] = (),
    ) -> None:
        super().__init__(ctx, "Add product" if product is None else f"Edit {product.name}", parent)
        self._actor = actor
        self._product = product
        self.manager: ManagerFields | None = None
        #: The free price the person confirmed (the text they confirmed it for).
        self._free_confirmed: str | None = None
        self.free_box: QMessageBox | None = None
        self.setMinimumWidth(440)
        self.name = named(QLineEdit(), "name")
        self.name.setMaxLength(rules.PRODUCT_NAME_MAX)
        self.category = named(QComboBox(), "category")
        self._fill_categories(categories)
        if not categories:  # opened before the workspace had them: read them now
            inventory = ctx.services.inventory
            ctx.tasks.read(
                lambda: inventory.categories(actor),
                self._fill_categories,
                lambda exc: ctx.errors.report(exc, label=self.form.form_error),
            )
        self.price = named(QLineEdit(), "price")
        self.price.setPlaceholderText("0.00")
        self.description = named(QLineEdit(), "description")
        self.description.setMaxLength(rules.DESCRIPTION_MAX)
        self.barcode = named(QLineEdit(), "barcode")
        self.barcode.setPlaceholderText("Scan or type; may stay empty")
        self.form.add("name", "&Name", self.name)
        self.form.add("category", "Ca&tegory", self.category)
        self.form.add("price", "&Price", self.price)
        self.form.add("description", "&Description", self.description)
        self.form.add("barcode", "&Barcode", self.barcode)
        self.stock = named(QSpinBox(), "stock")
        self.stock.setRange(0, rules.STOCK_MAX)
        self.active = named(QCheckBox("On sale"), "active")
        self.active.setChecked(True)
        if product is None:
            self.form.add("stock", "Opening &stock", self.stock)
        else:
            self.form.add("active", "&Active", self.active)
            self.name.setText(product.name)
            self.category.setCurrentIndex(self.category.findData(product.category))
            self.price.setText(f"{product.price:.2f}")
            self.description.setText(product.description)
            self.barcode.setText(product.barcode or "")
            self.active.setChecked(product.active)
            if needs_manager:  # a cashier's change (a price at the counter) needs a manager
                self.manager = ManagerFields(self.form)

    def _fill_categories(self, categories: tuple[ProductCategory, ...]) -> None:
        keep = self._product.category if self._product else None
        chosen = self.category.currentData() or keep
        self.category.clear()
        for label, name in category_choices(categories, keep):
            self.category.addItem(label, name)
        self.category.setCurrentIndex(max(self.category.findData(chosen), 0))

    def _price(self) -> Any:
        """The entered price, or None after showing why it is refused."""
        try:
            return rules.price(self.price.text())
        except ValidationError as exc:
            self.form.show_error(exc)
            return None

    def _free_needs_asking(self, price: Any) -> bool:
        """True (and the question is up) when a price of 0.00 is not confirmed yet."""
        if price != 0 or self._free_confirmed == self.price.text():
            return False
        name = self.name.text().strip() or "this product"
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Free item",
            f"Sell {name} for free (0.00)?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("freeItemBox")
        # No by default: Enter twice must not give the stock away
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda answer: self._free_answered(box, answer))
        self.free_box = box
        box.open()
        return True

    def _free_answered(self, box: QMessageBox, answer: int) -> None:
        box.deleteLater()
        self.free_box = None
        if answer == QMessageBox.StandardButton.Yes:
            self._free_confirmed = self.price.text()
            self.submit()
        else:
            self.form.show_error("Type the price, or confirm that it is free", "price")
            self.activateWindow()  # the question's window was the active one
            self.price.setFocus()
            self.price.selectAll()

    def changes(self) -> dict[str, object] | None:
        """The fields the person changed (None: a local error is shown)."""
        product = self._product
        assert product is not None
        price = self._price()
        if price is None:
            return None
        entered: dict[str, object] = {
            "name": self.name.text().strip(),
            "category": self.category.currentData(),
            "price": price,
            "description": self.description.text().strip(),
            "barcode": self.barcode.text().strip() or None,
            "active": self.active.isChecked(),
        }
        before: dict[str, object] = {
            "name": product.name,
            "category": product.category,
            "price": product.price,
            "description": product.description,
            "barcode": product.barcode,
            "active": product.active,
        }
        return {key: value for key, value in entered.items() if value != before[key]}

    def work(self) -> Callable[[], Any] | None:
        actor, inventory = self._actor, self.ctx.services.inventory
        if self._product is not None:
            changes = self.changes()
            if changes is None:
                return None
            if not changes:
                self.form.show_error("Nothing was changed: edit a field, or press Esc")
                return None
            if "price" in changes and self._free_needs_asking(changes["price"]):
                return None
            product_id = self._product.id
            override = self.manager.take() if self.manager else None
            return lambda: inventory.update(actor, product_id, changes, override)
        price = self._price()
        if price is None or self._free_needs_asking(price):
            return None
        values: dict[str, Any] = {
            "name": self.name.text(),
            "category": self.category.currentData(),
            "price": price,
            "description": self.description.text(),
            "barcode": self.barcode.text().strip() or None,
            "stock": self.stock.value(),
        }
        return lambda: inventory.add(actor, **values)


class CategoryNameDialog(FormDialog):
    """Add a category (``category`` None) or rename one."""

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        category: ProductCategory | None,
        parent: QWidget | None = None,
    ) -> None:
        title = "Add a category" if category is None else f"Rename {category.name}"
        super().__init__(ctx, title, parent)
        self._actor = actor
        self._category = category
        self.name = named(QLineEdit(category.name if category else ""), "categoryName")
        self.name.setPlaceholderText(f"1-{rules.CATEGORY_NAME_MAX} characters")
        self.form.add("category", "&Name", self.name, limit=rules.CATEGORY_NAME_MAX)
        self.name.selectAll()
        self.name.setFocus()

    def work(self) -> Callable[[], Any] | None:
        actor, inventory, name = self._actor, self.ctx.services.inventory, self.name.text()
        if self._category is None:
            return lambda: inventory.add_category(actor, name)
        category_id = self._category.id
        return lambda: inventory.rename_category(actor, category_id, name)


CATEGORY_COLUMNS: list[Column[ProductCategory]] = [
    Column("Category", lambda c: c.name),
    Column("Products", lambda c: c.products, numeric=True),
    Column("State", lambda c: "active" if c.active else "retired"),
]


class CategoriesDialog(QDialog):
    """The categories managers define: add, rename, retire and reactivate, by keyboard.

    A retired category stays on its products; it is not offered for new or edited ones.
    ``changed`` (the workspace's) runs after every change, with the fresh list."""

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        on_changed: Callable[[tuple[ProductCategory, ...]], None],
        on_error: Callable[[Exception], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Categories")
        self.ctx, self._actor = ctx, actor
        self._on_changed, self._on_error = on_changed, on_error
        self._select_id: int | None = None
        self.model: RecordTableModel[ProductCategory] = RecordTableModel(CATEGORY_COLUMNS, self)
        self.table = record_table(self.model, "categoriesTable")
        self.message = named(QLabel(self), "categoriesMessage")
        self.message.setWordWrap(True)
        self.add_button = tool_button("&Add…", "addCategory", "Ctrl+N", "Add a category")
        self.rename_button = tool_button("Re&name…", "renameCategory", "F2", "Rename the category")
        self.toggle_button = tool_button(
            "&Retire", "retireCategory", "", "Retire the category (its products keep it)"
        )
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.toggle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(460, 420)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.toggle_button.clicked.connect(self.toggle)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table.setFocus()
        self._selection_changed()
        self.load()

    def load(self) -> None:
        actor, inventory = self._actor, self.ctx.services.inventory
        self.ctx.tasks.read(lambda: inventory.categories(actor), self._show, self._on_error)

    def _show(self, categories: tuple[ProductCategory, ...]) -> None:
        current = self.selected()
        wanted = self._select_id if self._select_id is not None else (current and current.id)
        self._select_id = None
        self.model.set_rows(categories)
        self.table.resizeColumnsToContents()
        rows = self.model.rows()
        row = next((i for i, c in enumerate(rows) if c.id == wanted), 0 if rows else None)
        if row is not None:
            self.table.selectRow(row)
        self._selection_changed()
        self._on_changed(categories)

    def selected(self) -> ProductCategory | None:
        category: ProductCategory | None = current_record(self.table)
        return category

    def _selection_changed(self, *_: object) -> None:
        category = self.selected()
        self.rename_button.setEnabled(category is not None)
        self.toggle_button.setEnabled(category is not None)
        retired = category is not None and not category.active
        self.toggle_button.setText("Reac&tivate" if retired else "&Retire")

    def add(self) -> None:
        self._open_name_dialog(None)

    def rename(self) -> None:
        category = self.selected()
        if category is not None:
            self._open_name_dialog(category)

    def _open_name_dialog(self, category: ProductCategory | None) -> None:
        dialog = CategoryNameDialog(self.ctx, self._actor, category, self)
        dialog.accepted.connect(lambda: self._changed(dialog.result_record, category))
        dialog.finished.connect(lambda _result: self._back_to_list())
        dispose_when_closed(dialog, dialog.ok_button)
        dialog.open()

    def _back_to_list(self) -> None:
        """After a name dialog closes, the keys go to the list again."""
        self.activateWindow()
        self.table.setFocus()

    def toggle(self) -> None:
        category = self.selected()
        if category is None:
            return
        actor, inventory, wanted = self._actor, self.ctx.services.inventory, not category.active
        self.ctx.tasks.write(
            lambda: inventory.set_category_active(actor, category.id, wanted),
            lambda fresh: self._changed(fresh, category),
            self._on_error,
            disable=[self.toggle_button],
        )

    def _changed(self, fresh: ProductCategory, before: ProductCategory | None) -> None:
        if before is None:
            text = f"Added {fresh.name}"
        elif before.name != fresh.name:
            text = f"Renamed {before.name} to {fresh.name}"
        else:
            text = f"{'Reactivated' if fresh.active else 'Retired'} {fresh.name}"
        self.message.setText(text)
        self._select_id = fresh.id
        self.load()


class RestockDialog(FormDialog):
    """Add a delivery to a product's stock."""

    def __init__(
        self, ctx: AppContext, actor: Actor, product: Product, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, f"Restock {product.name}", parent)
        self._actor = actor
        self._product = product
        self.quantity = named(QSpinBox(), "quantity")
        # Empty until typed (0 shows as blank): a bare Enter or Space adds nothing.
        self.quantity.setRange(0, rules.RESTOCK_MAX)
        self.quantity.setSpecialValueText(" ")
        self.quantity.setPrefix("+")
        self.reason = named(QLineEdit(), "reason")
        self.reason.setPlaceholderText("Restock")
        self.reason.setMaxLength(rules.REASON_MAX)
        self.form.layout.addRow("In stock now", QLabel(f"{product.stock:,}"))
        self.form.add("quantity", "&Quantity", self.quantity)
        self.form.add("reason", "&Reason", self.reason)
        self.quantity.selectAll()

    def work(self) -> Callable[[], Any] | None:
        if self.quantity.value() == 0:
            self.form.show_error("Type how many arrived", "quantity")
            return None
        actor, inventory = self._actor, self.ctx.services.inventory
        product_id, quantity, reason = self._product.id, self.quantity.value(), self.reason.text()
        return lambda: inventory.restock(actor, product_id, quantity, reason)


class RemoveOneDialog(FormDialog):
    """Take one unit out of stock (damaged, lost), saying why."""

    def __init__(
        self, ctx: AppContext, actor: Actor, product: Product, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, f"Remove one {product.name}", parent)
        self._actor = actor
        self._product = product
        self.reason = named(QComboBox(), "reason")
        self.reason.setEditable(True)
        self.reason.addItems(REMOVE_REASONS)
        self.reason.setCurrentIndex(-1)
        self.reason.setPlaceholderText("Why is it taken out?")
        self.form.layout.addRow("In stock now", QLabel(f"{product.stock:,}"))
        self.form.add("reason", "&Reason", self.reason)

    def work(self) -> Callable[[], Any] | None:
        reason = self.reason.currentText().strip()
        if not reason:
            self.form.show_error("Say why the unit is taken out", "reason")
            return None
        actor, inventory, product_id = self._actor, self.ctx.services.inventory, self._product.id
        return lambda: inventory.deduct_one(actor, product_id, reason)


class InventoryWorkspace(Workspace):
    title = "Inventory"

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
        #: Stock history is read with the restock permission.
        self.can_see_history = self.can_restock
        #: Average rating by product id, for the rows fetched so far; the Rating column reads it.
        self.ratings: dict[int, Rating] = {}
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
        self.add_button = self._button("&Add…", "addProduct", "Ctrl+N", "Add a product")
        self.edit_button = self._button("&Edit…", "editProduct", "Ctrl+E", "Edit the product")
        self.restock_button = self._button(
            "&Restock…", "restockProduct", "Ctrl+R", "Add a delivery to the stock"
        )
        self.remove_button = self._button(
            "Re&move one…", "removeOne", "", "Take one unit out (damaged, lost)"
        )
        self.import_button = self._button(
            "&Import…", "importProducts", "Ctrl+I", "Import products from a CSV file"
        )
        self.export_button = self._button(
            "E&xport…", "exportProducts", "Ctrl+Shift+E", "Export every product to a CSV file"
        )
        self.categories_button = self._button(
            "Ca&tegories…", "manageCategories", "Ctrl+Shift+C", "Add, rename or retire categories"
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
        self.search_box.setPlaceholderText("Name or barcode (Ctrl+F)")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaxLength(100)
        search_label = QLabel("&Search")
        search_label.setBuddy(self.search_box)
        self.category_filter = named(QComboBox(), "categoryFilter")
        self.category_filter.addItem(ALL_CATEGORIES, None)
        self.category_filter.setToolTip("Show one category")
        self.low_stock_filter = named(QCheckBox(), "lowStockFilter")
        self._update_low_stock_label()
        self.inactive_filter = named(QCheckBox("Show i&nactive"), "inactiveFilter")
        self.inactive_filter.setToolTip("Include products that are no longer on sale")
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
        self.table = record_table(self.model, "productTable")
        header = self.table.horizontalHeader()
        # sorting happens in the database: the header only shows and requests it
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        for section, width in enumerate((220, 100, 80, 70, 150, 65)):
            header.resizeSection(section, width)
        return self.table

    def _build_history(self) -> QWidget:
        self.history_model: RecordTableModel[StockMovement] = RecordTableModel(
            MOVEMENT_COLUMNS, self
        )
        self.history_loader: PagedLoader[StockMovement] = PagedLoader(
            self.history_model, self.ctx.tasks, self.report, HISTORY_PAGE_SIZE
        )
        # one line, shortened with "…": a long product name must not squeeze the table
        self.history_title = named(ElidedLabel(mode=Qt.TextElideMode.ElideRight), "historyTitle")
        self.history_table = record_table(self.history_model, "historyTable")
        self.history_panel = named(QWidget(), "historyPanel")
        panel = QVBoxLayout(self.history_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(self.history_title)
        panel.addWidget(self.history_table, 1)
        self.history_panel.setVisible(self.can_see_history)
        return self.history_panel

    def _connect_signals(self) -> None:
        self._search_timer = debounce(self, SEARCH_DELAY_MS, self.reload)
        self._history_timer = debounce(self, HISTORY_DELAY_MS, self._load_history)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.search_box.returnPressed.connect(self._go_to_results)
        self.category_filter.currentIndexChanged.connect(self.reload)
        self.low_stock_filter.toggled.connect(self.reload)
        self.inactive_filter.toggled.connect(self.reload)
        self.table.horizontalHeader().sectionClicked.connect(self._sort_by)
        self.loader.loaded.connect(self._first_page_arrived)
        self.model.rowsInserted.connect(
            lambda _parent, first, last: self._fetch_ratings(first, last)
        )
        self.model.modelReset.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table.activated.connect(self.edit_product)
        self.history_loader.loaded.connect(
            lambda _total: self.history_table.resizeColumnsToContents()
        )
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
            button.setToolTip(f"{button.toolTip()}: managers only")

    def _columns(self) -> list[Column[Product]]:
        return [
            Column("Name", lambda p: p.name, sort_key="name"),
            Column("Category", lambda p: p.category, sort_key="category"),
            Column("Price", lambda p: p.price, sort_key="price", numeric=True),
            Column("Stock", lambda p: p.stock, sort_key="stock", numeric=True),
            Column("Barcode", lambda p: p.barcode),
            Column("Active", lambda p: p.active),
            Column("Rating", lambda p: self.rating_text(p.id), numeric=True),
        ]

    def rating_text(self, product_id: int) -> str:
        rating = self.ratings.get(product_id)
        return "" if rating is None else f"{rating.average} ({rating.count})"

    def _update_low_stock_label(self) -> None:
        threshold = self.ctx.settings.low_stock_threshold
        self.low_stock_filter.setText(f"&Low stock (below {threshold})")

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        self.load_categories()
        self.reload()
        self.search_box.setFocus()

    def load_categories(self) -> None:
        actor, inventory = self.actor, self.ctx.services.inventory
        self.ctx.tasks.read(lambda: inventory.categories(actor), self.show_categories, self.report)

    def show_categories(self, categories: tuple[ProductCategory, ...]) -> None:
        """Fill the filter with every category (retired ones marked); keep its choice."""
        self.categories = categories
        wanted = self.category_filter.currentData()
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(ALL_CATEGORIES, None)
        for category in categories:
            label = category.name if category.active else f"{category.name} (retired)"
            self.category_filter.addItem(label, category.name)
        index = self.category_filter.findData(wanted) if wanted else 0
        self.category_filter.setCurrentIndex(max(index, 0))
        self.category_filter.blockSignals(False)
        if wanted and index < 0:  # renamed away: show everything rather than nothing
            self.reload()

    def refresh(self) -> None:
        self.load_categories()
        self.reload()

    def has_pending_query(self) -> bool:
        """True while typing or selecting has a query waiting for its debounce delay."""
        return self._search_timer.isActive() or self._history_timer.isActive()

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

        def fetch(offset: int, limit: int) -> Page[Product]:
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
            )

        self.loader.reload(fetch)

    def _first_page_arrived(self, total: int) -> None:
        self.count_label.setText(plural(total, "product"))
        wanted, self._select_after_load = self._select_after_load, None
        if wanted is not None:
            self.select_product(wanted)
        elif self.table.hasFocus() and self.model.rowCount():
            self.table.selectRow(0)  # Enter in the search box moved here before the rows came
        self._fetch_ratings(0, self.model.rowCount() - 1)

    def _go_to_results(self) -> None:
        if self._search_timer.isActive():
            self.reload()
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

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

    # -- ratings: fetched for each page after it arrives; the model never queries -----------
    def _fetch_ratings(self, first: int, last: int) -> None:
        ids: list[int] = [self.model.record(row).id for row in range(max(first, 0), last + 1)]
        if not ids:
            return
        actor, inventory = self.actor, self.ctx.services.inventory
        self.ctx.tasks.read(
            lambda: inventory.ratings(actor, ids),
            lambda found: self._show_ratings(ids, found),
            self.report,
        )

    def _show_ratings(self, ids: list[int], found: dict[int, Rating]) -> None:
        for product_id in ids:
            if product_id in found:
                self.ratings[product_id] = found[product_id]
            else:
                self.ratings.pop(product_id, None)
        # one signal for the whole column: cheaper than finding the rows among thousands
        last_row, column = self.model.rowCount() - 1, len(self.model.columns) - 1
        if last_row >= 0:
            self.model.dataChanged.emit(
                self.model.index(0, column), self.model.index(last_row, column)
            )

    # -- selection and history -----------------------------------------------------------
    def selected(self) -> Product | None:
        product: Product | None = current_record(self.table)
        return product

    def select_product(self, product_id: int) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.record(row).id == product_id:
                self.table.selectRow(row)
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
            self._history_timer.start()

    def _load_history(self) -> None:
        product = self.selected()
        if product is None:
            self.history_title.setText("Select a product to see its stock history")
            # an empty query also drops a page still on its way for the last product
            self.history_loader.reload(empty_page)
            return
        actor, inventory, product_id = self.actor, self.ctx.services.inventory, product.id
        self.history_title.setText(f"Stock history of {product.name}")
        self.history_loader.reload(
            lambda offset, limit: inventory.movements(actor, product_id, offset=offset, limit=limit)
        )

    # -- actions -------------------------------------------------------------------------
    def add_product(self) -> ProductDialog | None:
        if not self.can_add:
            return None
        dialog = ProductDialog(self.ctx, self.actor, None, self, categories=self.categories)
        dialog.accepted.connect(lambda: self._added(dialog.result_record))
        return self._open(dialog)

    def edit_product(self) -> ProductDialog | None:
        product = self.selected()
        if product is None or not self.can_edit:
            return None
        dialog = ProductDialog(
            self.ctx, self.actor, product, self, self.edit_needs_manager, self.categories
        )
        dialog.accepted.connect(lambda: self._changed(dialog.result_record, "Saved {name}"))
        return self._open(dialog)

    def restock_product(self) -> RestockDialog | None:
        product = self.selected()
        if product is None or not self.can_restock:
            return None
        dialog = RestockDialog(self.ctx, self.actor, product, self)
        dialog.accepted.connect(
            lambda: self._changed(dialog.result_record, "Restocked {name}: {stock} in stock")
        )
        return self._open(dialog)

    def remove_one(self) -> RemoveOneDialog | None:
        product = self.selected()
        if product is None or not self.can_deduct:
            return None
        dialog = RemoveOneDialog(self.ctx, self.actor, product, self)
        dialog.accepted.connect(
            lambda: self._changed(dialog.result_record, "Took one {name} out: {stock} left")
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
        self.reload()  # a rename shows on the rows
        self.search_box.setFocus()  # the keys come back to the search, as on opening

    def _categories_changed(self, categories: tuple[ProductCategory, ...]) -> None:
        self.show_categories(categories)

    def _open(self, dialog: D) -> D:
        dispose_when_closed(dialog, dialog.ok_button)
        dialog.open()
        return dialog

    def _added(self, product: Product) -> None:
        self.say(f"Added {product.name}")
        self._select_after_load = product.id
        self.reload()

    def _changed(self, product: Product, template: str) -> None:
        """Show the changed product in place; the list keeps its scroll position."""
        self.model.replace(lambda p: p.id == product.id, product)
        self.say(template.format(name=product.name, stock=f"{product.stock:,}"))
        self._selection_changed()

    # -- CSV -----------------------------------------------------------------------------
    def _file_dialog(self, caption: str, save: bool) -> QFileDialog:
        dialog = QFileDialog(self, caption, QDir.homePath(), "CSV files (*.csv);;All files (*)")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("csv")
            dialog.selectFile("products.csv")
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        return dialog

    def choose_import_file(self) -> None:
        if not self.can_import:
            return
        dialog = self._file_dialog("Import products", save=False)
        dialog.fileSelected.connect(self.import_csv)
        dialog.open()

    def choose_export_file(self) -> None:
        dialog = self._file_dialog("Export products", save=True)
        dialog.fileSelected.connect(self.export_csv)
        dialog.open()

    def import_csv(self, path: str) -> ProductImportDialog | None:
        """Preview ``path`` in a dialog whose Import sends every row, all or nothing."""
        if not self.can_import:
            return None
        dialog = ProductImportDialog(self.ctx, self.actor, path, self)
        dialog.accepted.connect(lambda: self._imported(dialog.report))
        dispose_when_closed(dialog, dialog.import_button)
        dialog.open()
        return dialog

    def _imported(self, report: ImportReport | None) -> None:
        count = report.imported if report else 0
        self.say(f"Imported {plural(count, 'product')}")
        self.reload()

    def export_csv(self, path: str) -> None:
        """Write every product (not only the filtered ones) to ``path``, off the UI thread."""
        actor, inventory = self.actor, self.ctx.services.inventory
        self.say(f"Exporting products to {path}…")
        self.export_in_background(
            self.export_button,
            lambda: write_product_csv(path, inventory.export_rows(actor)),
            lambda count: f"Exported {plural(count, 'product')} to {path}",
        )
