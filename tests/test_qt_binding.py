"""The Qt binding the app runs on keeps Python's reference counts right.

PySide6 6.12.0 drops a reference to ``True`` on every call of a Python slot; a counter
that emits a few thousand signals (timers, typing, every database answer) then aborts
with "deallocating True or False". pyproject.toml keeps that release out; this test
fails on it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Qt, Signal
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    """Signals: fired(object, bool, object): as the task runner's answers travel."""

    fired = Signal(object, bool, object)


def test_a_python_slot_leaves_the_reference_count_of_true_alone(qtbot: QtBot) -> None:
    emitter = _Emitter()
    calls: list[object] = []
    emitter.fired.connect(lambda *args: calls.append(args[1]), Qt.ConnectionType.DirectConnection)
    before = sys.getrefcount(True)
    for number in range(200):
        emitter.fired.emit(number, True, None)
    calls.clear()
    assert sys.getrefcount(True) >= before - 5  # a handful of stray references at most


def test_fitting_a_window_leaves_the_screen_without_a_parent(qtbot: QtBot) -> None:
    """``QWidget.screen()`` makes the widget the parent of the one QScreen wrapper every
    caller shares; when that widget went, the screen could go with it and the next window
    crashed (a segmentation fault in a keyboard test run). The app asks QGuiApplication
    instead (``pos_app.ui.forms.screen_of``); no module calls ``.screen()``."""
    import re  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    import shiboken6  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415
    from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout  # noqa: PLC0415

    from pos_app.ui.forms import fit_window, screen_of  # noqa: PLC0415

    dialog = QDialog()
    qtbot.addWidget(dialog)
    label = QLabel("A message long enough to wrap " * 20, dialog)
    label.setWordWrap(True)
    QVBoxLayout(dialog).addWidget(label)
    dialog.show()
    fit_window(label)
    assert screen_of(label) is QGuiApplication.primaryScreen()
    assert "parent" not in shiboken6.dump(QGuiApplication.primaryScreen())

    package = Path(__file__).resolve().parents[1] / "pos_app"
    calls = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if re.search(r"(?<!QWidget)\.screen\(\)", path.read_text(encoding="utf-8"))
    ]
    assert calls == []
