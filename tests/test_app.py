"""The desktop app starts on the embedded default: a SQLite file made and migrated."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from pos_app.app import start
from pos_app.settings import DATABASE_FILE, data_dir


def test_first_start_creates_and_migrates_the_default_file(
    qtbot: QtBot, isolated_user_dirs: Path
) -> None:
    started = start([])
    assert started is not None
    try:
        qtbot.addWidget(started.window)
        assert started.window.isVisible()
        path = data_dir() / DATABASE_FILE
        assert path.exists()
        assert str(isolated_user_dirs) in str(path)
        qtbot.waitUntil(lambda: "products" in started.window.summary.text(), timeout=10_000)
        assert started.window.summary.text().startswith("0 products")
        assert str(path) in started.window.database_label.text()
    finally:
        started.tasks.wait()
        started.db.dispose()


def test_a_database_url_on_the_command_line_wins(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "chosen.db"
    started = start(["--database", f"sqlite:///{path}"])
    assert started is not None
    try:
        qtbot.addWidget(started.window)
        assert path.exists()
        assert not (data_dir() / DATABASE_FILE).exists()
    finally:
        started.tasks.wait()
        started.db.dispose()
