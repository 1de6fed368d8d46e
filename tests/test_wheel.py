"""The wheel works outside the repository (issue 17): built from a copy of the sources,
installed into a new virtual environment, its own `pos-admin` migrates and checks a new
SQLite file and its own `pos-app` answers --version and --smoke-test, all run from a
folder outside the repository, with the package, its migrations and its resources read
from that environment, never from the clone.

How it stays offline: the wheel is built with `pip wheel --no-deps --no-build-isolation`
(setuptools comes with the test extra), and installed with `--no-deps --no-index` into a
venv made `--without-pip` (this venv's pip installs into it with `--python`). The
dependencies (PySide6, SQLAlchemy, ...) are not installed again: a .pth file in the new
venv appends this venv's site-packages to its path, after its own. A .pth line only adds
a folder, it runs no .pth found there, so the editable install of the clone stays out,
and the assertions below check that it did. `pip install --no-index --find-links` would
need a wheel of every dependency first (about 300 MB for Qt), for nothing this test
checks.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from pos_app.data.migrate import head_revision

# Builds a wheel and a virtual environment, and starts real programs: `make test` and CI
# run it, the edit-test loop does not.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
#: What the wheel is built from; tools/ and tests/ are copied too, to show they stay out.
SOURCES = ("pyproject.toml", "README.md", "pos_app", "migrations", "resources", "tools", "tests")
TIMEOUT_S = 300


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    outside: Path  # a folder outside the repository, to run the commands from
    env: dict[str, str]

    def command(
        self, name: str, *args: str, stdin: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.venv / "bin" / name), *args],
            input=stdin,
            cwd=self.outside,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )


def _run(args: list[str], cwd: Path | None = None) -> None:
    done = subprocess.run(
        args, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
    )
    assert done.returncode == 0, f"{args}: {done.stdout[-2000:]} {done.stderr[-3000:]}"


def _copy_sources(target: Path) -> None:
    import shutil  # noqa: PLC0415

    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "*.db")
    target.mkdir()
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        else:
            shutil.copy2(source, target / name)


def _clean_env(home: Path) -> dict[str, str]:
    """No PYTHONPATH, no database from the environment, and a home of its own (settings,
    logs and data go there, not into the tester's)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "POS_", "XDG_", "VIRTUAL_ENV"))
    }
    env["HOME"] = str(home)
    for name in ("CONFIG", "DATA", "STATE", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(home / name.lower())
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("wheel")
    source, wheels, venv = base / "src", base / "wheels", base / "venv"
    _copy_sources(source)
    pip = [sys.executable, "-m", "pip"]
    _run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels), "."], source)
    (wheel,) = wheels.glob("counter_pos-*.whl")
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    python = venv / "bin" / "python"
    _run([*pip, "--python", str(python), "install", "-q", "--no-deps", "--no-index", str(wheel)])
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    ours = sysconfig.get_paths()
    folders = dict.fromkeys([ours["purelib"], ours["platlib"]])  # once each, in order
    (Path(site) / "counter_pos_test_dependencies.pth").write_text(
        "".join(f"{folder}\n" for folder in folders), encoding="utf-8"
    )
    outside = base / "elsewhere"
    outside.mkdir()
    return Installed(wheel, venv, outside, _clean_env(base / "home"))


def test_the_wheel_holds_the_package_its_migrations_and_resources_and_nothing_else(
    installed: Installed,
) -> None:
    with zipfile.ZipFile(installed.wheel) as archive:
        names = archive.namelist()
    tops = {name.split("/")[0] for name in names}
    assert {top for top in tops if not top.endswith(".dist-info")} == {"pos_app"}
    assert [name for name in names if "/tests/" in name or name.startswith("tools/")] == []
    versions = sorted(path.name for path in (ROOT / "migrations" / "versions").glob("*.py"))
    shipped = sorted(
        name.rsplit("/", 1)[1] for name in names if name.startswith("pos_app/_migrations/versions/")
    )
    assert shipped == versions
    for name in ("pos_app/_migrations/env.py", "pos_app/_migrations/script.py.mako"):
        assert name in names
    folder = ROOT / "resources"
    resources = sorted(
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    )
    assert resources, "no resources in the clone"
    assert [f"pos_app/_resources/{name}" for name in resources] == sorted(
        name for name in names if name.startswith("pos_app/_resources/")
    )
    # pyproject.toml lists the subpackages by hand: a new one must be added there.
    subpackages = sorted(
        f"{path.parent.relative_to(ROOT).as_posix()}/__init__.py"
        for path in (ROOT / "pos_app").rglob("__init__.py")
        if "__pycache__" not in path.parts
    )
    assert [name for name in subpackages if name not in names] == []


def test_the_installed_commands_work_outside_the_repository(installed: Installed) -> None:
    database = installed.outside / "new-store.db"
    url = f"sqlite:///{database}"

    upgraded = installed.command("pos-admin", "--database", url, "db", "upgrade")
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"schema {head_revision()}" in upgraded.stdout
    engine = create_engine(url)
    try:
        assert {"alembic_version", "products", "sales"} <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()

    health = installed.command("pos-admin", "--database", url, "health")
    assert health.returncode == 0, health.stdout + health.stderr
    assert json.loads(health.stdout)["ok"] is True


def test_the_package_and_its_files_come_from_the_new_environment(installed: Installed) -> None:
    probe = (
        "import json, importlib.metadata as md, pos_app, pos_app.app as app, "
        "pos_app.data.migrate as migrate; "
        "print(json.dumps({'package': pos_app.__file__, 'migrations': str(migrate.MIGRATIONS_DIR),"
        " 'resources': str(app.RESOURCES), 'version': md.version('counter-pos'),"
        " 'metadata': [str(f.locate()) for f in md.files('counter-pos') if f.name == 'METADATA'][0]"
        "}))"
    )
    done = installed.command("python", "-c", probe)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    venv = installed.venv.resolve()
    for key in ("package", "migrations", "resources", "metadata"):
        path = Path(found[key]).resolve()
        assert path.is_relative_to(venv), f"{key} from {path}, not the new venv"
        assert not path.is_relative_to(ROOT), f"{key} from the clone: {path}"
    assert Path(found["migrations"]).name == "_migrations"
    assert (Path(found["resources"]) / "style.qss").is_file()
    assert found["version"] == installed.wheel.name.split("-")[1]


def test_pos_app_version_prints_the_installed_version(installed: Installed) -> None:
    done = installed.command("pos-app", "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"pos-app {installed.wheel.name.split('-')[1]}"


def test_pos_app_smoke_test_shows_the_first_run_dialog_and_exits_0(installed: Installed) -> None:
    done = installed.command("pos-app", "--smoke-test")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "shows its first-run dialog" in done.stdout
    # It ran on a database of its own: nothing was made in the new home's data folder.
    assert not (Path(installed.env["XDG_DATA_HOME"]) / "CounterPOS" / "counter-pos.db").exists()


def test_pos_app_smoke_test_on_a_store_with_staff_shows_sign_in(installed: Installed) -> None:
    database = installed.outside / "staffed.db"
    url = f"sqlite:///{database}"
    add_boss = ("pos-admin", "--database", url, "user", "add", "boss", "--role", "admin")
    # the installed package reads the common passwords it carries (pos_app/_resources)
    refused = installed.command(*add_boss, stdin="password1\n")
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert "one of the most common" in refused.stderr
    added = installed.command(*add_boss, stdin="boss-pass-123\n")
    assert added.returncode == 0, added.stderr
    done = installed.command("pos-app", "--smoke-test", "--database", url)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "shows its sign-in dialog" in done.stdout


def test_pos_app_smoke_test_fails_with_a_message_on_a_bad_database(installed: Installed) -> None:
    damaged = installed.outside / "damaged.db"
    damaged.write_bytes(b"this is not a database" * 100)
    done = installed.command("pos-app", "--smoke-test", "--database", f"sqlite:///{damaged}")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "smoke test: start-up failed:" in done.stderr
    assert "Traceback" not in done.stderr
