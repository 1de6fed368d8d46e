"""The blind close of a shift (issue 13): the drawer counted by note and coin, and, when
the service refuses it for want of a manager, the manager's approval on the spot."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pos_app.domain.errors import PermissionDeniedError
from pos_app.services.shift_records import REFUSED_BEFORE, ShiftSettings
from pos_app.ui.checkout.shift_dialogs import CountDialog, waiting_text
from pos_app.ui.dialogs import ManagerApprovalDialog
from pos_app.ui.i18n import translate

if TYPE_CHECKING:
    from pos_app.ui.checkout.shift_actions import ShiftActions

#: What a close refused for want of a manager says (``ShiftService.close``).
NEEDS_MANAGER = "a manager must approve"


class CloseShiftDialog(CountDialog):
    """The blind close. Refused for want of a manager, it asks for one (the app's
    override dialog) and sends the same count again with their authorisation."""

    def __init__(self, actions: ShiftActions, settings: ShiftSettings, waiting: int = 0) -> None:
        screen = actions.screen
        self.shift_actions = actions
        #: Sales made offline at this counter that have not reached the server.
        self.waiting = waiting
        intro = translate(
            "ShiftActions",
            "Count the drawer by note and coin (and type the card terminal's total if you "
            "have it). What the drawer should hold is shown once the shift is closed.",
        )
        if waiting:  # said first: the count comes after it
            intro = f"{waiting_text(waiting)}\n\n{intro}"
        super().__init__(
            screen.ctx,
            translate("ShiftActions", "Close the shift"),
            intro,
            settings.denominations,
            actions.close_call(None, waiting),
            screen,
            ok_text=translate("ShiftActions", "C&lose the shift"),
            card_total=True,
        )
        self.setObjectName("closeShiftDialog")
        self.approval: ManagerApprovalDialog | None = None

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, PermissionDeniedError) and NEEDS_MANAGER in exc.message:
            self._ask_manager(again=exc.message == REFUSED_BEFORE)
            return
        super()._failed(exc)

    def _ask_manager(self, again: bool = False) -> None:
        """``again``: a count of this shift was refused before, so this one needs a
        manager whatever it is (nothing here says whether it is within the limit)."""
        counted = self.count()
        if counted is None:
            return
        card = self.card.text().strip() if self.card is not None else ""
        close, waiting = self.shift_actions.close_call, self.waiting
        why = translate(
            "ShiftActions",
            "The count differs from what the drawer should hold by more than the store "
            "allows. A manager approves this close by typing their username and password; "
            "nothing is recorded until then.",
        )
        if again:
            why = translate(
                "ShiftActions",
                "A count of this shift was refused already, so a manager approves its close, "
                "whatever the count, by typing their username and password; nothing is "
                "recorded until then.",
            )
        if waiting:
            why = translate(
                "ShiftActions",
                "{0} A manager approves closing the shift before they do by typing their "
                "username and password; nothing is recorded until then.",
            ).format(waiting_text(waiting))
        approval = ManagerApprovalDialog(
            self.ctx,
            translate("ShiftActions", "Approve the close"),
            why,
            lambda override: close(override, waiting)(counted, card or None),
            self,
        )
        approval.accepted.connect(lambda: self._done(approval.result_record))
        approval.rejected.connect(self._not_approved)
        approval.finished.connect(approval.deleteLater)
        self.approval = approval
        approval.open()

    def _not_approved(self) -> None:
        """Back to the count, in front again, with what happened said in place."""
        self.activateWindow()
        self.form.show_error(
            translate("ShiftActions", "The shift is NOT closed: a manager must approve this count")
        )
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()
