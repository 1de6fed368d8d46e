"""Runs service calls off the UI thread; results come back on the UI thread by signal.

Reads run on a small pool; writes run on one serial lane, so their order is the order
the cashier pressed the keys.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

Callback = Callable[[Any], object]
ErrorCallback = Callable[[Exception], object]

#: What PySide raises when a callback touches (or emits a signal of) a Qt object that was
#: deleted while its job ran: a closed window, dialog or page.
_DELETED = ("already deleted", "Signal source has been deleted")


def _gone(error: RuntimeError) -> bool:
    return any(text in str(error) for text in _DELETED)


def _receiver_alive(callback: Callable[..., object]) -> bool:
    """False when ``callback`` is a method of a Qt object that no longer exists."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class _Relay(QObject):
    """Carries one job's outcome back to the thread that created it (the UI thread).

    Signals: succeeded(object): the result; failed(object): the exception raised.
    """

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to the UI thread, which decides what to show
            self._send(self._relay.failed, exc)
        else:
            self._send(self._relay.succeeded, result)

    @staticmethod
    def _send(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError as exc:
            # The application is being torn down under a job that was still running.
            if not _gone(exc):
                raise
            log.debug("result after shutdown dropped: %s", exc)


class TaskRunner(QObject):
    """Submit work with ``read`` or ``write``; ``on_done``/``on_error`` run on the UI thread.

    Signals: idle(): the last pending job has finished.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._pending: set[_Relay] = set()

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
        relay = _Relay()
        self._pending.add(relay)
        for widget in disable:
            widget.setEnabled(False)

        def finish(callback: Callable[[Any], object], value: Any) -> None:
            self._pending.discard(relay)
            for widget in disable:
                with contextlib.suppress(RuntimeError):  # the widget was closed meanwhile
                    widget.setEnabled(True)
            try:
                if _receiver_alive(callback):
                    callback(value)
                else:
                    log.debug("result for a closed screen dropped")
            except RuntimeError as exc:
                # The screen that asked was closed while its job ran: nobody to tell.
                if not _gone(exc):
                    raise
                log.debug("result for a closed screen dropped: %s", exc)
            finally:
                if not self._pending:
                    self.idle.emit()

        relay.succeeded.connect(lambda result: finish(on_done, result))
        relay.failed.connect(lambda exc: finish(on_error, exc))
        pool.start(_Job(work, relay))

    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every submitted job has run (shutdown and tests)."""
        return self._reads.waitForDone(msecs) and self._writes.waitForDone(msecs)
