"""The product categories: the list to add, rename, retire or bring back, and the name dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain import rules
from pos_app.services.records import Actor, ProductCategory
from pos_app.ui.context import AppContext
from pos_app.ui.dialogs import FormDialog
from pos_app.ui.dispose import dispose_when_closed
from pos_app.ui.forms import named
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from pos_app.ui.table_model import Column, RecordTableModel
from pos_app.ui.widgets import current_record, record_table, select_row, tool_button


class CategoryNameDialog(FormDialog):
    """Add a category (``category`` None) or rename one."""

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        category: ProductCategory | None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            translate("CategoryDialog", "Add a category")
            if category is None
            else translate("CategoryDialog", "Rename {0}").format(category.name)
        )
        super().__init__(ctx, title, parent)
        self._actor = actor
        self._category = category
        self.name = named(QLineEdit(category.name if category else ""), "categoryName")
        self.name.setPlaceholderText(self.tr("1-{0} characters").format(rules.CATEGORY_NAME_MAX))
        self.form.add("category", self.tr("&Name"), self.name, limit=rules.CATEGORY_NAME_MAX)
        self.name.selectAll()
        self.name.setFocus()

    def work(self) -> Callable[[], Any] | None:
        actor, inventory, name = self._actor, self.ctx.services.inventory, self.name.text()
        if self._category is None:
            return lambda: inventory.add_category(actor, name)
        category_id = self._category.id
        return lambda: inventory.rename_category(actor, category_id, name)


CATEGORY_COLUMNS: list[Column[ProductCategory]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Category"), lambda c: c.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Products"), lambda c: c.products, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "State"), lambda c: "active" if c.active else "retired"),
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
        self.setWindowTitle(self.tr("Categories"))
        self.ctx, self._actor = ctx, actor
        self._on_changed, self._on_error = on_changed, on_error
        self._select_id: int | None = None
        self.model: RecordTableModel[ProductCategory] = RecordTableModel(CATEGORY_COLUMNS, self)
        self.table = record_table(self.model, "categoriesTable")
        self.message = named(QLabel(self), "categoriesMessage")
        self.message.setWordWrap(True)
        self.add_button = tool_button(
            self.tr("&Add…"), "addCategory", "Ctrl+N", self.tr("Add a category")
        )
        self.rename_button = tool_button(
            self.tr("Re&name…"), "renameCategory", "F2", self.tr("Rename the category")
        )
        self.toggle_button = tool_button(
            self.tr("&Retire"),
            "retireCategory",
            "",
            self.tr("Retire the category (its products keep it)"),
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
            select_row(self.table, row)
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
        self.toggle_button.setText(self.tr("Reac&tivate") if retired else self.tr("&Retire"))

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
            text = self.tr("Added {0}").format(fresh.name)
        elif before.name != fresh.name:
            text = self.tr("Renamed {0} to {1}").format(before.name, fresh.name)
        elif fresh.active:
            text = self.tr("Reactivated {0}").format(fresh.name)
        else:
            text = self.tr("Retired {0}").format(fresh.name)
        self.message.setText(text)
        self._select_id = fresh.id
        self.load()
