"""Voiding a sale (issue 13): the reason, and a manager's authorisation for a cashier, on
one form; and how a void reads in the history and on the receipt (VOID).

The service takes back a whole sale of a shift still open (goods to the shelf, store
credit to the wallet, its cash and card out of the shift); its refusals (another shift's
sale, a sale with a return, one already void) are said in the dialog, nothing written.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from pos_app.domain.money import format_money
from pos_app.services.permissions import Op, allowed, needs_override
from pos_app.services.records import Actor, Sale
from pos_app.services.shift_records import OpenShift
from pos_app.ui.checkout.shift_dialogs import ReasonDialog
from pos_app.ui.context import AppContext
from pos_app.ui.i18n import translate

if TYPE_CHECKING:
    from pos_app.ui.workspaces.base import Workspace


def may_void(actor: Actor) -> bool:
    """A manager voids; a cashier with a manager's authorisation on the spot."""
    return allowed(actor.role, Op.SALE_VOID) or needs_override(actor.role, Op.SALE_VOID)


def void_refusal(sale: Sale) -> str:
    """Why ``sale`` cannot be voided, as far as its record says ("" if it may be)."""
    if sale.voided_at is not None:
        return translate("VoidSale", "Sale {0} is already void").format(sale.id)
    if sale.refunded:
        return translate(
            "VoidSale", "Sale {0} has a return already: return the rest instead"
        ).format(sale.id)
    return ""


def not_of_open_shift(sale: Sale) -> str:
    return translate(
        "VoidSale", "Sale {0} is not of a shift still open: take it back as a return (F6)"
    ).format(sale.id)


def start_void(
    ctx: AppContext,
    actor: Actor,
    sale: Sale,
    parent: Workspace,
    voided: Callable[[Sale], None],
) -> None:
    """The void of ``sale`` from a list: what would be refused is said on ``parent``'s
    message line before any reason is asked (the manager's trial typed one, then read that
    the sale could not be voided); else the dialog."""
    refused = void_refusal(sale)
    if refused:
        parent.say(refused)
        return
    services = ctx.services

    def answered(shift: OpenShift | None) -> None:
        # Its counter's shift opened after it, or none is open: the sale is in no open
        # shift (the server puts a sale in the shift open at its counter when it is made).
        if shift is None or shift.opened_at > sale.created_at:
            parent.say(not_of_open_shift(sale))
        else:
            void_dialog(ctx, actor, sale, parent, voided)

    ctx.tasks.read(lambda: services.shifts.current(actor, sale.counter), answered, parent.report)


def void_dialog(
    ctx: AppContext,
    actor: Actor,
    sale: Sale,
    parent: QWidget,
    voided: Callable[[Sale], None],
) -> ReasonDialog:
    """Open (non-blocking) the void of ``sale``; ``voided(sale)`` once it is recorded."""
    services = ctx.services
    manager = needs_override(actor.role, Op.SALE_VOID)
    intro = translate(
        "VoidSale",
        "Void sale {0} ({1})? The whole sale is taken back: "
        "its goods go back on the shelf, store credit back to the wallet, and its cash and "
        "card leave the shift's figures. Only a sale of the shift still open can be voided.",
    ).format(sale.id, format_money(sale.total))
    if manager:
        intro += " " + translate(
            "VoidSale", "A manager authorises it by typing their username and password."
        )
    dialog = ReasonDialog(
        ctx,
        translate("VoidSale", "Void sale {0}").format(sale.id),
        intro,
        lambda reason, override: services.shifts.void(actor, sale.id, reason, override),
        parent,
        ok_text=translate("VoidSale", "&Void the sale"),
        needs_manager=manager,
    )
    dialog.setObjectName("voidDialog")
    dialog.accepted.connect(lambda: voided(dialog.result_record))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def void_mark(sale: Sale) -> str:
    """The history's mark of a voided sale, after its number: VOID, or nothing."""
    return translate("VoidSale", "VOID") if sale.voided_at is not None else ""


def void_text(sale: Sale) -> str:
    """What the detail line adds for a voided sale: when and why."""
    if sale.voided_at is None:
        return ""
    when = sale.voided_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return translate("VoidSale", "VOID {0}: {1}").format(when, sale.void_reason)


def void_receipt(html: str, sale: Sale) -> str:
    """A receipt's document marked VOID at its top, with the reason, when the sale is void."""
    if sale.voided_at is None:
        return html
    mark = (
        "<h1 style='color: #b91c1c; text-align: center;'>*** "
        f"{escape(translate('VoidSale', 'VOID'))} ***</h1>"
        f"<div style='text-align: center;'>{escape(void_text(sale))}</div><hr/>"
    )
    return mark + html
