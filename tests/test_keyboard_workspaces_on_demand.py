"""Workspaces are built when first shown (pos_app.ui.workspace_stack): signing in builds
only the first one, and reaching each of the others by its Ctrl+<key> keeps the counter's
window active, with the focus inside the page shown (a page that showed a part of itself
before it had a parent opened a window of its own and took the focus away)."""

from __future__ import annotations

import pytest
from conftest import People
from keyboard import go_to, open_counter, seen
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos_app.domain.enums import Role
from pos_app.ui.context import AppContext


@pytest.mark.sqlite_only
@pytest.mark.parametrize("role", [Role.CASHIER, Role.MANAGER, Role.ADMIN])
def test_each_workspace_is_built_when_first_reached_and_keeps_the_window_active(
    qtbot: QtBot, ui_ctx: AppContext, people: People, role: Role
) -> None:
    window = open_counter(qtbot, ui_ctx, people.by_role(role))
    names = list(window.workspaces)
    assert len(names) >= 3
    assert [name for name, _page in window.workspaces.built()] == names[:1]
    for name in names[1:]:
        go_to(qtbot, ui_ctx, window, name)
        assert QApplication.activeWindow() is window, name
        page = window.stack.currentWidget()
        focus = QApplication.focusWidget()
        assert focus is not None and (focus is page or page.isAncestorOf(focus)), name
        assert name in seen(window)
    assert [name for name, _page in window.workspaces.built()] == names
