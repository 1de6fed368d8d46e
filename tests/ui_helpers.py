"""What the desktop workspace tests share: showing a workspace as the main window does, and
typing into a filter."""

from __future__ import annotations

from typing import TypeVar

from conftest import wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from pos_app.ui.context import AppContext
from pos_app.ui.workspaces.base import Workspace

W = TypeVar("W", bound=Workspace)


def show_workspace(qtbot: QtBot, workspace: W, width: int, height: int) -> W:
    """Show ``workspace`` at this size, bring it up as the main window would (``activated``)
    and wait until its first load is in."""
    qtbot.addWidget(workspace)
    workspace.resize(width, height)
    workspace.show()
    workspace.activated()
    wait_idle(qtbot, workspace.ctx)
    return workspace


def type_filter(qtbot: QtBot, ctx: AppContext, field: QLineEdit, text: str) -> None:
    """Replace the text of a filter field by typing, press Enter and wait for the answer."""
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    wait_idle(qtbot, ctx)
