"""The Shifts tab of Sales (managers; issue 13): the Z report of the filters' period built
from the shifts closed in it. One row a shift (counter, who opened it, when it opened and
closed, the float, cash, card and store-credit sales, refunds, paid in and out, cash
expected against counted, over or short, who approved the close), then a total row; a
counter filter (every counter, or one of those the period's shifts were at); printed or
saved as PDF like the end-of-day Z report.

The period's shifts are read store-wide once (``ShiftService.closed``), so the counter
list is the counters they were at; choosing a counter narrows what was read.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.services.records import Actor
from pos_app.services.shift_records import ShiftsTotal
from pos_app.ui.context import AppContext
from pos_app.ui.document_dialog import DocumentDialog
from pos_app.ui.forms import named
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from pos_app.ui.receipts import over_short_text, shifts_report_html
from pos_app.ui.sales.shift_rows import ShiftRow, shift_row, total_row
from pos_app.ui.table_model import Column, RecordTableModel
from pos_app.ui.widgets import record_table

ALL_COUNTERS = QT_TRANSLATE_NOOP("ShiftsReport", "All counters")


COLUMNS: list[Column[ShiftRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Counter"), lambda r: r.counter),
    Column(QT_TRANSLATE_NOOP("Columns", "Opened by"), lambda r: r.opened_by),
    Column(QT_TRANSLATE_NOOP("Columns", "Opened"), lambda r: r.opened_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Closed"), lambda r: r.closed_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Float"), lambda r: r.opening_float, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Cash sales"), lambda r: r.cash_sales, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Card sales"), lambda r: r.card_sales, numeric=True),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Store credit sales"), lambda r: r.wallet_sales, numeric=True
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Refunds"), lambda r: r.refunds, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Paid in"), lambda r: r.paid_in, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Paid out"), lambda r: r.paid_out, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Cash expected"), lambda r: r.expected_cash, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Cash counted"), lambda r: r.counted_cash, numeric=True),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Over / short"),
        lambda r: over_short_text(r.over_short),
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Approved by"), lambda r: r.approved_by),
]


def narrowed(total: ShiftsTotal, counter: str) -> ShiftsTotal:
    """``total`` (store-wide) cut down to one counter's shifts ("" all of them)."""
    if not counter:
        return total
    shifts = tuple(s for s in total.shifts if s.counter == counter)
    return ShiftsTotal(counter, total.since, total.until, shifts)


def summary_text(total: ShiftsTotal) -> str:
    """E.g. "2 shifts closed in the whole store from 2026-05-01 to 2026-05-07; ..." (the
    period's last whole day: it runs to the midnight after it)."""
    first = total.since.astimezone().strftime("%Y-%m-%d")
    last = (total.until.astimezone() - timedelta(seconds=1)).strftime("%Y-%m-%d")
    where = (
        translate("ShiftsReport", "at counter {0}").format(total.counter)
        if total.counter
        else translate("ShiftsReport", "in the whole store")
    )
    count = len(total.shifts)
    if not count:
        text = translate("ShiftsReport", "No shift was closed {0} from {1} to {2}.")
        return text.format(where, first, last)
    if count == 1:
        text = translate("ShiftsReport", "1 shift closed {0} from {1} to {2}.")
    else:
        text = translate(
            "ShiftsReport", "{3} shifts closed {0} from {1} to {2}; the last row adds them up."
        )
    return text.format(where, first, last, count)


class ShiftsReport(QWidget):
    """Shifts closed in the period, per counter or store-wide, with a total row."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self._generation = 0
        self._read: ShiftsTotal | None = None
        self.shown: ShiftsTotal | None = None

        self.counter = named(QComboBox(), "shiftCounter")
        self.counter.addItem(self.tr(ALL_COUNTERS), "")
        self.counter.setToolTip(self.tr("The shifts of every counter, or of one"))
        counter_label = QLabel(self.tr("Cou&nter"))
        counter_label.setBuddy(self.counter)
        self.print_button = named(QPushButton(self.tr("Pr&int or save as PDF…")), "printShifts")
        self.print_button.setToolTip(
            self.tr("This report as a document: print it or save it as PDF")
        )
        self.print_button.setEnabled(False)
        self.summary = named(QLabel(), "shiftsSummary")
        self.summary.setWordWrap(True)
        self.model: RecordTableModel[ShiftRow] = RecordTableModel(COLUMNS, self)
        self.table = record_table(self.model, "shiftsTable", stretch=0, fit=True)
        self.message = named(QLabel(), "shiftsMessage")
        self.message.setProperty("class", "fieldError")
        self.message.setWordWrap(True)
        self.message.hide()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Shifts closed</b> in the period (the dates above)")))
        top.addStretch(1)
        top.addWidget(counter_label)
        top.addWidget(self.counter)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        QWidget.setTabOrder(self.counter, self.print_button)
        QWidget.setTabOrder(self.print_button, self.table)

        self.counter.currentIndexChanged.connect(lambda _i: self._show())
        self.print_button.clicked.connect(self.show_document)

    def load(self, since: datetime, until: datetime) -> None:
        """Read the shifts closed in [since, until) on a worker; the newest read wins."""
        self._generation += 1
        generation = self._generation
        services, actor = self.ctx.services, self.actor

        def done(total: ShiftsTotal) -> None:
            if generation == self._generation:
                self._loaded(total)

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self.ctx.errors.report(exc, label=self.message)

        self.ctx.tasks.read(lambda: services.shifts.closed(actor, since, until), done, failed)

    def _loaded(self, total: ShiftsTotal) -> None:
        self.message.hide()
        self._read = total
        chosen = self.counter.currentData() or ""
        counters = sorted({s.counter for s in total.shifts} | ({chosen} if chosen else set()))
        self.counter.blockSignals(True)
        self.counter.clear()
        self.counter.addItem(self.tr(ALL_COUNTERS), "")
        for name in counters:
            self.counter.addItem(name, name)
        self.counter.setCurrentIndex(max(self.counter.findData(chosen), 0))
        self.counter.blockSignals(False)
        self._show()

    def _show(self) -> None:
        if self._read is None:
            return
        shown = narrowed(self._read, self.counter.currentData() or "")
        self.shown = shown
        rows = [shift_row(s) for s in shown.shifts]
        self.model.set_rows([*rows, total_row(shown)] if rows else [])
        self.table.resizeColumnsToContents()
        self.summary.setText(summary_text(shown))
        self.print_button.setEnabled(True)

    def show_document(self) -> DocumentDialog | None:
        """The report as shown (its counter) as a document: preview, print, PDF."""
        if self.shown is None:
            return None
        where = self.shown.counter or self.tr("whole store")
        dialog = DocumentDialog(
            self.tr("Z report of shifts: {0}").format(where),
            shifts_report_html(self.shown, self.ctx.settings),
            self,
        )
        dialog.open()
        return dialog
