"""The desktop half of `make bench`, run in a subprocess of its own so that its peak
memory is the app's and not the seeding's:

    python -m tools.bench_ui desktop URL   # Inventory: open, searches, stalls, RSS
    python -m tools.bench_ui scan URL      # Checkout: Enter to a line in the cart

It drives the real widgets the way a person does (key presses through QTest, pauses
between them) and prints one JSON object as its last line. Run offscreen."""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt, QTimer, SignalInstance
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from pos_app.app import RESOURCES
from pos_app.data.database import Database
from pos_app.services import build_services
from pos_app.services.passwords import MIN_COST
from pos_app.ui.collector import GarbageCollector
from pos_app.ui.context import AppContext, AppSettings
from pos_app.ui.errors import ErrorPresenter
from pos_app.ui.tasks import TaskRunner
from pos_app.ui.workspaces.checkout import CheckoutWorkspace
from pos_app.ui.workspaces.inventory import InventoryWorkspace
from tools.bench_seed import barcode_of, staff_of

HEARTBEAT_MS = 5
#: A person types a letter about every 90 ms; a barcode scanner sends one every few ms.
TYPING_MS = 90
SCANNER_MS = 4
#: After results appear the person reads them before typing the next query.
READ_PAUSE_MS = 300
TIMEOUT_S = 30.0
TEXT_QUERIES = ("gre", "blue mug", None, "hoodie", "coffee beans 12")


def pause(msecs: int) -> None:
    """Let the event loop run for ``msecs`` (never blocks the UI thread)."""
    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def wait_until(done: Callable[[], bool], timeout_s: float = TIMEOUT_S) -> bool:
    deadline = time.perf_counter() + timeout_s
    while not done():
        if time.perf_counter() > deadline:
            return False
        pause(1)
    return True


class SignalClock:
    """Records when a signal is emitted (the time is taken in the slot, so waiting for it
    adds nothing to the figure)."""

    def __init__(self, *signals: SignalInstance) -> None:
        self.times: list[float] = []
        for signal in signals:
            signal.connect(self._tick)

    def _tick(self, *_args: object) -> None:
        self.times.append(time.perf_counter())

    def first_after(self, since: float) -> float | None:
        return next((t for t in self.times if t >= since), None)

    def ticked_since(self, since: float) -> bool:
        return self.first_after(since) is not None


def has_ticked(clock: SignalClock) -> bool:
    return bool(clock.times)


def is_set(probe: Callable[[], float | None]) -> bool:
    return probe() is not None


class Heartbeat:
    """A 5 ms timer on the UI thread; a long gap between beats is a frozen screen."""

    def __init__(self, interval_ms: int = HEARTBEAT_MS) -> None:
        self.interval_ms = interval_ms
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._beat)
        self.gaps_ms: list[float] = []
        #: The longest gap, and how much of it the UI thread spent on the CPU itself
        #: (the rest it waited: for the GIL held by a worker, or for a core).
        self.worst_ms = 0.0
        self.worst_cpu_ms = 0.0
        self._last: float | None = None
        self._last_cpu = 0.0

    def _beat(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if self._last is not None:
            gap = (now - self._last) * 1000
            self.gaps_ms.append(gap)
            if gap > self.worst_ms:
                self.worst_ms, self.worst_cpu_ms = gap, (cpu - self._last_cpu) * 1000
        self._last, self._last_cpu = now, cpu

    def start(self) -> None:
        self._last = None
        self.timer.start()

    def restart(self) -> None:
        """Forget the gaps so far: what follows is measured on its own."""
        self.stop()
        self.gaps_ms.clear()
        self.worst_ms = self.worst_cpu_ms = 0.0
        self.start()

    def stop(self) -> None:
        self.timer.stop()
        self._last = None

    def stall_ms(self) -> float:
        """The longest gap beyond the interval: how long the screen could not respond."""
        return max(0.0, max(self.gaps_ms, default=0.0) - self.interval_ms)


def make_context(url: str, folder: Path) -> tuple[AppContext, Database]:
    """The app's context, and its garbage collection as the app arranges it: on the UI
    thread only, what the database's opening built frozen (pos_app.app)."""
    db = Database(url)
    services = build_services(db, bcrypt_cost=MIN_COST)
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    tasks = TaskRunner()
    ctx = AppContext(services, tasks, ErrorPresenter(folder / "pos.log"), settings, url)
    GarbageCollector(tasks).keep_for_good()
    return ctx, db


def settle(ctx: AppContext) -> None:
    """Wait, through the event loop, until no job is running or queued."""
    wait_until(lambda: not ctx.tasks.busy())
    QCoreApplication.processEvents()


def type_text(box: QLineEdit, text: str, interval_ms: int) -> float:
    """Select what is there and type over it; returns when the last key went down."""
    QTest.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    last = time.perf_counter()
    for char in text:
        pause(interval_ms)
        last = time.perf_counter()
        QTest.keyClicks(box, char)
    return last


def desktop(url: str, folder: Path, opens: int, rounds: int, products: int) -> dict[str, Any]:  # noqa: PLR0915 - a benchmark's steps in the order they run
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyleSheet((RESOURCES / "style.qss").read_text(encoding="utf-8"))
    ctx, db = make_context(url, folder)
    manager = staff_of(db).manager
    heartbeat = Heartbeat()

    # Opening the Inventory: build it, show it, first page of rows in the model.
    open_ms: list[float] = []
    workspace: InventoryWorkspace | None = None
    heartbeat.start()
    for n in range(opens):
        started = time.perf_counter()
        workspace = InventoryWorkspace(ctx, manager)
        clock = SignalClock(workspace.loader.loaded)
        workspace.resize(1100, 700)
        workspace.show()
        workspace.activated()
        wait_until(partial(has_ticked, clock))
        if not clock.times:
            raise RuntimeError("the inventory never loaded its first page")
        open_ms.append((clock.times[0] - started) * 1000)
        settle(ctx)  # its ratings and history queries finish before the next step
        if n < opens - 1:
            heartbeat.stop()  # closing a page is not part of opening one
            workspace.close()
            workspace.deleteLater()
            QCoreApplication.processEvents()
            heartbeat.start()
    assert workspace is not None
    page = workspace
    open_stall = heartbeat.stall_ms()
    # ``stall_max_ms`` is the searches' own (the key says "during the searches"): it took
    # the opening's longest stall too, which is ``open_stall_max_ms``.
    heartbeat.restart()

    # Searching: type like a person; time from the last key to the new rows.
    issued: list[tuple[float, str]] = []
    original_reload = page.loader.reload

    def traced_reload(fetch: Any, *args: Any, **kwargs: Any) -> None:
        issued.append((time.perf_counter(), page.search_box.text()))
        original_reload(fetch, *args, **kwargs)

    setattr(page.loader, "reload", traced_reload)  # noqa: B010 (instance-level probe)
    loaded = SignalClock(page.loader.loaded)
    rng = random.Random(11)
    searches: list[dict[str, Any]] = []
    for _round in range(rounds):
        for query in TEXT_QUERIES:
            text = query or barcode_of(rng.randint(1, products))
            interval = SCANNER_MS if query is None else TYPING_MS
            last_key = type_text(page.search_box, text, interval)

            def arrived(last_key: float = last_key, text: str = text) -> float | None:
                sent = [t for t, q in issued if t >= last_key and q == text]
                return loaded.first_after(sent[-1]) if sent else None

            wait_until(partial(is_set, arrived))
            shown = arrived()
            if shown is None:
                raise RuntimeError(f"no results arrived for {text!r}")
            sent_at = next(t for t, q in issued if t >= last_key and q == text)
            searches.append(
                {
                    "query": text,
                    "kind": "scan" if query is None else "typed",
                    "ms": (shown - last_key) * 1000,
                    "query_ms": (shown - sent_at) * 1000,
                    "rows": page.model.rowCount(),
                    "total": page.model.total,
                }
            )
            settle(ctx)
            pause(READ_PAUSE_MS)
    heartbeat.stop()
    gaps = sorted(heartbeat.gaps_ms)
    ctx.tasks.wait()
    db.dispose()
    return {
        "open_ms": open_ms,
        "searches": searches,
        "stall_max_ms": heartbeat.stall_ms(),
        "open_stall_max_ms": open_stall,
        "gap_p99_ms": gaps[int(0.99 * (len(gaps) - 1))] if gaps else 0.0,
        "stall_cpu_ms": heartbeat.worst_cpu_ms,
        "beats": len(gaps),
        "peak_rss_mib": peak_rss_mib(),
    }


def peak_rss_mib() -> float:
    """This program's own peak resident memory. Linux keeps ``ru_maxrss`` across exec, so
    a child of a bench that had just built the big store in memory reported the parent's
    peak (675 MiB against 169 of its own); ``VmHWM`` is the peak of this program's own
    address space."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def scan(url: str, folder: Path, scans: int, products: int) -> dict[str, Any]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyleSheet((RESOURCES / "style.qss").read_text(encoding="utf-8"))
    ctx, db = make_context(url, folder)
    cashier = staff_of(db).cashier
    workspace = CheckoutWorkspace(ctx, cashier)
    workspace.resize(1100, 700)
    workspace.show()
    workspace.activated()
    settle(ctx)
    changed = SignalClock(workspace.cart.rowsInserted, workspace.cart.dataChanged)
    heartbeat = Heartbeat()
    heartbeat.start()
    rng = random.Random(5)
    codes = [barcode_of(rng.randint(1, products)) for _ in range(scans)]
    for n in range(1, scans, 5):
        codes[n] = codes[n - 1]  # the same item twice: the line's quantity goes up
    times_ms: list[float] = []
    for n, code in enumerate(codes):
        if n and n % 10 == 0:
            QTest.mouseClick(workspace.clear_button, Qt.MouseButton.LeftButton)
        QTest.keyClicks(workspace.entry, code)  # a scanner is a keyboard that types fast
        pressed = time.perf_counter()
        QTest.keyClick(workspace.entry, Qt.Key.Key_Return)
        wait_until(partial(changed.ticked_since, pressed))
        shown = changed.first_after(pressed)
        if shown is None:
            raise RuntimeError(
                f"scanning {code} never changed the cart: {workspace.outcome.text()}"
            )
        times_ms.append((shown - pressed) * 1000)
        settle(ctx)
        pause(20)
    heartbeat.stop()
    ctx.tasks.wait()
    db.dispose()
    return {"scan_ms": times_ms, "stall_max_ms": heartbeat.stall_ms()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=("desktop", "scan"))
    parser.add_argument("url")
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--opens", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--scans", type=int, default=50)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="pos_bench_ui_") as folder:
        if args.mode == "desktop":
            result = desktop(args.url, Path(folder), args.opens, args.rounds, args.products)
        else:
            result = scan(args.url, Path(folder), args.scans, args.products)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
