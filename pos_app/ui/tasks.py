"""Runs service calls off the UI thread; results come back on the UI thread by signal.

Reads run on a small pool; writes run on one serial lane, so their order is the order
the cashier pressed the keys.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

Callback = Callable[[Any], object]
ErrorCallback = Callable[[Exception], object]


def _deleted(*objects: object) -> bool:
    """True when one of ``objects`` is a Qt object that no longer exists: PySide raises
    RuntimeError when code touches (or emits a signal of) such an object."""
    return any(isinstance(o, QObject) and not shiboken6.isValid(o) for o in objects)


def _reaches_deleted(callback: Callable[..., object]) -> bool:
    """True when ``callback`` is bound to, or closes over, a Qt object that was deleted
    while its job ran: a closed window, dialog or page."""
    held: list[object] = [getattr(callback, "__self__", None)]
    for cell in getattr(callback, "__closure__", None) or ():
        with contextlib.suppress(ValueError):  # an empty cell
            held.append(cell.cell_contents)
    if isinstance(callback, functools.partial):
        held += [callback.func, *callback.args, *callback.keywords.values()]
    return _deleted(*held)


def _receiver_alive(callback: Callable[..., object]) -> bool:
    """False when ``callback`` is a method of a Qt object that no longer exists."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


def _nothing() -> None:
    """What a job holds once it has started its work."""


@dataclass
class _Pending:
    """A submitted job's callbacks and the widgets it disabled, kept on the UI thread."""

    work: Callable[[], Any]
    on_done: Callback
    on_error: ErrorCallback
    disable: tuple[QWidget, ...]


class _Job(QRunnable):
    """Runs ``work`` on a pool thread and reports to the runner by its id.

    It holds no Qt object of its own: everything a job's answer touches is released on
    the UI thread (a Qt object freed by Python's garbage collector on a pool thread can
    crash the process)."""

    def __init__(self, job_id: int, work: Callable[[], Any], runner: TaskRunner) -> None:
        super().__init__()
        self._id = job_id
        self._work = work
        self._runner = runner

    def run(self) -> None:
        # The runner keeps its own reference to ``work`` until the answer is delivered, so
        # the closure (and the screen it may hold) is released on the UI thread.
        work, self._work = self._work, _nothing
        try:
            result = work()
        except Exception as exc:  # handed to the UI thread, which decides what to show
            del work
            self._send(False, exc)
        else:
            del work
            self._send(True, result)

    def _send(self, succeeded: bool, value: object) -> None:
        try:
            self._runner.finished_job.emit(self._id, succeeded, value)
        except RuntimeError as exc:
            # The application is being torn down under a job that was still running.
            if not _deleted(self._runner):
                raise
            log.debug("result after shutdown dropped: %s", exc)


class TaskRunner(QObject):
    """Submit work with ``read`` or ``write``; ``on_done``/``on_error`` run on the UI thread.

    Signals: idle(): the last pending job has finished; failed(object): a job raised this
    exception (after its own ``on_error`` ran: for what concerns the whole window, such as
    a sign-in the server ended); finished_job(object, bool, object): internal, a job's id,
    whether it succeeded, and its result or exception (emitted on a pool thread, delivered
    on the UI thread).
    """

    idle = Signal()
    failed = Signal(object)
    finished_job = Signal(object, bool, object)  # a Python int id: no 32-bit wrap

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._jobs: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        self.finished_job.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def read(self, work: Callable[[], Any], on_done: Callback, on_error: ErrorCallback) -> None:
        self._submit(self._reads, work, on_done, on_error, ())

    def write(
        self,
        work: Callable[[], Any],
        on_done: Callback,
        on_error: ErrorCallback,
        disable: Iterable[QWidget] = (),
    ) -> None:
        """Run a change on the serial lane; ``disable`` stays disabled until it is done,
        so a double Enter is one change."""
        self._submit(self._writes, work, on_done, on_error, tuple(disable))

    def _submit(
        self,
        pool: QThreadPool,
        work: Callable[[], Any],
        on_done: Callback,
        on_error: ErrorCallback,
        disable: tuple[QWidget, ...],
    ) -> None:
        job_id = next(self._ids)
        try:
            pool.start(_Job(job_id, work, self))
        except RuntimeError as exc:
            # Asked for by a screen still on its way out after the app shut down.
            if not _deleted(pool, self):
                raise
            log.debug("job after shutdown dropped: %s", exc)
            return
        self._jobs[job_id] = _Pending(work, on_done, on_error, disable)
        for widget in disable:
            widget.setEnabled(False)

    def _deliver(self, job_id: int, succeeded: bool, value: Any) -> None:
        pending = self._jobs.pop(job_id, None)
        if pending is None:
            return
        for widget in pending.disable:
            with contextlib.suppress(RuntimeError):  # the widget was closed meanwhile
                widget.setEnabled(True)
        callback: Callable[[Any], object] = pending.on_done if succeeded else pending.on_error
        try:
            if _receiver_alive(callback):
                callback(value)
            else:
                log.debug("result for a closed screen dropped")
        except RuntimeError as exc:
            # The screen that asked was closed while its job ran: nobody to tell.
            if not _reaches_deleted(callback):
                raise
            log.debug("result for a closed screen dropped: %s", exc)
        finally:
            if not succeeded:
                self.failed.emit(value)
            if not self._jobs:
                self.idle.emit()

    def busy(self) -> bool:
        return bool(self._jobs)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every submitted job has run (shutdown and tests)."""
        return self._reads.waitForDone(msecs) and self._writes.waitForDone(msecs)
