"""Adding or editing one product: name, barcode, price, category, stock, whether it is sold
by price-embedded barcode, and its own tax rate."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QMessageBox, QSpinBox, QWidget

from pos_app.domain import rules
from pos_app.domain.enums import Role
from pos_app.domain.errors import NotFoundError, ValidationError
from pos_app.services import Services
from pos_app.services.permissions import Op, allowed
from pos_app.services.records import Actor, Product, ProductCategory
from pos_app.services.taxes import TaxRateRecord
from pos_app.ui.context import AppContext
from pos_app.ui.dialogs import FormDialog, ManagerFields, ask_first
from pos_app.ui.forms import named
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from pos_app.ui.inventory.product_count import retired
from pos_app.ui.money_format import input_money
from pos_app.ui.pricing.tax_dialogs import rate_label
from pos_app.ui.service_messages import error_text
from pos_app.ui.widgets import latin_digits

#: The first choice of the tax rate: none of its own.
CATEGORY_RATE = QT_TRANSLATE_NOOP("ProductDialog", "Category's rate")
BARCODE_HINT = QT_TRANSLATE_NOOP("ProductDialog", "Scan or type; may stay empty")
LABEL_CODE_HINT = QT_TRANSLATE_NOOP(
    "ProductDialog", "The label's prefix and item code, e.g. 2012345"
)


def category_choices(
    categories: tuple[ProductCategory, ...], keep: str | None = None
) -> list[tuple[str, str]]:
    """(label, name) of the categories a product may be given: the active ones, and the
    retired one it already has (``keep``), marked so. ``keep`` is offered even before the
    categories are read."""
    choices = [
        (c.name if c.active else retired(c.name), c.name)
        for c in categories
        if c.active or c.name == keep
    ]
    if keep is not None and all(name != keep for _label, name in choices):
        choices.insert(0, (keep, keep))
    return choices


def rate_choices(
    rates: tuple[TaxRateRecord, ...] | list[TaxRateRecord], keep: int | None = None
) -> list[tuple[str, int | None]]:
    """(label, rate id) a product may be given: its category's rate (None), the active
    rates, and the retired one it already has (``keep``), marked so."""
    choices: list[tuple[str, int | None]] = [(translate("ProductDialog", CATEGORY_RATE), None)]
    for rate in rates:
        if rate.active or rate.id == keep:
            label = rate_label(rate)
            choices.append((label if rate.active else retired(label), rate.id))
    if keep is not None and all(rate_id != keep for _label, rate_id in choices):
        choices.append(
            (translate("ProductDialog", "Tax rate #{0}").format(keep), keep)
        )  # until the rates are read
    return choices


def who_may(op: Op) -> str:
    """ "a manager or an admin": the roles that may do ``op``."""
    names = [role.value for role in Role if allowed(role, op)]
    return " or ".join(f"{'an' if n[0] in 'aeiou' else 'a'} {n}" for n in names)


class RateNotSet(Exception):
    """The product was saved but its tax rate was not (the rate was retired meanwhile)."""

    def __init__(self, product: Product, error: Exception) -> None:
        super().__init__(str(error))
        self.product = product
        self.error = error


def then_rate(
    services: Services,
    actor: Actor,
    saved: Product | None,
    product_id: int,
    rate: tuple[bool, int | None],
) -> Product:
    """On the write lane, after the product's other fields (``saved``; None when none
    changed): its tax rate, if ``rate`` says it changed. A refused rate once the product is
    saved raises RateNotSet."""
    changed, rate_id = rate
    if not changed:
        assert saved is not None
        return saved
    try:
        services.taxes.set_product_rate(actor, product_id, rate_id)
    except Exception as exc:
        if saved is None:
            raise
        raise RateNotSet(saved, exc) from exc
    return services.inventory.get(actor, product_id)


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
        rates: tuple[TaxRateRecord, ...] | None = None,
    ) -> None:
        title = (
            translate("ProductDialog", "Add product")
            if product is None
            else translate("ProductDialog", "Edit {0}").format(product.name)
        )
        super().__init__(ctx, title, parent)
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
        latin_digits(self.price)
        self.price.setPlaceholderText(input_money(Decimal(0)))
        self.description = named(QLineEdit(), "description")
        self.description.setMaxLength(rules.DESCRIPTION_MAX)
        self.barcode = named(QLineEdit(), "barcode")
        self.barcode.setPlaceholderText(self.tr(BARCODE_HINT))
        self.variable_price = named(
            QCheckBox(self.tr("Sold by price-embedded barcode")), "variablePrice"
        )
        self.variable_price.toggled.connect(self._variable_toggled)
        self._rate_before = product.tax_rate_id if product else None
        self.tax_rate = self._tax_rate_field(rates)
        self.form.add("name", self.tr("&Name"), self.name)
        self.form.add("category", self.tr("Ca&tegory"), self.category)
        self.form.add("price", self.tr("&Price"), self.price)
        self.form.add("description", self.tr("&Description"), self.description)
        self.form.add("barcode", self.tr("&Barcode"), self.barcode)
        self.form.add("variable_price", self.tr("&Variable price"), self.variable_price)
        self.form.add("rate_id", self.tr("Ta&x rate"), self.tax_rate)
        self.stock = named(QSpinBox(), "stock")
        # A minus typed stays a minus, for the service to refuse in place: a box that may
        # not go below 0 dropped it and kept the digits ("-5" added five).
        self.stock.setRange(-rules.STOCK_MAX, rules.STOCK_MAX)
        self.active = named(QCheckBox(self.tr("On sale")), "active")
        self.active.setChecked(True)
        if product is None:
            self.form.add("stock", self.tr("Opening &stock"), self.stock)
        else:
            self.form.add("active", self.tr("&Active"), self.active)
            self.name.setText(product.name)
            self.category.setCurrentIndex(self.category.findData(product.category))
            self.price.setText(input_money(product.price))
            self.description.setText(product.description)
            self.barcode.setText(product.barcode or "")
            self.active.setChecked(product.active)
            self.variable_price.setChecked(product.variable_price)
            if needs_manager:  # a cashier's change (a price at the counter) needs a manager
                self.manager = ManagerFields(self.form)

    def _fill_categories(self, categories: tuple[ProductCategory, ...]) -> None:
        keep = self._product.category if self._product else None
        chosen = self.category.currentData() or keep
        self.category.clear()
        for label, name in category_choices(categories, keep):
            self.category.addItem(label, name)
        self.category.setCurrentIndex(max(self.category.findData(chosen), 0))

    def _tax_rate_field(self, rates: tuple[TaxRateRecord, ...] | None) -> QComboBox:
        """The tax rate choice (its rates read now if not given); shown disabled, saying
        who may change it, to a role that may not (a cashier editing with a manager's
        password)."""
        combo = named(QComboBox(), "taxRate")
        self.tax_rate = combo
        self._fill_rates(rates or ())
        actor, ctx, taxes = self._actor, self.ctx, self.ctx.services.taxes
        if not allowed(actor.role, Op.TAX_MANAGE):
            combo.setEnabled(False)
            combo.setToolTip(
                self.tr("Only {0} can change a product's tax rate").format(who_may(Op.TAX_MANAGE))
            )
        if rates is not None:
            return combo
        ctx.tasks.read(
            lambda: taxes.rates(actor, include_retired=True),
            self._fill_rates,
            lambda exc: ctx.errors.report(exc, label=self.form.form_error),
        )
        return combo

    def _fill_rates(self, rates: tuple[TaxRateRecord, ...] | list[TaxRateRecord]) -> None:
        chosen = self.tax_rate.currentData() if self.tax_rate.count() else self._rate_before
        self.tax_rate.clear()
        for label, rate_id in rate_choices(rates, self._rate_before):
            self.tax_rate.addItem(label, rate_id)
        self.tax_rate.setCurrentIndex(max(self.tax_rate.findData(chosen), 0))

    def _variable_toggled(self, on: bool) -> None:
        self.barcode.setPlaceholderText(self.tr(LABEL_CODE_HINT if on else BARCODE_HINT))

    def _rate_change(self) -> tuple[bool, int | None]:
        """(whether the person chose another tax rate, the one chosen)."""
        chosen: int | None = self.tax_rate.currentData()
        return chosen != self._rate_before, chosen

    def _price(self) -> Any:
        """The entered price, or None after showing why it is refused."""
        try:
            return rules.price(self.price.text())
        except ValidationError as exc:
            self.form.show_error(exc)
            return None

    def _free_needs_asking(self, price: Any) -> bool:
        """True (and the question is up) when a price of 0.00 is not confirmed yet. Not for
        a variable-price product: its labels carry its price (the full-day trial was asked
        whether to sell the deli cheese for free)."""
        if price != 0 or self._free_confirmed == self.price.text():
            return False
        if self.variable_price.isChecked():
            return False
        name = self.name.text().strip() or self.tr("this product")
        self.free_box = ask_first(
            self,
            self.tr("Free item"),
            self.tr("Sell {0} for free (0.00)?").format(name),
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
            self.form.show_error(self.tr("Type the price, or confirm that it is free"), "price")
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
            "variable_price": self.variable_price.isChecked(),
        }
        before: dict[str, object] = {
            "name": product.name,
            "category": product.category,
            "price": product.price,
            "description": product.description,
            "barcode": product.barcode,
            "active": product.active,
            "variable_price": product.variable_price,
        }
        return {key: value for key, value in entered.items() if value != before[key]}

    def work(self) -> Callable[[], Any] | None:
        actor, services = self._actor, self.ctx.services
        inventory, rate = services.inventory, self._rate_change()
        if self._product is not None:
            changes = self.changes()
            if changes is None:
                return None
            if not changes and not rate[0]:
                self.form.show_error(self.tr("Nothing was changed: edit a field, or press Esc"))
                return None
            if "price" in changes and self._free_needs_asking(changes["price"]):
                return None
            product_id = self._product.id
            override = self.manager.take() if self.manager else None

            def save() -> Product:
                saved = inventory.update(actor, product_id, changes, override) if changes else None
                return then_rate(services, actor, saved, product_id, rate)

            return save
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
            "variable_price": self.variable_price.isChecked(),
        }

        def add() -> Product:
            added = inventory.add(actor, **values)
            return then_rate(services, actor, added, added.id, rate)

        return add

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, RateNotSet):
            super()._failed(exc)
            return
        # the rest is in the database: from now on this dialog edits that product
        saved = self._product = exc.product
        self.setWindowTitle(self.tr("Edit {0}").format(saved.name))
        self.stock.setEnabled(False)
        if isinstance(exc.error, ValidationError | NotFoundError):  # a rate retired meanwhile
            why = error_text(exc.error)
            self.form.show_error(
                self.tr("Saved {0}, but not its tax rate: {1}").format(saved.name, why), "rate_id"
            )
        else:
            self.ctx.errors.report(exc.error, label=self.form.form_error)
