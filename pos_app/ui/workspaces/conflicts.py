"""Conflicts (managers, issue 15): what an outage made the server accept without settling
it. Each offline sale that arrived flagged (it took stock below zero, or was charged
another price than the shelf's now) and each sale number that came again with other
content, open ones first, in words; "Resolve…" (Ctrl+R, or Enter on a row) asks for a
note and records it with an audit row."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from pos_app.domain.money import format_money
from pos_app.services.changes import AUDIT, SALES
from pos_app.services.offline_conflicts import NOTE_MAX, IssueKind, OfflineIssue
from pos_app.services.permissions import Op, allowed
from pos_app.services.records import Actor
from pos_app.ui import outbox_transfer
from pos_app.ui.context import AppContext
from pos_app.ui.dialogs import FormDialog
from pos_app.ui.forms import named
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, ltr, translate
from pos_app.ui.table_model import Column, RecordTableModel, display
from pos_app.ui.widgets import select_row
from pos_app.ui.workspaces.base import Workspace

RESOLVE_KEYS = "Ctrl+R"
#: The widest the "What happened" column starts (px): the other columns stay in sight.
WHAT_WIDTH_MAX = 400
WHAT_COLUMN = 2


def status_text(issue: OfflineIssue) -> str:
    if issue.resolved:
        return translate("Conflicts", "Resolved")
    return translate("Conflicts", "Open")


def what_happened(issue: OfflineIssue) -> str:
    """What the outage did, in a manager's words (one sentence per thing)."""
    if issue.kind is IssueKind.REFUSED or (
        issue.kind is IssueKind.CONFLICT and issue.sale_id is None
    ):
        return translate(
            "Conflicts",
            "Sale {0} was refused by the server when it was sent ({1}): nothing of it is on "
            "the server, though the customer paid for it.",
        ).format(ltr(issue.counter_number), issue.reason)
    if issue.kind is IssueKind.CONFLICT:
        kept = (
            translate("Conflicts", "the server keeps sale #{0} as it first arrived").format(
                issue.sale_id
            )
            if issue.sale_id is not None
            else translate("Conflicts", "the server keeps the sale as it first arrived")
        )
        return translate(
            "Conflicts", "Sale {0} was sent again with other content: {1}. Check the two."
        ).format(ltr(issue.counter_number), kept)
    said: list[str] = []
    if issue.oversold:
        products = ", ".join(
            translate("Conflicts", "{0} (now {1})").format(name, ltr(str(after)))
            for name, after in issue.below_zero
        )
        said.append(
            translate(
                "Conflicts", "Sold offline with too little stock left: {0} went below zero."
            ).format(products or translate("Conflicts", "a product"))
        )
    for line in issue.prices:
        said.append(
            translate(
                "Conflicts", "{0} was charged {1}; its shelf price is now {2}. The sale keeps {1}."
            ).format(line.product, ltr(format_money(line.charged)), ltr(format_money(line.now)))
        )
    if issue.price_changed and not issue.prices:
        said.append(
            translate(
                "Conflicts",
                "A price changed while the counter was offline; the sale "
                "keeps what the counter charged.",
            )
        )
    return " ".join(said)


def reached(issue: OfflineIssue) -> object:
    """When it reached the server; nothing for a sale the server refused."""
    return None if issue.kind is IssueKind.REFUSED else issue.received_at


CONFLICT_COLUMNS: list[Column[OfflineIssue]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), status_text),
    Column(QT_TRANSLATE_NOOP("Columns", "Sale number"), lambda i: i.counter_number),
    Column(QT_TRANSLATE_NOOP("Columns", "What happened"), what_happened),
    Column(QT_TRANSLATE_NOOP("Columns", "Reached the server"), reached),
    Column(QT_TRANSLATE_NOOP("Columns", "Cashier"), lambda i: i.cashier),
    Column(QT_TRANSLATE_NOOP("Columns", "Total"), lambda i: i.total, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Resolved by"), lambda i: i.resolved_by),
    Column(QT_TRANSLATE_NOOP("Columns", "Note"), lambda i: i.note),
]


def open_text(issues: list[OfflineIssue]) -> str:
    waiting = sum(not i.resolved for i in issues)
    if not issues:
        return translate("Conflicts", "Nothing to look at: no offline sale arrived flagged")
    if waiting == 1:
        return translate("Conflicts", "1 open, {0} in all").format(len(issues))
    return translate("Conflicts", "{0} open, {1} in all").format(waiting, len(issues))


class ResolveDialog(FormDialog):
    """A note saying what was done (required); OK records it with an audit row."""

    def __init__(
        self,
        ctx: AppContext,
        issue: OfflineIssue,
        act: Callable[[str], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            ctx, translate("Conflicts", "Resolve {0}").format(issue.counter_number), parent
        )
        self.setObjectName("resolveDialog")
        self._act = act
        intro = named(QLabel(what_happened(issue)), "resolveIntro")
        intro.setWordWrap(True)
        self.box.insertWidget(0, intro)
        self.note = named(QLineEdit(), "resolutionNote")
        self.note.setPlaceholderText(
            translate("Conflicts", "What was done: counted the shelf, refunded the difference…")
        )
        self.form.add("note", translate("Conflicts", "&Note"), self.note, limit=NOTE_MAX)
        self.ok_button.setText(translate("Conflicts", "&Resolve"))

    def work(self) -> Callable[[], Any] | None:
        note, act = self.note.text(), self._act
        if not note.strip():
            self.form.show_error(translate("Conflicts", "Write what was done first"), "note")
            return None
        return lambda: act(note)


class ConflictsWorkspace(Workspace):
    title = "Conflicts"
    topics = frozenset({SALES, AUDIT})

    def __init__(self, ctx: AppContext, actor: Actor) -> None:
        super().__init__(ctx, actor)
        self.can_resolve = allowed(actor.role, Op.OFFLINE_RESOLVE)
        self.resolve_button = self.add_toolbar_button(
            self.tr("&Resolve…"),
            "resolveIssue",
            RESOLVE_KEYS,
            self.tr("Write what was done about the selected row"),
            self.resolve,
        )
        self.add_toolbar_button(
            self.tr("Refres&h"), "refreshConflicts", "F5", self.tr("Load the list again"), self.load
        )
        for text, name, keys, tip, dialog in outbox_transfer.ACTIONS:  # the last resort
            self.add_toolbar_button(text(), name, keys, tip(), partial(self.transfer, dialog))
        self.count_label = named(QLabel(), "conflictCount")
        self.root.addWidget(self.count_label)
        self.model: RecordTableModel[OfflineIssue] = RecordTableModel(CONFLICT_COLUMNS, self)
        self.table = named(QTableView(self), "conflictsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.root.addWidget(self.table, 1)
        for keys in ("Return", "Enter"):  # Enter on a row resolves it
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.resolve)
        self.detail = named(QPlainTextEdit(), "conflictDetail")
        self.detail.setReadOnly(True)
        self.detail.setMaximumHeight(120)
        self.root.addWidget(self.detail)
        self.finish_layout()
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self._selection_changed()

    def activated(self) -> None:
        super().activated()
        self.table.setFocus()  # arrows pick a row, Enter resolves it

    # -- reading -------------------------------------------------------------------------
    def load(self) -> None:
        conflicts, actor = self.ctx.services.conflicts, self.actor
        self.ctx.tasks.read(lambda: conflicts.issues(actor), self._loaded, self.report)

    def refresh_in_place(self, topics: frozenset[str]) -> None:
        self.load()

    def _loaded(
        self, issues: list[OfflineIssue], keep: tuple[IssueKind, int] | None = None
    ) -> None:
        current = self.selected()
        keep = keep or ((current.kind, current.subject_id) if current is not None else None)
        self.model.set_rows(issues, len(issues))
        self.count_label.setText(open_text(issues))
        self.table.resizeColumnsToContents()
        # The words may be long: the row shows their start, the pane below all of them.
        what = self.table.columnWidth(WHAT_COLUMN)
        self.table.setColumnWidth(WHAT_COLUMN, min(what, WHAT_WIDTH_MAX))
        row = next(
            (n for n, i in enumerate(issues) if keep and (i.kind, i.subject_id) == keep),
            0,
        )
        if issues:
            select_row(self.table, row)
        self._selection_changed()

    def selected(self) -> OfflineIssue | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.record(index.row())

    def _selection_changed(self, *_: object) -> None:
        issue = self.selected()
        self.resolve_button.setEnabled(
            self.can_resolve and issue is not None and not issue.resolved
        )
        if issue is None:
            self.detail.clear()
            return
        lines = [what_happened(issue)]
        if issue.kind is IssueKind.REFUSED and issue.sold_at is not None:
            lines.append(
                translate(
                    "Conflicts", "Sold at {0} at this counter; only this counter has it."
                ).format(display(issue.sold_at))
            )
        elif issue.sold_at is not None:
            lines.append(
                translate("Conflicts", "Sold at {0} by {1}; reached the server at {2}.").format(
                    display(issue.sold_at), issue.cashier, display(issue.received_at)
                )
            )
        if issue.resolved:
            lines.append(
                translate("Conflicts", "Resolved by {0} at {1}: {2}").format(
                    issue.resolved_by, display(issue.resolved_at), issue.note
                )
            )
        self.detail.setPlainText("\n".join(lines))

    # -- resolving -----------------------------------------------------------------------
    def resolve(self) -> None:
        issue = self.selected()
        if issue is None or not self.resolve_button.isEnabled():
            return
        conflicts, actor = self.ctx.services.conflicts, self.actor
        dialog = ResolveDialog(
            self.ctx,
            issue,
            lambda note: conflicts.resolve(actor, issue.kind, issue.subject_id, note),
            self,
        )
        dialog.accepted.connect(lambda: self._resolved(dialog.result_record))
        dialog.finished.connect(lambda _code: self.table.setFocus())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _resolved(self, issue: OfflineIssue) -> None:
        self.say(
            translate("Conflicts", "{0} resolved: {1}").format(issue.counter_number, issue.note)
        )
        self.load_then_keep((issue.kind, issue.subject_id))

    def transfer(self, dialog: outbox_transfer.Opener) -> None:
        """Export or import waiting sales; what was done is said, and the list reloaded."""
        outbox_transfer.open_dialog(dialog(self.ctx, self.actor, self), self._moved, self.table)

    def _moved(self, text: str) -> None:
        self.say(text)
        self.load()

    def load_then_keep(self, keep: tuple[IssueKind, int]) -> None:
        conflicts, actor = self.ctx.services.conflicts, self.actor
        self.ctx.tasks.read(
            lambda: conflicts.issues(actor), lambda got: self._loaded(got, keep), self.report
        )
