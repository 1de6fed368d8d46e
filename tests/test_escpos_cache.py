"""python-escpos's printer database is parsed once and kept in the user's cache folder,
not parsed again at every start into a new temporary folder that is never removed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # two Python processes: make test and CI


IMPORT = [sys.executable, "-c", "import pos_app.devices.escpos_receipt"]


def _home(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    home, scratch = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    scratch.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "ESCPOS_"))}
    return home, scratch, env | {"HOME": str(home), "TMPDIR": str(scratch)}


def test_the_printer_database_is_kept_in_the_cache_folder_not_in_a_new_temp_folder(
    tmp_path: Path,
) -> None:
    home, scratch, env = _home(tmp_path)
    for _start in range(2):
        subprocess.run(IMPORT, env=env, check=True, timeout=60)
    kept = list((home / ".cache" / "CounterPOS" / "escpos").glob("*.capabilities.pickle"))
    assert len(kept) == 1, kept
    assert list(scratch.iterdir()) == []


def test_programs_starting_together_never_read_half_a_kept_copy(tmp_path: Path) -> None:
    """Three test workers on a new machine did: one wrote the copy in place while the
    others read it ("EOFError: Ran out of input")."""
    home, _scratch, env = _home(tmp_path)
    folder = home / ".cache" / "CounterPOS" / "escpos"
    for _round in range(2):
        starts = [subprocess.Popen(IMPORT, env=env, stderr=subprocess.PIPE) for _ in range(6)]
        errors = [p.communicate(timeout=60)[1].decode() for p in starts]
        assert [p.returncode for p in starts] == [0] * 6, errors
        for kept in folder.glob("*.capabilities.pickle"):
            kept.unlink()
    assert [p.name for p in (folder / "scratch").iterdir()] == []


def test_a_kept_copy_cut_short_is_parsed_again_and_replaced(tmp_path: Path) -> None:
    home, _scratch, env = _home(tmp_path)
    subprocess.run(IMPORT, env=env, check=True, timeout=60)
    [kept] = (home / ".cache" / "CounterPOS" / "escpos").glob("*.capabilities.pickle")
    whole = kept.stat().st_size
    kept.write_bytes(kept.read_bytes()[:100])  # a crash while it was written
    subprocess.run(IMPORT, env=env, check=True, timeout=60)
    assert kept.stat().st_size == whole
