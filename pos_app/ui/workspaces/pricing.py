"""Pricing (managers): the tax rates and which is the store's default, a category's rate,
the store's pricing settings, and the promotions, by keyboard.

A rate is never deleted nor its percent changed (a sale keeps the rate it was sold at):
a new percent is a new rate, and the old one is retired. Tax changes write no table the
change feed names, but each is audited (promotions too): an audit change reads the page
again, in place (the settings only while nobody is editing them)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import Any

import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pos_app.services.changes import PRICING, PRODUCTS
from pos_app.services.records import Actor, ProductCategory
from pos_app.services.taxes import PricingSettings, TaxRateRecord
from pos_app.ui.context import AppContext
from pos_app.ui.dialogs import FormDialog
from pos_app.ui.dispose import dispose_when_closed
from pos_app.ui.forms import named
from pos_app.ui.i18n import key_hint
from pos_app.ui.pricing.promotions_panel import PromotionsPanel
from pos_app.ui.pricing.settings_panel import PricingSettingsPanel, settings_summary
from pos_app.ui.pricing.tax_dialogs import (
    AddRateDialog,
    CategoryRateDialog,
    percent_text,
    rate_columns,
)
from pos_app.ui.table_model import RecordTableModel
from pos_app.ui.widgets import current_record, record_table, select_row
from pos_app.ui.workspaces.base import Workspace

Read = tuple[tuple[TaxRateRecord, ...], PricingSettings, tuple[ProductCategory, ...]]


def section_title(text: str, buddy: QWidget | None = None) -> QLabel:
    """A bold heading over a part of the page; with ``buddy``, its letter (Alt+it) goes
    there."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


class PricingWorkspace(Workspace):
    title = "Pricing"
    #: Rates, settings and promotions; products for the names a promotion covers.
    topics = frozenset({PRICING, PRODUCTS})

    def __init__(self, ctx: AppContext, actor: Actor) -> None:
        super().__init__(ctx, actor)
        #: The store's default rate, categories and settings as last read.
        self.default_id: int | None = None
        self.categories: tuple[ProductCategory, ...] = ()
        self._select_rate: int | None = None
        top = QWidget(self)
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._build_rates(), 1)
        row.addSpacing(16)
        row.addWidget(self._build_settings(), 1)
        self.promotions = PromotionsPanel(ctx, actor, self)
        self.promotions.said.connect(self.say)
        self.promotions.failed.connect(self.report)
        parts = QSplitter(Qt.Orientation.Vertical, self)
        parts.setChildrenCollapsible(False)
        parts.addWidget(top)
        parts.addWidget(self.promotions)
        parts.setSizes([330, 270])
        self.root.addWidget(parts, 1)
        self.finish_layout()
        self._selection_changed()

    # -- construction --------------------------------------------------------------------
    def _action(
        self, row: QHBoxLayout, text: str, name: str, keys: str, tip: str, slot: Callable[[], None]
    ) -> QPushButton:
        """A button in ``row``; ``keys`` (in its tooltip) do the same at once, from anywhere
        on the page."""
        button = named(QPushButton(text), name)
        button.setToolTip(key_hint(tip, keys))
        button.clicked.connect(slot)
        self.add_shortcut(keys, slot)
        row.addWidget(button)
        return button

    def _build_rates(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rates_model: RecordTableModel[TaxRateRecord] = RecordTableModel(
            rate_columns(lambda: self.default_id), self
        )
        self.rates_table = record_table(self.rates_model, "taxRatesTable", stretch=0, fit=True)
        self.rates_table.setTabKeyNavigation(False)
        layout.addWidget(section_title(self.tr("Tax &rates"), self.rates_table))
        buttons = QHBoxLayout()
        self.add_rate_button = self._action(
            buttons,
            self.tr("&Add rate…"),
            "addTaxRate",
            "Ctrl+N",
            self.tr("Add a tax rate"),
            self.add_rate,
        )
        self.default_button = self._action(
            buttons,
            self.tr("Make &default"),
            "makeDefaultRate",
            "Ctrl+D",
            self.tr("Make the selected rate the store's default"),
            self.make_default,
        )
        self.toggle_button = self._action(
            buttons,
            self.tr("Re&tire"),
            "toggleTaxRate",
            "Ctrl+Shift+R",
            self.tr("Retire the selected rate, or bring it back"),
            self.toggle_rate,
        )
        self.category_button = self._action(
            buttons,
            self.tr("&Category's rate…"),
            "categoryTaxRate",
            "Ctrl+Shift+C",
            self.tr("Choose the rate of a category's products"),
            self.set_category_rate,
        )
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.rates_table, 1)
        self.rates_table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.rates_model.modelReset.connect(self._selection_changed)
        self.rates_model.layoutChanged.connect(self._selection_changed)
        return box

    def _build_settings(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.settings_panel = PricingSettingsPanel(self.ctx, self.actor, box)
        self.settings_panel.saved.connect(self._settings_saved)
        self.settings_panel.failed.connect(self.report)
        self.add_shortcut("Ctrl+S", self.settings_panel.save)
        layout.addWidget(section_title(self.tr("Store pricing settings")))
        # Its rows scroll (the view follows the focus) rather than make the window taller
        # or wider than a 1366 x 768 screen.
        scroller = QScrollArea(box)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(self.settings_panel)
        layout.addWidget(scroller, 1)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # a mnemonic (Alt+K) focuses a row out of view too
            follow = _follow_focus(self.settings_panel, scroller)
            app.focusChanged.connect(follow)
            # The application outlives the page: let go of it when the page goes.
            scroller.destroyed.connect(lambda *_: _disconnect(app.focusChanged, follow))
        return box

    # -- reading -------------------------------------------------------------------------
    def load(self) -> None:
        self.rates_table.setFocus()  # arrows pick a rate, then the page's keys act on it
        self._read(keep_edits=False)
        self.promotions.load()

    def refresh_in_place(self, topics: frozenset[str]) -> None:
        self._read(keep_edits=True)
        self.promotions.load()

    def _read(self, *, keep_edits: bool) -> None:
        taxes, inventory, actor = self.ctx.services.taxes, self.ctx.services.inventory, self.actor

        def read() -> Read:
            rates = tuple(taxes.rates(actor, include_retired=True))
            return rates, taxes.settings(actor), tuple(inventory.categories(actor))

        self.ctx.tasks.read(read, lambda got: self._show(got, keep_edits), self.report)

    def _show(self, got: Read, keep_edits: bool) -> None:
        rates, settings, categories = got
        self.default_id = settings.default_tax_rate_id
        self.categories = categories
        self.promotions.categories = categories
        self.rates_model.update_rows(rates)
        wanted = self._select_rate
        self._select_rate = None
        ids = [rate.id for rate in rates]
        if wanted in ids:
            select_row(self.rates_table, ids.index(wanted))
        elif not self.rates_table.currentIndex().isValid() and ids:
            select_row(self.rates_table, 0)
        if not rates and not self.message.text():
            self.say(self.tr("No tax rates yet: Ctrl+N adds one"))
        self.settings_panel.show_settings(settings, keep_edits=keep_edits)
        self._selection_changed()

    def selected_rate(self) -> TaxRateRecord | None:
        rate: TaxRateRecord | None = current_record(self.rates_table)
        return rate

    def _selection_changed(self, *_: object) -> None:
        rate = self.selected_rate()
        self.default_button.setEnabled(rate is not None and rate.active)
        self.toggle_button.setEnabled(rate is not None)
        retired = rate is not None and not rate.active
        self.toggle_button.setText(self.tr("Reac&tivate") if retired else self.tr("Re&tire"))

    # -- tax rates -----------------------------------------------------------------------
    def _open(self, dialog: FormDialog) -> None:
        dispose_when_closed(dialog, dialog.ok_button)
        dialog.open()

    def add_rate(self) -> None:
        dialog = AddRateDialog(self.ctx, self.actor, self)
        dialog.accepted.connect(lambda: self._rate_added(dialog.result_record))
        self._open(dialog)

    def _rate_added(self, rate: TaxRateRecord) -> None:
        what = self.tr("exempt") if rate.exempt else percent_text(rate.percent)
        self.say(self.tr("Added the tax rate {0} ({1})").format(rate.name, what))
        self._reread(rate.id)

    def make_default(self) -> None:
        rate = self.selected_rate()
        if rate is None:
            return
        if rate.id == self.default_id:
            self.say(self.tr("{0} is already the store's default rate").format(rate.name))
            return
        taxes, actor = self.ctx.services.taxes, self.actor
        self.ctx.tasks.write(
            lambda: taxes.update_settings(actor, {"default_tax_rate_id": rate.id}),
            lambda _settings: self._rate_changed(
                rate.id,
                self.tr(
                    "{0} is now the store's default rate: products without a rate of "
                    "their own or of their category are taxed at it"
                ).format(rate.name),
            ),
            self.report,
            disable=[self.default_button],
        )

    def toggle_rate(self) -> None:
        rate = self.selected_rate()
        if rate is None:
            return
        taxes, actor, wanted = self.ctx.services.taxes, self.actor, not rate.active
        done = (
            self.tr("Reactivated {0}").format(rate.name)
            if wanted
            else self.tr("Retired {0}: products that have it keep it until given another").format(
                rate.name
            )
        )
        self.ctx.tasks.write(
            lambda: taxes.set_rate_active(actor, rate.id, wanted),
            lambda _rate: self._rate_changed(rate.id, done),
            self.report,
            disable=[self.toggle_button],
        )

    def set_category_rate(self) -> None:
        if not self.categories:
            self.say(self.tr("There are no categories yet: add them in Inventory"))
            return
        rates = self.rates_model.rows()
        default = next((r for r in rates if r.id == self.default_id), None)
        dialog = CategoryRateDialog(self.ctx, self.actor, self.categories, rates, default, self)
        dialog.accepted.connect(lambda: self._category_rate_set(dialog))
        self._open(dialog)

    def _category_rate_set(self, dialog: CategoryRateDialog) -> None:
        category, rate = dialog.chosen()
        self.say(
            self.tr("{0}: its products without a rate of their own are taxed at {1}").format(
                category, rate
            )
        )

    def _rate_changed(self, rate_id: int, text: str) -> None:
        self.say(text)
        self._reread(rate_id)

    def _reread(self, rate_id: int) -> None:
        self._select_rate = rate_id
        self._read(keep_edits=True)

    # -- settings ------------------------------------------------------------------------
    def _settings_saved(self, settings: PricingSettings) -> None:
        self.say(self.tr("Pricing settings saved. {0}").format(settings_summary(settings)))


def _follow_focus(panel: QWidget, scroller: QScrollArea) -> Callable[[Any, Any], None]:
    """Scroll ``scroller`` up or down to the row of ``panel`` that takes the focus, the
    labels staying in sight at the left edge. A plain function, not the page's method:
    the application may still call it while the page is being deleted."""

    def follow(_old: QWidget | None, new: QWidget | None) -> None:
        alive = shiboken6.isValid(panel) and shiboken6.isValid(scroller)
        if not alive or new is None or not shiboken6.isValid(new):
            return
        if panel.isAncestorOf(new):
            middle = new.mapTo(panel, QPoint(0, new.height() // 2)).y()
            scroller.ensureVisible(0, middle, 0, new.height() // 2 + 8)

    return follow


def _disconnect(signal: Any, slot: Any) -> None:
    with suppress(RuntimeError, TypeError):  # gone already
        signal.disconnect(slot)
