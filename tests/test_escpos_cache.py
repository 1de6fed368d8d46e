"""python-escpos's printer database is parsed once and kept in the user's cache folder,
not parsed again at every start into a new temporary folder that is never removed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # two Python processes: make test and CI


def test_the_printer_database_is_kept_in_the_cache_folder_not_in_a_new_temp_folder(
    tmp_path: Path,
) -> None:
    home, scratch = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    scratch.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "ESCPOS_"))}
    env |= {"HOME": str(home), "TMPDIR": str(scratch)}
    for _start in range(2):
        subprocess.run(
            [sys.executable, "-c", "import pos_app.devices.escpos_receipt"],
            env=env,
            check=True,
            timeout=60,
        )
    kept = list((home / ".cache" / "CounterPOS" / "escpos").glob("*.capabilities.pickle"))
    assert len(kept) == 1, kept
    assert list(scratch.iterdir()) == []
