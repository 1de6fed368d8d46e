"""A new promotion: its name, kind and days, and what it covers. The fields change with the
kind: "N for a price" and "buy X get Y" cover products, found by barcode or name; a percent
off covers a category.

The first and last day are typed as they read (2026-11-20) and never change each other: a
last day before the first is refused when saving, under the field, and nothing is written.
A category at 100% off gives everything in it away: saving asks first, No by default."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from pos_app.domain import rules
from pos_app.domain.errors import ValidationError
from pos_app.domain.money import format_money
from pos_app.domain.pricing import PromotionKind
from pos_app.domain.promotions import check_percent
from pos_app.services.records import Actor, Page, Product, ProductCategory
from pos_app.ui.context import AppContext
from pos_app.ui.dialogs import FormDialog, ask_first
from pos_app.ui.forms import named
from pos_app.ui.i18n import QT_TRANSLATE_NOOP
from pos_app.ui.widgets import DayEdit, latin_digits, local_midnight, to_date

#: The longest promotion name the service takes.
PROMOTION_NAME_MAX = 100
#: How many products one search offers to choose from.
MATCHES_MAX = 20
KINDS = {
    PromotionKind.MULTI_BUY: QT_TRANSLATE_NOOP("PromotionDialog", "N for a price (3 for 5.00)"),
    PromotionKind.BUY_X_GET_Y: QT_TRANSLATE_NOOP(
        "PromotionDialog", "Buy X, get Y free or a percent off"
    ),
    PromotionKind.CATEGORY_PERCENT: QT_TRANSLATE_NOOP(
        "PromotionDialog", "A percent off a category"
    ),
}
#: The rows each kind shows (the others are hidden), with their labels for that kind
#: (in English: shown through ``translate``).
ROWS: dict[PromotionKind, dict[str, str]] = {
    PromotionKind.MULTI_BUY: {
        "product_search": QT_TRANSLATE_NOOP("PromotionDialog", "Add &product"),
        "product_ids": QT_TRANSLATE_NOOP("PromotionDialog", "Co&vered"),
        "quantity": QT_TRANSLATE_NOOP("PromotionDialog", "&Quantity (N)"),
        "price": QT_TRANSLATE_NOOP("PromotionDialog", "P&rice of the N"),
    },
    PromotionKind.BUY_X_GET_Y: {
        "product_search": QT_TRANSLATE_NOOP("PromotionDialog", "Add &product"),
        "product_ids": QT_TRANSLATE_NOOP("PromotionDialog", "Co&vered"),
        "quantity": QT_TRANSLATE_NOOP("PromotionDialog", "Buy &quantity (X)"),
        "free_quantity": QT_TRANSLATE_NOOP("PromotionDialog", "&Free quantity (Y)"),
        "percent": QT_TRANSLATE_NOOP("PromotionDialog", "P&ercent off the Y"),
    },
    PromotionKind.CATEGORY_PERCENT: {
        "category": QT_TRANSLATE_NOOP("PromotionDialog", "Cate&gory"),
        "percent": QT_TRANSLATE_NOOP("PromotionDialog", "P&ercent off"),
    },
}
#: What the percent field suggests, for the kinds that have one.
PERCENT_HINTS = {
    PromotionKind.BUY_X_GET_Y: QT_TRANSLATE_NOOP(
        "PromotionDialog", "More than 0, up to 100 (100: the Y are free)"
    ),
    PromotionKind.CATEGORY_PERCENT: QT_TRANSLATE_NOOP(
        "PromotionDialog", "e.g. 15: off every product of the category"
    ),
}
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
LAST_BEFORE_FIRST = QT_TRANSLATE_NOOP(
    "PromotionDialog", "The last day must be on or after the first day"
)


def product_text(product: Product, with_barcode: bool = True) -> str:
    code = f", {product.barcode}" if product.barcode and with_barcode else ""
    return f"{product.name} ({format_money(product.price)}{code})"


class PromotionDialog(FormDialog):
    """Add a promotion. It runs from the first day's start to the end of the last day, on
    this computer's clock.

    In "Add product", Enter looks the text up: one product is added at once; several are
    listed below (arrows, Enter adds one). Del takes the chosen product off the list. Enter
    in any other field (or in an empty "Add product") saves the promotion."""

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        categories: Sequence[ProductCategory],
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("Add a promotion"), parent)
        self._actor = actor
        self.setMinimumWidth(520)
        first = today or date.today()
        self.name = named(QLineEdit(), "promotionName")
        self.name.setPlaceholderText(self.tr("What the receipt shows, e.g. 3 colas for 5.00"))
        self.kind = named(QComboBox(), "promotionKind")
        for kind, text in KINDS.items():
            self.kind.addItem(self.tr(text), kind)
        self.starts = DayEdit("promotionStarts", first)
        self.last_day = DayEdit("promotionLastDay", first + timedelta(days=6))
        #: The percent text a person said Yes to giving a whole category away at.
        self._free_confirmed: str | None = None
        self.free_box: QMessageBox | None = None
        self.search = named(QLineEdit(), "productSearch")
        self.search.setPlaceholderText(self.tr("Scan or type a barcode or a name, then Enter"))
        self.matches = named(QListWidget(), "productMatches")
        self.matches.setMaximumHeight(110)
        self.chosen = named(QListWidget(), "chosenProducts")
        self.chosen.setMaximumHeight(90)
        self.chosen.setToolTip(self.tr("Del takes the selected product off"))
        self.quantity = named(QSpinBox(), "promotionQuantity")
        self.quantity.setRange(0, rules.CART_QUANTITY_MAX)
        self.quantity.setValue(3)
        self.price = named(QLineEdit(), "promotionPrice")
        self.price.setPlaceholderText(self.tr("e.g. 5.00"))
        self.free = named(QSpinBox(), "promotionFree")
        self.free.setRange(0, rules.CART_QUANTITY_MAX)
        self.free.setValue(1)
        self.percent = named(QLineEdit(), "promotionPercent")
        latin_digits(self.price, self.percent)
        self.category = named(QComboBox(), "promotionCategory")
        for category in categories:
            if category.active:
                self.category.addItem(category.name, category.name)
        form = self.form
        form.add("name", self.tr("&Name"), self.name, limit=PROMOTION_NAME_MAX)
        form.add("kind", self.tr("&Kind"), self.kind)
        form.add("starts_at", self.tr("&Starts"), self.starts)
        form.add("ends_at", self.tr("&Last day"), self.last_day)
        form.add("product_search", self.tr("Add &product"), self.search, limit=100)
        form.add("matches", self.tr("Matches"), self.matches)
        form.add("product_ids", self.tr("Co&vered"), self.chosen)
        form.add("quantity", self.tr("&Quantity"), self.quantity)
        form.add("price", self.tr("P&rice"), self.price)
        form.add("free_quantity", self.tr("&Free quantity"), self.free)
        form.add("percent", self.tr("P&ercent"), self.percent)
        form.add("category", self.tr("Cate&gory"), self.category)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self._show_matches(())

    # -- the kind decides the rows -------------------------------------------------------
    def chosen_kind(self) -> PromotionKind:
        return PromotionKind(self.kind.currentData())

    def _holder(self, name: str) -> QWidget:
        """The row's field as the form layout holds it (the input and its message)."""
        holder = self.form.widget(name).parentWidget()
        assert holder is not None
        return holder

    def _set_row(self, name: str, label: str | None) -> None:
        holder = self._holder(name)
        self.form.layout.setRowVisible(holder, label is not None)
        row_label = self.form.layout.labelForField(holder)
        if label is not None and isinstance(row_label, QLabel):
            row_label.setText(self.tr(label))

    def _kind_changed(self) -> None:
        kind = self.chosen_kind()
        rows = ROWS[kind]
        for name in ("product_search", "product_ids", "quantity", "price", "free_quantity"):
            self._set_row(name, rows.get(name))
        self._set_row("percent", rows.get("percent"))
        self._set_row("category", rows.get("category"))
        self.percent.setPlaceholderText(
            self.tr(PERCENT_HINTS.get(kind, "")) if kind in PERCENT_HINTS else ""
        )
        self._fit()
        if kind is PromotionKind.BUY_X_GET_Y:
            if not self.percent.text().strip():
                self.percent.setText("100")
            if self.quantity.value() == 3:
                self.quantity.setValue(2)
        elif kind is PromotionKind.CATEGORY_PERCENT and self.percent.text().strip() == "100":
            self.percent.clear()
        self._show_matches(())

    # -- choosing products ---------------------------------------------------------------
    def chosen_ids(self) -> list[int]:
        return [
            int(self.chosen.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.chosen.count())
        ]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in "Add product" looks it up and Enter in the matches adds one, instead of
        saving; Del in the covered list takes one off."""
        focus = self.focusWidget()
        if event.key() in ENTER and focus is self.search and self.search.text().strip():
            self.look_up()
            return
        if event.key() in ENTER and focus is self.matches and self.matches.currentItem():
            self._add(self.matches.currentItem().data(Qt.ItemDataRole.UserRole))
            return
        if event.key() == Qt.Key.Key_Delete and focus is self.chosen:
            row = self.chosen.currentRow()
            if row >= 0:
                self.chosen.takeItem(row)
            return
        super().keyPressEvent(event)

    def look_up(self) -> None:
        text = self.search.text().strip()
        actor, inventory = self._actor, self.ctx.services.inventory
        self.ctx.tasks.read(
            lambda: inventory.search(actor, text, limit=MATCHES_MAX),
            lambda page: self._found(text, page),
            lambda exc: self.ctx.errors.report(exc, label=self.form.error_label("product_search")),
        )

    def _found(self, text: str, page: Page[Product]) -> None:
        if self.search.text().strip() != text:
            return  # typed on meanwhile: that answer is for another text
        if not page.items:
            self.form.show_error(self.tr("No product matches {0!r}").format(text), "product_search")
        elif len(page.items) == 1:
            self._add(page.items[0])
        else:
            self._show_matches(page.items)
            more = page.total - len(page.items)
            if more > 0:
                self.form.show_error(
                    self.tr("{0:,} more match: type more of the name").format(more), "matches"
                )
            self.matches.setFocus()

    def _show_matches(self, products: Sequence[Product]) -> None:
        self.matches.clear()
        for product in products:
            item = QListWidgetItem(product_text(product))
            item.setData(Qt.ItemDataRole.UserRole, product)
            self.matches.addItem(item)
        if products:
            self.matches.setCurrentRow(0)
        self.form.layout.setRowVisible(self._holder("matches"), bool(products))
        self._fit()

    def _fit(self) -> None:
        """As tall as the rows shown need: a row hidden gives its room back."""
        if self.isVisible():
            QTimer.singleShot(0, self, lambda: self.resize(self.width(), self.sizeHint().height()))

    def _add(self, product: Product) -> None:
        self._show_matches(())
        self.search.clear()
        self.search.setFocus()
        if product.id in self.chosen_ids():
            self.form.show_error(
                self.tr("{0} is already covered").format(product.name), "product_search"
            )
            return
        item = QListWidgetItem(product_text(product, with_barcode=False))
        item.setData(Qt.ItemDataRole.UserRole, product.id)
        self.chosen.addItem(item)
        self.chosen.setCurrentItem(item)

    # -- saving --------------------------------------------------------------------------
    def work(self) -> Callable[[], Any] | None:
        kind = self.chosen_kind()
        if self.last_day.date() < self.starts.date():
            self.form.show_error(self.tr(LAST_BEFORE_FIRST), "ends_at")
            self.last_day.setSelectedSection(QDateEdit.Section.YearSection)  # retyped whole
            return None
        values: dict[str, Any] = {
            "name": self.name.text(),
            "kind": kind,
            "starts_at": local_midnight(to_date(self.starts.date())),
            "ends_at": local_midnight(to_date(self.last_day.date()) + timedelta(days=1)),
        }
        if kind is PromotionKind.CATEGORY_PERCENT:
            if self.category.currentData() is None:
                self.form.show_error(
                    self.tr("There is no category yet: add one in Inventory"), "category"
                )
                return None
            if self._free_needs_asking(self.category.currentData()):
                return None
            values.update(category=self.category.currentData(), percent=self.percent.text())
        else:
            values.update(product_ids=tuple(self.chosen_ids()), quantity=self.quantity.value())
            if kind is PromotionKind.MULTI_BUY:
                values["price"] = self.price.text()
            else:
                values.update(free_quantity=self.free.value(), percent=self.percent.text())
        actor, promotions = self._actor, self.ctx.services.promotions
        return lambda: promotions.add(actor, **values)

    # -- a whole category free -----------------------------------------------------------
    def _free_needs_asking(self, category: str) -> bool:
        """True (and the question is up) when 100% off a category is not confirmed yet."""
        text = self.percent.text()
        try:
            percent = check_percent(text, "percent", self.tr("The percent"))
        except ValidationError:
            return False  # the service says what is wrong with it
        if percent != 100 or self._free_confirmed == text:
            return False
        self.free_box = ask_first(
            self,
            self.tr("Everything free"),
            self.tr("100% off: everything in {0} is free. Save?").format(category),
            "categoryFreeBox",
            self._free_answered,
        )
        return True

    def _free_answered(self, yes: bool) -> None:
        self.free_box = None
        if yes:
            self._free_confirmed = self.percent.text()
            self.submit()
            return
        self.form.show_error(
            self.tr("Type the percent off, or confirm that it is all free"), "percent"
        )
        self.activateWindow()  # the question's window was the active one
        self.percent.setFocus()
        self.percent.selectAll()
