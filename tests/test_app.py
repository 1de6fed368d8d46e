"""The desktop app starts on the embedded default: a SQLite file made and migrated."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pos_app.app import start
from pos_app.settings import DATABASE_FILE, data_dir

pytestmark = pytest.mark.sqlite_only


def test_first_start_creates_and_migrates_the_default_file(
    qtbot: QtBot, isolated_user_dirs: Path
) -> None:
    controller = start([])
    assert controller is not None
    try:
        with qtbot.waitSignal(controller.database_ready, timeout=20_000):
            pass
        path = data_dir() / DATABASE_FILE
        assert path.exists()
        assert str(isolated_user_dirs) in str(path)
        assert controller.dialog is not None
        assert controller.dialog.objectName() == "firstAdminDialog"
        assert controller.ctx is not None
        assert controller.ctx.database_location == str(path)
    finally:
        controller.shutdown()


def test_a_database_url_on_the_command_line_wins(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "chosen.db"
    controller = start(["--database", f"sqlite:///{path}"])
    assert controller is not None
    try:
        with qtbot.waitSignal(controller.database_ready, timeout=20_000):
            pass
        assert path.exists()
        assert not (data_dir() / DATABASE_FILE).exists()
    finally:
        controller.shutdown()
