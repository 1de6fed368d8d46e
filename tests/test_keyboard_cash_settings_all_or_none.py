"""One Save of the pricing form writes the pricing and the cash settings together or not at
all (issue 13): a cash value the service would refuse is refused before anything is sent."""

from __future__ import annotations

import pytest
from conftest import People
from keyboard import ALT, CTRL, focused, go_to, open_counter, press, seen_words, settle, type_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_app.services import Services
from pos_app.ui.context import AppContext

pytestmark = pytest.mark.sqlite_only

Key = Qt.Key


def keys(qtbot: QtBot, ctx: AppContext, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    press(qtbot, key, modifiers)
    qtbot.wait(150)
    settle(qtbot, ctx)


def test_too_many_notes_and_coins_refuse_the_whole_save(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services
) -> None:
    before = services.shifts.settings(people.manager)
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to(qtbot, ui_ctx, window, "Pricing")
    keys(qtbot, ui_ctx, Key.Key_Y, ALT)  # Count the drawer b&y
    assert focused().objectName() == "cashDenominations"
    press(qtbot, Key.Key_A, CTRL)
    type_text(qtbot, ", ".join(str(n) for n in range(1, 32)))  # 31: the service takes 30
    keys(qtbot, ui_ctx, Key.Key_G, ALT)  # Only sell durin&g a shift
    assert focused().objectName() == "shiftRequired"
    press(qtbot, Key.Key_Down)  # Yes
    keys(qtbot, ui_ctx, Key.Key_S, CTRL)
    assert "Denominations can have at most 30 items" in seen_words(window)
    assert focused().objectName() == "cashDenominations"
    assert services.shifts.settings(people.manager) == before
    assert not services.taxes.settings(people.manager).shift_required
