"""How the app's coded values read in a table cell or a detail line: an enum's value with
its underscores as spaces ("needs approval"), in the installed language (context "Values").
"""

from __future__ import annotations

from enum import Enum

from pos_app.domain.enums import Role
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, translate

#: For lupdate: every value a screen shows (marital status, review status, wallet and stock
#: movements, payment methods, audit actions, promotion kinds), as ``value_text`` words it.
SHOWN = (
    QT_TRANSLATE_NOOP("Values", "single"),
    QT_TRANSLATE_NOOP("Values", "married"),
    QT_TRANSLATE_NOOP("Values", "divorced"),
    QT_TRANSLATE_NOOP("Values", "widowed"),
    QT_TRANSLATE_NOOP("Values", "needs approval"),
    QT_TRANSLATE_NOOP("Values", "approved"),
    QT_TRANSLATE_NOOP("Values", "flagged"),
    QT_TRANSLATE_NOOP("Values", "top up"),
    QT_TRANSLATE_NOOP("Values", "purchase"),
    QT_TRANSLATE_NOOP("Values", "refund"),
    QT_TRANSLATE_NOOP("Values", "adjustment"),
    QT_TRANSLATE_NOOP("Values", "sale"),
    QT_TRANSLATE_NOOP("Values", "restock"),
    QT_TRANSLATE_NOOP("Values", "return"),
    QT_TRANSLATE_NOOP("Values", "wallet"),
    QT_TRANSLATE_NOOP("Values", "cash"),
    QT_TRANSLATE_NOOP("Values", "card"),
    QT_TRANSLATE_NOOP("Values", "completed"),
    QT_TRANSLATE_NOOP("Values", "sign in"),
    QT_TRANSLATE_NOOP("Values", "sign out"),
    QT_TRANSLATE_NOOP("Values", "sign in failed"),
    QT_TRANSLATE_NOOP("Values", "lockout"),
    QT_TRANSLATE_NOOP("Values", "unlock"),
    QT_TRANSLATE_NOOP("Values", "staff created"),
    QT_TRANSLATE_NOOP("Values", "role changed"),
    QT_TRANSLATE_NOOP("Values", "staff activation"),
    QT_TRANSLATE_NOOP("Values", "password reset"),
    QT_TRANSLATE_NOOP("Values", "customer registered"),
    QT_TRANSLATE_NOOP("Values", "customer deleted"),
    QT_TRANSLATE_NOOP("Values", "customer activation"),
    QT_TRANSLATE_NOOP("Values", "category change"),
    QT_TRANSLATE_NOOP("Values", "wallet top up"),
    QT_TRANSLATE_NOOP("Values", "wallet adjustment"),
    QT_TRANSLATE_NOOP("Values", "void"),
    QT_TRANSLATE_NOOP("Values", "price change"),
    QT_TRANSLATE_NOOP("Values", "product change"),
    QT_TRANSLATE_NOOP("Values", "stock adjustment"),
    QT_TRANSLATE_NOOP("Values", "review moderation"),
    QT_TRANSLATE_NOOP("Values", "day closed"),
    QT_TRANSLATE_NOOP("Values", "settings change"),
    QT_TRANSLATE_NOOP("Values", "permission denied"),
    QT_TRANSLATE_NOOP("Values", "tax change"),
    QT_TRANSLATE_NOOP("Values", "promotion change"),
    QT_TRANSLATE_NOOP("Values", "discount"),
    QT_TRANSLATE_NOOP("Values", "shift opened"),
    QT_TRANSLATE_NOOP("Values", "shift closed"),
    QT_TRANSLATE_NOOP("Values", "paid in"),
    QT_TRANSLATE_NOOP("Values", "paid out"),
    QT_TRANSLATE_NOOP("Values", "no sale"),
    QT_TRANSLATE_NOOP("Values", "offline resolved"),
    QT_TRANSLATE_NOOP("Values", "multi buy"),
    QT_TRANSLATE_NOOP("Values", "buy x get y"),
    QT_TRANSLATE_NOOP("Values", "category percent"),
    QT_TRANSLATE_NOOP("Values", "ok"),
    QT_TRANSLATE_NOOP("Values", "denied"),
    QT_TRANSLATE_NOOP("Values", "failed"),
)


def value_text(value: Enum) -> str:
    """``value`` as a cell shows it, translated: ``ReviewStatus.NEEDS_APPROVAL`` reads
    "needs approval" in English."""
    if isinstance(value, Role):  # named as the main window names them
        return translate("Roles", value.value)
    return translate("Values", str(value.value).replace("_", " "))
