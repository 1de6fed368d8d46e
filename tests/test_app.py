"""The desktop app starts on the embedded default: a SQLite file made and migrated."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import tomllib
from pathlib import Path
from types import ModuleType

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


# -- `make run` on a fresh desktop: what Qt's xcb plugin lacks, and the command to fix it -----
def _platform_check() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "tools" / "check_qt_platform.py"
    spec = importlib.util.spec_from_file_location("check_qt_platform", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


LDD_ON_A_FRESH_UBUNTU = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f)
"""


def test_the_missing_xcb_libraries_give_one_apt_get_command() -> None:
    check = _platform_check()
    missing = check.missing_libraries(LDD_ON_A_FRESH_UBUNTU)
    assert missing == ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert check.install_command(missing) == (
        "sudo apt-get install -y libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"
    )
    # a library outside the table still gets its Debian-style package name
    assert check.package_for("libfoo-bar.so.2") == "libfoo-bar2"
    assert check.package_for("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"


@pytest.mark.parametrize(
    ("env", "checks"),
    [
        ({"DISPLAY": ":0"}, True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"}, False),
        ({}, False),
    ],
)
def test_the_platform_check_runs_only_for_a_display(env: dict[str, str], checks: bool) -> None:
    assert _platform_check().should_check(env) is checks


def test_the_platform_check_names_what_this_machine_lacks(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The real plugin of this venv, through the real ldd: exit 1 with the command exactly
    when ldd reports a library not found, else 0 and silence."""
    check = _platform_check()
    plugin = check.xcb_plugin()
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        pytest.skip("no xcb plugin or no ldd here")
    output = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, check=False)
    missing = check.missing_libraries(output.stdout)
    status = check.main({"DISPLAY": ":0"})
    printed = capsys.readouterr().err
    if missing:
        assert status == 1
        assert check.install_command(missing) in printed
    else:
        assert status == 0
        assert printed == ""
    assert check.main({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}) == 0


# -- `make run` installs the app only; `make test` adds the test tools ------------------------
ROOT = Path(__file__).resolve().parents[1]


def _make_plan(target: str, venv: Path) -> str:
    """What ``make TARGET`` would run on a machine without a venv yet (nothing is run)."""
    make = shutil.which("make")
    if make is None:
        pytest.skip("no make here")
    done = subprocess.run(
        [make, "-n", "-B", target, f"VENV={venv}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_make_run_installs_the_app_only_and_make_test_adds_the_test_tools(
    tmp_path: Path,
) -> None:
    run = _make_plan("run", tmp_path / "venv")
    assert "pip install --quiet -e ." in run
    assert "[test]" not in run
    assert "check_qt_platform.py" in run  # the platform check comes before the app
    assert run.index("check_qt_platform.py") < run.index("main.py")
    for target in ("test", "lint"):
        assert "-e '.[test]'" in _make_plan(target, tmp_path / "venv")


def test_the_licence_is_an_spdx_string_for_a_setuptools_that_takes_one() -> None:
    """A licence table made setuptools warn three times on every install."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "LicenseRef-Proprietary"
    assert "setuptools>=77" in project["build-system"]["requires"]
