"""Adding or editing one product: name, barcode, price, category, stock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QMessageBox, QSpinBox, QWidget

from pos_app.domain import rules
from pos_app.domain.errors import ValidationError
from pos_app.services.records import Actor, Product, ProductCategory
from pos_app.ui.context import AppContext
from pos_app.ui.dialogs import FormDialog, ManagerFields, ask_first
from pos_app.ui.forms import named


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
        self.free_box = ask_first(
            self,
            "Free item",
            f"Sell {name} for free (0.00)?",
            "freeItemBox",
            self._free_answered,
        )
        return True

    def _free_answered(self, yes: bool) -> None:
        self.free_box = None
        if yes:
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
