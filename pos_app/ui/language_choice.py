"""The counter's language as a choice in a list (issue 17): the sign-in dialog's Language
(Alt+L) and Settings' offer the same list, "System (…)" first, and both save the same
setting (QSettings ``ui/language``: "" follows the system), so the two always agree."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from pos_app.ui.i18n import LANGUAGES, system_language, translate


def language_box(saved: str) -> QComboBox:
    """A list of the languages that ship, each named in its own language, "System (…)"
    first, showing ``saved`` (the system's entry for "" or a code that does not ship)."""
    box = QComboBox()
    box.setObjectName("language")
    box.addItem("", "")
    for code, name in LANGUAGES.items():
        box.addItem(name, code)
    box.setCurrentIndex(max(0, box.findData(saved)))
    name_system_choice(box)
    return box


def name_system_choice(box: QComboBox) -> None:
    """The first entry's words in the language installed now: "System (English)"."""
    system = LANGUAGES[system_language()]
    # The sign-in dialog's context: one translation for both lists.
    text = translate("SignInDialog", "System ({language})")
    box.setItemText(0, text.format(language=system))


def chosen_code(box: QComboBox) -> str:
    """The code chosen in ``box`` ("" for the system's language)."""
    return str(box.currentData() or "")
