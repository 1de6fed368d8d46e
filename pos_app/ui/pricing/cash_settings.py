"""The store's cash settings on the pricing settings form (issue 13): the notes and coins a
drawer is counted in, and the over/short a cashier may close a shift with before a
manager must approve (``services.shifts.update_settings``). "Sell only in a shift" is a
pricing setting of its own (``PricingSettings.shift_required``), on the same form.

The values are checked here by the service's own rules before anything is sent, so that
one Save (which also sends the pricing settings) writes all or, on a wrong value, none."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QLineEdit

from pos_app.domain.errors import ValidationError
from pos_app.domain.money import typed_money
from pos_app.services.records import Actor
from pos_app.services.shift_records import ShiftSettings, checked_cash_settings
from pos_app.ui.context import AppContext
from pos_app.ui.forms import InlineForm, named
from pos_app.ui.i18n import translate
from pos_app.ui.widgets import latin_digits

DENOMINATIONS, LIMIT = "denominations", "difference_limit"
#: As many notes and coins as ``services.shifts.update_settings`` takes.


def denominations_text(values: tuple[Decimal, ...]) -> str:
    return ", ".join(typed_money(v) for v in values)


class CashSettingsFields:
    """Two rows on the pricing settings form, read on their own (``load``)."""

    def __init__(self, ctx: AppContext, actor: Actor, form: InlineForm) -> None:
        self.ctx, self.actor, self.form = ctx, actor, form
        self.stored: ShiftSettings | None = None
        self.denominations = named(QLineEdit(), "cashDenominations")
        self.denominations.setPlaceholderText(
            translate("CashSettingsFields", "e.g. 0.05, 0.10, 0.25, 1, 5, 10, 20, 50")
        )
        self.denominations.setToolTip(
            translate(
                "CashSettingsFields",
                "The notes and coins a drawer is counted in when a shift opens and closes",
            )
        )
        self.limit = named(QLineEdit(), "overShortLimit")
        latin_digits(self.denominations, self.limit)
        self.limit.setToolTip(
            translate(
                "CashSettingsFields",
                "A shift whose cash is over or short by more than this needs a manager to close",
            )
        )
        form.add(
            DENOMINATIONS,
            translate("CashSettingsFields", "Count the drawer b&y"),
            self.denominations,
        )
        form.add(LIMIT, translate("CashSettingsFields", "Over/short &limit"), self.limit)

    def load(self, *, keep_edits: bool = False) -> None:
        """Read the store's cash settings and show them (not over unsaved edits)."""
        if keep_edits and self.stored is not None and self.changes():
            return
        shifts, actor = self.ctx.services.shifts, self.actor
        self.ctx.tasks.read(lambda: shifts.settings(actor), self.show, self.ctx.errors.report)

    def show(self, settings: ShiftSettings) -> None:
        self.stored = settings
        self.denominations.setText(denominations_text(settings.denominations))
        self.limit.setText(typed_money(settings.difference_limit))

    def _typed_denominations(self) -> list[str]:
        return self.denominations.text().replace(",", " ").split()

    def changes(self) -> dict[str, object]:
        """What was changed, as ``shifts.update_settings`` takes it (unchecked)."""
        if self.stored is None:
            return {}
        changed: dict[str, object] = {}
        typed = self._typed_denominations()
        try:
            same = sorted(Decimal(t) for t in typed) == list(self.stored.denominations)
        except ArithmeticError:
            same = False
        if not same:
            changed[DENOMINATIONS] = typed
        limit = self.limit.text().strip()
        try:
            same_limit = Decimal(limit) == self.stored.difference_limit
        except ArithmeticError:
            same_limit = False
        if not same_limit:
            changed[LIMIT] = limit
        return changed

    def check(self, changed: dict[str, object]) -> bool:
        """The service's rules, before sending: False after saying which field is wrong."""
        try:
            typed = self._typed_denominations() if DENOMINATIONS in changed else None
            checked_cash_settings(typed, changed.get(LIMIT))
        except ValidationError as exc:
            self.form.show_error(exc)
            return False
        return True
