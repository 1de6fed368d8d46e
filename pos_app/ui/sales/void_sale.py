"""Voiding a sale (issue 13): the reason, and a manager's authorisation for a cashier, on
one form; and how a void reads in the history and on the receipt (VOID).

The service takes back a whole sale of a shift still open (goods to the shelf, store
credit to the wallet, its cash and card out of the shift); its refusals (another shift's
sale, a sale with a return, one already void) are said in the dialog, nothing written.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtWidgets import QWidget

from pos_app.domain.money import format_money
from pos_app.services.permissions import Op, allowed, needs_override
from pos_app.services.records import Actor, Sale
from pos_app.ui.checkout.shift_dialogs import ReasonDialog
from pos_app.ui.context import AppContext
from pos_app.ui.i18n import translate


def may_void(actor: Actor) -> bool:
    """A manager voids; a cashier with a manager's authorisation on the spot."""
    return allowed(actor.role, Op.SALE_VOID) or needs_override(actor.role, Op.SALE_VOID)


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
