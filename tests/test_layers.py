"""The dependency direction ui -> services -> data -> domain, checked on the source."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "pos_app"

#: For each layer, the imports it must never make.
FORBIDDEN = {
    "domain": (
        "sqlalchemy",
        "alembic",
        "PySide6",
        "pos_app.data",
        "pos_app.services",
        "pos_app.ui",
    ),
    "data": ("PySide6", "pos_app.services", "pos_app.ui"),
    "services": ("sqlalchemy", "alembic", "PySide6", "pos_app.ui"),
    "ui": ("sqlalchemy", "alembic", "pos_app.data", "psycopg"),
}


def imports_of(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no files in {layer}"
    offences = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in files
        for name in imports_of(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert offences == []


def test_no_float_in_money_code() -> None:
    """Money never passes through a float: no float() calls in the money-handling layers."""
    offences = []
    for layer in ("domain", "data", "services"):
        for path in (PACKAGE / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "float":
                    offences.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offences == []
