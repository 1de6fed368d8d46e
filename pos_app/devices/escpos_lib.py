"""python-escpos, imported once its printer database has a home.

On import python-escpos reads its printer database (a 1 MB YAML file: half a second
here, on the first receipt of every start) and keeps the parsed copy in the folder
ESCPOS_CAPABILITIES_PICKLE_DIR names, or else in a new temporary folder each time. It
also makes that temporary folder when it is not used (python-escpos 3.1 evaluates the
default eagerly) and never removes it. Here the parsed copy is kept in the user's cache
folder, so it is parsed once, and the unused folder is made there and removed, so the
system's temporary folder does not gain one per start. A cache folder that cannot be
made leaves python-escpos to its own way.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from pos_app.settings import cache_dir

PICKLE_DIR_ENV = "ESCPOS_CAPABILITIES_PICKLE_DIR"


def _cache_folder() -> Path | None:
    try:
        folder = cache_dir() / "escpos"
        (folder / "scratch").mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


_folder = _cache_folder()
if _folder is not None:
    os.environ.setdefault(PICKLE_DIR_ENV, str(_folder))
    tempfile.tempdir, _system_temp = str(_folder / "scratch"), tempfile.tempdir

from escpos import printer as escpos_printer  # noqa: E402 (after the folder is named)
from escpos.exceptions import Error as EscposError  # noqa: E402

if _folder is not None:
    tempfile.tempdir = _system_temp
    for _unused in (_folder / "scratch").iterdir():
        with contextlib.suppress(OSError):  # only an empty folder: what python-escpos left
            _unused.rmdir()

__all__ = ["EscposError", "escpos_printer"]
