"""The thermal receipt's and the pole display's words, for lupdate (issue 17).

``pos_app.devices.receipt_layout`` and ``pos_app.devices.pole_display`` write their fixed
words in English and have no Qt; the printer's job translates them with ``receipt_say``
(context "ThermalReceipt"), the customer display's link with ``pole_say``
("PoleDisplay"). Listed here with ``QT_TRANSLATE_NOOP`` so that `make translations`
collects them: a test prints receipts, refund slips and the test print with a ``say``
that notes each word, and fails on one missing here.
"""

from __future__ import annotations

from pos_app.ui.i18n import QT_TRANSLATE_NOOP, is_right_to_left, translate

WORDS: frozenset[str] = frozenset(
    {
        QT_TRANSLATE_NOOP("ThermalReceipt", "Tax number {0}"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "*** COPY ***"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "*** VOID ***"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Voided"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Reason: {0}"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Sale {0}"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "No. {0}"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Cashier"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Counter"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Customer"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "walk-in"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Promotion"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Discount"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Discount ({0})"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Subtotal"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Promotions"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Discounts"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Discounts (cart: {0})"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "TOTAL"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Included tax"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Net"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Tax"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Gross"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Cash rounding"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Store credit"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Cash"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Card"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Cash tendered"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Change"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Card reference"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Store credit left"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Refunded so far"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Recorded offline: sent to the server when it is back"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Ref. {0}"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Thank you for shopping with us."),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Test print"),
        QT_TRANSLATE_NOOP(
            "ThermalReceipt", "{0} characters a line: the ruler below fills one exactly."
        ),
        QT_TRANSLATE_NOOP("ThermalReceipt", "REFUND of sale {0}"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Refund {0}"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "By"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Authorised by"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "{0} returned"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "REFUNDED"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "To"),
        QT_TRANSLATE_NOOP("ThermalReceipt", "Store credit now"),
    }
)


#: The pole display's words (``pos_app.devices.pole_display``), in capitals as it shows them.
POLE_WORDS: frozenset[str] = frozenset(
    {
        QT_TRANSLATE_NOOP("PoleDisplay", "Welcome"),
        QT_TRANSLATE_NOOP("PoleDisplay", "TOTAL"),
        QT_TRANSLATE_NOOP("PoleDisplay", "CHANGE"),
        QT_TRANSLATE_NOOP("PoleDisplay", "CASH"),
        QT_TRANSLATE_NOOP("PoleDisplay", "THANK YOU"),
    }
)


def pole_say(text: str) -> str:
    """A pole display's word in the counter's language when the display can write it
    (Latin letters: its accents are dropped), else in English (Arabic)."""
    if is_right_to_left():
        return text
    return translate("PoleDisplay", text)


def receipt_say(text: str) -> str:
    """A receipt's word in the counter's language (safe on the printer's thread)."""
    return translate("ThermalReceipt", text)


def text_say(text: str) -> str:
    """A word of a page printed as text (Settings' test print): in the counter's language
    when the printer's code page writes it, else in English (Arabic)."""
    return text if is_right_to_left() else receipt_say(text)


def drawn_right_to_left() -> bool:
    """Whether this counter's receipts print as a picture: its language is written right
    to left in letters the printer's code page does not have (Arabic)."""
    return is_right_to_left()
