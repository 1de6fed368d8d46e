"""End of day: the Z report of the open business day, and closing it."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.errors import ConflictError, DatabaseUnavailableError, ValidationError
from pos_app.domain.money import format_money, parse_money
from pos_app.services.records import Actor, ZReport
from pos_app.ui.checkout.day_float import read_day_float
from pos_app.ui.context import AppContext
from pos_app.ui.document_dialog import DocumentDialog
from pos_app.ui.forms import InlineForm, named
from pos_app.ui.i18n import day_text, ltr
from pos_app.ui.money_format import input_money
from pos_app.ui.receipts import day_closed_text, open_day_text, save_pdf, z_report_html
from pos_app.ui.service_messages import error_text
from pos_app.ui.widgets import confirm, date_edit, latin_digits, local_midnight


def _warning_line(layout: QVBoxLayout, name: str) -> QLabel:
    """A bold red line, hidden until it has something to say."""
    label = named(QLabel(), name)
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: bold; color: #b91c1c;")
    label.hide()
    layout.addWidget(label)
    return label


class EndOfDayDialog(QDialog):
    """End of day: the open business day's Z report (since the previous closing), for this
    counter or the whole store, and closing it with the counted cash, after a
    confirmation. A past calendar day's figures can be previewed too. What it says at the
    top is always which business day the sales count for now (see EndOfDayService)."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.report: ZReport | None = None
        #: Previews sent so far: only the answer to the last one is shown.
        self._asked = 0
        self.setObjectName("endOfDayDialog")
        self.setWindowTitle(self.tr("End of day"))
        self.resize(520, 640)
        layout = QVBoxLayout(self)
        self.status = named(QLabel(), "dayStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        #: Sales made offline at this counter that have not reached the server.
        self.waiting = 0
        self.waiting_label = _warning_line(layout, "offlineWaiting")
        self.form = InlineForm(self)
        self.counted = named(QLineEdit(), "countedCash")
        self.opening = named(QLineEdit(input_money(Decimal(0))), "openingFloat")
        latin_digits(self.counted, self.opening)
        self.scope = named(QComboBox(), "scope")
        self.scope.addItem(
            self.tr("This counter ({0})").format(ctx.settings.counter_name),
            ctx.settings.counter_name,
        )
        self.scope.addItem(self.tr("Whole store"), "")
        self.day = date_edit("day", date.today())  # yyyy-MM-dd, typed as it reads
        self.day.setToolTip(
            self.tr("Today: the open business day; another date: that calendar day")
        )
        self.form.add("counted_cash", self.tr("&Counted cash"), self.counted)
        self.form.add("opening_float", self.tr("&Opening float"), self.opening)
        self.form.add("counter", self.tr("&For"), self.scope)
        self.form.add("day", self.tr("Da&y"), self.day)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.form.form_error)
        self.view = QTextBrowser(self)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.preview_button = named(QPushButton(self.tr("&Preview")), "previewZ")
        self.close_button = named(QPushButton(self.tr("C&lose the day…")), "closeDay")
        self.pdf_button = named(QPushButton(self.tr("Save as P&DF…")), "zPdf")
        self.print_button = named(QPushButton(self.tr("P&rint…")), "zPrint")
        for button in (self.preview_button, self.close_button, self.pdf_button, self.print_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.preview_button.setDefault(True)  # Enter in a field previews; closing asks first
        self.preview_button.clicked.connect(self.preview)
        self.close_button.clicked.connect(self.ask_to_close)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.print_button.clicked.connect(self._print)
        self.scope.currentIndexChanged.connect(lambda _index: self.preview())
        self.day.dateChanged.connect(self._day_changed)
        self.counted.setFocus()
        self.preview()
        ctx.tasks.read(ctx.services.offline.waiting_count, self._waiting, self._failed)

    def _waiting(self, count: int) -> None:
        self.waiting = count
        if count == 1:
            said = self.tr(
                "1 sale made offline at this counter has not reached the server: it counts "
                "for the day it arrives in, and closing now is recorded with it waiting."
            )
        else:
            said = self.tr(
                "{0} sales made offline at this counter have not reached the server: they "
                "count for the day they arrive in, and closing now is recorded with them "
                "waiting."
            ).format(count)
        self.waiting_label.setText(said)
        self.waiting_label.setVisible(count > 0)

    def _today(self) -> bool:
        return self.day.date() == QDate.currentDate()

    def _day_changed(self) -> None:
        self.close_button.setEnabled(self._today())  # only the open day can be closed
        self.preview()

    def preview(self) -> None:
        self.form.clear()
        counter, opening = str(self.scope.currentData()), self.opening.text()
        if self.counted.text().strip():  # not in the report, but a slip is said at once
            try:
                parse_money(
                    self.counted.text(), field="counted_cash", label=self.tr("Counted cash")
                )
            except ValidationError as exc:
                self.form.show_error(exc)
                return
        services, actor = self.ctx.services, self.actor
        self._asked += 1
        asked = self._asked

        def show(report: ZReport) -> None:
            if asked == self._asked:  # a later preview (or a closing) has the last word
                self._show(report)

        if self._today():
            self.ctx.tasks.read(
                lambda: services.end_of_day.open_day(actor, counter=counter, opening_float=opening),
                show,
                self._failed,
            )
            return
        day = self.day.date().toPython()
        assert isinstance(day, date)
        since, until = local_midnight(day), local_midnight(day + timedelta(days=1))
        self.ctx.tasks.read(
            lambda: services.end_of_day.z_report(
                actor, since, until, counter=counter, opening_float=opening
            ),
            show,
            self._failed,
        )

    def ask_to_close(self) -> None:
        """Closing cannot be undone, and there is one a day: ask first."""
        self.form.clear()
        counter, opening, counted = (
            str(self.scope.currentData()),
            self.opening.text(),
            self.counted.text(),
        )
        try:
            counted_amount = parse_money(
                counted, field="counted_cash", label=self.tr("Counted cash")
            )
            parse_money(opening, field="opening_float", label=self.tr("Opening float"))
        except ValidationError as exc:
            self.form.show_error(exc)
            return
        report = self.report
        counter = str(self.scope.currentData() or "")
        # In the sentence, not the list's own words ("for This counter (Counter 1)?").
        where = self.tr("counter {0}").format(counter) if counter else self.tr("the whole store")
        text = self.tr("Close the business day for {0}? There is one closing a day.")
        text = text.format(where)
        if report is not None and report.business_day is not None:
            difference = counted_amount - report.expected_cash
            # The figures each on a line of their own: an amount wrapped at the end of a
            # line of Arabic prose lost its order ("$" on one line, "64.11-" on the next).
            text = self.tr(
                "Close the business day {0} for {1}?\n\n"
                "Counted cash: {2}\nExpected so far: {3}\nDifference: {4}\n\n"
                "There is one closing a day; it cannot be undone, and what is sold after "
                "it counts for the next day."
            ).format(
                day_text(report.business_day),
                where,
                ltr(format_money(counted_amount)),
                ltr(format_money(report.expected_cash)),
                ltr(format_money(difference)),
            )
        if self.waiting:
            text = f"{self.waiting_label.text()}\n\n{text}"
        confirm(
            self,
            self.tr("Close the day"),
            text,
            self.tr("&Close the day"),
            lambda: self._close(counter, opening, counted),
        )

    def _close(self, counter: str, opening: str, counted: str) -> None:
        services, actor = self.ctx.services, self.actor
        self._asked += 1  # no preview sent before this may replace what the closing says
        self.ctx.tasks.write(
            lambda: services.end_of_day.close_day(
                actor,
                counter=counter,
                opening_float=opening,
                counted_cash=counted,
                offline_waiting=services.offline.waiting_count(),
            ),
            self._show,
            self._failed,
            disable=[self.close_button],
        )

    def _show(self, report: ZReport) -> None:
        self.report = report
        if report.closed_at is not None:
            self.status.setText(day_closed_text(report))
            self.status.setStyleSheet("font-weight: bold; color: #15803d;")
            self.close_button.setEnabled(False)  # one closing a day: this was it
            self.counted.setFocus()  # the Close button it was on was disabled meanwhile
        elif report.business_day is not None:
            self._fill_float(report)
            closed_today = report.previous is not None and (
                report.previous.business_day >= date.today()
            )
            text = open_day_text(report)
            if closed_today:  # said now, not after the manager has counted and confirmed
                text += " " + self.tr("Today is closed already: the next closing is tomorrow.")
            self.status.setText(text)
            self.status.setStyleSheet("")
            self.close_button.setEnabled(self._today() and not closed_today)
        else:
            since = report.since.astimezone().strftime("%Y-%m-%d")
            self.status.setText(
                self.tr("Calendar day {0} (a preview; closing is for today)").format(since)
            )
            self.status.setStyleSheet("")
        self.view.setHtml(z_report_html(report, self.ctx.settings))

    def _fill_float(self, report: ZReport) -> None:
        """Until the manager types an opening float, it is the day's shifts' own."""
        if self.opening.isModified():
            return
        services, actor, here = self.ctx.services, self.actor, self.ctx.settings.counter_name
        counter, since = report.counter, report.since

        def filled(amount: Decimal | None) -> None:
            if amount is None or self.opening.isModified():
                return
            text = input_money(amount)
            self.opening.setToolTip(self.tr("The float the day's first shift counted"))
            if text != self.opening.text():
                self.opening.setText(text)
                self.preview()

        self.ctx.tasks.read(
            lambda: read_day_float(services, actor, counter, here, since), filled, self._failed
        )

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, DatabaseUnavailableError):
            self.form.show_error(
                self.tr(
                    "Closing the day needs the server, and it cannot be reached: close once "
                    "it is back."
                )
            )
            self.counted.setFocus()
        elif isinstance(exc, ValidationError):
            self.form.show_error(exc)
        elif isinstance(exc, ConflictError):
            self.form.show_error(error_text(exc), "counted_cash")
        else:
            self.ctx.errors.report(exc, label=self.form.form_error)
            self.counted.setFocus()

    def save_pdf(self, path: Path) -> Path | None:
        if self.report is None:
            return None
        return save_pdf(z_report_html(self.report, self.ctx.settings), path)

    def _ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Z report"), "", self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path))

    def _print(self) -> None:
        if self.report is not None:
            DocumentDialog(
                self.tr("Z report"), z_report_html(self.report, self.ctx.settings), self
            ).print_document()
