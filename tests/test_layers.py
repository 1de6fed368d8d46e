"""The dependency direction ui -> services -> data -> domain, checked on the source. The
counter's hardware (devices: the receipt printer, the cash drawer) sits beside the UI: it
reads the services' records and the domain, and only the UI (and pos-admin) use it."""

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
        "pos_app.devices",
    ),
    "data": ("PySide6", "pos_app.services", "pos_app.ui", "pos_app.devices"),
    "services": ("sqlalchemy", "alembic", "PySide6", "pos_app.ui", "pos_app.devices"),
    "devices": ("sqlalchemy", "alembic", "PySide6", "pos_app.data", "pos_app.ui", "psycopg"),
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


def _model_calls(path: Path) -> list[tuple[int, str]]:
    """(line, class) of each call that names an ORM model of pos_app.data.models: as
    ``models.X(...)``, as ``X(...)`` imported from there, or as ``insert(X)``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "pos_app.data.models"
        for alias in node.names
    } | ({"*"} if path.parent.name == "data" and path.name == "models.py" else set())
    models = _model_names()
    found = []
    for call in (node for node in ast.walk(tree) if isinstance(node, ast.Call)):
        named = [call.func] + (list(call.args) if getattr(call.func, "id", "") == "insert" else [])
        for node in named:
            if isinstance(node, ast.Attribute) and getattr(node.value, "id", "") == "models":
                name = node.attr
            elif isinstance(node, ast.Name) and (node.id in imported or "*" in imported):
                name = node.id
            else:
                continue
            if name in models:
                found.append((call.lineno, name))
    return found


def _model_names() -> set[str]:
    from pos_app.data import models  # noqa: PLC0415

    return {
        name
        for name, value in vars(models).items()
        if isinstance(value, type) and hasattr(value, "__table__")
    }


def test_services_build_no_orm_rows() -> None:
    """Rows are made by the repositories (pos_app.data.repositories), never by a service."""
    offences = [
        f"{path.relative_to(PACKAGE)}:{line} builds {name}"
        for path in sorted((PACKAGE / "services").rglob("*.py"))
        for line, name in _model_calls(path)
    ]
    assert offences == []


def test_services_leave_rows_and_sessions_to_the_repositories() -> None:
    """A service neither adds nor deletes rows itself nor reaches the session under the
    transaction: it asks a repository (tx.products.add, tx.wallets.credit, ...)."""
    offences = []
    for path in sorted((PACKAGE / "services").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "tx"
                and node.attr in {"add", "add_all", "delete", "session", "connection"}
            ):
                offences.append(f"{path.relative_to(PACKAGE)}:{node.lineno} tx.{node.attr}")
    assert offences == []


#: Each ledger table and the one module whose code writes it (besides pos_record_sale).
LEDGER_WRITERS = {
    "WalletEntry": "data/repositories/wallets.py",
    "StockMovement": "data/repositories/stock.py",
    "AuditEntry": "data/repositories/audit.py",
}


def test_each_ledger_has_one_writer() -> None:
    """A ledger row is built (ORM or Core insert) in one module only, so its balance
    update and its row cannot drift apart, and truncation happens in one place."""
    writers: dict[str, set[str]] = {name: set() for name in LEDGER_WRITERS}
    for path in sorted(PACKAGE.rglob("*.py")):
        for _line, name in _model_calls(path):
            if name in writers:
                writers[name].add(str(path.relative_to(PACKAGE)))
    assert writers == {name: {module} for name, module in LEDGER_WRITERS.items()}
