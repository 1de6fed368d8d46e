"""The dialogs of shifts and cash (issue 13): the drawer counted by denomination (opening
float, blind close), a paid-in or paid-out, a reason (No sale, a void), and the X or Z
report of a shift.

Every one checks what it can before sending (a count that is not a whole number of a note
is refused under that note's field) and shows the service's refusals in place; nothing
is written until the service accepts the whole of it. The close is blind: nothing here
shows what the drawer should hold before the close is recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.money import format_money, to_cents
from pos_app.services.records import ManagerOverride
from pos_app.services.shift_records import REASON_MAX, ShiftReport, count_problem
from pos_app.ui.context import AppContext
from pos_app.ui.dialogs import FormDialog, ManagerFields
from pos_app.ui.forms import named
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, tr, translate
from pos_app.ui.money_format import input_money
from pos_app.ui.receipts import over_short_text
from pos_app.ui.table_model import Column, RecordTableModel
from pos_app.ui.widgets import latin_digits, record_table

#: How a report names each way of paying.
METHOD_NAMES = {
    "cash": QT_TRANSLATE_NOOP("ShiftDialogs", "Cash"),
    "card": QT_TRANSLATE_NOOP("ShiftDialogs", "Card"),
    "wallet": QT_TRANSLATE_NOOP("ShiftDialogs", "Store credit"),
}


def count_field_name(denomination: Decimal) -> str:
    """The form's name of a denomination's field (and its object name): count_2000."""
    return f"count_{to_cents(denomination)}"


class CountDialog(FormDialog):
    """The drawer counted by denomination, largest note first, with the running total of
    what was typed (never what the drawer should hold). ``act(count, card_total)`` runs
    on the write lane once every field is a whole number; Enter sends it."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        intro: str,
        denominations: Sequence[Decimal],
        act: Callable[[dict[str, str], str | None], Any],
        parent: QWidget | None = None,
        *,
        ok_text: str = "OK",
        card_total: bool = False,
    ) -> None:
        super().__init__(ctx, title, parent)
        self._act = act
        text = named(QLabel(intro), "countIntro")
        text.setWordWrap(True)
        self.box.insertWidget(0, text)
        self.fields: dict[Decimal, QLineEdit] = {}
        for denomination in sorted(denominations, reverse=True):
            name = count_field_name(denomination)
            field = named(QLineEdit(), name)
            latin_digits(field)
            field.setPlaceholderText("0")
            field.setAlignment(Qt.AlignmentFlag.AlignRight)
            field.textChanged.connect(self._show_total)
            self.form.add(name, f"{format_money(denomination)} ×", field)
            self.fields[denomination] = field
        self.card: QLineEdit | None = None
        if card_total:
            self.card = named(QLineEdit(), "cardTotal")
            latin_digits(self.card)
            self.card.setPlaceholderText(self.tr("Optional: the card terminal's total"))
            self.form.add("card_total", self.tr("Card &terminal total"), self.card)
        self.total = named(QLabel(), "countTotal")
        self.total.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.box.insertWidget(self.box.count() - 1, self.total)
        self.ok_button.setText(ok_text)
        self._show_total()

    def _show_total(self) -> None:
        total = Decimal("0.00")
        for denomination, field in self.fields.items():
            text = field.text().strip()
            if count_problem(denomination, text) is None:
                total += denomination * int(Decimal(text or "0"))
        self.total.setText(self.tr("Counted: {0}").format(format_money(total)))

    def count(self) -> dict[str, str] | None:
        """The count as the service takes it, or None after saying which field is wrong."""
        counted: dict[str, str] = {}
        first_wrong = True
        for denomination, field in self.fields.items():
            text = field.text().strip()
            problem = count_problem(denomination, text)
            if problem is not None:
                if first_wrong:
                    self.form.show_error(problem, count_field_name(denomination))
                    first_wrong = False
                else:
                    error = self.form.error_label(count_field_name(denomination))
                    error.setText(problem)
                    error.show()
            elif text:
                counted[str(denomination)] = text
        return counted if first_wrong else None

    def work(self) -> Callable[[], Any] | None:
        counted = self.count()
        if counted is None:
            return None
        card = self.card.text().strip() if self.card is not None else None
        act = self._act
        return lambda: act(counted, card or None)


class CashMovementDialog(FormDialog):
    """A paid-in or paid-out: how much and why. ``act(amount, reason)`` runs on the write
    lane; the service refuses a wrong amount or an empty reason under its field."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        intro: str,
        act: Callable[[str, str], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, title, parent)
        self.setObjectName("cashMovementDialog")
        self._act = act
        text = QLabel(intro)
        text.setWordWrap(True)
        self.box.insertWidget(0, text)
        self.amount = named(QLineEdit(), "movementAmount")
        latin_digits(self.amount)
        self.amount.setPlaceholderText(self.tr("e.g. {0}").format(input_money(Decimal(20))))
        self.reason = named(QLineEdit(), "movementReason")
        self.form.add("amount", self.tr("&Amount"), self.amount)
        self.form.add("reason", self.tr("&Reason"), self.reason, limit=REASON_MAX)
        self.ok_button.setText(self.tr("&Record"))

    def work(self) -> Callable[[], Any] | None:
        amount, reason, act = self.amount.text().strip(), self.reason.text(), self._act
        return lambda: act(amount, reason)


class ReasonDialog(FormDialog):
    """Why (No sale, a void), and, when the person may do it only with a manager's
    authorisation, the manager's username and password on the same form.
    ``act(reason, override)`` runs on the write lane."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        intro: str,
        act: Callable[[str, ManagerOverride | None], Any],
        parent: QWidget | None = None,
        *,
        ok_text: str = "OK",
        needs_manager: bool = False,
    ) -> None:
        super().__init__(ctx, title, parent)
        self.setObjectName("reasonDialog")
        self._act = act
        text = named(QLabel(intro), "reasonIntro")
        text.setWordWrap(True)
        self.box.insertWidget(0, text)
        self.reason = named(QLineEdit(), "reason")
        self.form.add("reason", self.tr("&Reason"), self.reason, limit=REASON_MAX)
        self.manager = ManagerFields(self.form) if needs_manager else None
        self.ok_button.setText(ok_text)

    def work(self) -> Callable[[], Any] | None:
        reason, act = self.reason.text(), self._act
        if not reason.strip():  # said here: a manager's password is not sent for nothing
            self.form.show_error(self.tr("Reason is required"), "reason")
            return None
        override = self.manager.take() if self.manager is not None else None
        return lambda: act(reason, override)


Figure = tuple[str, object]
Method = tuple[str, Decimal, Decimal | None, Decimal | None]


def report_figures(report: ShiftReport) -> list[Figure]:
    """The rows of a shift's figures table: what happened in it."""
    rows: list[Figure] = [
        (tr("Opening float"), report.opening_float),
        (tr("Sales"), report.sales),
        (tr("Voided sales"), report.voids),
        (tr("Refunds"), report.refunds),
        (tr("No sale (drawer opened)"), report.no_sales),
        (tr("Cash sales"), report.cash_sales),
        (tr("Card sales"), report.card_sales),
        (tr("Store credit sales"), report.wallet_sales),
        (tr("Cash refunds"), report.cash_refunds),
        (tr("Card refunds"), report.card_refunds),
        (tr("Store credit refunds"), report.wallet_refunds),
        (tr("Cash top-ups"), report.cash_top_ups),
        (tr("Card top-ups"), report.card_top_ups),
        (tr("Paid in"), report.paid_in),
        (tr("Paid out"), report.paid_out),
    ]
    return rows


def shift_heading(report: ShiftReport) -> str:
    """Whose shift, where, from when to when, and who approved its close."""
    opened = report.opened_at.astimezone().strftime("%Y-%m-%d %H:%M")
    text = tr("Shift {0} at {1}: opened {2} by {3}")
    text = text.format(report.id, report.counter, opened, report.opened_by)
    if report.closed_at is not None:
        closed = report.closed_at.astimezone().strftime("%Y-%m-%d %H:%M")
        text += tr(", closed {0} by {1}").format(closed, report.closed_by or "?")
    if report.approved_by:
        text += tr(", approved by {0}").format(report.approved_by)
    return text


class ShiftReportDialog(QDialog):
    """A shift's X report (open: expected so far) or Z report (closed: counted against
    expected per method, and over or short). Read-only; Enter or Esc closes it."""

    def __init__(self, report: ShiftReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        closed = report.closed_at is not None
        self.setObjectName("shiftReportDialog")
        self.setWindowTitle(
            self.tr("{0} report: shift {1}").format("Z" if closed else "X", report.id)
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(560, 640)
        layout = QVBoxLayout(self)
        heading = named(QLabel(shift_heading(report)), "shiftHeading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if not closed:
            layout.addWidget(QLabel(self.tr("X report: the shift is open; nothing was changed.")))
        self.outcome = named(QLabel(), "overShort")
        self.outcome.setStyleSheet("font-size: 16pt; font-weight: bold;")
        if closed:
            difference = report.over_short
            self.outcome.setText(
                self.tr("Cash: {0}").format(over_short_text(difference) or self.tr("not counted"))
            )
            layout.addWidget(self.outcome)
        methods: RecordTableModel[Method] = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Method"), lambda m: m[0]),
                Column(QT_TRANSLATE_NOOP("Columns", "Expected"), lambda m: m[1], numeric=True),
                Column(QT_TRANSLATE_NOOP("Columns", "Counted"), lambda m: m[2], numeric=True),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Over / short"), lambda m: over_short_text(m[3])
                ),
            ],
            self,
        )
        methods.set_rows(
            [
                (
                    translate("ShiftDialogs", METHOD_NAMES.get(m.method, m.method)),
                    m.expected,
                    m.counted,
                    m.difference,
                )
                for m in report.methods
            ]
        )
        self.methods = record_table(methods, "shiftMethods", self, stretch=0, tab_leaves=True)
        self.methods.setMaximumHeight(140)
        for column in (1, 2, 3):  # "Over / short" was cut to "Over / shor" at 560 px
            self.methods.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        layout.addWidget(self.methods)
        figures: RecordTableModel[Figure] = RecordTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "What"), lambda f: f[0]),
                Column(QT_TRANSLATE_NOOP("Columns", "Amount"), lambda f: f[1], numeric=True),
            ],
            self,
        )
        figures.set_rows(report_figures(report))
        self.figures = record_table(figures, "shiftFigures", self, stretch=0, tab_leaves=True)
        layout.addWidget(self.figures, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeReport")
        buttons.rejected.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        """Nothing to type: the cursor starts on Close, so Enter (or Esc) closes."""
        super().showEvent(event)
        self.close_button.setDefault(True)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)


WAITING_ONE = QT_TRANSLATE_NOOP(
    "ShiftActions",
    "1 sale made offline has not reached the server: it will not count in this shift.",
)
WAITING_MANY = QT_TRANSLATE_NOOP(
    "ShiftActions",
    "{0} sales made offline have not reached the server: they will not count in this shift.",
)


def waiting_text(count: int) -> str:
    """The warning of a close while sales made offline here are still to be sent."""
    if count == 1:
        return translate("ShiftActions", WAITING_ONE)
    return translate("ShiftActions", WAITING_MANY).format(count)
