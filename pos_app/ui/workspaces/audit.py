"""Audit (admin): the trail of who did what, when, at which counter and with what outcome;
filters by user, action, dates and record, refusals marked, CSV export."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from pos_app.domain.enums import AuditAction, AuditOutcome
from pos_app.domain.errors import ValidationError
from pos_app.services import Services
from pos_app.services.changes import AUDIT
from pos_app.services.records import Actor, AuditRecord, Page
from pos_app.ui.context import AppContext
from pos_app.ui.csv_export import EXPORT_PAGE, spreadsheet_safe, write_paged_csv
from pos_app.ui.forms import named
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from pos_app.ui.table_model import Column, Index, PagedLoader, RecordTableModel
from pos_app.ui.values import value_text
from pos_app.ui.widgets import (
    current_record,
    date_edit,
    keep_in_order,
    local_midnight,
    record_table,
    save_csv_dialog,
    to_date,
)
from pos_app.ui.workspaces.base import Workspace

#: Text colour of refused and failed rows: they are what an audit is read for.
REFUSED_COLOUR = QColor("#b00020")
#: Where the generic "sign_in" -> "Sign in" reads badly.
ACTION_LABELS = {
    AuditAction.SIGN_IN: QT_TRANSLATE_NOOP("Audit", "Sign-in"),
    AuditAction.SIGN_OUT: QT_TRANSLATE_NOOP("Audit", "Sign-out"),
    AuditAction.SIGN_IN_FAILED: QT_TRANSLATE_NOOP("Audit", "Sign-in failed"),
    AuditAction.WALLET_TOP_UP: QT_TRANSLATE_NOOP("Audit", "Wallet top-up"),
}
CSV_HEADER = ["time", "user", "action", "outcome", "counter", "record", "detail"]


def action_label(action: AuditAction) -> str:
    """An action as the trail names it, in the installed language ("Sign-in", "Sale")."""
    if action in ACTION_LABELS:
        return translate("Audit", ACTION_LABELS[action])
    words = value_text(action)
    return words[:1].upper() + words[1:]


def record_ref(entry: AuditRecord) -> str:
    """ "type:id" as the record filter takes it; just the type when there is no id."""
    if not entry.record_type:
        return ""
    return f"{entry.record_type}:{entry.record_id}" if entry.record_id else entry.record_type


def local_time(entry: AuditRecord) -> str:
    return entry.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


AUDIT_COLUMNS: list[Column[AuditRecord]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Time"), local_time),
    Column(QT_TRANSLATE_NOOP("Columns", "User"), lambda e: e.actor_username or "(unknown)"),
    Column(QT_TRANSLATE_NOOP("Columns", "Action"), lambda e: action_label(e.action)),
    Column(QT_TRANSLATE_NOOP("Columns", "Outcome"), lambda e: value_text(e.outcome)),
    Column(QT_TRANSLATE_NOOP("Columns", "Counter"), lambda e: e.counter),
    Column(QT_TRANSLATE_NOOP("Columns", "Record"), record_ref),
    Column(QT_TRANSLATE_NOOP("Columns", "Detail"), lambda e: e.detail),
]


class AuditTableModel(RecordTableModel[AuditRecord]):
    """Audit rows; a refused or failed one reads in red."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if not index.isValid() or not 0 <= index.row() < self.rowCount():
                return None
            if self.record(index.row()).outcome is not AuditOutcome.OK:
                return QBrush(REFUSED_COLOUR)
            return None
        return super().data(index, role)


class FilterBar(QWidget):
    """The filter fields. Enter in any of them (text, list, date) submits: each of those
    leaves Return to its parent, so one handler here covers them all.

    Signals: submitted(): Enter was pressed in a filter.
    """

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)


@dataclass(frozen=True)
class AuditFilter:
    """The filters in force; ``first``/``last`` are None when every date is wanted."""

    username: str = ""
    action: AuditAction | None = None
    record_ref: str = ""
    first: date | None = None
    last: date | None = None

    def fetch(self, services: Services, actor: Actor) -> Callable[..., Page[AuditRecord]]:
        """``fetch(offset, limit, after=None)`` for these filters; runs on a worker."""
        since = None if self.first is None else local_midnight(self.first)
        until = None if self.last is None else local_midnight(self.last + timedelta(days=1))

        def fetch(offset: int, limit: int, after: object = None) -> Page[AuditRecord]:
            return services.audit.search(
                actor,
                username=self.username,
                action=self.action,
                record_ref=self.record_ref,
                since=since,
                until=until,
                offset=offset,
                limit=limit,
                after=after,
            )

        return fetch


def audit_csv_row(entry: AuditRecord) -> list[str]:
    """One export row; what people typed (names, counter, details) is spreadsheet-safe."""
    return [
        entry.created_at.astimezone().isoformat(timespec="seconds"),
        spreadsheet_safe(entry.actor_username),
        entry.action.value,
        entry.outcome.value,
        spreadsheet_safe(entry.counter),
        spreadsheet_safe(record_ref(entry)),
        spreadsheet_safe(entry.detail),
    ]


def write_audit_csv(path: str, fetch: Callable[[int, int], Page[AuditRecord]]) -> int:
    """Every row ``fetch`` pages out, to ``path``; returns how many. Runs on a worker."""
    return write_paged_csv(path, CSV_HEADER, fetch, audit_csv_row, EXPORT_PAGE)


class AuditWorkspace(Workspace):
    title = "Audit"
    topics = frozenset({AUDIT})

    def __init__(self, ctx: AppContext, actor: Actor) -> None:
        super().__init__(ctx, actor)
        self.filter = AuditFilter()
        self._export_dialog: QFileDialog | None = None

        self.refresh_button = self.add_toolbar_button(
            self.tr("&Refresh"), "refreshAudit", "F5", self.tr("Load the trail again"), self.refresh
        )
        self.export_button = self.add_toolbar_button(
            self.tr("&Export CSV…"),
            "exportAudit",
            "Ctrl+Shift+E",
            self.tr("Export the rows the filters match to CSV"),
            self.choose_export_file,
        )
        self.add_shortcut("Ctrl+F", self.focus_filters)

        self.filters = named(FilterBar(), "auditFilters")
        self._build_filters(self.filters)
        self.model = AuditTableModel(AUDIT_COLUMNS, self)
        # The last column, the detail, takes the spare width.
        self.table = record_table(self.model, "auditTable")
        self.table.setWordWrap(False)
        self.loader: PagedLoader[AuditRecord] = PagedLoader(
            self.model, ctx.tasks, self._load_failed
        )
        self.loader.loaded.connect(self._loaded)
        self.loader.refreshed.connect(self._count_shown)
        self.count = named(QLabel(), "auditCount")
        self.detail = named(QLabel(), "auditDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Room for the heading and a line of detail, so the table does not jump per row.
        self.detail.setMinimumHeight(2 * self.detail.fontMetrics().lineSpacing())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.model.modelReset.connect(self._show_detail)

        self.root.addWidget(self.filters)
        self.root.addWidget(self.table, 1)
        self.root.addWidget(self.count)
        self.root.addWidget(self.detail)
        self.finish_layout()
        chain: list[QWidget] = [
            self.user,
            self.action_filter,
            self.use_dates,
            self.first_date,
            self.last_date,
            self.record,
            self.apply_button,
            self.clear_button,
            self.table,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self._show_detail()

    # -- construction --------------------------------------------------------------------
    def _build_filters(self, holder: FilterBar) -> None:
        today = date.today()
        self.user = named(QLineEdit(), "userFilter")
        self.user.setPlaceholderText(self.tr("exact username"))
        self.user.setToolTip(self.tr("Only what this user did; Enter applies (Ctrl+F)"))
        self.user.setClearButtonEnabled(True)
        self.action_filter = named(QComboBox(), "actionFilter")
        self.action_filter.addItem(self.tr("All actions"), None)
        for action in AuditAction:
            self.action_filter.addItem(action_label(action), action.value)
        self.use_dates = named(QCheckBox(self.tr("&Dates from")), "dateFilter")
        self.use_dates.setToolTip(self.tr("Only rows between these two days, both included"))
        self.first_date = date_edit("firstDate", today - timedelta(days=6))
        self.last_date = date_edit("lastDate", today)
        keep_in_order(self.first_date, self.last_date)
        self.record = named(QLineEdit(), "recordFilter")
        self.record.setPlaceholderText(self.tr("type:id, e.g. sale:… or account:12"))
        self.record.setToolTip(self.tr("A record type (sale, account, product, review) or type:id"))
        self.record.setClearButtonEnabled(True)
        self.apply_button = named(QPushButton(self.tr("&Apply")), "applyFilters")
        self.apply_button.setToolTip(self.tr("Apply the filters (Enter in any filter)"))
        self.clear_button = named(QPushButton(self.tr("C&lear")), "clearFilters")
        self.clear_button.setToolTip(self.tr("Show the whole trail"))
        for button in (self.apply_button, self.clear_button):
            button.setAutoDefault(True)  # Enter on a focused button presses it

        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (text, widget) in enumerate(
            [
                (self.tr("&User"), self.user),
                (self.tr("Actio&n"), self.action_filter),
                (self.tr("Re&cord"), self.record),
            ]
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column * 2)
            grid.addWidget(widget, 0, column * 2 + 1)
        until = QLabel(self.tr("t&o"))
        until.setBuddy(self.last_date)
        grid.addWidget(self.use_dates, 1, 0)
        grid.addWidget(self.first_date, 1, 1)
        grid.addWidget(until, 1, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.last_date, 1, 3)
        grid.addWidget(self.apply_button, 0, 6)
        grid.addWidget(self.clear_button, 1, 6)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)

        holder.submitted.connect(self.apply_filters)
        self.apply_button.clicked.connect(self.apply_filters)
        self.clear_button.clicked.connect(self.clear_filters)
        self.action_filter.activated.connect(self.apply_filters)
        self.use_dates.toggled.connect(self._dates_toggled)
        self._dates_toggled(False)

    # -- filters -------------------------------------------------------------------------
    def _dates_toggled(self, on: bool) -> None:
        self.first_date.setEnabled(on)
        self.last_date.setEnabled(on)

    def focus_filters(self) -> None:
        self.user.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.user.selectAll()

    def typed_filter(self) -> AuditFilter:
        """The filters as the widgets show them now."""
        dates = self.use_dates.isChecked()
        action = self.action_filter.currentData()  # the value: Qt keeps plain strings
        return AuditFilter(
            username=self.user.text().strip(),
            action=AuditAction(action) if action else None,
            record_ref=self.record.text().strip(),
            first=to_date(self.first_date.date()) if dates else None,
            last=to_date(self.last_date.date()) if dates else None,
        )

    def apply_filters(self) -> None:
        self.filter = self.typed_filter()
        self.say("")
        self.loader.reload(self.filter.fetch(self.ctx.services, self.actor), keyed=True)

    def clear_filters(self) -> None:
        self.user.clear()
        self.record.clear()
        self.action_filter.setCurrentIndex(0)
        self.use_dates.setChecked(False)
        self.apply_filters()

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        self.apply_filters()

    def refresh(self) -> None:
        """The filters in force, loaded again (what is typed but not applied waits)."""
        self.say("")
        self.loader.reload(self.filter.fetch(self.ctx.services, self.actor), keyed=True)

    def _loaded(self, total: int) -> None:
        self._count_shown(total)
        self.table.resizeColumnsToContents()

    def _count_shown(self, total: int) -> None:
        self.count.setText(
            self.tr("1 entry matches the filters")
            if total == 1
            else self.tr("{0:,} entries match the filters").format(total)
        )

    def _load_failed(self, exc: Exception) -> None:
        # A refused or invalid query leaves nothing on show that it did not match.
        self.model.set_rows([])
        self.count.clear()
        self.report(exc)
        if isinstance(exc, ValidationError):
            field = {
                "username": self.user,
                "record": self.record,
                "action": self.action_filter,
            }.get(exc.field or "")
            if field is not None:
                field.setFocus()

    # -- the selected row ----------------------------------------------------------------
    def selected(self) -> AuditRecord | None:
        entry: AuditRecord | None = current_record(self.table)
        return entry

    def _show_detail(self) -> None:
        entry = self.selected()
        if entry is None:
            self.detail.setText(self.tr("Select a row to read it in full."))
            return
        who = entry.actor_username or self.tr("(unknown user)")
        if entry.counter:
            who = self.tr("{0} at {1}").format(who, entry.counter)
        parts = [
            f"{local_time(entry)} · {who}",
            f"{action_label(entry.action)}: {value_text(entry.outcome)}",
        ]
        if record_ref(entry):
            parts.append(record_ref(entry))
        text = " · ".join(parts)
        self.detail.setText(f"{text}\n{entry.detail}" if entry.detail else text)

    # -- export --------------------------------------------------------------------------
    def choose_export_file(self) -> None:
        if not self.export_button.isEnabled():
            return
        self._export_dialog = save_csv_dialog(
            self,
            self.tr("Export the audit trail"),
            f"audit-{date.today().isoformat()}.csv",
            self.export_csv,
        )

    def export_csv(self, path: str) -> None:
        """Write the rows the filters in force match (every page, not only those loaded)."""
        fetch = self.filter.fetch(self.ctx.services, self.actor)
        self.export_in_background(
            self.export_button,
            lambda: write_audit_csv(path, fetch),
            lambda count: (
                self.tr("Exported 1 row to {0}").format(path)
                if count == 1
                else self.tr("Exported {0:,} rows to {1}").format(count, path)
            ),
        )
