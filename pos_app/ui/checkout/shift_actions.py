"""Shifts and cash at the checkout (issue 13): the keys, the line that says whose shift is
open, and what each key does.

- Open a shift (``KEYS["open_shift"]``): the float counted by the store's denominations.
  A store that sells only in shifts offers it by itself when none is open here.
- Paid in / Paid out: an amount and a reason; once recorded the drawer opens.
- No sale: a reason; recorded, then the drawer opens (a customer never has the key).
- Close the shift: the blind count (and the card terminal's total); the Z report of the
  shift after it. A difference above the store's limit asks for a manager's password and
  the close is sent again with it.
- X report: the open shift's figures; a cashier needs a manager's password.
- Void the last sale (a cashier with a manager's password on the same form).

The drawer opens through the counter's printer (``paying.receipts``) only after the
service recorded why; a drawer that fails is said under the outcome, and what was
recorded stays recorded.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QBoxLayout, QLabel

from pos_app.domain.errors import ConflictError, DatabaseUnavailableError
from pos_app.domain.money import format_money, parse_money
from pos_app.services.permissions import Op, allowed, needs_override
from pos_app.services.records import ManagerOverride, Sale
from pos_app.services.shift_records import OpenShift, ShiftReport, ShiftSettings
from pos_app.ui.checkout.close_shift_dialog import CloseShiftDialog
from pos_app.ui.checkout.keys import KEYS, key_text
from pos_app.ui.checkout.shift_dialogs import (
    CashMovementDialog,
    CountDialog,
    ReasonDialog,
    ShiftReportDialog,
)
from pos_app.ui.dialogs import ManagerApprovalDialog
from pos_app.ui.forms import named
from pos_app.ui.i18n import translate
from pos_app.ui.receipts import over_short_text
from pos_app.ui.sales.void_sale import may_void, void_dialog

if TYPE_CHECKING:
    from pos_app.ui.workspaces.checkout import CheckoutWorkspace

log = logging.getLogger(__name__)

Close = Callable[[dict[str, str], str | None], ShiftReport]
Then = Callable[[OpenShift | None, ShiftSettings], None]


def no_shift_text() -> str:
    said = translate("ShiftActions", "No shift open at this counter: press {0} to open one")
    return said.format(key_text("open_shift"))


def shift_text(shift: OpenShift) -> str:
    since = shift.opened_at.astimezone().strftime("%H:%M")
    return translate("ShiftActions", "Shift open since {0} by {1}").format(since, shift.opened_by)


class ShiftActions(QObject):
    """The checkout's shift keys and its shift line (``label``, in the side column)."""

    def __init__(self, screen: CheckoutWorkspace) -> None:
        super().__init__(screen)
        self.screen = screen
        self.ctx, self.actor = screen.ctx, screen.actor
        self.counter = screen.counter
        self.shift: OpenShift | None = None
        self.required = False
        self._offered = False
        #: Why the drawer was asked to open, by us: said once it opened or failed.
        self._drawer_asked: set[str] = set()
        self.label = named(QLabel(), "shiftStatus")
        self.label.setWordWrap(True)
        side = screen.side.layout()
        if isinstance(side, QBoxLayout):  # at the top of the side column
            side.insertWidget(0, self.label)
        self.printer = printer = screen.paying.receipts
        printer.drawer_opened.connect(self._drawer_opened)
        printer.drawer_failed.connect(self._drawer_failed)
        screen.paying.sale_refused.connect(self.load)
        role = self.actor.role
        keys = [
            ("open_shift", self.open_shift),
            ("close_shift", self.close_shift),
            ("paid_in", self.paid_in),
            ("paid_out", self.paid_out),
            ("x_report", self.x_report),
        ]
        if allowed(role, Op.DRAWER_OPEN):
            keys.append(("no_sale", self.no_sale))
        if may_void(self.actor):
            keys.append(("void_last", self.void_last))
        if not allowed(role, Op.SHIFT_WORK):
            keys = []
        for name, slot in keys:
            screen.add_shortcut(KEYS[name], slot, Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- what is open here -----------------------------------------------------------------
    def load(self) -> None:
        """Read the shift open here and whether the store sells only in shifts; offer to
        open one (once) when it must and none is."""
        if not allowed(self.actor.role, Op.SHIFT_WORK):
            return
        services, actor, counter = self.ctx.services, self.actor, self.counter

        def read() -> tuple[bool, OpenShift | None]:
            required = services.taxes.settings(actor).shift_required
            return required, services.shifts.current(actor, counter)

        self.ctx.tasks.read(read, self._loaded, log.warning)

    def _loaded(self, answer: tuple[bool, OpenShift | None]) -> None:
        self.required, shift = answer
        self._show(shift)
        if shift is None and self.required:
            self.screen._flash(no_shift_text(), error=True)
            if not self._offered and self.screen.isVisible():
                self._offered = True  # once: not later, over whatever the person does then
                if self._untouched():
                    self.open_shift()

    def _untouched(self) -> bool:
        """Whether the counter is on screen as it opened: nothing typed, no line, no other
        dialog. The offer comes when the server answers; a trial typed a barcode straight
        after signing in and its digits went into the float's count."""
        screen = self.screen
        return (
            not screen.entry.text()
            and not screen.cart.rowCount()
            and QApplication.activeModalWidget() is None
        )

    def _show(self, shift: OpenShift | None) -> None:
        self.shift = shift
        if shift is not None:
            self.label.setText(shift_text(shift))
            self.label.setStyleSheet("color: #15803d; font-weight: bold;")
        else:
            self.label.setText(no_shift_text())
            self.label.setStyleSheet("color: #b91c1c; font-weight: bold;" if self.required else "")

    def _then(self, want_open: bool, action: str, go: Then) -> None:
        """Read the shift here afresh, then ``go(shift, settings)`` if it is (or is not)
        open as ``want_open`` says; else say why not on the screen's message line."""
        services, actor, counter = self.ctx.services, self.actor, self.counter

        def read() -> tuple[OpenShift | None, ShiftSettings]:
            return services.shifts.current(actor, counter), services.shifts.settings(actor)

        def answered(got: tuple[OpenShift | None, ShiftSettings]) -> None:
            shift, settings = got
            self._show(shift)
            if want_open and shift is None:
                said = translate("ShiftActions", "No shift is open at this counter: {0}").format(
                    action
                )
                self.screen._flash(said, error=True)
            elif not want_open and shift is not None:
                said = translate("ShiftActions", "A shift is already open at this counter ({0})")
                self.screen._flash(said.format(shift_text(shift)), True)
            else:
                go(shift, settings)

        self.ctx.tasks.read(read, answered, self.screen.report)

    # -- opening and closing ---------------------------------------------------------------
    def open_shift(self) -> None:
        self._then(False, "", self._ask_float)

    def _ask_float(self, _shift: OpenShift | None, settings: ShiftSettings) -> None:
        services, actor, counter = self.ctx.services, self.actor, self.counter
        dialog = CountDialog(
            self.ctx,
            translate("ShiftActions", "Open a shift"),
            translate(
                "ShiftActions", "Count the opening float in the drawer of {0}, by note and coin."
            ).format(counter),
            settings.denominations,
            lambda count, _card: services.shifts.open(actor, count, counter=counter),
            self.screen,
            ok_text=translate("ShiftActions", "&Open the shift"),
        )
        dialog.setObjectName("openShiftDialog")
        dialog.accepted.connect(lambda: self._opened(dialog.result_record))
        dialog.finished.connect(lambda _code: self.screen.entry.setFocus())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _opened(self, shift: OpenShift) -> None:
        self._show(shift)
        self.screen.say("")
        self.screen.outcome.show_outcome(
            translate("ShiftActions", "Shift opened: float {0}").format(
                format_money(shift.opening_float)
            ),
            "ok",
        )

    def close_call(self, override: ManagerOverride | None, waiting: int = 0) -> Close:
        """The close of this counter's shift, with ``override`` if a manager approved;
        ``waiting``: the sales this counter's outbox still holds."""
        services, actor, counter = self.ctx.services, self.actor, self.counter

        def close(count: dict[str, str], card: str | None) -> ShiftReport:
            return services.shifts.close(
                actor,
                count,
                card_total=card,
                counter=counter,
                override=override,
                offline_waiting=waiting,
            )

        return close

    def close_shift(self) -> None:
        """Read the shift, the settings and this counter's waiting offline sales; then
        the count. Without the server there is no closing: said so."""
        services, actor, counter = self.ctx.services, self.actor, self.counter

        def read() -> tuple[OpenShift | None, ShiftSettings, int]:
            waiting = services.offline.waiting_count()
            return services.shifts.current(actor, counter), services.shifts.settings(actor), waiting

        def answered(got: tuple[OpenShift | None, ShiftSettings, int]) -> None:
            shift, settings, waiting = got
            self._show(shift)
            if shift is None:
                said = translate("ShiftActions", "No shift is open at this counter: {0}")
                self.screen._flash(said.format(translate("ShiftActions", "nothing to close")), True)
            else:
                self._ask_count(settings, waiting)

        self.ctx.tasks.read(read, answered, self._close_failed)

    def _close_failed(self, exc: Exception) -> None:
        if isinstance(exc, DatabaseUnavailableError):
            self.screen._flash(
                translate(
                    "ShiftActions",
                    "Closing the shift needs the server, and it cannot be reached: keep "
                    "selling, and close once it is back.",
                ),
                error=True,
            )
            return
        self.screen.report(exc)

    def _ask_count(self, settings: ShiftSettings, waiting: int = 0) -> None:
        dialog = CloseShiftDialog(self, settings, waiting)
        dialog.accepted.connect(lambda: self._closed(dialog.result_record))
        dialog.rejected.connect(self.screen.entry.setFocus)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _closed(self, report: ShiftReport) -> None:
        self._show(None)
        self.screen.say("")
        self.screen.outcome.show_outcome(
            translate("ShiftActions", "Shift {0} closed: cash {1}").format(
                report.id, over_short_text(report.over_short)
            ),
            "ok",
        )
        self._show_report(report)

    # -- cash in and out of the drawer -----------------------------------------------------
    def paid_in(self) -> None:
        self._then(True, no_shift_text(), lambda *_: self._ask_movement(True))

    def paid_out(self) -> None:
        self._then(True, no_shift_text(), lambda *_: self._ask_movement(False))

    def _ask_movement(self, into: bool) -> None:
        services, actor, counter = self.ctx.services, self.actor, self.counter
        if into:
            title, intro = (
                translate("ShiftActions", "Paid in"),
                translate("ShiftActions", "Cash put into the drawer outside a sale, and why."),
            )
            act = services.shifts.paid_in
        else:
            title = translate("ShiftActions", "Paid out")
            intro = translate(
                "ShiftActions", "Cash taken out of the drawer outside a refund, and why."
            )
            act = services.shifts.paid_out
        dialog = CashMovementDialog(
            self.ctx,
            title,
            intro,
            lambda amount, reason: act(actor, amount, reason, counter=counter),
            self.screen,
        )
        dialog.accepted.connect(
            lambda: self._moved(title, dialog.amount.text().strip(), dialog.reason.text())
        )
        dialog.finished.connect(lambda _code: self.screen.entry.setFocus())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _moved(self, title: str, amount: str, reason: str) -> None:
        money = format_money(parse_money(amount))  # the service took it: it parses
        said = self.tr("{0} recorded: {1}, {2}.").format(title, money, reason.strip())
        self.screen.outcome.show_outcome(said + self._opening(), "ok")
        self._open_drawer(title)

    def no_sale(self) -> None:
        self._then(True, no_shift_text(), lambda *_: self._ask_no_sale())

    def _ask_no_sale(self) -> None:
        services, actor, counter = self.ctx.services, self.actor, self.counter
        dialog = ReasonDialog(
            self.ctx,
            translate("ShiftActions", "No sale"),
            translate("ShiftActions", "Open the drawer with no sale: say why (it is recorded)."),
            lambda reason, _override: services.shifts.no_sale(actor, reason, counter=counter),
            self.screen,
            ok_text=translate("ShiftActions", "&Open the drawer"),
        )
        dialog.setObjectName("noSaleDialog")
        dialog.accepted.connect(lambda: self._no_sale_recorded(dialog.reason.text()))
        dialog.finished.connect(lambda _code: self.screen.entry.setFocus())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _no_sale_recorded(self, reason: str) -> None:
        # Not "No sale recorded", which the full-day trial read as "the sale was not".
        said = translate("ShiftActions", "Drawer opening with no sale recorded: {0}.")
        self.screen.outcome.show_outcome(said.format(reason.strip()) + self._opening(), "ok")
        self._open_drawer(translate("ShiftActions", "No sale"))

    def _opening(self) -> str:
        """The words "Opening the drawer…" where this counter's printer opens it; a drawer
        opened by hand (no printer) gets no word, as for a cash sale."""
        if not self.printer.has_printer():
            return ""
        return " " + translate("ShiftActions", "Opening the drawer…")

    def _open_drawer(self, why: str) -> None:
        self._drawer_asked.add(why)
        self.printer.open_drawer(why)

    def _drawer_opened(self, why: str) -> None:
        if why in self._drawer_asked:
            self._drawer_asked.discard(why)
            self.screen.outcome.add_note(translate("ShiftActions", "Drawer opened"))

    def _drawer_failed(self, why: str, reason: str) -> None:
        if why in self._drawer_asked:
            self._drawer_asked.discard(why)
            self.screen.outcome.add_note(
                translate(
                    "ShiftActions", "The drawer did NOT open: {0} ({1} is recorded all the same)"
                ).format(reason, why),
                warning=True,
            )

    # -- reports and voids -----------------------------------------------------------------
    def x_report(self) -> None:
        services, actor, counter = self.ctx.services, self.actor, self.counter
        if needs_override(actor.role, Op.SHIFT_MANAGE):
            approval = ManagerApprovalDialog(
                self.ctx,
                translate("ShiftActions", "X report"),
                translate(
                    "ShiftActions",
                    "The X report shows what the drawer should hold, which a cashier's close "
                    "does not. A manager shows it by typing their username and password.",
                ),
                lambda override: services.shifts.x_report(actor, counter, override),
                self.screen,
            )
            approval.setObjectName("xReportApproval")
            approval.accepted.connect(lambda: self._show_report(approval.result_record))
            approval.finished.connect(approval.deleteLater)
            approval.open()
            return
        self.ctx.tasks.read(
            lambda: services.shifts.x_report(actor, counter),
            self._show_report,
            self._report_failed,
        )

    def _show_report(self, report: ShiftReport) -> None:
        dialog = ShiftReportDialog(report, self.screen)
        dialog.finished.connect(lambda _code: self.screen.entry.setFocus())
        dialog.open()

    def _report_failed(self, exc: Exception) -> None:
        if isinstance(exc, ConflictError):
            self.screen._flash(no_shift_text(), error=True)
        else:
            self.screen.report(exc)

    def void_last(self) -> None:
        sale = self.screen.last_sale
        if sale is None:
            self.screen._flash(translate("ShiftActions", "No sale yet at this counter to void"))
            return
        void_dialog(self.ctx, self.actor, sale, self.screen, self._voided)

    def _voided(self, sale: Sale) -> None:
        self.screen.paying.last_sale = sale
        self.screen.outcome.show_outcome(
            translate(
                "ShiftActions",
                "Sale {0} voided ({1}): {2}. Its goods are back on the shelf and store credit "
                "back in the wallet; give back any cash or card payment.",
            ).format(sale.id, format_money(sale.total), sale.void_reason),
            "ok",
        )
        self.screen.entry.setFocus()
