"""Tax rates as a manager reads them, and the dialogs that add one or give a category one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from pos_app.services.records import Actor, ProductCategory
from pos_app.services.taxes import TaxRateRecord
from pos_app.ui.context import AppContext
from pos_app.ui.dialogs import FormDialog
from pos_app.ui.forms import named
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from pos_app.ui.table_model import Column
from pos_app.ui.widgets import latin_digits

#: The longest rate name the tax service takes (its column is 40 characters).
RATE_NAME_MAX = 40
#: For lupdate: a rate's state in the table, shown through ``translate``.
_STATES = (QT_TRANSLATE_NOOP("TaxDialogs", "active"), QT_TRANSLATE_NOOP("TaxDialogs", "retired"))


def percent_text(percent: Decimal) -> str:
    """ "20%", "5.5%", "8.875%": a rate as written on a shelf label, without padded zeros."""
    return f"{format(percent.normalize(), 'f')}%"


def rate_label(rate: TaxRateRecord) -> str:
    """A rate in a list of choices: its name, and its percent unless the name says it."""
    what = translate("TaxDialogs", "exempt") if rate.exempt else percent_text(rate.percent)
    return rate.name if what in rate.name else f"{rate.name} ({what})"


def rate_columns(default_id: Callable[[], int | None]) -> list[Column[TaxRateRecord]]:
    """The rates table's columns; ``default_id`` is the store's default rate as last read."""
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Percent"), lambda r: percent_text(r.percent), numeric=True
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Exempt"),
            lambda r: translate("TaxDialogs", "exempt") if r.exempt else "",
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "State"),
            lambda r: translate("TaxDialogs", "active" if r.active else "retired"),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Default"),
            lambda r: translate("TaxDialogs", "store default") if r.id == default_id() else "",
        ),
    ]


class AddRateDialog(FormDialog):
    """A new tax rate: a name, a percent (0 to 100), or exempt (no tax at all).

    A rate's percent never changes afterwards: a new percent is a new rate."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Add a tax rate"), parent)
        self._actor = actor
        self.name = named(QLineEdit(), "rateName")
        self.name.setPlaceholderText(self.tr("e.g. VAT 20%"))
        self.percent = named(QLineEdit(), "ratePercent")
        latin_digits(self.percent)
        self.percent.setPlaceholderText(self.tr("0 to 100, e.g. 20 or 5.5"))
        self.exempt = named(QCheckBox(self.tr("Exempt goods: no tax at all")), "rateExempt")
        self.form.add("name", self.tr("&Name"), self.name, limit=RATE_NAME_MAX)
        self.form.add("percent", self.tr("&Percent"), self.percent)
        self.form.add("exempt", self.tr("E&xempt"), self.exempt)

    def work(self) -> Callable[[], Any] | None:
        exempt = self.exempt.isChecked()
        percent = self.percent.text().strip()
        if exempt and not percent:
            percent = "0"
        name, actor, taxes = self.name.text(), self._actor, self.ctx.services.taxes
        return lambda: taxes.add_rate(actor, name, percent, exempt=exempt)


class CategoryRateDialog(FormDialog):
    """The rate of a category's products (those without a rate of their own), or the
    store's default rate again.

    Only active rates are offered: the service refuses a retired one."""

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        categories: Sequence[ProductCategory],
        rates: Sequence[TaxRateRecord],
        default: TaxRateRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("Tax rate of a category"), parent)
        self._actor = actor
        self.category = named(QComboBox(), "categoryChoice")
        for category in categories:
            label = category.name if category.active else f"{category.name} (retired)"
            self.category.addItem(label, category.name)
        self.rate = named(QComboBox(), "rateChoice")
        fallback = (
            self.tr("Store default ({0})").format(default.name)
            if default
            else self.tr("Store default (none)")
        )
        self.rate.addItem(fallback, None)
        for rate in rates:
            if rate.active:
                self.rate.addItem(rate_label(rate), rate.id)
        # "C" and "O" are Cancel's and OK's letters
        self.form.add("category", self.tr("Cate&gory"), self.category)
        self.form.add("rate_id", self.tr("&Rate"), self.rate)

    def chosen(self) -> tuple[str, str]:
        """(category, what its products are now taxed at), for the workspace to say."""
        return str(self.category.currentData()), self.rate.currentText()

    def work(self) -> Callable[[], Any] | None:
        category = self.category.currentData()
        if category is None:
            self.form.show_error(
                self.tr("There is no category yet: add one in Inventory"), "category"
            )
            return None
        rate_id: int | None = self.rate.currentData()
        actor, taxes = self._actor, self.ctx.services.taxes
        return lambda: taxes.set_category_rate(actor, str(category), rate_id)
