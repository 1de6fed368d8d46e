"""Every ``translate(context, text)`` in the screens names its context as a literal: lupdate
reads the source, not the running program, so a context held in a variable leaves the
strings out of the translators' files and the screen stays English (the wallet consent
dialog did, in French and Arabic, until this test). ``service_messages`` translates the
services' templates by lookup on purpose: they are declared with QT_TRANSLATE_NOOP."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "pos_app" / "ui"
BY_LOOKUP = {"service_messages.py", "i18n.py"}
NOT_LITERAL = re.compile(r"(?<![.\w])translate\(\s*(?![\"'])([^\s,)]+)\s*,")


def test_every_translate_call_names_its_context_as_a_literal() -> None:
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if path.name not in BY_LOOKUP
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if NOT_LITERAL.search(line)
    ]
    assert found == []


def test_the_check_sees_a_context_in_a_variable() -> None:
    assert NOT_LITERAL.search('title = translate(_C, "Store credit")')
    assert not NOT_LITERAL.search('title = translate("WalletConsentDialog", "Store credit")')
    assert not NOT_LITERAL.search("symbol.translate(_DIRECTION_MARKS)")
