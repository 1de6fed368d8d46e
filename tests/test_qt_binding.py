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
