"""The reasons the program itself writes into the wallet ledger and the stock movements
("Purchase", "Sale", "Opening stock", "Refund: damaged"), shown in the counter's language.

They are stored in English, as data (the CSV, the audit trail and pos-admin read them as
they are); a screen shows the ones it knows translated, the part a person typed after
"Refund: " kept as typed, and any other reason (a manager's "Delivery") unchanged.
"""

from __future__ import annotations

from pos_app.ui.i18n import QT_TRANSLATE_NOOP, isolate, translate

#: Reasons written whole by the services and repositories.
_WHOLE = frozenset(
    (
        QT_TRANSLATE_NOOP("Reasons", "Purchase"),
        QT_TRANSLATE_NOOP("Reasons", "Sale"),
        QT_TRANSLATE_NOOP("Reasons", "Opening stock"),
        QT_TRANSLATE_NOOP("Reasons", "Imported"),
    )
)
#: Reasons written as a prefix and what the person typed.
_PREFIXED = {
    "Return: ": QT_TRANSLATE_NOOP("Reasons", "Return: {0}"),
    "Refund: ": QT_TRANSLATE_NOOP("Reasons", "Refund: {0}"),
    "Void: ": QT_TRANSLATE_NOOP("Reasons", "Void: {0}"),
}


def reason_text(reason: str | None) -> str:
    """``reason`` as a table cell shows it."""
    if not reason:
        return ""
    if reason in _WHOLE:
        return translate("Reasons", reason)
    for prefix, template in _PREFIXED.items():
        if reason.startswith(prefix):
            return translate("Reasons", template).format(isolate(reason[len(prefix) :]))
    return reason
