"""The product is `pos_app`; the developer tools (bench, stress, screenshots, the README
matrix generator) live in the top-level `tools/` and never ship in the wheel."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "pos_app"
TOOLS = ("bench", "stress", "screenshots", "readme_matrix")


def imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_the_tools_are_outside_the_product_package() -> None:
    assert not (PACKAGE / "devtools").exists()
    for name in TOOLS:
        assert (ROOT / "tools" / f"{name}.py").is_file(), name
        assert not list(PACKAGE.rglob(f"{name}.py")), name


def test_no_product_module_imports_the_tools() -> None:
    offences = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for name in imported_modules(path)
        if name == "tools" or name.startswith(("tools.", "devtools", "pos_app.devtools"))
    ]
    assert offences == []


@pytest.mark.slow
def test_the_wheel_holds_pos_app_and_no_tools(tmp_path: Path) -> None:
    """Build the wheel from a copy of the sources (the repo gets no build/ folder) that
    includes tools/: only pos_app and the wheel's metadata come out."""
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("pos_app", "migrations", "resources", "tools"):
        shutil.copytree(ROOT / name, source / name, ignore=ignore)
    wheels = tmp_path / "wheels"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), "."],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    (wheel,) = wheels.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    tops = {name.split("/")[0] for name in names}
    assert "pos_app" in tops
    assert tops - {"pos_app"} == {next(top for top in tops if top.endswith(".dist-info"))}
    assert [name for name in names if "devtools" in name or name.startswith("tools/")] == []
    assert "pos_app/app.py" in names  # the product itself is there
