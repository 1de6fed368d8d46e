"""The promotions as a manager reads them (what each takes off, its days, what it covers,
whether it runs), with adding one and retiring or bringing one back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.errors import NotFoundError
from pos_app.domain.money import format_money
from pos_app.domain.pricing import PromotionKind
from pos_app.services.promotions import PromotionRecord
from pos_app.services.records import Actor, ProductCategory
from pos_app.ui.context import AppContext
from pos_app.ui.dialogs import ask_first
from pos_app.ui.dispose import dispose_when_closed
from pos_app.ui.forms import named
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, key_hint, ltr, tr, translate
from pos_app.ui.pricing.promotion_dialog import PromotionDialog
from pos_app.ui.pricing.tax_dialogs import percent_text
from pos_app.ui.table_model import Column, RecordTableModel
from pos_app.ui.widgets import current_record, record_table, select_row

#: Products named in the Covers column; the rest are counted.
NAMED_PRODUCTS = 3
Read = tuple[tuple[PromotionRecord, ...], dict[int, str]]


def what_it_takes_off(p: PromotionRecord) -> str:
    """ "3 for 5.00", "Buy 2 get 1 free", "Buy 2 get 1 at 50% off", "20% off"."""
    if p.kind is PromotionKind.MULTI_BUY:
        return tr("{0} for {1}").format(p.quantity, format_money(p.price))
    if p.kind is PromotionKind.BUY_X_GET_Y:
        if p.percent == 100:
            return tr("Buy {0} get {1} free").format(p.quantity, p.free_quantity)
        text = tr("Buy {0} get {1} at {2} off")
        return text.format(p.quantity, p.free_quantity, percent_text(p.percent))
    return tr("{0} off").format(percent_text(p.percent))


def period(p: PromotionRecord) -> str:
    """First and last day on this computer's clock (a promotion ends at the start of the
    day after its last)."""
    first = p.starts_at.astimezone().date()
    last = (p.ends_at.astimezone() - timedelta(microseconds=1)).date()
    if last <= first:
        return ltr(first.isoformat())
    return translate("PromotionsPanel", "{0} to {1}").format(
        ltr(first.isoformat()), ltr(last.isoformat())
    )


def state(p: PromotionRecord, now: datetime | None = None) -> str:
    """Whether the promotion runs, in the counter's language (a promotion: feminine in
    French)."""
    at = now or datetime.now().astimezone()
    if not p.active:
        return translate("PromotionsPanel", "retired")
    if p.ends_at <= at:
        return translate("PromotionsPanel", "ended")
    if p.starts_at > at:
        starts = ltr(p.starts_at.astimezone().date().isoformat())
        return translate("PromotionsPanel", "from {0}").format(starts)
    return translate("PromotionsPanel", "running")


class PromotionsPanel(QWidget):
    """Signals: said(str): a change to tell the person; failed(object): an exception."""

    said = Signal(str)
    failed = Signal(object)

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._actor = actor
        #: Names of the products the Covers column shows, by id, as last read.
        self._names: dict[int, str] = {}
        self.categories: Sequence[ProductCategory] = ()
        self._select_id: int | None = None
        self.model: RecordTableModel[PromotionRecord] = RecordTableModel(self._columns(), self)
        self.table = record_table(self.model, "promotionsTable", stretch=3, fit=True)
        self.table.setTabKeyNavigation(False)
        title = QLabel(self.tr("Pro&motions"))
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        title.setBuddy(self.table)
        buttons = QHBoxLayout()
        self.add_button = self._action(
            buttons,
            self.tr("Add promot&ion…"),
            "addPromotion",
            "Ctrl+Shift+N",
            self.tr("Add a promotion"),
        )
        self.add_button.clicked.connect(self.add)
        self.toggle_button = self._action(
            buttons,
            self.tr("R&etire promotion"),
            "togglePromotion",
            "Ctrl+Shift+P",
            self.tr(
                "Retire the selected promotion (the counters stop applying it), or bring it back"
            ),
        )
        self.toggle_button.clicked.connect(self.toggle)
        self.show_ended = named(
            QCheckBox(self.tr("Sho&w ended and retired")), "showEndedPromotions"
        )
        self.show_ended.toggled.connect(lambda _on: self.load())
        buttons.addWidget(self.show_ended)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.model.layoutChanged.connect(self._selection_changed)
        self._selection_changed()

    def _columns(self) -> list[Column[PromotionRecord]]:
        return [
            Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda p: p.name),
            Column(QT_TRANSLATE_NOOP("Columns", "Takes off"), what_it_takes_off),
            Column(QT_TRANSLATE_NOOP("Columns", "Days"), period),
            Column(QT_TRANSLATE_NOOP("Columns", "Covers"), self.covers),
            Column(QT_TRANSLATE_NOOP("Columns", "State"), state),
        ]

    def _action(self, row: QHBoxLayout, text: str, name: str, keys: str, tip: str) -> QPushButton:
        """A button whose ``keys`` (in its tooltip) press it at once from anywhere on the
        page."""
        button = named(QPushButton(text), name)
        button.setToolTip(key_hint(tip, keys))
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.activated.connect(button.click)
        row.addWidget(button)
        return button

    def covers(self, p: PromotionRecord) -> str:
        if p.kind is PromotionKind.CATEGORY_PERCENT:
            return self.tr("category {0}").format(p.category)
        names = [self._names.get(pid, f"#{pid}") for pid in p.product_ids[:NAMED_PRODUCTS]]
        more = len(p.product_ids) - len(names)
        listed = ", ".join(names)
        return self.tr("{0} and {1} more").format(listed, more) if more > 0 else listed

    # -- reading -------------------------------------------------------------------------
    def load(self) -> None:
        """Read the promotions again; the selected one stays selected."""
        promotions, inventory, actor = (
            self.ctx.services.promotions,
            self.ctx.services.inventory,
            self._actor,
        )
        everything = self.show_ended.isChecked()

        def read() -> Read:
            found = tuple(promotions.list(actor, include_ended=everything))
            names: dict[int, str] = {}
            for promotion in found:
                for pid in promotion.product_ids[:NAMED_PRODUCTS]:
                    if pid not in names:
                        try:
                            names[pid] = inventory.get(actor, pid).name
                        except NotFoundError:
                            names[pid] = f"#{pid}"
            return found, names

        self.ctx.tasks.read(read, self._show, self.failed.emit)

    def _show(self, got: Read) -> None:
        found, self._names = got
        self.model.update_rows(found)
        wanted = self._select_id
        self._select_id = None
        ids = [p.id for p in found]
        if wanted in ids:
            select_row(self.table, ids.index(wanted))
        elif not self.table.currentIndex().isValid() and ids:
            select_row(self.table, 0)
        self._selection_changed()

    def selected(self) -> PromotionRecord | None:
        promotion: PromotionRecord | None = current_record(self.table)
        return promotion

    def _selection_changed(self, *_: object) -> None:
        promotion = self.selected()
        self.toggle_button.setEnabled(promotion is not None)
        retired = promotion is not None and not promotion.active
        self.toggle_button.setText(
            self.tr("Reactivat&e promotion") if retired else self.tr("R&etire promotion")
        )

    # -- changes -------------------------------------------------------------------------
    def add(self) -> None:
        """The dialog; once it closes, the keys are back in the table, on the promotion
        just added (or the one that was selected)."""
        dialog = PromotionDialog(self.ctx, self._actor, self.categories, self)
        dialog.accepted.connect(lambda: self._added(dialog.result_record))
        dialog.finished.connect(lambda _code: self.table.setFocus())
        dispose_when_closed(dialog, dialog.ok_button)
        dialog.open()

    def _added(self, promotion: PromotionRecord) -> None:
        added = self.tr("Added the promotion {0}: {1}, {2}")
        self.said.emit(
            added.format(promotion.name, what_it_takes_off(promotion), period(promotion))
        )
        self._select_id = promotion.id
        self.load()

    def toggle(self) -> None:
        """Retiring stops every counter applying the promotion at once: asked first, No by
        default. Bringing one back is not asked."""
        promotion = self.selected()
        if promotion is None:
            return
        if not promotion.active:
            self._set_active(promotion)
            return

        def answered(yes: bool) -> None:
            self.table.setFocus()
            if yes:
                self._set_active(promotion)

        ask_first(
            self,
            self.tr("Retire the promotion"),
            self.tr("Retire the promotion {0}? The counters stop applying it.").format(
                promotion.name
            ),
            "confirmRetirePromotion",
            answered,
        )

    def _set_active(self, promotion: PromotionRecord) -> None:
        promotions, actor, wanted = self.ctx.services.promotions, self._actor, not promotion.active

        def done(fresh: PromotionRecord) -> None:
            if fresh.active:
                said = self.tr("Reactivated the promotion {0}").format(fresh.name)
            elif self.show_ended.isChecked():
                said = self.tr("Retired the promotion {0}").format(fresh.name)
            else:
                said = self.tr("Retired the promotion {0} (Alt+W shows it)").format(fresh.name)
            self.said.emit(said)
            self._select_id = fresh.id
            self.load()

        self.ctx.tasks.write(
            lambda: promotions.set_active(actor, promotion.id, wanted),
            done,
            self.failed.emit,
            disable=[self.toggle_button],
        )
