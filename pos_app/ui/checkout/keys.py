"""The checkout screen's key map (README: the shortcut table)."""

from __future__ import annotations

from pos_app.ui.i18n import ltr

#: The cart's keys. None of them is a key a text field uses, so each works while the
#: scan field has focus (README: the shortcut table).
KEYS = {
    "pay": "F12",
    "park": "F8",
    "resume": "F9",
    "return": "F6",
    "receipt": "Ctrl+P",
    "print_again": "Ctrl+Shift+P",
    "customer": "Ctrl+K",
    "quantity": "F2",
    "plus": "Ctrl++",
    "plus_too": "Ctrl+=",
    "minus": "Ctrl+-",
    "remove": "F4",
    "clear": "Shift+F4",
    "discount_line": "F7",
    "discount_cart": "Shift+F7",
    "end_of_day": "Ctrl+Shift+D",
    # Shifts and cash (issue 13; ``shift_actions``): Start/End a shift, money In/Out.
    "open_shift": "Ctrl+Shift+S",
    "close_shift": "Ctrl+Shift+E",
    "paid_in": "Ctrl+Shift+I",
    "paid_out": "Ctrl+Shift+O",
    "no_sale": "Ctrl+Shift+N",
    "x_report": "Ctrl+Shift+X",
    "void_last": "Ctrl+Shift+V",
}


def key_text(name: str) -> str:
    """The keys of ``name`` as a label shows them: kept left to right inside Arabic text
    (``i18n.ltr``), so "Ctrl++" does not read "++Ctrl"."""
    return ltr(KEYS[name])
