"""Cold start for `make bench`: each run is a fresh ``python -c`` process, offscreen, with
an isolated XDG home. The app counts until its controller says the sign-in dialog is up;
the baseline is a bare PySide6 window started the same way. The child prints wall-clock
stamps; the parent takes its own just before starting the child."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

#: A bare window: the least any Qt program pays to show something.
BARE = """
import json, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
imported = time.time()
app = QApplication(["bench-bare"])
window = QWidget()
window.setWindowTitle("Bare")
window.resize(360, 120)
window.show()
def shown():
    print(json.dumps({"imported": imported, "shown": time.time()}), flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

#: The app, as `pos-app --database URL` starts it, until the first dialog is up.
APP = """
import json, sys, time
from PySide6.QtCore import QTimer
from pos_app.app import start
imported = time.time()
controller = start(["--database", sys.argv[1]])
assert controller is not None
def shown():
    print(json.dumps({"imported": imported, "shown": time.time(),
                      "dialog": type(controller.dialog).__name__}), flush=True)
    controller.app.quit()
def ready():
    QTimer.singleShot(0, shown)  # after the dialog's show events are processed
controller.ready.connect(ready)
controller.failed.connect(lambda message: (print(message, file=sys.stderr), sys.exit(2)))
controller.app.exec()
controller.shutdown()
"""


@dataclass(frozen=True)
class StartupRun:
    total_ms: float
    #: Of which: interpreter start and imports.
    import_ms: float
    dialog: str = ""


def isolated_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        folder = home / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    env.pop("POS_DATABASE_URL", None)
    return env


def run_once(script: str, args: list[str], env: dict[str, str]) -> StartupRun:
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"start-up run failed ({done.returncode}): {done.stderr[-2000:]}")
    stamps = json.loads(lines[-1])
    return StartupRun(
        (stamps["shown"] - started) * 1000,
        (stamps["imported"] - started) * 1000,
        stamps.get("dialog", ""),
    )


def measure(url: str, runs: int, home: Path) -> tuple[list[StartupRun], list[StartupRun]]:
    """``runs`` starts of the bare window and of the app, interleaved so that whatever
    else the machine is doing falls on both; one untimed start of each first."""
    env = isolated_env(home)
    run_once(BARE, [], env)
    run_once(APP, [url], env)
    bare: list[StartupRun] = []
    app: list[StartupRun] = []
    for _ in range(runs):
        bare.append(run_once(BARE, [], env))
        app.append(run_once(APP, [url], env))
    return bare, app
