"""Stock changes of one product: a restock, and one unit taken out with a reason."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from pos_app.domain import rules
from pos_app.services.records import Actor, Product
from pos_app.ui.context import AppContext
from pos_app.ui.dialogs import FormDialog
from pos_app.ui.forms import named
from pos_app.ui.i18n import QT_TRANSLATE_NOOP
from pos_app.ui.widgets import SignedCountBox

REMOVE_REASONS = (
    QT_TRANSLATE_NOOP("RemoveOneDialog", "Damaged"),
    QT_TRANSLATE_NOOP("RemoveOneDialog", "Lost"),
    QT_TRANSLATE_NOOP("RemoveOneDialog", "Expired"),
    QT_TRANSLATE_NOOP("RemoveOneDialog", "Used in the store"),
)


class RestockDialog(FormDialog):
    """Add a delivery to a product's stock."""

    def __init__(
        self, ctx: AppContext, actor: Actor, product: Product, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("Restock {0}").format(product.name), parent)
        self._actor = actor
        self._product = product
        # Empty until typed (0 shows as blank): a bare Enter or Space adds nothing; a
        # minus typed stays a minus, and is refused.
        self.quantity = named(SignedCountBox(rules.RESTOCK_MAX), "quantity")
        self.reason = named(QLineEdit(), "reason")
        self.reason.setPlaceholderText(self.tr("Restock"))
        self.reason.setMaxLength(rules.REASON_MAX)
        self.form.layout.addRow(self.tr("In stock now"), QLabel(f"{product.stock:,}"))
        self.form.add("quantity", self.tr("&Quantity"), self.quantity)
        self.form.add("reason", self.tr("&Reason"), self.reason)
        self.quantity.selectAll()

    def work(self) -> Callable[[], Any] | None:
        if self.quantity.value() == 0:
            self.form.show_error(self.tr("Type how many arrived"), "quantity")
            return None
        if self.quantity.value() < 0:
            self.form.show_error(
                self.tr(
                    "A restock only adds stock: type how many arrived. To take units "
                    "out, use Remove one or edit the product's stock."
                ),
                "quantity",
            )
            return None
        actor, inventory = self._actor, self.ctx.services.inventory
        product_id, quantity, reason = self._product.id, self.quantity.value(), self.reason.text()
        return lambda: inventory.restock(actor, product_id, quantity, reason)


class RemoveOneDialog(FormDialog):
    """Take units out of stock (damaged, lost, expired), saying why: one unless another
    number is typed (the manager's trial took out five broken units one at a time)."""

    def __init__(
        self, ctx: AppContext, actor: Actor, product: Product, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("Remove {0} from stock").format(product.name), parent)
        self._actor = actor
        self._product = product
        self.quantity = named(SignedCountBox(rules.RESTOCK_MAX), "quantity")
        self.quantity.setValue(1)
        self.reason = named(QComboBox(), "reason")
        self.reason.setEditable(True)
        self.reason.addItems([self.tr(reason) for reason in REMOVE_REASONS])
        self.reason.setCurrentIndex(-1)
        self.reason.setPlaceholderText(self.tr("Why is it taken out?"))
        self.form.layout.addRow(self.tr("In stock now"), QLabel(f"{product.stock:,}"))
        self.form.add("quantity", self.tr("&Quantity"), self.quantity)
        self.form.add("reason", self.tr("&Reason"), self.reason)
        self.quantity.selectAll()  # typed over: "5" takes five

    def work(self) -> Callable[[], Any] | None:
        units = self.quantity.value()
        if units <= 0:
            self.form.show_error(self.tr("Type how many units are taken out"), "quantity")
            return None
        reason = self.reason.currentText().strip()
        if not reason:
            self.form.show_error(self.tr("Say why the unit is taken out"), "reason")
            return None
        actor, inventory, product_id = self._actor, self.ctx.services.inventory, self._product.id
        return lambda: inventory.deduct(actor, product_id, units, reason)
