"""Before `make run`: can Qt's X11 platform plugin load on this machine?

On a fresh Debian or Ubuntu desktop, PySide6's wheel brings Qt but not the few xcb
libraries its ``xcb`` plugin links to, and the app aborts with "Could not load the Qt
platform plugin xcb" and a wall of text. This asks ``ldd`` which libraries the plugin
cannot find and prints the one apt-get command that installs them, then exits 1.

It checks only when a display is there to be used (DISPLAY or WAYLAND_DISPLAY) and Qt is
not told to use another platform (QT_QPA_PLATFORM=offscreen, wayland, ...). Standard
library only: it must run before anything else works.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

#: The Debian/Ubuntu package of each library the xcb plugin may miss on a fresh system.
PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libdbus-1.so.3": "libdbus-1-3",
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def should_check(env: Mapping[str, str]) -> bool:
    """Only a run on a display through X11 needs the xcb plugin."""
    platform = env.get("QT_QPA_PLATFORM", "").strip()
    if platform and not platform.startswith("xcb"):
        return False  # offscreen, wayland, vnc...: the xcb plugin is not used
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries ``ldd`` reports as "not found", each once, in order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def package_for(library: str) -> str:
    """The package that ships ``library``; a guess from its name for one not in the table
    (``libfoo-bar.so.2`` -> ``libfoo-bar2``)."""
    if library in PACKAGES:
        return PACKAGES[library]
    stem, _, version = library.partition(".so")
    version = version.lstrip(".").split(".")[0]
    if version and stem[-1:].isdigit():
        return f"{stem.lower()}-{version}"
    return f"{stem.lower()}{version}"


def install_command(libraries: list[str]) -> str:
    packages = sorted(dict.fromkeys(package_for(lib) for lib in libraries))
    return "sudo apt-get install -y " + " ".join(packages)


def xcb_plugin() -> Path | None:
    """The xcb platform plugin of the PySide6 in this Python, found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.exists():
            return plugin
    return None


def main(env: Mapping[str, str] | None = None) -> int:
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux") or not should_check(env):
        return 0
    plugin = xcb_plugin()
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return 0  # nothing to ask; Qt will say what it lacks
    result = subprocess.run(
        [ldd, str(plugin)], capture_output=True, text=True, check=False, timeout=30
    )
    missing = missing_libraries(result.stdout + result.stderr)
    if not missing:
        return 0
    print(
        "Counter POS cannot open a window yet: Qt's X11 platform plugin needs "
        f"{', '.join(missing)}, which this system lacks. Install them with:\n\n"
        f"    {install_command(missing)}\n\n"
        "then run `make run` again. (QT_QPA_PLATFORM=offscreen skips this check.)",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
