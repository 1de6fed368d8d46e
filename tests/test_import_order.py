"""The table modules import one another at their ends (so that the metadata always holds
every table): whichever of them a process imports first, all of them load, complete."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TABLE_MODULES = sorted(p.stem for p in (ROOT / "pos_app" / "data").glob("*models.py"))
CHECK = (
    "import importlib, sys\n"
    "importlib.import_module(f'pos_app.data.{sys.argv[1]}')\n"
    "from pos_app.data.models import Base\n"
    "assert 'change_seq' in Base.metadata.tables['products'].c\n"
    "assert {'pricing_state', 'shifts', 'offline_sales'} <= set(Base.metadata.tables)\n"
)


@pytest.mark.slow  # a Python process per module: make test and CI
@pytest.mark.parametrize("first", TABLE_MODULES)
def test_any_table_module_may_be_imported_first(first: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHECK, first],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
