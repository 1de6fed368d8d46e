"""The README's shortcut table is exactly what the app has: every key it names exists in
that workspace for some role, and every key the app has is in the table (issue 10, #5).
Mnemonics (Alt + an underlined letter) are shown on screen and left out of the table.

Which keys *work* from where a person's focus is, is proven by the keyboard tests
(tests/test_keyboard_*.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import People, customer_actor
from helpers import new_customer
from keyboard import open_counter
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from pos_app.services import Services
from pos_app.services.records import Actor
from pos_app.ui.context import AppContext

pytestmark = pytest.mark.sqlite_only
README = Path(__file__).resolve().parents[1] / "README.md"
EVERYWHERE = "Everywhere"
MNEMONIC = re.compile(r"^Alt\+\S$")


def _keys(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def readme_shortcuts() -> set[tuple[str, str]]:
    text = README.read_text(encoding="utf-8")
    table = text.split("<!-- shortcuts -->", 2)[1]
    rows = set()
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 3 or cells[0] in ("where", "") or set(cells[0]) <= {"-"}:
            continue
        for key in cells[1].split(" / "):
            rows.add((cells[0], key.strip().strip("`")))
    return rows


def app_shortcuts(
    qtbot: QtBot, ctx: AppContext, people: People, shopper: Actor
) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for actor in (people.cashier, people.manager, people.admin, shopper):
        window = open_counter(qtbot, ctx, actor)
        for action in window.findChildren(QAction):
            found |= {(EVERYWHERE, _keys(k)) for k in action.shortcuts() if not k.isEmpty()}
        for name, workspace in window.workspaces.items():
            for shortcut in workspace.findChildren(QShortcut):
                found.add((name, _keys(shortcut.key())))
            for button in workspace.findChildren(QAbstractButton):
                if not button.shortcut().isEmpty():
                    found.add((name, _keys(button.shortcut())))
        window.close()
    return {(where, key) for where, key in found if not MNEMONIC.match(key)}


def test_the_readme_names_exactly_the_shortcuts_the_app_has(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services
) -> None:
    customer = new_customer(services, people.cashier, "johndoe")
    documented = readme_shortcuts()
    present = app_shortcuts(qtbot, ui_ctx, people, customer_actor(customer.id, "johndoe"))
    assert sorted(documented - present) == [], "in the README but not in the app"
    assert sorted(present - documented) == [], (
        f"in the app but not in the README: {sorted(present - documented)}"
    )
